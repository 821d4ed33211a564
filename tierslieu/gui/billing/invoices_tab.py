"""The Billing page's « Factures » tab: every invoice and credit note, filtered, with the
detail of the selected one, its PDF and Factur-X, and the payments it receives.

Every query goes through :func:`tierslieu.services.billing.invoicing.list_invoices` and
:func:`~tierslieu.services.billing.invoicing.get` off the GUI thread; each answer carries
the generation it was asked for, so an answer to an older search never replaces a newer
one. The PDF comes from :func:`tierslieu.reports.invoice.write`, the function behind
``tierslieu billing invoice pdf``. Corrections (billing.write): « Issue a credit note… »
and « Cancel a payment… » open the dialogs of
:mod:`tierslieu.gui.billing.credit_note_dialog`.
"""

from __future__ import annotations

import html
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QModelIndex, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tierslieu.gui import settings_store
from tierslieu.gui.billing.common import list_table, search_field
from tierslieu.gui.billing.invoice_models import (
    KIND_FILTERS,
    STATUS_FILTERS,
    InvoicesModel,
    detail_html,
    fmt_month,
    heading,
    totals_line,
)
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import show_error
from tierslieu.gui.files import ask_save_path
from tierslieu.gui.fmt import fmt_money
from tierslieu.gui.mentoring.common import EmptyHint, icon
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard
from tierslieu.gui.tasks import run_task
from tierslieu.text import fold

if TYPE_CHECKING:
    from tierslieu.services.billing.dto import InvoiceDetail, InvoiceRow

SETTINGS_KEY = "billing_invoices"
SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class Filters:
    search: str = ""
    month: str = ""
    status: str = ""
    kind: str = ""

    def kwargs(self) -> dict[str, Any]:
        return {"search": self.search, "month": self.month or None,
                "status": self.status or None, "kind": self.kind or None}

    def hides(self, row: InvoiceRow) -> dict[str, bool]:
        """Which filters leave ``row`` out (the service's own rules)."""
        key = fold(self.search.strip())
        return {
            "search": bool(key) and key not in fold(row.number)
            and key not in fold(row.customer.name),
            "month": bool(self.month) and row.month != self.month,
            "status": bool(self.status) and row.status != self.status
            and not (self.status == "unpaid" and row.status in ("partial", "overdue")),
            "kind": bool(self.kind) and row.kind != self.kind,
        }


@dataclass(frozen=True)
class _Loaded:
    generation: int
    rows: list[InvoiceRow]
    months: list[str] | None       # every month with invoices (None: not asked again)


