"""The « Impayés » tab: what each customer still owes, by days past the due date.

The table is :func:`tierslieu.services.billing.payments.aged_debtors` as it comes (credit
notes and payments deducted), its totals row pinned at the bottom; double-click or Enter
on a customer opens their oldest unpaid invoice; « Exporter CSV… » (billing.export) writes
the table for a spreadsheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tierslieu import timeutil
from tierslieu.gui.billing.run_models import (
    D_NAME,
    D_OLDEST,
    DebtorsModel,
    debtors_csv_rows,
    write_csv,
)
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import show_error
from tierslieu.gui.files import ask_save_path
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.gui.incubation.detail import make_table
from tierslieu.gui.mentoring.common import EmptyHint
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard
from tierslieu.gui.tasks import run_task

if TYPE_CHECKING:
    from tierslieu.services.billing.dto import AgedReport, AgedRow

SETTINGS_KEY = "billing_debtors"


class DebtorsTab(QWidget):
    """Tab contract: ``sig_status``, ``refresh()``."""

    sig_status = Signal(str)
    """a message for the status bar"""
    sig_open_invoice = Signal(str)
    """an invoice number to show (a debtor's oldest unpaid invoice)"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: AgedReport | None = None
        self.model = DebtorsModel(self)
        self._build()

    def _build(self) -> None:
        self.date_label = QLabel()
        self.date_label.setProperty("heading", True)
        self.summary_label = QLabel()
        self.summary_label.setProperty("muted", True)
        self.export_button = QPushButton(self.tr("Export &CSV…"))
        self.export_button.setToolTip(self.tr("Save this table for a spreadsheet (CSV, "
                                              "semicolons, amounts like 12,50)"))
        self.export_button.clicked.connect(self.export_csv)
        self.export_button.setEnabled(False)
        guard("billing.export", self.export_button)
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.date_label)
        head.addWidget(self.summary_label, 1)
        head.addWidget(self.export_button)

        self.view: QTableView = make_table(self.model, self.tr(
            "What each customer owes, by days past the due date; double-click or Enter opens "
            "their oldest unpaid invoice"))
        self.view.setShowGrid(False)
        # no sort indicator: the service's order first (the latest payers at the top)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(False)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 112)
        header.setSectionResizeMode(D_NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(D_OLDEST, 150)
        self.view.activated.connect(self._on_activated)
        self.empty = EmptyHint(self.view)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the aged debtors (today), off the GUI thread."""
        engine = self.ctx.engine

        def work(_progress: Any) -> AgedReport:
            from tierslieu.services.billing import payments

            return payments.aged_debtors(engine)

        run_task(self, work, on_done=self.show_report, on_error=lambda e: show_error(self, e),
                 label=self.tr("Loading the debtors…"))

    def show_report(self, report: AgedReport) -> None:
        self.report = report
        self.model.set_report(report)
        self.date_label.setText(self.tr("On {date}").format(date=fmt_date(report.today)))
        count = len(report.rows)
        if count:
            late = report.totals.total_cents - report.totals.not_due_cents
            text = self.tr("%n customer(s) owe {total}, {late} of it past due", "", count) \
                .format(total=fmt_money(report.totals.total_cents), late=fmt_money(late))
        else:
            text = ""
        self.summary_label.setText(text)
        self.empty.set_text(self.tr("No unpaid invoice: every customer is up to date."))
        self.export_button.setEnabled(bool(count))
        self.sig_status.emit(text or self.tr("No unpaid invoice"))

    # -- opening --------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        row: AgedRow | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None and row.customer is not None and row.invoices:
            # the service lists a customer's invoices by issue date, oldest first
            self.sig_open_invoice.emit(row.invoices[0])

    # -- export ---------------------------------------------------------------------------

    def export_csv(self) -> None:
        if self.model.is_empty():
            return
        name = self.tr("debtors") + f"-{timeutil.local_today().isoformat()}.csv"
        path = ask_save_path(self, self.tr("Export the debtors"),
                             f"{SETTINGS_KEY}/export_dir", name,
                             self.tr("CSV files (*.csv)"), ".csv")
        if path is None:
            return
        try:
            count = write_csv(path, debtors_csv_rows(self.model))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export the debtors"),
                                self.tr("Could not write {path}: {error}").format(
                                    path=path, error=exc.strerror or exc))
            return
        self.sig_status.emit(self.tr("%n row(s) exported to {path}", "", count)
                             .format(path=path))
