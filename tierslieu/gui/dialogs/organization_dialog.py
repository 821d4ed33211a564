"""Create or edit one organisation; the service's errors appear next to their field.

Nothing is written unless the whole form is valid: the dialog calls
``organizations.create``/``update`` and stays open on a ValidationErrors or a
ConflictError, showing each message under the field it names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from tierslieu.db.models.organization import ORG_KINDS
from tierslieu.errors import TiersLieuError
from tierslieu.gui.context import AppContext
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.errors import show_error
from tierslieu.gui.forms.ui_organization_dialog import Ui_OrganizationDialog
from tierslieu.i18n import choice_label, current_language
from tierslieu.services import organizations
from tierslieu.services.dto import OrganizationInput, OrganizationRow
from tierslieu.text import fold


class OrganizationDialog(QDialog):
    """``OrganizationDialog(ctx)`` creates; ``OrganizationDialog(ctx, org_id)`` edits."""

    sig_saved = Signal(int)
    """id of the organisation just created or updated"""

    def __init__(self, ctx: AppContext, org_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.org_id = org_id
        self.saved: OrganizationRow | None = None
        self.account_box: Any = None
        self.ui = Ui_OrganizationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.field_errors = FieldErrors(ui.generalError, {
            "name": (ui.nameEdit, ui.nameError),
            "kind": (ui.kindCombo, ui.kindError),
            "siret": (ui.siretEdit, ui.siretError),
            "vat_number": (ui.vatEdit, ui.vatError),
            "email": (ui.emailEdit, ui.emailError),
            "phone": (ui.phoneEdit, ui.phoneError),
            "website": (ui.websiteEdit, ui.websiteError),
            "city": (ui.cityEdit, ui.cityError),
            "notes": (ui.notesEdit, ui.notesError),
        })
        self._fill_kinds()
        self._wire()
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setToolTip(self.tr("Save the organisation (Enter)"))
        if org_id is None:
            self.setWindowTitle(self.tr("New organisation"))
        else:
            row = organizations.get(ctx.engine, org_id)
            self._load(row)
            self.setWindowTitle(self.tr("Edit organisation — {name}").format(name=row.name))
            self._show_account(org_id)
        ui.nameEdit.setFocus()

    def _show_account(self, org_id: int) -> None:
        """What the organisation was invoiced and still owes (billing roles only)."""
        from tierslieu.gui.billing.account_box import AccountBox

        self.account_box = AccountBox(self)
        layout = self.ui.mainLayout
        layout.insertWidget(layout.indexOf(self.ui.buttonBox), self.account_box)
        self.account_box.load(self.ctx.engine, ("organization", org_id))

    # -- set-up ----------------------------------------------------------------------------

    def _fill_kinds(self) -> None:
        lang = current_language()
        combo = self.ui.kindCombo
        for code in sorted(ORG_KINDS, key=lambda c: fold(choice_label(c, lang))):
            combo.addItem(choice_label(code, lang), code)
        combo.setCurrentIndex(max(combo.findData("company"), 0))

    def _wire(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        for key, (widget, _label) in self.field_errors.fields.items():
            signal = (widget.currentIndexChanged if isinstance(widget, QComboBox)
                      else widget.textChanged)  # type: ignore[attr-defined]
            signal.connect(lambda *_args, k=key: self.clear_error(k))

    def _load(self, row: OrganizationRow) -> None:
        ui = self.ui
        ui.nameEdit.setText(row.name)
        index = ui.kindCombo.findData(row.kind)
        if index >= 0:
            ui.kindCombo.setCurrentIndex(index)
        ui.siretEdit.setText(row.siret)
        ui.vatEdit.setText(row.vat_number)
        ui.emailEdit.setText(row.email)
        ui.phoneEdit.setText(row.phone)
        ui.websiteEdit.setText(row.website)
        ui.cityEdit.setText(row.city)
        ui.notesEdit.setPlainText(row.notes)

    # -- input and errors ------------------------------------------------------------------

    def input(self) -> OrganizationInput:
        ui = self.ui
        return OrganizationInput(
            name=ui.nameEdit.text(), kind=str(ui.kindCombo.currentData() or ""),
            siret=ui.siretEdit.text(), vat_number=ui.vatEdit.text(),
            email=ui.emailEdit.text(), phone=ui.phoneEdit.text(),
            website=ui.websiteEdit.text(), city=ui.cityEdit.text(),
            notes=ui.notesEdit.toPlainText())

    def errors(self) -> dict[str, str]:
        """Messages currently shown, by field ("" for the general one); used by tests."""
        return self.field_errors.errors()

    def clear_error(self, key: str) -> None:
        self.field_errors.clear_field(key)

    def clear_errors(self) -> None:
        self.field_errors.clear()

    def show_errors(self, exc: TiersLieuError) -> None:
        self.field_errors.show(exc)

    # -- saving ----------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        self.clear_errors()
        data = self.input()
        try:
            if self.org_id is None:
                self.saved = organizations.create(self.ctx.engine, data)
            else:
                self.saved = organizations.update(self.ctx.engine, self.org_id, data)
        except TiersLieuError as exc:
            self.show_errors(exc)
            return
        except Exception as exc:  # noqa: BLE001 - a bug: tell the user, keep the form
            show_error(self, exc)
            return
        self.sig_saved.emit(self.saved.id)
        self.accept()
