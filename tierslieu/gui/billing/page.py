"""The Billing page (« Facturation »): the month's billing run, the invoices and their
payments, the debtors.

Three tabs, each loading the first time it is shown (never in ``__init__``), all through
the billing services (:mod:`tierslieu.services.billing`), which check the user's role:

* « Facturation du mois » (:class:`RunTab`): preview a month's invoices with each line's
  explanation, then issue them after a confirmation;
* « Factures » (:class:`InvoicesTab`): every invoice and credit note, filtered, with its
  detail, PDF, Factur-X and payments;
* « Impayés » (:class:`DebtorsTab`): the aged debtors, per customer;
* « Abonnements » (:class:`SubscriptionsTab`): who is subscribed to which plan, new
  subscriptions, ends and plan changes, and the plans themselves.

Invoices just issued open in the Invoices tab; a debtor opens their oldest unpaid invoice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from tierslieu import security
from tierslieu.gui import settings_store
from tierslieu.gui.billing.debtors_tab import DebtorsTab
from tierslieu.gui.billing.invoices_tab import InvoicesTab
from tierslieu.gui.billing.run_tab import RunTab
from tierslieu.gui.billing.subscriptions_tab import SubscriptionsTab
from tierslieu.gui.context import AppContext

SETTINGS_KEY = "billing_page"


class BillingPage(QWidget):
    """Page protocol: ``icon_name``, ``page_title``, ``refresh``, ``focus_search``, ``new_item``."""

    icon_name = "billing"

    sig_status = Signal(str)
    """text for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.run_tab = RunTab(ctx, self)
        self.invoices_tab = InvoicesTab(ctx, self)
        self.debtors_tab = DebtorsTab(ctx, self)
        self.subscriptions_tab = SubscriptionsTab(ctx, self)
        self.search_edit = self.invoices_tab.search_edit     # Ctrl+F lands there
        self.tabs.addTab(self.run_tab, self.tr("Monthly &billing"))
        self.tabs.addTab(self.invoices_tab, self.tr("&Invoices"))
        self.tabs.addTab(self.debtors_tab, self.tr("&Debtors"))
        self.tabs.addTab(self.subscriptions_tab, self.tr("&Subscriptions"))
        self.tabs.setTabToolTip(0, self.tr("Preview a month's invoices, each line explained, "
                                           "then issue them"))
        self.tabs.setTabToolTip(1, self.tr("Every invoice and credit note: detail, PDF, "
                                           "Factur-X and payments"))
        self.tabs.setTabToolTip(2, self.tr("What each customer still owes, by age"))
        self.tabs.setTabToolTip(3, self.tr("Who is subscribed to which plan; new "
                                           "subscriptions, ends, plan changes and the plans"))
        self._loaded: set[int] = set()      # the tabs loaded once (the others wait to be shown)
        for tab in (self.run_tab, self.invoices_tab, self.debtors_tab,
                    self.subscriptions_tab):
            tab.sig_status.connect(self.sig_status)
        self.run_tab.sig_issued.connect(self._issued)
        self.debtors_tab.sig_open_invoice.connect(self.show_invoice)
        self.tabs.currentChanged.connect(self._on_tab)
        # a role without billing.read (incubator staff) is told so, and nothing is asked
        self.denied = QLabel(self.tr("Your role does not give access to billing.\n"
                                     "An administrator or a front-desk manager can bill."))
        self.denied.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.denied.setProperty("muted", True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.denied)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 6)
        lay.addWidget(self.stack)
        tab = settings_store.settings().value(f"{SETTINGS_KEY}/tab")
        if tab not in (None, ""):
            self.tabs.setCurrentIndex(int(str(tab)))

    # -- page protocol --------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Billing")

    def refresh(self) -> None:
        """F5: reload the tab on screen; the others reload when next shown."""
        if not self.allowed():
            return
        self._loaded = {self.tabs.currentIndex()}
        self._current().refresh()

    def focus_search(self) -> None:
        """Ctrl+F: the subscriptions' search on that tab, the invoices' everywhere else."""
        if self.tabs.currentWidget() is self.subscriptions_tab:
            self.subscriptions_tab.focus_search()
            return
        self.tabs.setCurrentWidget(self.invoices_tab)
        self.invoices_tab.focus_search()

    def new_item(self) -> None:
        """Ctrl+N: a new subscription."""
        self.tabs.setCurrentWidget(self.subscriptions_tab)
        self.subscriptions_tab.new_subscription()

    def show_invoice(self, number: str) -> None:
        """The Invoices tab, on that invoice."""
        self.tabs.setCurrentWidget(self.invoices_tab)
        self.invoices_tab.show_invoice(number)

    # -- tabs -----------------------------------------------------------------------------

    def _current(self) -> Any:
        return self.tabs.currentWidget()

    def allowed(self) -> bool:
        return security.allowed("billing.read")

    def _on_tab(self, index: int) -> None:
        settings_store.settings().setValue(f"{SETTINGS_KEY}/tab", index)
        if self.isVisible() and self.allowed() and index not in self._loaded:
            self._loaded.add(index)
            self._current().refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.stack.setCurrentWidget(self.tabs if self.allowed() else self.denied)
        self._on_tab(self.tabs.currentIndex())

    def _issued(self, numbers: list[str]) -> None:
        """New invoices: the debtors change, and the invoices open on the first of them."""
        self._loaded.discard(self.tabs.indexOf(self.debtors_tab))
        self._loaded.add(self.tabs.indexOf(self.invoices_tab))
        if numbers:
            self.show_invoice(numbers[0])
        self.invoices_tab.refresh()
