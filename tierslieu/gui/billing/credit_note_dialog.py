"""Corrections of an issued invoice from the Invoices tab: a credit note, a payment reversal.

An issued invoice is never edited (see :mod:`tierslieu.services.billing.invoicing`): a
mistake is cancelled by a credit note (series A2026-…) on the whole invoice or on some of its
lines, written by :func:`~tierslieu.services.billing.invoicing.credit_note`; a payment
recorded by mistake is cancelled by a reversing entry,
:func:`~tierslieu.services.billing.payments.reverse`. Both are irreversible, so each dialog
asks for a confirmation stating the amount before it writes, and writes off the GUI thread;
the service's errors land under the field they name, nothing written.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from tierslieu import security, timeutil
from tierslieu.errors import TiersLieuError, ValidationError
from tierslieu.gui.billing.common import error_label, fmt_rate, qdate, with_below
from tierslieu.gui.billing.invoice_models import fmt_quantity
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.gui.models.base import RIGHT, Column, RowTableModel
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import choice_label
from tierslieu.services import validation
from tierslieu.services.billing.dto import DraftLine, Totals
from tierslieu.services.billing.lines import totals

if TYPE_CHECKING:
    from tierslieu.services.billing.dto import InvoiceDetail, InvoiceLineRow, PaymentRow

REASON_MAX = 500          # the services' limit (credit_note and reverse)
CHECK = Qt.ItemDataRole.CheckStateRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked

# called by this name with literal arguments: lupdate extracts translate("Context", "text")
translate = QCoreApplication.translate


def credit_totals(lines: list[InvoiceLineRow]) -> Totals:
    """The totals of a credit note on ``lines``: the service's own sum (VAT per rate)."""
    return totals([DraftLine("credit", x.label, "", x.quantity_milli, x.unit,
                             x.unit_price_cents, x.amount_excl_cents, x.vat_rate_bp)
                   for x in lines])


def payment_text(p: PaymentRow) -> str:
    """« 10,50 € par chèque le 26/11/2026 »."""
    return translate("ReversePaymentDialog", "{amount} by {method} on {date}").format(
        amount=fmt_money(p.amount_cents), method=choice_label(p.method).lower(),
        date=fmt_date(p.paid_on))


def reversible(payments: tuple[PaymentRow, ...] | list[PaymentRow]) -> list[PaymentRow]:
    """The payments that may still be cancelled: not a reversal, not reversed yet."""
    return [p for p in payments if p.reverses_id is None and not p.reversed
            and p.amount_cents > 0]


# -- the lines to credit ------------------------------------------------------------------

class CreditLinesModel(RowTableModel["InvoiceLineRow"]):
    """The invoice's lines, each with a check box; a line already credited by an earlier
    credit note, or of €0, cannot be checked (its tooltip says why)."""

    sig_checked = Signal()
    """the lines checked changed"""

    def __init__(self, lines: tuple[InvoiceLineRow, ...] | list[InvoiceLineRow],
                 credited: Mapping[int, str], parent: QObject | None = None) -> None:
        super().__init__([
            Column("position", translate("CreditLinesModel", "No."), lambda x: x.position,
                   sort_key=lambda x: x.position),
            Column("label", translate("CreditLinesModel", "Item"), lambda x: x.label,
                   sort_key=lambda x: x.position, tooltip=self._tip),
            Column("quantity", translate("CreditLinesModel", "Qty"),
                   lambda x: fmt_quantity(x.quantity_milli, x.unit),
                   sort_key=lambda x: x.quantity_milli, align=RIGHT),
            Column("vat", translate("CreditLinesModel", "VAT"), lambda x: fmt_rate(x.vat_rate_bp),
                   sort_key=lambda x: x.vat_rate_bp, align=RIGHT),
            Column("excl", translate("CreditLinesModel", "Amount excl. VAT"),
                   lambda x: fmt_money(x.amount_excl_cents),
                   sort_key=lambda x: x.amount_excl_cents, align=RIGHT),
        ], parent)
        self.credited = dict(credited)
        self._checked = {x.id for x in lines if self.can_check(x)}
        self.set_rows(lines)

    def can_check(self, line: InvoiceLineRow) -> bool:
        return bool(line.amount_excl_cents) and line.id not in self.credited

    def _tip(self, line: InvoiceLineRow) -> str | None:
        if line.id in self.credited:
            return translate("CreditLinesModel", "Already credited by {number}").format(
                number=self.credited[line.id])
        if not line.amount_excl_cents:
            return translate("CreditLinesModel", "A line of {amount}: nothing to credit"
                             ).format(amount=fmt_money(0))
        return line.label

    # -- check state ----------------------------------------------------------------------

    def creditable(self) -> list[InvoiceLineRow]:
        return [x for x in self.rows() if self.can_check(x)]

    def checked(self) -> list[InvoiceLineRow]:
        """The lines checked, by position."""
        return sorted((x for x in self.rows() if x.id in self._checked),
                      key=lambda x: x.position)

    def set_checked(self, position: int, on: bool) -> bool:
        """Check or uncheck the line at ``position`` (its number on the invoice)."""
        row = self.find_row(lambda x: x.position == position)
        return row >= 0 and self.setData(self.index(row, 0), CHECKED if on else UNCHECKED,
                                         CHECK)

    def check_all(self, on: bool = True) -> None:
        self._checked = {x.id for x in self.creditable()} if on else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0),
                                  [CHECK])
        self.sig_checked.emit()

    def toggle(self, row: int) -> bool:
        """Check or uncheck the line shown at ``row`` (the Space key)."""
        if not 0 <= row < self.rowCount():
            return False
        index = self.index(row, 0)
        on = index.data(CHECK) != CHECKED
        return self.setData(index, CHECKED if on else UNCHECKED, CHECK)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            if self.can_check(self.row_at(index)):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == CHECK:
            if index.column() != 0:
                return None
            return CHECKED if self.row_at(index).id in self._checked else UNCHECKED
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self._tip(self.row_at(index))
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != CHECK or not index.isValid() or index.column() != 0:
            return False
        line = self.row_at(index)
        if not self.can_check(line):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        if state == CHECKED:
            self._checked.add(line.id)
        else:
            self._checked.discard(line.id)
        self.dataChanged.emit(index, index, [CHECK])
        self.sig_checked.emit()
        return True


