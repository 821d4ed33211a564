"""The incubation page's form dialogs: the reason of a status change, a KPI record.

Both check their input with the services' own rules (``check_transition``,
``kpis.record_kpis``) and show the errors under the fields they name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from tierslieu.db.models.incubation import FUND_KINDS
from tierslieu.errors import TiersLieuError
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.forms.ui_kpi_dialog import Ui_KpiDialog
from tierslieu.gui.forms.ui_status_change_dialog import Ui_StatusChangeDialog
from tierslieu.gui.incubation.models import status_label
from tierslieu.i18n import choice_label, current_language
from tierslieu.services import enrollments, kpis
from tierslieu.services.incubation_dto import REASON_REQUIRED, EnrollmentRow, KpiInput, KpiRow
from tierslieu.services.incubation_dto import local_today as _today


class StatusChangeDialog(QDialog):
    """Asks why ``row`` moves to ``to``; OK is refused while a required reason is missing."""

    def __init__(self, row: EnrollmentRow, to: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.to = to
        self.ui = Ui_StatusChangeDialog()
        self.ui.setupUi(self)
        self.ui.summaryLabel.setText(self.tr("Move <b>{startup}</b> from “{old}” to “{new}”.")
                                     .format(startup=_escape(row.startup_name),
                                             old=status_label(row.status),
                                             new=status_label(to)))
        required = to in REASON_REQUIRED
        self.ui.hintLabel.setVisible(required)
        if required:
            self.ui.reasonLabel.setText(self.tr("&Reason (required)"))
        self.errors = FieldErrors(self.ui.generalError,
                                  {"reason": (self.ui.reasonEdit, self.ui.reasonError),
                                   "status": (self.ui.reasonEdit, self.ui.reasonError)})
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.reasonEdit.textChanged.connect(self.errors.clear)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Move"))
        self.ui.reasonEdit.setFocus()

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def accept(self) -> None:
        self.errors.clear()
        try:
            enrollments.check_transition(self.row.status, self.to, self.reason())
        except TiersLieuError as exc:
            self.errors.show(exc)
            return
        super().accept()


def ask_reason(parent: QWidget | None, row: EnrollmentRow, to: str) -> str | None:
    """The reason typed for moving ``row`` to ``to``, or None when cancelled.

    Module-level so tests can answer it without a modal loop.
    """
    dialog = StatusChangeDialog(row, to, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason()


class KpiDialog(QDialog):
    """Records (merges) one period's figures of a startup through ``kpis.record_kpis``."""

    def __init__(self, engine: object, organization_id: int, startup_name: str,
                 parent: QWidget | None = None, *, period: str = "") -> None:
        super().__init__(parent)
        self.engine = engine
        self.organization_id = organization_id
        self.saved: KpiRow | None = None
        self.ui = Ui_KpiDialog()
        self.ui.setupUi(self)
        self.ui.summaryLabel.setText(self.tr("Figures of <b>{startup}</b> for one month or "
                                             "quarter.").format(startup=_escape(startup_name)))
        lang = current_language()
        for kind in FUND_KINDS:
            self.ui.raisedKindCombo.addItem(choice_label(kind, lang), kind)
        if not period:
            today = _today()
            month = today.month - 1 or 12
            period = f"{today.year if today.month > 1 else today.year - 1}-{month:02d}"
        self.ui.periodEdit.setText(period)
        ui = self.ui
        self.errors = FieldErrors(ui.generalError, {
            "period": (ui.periodEdit, ui.periodError),
            "headcount": (ui.headcountEdit, ui.headcountError),
            "jobs_created": (ui.jobsEdit, ui.jobsError),
            "revenue": (ui.revenueEdit, ui.revenueError),
            "raised": (ui.raisedEdit, ui.raisedError),
            "raised_kind": (ui.raisedKindCombo, ui.raisedError),
            "women_founders": (ui.womenEdit, ui.womenError),
        }, on_show=self.adjustSize)
        ui.buttonBox.accepted.connect(self.accept)

    def kpi_input(self) -> KpiInput:
        ui = self.ui

        def value(text: str) -> str | None:
            return text.strip() or None

        amount = ui.raisedEdit.text().strip()
        raised = ((str(ui.raisedKindCombo.currentData()), amount),) if amount else ()
        return KpiInput(period=ui.periodEdit.text().strip(),
                        headcount=value(ui.headcountEdit.text()),
                        jobs_created=value(ui.jobsEdit.text()),
                        revenue=value(ui.revenueEdit.text()), raised=raised,
                        women_founders=value(ui.womenEdit.text()))

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.saved = kpis.record_kpis(self.engine, self.organization_id,  # type: ignore[arg-type]
                                          self.kpi_input())
        except TiersLieuError as exc:
            self.errors.show(exc)
            return
        super().accept()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
