"""The « Facturation du mois » tab: preview a month's invoices, each line explained, then
issue them.

« Aperçu » (F5, through the page) asks :func:`tierslieu.services.billing.run.preview` off
the GUI thread; nothing is written. « Émettre les factures… » (billing.write only) states
what will be issued and that it cannot be undone, then calls
:func:`tierslieu.services.billing.run.issue`, which numbers and writes everything in one
transaction or nothing; the service is the rule (month over, seller complete), its errors
are shown as they are.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tierslieu import security, timeutil
from tierslieu.gui.billing.common import month_label
from tierslieu.gui.billing.run_models import (
    P_EXCL,
    P_INCL,
    P_LINES,
    P_NAME,
    P_PRICE,
    P_QTY,
    P_VAT,
    PreviewModel,
    last_finished_month,
    month_choices,
    warning_text,
)
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.gui.mentoring.common import EmptyHint
from tierslieu.gui.permissions import guard
from tierslieu.gui.tasks import run_task
from tierslieu.services.billing.common import Month

if TYPE_CHECKING:
    from tierslieu.services.billing.dto import BillingPreview, IssueReport

FIT = QHeaderView.ResizeMode.ResizeToContents
INTERACTIVE = QHeaderView.ResizeMode.Interactive


class RunTab(QWidget):
    """Tab contract: ``sig_status``, ``refresh()`` (= preview the chosen month)."""

    sig_status = Signal(str)
    """a message for the status bar"""
    sig_issued = Signal(list)
    """the numbers of the invoices just issued, in order"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: BillingPreview | None = None    # the preview on screen
        self.last_report: IssueReport | None = None
        self.busy = False
        self.model = PreviewModel(self)
        self._build()
        self._show_nothing()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        today = timeutil.local_today()
        self.month_combo = QComboBox()
        for m in month_choices(today):
            self.month_combo.addItem(month_label(m), m.key)
        self.month_combo.setCurrentIndex(self.month_combo.findData(last_finished_month(today).key))
        self.month_combo.setToolTip(self.tr("The month to invoice: subscriptions of that month "
                                            "and the bookings made in it"))
        self.month_combo.currentIndexChanged.connect(self._on_month_changed)
        month_label_ = QLabel(self.tr("&Month:"))
        month_label_.setBuddy(self.month_combo)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("Compute the month's invoices without writing "
                                               "anything (F5)"))
        self.preview_button.clicked.connect(self.refresh)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setToolTip(self.tr("Working…"))
        self.progress.hide()

        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setToolTip(self.tr("The date printed on the invoices; a month can be "
                                          "invoiced once it is over"))
        self.date_label = QLabel(self.tr("Issue &date:"))
        self.date_label.setBuddy(self.date_edit)
        self.issue_button = QPushButton(self.tr("&Issue the invoices…"))
        self.issue_button.setProperty("primary", True)
        self.issue_button.setToolTip(self.tr("Number and issue the previewed invoices; issued "
                                             "invoices cannot be changed, only credited"))
        self.issue_button.clicked.connect(self.issue_invoices)
        guard("billing.write", self.issue_button, self.date_edit, self.date_label)

        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(month_label_)
        head.addWidget(self.month_combo)
        head.addWidget(self.preview_button)
        head.addWidget(self.progress)
        head.addStretch(1)
        head.addWidget(self.date_label)
        head.addWidget(self.date_edit)
        head.addWidget(self.issue_button)

        self.warning_label = QLabel()
        self.warning_label.setProperty("error", True)
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.billed_label = QLabel()
        self.billed_label.setProperty("muted", True)
        self.billed_label.setWordWrap(True)
        self.billed_label.hide()

        self.summary_label = QLabel()
        self.summary_label.setProperty("heading", True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter customers…"))
        self.filter_edit.setToolTip(self.tr("Show only the customers whose name contains this"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(260)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.expand_button = QPushButton(self.tr("E&xpand all"))
        self.expand_button.setToolTip(self.tr("Show every invoice's lines"))
        self.collapse_button = QPushButton(self.tr("C&ollapse all"))
        self.collapse_button.setToolTip(self.tr("Show the invoices only"))
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.filter_edit)
        bar.addWidget(self.expand_button)
        bar.addWidget(self.collapse_button)

        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setToolTip(self.tr("One row per invoice; unfold it to read each line and "
                                     "why it is there"))
        header = self.view.header()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # the service's order: by name
        self.view.setSortingEnabled(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(INTERACTIVE)
        for column, width in ((P_NAME, 330), (P_LINES, 60), (P_QTY, 80), (P_PRICE, 110),
                              (P_EXCL, 100), (P_VAT, 90), (P_INCL, 105)):
            header.resizeSection(column, width)
        self.expand_button.clicked.connect(self.view.expandAll)
        self.collapse_button.clicked.connect(self.view.collapseAll)
        self.empty = EmptyHint(self.view)  # type: ignore[arg-type]

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.warning_label)
        lay.addWidget(self.billed_label)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        self.setTabOrder(self.month_combo, self.preview_button)

    # -- state ----------------------------------------------------------------------------

    def month(self) -> Month:
        return Month.parse(str(self.month_combo.currentData()))

    def select_month(self, month: str) -> None:
        """Choose ``month`` (``2026-11``) in the list (the preview then waits for F5)."""
        index = self.month_combo.findData(Month.parse(month).key)
        if index >= 0:
            self.month_combo.setCurrentIndex(index)

    def set_issue_date(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _on_month_changed(self, _index: int) -> None:
        self._show_nothing()

    def _on_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_empty()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.month_combo.setEnabled(not busy)
        self._update_actions()

    def _update_actions(self) -> None:
        p = self.preview
        ready = p is not None and bool(p.to_issue) and not self.busy
        self.issue_button.setEnabled(ready)
        has_rows = self.model.rowCount() > 0
        self.expand_button.setEnabled(has_rows)
        self.collapse_button.setEnabled(has_rows)

    def _show_nothing(self) -> None:
        """No preview for the chosen month yet (nothing is asked before F5)."""
        self.preview = None
        self.model.set_drafts([])
        self.summary_label.setText("")
        self.warning_label.hide()
        self.billed_label.hide()
        self.empty.set_text(self.tr("Press « Preview » (F5) to see the invoices of {month}.")
                            .format(month=month_label(self.month(), capital=False)))
        self._update_actions()

    def _update_empty(self) -> None:
        p = self.preview
        if p is None:
            return
        label = month_label(Month.parse(p.month), capital=False)
        if p.drafts and self.model.rowCount() == 0:
            text = self.tr("No customer matches « {text} ».").format(text=self.filter_edit.text())
        elif p.already_billed:
            text = self.tr("Nothing left to invoice for {month}: it was invoiced already.") \
                .format(month=label)
        else:
            text = self.tr("Nothing to invoice for {month}: no subscription and no paying "
                           "booking.").format(month=label)
        self.empty.set_text(text)

    # -- preview --------------------------------------------------------------------------

    def refresh(self, *, then_status: str = "") -> None:
        """Preview the chosen month, off the GUI thread (nothing is written);
        ``then_status`` is said after the preview's own status line."""
        if self.busy:
            return
        engine, month = self.ctx.engine, self.month().key

        def work(_progress: Any) -> BillingPreview:
            from tierslieu.services.billing import run

            return run.preview(engine, month)

        def done(preview: BillingPreview) -> None:
            self._set_busy(False)
            if preview.month == self.month().key:   # the user may have chosen another month
                self.show_preview(preview)
            if then_status:
                self.sig_status.emit(then_status)

        self._set_busy(True)
        run_task(self, work, on_done=done, on_error=self._failed,
                 label=self.tr("Computing the month's invoices…"))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self, exc)

    def show_preview(self, preview: BillingPreview) -> None:
        self.preview = preview
        self.model.set_drafts(preview.drafts)
        label = month_label(Month.parse(preview.month), capital=False)
        count, skipped = len(preview.to_issue), len(preview.drafts) - len(preview.to_issue)
        parts = [self.tr("%n invoice(s) to issue", "", count),
                 self.tr("{total} incl. VAT").format(total=fmt_money(preview.total_incl_cents))]
        if skipped:
            parts.append(self.tr("%n with nothing to pay, not issued", "", skipped))
        self.summary_label.setText(f"{month_label(Month.parse(preview.month))} — "
                                   + " · ".join(parts))
        warnings = [warning_text(w) for w in preview.warnings]
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        if preview.already_billed:
            self.billed_label.setText(self.tr(
                "%n subscription(s) of {month} already invoiced by an earlier run: they are "
                "not invoiced again.", "", preview.already_billed).format(month=label))
        self.billed_label.setVisible(bool(preview.already_billed))
        self.view.header().resizeSection(P_NAME, max(self.view.header().sectionSize(P_NAME),
                                                     self.view.sizeHintForColumn(P_NAME)))
        self._update_empty()
        self._update_actions()
        self.sig_status.emit(self.tr("Preview of {month}: ").format(month=label)
                             + " · ".join(parts))

    # -- issuing --------------------------------------------------------------------------

    def issue_invoices(self) -> None:
        """Confirm, then issue the previewed month's invoices (all or nothing)."""
        preview = self.preview
        if preview is None or not preview.to_issue or self.busy \
                or not security.allowed("billing.write"):
            return
        qd = self.date_edit.date()
        day = date(qd.year(), qd.month(), qd.day())
        month = Month.parse(preview.month)
        count = len(preview.to_issue)
        text = self.tr(
            "Issue %n invoice(s) for {month}, {total} incl. VAT in all, dated {date}?",
            "", count).format(month=month_label(month, capital=False),
                              total=fmt_money(preview.total_incl_cents), date=fmt_date(day))
        text += "\n\n" + self.tr("Issued invoices are numbered and can no longer be changed "
                                 "or deleted: a mistake is corrected only by a credit note.")
        answer = QMessageBox.question(self, self.tr("Issue the invoices"), text)
        if answer != QMessageBox.StandardButton.Yes:
            self.sig_status.emit(self.tr("Nothing issued"))
            return
        engine, actor = self.ctx.engine, security.actor()

        def work(_progress: Any) -> IssueReport:
            from tierslieu.services.billing import run

            return run.issue(engine, month.key, issued_on=day, actor=actor)

        self._set_busy(True)
        run_task(self, work, on_done=self._issued, on_error=self._failed,
                 label=self.tr("Issuing the invoices…"))

    def _issued(self, report: IssueReport) -> None:
        self._set_busy(False)
        self.last_report = report
        numbers = [r.number for r in report.invoices]
        if numbers:
            message = self.tr("%n invoice(s) issued ({first} to {last})", "", len(numbers)) \
                .format(first=numbers[0], last=numbers[-1])
        else:
            message = self.tr("No invoice issued: nothing left to invoice")
        self.sig_status.emit(message)
        self.sig_issued.emit(numbers)
        # the preview then shows them as already invoiced; its status must not hide this one
        self.refresh(then_status=message)