# -- the credit note ----------------------------------------------------------------------

class CreditNoteDialog(QDialog):
    """``CreditNoteDialog(engine, detail, credited)``: ``credited`` maps the ids of lines an
    earlier credit note took to its number. After ``exec()`` accepted, ``issued`` is the
    credit note written."""

    def __init__(self, engine: Engine, detail: InvoiceDetail,
                 credited: Mapping[int, str] | None = None, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.detail = detail
        self.issued: InvoiceDetail | None = None
        self.today = today or timeutil.local_today()
        self.model = CreditLinesModel(detail.lines, credited or {}, self)
        self.setWindowTitle(self.tr("Credit note on {number}").format(number=detail.number))
        self.setMinimumWidth(760)
        self._build()
        self.model.sig_checked.connect(self._update_total)
        self._update_total()

    def _build(self) -> None:
        row = self.detail.row
        intro_text = self.tr("{customer} — invoice {number} of {date}, total {total} incl. VAT"
                             ).format(customer=html.escape(row.customer.name),
                                      number=row.number, date=fmt_date(row.issued_on),
                                      total=fmt_money(row.total_incl_cents))
        extra = []
        if row.credited_cents:
            extra.append(self.tr("Already credited: {amount}").format(
                amount=fmt_money(row.credited_cents)))
        if row.paid_cents:
            extra.append(self.tr("Already paid: {amount} (a credit note refunds nothing by "
                                 "itself)").format(amount=fmt_money(row.paid_cents)))
        if extra:
            intro_text += "<br><span style='color:#607d8b'>" + html.escape(
                " · ".join(extra)) + "</span>"
        intro = QLabel(intro_text)
        intro.setWordWrap(True)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Lines to credit"))
        self.view.setToolTip(self.tr("Checked lines are credited; all of them: the whole "
                                     "invoice (Space checks or unchecks a line)"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        # the number's column: its title and the sort arrow
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.view.fontMetrics().horizontalAdvance("No.  000") + 40)
        self.view.setSortingEnabled(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.installEventFilter(self)
        # as high as the lines (up to 8; a longer invoice scrolls and the dialog may grow)
        rows = self.model.rowCount()
        height = header.sizeHint().height() + 26 * min(max(rows, 2), 8) \
            + 2 * self.view.frameWidth() + 2
        self.view.setMinimumHeight(height)
        if rows <= 8:
            self.view.setMaximumHeight(height)
        self.lines_error = error_label()

        self.all_button = QPushButton(self.tr("&Whole invoice"))
        self.all_button.setToolTip(self.tr("Check every line that can still be credited"))
        self.all_button.clicked.connect(lambda: self.model.check_all(True))
        self.none_button = QPushButton(self.tr("Chec&k none"))
        self.none_button.setToolTip(self.tr("Uncheck every line, to check a few"))
        self.none_button.clicked.connect(lambda: self.model.check_all(False))
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Total of the credit note"))
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        under = QHBoxLayout()
        under.setSpacing(6)
        under.addWidget(self.all_button)
        under.addWidget(self.none_button)
        under.addStretch(1)
        under.addWidget(self.total_label)

        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why this credit note: wrong price, "
                                                    "booking cancelled…"))
        self.reason_edit.setToolTip(self.tr("Required; printed on the credit note "
                                            "({max} characters at most)").format(max=REASON_MAX))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 3 + 16)
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.reason_count = QLabel()
        self.reason_count.setProperty("muted", True)
        self.reason_error = error_label()

        self.date_edit = QDateEdit(qdate(self.today))
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(qdate(min(row.issued_on, self.today)))
        self.date_edit.setMaximumDate(qdate(self.today))
        self.date_edit.setAccessibleName(self.tr("Issue date"))
        self.date_edit.setToolTip(self.tr("The date printed on the credit note: not before "
                                          "the invoice, not in the future"))
        self.date_error = error_label()
        self.general_error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("R&eason"), with_below(self.reason_edit, self.reason_count,
                                              self.reason_error))
        form.addRow(self.tr("Issue &date"), with_below(self.date_edit, self.date_error))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Issue the credit note"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.field_errors = FieldErrors(self.general_error, {
            "lines": (self.view, self.lines_error),
            "reason": (self.reason_edit, self.reason_error),
            "issued_on": (self.date_edit, self.date_error),
        }, key_fields={"line_already_credited": "lines", "nothing_to_credit": "lines",
                       "invoice_line_not_found": "lines"}, on_show=self.adjustSize)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lines_title = QLabel(self.tr("&Lines to credit"))
        lines_title.setBuddy(self.view)
        lay.addWidget(lines_title)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.lines_error)
        lay.addLayout(under)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self._reason_changed()
        self.reason_edit.setFocus()

    # -- behaviour ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space in the lines checks or unchecks the current line, whatever its column."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space:
            self.model.toggle(self.view.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def _reason_changed(self) -> None:
        self.field_errors.clear_field("reason")
        n = len(self.reason_edit.toPlainText().strip())
        self.reason_count.setText(self.tr("{n} / {max} characters").format(n=n, max=REASON_MAX))

    def positions(self) -> list[int] | None:
        """The positions to credit; None for the whole invoice (every line that can be)."""
        checked = self.model.checked()
        if len(checked) == len(self.model.creditable()):
            return None
        return [x.position for x in checked]

    def credit_total(self) -> Totals:
        return credit_totals(self.model.checked())

    def _update_total(self) -> None:
        self.field_errors.clear_field("lines")
        checked = self.model.checked()
        creditable = self.model.creditable()
        t = credit_totals(checked)
        self.total_label.setText(self.tr("Credit note: <b>{incl}</b> incl. VAT "
                                         "({excl} excl. VAT)").format(
            incl=fmt_money(t.incl_cents), excl=fmt_money(t.excl_cents)))
        self.ok_button.setEnabled(bool(checked))
        if not creditable:
            self.field_errors.show_message("lines", self.tr(
                "Every line of this invoice is already credited: nothing is left to credit."))
        self.all_button.setEnabled(len(checked) < len(creditable))
        self.none_button.setEnabled(bool(checked))

    def issued_on(self) -> date:
        q = self.date_edit.date()
        return date(q.year(), q.month(), q.day())

    def reason(self) -> str:
        """The reason typed; ValidationError naming ``reason`` when empty or too long (the
        service's own check, made before asking for the confirmation)."""
        text = self.reason_edit.toPlainText()
        validation.text(text, "reason", required=True, max_len=REASON_MAX)
        return text.strip()

    def accept(self) -> None:
        self.field_errors.clear()
        checked = self.model.checked()
        if not checked:
            self.field_errors.show_message("lines", self.tr("Check at least one line to "
                                                            "credit."))
            return
        try:
            reason = self.reason()
        except ValidationError as exc:
            self.field_errors.show(exc)
            return
        number = self.detail.number
        total = self.credit_total()
        answer = QMessageBox.question(
            self, self.tr("Issue a credit note"),
            self.tr("Issue the credit note of {amount} incl. VAT on {number}? A credit note "
                    "once issued can no longer be changed.").format(
                amount=fmt_money(total.incl_cents), number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        engine, actor, day = self.engine, security.actor(), self.issued_on()
        positions = self.positions()

        def work(_progress: Any) -> InvoiceDetail:
            from tierslieu.services.billing import invoicing

            return invoicing.credit_note(engine, number, reason=reason, positions=positions,
                                         issued_on=day, actor=actor)

        self._busy(True)
        run_task(self, work, on_done=self._done, on_error=self._failed,
                 label=self.tr("Issuing the credit note…"))

    def reject(self) -> None:
        if self.buttons.isEnabled():       # not while the credit note is being written
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _done(self, note: InvoiceDetail) -> None:
        self._busy(False)
        self.issued = note
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, TiersLieuError):
            self.field_errors.show(exc)
        else:
            show_error(self, exc)


# -- a payment reversal -------------------------------------------------------------------

class ReversePaymentDialog(QDialog):
    """Cancel one payment of an invoice by a reversing entry. After ``exec()`` accepted,
    ``original`` is the payment cancelled and ``reversal`` the entry written."""

    def __init__(self, engine: Engine, detail: InvoiceDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.detail = detail
        self.original: PaymentRow | None = None
        self.reversal: PaymentRow | None = None
        self.setWindowTitle(self.tr("Cancel a payment of {number}").format(
            number=detail.number))
        self.setMinimumWidth(480)
        self._build()

    def _build(self) -> None:
        intro = QLabel(self.tr("The payment stays in the log; a reversing entry of the same "
                               "amount cancels it: that amount is due again on {number}."
                               ).format(
            number=self.detail.number))
        intro.setWordWrap(True)
        self.payment_combo = QComboBox()
        self.payment_combo.setAccessibleName(self.tr("Payment"))
        self.payment_combo.setToolTip(self.tr("The payment to cancel"))
        for p in reversible(self.detail.payments):
            text = payment_text(p)
            if p.reference:
                text += f" — {p.reference}"
            self.payment_combo.addItem(text, p.id)
        self.payment_combo.setMinimumContentsLength(30)
        self.payment_error = error_label()
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("Cheque bounced, recorded twice…"))
        self.reason_edit.setToolTip(self.tr("Required; kept with the reversing entry"))
        self.reason_error = error_label()
        self.general_error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Payment"), with_below(self.payment_combo, self.payment_error))
        form.addRow(self.tr("&Reason"), with_below(self.reason_edit, self.reason_error))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel the pa&yment"))
        self.ok_button.setEnabled(self.payment_combo.count() > 0)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Close"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field_errors = FieldErrors(self.general_error, {
            "payment": (self.payment_combo, self.payment_error),
            "reason": (self.reason_edit, self.reason_error),
        }, key_fields={"payment_already_reversed": "payment", "payment_not_found": "payment"},
            on_show=self.adjustSize)
        self.reason_edit.textChanged.connect(lambda _t: self.field_errors.clear_field("reason"))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def reject(self) -> None:
        if self.buttons.isEnabled():       # not while the reversal is being written
            super().reject()

    def chosen(self) -> PaymentRow | None:
        wanted = self.payment_combo.currentData()
        return next((p for p in self.detail.payments if p.id == wanted), None)

    def choose(self, payment_id: int) -> bool:
        index = self.payment_combo.findData(payment_id)
        if index >= 0:
            self.payment_combo.setCurrentIndex(index)
        return index >= 0

    def accept(self) -> None:
        self.field_errors.clear()
        payment = self.chosen()
        if payment is None:
            self.field_errors.show(ValidationError("required", "payment"))
            return
        try:
            reason = validation.text(self.reason_edit.text(), "reason", required=True,
                                     max_len=REASON_MAX)
        except ValidationError as exc:
            self.field_errors.show(exc)
            return
        number = self.detail.number
        answer = QMessageBox.question(
            self, self.tr("Cancel a payment"),
            self.tr("Cancel the payment of {payment} on {number}? A reversing entry is "
                    "written; it cannot be undone.").format(payment=payment_text(payment),
                                                           number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        engine, actor, payment_id = self.engine, security.actor(), payment.id

        def work(_progress: Any) -> PaymentRow:
            from tierslieu.services.billing import payments

            return payments.reverse(engine, payment_id, reason=reason, actor=actor)

        def done(reversal: PaymentRow) -> None:
            self.buttons.setEnabled(True)
            self.original, self.reversal = payment, reversal
            QDialog.accept(self)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, TiersLieuError):
                self.field_errors.show(exc)
            else:
                show_error(self, exc)

        self.buttons.setEnabled(False)
        run_task(self, work, on_done=done, on_error=failed,
                 label=self.tr("Cancelling the payment…"))


__all__ = ["CreditLinesModel", "CreditNoteDialog", "ReversePaymentDialog", "credit_totals",
           "payment_text", "reversible"]
