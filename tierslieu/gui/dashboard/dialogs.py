"""Register a visitor or a guest: who, for whom, why; the host is notified, a badge can be
printed at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tierslieu.errors import TiersLieuError
from tierslieu.gui.context import AppContext
from tierslieu.gui.dashboard.widgets import MemberPicker
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.services import visits
from tierslieu.services.visits import VisitorInput, VisitRow


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("error", True)
    label.setWordWrap(True)
    label.hide()
    return label


class VisitorDialog(QDialog):
    """``saved`` holds the visit once registered; ``wants_badge`` whether to print one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or (lambda: datetime.now(UTC))
        self.saved: VisitRow | None = None
        self.setWindowTitle(self.tr("Register a visitor"))
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.company_edit = QLineEdit()
        self.company_edit.setPlaceholderText(self.tr("Company or organisation (optional)"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("Optional"))
        self.host_edit = MemberPicker(ctx.engine, self)
        self.host_edit.setPlaceholderText(self.tr("Type a member's name…"))
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(self.tr("Meeting, interview, delivery…"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Visitor"), "visitor")
        self.kind_combo.addItem(self.tr("Guest"), "guest")
        self.badge_check = QCheckBox(self.tr("Print a badge"))
        self.badge_check.setChecked(True)
        self.general_error = _error_label()
        errors = {name: _error_label() for name in ("name", "organization", "email", "host",
                                                    "purpose", "kind")}
        form = QFormLayout()
        form.setVerticalSpacing(6)
        for label, widget, key in (
                (self.tr("&Name"), self.name_edit, "name"),
                (self.tr("&Organisation"), self.company_edit, "organization"),
                (self.tr("&E-mail"), self.email_edit, "email"),
                (self.tr("&Host"), self.host_edit, "host"),
                (self.tr("&Purpose"), self.purpose_edit, "purpose"),
                (self.tr("&Kind"), self.kind_combo, "kind")):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(errors[key])
            form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The host is notified on the home page.")))
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.badge_check)
        layout.addWidget(buttons)
        self.field_errors = FieldErrors(self.general_error, {
            key: (widget, errors[key]) for key, widget in (
                ("name", self.name_edit), ("organization", self.company_edit),
                ("email", self.email_edit), ("host", self.host_edit),
                ("purpose", self.purpose_edit), ("kind", self.kind_combo))},
            key_fields={"person_not_found": "host"}, on_show=self.adjustSize)

    @property
    def wants_badge(self) -> bool:
        return self.badge_check.isChecked()

    def accept(self) -> None:
        self.field_errors.clear()
        host = self.host_edit.person_id()
        if host is None:
            self.field_errors.show_message("host", self.tr("Choose the member who receives "
                                                           "the visitor."))
            return
        try:
            self.saved = visits.register_visitor(self.ctx.engine, VisitorInput(
                self.name_edit.text(), host, company=self.company_edit.text(),
                email=self.email_edit.text(), purpose=self.purpose_edit.text(),
                kind=str(self.kind_combo.currentData())), now=self.clock())
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return
        super().accept()
