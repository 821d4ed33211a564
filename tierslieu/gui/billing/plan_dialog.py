"""The plans (« Formules »): a small dialog listing them, with « Nouvelle formule… » and
« Désactiver / Réactiver »; :class:`PlanDialog` creates one.

Everything goes through :mod:`tierslieu.services.billing.plans` (``list_plans``, ``create``,
``set_active``); the price is typed in euros (« 150,00 ») and the meeting-room hours as
« 4 » or « 4,5 » (stored as minutes). The service's errors land under the field they name.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from tierslieu.db.models.billing import PLAN_KINDS
from tierslieu.db.models.space import RESOURCE_KINDS
from tierslieu.errors import TiersLieuError, ValidationError
from tierslieu.gui.billing.common import error_label, fmt_rate, with_below
from tierslieu.gui.billing.subscription_models import PlansModel
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.errors import show_error
from tierslieu.gui.incubation.detail import make_table
from tierslieu.gui.mentoring.common import EmptyHint, icon
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard, shown
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import choice_label
from tierslieu.money import parse_euros
from tierslieu.services.billing import plans
from tierslieu.services.billing.dto import PlanInput, PlanRow

VAT_RATES = plans.VAT_RATES_FR


class HoursError(ValueError):
    """Meeting-room hours that do not read as hours."""


def parse_hours(text: str) -> int:
    """« 4 », « 4,5 » or « 4.5 » hours as whole minutes (240, 270); empty is 0."""
    raw = text.strip().replace(",", ".").removesuffix("h").strip()
    if not raw:
        return 0
    try:
        minutes = Decimal(raw) * 60
    except InvalidOperation:
        raise HoursError(text) from None
    if not minutes.is_finite() or minutes < 0 or minutes != minutes.to_integral_value():
        raise HoursError(text)
    return int(minutes)


class PlanDialog(QDialog):
    """A new plan; after ``exec()`` accepted, ``saved`` is it."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.saved: PlanRow | None = None
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(520)
        self._build()

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setToolTip(self.tr("As printed on the invoices, e.g. « Poste fixe »"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in PLAN_KINDS:
            self.kind_combo.addItem(choice_label(kind), kind)
        self.billing_combo = QComboBox()
        self.billing_combo.setAccessibleName(self.tr("Billing"))
        self.billing_combo.addItem(self.tr("Every month"), "monthly")
        self.billing_combo.addItem(self.tr("Once (a pack)"), "once")
        self.billing_combo.setToolTip(self.tr("A monthly plan is billed each month, prorated; "
                                              "a pack is billed once and its credits last "
                                              "its validity"))
        self.billing_combo.currentIndexChanged.connect(self._billing_changed)
        self.price_edit = QLineEdit()
        self.price_edit.setAccessibleName(self.tr("Price excl. VAT"))
        self.price_edit.setPlaceholderText("150,00")
        self.price_edit.setToolTip(self.tr("Price excl. VAT in euros (a month, or the pack), "
                                           "e.g. 150,00"))
        self.vat_combo = QComboBox()
        self.vat_combo.setAccessibleName(self.tr("VAT rate"))
        for rate in VAT_RATES:
            self.vat_combo.addItem(fmt_rate(rate), rate)
        self.room_edit = QLineEdit()
        self.room_edit.setAccessibleName(self.tr("Meeting-room hours"))
        self.room_edit.setPlaceholderText("0")
        self.room_edit.setToolTip(self.tr("Meeting-room hours included (a month, or in the "
                                          "pack), e.g. 4 or 4,5"))
        self.desk_spin = QSpinBox()
        self.desk_spin.setAccessibleName(self.tr("Desk days"))
        self.desk_spin.setRange(0, 366)
        self.desk_spin.setToolTip(self.tr("Coworking days included (a month, or in the pack)"))
        self.kind_boxes: dict[str, QCheckBox] = {}
        kinds = QWidget()
        grid = QGridLayout(kinds)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, kind in enumerate(RESOURCE_KINDS):
            box = QCheckBox(choice_label(kind))
            box.setToolTip(self.tr("Bookable without limit with this plan"))
            self.kind_boxes[kind] = box
            grid.addWidget(box, i // 2, i % 2)
        self.validity_spin = QSpinBox()
        self.validity_spin.setAccessibleName(self.tr("Validity"))
        self.validity_spin.setRange(1, 3660)
        self.validity_spin.setValue(365)
        self.validity_spin.setSuffix(self.tr(" days"))
        self.validity_spin.setToolTip(self.tr("How long a pack's credits last"))
        self.description_edit = QLineEdit()
        self.description_edit.setAccessibleName(self.tr("Description"))

        fields: dict[str, QWidget] = {
            "name": self.name_edit, "plan_kind": self.kind_combo,
            "billing": self.billing_combo, "price_cents": self.price_edit,
            "vat_rate_bp": self.vat_combo, "room_minutes": self.room_edit,
            "desk_days": self.desk_spin, "resource_kinds": kinds,
            "validity_days": self.validity_spin, "description": self.description_edit}
        self.errors = {name: error_label() for name in fields}
        form = QFormLayout()
        for label, name in ((self.tr("&Name"), "name"), (self.tr("&Kind"), "plan_kind"),
                            (self.tr("&Billing"), "billing"),
                            (self.tr("&Price excl. VAT (€)"), "price_cents"),
                            (self.tr("&VAT"), "vat_rate_bp"),
                            (self.tr("&Meeting-room hours"), "room_minutes"),
                            (self.tr("&Desk days"), "desk_days"),
                            (self.tr("&Resources included"), "resource_kinds"),
                            (self.tr("Va&lidity"), "validity_days"),
                            (self.tr("D&escription"), "description")):
            form.addRow(label, with_below(fields[name], self.errors[name]))
        self.general_error = error_label()
        self.field_errors = FieldErrors(self.general_error, {
            name: (widget, self.errors[name]) for name, widget in fields.items()},
            key_fields={"plan_name_taken": "name", "amount_invalid": "price_cents"},
            on_show=self.adjustSize)
        self.price_edit.textChanged.connect(
            lambda _t: self.field_errors.clear_field("price_cents"))
        self.room_edit.textChanged.connect(
            lambda _t: self.field_errors.clear_field("room_minutes"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create the plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self._billing_changed()
        self.name_edit.setFocus()

    def _billing_changed(self) -> None:
        self.validity_spin.setEnabled(self.billing_combo.currentData() == "once")

    def collect(self) -> PlanInput | None:
        """The input to send, or None after showing what does not read under its field."""
        price = minutes = None
        try:
            price = parse_euros(self.price_edit.text(), "price_cents")
            if price is None:
                raise ValidationError("required", "price_cents")
        except TiersLieuError as exc:
            self.field_errors.show(exc)
        try:
            minutes = parse_hours(self.room_edit.text())
        except HoursError:
            self.field_errors.show_message("room_minutes", self.tr(
                "Meeting-room hours: « {value} » is not a number of hours (e.g. 4 or 4,5)")
                .format(value=self.room_edit.text().strip()))
        if price is None or minutes is None:
            return None
        billing = str(self.billing_combo.currentData())
        return PlanInput(
            self.name_edit.text(), str(self.kind_combo.currentData()), price,
            int(self.vat_combo.currentData()), minutes, self.desk_spin.value(),
            tuple(k for k, box in self.kind_boxes.items() if box.isChecked()), billing,
            self.validity_spin.value() if billing == "once" else None,
            self.description_edit.text())

    def accept(self) -> None:
        self.field_errors.clear()
        data = self.collect()
        if data is None:
            return
        try:
            self.saved = plans.create(self.engine, data)
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return
        super().accept()


class PlansDialog(QDialog):
    """Every plan; « New plan… » and « Withdraw / Offer again » for billing.write.
    ``changed`` tells whether anything was written (the tab then reloads)."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.changed = False
        self.dialog: PlanDialog | None = None        # the last plan dialog (tests)
        self.setWindowTitle(self.tr("Plans"))
        self.resize(1180, 420)
        self.model = PlansModel(self)
        self.view = make_table(self.model, self.tr(
            "The plans; a withdrawn plan is no longer offered to new subscriptions, those "
            "running keep it"))
        self.view.setShowGrid(False)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setHighlightSections(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_index("resources"),
                                    QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.empty = EmptyHint(self.view)
        self.new_button = QPushButton(icon("add"), self.tr("&New plan…"))
        self.new_button.setToolTip(self.tr("Create a plan (monthly, or a pack paid once)"))
        self.new_button.clicked.connect(self.new_plan)
        self.active_button = QPushButton(self.tr("&Withdraw"))
        self.active_button.clicked.connect(self.toggle_active)
        guard("billing.write", self.new_button, self.active_button)
        self.count_label = QLabel()
        self.count_label.setProperty("muted", True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.active_button)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        engine = self.engine

        def done(rows: list[PlanRow]) -> None:
            current = self.current()
            keep = select if select is not None else (current.id if current else None)
            self.model.set_rows(rows)
            on_sale = sum(1 for r in rows if r.active)
            self.count_label.setText(self.tr("{n} plan(s), {on_sale} on sale").format(
                n=len(rows), on_sale=on_sale))
            self.empty.set_text(self.tr("No plan yet: « New plan… » creates one."))
            row = self.model.find_row(lambda r: r.id == keep) if keep is not None else -1
            if row >= 0:
                self.view.selectRow(row)
            self._update()

        run_task(self, lambda _p: plans.list_plans(engine, include_inactive=True),
                 on_done=done, on_error=lambda e: show_error(self, e))

    def current(self) -> PlanRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update(self) -> None:
        plan = self.current()
        self.active_button.setEnabled(plan is not None)
        if plan is not None and not plan.active:
            self.active_button.setText(self.tr("&Offer again"))
            self.active_button.setToolTip(self.tr("Offer this plan to new subscriptions "
                                                  "again"))
        else:
            self.active_button.setText(self.tr("&Withdraw"))
            self.active_button.setToolTip(self.tr("No new subscription to this plan; those "
                                                  "running keep it"))
        shown(self.active_button)

    def new_plan(self) -> None:
        dialog = PlanDialog(self.engine, self)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed = True
            self.reload(select=dialog.saved.id)

    def toggle_active(self) -> None:
        plan = self.current()
        if plan is None:
            return
        engine = self.engine

        def done(row: Any) -> None:
            self.changed = True
            self.reload(select=row.id)

        run_task(self, lambda _p: plans.set_active(engine, plan.id, not plan.active),
                 on_done=done, on_error=lambda e: show_error(self, e))

__all__ = ["PlanDialog", "PlansDialog", "parse_hours"]
