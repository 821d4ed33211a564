"""A customer's account in one line, for their file (the member and organisation dialogs):
« 3 factures · reste dû 153,00 € dont 73,80 € en retard (F2026-00088, F2026-00141) ».

Read off the GUI thread through :func:`tierslieu.services.billing.payments.account`; shown
only to the roles that may read billing (the others never ask the service).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from tierslieu import security
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.gui.tasks import run_task
from tierslieu.services.billing.dto import CustomerAccount

SHOWN_NUMBERS = 3          # unpaid invoice numbers named; the others are counted


class AccountBox(QWidget):
    """``box.load(engine, ("person", 12))``: what that customer was invoiced and owes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account: CustomerAccount | None = None
        title = QLabel(self.tr("Billing:"), self)
        title.setProperty("muted", True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)
        self.setVisible(False)

    def load(self, engine: Any, customer: tuple[str, int]) -> None:
        """Ask the billing service in the background; hidden without billing.read."""
        if not security.allowed("billing.read"):
            self.setVisible(False)
            return
        from tierslieu.services.billing import payments

        self.label.setText(self.tr("Loading…"))
        self.setVisible(True)
        run_task(self, lambda _progress: payments.account(engine, customer),
                 on_done=self.show_account, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.label.setText(self.tr("Not available: %1").replace("%1", str(exc)))

    def show_account(self, acc: CustomerAccount) -> None:
        self.account = acc
        self.setVisible(True)
        if not acc.invoices:
            self.label.setText(self.tr("no invoice yet."))
            self.label.setToolTip("")
            return
        parts = [self.tr("%n invoice(s), the last %1 of %2", "", acc.invoices)
                 .replace("%1", acc.last_number)
                 .replace("%2", fmt_date(acc.last_issued_on) if acc.last_issued_on else "")]
        if acc.balance_cents <= 0:
            parts.append(self.tr("nothing due"))
        else:
            due = self.tr("still due %1").replace("%1", fmt_money(acc.balance_cents))
            if acc.overdue_cents:
                due += " " + self.tr("(%1 overdue)").replace("%1",
                                                          fmt_money(acc.overdue_cents))
            named = ", ".join(acc.unpaid[:SHOWN_NUMBERS])
            more = len(acc.unpaid) - SHOWN_NUMBERS
            if more > 0:
                named += " " + self.tr("and %n more", "", more)
            parts.append(f"{due} — {named}")
        self.label.setText(" · ".join(parts))
        self.label.setProperty("error", bool(acc.overdue_cents))
        self.label.setToolTip(self.tr("Invoiced in all: %1. The Billing page (Ctrl+8) shows "
                                      "the invoices and records payments.")
                              .replace("%1", fmt_money(acc.invoiced_cents)))
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
