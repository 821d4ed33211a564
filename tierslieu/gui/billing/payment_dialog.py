"""Record a payment of an invoice: amount (default what is left), method, date, reference.

The amount is typed in euros (« 10,50 » or « 10.50 ») and parsed by
:func:`tierslieu.money.parse_euros` into cents; everything else is checked by
:func:`tierslieu.services.billing.payments.record`, whose errors land under the field they
name, nothing written. A payment is never edited: a mistake is cancelled by a reversal
(``tierslieu billing payment reverse``), so the dialog shows what will be left to pay
before « Record ».
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from tierslieu import security, timeutil
from tierslieu.errors import TiersLieuError, ValidationError
from tierslieu.gui.billing.common import euros_text, qdate, with_below
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.fmt import fmt_money
from tierslieu.i18n import choice_label
from tierslieu.money import parse_euros
from tierslieu.services.billing import payments
from tierslieu.services.billing.dto import InvoiceRow, PaymentRow


class PaymentDialog(QDialog):
    """``PaymentDialog(engine, row)``; after ``exec()`` accepted, ``saved`` is the payment."""

    def __init__(self, engine: Engine, row: InvoiceRow, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.row = row
        self.saved: PaymentRow | None = None
        self.today = today or timeutil.local_today()
        self.setWindowTitle(self.tr("Payment of {number}").format(number=row.number))
        self.setMinimumWidth(460)
        self._build()
        self._update_summary()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setProperty("error", True)
        label.setWordWrap(True)
        label.hide()
        return label

    def _build(self) -> None:
        row = self.row
        intro = QLabel(self.tr("{customer} — total {total}, still due <b>{due}</b>").format(
            customer=html.escape(row.customer.name), total=fmt_money(row.total_incl_cents),
            due=fmt_money(row.balance_cents)))
        intro.setWordWrap(True)

        self.amount_edit = QLineEdit(euros_text(row.balance_cents))
        self.amount_edit.setToolTip(self.tr("Amount received in euros, e.g. 10,50"))
        self.amount_edit.setAccessibleName(self.tr("Amount"))
        self.amount_edit.textChanged.connect(self._amount_changed)
        self.amount_error = self._error_label()
        self.summary = QLabel()
        self.summary.setProperty("muted", True)

        self.method_combo = QComboBox()
        for method in payments.PAYMENT_METHODS:
            self.method_combo.addItem(choice_label(method), method)
        self.method_combo.setToolTip(self.tr("How the customer paid"))
        self.method_error = self._error_label()

        self.date_edit = QDateEdit(qdate(self.today))
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(qdate(self.today))
        self.date_edit.setToolTip(self.tr("The day the money was received (not in the future)"))
        self.date_error = self._error_label()

        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Transfer label, cheque number…"))
        self.reference_edit.setToolTip(self.tr("A reference to find the payment on the "
                                               "bank statement"))
        self.reference_error = self._error_label()
        self.note_edit = QLineEdit()
        self.note_edit.setToolTip(self.tr("A note kept with the payment"))
        self.note_error = self._error_label()
        self.general_error = self._error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Amount (€)"), with_below(self.amount_edit, self.amount_error,
                                                  self.summary))
        form.addRow(self.tr("&Method"), with_below(self.method_combo, self.method_error))
        form.addRow(self.tr("Da&te"), with_below(self.date_edit, self.date_error))
        form.addRow(self.tr("&Reference"), with_below(self.reference_edit, self.reference_error))
        form.addRow(self.tr("N&ote"), with_below(self.note_edit, self.note_error))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record the payment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.field_errors = FieldErrors(self.general_error, {
            "amount": (self.amount_edit, self.amount_error),
            "method": (self.method_combo, self.method_error),
            "paid_on": (self.date_edit, self.date_error),
            "reference": (self.reference_edit, self.reference_error),
            "note": (self.note_edit, self.note_error),
        }, key_fields={"payment_exceeds_balance": "amount"}, on_show=self.adjustSize)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    # -- behaviour ------------------------------------------------------------------------

    def _amount_changed(self, _text: str) -> None:
        self.field_errors.clear_field("amount")
        self._update_summary()

    def _update_summary(self) -> None:
        """« Reste dû après ce paiement : 337,50 € » while the amount reads as one."""
        try:
            cents = parse_euros(self.amount_edit.text(), "amount")
        except ValidationError:
            cents = None
        left = self.row.balance_cents - (cents or 0)
        if not cents:
            text = ""
        elif left < 0:
            text = self.tr("More than the {due} still due").format(
                due=fmt_money(self.row.balance_cents))
        else:
            text = self.tr("Left to pay after this payment: {left}").format(left=fmt_money(left))
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def amount_cents(self) -> int:
        """The amount typed, in cents; ValidationError naming ``amount`` when it is not one."""
        cents = parse_euros(self.amount_edit.text(), "amount")
        if cents is None:
            raise ValidationError("required", "amount")
        return cents

    def paid_on(self) -> date:
        q = self.date_edit.date()
        return date(q.year(), q.month(), q.day())

    def accept(self) -> None:
        self.field_errors.clear()
        try:
            self.saved = payments.record(
                self.engine, self.row.number, self.amount_cents(),
                str(self.method_combo.currentData()), paid_on=self.paid_on(),
                reference=self.reference_edit.text(), note=self.note_edit.text(),
                actor=security.actor())
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return
        super().accept()


__all__ = ["PaymentDialog", "euros_text"]