class InvoicesTab(QWidget):
    """Tab contract: ``sig_status``, ``refresh``; plus ``show_invoice`` and ``focus_search``."""

    sig_status = Signal(str)
    """a message for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InvoicesModel(self)
        self.detail: InvoiceDetail | None = None
        self.preview: PdfPreviewDialog | None = None   # the last preview opened (tests)
        self.dialog: QDialog | None = None             # the last dialog opened (tests)
        self.temp_dir: Path | None = None              # where previews go (tests set it)
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._months: list[str] = []
        self._generation = 0
        self._detail_generation = 0
        self._wanted: str | None = None       # the invoice to select when rows arrive
        self._loaded = False
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._build()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = search_field(
            self.tr("Search an invoice"), self.tr("Number or customer… (Ctrl+F)"),
            self.tr("An invoice number or part of a customer's name; accents and case do "
                    "not matter"))
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())

        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("Month"))
        self.month_combo.setToolTip(self.tr("Only the invoices of one billed month"))
        self.month_combo.addItem(self.tr("All months"), "")
        self.month_combo.setMinimumContentsLength(14)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setToolTip(self.tr("Unpaid includes partly paid and overdue "
                                             "invoices"))
        for value, text in zip(STATUS_FILTERS, (
                self.tr("All statuses"), self.tr("Unpaid"), self.tr("Overdue"),
                self.tr("Paid"), self.tr("Credited")), strict=True):
            self.status_combo.addItem(text, value)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.setToolTip(self.tr("Invoices, credit notes or both"))
        for value, text in zip(KIND_FILTERS, (
                self.tr("Invoices and credit notes"), self.tr("Invoices"),
                self.tr("Credit notes")), strict=True):
            self.kind_combo.addItem(text, value)
        for combo in (self.month_combo, self.status_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.clear_button = QPushButton(icon("clear"), self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every invoice again"))
        self.clear_button.clicked.connect(self.clear_filters)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.month_combo, 1)
        bar.addWidget(self.status_combo, 1)
        bar.addWidget(self.kind_combo, 1)
        bar.addWidget(self.clear_button)

        self.view = self._table()
        self.empty = EmptyHint(self.view)
        self.totals_label = QLabel()
        self.totals_label.setProperty("muted", True)
        self.totals_label.setAccessibleName(self.tr("Totals of the invoices shown"))
        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.setSpacing(4)
        top_lay.addWidget(self.view, 1)
        top_lay.addWidget(self.totals_label)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("invoices_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._detail_pane())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(bar)
        lay.addWidget(self.splitter, 1)
        self._restore_layout()
        self._show_detail(None)

    def _table(self) -> QTableView:
        view = QTableView()
        view.setObjectName("invoices_table")
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Invoices"))
        view.setToolTip(self.tr("Enter or double-click: preview the PDF"))
        header = list_table(view)
        # newest first, like the service (and the chain of numbers)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        view.setSortingEnabled(True)
        header.setStretchLastSection(False)
        # fixed-format columns sized from the font (the styled look's font is larger)
        fm = view.fontMetrics()
        samples = {0: "F2026-00000", 1: "28/12/2026", 3: "12/2026", 8: "28/12/2026",
                   9: "Partiellement payée", **dict.fromkeys((4, 5, 6, 7), "1 234,00 €")}
        # + the style sheet's item padding (6 px a side) and the cell's own margins
        widths = {c: fm.horizontalAdvance(text) + 28 for c, text in samples.items()}
        for column in range(self.model.columnCount()):
            if column == 2:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, widths.get(column, 90))
        view.doubleClicked.connect(lambda _i: self.preview_pdf())
        self.act_preview = QAction(icon("reports"), self.tr("Preview the PDF"), self)
        self.act_preview.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.act_preview.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_preview.triggered.connect(self.preview_pdf)
        view.addAction(self.act_preview)
        view.selectionModel().currentRowChanged.connect(self._on_current)
        return view

    def _detail_pane(self) -> QWidget:
        self.detail_title = QLabel()
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_button = QPushButton(icon("reports"), self.tr("PDF &preview"))
        self.pdf_button.setToolTip(self.tr("Show the invoice as printed (Enter)"))
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.facturx_button = QPushButton(icon("export"), self.tr("Factur-&X…"))
        self.facturx_button.setToolTip(self.tr("Save the PDF with its Factur-X XML (EN 16931), "
                                               "for a customer's accounting software"))
        self.facturx_button.clicked.connect(self.save_facturx)
        guard("billing.export", self.facturx_button)
        self.pay_button = QPushButton(icon("add"), self.tr("Record a pa&yment…"))
        self.pay_button.setToolTip(self.tr("Record a payment received for this invoice"))
        self.pay_button.clicked.connect(self.record_payment)
        guard("billing.write", self.pay_button)
        self.credit_button = QPushButton(icon("billing"), self.tr("Issue a &credit note…"))
        self.credit_button.clicked.connect(self.issue_credit_note)
        guard("billing.write", self.credit_button)
        self.reverse_button = QPushButton(icon("restore"), self.tr("Cancel a pay&ment…"))
        self.reverse_button.clicked.connect(self.reverse_payment)
        guard("billing.write", self.reverse_button)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.detail_title, 1)
        head.addWidget(self.pdf_button)
        head.addWidget(self.facturx_button)
        head.addWidget(self.pay_button)
        head.addWidget(self.reverse_button)
        head.addWidget(self.credit_button)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Invoice detail"))
        self.browser.setOpenLinks(False)
        pane = QWidget()
        lay = QVBoxLayout(pane)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(head)
        lay.addWidget(self.browser, 1)
        return pane

    # -- remembered layout ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        state = settings_store.value(f"{SETTINGS_KEY}/splitter")
        if not (isinstance(state, QByteArray | bytes) and state
                and self.splitter.restoreState(QByteArray(state))):
            self.splitter.setSizes([570, 430])      # in proportion: the list gets most

    def hideEvent(self, event: Any) -> None:
        self.save_layout()
        super().hideEvent(event)

    def save_layout(self) -> None:
        settings_store.set_value(f"{SETTINGS_KEY}/splitter", self.splitter.saveState())

    # -- tab contract ---------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def refresh(self) -> None:
        """Reload the months and the invoices (keeping the filters and the selection)."""
        self._loaded = True
        self._load(with_months=True)

    def reload(self) -> None:
        """Apply the filters (a search typed waits a moment: see SEARCH_DELAY_MS)."""
        self._timer.stop()
        self._load(with_months=not self._loaded)
        self._loaded = True

    def filters(self) -> Filters:
        return Filters(self.search_edit.text().strip(), str(self.month_combo.currentData()
                                                            or ""),
                       str(self.status_combo.currentData() or ""),
                       str(self.kind_combo.currentData() or ""))

    def _load(self, *, with_months: bool) -> None:
        from tierslieu.services.billing import invoicing

        self._generation += 1
        generation = self._generation
        engine = self.ctx.engine
        wanted = self.filters()

        def work(_progress: Any) -> _Loaded:
            months = None
            everything = None
            if with_months:
                everything = invoicing.list_invoices(engine)
                months = sorted({r.month for r in everything if r.month}, reverse=True)
            if everything is not None and wanted == Filters():
                return _Loaded(generation, everything, months)
            return _Loaded(generation, invoicing.list_invoices(engine, **wanted.kwargs()),
                           months)

        run_task(self, work, on_done=self._show_rows, on_error=self._failed,
                 label=self.tr("Loading the invoices…"))

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _show_rows(self, data: _Loaded) -> None:
        if data.generation != self._generation:
            return            # an answer to an older search: a newer one is on its way
        if data.months is not None:
            self._set_months(data.months)
        current = self.current()
        keep = self._wanted or (current.number if current else None)
        self.model.set_rows(data.rows)
        self.totals_label.setText(totals_line(data.rows) if data.rows else "")
        f = self.filters()
        if self._months or data.rows:
            self.empty.set_text(self.tr("No invoice matches these filters. "
                                        "“Clear filters” shows them all.")
                                if f != Filters() else self.tr("No invoice yet."))
        else:
            self.empty.set_text(self.tr("No invoice yet: the month's invoices are issued "
                                        "from the “Monthly billing” tab."))
        row = self.model.find_row(lambda r: r.number == keep) if keep else -1
        if row >= 0:
            self._wanted = None
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
            if self.detail is None or self.detail.number != keep:
                self.load_detail(str(keep))
        else:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            if self._wanted is None:
                self._show_detail(None)

    def _set_months(self, months: list[str]) -> None:
        combo = self.month_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for key in months:
            combo.addItem(fmt_month(key), key)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._months = months

    def clear_filters(self) -> None:
        for widget in (self.search_edit, self.month_combo, self.status_combo, self.kind_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.month_combo, self.status_combo, self.kind_combo):
            combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.month_combo, self.status_combo, self.kind_combo):
            widget.blockSignals(False)
        self.reload()

    # -- selection and detail -------------------------------------------------------------

    def current(self) -> InvoiceRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_number(self) -> str | None:
        """The number of the selected invoice, or None."""
        row = self.current()
        return row.number if row is not None else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        if self.detail is None or self.detail.number != row.number:
            self.load_detail(row.number)

    def load_detail(self, number: str) -> None:
        from tierslieu.services.billing import invoicing

        self._detail_generation += 1
        generation = self._detail_generation
        engine = self.ctx.engine

        def done(detail: InvoiceDetail) -> None:
            if generation == self._detail_generation:
                self._show_detail(detail)

        run_task(self, lambda _p: invoicing.get(engine, number), on_done=done,
                 on_error=self._failed)

    def _show_detail(self, detail: InvoiceDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.detail_title.setText(self.tr("No invoice selected"))
            self.browser.setHtml("<p style='color:#607d8b'>" + html.escape(self.tr(
                "Choose an invoice in the list to see its lines, payments and balance."))
                + "</p>")
        else:
            self.detail_title.setText(heading(detail))
            self.browser.setHtml(detail_html(detail))
        has = detail is not None
        self.pdf_button.setEnabled(has)
        self.act_preview.setEnabled(has)
        self.facturx_button.setEnabled(has)
        # a credit note takes no payment: the button is shown disabled, with the reason
        row = detail.row if detail is not None else None
        payable = row is not None and row.kind == "invoice" and row.balance_cents > 0
        self.pay_button.setEnabled(payable)
        if row is None or payable:
            tip = self.tr("Record a payment received for this invoice")
        elif row.kind != "invoice":
            tip = self.tr("A credit note takes no payment")
        else:
            tip = self.tr("Nothing is left to pay on this invoice")
        self.pay_button.setToolTip(tip)
        self._corrections_state(detail)

    def _corrections_state(self, detail: InvoiceDetail | None) -> None:
        """« Issue a credit note » and « Cancel a payment »: disabled, with the reason, when
        they cannot apply."""
        from tierslieu.gui.billing.credit_note_dialog import reversible

        row = detail.row if detail is not None else None
        creditable = row is not None and row.kind == "invoice" and row.status != "credited" \
            and row.total_incl_cents != 0
        self.credit_button.setEnabled(creditable)
        if row is None or creditable:
            tip = self.tr("Cancel this invoice, whole or some of its lines, by a credit note")
        elif row.kind != "invoice":
            tip = self.tr("A credit note cannot itself be credited")
        elif row.status == "credited":
            tip = self.tr("This invoice is already wholly credited")
        else:
            tip = self.tr("Nothing to credit on an invoice of {amount}").format(
                amount=fmt_money(0))
        self.credit_button.setToolTip(tip)
        can_reverse = detail is not None and bool(reversible(detail.payments))
        self.reverse_button.setEnabled(can_reverse)
        if detail is None or can_reverse:
            tip = self.tr("Cancel a payment recorded by mistake, by a reversing entry")
        elif detail.row.kind != "invoice":
            tip = self.tr("A credit note takes no payment")
        elif detail.payments:
            tip = self.tr("Every payment of this invoice is already cancelled")
        else:
            tip = self.tr("No payment to cancel on this invoice")
        self.reverse_button.setToolTip(tip)

    def show_invoice(self, number: str) -> None:
        """Select invoice ``number`` (clearing the filters that hide it) and show its
        detail; an unknown number is reported."""
        from tierslieu.services.billing import invoicing

        number = number.strip().upper()
        self._wanted = number
        row = self.model.find_row(lambda r: r.number == number)
        if row >= 0:
            self._wanted = None
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
            return
        engine = self.ctx.engine

        def found(detail: InvoiceDetail) -> None:
            if self._wanted != detail.number:
                return       # another invoice was asked for meanwhile
            self._show_detail(detail)
            hides = self.filters().hides(detail.row)
            widgets: dict[str, QWidget] = {"search": self.search_edit, "month": self.month_combo,
                       "status": self.status_combo, "kind": self.kind_combo}
            for name, hidden in hides.items():
                if hidden:
                    widget = widgets[name]
                    widget.blockSignals(True)
                    if isinstance(widget, QLineEdit):
                        widget.clear()
                    elif isinstance(widget, QComboBox):
                        widget.setCurrentIndex(0)
                    widget.blockSignals(False)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._wanted = None
            show_error(self, exc)

        run_task(self, lambda _p: invoicing.get(engine, number), on_done=found,
                 on_error=failed)

    # -- PDF ------------------------------------------------------------------------------

    def _temp_folder(self) -> Path:
        if self.temp_dir is not None:
            return self.temp_dir
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="tierslieu-invoice-")
        return Path(self._tmp.name)

    def preview_pdf(self) -> None:
        """Render the selected invoice off the GUI thread and show it in a dialog."""
        detail = self.detail
        if detail is None:
            self.sig_status.emit(self.tr("Choose an invoice in the list first"))
            return
        from tierslieu.reports import invoice as report

        out = self._temp_folder() / f"{detail.number}.pdf"
        self.sig_status.emit(self.tr("Rendering {number}…").format(number=detail.number))

        def done(path: Path) -> None:
            dialog = PdfPreviewDialog(path, detail.number, self)
            self.preview = dialog
            dialog.sig_saved.connect(lambda p: self.sig_status.emit(
                self.tr("{number} saved: {path}").format(number=detail.number, path=p)))
            dialog.show()
            self.sig_status.emit(self.tr("%n page(s)", "", dialog.document.pageCount()))

        run_task(self, lambda _p: report.write(detail, out), on_done=done,
                 on_error=self._failed, label=self.tr("Rendering the invoice…"))

    def save_facturx(self) -> None:
        """Save the PDF with its embedded Factur-X XML where the user chooses."""
        detail = self.detail
        if detail is None:
            return
        target = ask_save_path(self, self.tr("Save the Factur-X invoice"),
                               f"{SETTINGS_KEY}/folder", f"{detail.number}-facturx.pdf",
                               self.tr("PDF documents (*.pdf)"), ".pdf")
        if target is None:
            return
        from tierslieu.reports import invoice as report

        run_task(self, lambda _p: report.write(detail, target, facturx=True),
                 on_done=lambda path: self.sig_status.emit(self.tr(
                     "Factur-X invoice saved: {path}").format(path=path)),
                 on_error=self._failed, label=self.tr("Writing the Factur-X invoice…"))

    # -- payments -------------------------------------------------------------------------

    def record_payment(self) -> None:
        from tierslieu.gui.billing.payment_dialog import PaymentDialog

        detail = self.detail
        if detail is None or detail.row.kind != "invoice" or detail.row.balance_cents <= 0:
            return
        dialog = PaymentDialog(self.ctx.engine, detail.row, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        saved = dialog.saved
        self.sig_status.emit(self.tr("Payment of {amount} recorded on {number}").format(
            amount=fmt_money(saved.amount_cents), number=saved.invoice_number))
        self.refresh_invoice(saved.invoice_number)

    # -- corrections: credit notes, payment reversals -------------------------------------

    def issue_credit_note(self) -> None:
        """Open the credit-note dialog on the selected invoice (after reading which of its
        lines earlier credit notes took); on success select and show the credit note."""
        from tierslieu.services.billing import invoicing

        detail = self.detail
        if detail is None or not self.credit_button.isEnabled():
            return
        engine = self.ctx.engine
        notes = detail.credit_notes

        def work(_progress: Any) -> dict[int, str]:
            credited: dict[int, str] = {}
            for number in notes:
                for line in invoicing.get(engine, number).lines:
                    if line.credited_line_id is not None:
                        credited[line.credited_line_id] = number
            return credited

        run_task(self, work, on_done=lambda credited: self._credit_dialog(detail, credited),
                 on_error=self._failed)

    def _credit_dialog(self, detail: InvoiceDetail, credited: dict[int, str]) -> None:
        from tierslieu.gui.billing.credit_note_dialog import CreditNoteDialog

        dialog = CreditNoteDialog(self.ctx.engine, detail, credited, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.issued is None:
            return
        note = dialog.issued
        self.sig_status.emit(self.tr("Credit note {number} issued on {invoice}: {amount} "
                                     "incl. VAT").format(number=note.number,
                                                         invoice=detail.number,
                                                         amount=fmt_money(note.totals.incl_cents)))
        # the list again (the invoice is now credited), the credit note selected and shown
        self.show_invoice(note.number)

    def reverse_payment(self) -> None:
        """Cancel one payment of the selected invoice by a reversing entry."""
        from tierslieu.gui.billing.credit_note_dialog import ReversePaymentDialog

        detail = self.detail
        if detail is None or not self.reverse_button.isEnabled():
            return
        dialog = ReversePaymentDialog(self.ctx.engine, detail, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.original is None:
            return
        original = dialog.original
        self.sig_status.emit(self.tr("Payment cancelled: {amount} on {number}").format(
            amount=fmt_money(original.amount_cents), number=original.invoice_number))
        self.refresh_invoice(original.invoice_number)

    def refresh_invoice(self, number: str) -> None:
        """Reload one invoice's row and detail (after a payment or its reversal)."""
        from tierslieu.services.billing import invoicing

        engine = self.ctx.engine
        self._detail_generation += 1
        generation = self._detail_generation

        def done(detail: InvoiceDetail) -> None:
            self.model.replace_row(detail.row)
            rows = self.model.rows()
            self.totals_label.setText(totals_line(rows) if rows else "")
            if generation == self._detail_generation:
                self._show_detail(detail)

        run_task(self, lambda _p: invoicing.get(engine, number), on_done=done,
                 on_error=self._failed)


class PdfPreviewDialog(QDialog):
    """The pages of a PDF (QtPdf), with « Save… »; ``document.pageCount()`` tells the pages."""

    sig_saved = Signal(str)
    """the PDF was saved: its path"""

    def __init__(self, path: Path, number: str, parent: QWidget | None = None) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.path = path
        self.number = number
        self.setWindowTitle(self.tr("Invoice {number}").format(number=number))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 900)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Invoice pages"))
        self.view.pageNavigator().jump(0, QPointF(), 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("&Save…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr("Save this PDF"))
        self.save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addWidget(buttons)

    def save_as(self) -> None:
        target = ask_save_path(self, self.tr("Save the invoice"), f"{SETTINGS_KEY}/folder",
                               f"{self.number}.pdf", self.tr("PDF documents (*.pdf)"), ".pdf")
        if target is None:
            return
        try:
            Path(target).write_bytes(self.path.read_bytes())
        except OSError as exc:
            show_error(self, exc)
            return
        self.sig_saved.emit(target)


__all__ = ["Filters", "InvoicesTab", "PdfPreviewDialog"]
