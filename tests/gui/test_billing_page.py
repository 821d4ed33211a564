"""The Billing page in the main window: Ctrl+8, its tabs loading when first shown, a
debtor opening their invoice, and a role without billing told so instead of refused."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tierslieu import security
from tierslieu.gui.main_window import PAGE_INDEX, MainWindow
from tierslieu.services.billing import payments


@pytest.fixture
def window(demo_ctx: Any, qtbot: Any) -> Iterator[MainWindow]:
    w = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    security.set_session(None)


def _calls(monkeypatch: Any, tab: Any) -> list[str]:
    """Each refresh() of ``tab``, recorded (and still run)."""
    seen: list[str] = []
    real = tab.refresh

    def spy() -> None:
        seen.append(type(tab).__name__)
        real()

    monkeypatch.setattr(tab, "refresh", spy)
    return seen


def test_ctrl_8_opens_billing_and_tabs_load_when_shown(window: MainWindow, qtbot: Any,
                                                      monkeypatch: Any) -> None:
    index = PAGE_INDEX["billing_page"]
    assert window.sidebar.item(index).text() == "Billing"
    assert window.page_group.actions()[index].shortcut().toString() == "Ctrl+8"
    assert window.page_group.actions()[PAGE_INDEX["settings_page"]].shortcut().toString() \
        == "Ctrl+0"
    page = window.page(index)        # built, not shown: nothing loaded yet
    page.tabs.setCurrentWidget(page.run_tab)
    loads = [_calls(monkeypatch, t) for t in (page.run_tab, page.invoices_tab,
                                             page.debtors_tab)]
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page and window.title_label.text() == "Billing"
    assert [len(x) for x in loads] == [1, 0, 0]          # only the tab on screen
    page.tabs.setCurrentWidget(page.debtors_tab)
    page.tabs.setCurrentWidget(page.run_tab)
    assert [len(x) for x in loads] == [1, 0, 1]          # once each, when first shown
    window.refresh()                                     # F5: the tab on screen again
    assert [len(x) for x in loads] == [2, 0, 1]
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.settings_page


def test_a_debtor_opens_their_oldest_unpaid_invoice(window: MainWindow, demo_ctx: Any,
                                                    qtbot: Any) -> None:
    window.show_page(PAGE_INDEX["billing_page"])
    page = window.billing_page
    page.tabs.setCurrentWidget(page.debtors_tab)
    report = payments.aged_debtors(demo_ctx.engine)
    first = next(r for r in report.rows if r.invoices)
    page.debtors_tab.sig_open_invoice.emit(first.invoices[0])
    assert page.tabs.currentWidget() is page.invoices_tab
    qtbot.waitUntil(lambda: page.invoices_tab.current_number() == first.invoices[0],
                    timeout=5000)


def test_a_role_without_billing_is_told_so(demo_ctx: Any, qtbot: Any,
                                          monkeypatch: Any) -> None:
    security.set_session(security.Principal("incubation", "test-incubation"))
    try:
        w = MainWindow(demo_ctx, remember=False)
        qtbot.addWidget(w)
        page = w.page(PAGE_INDEX["billing_page"])
        loads = [_calls(monkeypatch, t) for t in (page.run_tab, page.invoices_tab,
                                                 page.debtors_tab)]
        w.show()
        w.show_page(PAGE_INDEX["billing_page"])
        assert page.stack.currentWidget() is page.denied and page.denied.isVisible()
        page.refresh()
        assert [len(x) for x in loads] == [0, 0, 0]       # nothing asked, no error dialog
    finally:
        security.set_session(None)


def test_a_members_and_an_organisations_file_show_their_account(demo_ctx: Any,
                                                                qtbot: Any) -> None:
    from tierslieu.gui.dialogs.member_dialog import MemberDialog
    from tierslieu.gui.dialogs.organization_dialog import OrganizationDialog
    from tierslieu.gui.fmt import fmt_money

    engine = demo_ctx.engine
    report = payments.aged_debtors(engine)
    for kind, dialog_class in (("person", MemberDialog), ("organization", OrganizationDialog)):
        row = next(r for r in report.rows if r.customer and r.customer.kind == kind)
        acc = payments.account(engine, row.customer.key)
        assert acc.balance_cents == row.total_cents > 0
        dialog = dialog_class(demo_ctx, row.customer.id)
        qtbot.addWidget(dialog)
        box = dialog.account_box
        qtbot.waitUntil(lambda b=box: b.account is not None, timeout=5000)
        text = box.label.text()
        assert box.isVisibleTo(dialog) and fmt_money(acc.balance_cents) in text
        assert acc.unpaid[0] in text and acc.last_number in text
        assert box.label.property("error") == bool(acc.overdue_cents)
    new = MemberDialog(demo_ctx)
    qtbot.addWidget(new)
    assert new.account_box is None                      # nothing to show yet


def test_the_account_is_not_asked_without_billing(demo_ctx: Any, qtbot: Any,
                                                  monkeypatch: Any) -> None:
    from tierslieu.gui.dialogs.member_dialog import MemberDialog

    asked: list[Any] = []
    monkeypatch.setattr(payments, "account", lambda *a, **k: asked.append(a))
    person = next(r.customer for r in payments.aged_debtors(demo_ctx.engine).rows
                  if r.customer and r.customer.kind == "person")
    security.set_session(security.Principal("incubation", "test-incubation"))
    try:
        dialog = MemberDialog(demo_ctx, person.id)
        qtbot.addWidget(dialog)
        assert not dialog.account_box.isVisibleTo(dialog) and asked == []
    finally:
        security.set_session(None)


def test_a_booking_says_what_it_consumed(demo_ctx: Any, qtbot: Any) -> None:
    from tierslieu.gui.dialogs.booking_dialog import BookingDialog
    from tierslieu.services.billing import credits, invoicing

    engine = demo_ctx.engine
    billed = next(c for r in invoicing.list_invoices(engine, month="2026-10", kind="invoice")
                  for c in invoicing.get(engine, r.number).consumptions if c.booking_id)
    want = credits.consumption_for_booking(engine, billed.booking_id)
    assert want.state == "billed" and want.invoice_number
    dialog = BookingDialog(demo_ctx, booking_id=billed.booking_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.consumption is not None, timeout=5000)
    text = dialog.consumption_label.text()
    assert want.explanation in text and want.invoice_number in text
    security.set_session(security.Principal("incubation", "test-incubation"))
    try:                                  # incubator staff read bookings, not billing
        other = BookingDialog(demo_ctx, booking_id=billed.booking_id)
        qtbot.addWidget(other)
        assert other.consumption_label is None
    finally:
        security.set_session(None)
