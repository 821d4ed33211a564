"""Create or edit one member; domain errors are shown next to the field they name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from tierslieu import timeutil
from tierslieu.db.models.organization import LINK_ROLES
from tierslieu.db.models.person import PUBLIC_CATEGORIES
from tierslieu.errors import TiersLieuError, ValidationError
from tierslieu.gui.context import AppContext
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_date
from tierslieu.gui.forms.ui_member_dialog import Ui_MemberDialog
from tierslieu.i18n import choice_label, current_language
from tierslieu.services import members, organizations
from tierslieu.services import validation as v
from tierslieu.services.dto import ConsentState, PersonDetail, PersonInput

_NO_DATE = QDate(1900, 1, 1)   # shown as "not set" through the QDateEdit's specialValueText
# errors whose key says which field is wrong although the service gave none
_KEY_FIELDS = {"org_not_found": "organization"}


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the earlier ones."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        text = widget.text() if widget is not None else ""  # type: ignore[attr-defined]
        done = [t.strip() for t in text.split(",")[:-1] if t.strip()]
        return ", ".join([*done, str(index.data())]) + ", "


def _last_consent(consents: tuple[ConsentState, ...], kind: str) -> ConsentState | None:
    current = [c for c in consents if c.kind == kind]
    return current[-1] if current else None


class MemberDialog(QDialog):
    """``MemberDialog(ctx, None)`` creates a member, ``MemberDialog(ctx, 12)`` edits #12."""

    sig_saved = Signal(int)
    """id of the person just created or updated"""

    def __init__(self, ctx: AppContext, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.person: PersonDetail | None = None
        self.saved: PersonDetail | None = None
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.field_errors = FieldErrors(ui.generalError, {
            "first_name": (ui.firstNameEdit, ui.firstNameError),
            "last_name": (ui.lastNameEdit, ui.lastNameError),
            "email": (ui.emailEdit, ui.emailError),
            "phone": (ui.phoneEdit, ui.phoneError),
            "public_category": (ui.categoryCombo, ui.categoryError),
            "joined_on": (ui.joinedDateEdit, ui.joinedError),
            "organization": (ui.organizationCombo, ui.organizationError),
            "role": (ui.roleCombo, ui.roleError),
            "tags": (ui.tagsEdit, ui.tagsError),
            "notes": (ui.notesEdit, ui.notesError),
        }, key_fields=_KEY_FIELDS)
        self._fill_choices()
        self._wire()
        self.account_box: Any = None
        if person_id is not None:
            self.person = members.get(ctx.engine, person_id)
            self._load(self.person)
            self.setWindowTitle(self.tr("Edit — %1").replace("%1", self.person.display_name))
            self._show_account(person_id)
        else:
            self.setWindowTitle(self.tr("New member"))
            self._set_joined(timeutil.local_today())
        ui.firstNameEdit.setFocus()

    def _show_account(self, person_id: int) -> None:
        """What the member was invoiced and still owes, under the form (billing roles)."""
        from tierslieu.gui.billing.account_box import AccountBox

        self.account_box = AccountBox(self)
        layout = self.ui.mainLayout
        layout.insertWidget(layout.indexOf(self.ui.buttonBox), self.account_box)
        self.account_box.load(self.ctx.engine, ("person", person_id))

    # -- set-up -------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui, lang = self.ui, current_language()
        ui.categoryCombo.addItem(self.tr("— not set —"), None)
        for code in PUBLIC_CATEGORIES:
            ui.categoryCombo.addItem(choice_label(code, lang), code)
        for code in LINK_ROLES:
            ui.roleCombo.addItem(choice_label(code, lang), code)
        ui.roleCombo.setCurrentIndex(LINK_ROLES.index("member"))
        ui.organizationCombo.addItem(self.tr("— none —"), None)
        for org_id, name in organizations.names(self.ctx.engine):
            ui.organizationCombo.addItem(name, org_id)
        ui.organizationCombo.setMaxVisibleItems(20)
        completer = _TagCompleter(QStringListModel(members.all_tags(self.ctx.engine), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        ui.tagsEdit.setCompleter(completer)
        ui.joinedDateEdit.setMinimumDate(_NO_DATE)
        today = timeutil.local_today()          # Paris, not the machine's clock zone
        ui.joinedDateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        ui.joinedDateEdit.setSpecialValueText(self.tr("not set"))
        ui.joinedDateEdit.setAccessibleName(self.tr("Joined on"))
        ui.joinedDateEdit.setDate(_NO_DATE)
        self._set_org_enabled()

    def _wire(self) -> None:
        ui = self.ui
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        ui.buttonBox.accepted.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        ui.joinedCheck.toggled.connect(self._joined_toggled)
        ui.organizationCombo.currentIndexChanged.connect(self._set_org_enabled)
        ui.emailEdit.editingFinished.connect(self._check_email_syntax)
        clear = self.field_errors.clear_field
        for name in ("first_name", "last_name", "email", "phone", "tags"):
            edit = self.field_errors.fields[name][0]
            edit.textEdited.connect(lambda _t, n=name: clear(n))  # type: ignore[attr-defined]
        ui.notesEdit.textChanged.connect(lambda: clear("notes"))
        ui.categoryCombo.currentIndexChanged.connect(lambda: clear("public_category"))

    def _load(self, p: PersonDetail) -> None:
        ui = self.ui
        ui.firstNameEdit.setText(p.first_name)
        ui.lastNameEdit.setText(p.last_name)
        ui.emailEdit.setText(p.email)
        ui.phoneEdit.setText(p.phone_display)
        ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(p.public_category)))
        self._set_joined(p.joined_on)
        if p.links:
            primary = p.links[0]
            pos = ui.organizationCombo.findData(primary.organization_id)
            if pos < 0:   # archived organisations are not offered, but stay shown
                ui.organizationCombo.addItem(primary.organization_name, primary.organization_id)
                pos = ui.organizationCombo.count() - 1
            ui.organizationCombo.setCurrentIndex(pos)
            ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(primary.role)))
            others = [f"{lk.organization_name} ({choice_label(lk.role)})" for lk in p.links[1:]]
            if others:
                ui.otherLinksLabel.setText(
                    self.tr("Also linked to (kept): %1").replace("%1", ", ".join(others)))
                ui.otherLinksLabel.setVisible(True)
        ui.tagsEdit.setText(", ".join(p.tags))
        ui.notesEdit.setPlainText(p.notes)
        for kind, check, info in (("photo", ui.photoCheck, ui.photoInfo),
                                  ("newsletter", ui.newsletterCheck, ui.newsletterInfo)):
            last = _last_consent(p.consents, kind)
            check.setChecked(bool(last and last.granted))
            if last is not None:
                text = (self.tr("granted on %1") if last.granted
                        else self.tr("withdrawn on %1")).replace("%1", fmt_date(last.at))
                info.setText(text)

    # -- small behaviours -----------------------------------------------------------------

    def _set_joined(self, value: date | None) -> None:
        self.ui.joinedCheck.setChecked(value is not None)
        self.ui.joinedDateEdit.setEnabled(value is not None)
        self.ui.joinedDateEdit.setDate(
            QDate(value.year, value.month, value.day) if value else _NO_DATE)

    def _joined_toggled(self, on: bool) -> None:
        edit = self.ui.joinedDateEdit
        edit.setEnabled(on)
        if on and edit.date() == _NO_DATE:
            today = timeutil.local_today()
            edit.setDate(QDate(today.year, today.month, today.day))
        elif not on:
            edit.setDate(_NO_DATE)
        self.field_errors.clear_field("joined_on")

    def _set_org_enabled(self) -> None:
        self.ui.roleCombo.setEnabled(self.ui.organizationCombo.currentData() is not None)
        self.field_errors.clear_field("organization")

    def _check_email_syntax(self) -> None:
        try:
            v.email(self.ui.emailEdit.text())
        except ValidationError as exc:
            self.field_errors.show_message("email", exc.message())

    # -- errors -------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.field_errors.clear()

    def errors(self) -> dict[str, str]:
        """Field name -> message currently shown ("" for the general one); used by tests."""
        return self.field_errors.errors()

    # -- saving -------------------------------------------------------------------------

    def value(self) -> PersonInput:
        ui = self.ui
        joined = None
        if ui.joinedCheck.isChecked():
            qd = ui.joinedDateEdit.date()
            joined = date(qd.year(), qd.month(), qd.day())
        org_id = ui.organizationCombo.currentData()
        return PersonInput(
            first_name=ui.firstNameEdit.text(), last_name=ui.lastNameEdit.text(),
            email=ui.emailEdit.text() or None, phone=ui.phoneEdit.text(),
            public_category=ui.categoryCombo.currentData(), joined_on=joined,
            notes=ui.notesEdit.toPlainText(), tags=ui.tagsEdit.text().strip(" ,"),
            organization=ui.organizationCombo.currentText() if org_id is not None else None,
            role=ui.roleCombo.currentData() if org_id is not None else None,
            consent_photo=ui.photoCheck.isChecked(),
            consent_newsletter=ui.newsletterCheck.isChecked())

    def save(self) -> bool:
        """Write the person; on a domain error keep the dialog open and show it inline."""
        self.clear_errors()
        data = self.value()
        try:
            if self.person is None:
                saved = members.create(self.ctx.engine, data)
            else:  # one transaction for the fields and the organisation links
                saved = members.update(self.ctx.engine, self.person.id,
                                       replace(data, links=self._links()))
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - a bug still deserves a message, not a crash
            show_error(self, exc)
            return False
        self.saved = saved
        self.sig_saved.emit(saved.id)
        self.accept()
        return True

    def _links(self) -> tuple[tuple[int, str], ...]:
        """The combo shows the first link; choosing another one (or none) replaces it,
        the other links stay."""
        assert self.person is not None
        links = [(lk.organization_id, lk.role) for lk in self.person.links]
        chosen = self.ui.organizationCombo.currentData()
        role = self.ui.roleCombo.currentData() or "member"
        rest = links[1:]
        if chosen is None:
            return tuple(rest)
        rest = [(oid, r) for oid, r in rest if oid != chosen]
        return ((chosen, role), *rest)
