"""The home page's check-in says what it consumed, and its alerts list shows subscriptions
ending and unpaid invoices (with their own label and icon), on the demo and by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tierslieu.gui.context import AppContext
from tierslieu.gui.dashboard import DashboardPage
from tierslieu.gui.dashboard.models import AlertsModel, alert_items
from tierslieu.gui.fmt import fmt_money
from tierslieu.services import dashboard, members, sites, spaces
from tierslieu.services.billing import plans, subscriptions
from tierslieu.services.billing.dto import PlanInput, SubscriptionInput
from tierslieu.services.dashboard import DashboardAlert
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)      # 11:40 in Paris
DECORATION = Qt.ItemDataRole.DecorationRole


@pytest.fixture
def world(ctx: AppContext) -> dict[str, Any]:
    e = ctx.engine
    site = sites.create(e, "La Fabrique")
    spaces.set_opening_hours(e, site.id, {d: [(time(8), time(20))] for d in range(5)})
    spaces.create_resource(e, ResourceInput(site.id, "Open space", "hot_desk_zone",
                                            capacity=20))
    pack = plans.create(e, PlanInput("Pack 10 journées", "day_pass_pack", 16000, desk_days=10,
                                     billing="once", validity_days=180))
    ana = members.create(e, PersonInput(first_name="Ana", last_name="Lima",
                                        email="ana@exemple.fr"))
    leo = members.create(e, PersonInput(first_name="Léo", last_name="Martin",
                                        email="leo@exemple.fr"))
    subscriptions.create(e, SubscriptionInput(pack.id, "2026-11-02", person_id=ana.id))
    return {"ctx": ctx, "ana": ana, "leo": leo}


def test_check_in_shows_the_day_drawn_or_the_day_pass_to_sell(
        world: dict[str, Any], qtbot: Any) -> None:
    page = DashboardPage(world["ctx"], clock=lambda: NOW)
    qtbot.addWidget(page)
    said: list[str] = []
    page.sig_status.connect(said.append)
    page.search_edit.pick(world["ana"].id, "Ana Lima <ana@exemple.fr>")
    qtbot.mouseClick(page.checkin_button, Qt.MouseButton.LeftButton)
    assert said[0] == "Ana Lima checked in at 11:40 — 1 day drawn, 9 left"
    assert page.checkin_note.text() == said[0] and not page.checkin_note.property("error")
    assert "Pack 10 journées" in page.checkin_note.toolTip()
    assert [v.name for v in page.present_model.rows()] == ["Ana Lima"]  # still let in
    page.search_edit.pick(world["leo"].id, "Léo Martin")
    page.check_in()
    assert page.checkin_note.text() == (
        "Léo Martin checked in at 11:40 — no subscription: offer a day pass")
    assert page.checkin_note.property("error") is True
    assert page.present_model.rowCount() == 2


def test_alert_lines_for_billing() -> None:
    items = alert_items((
        DashboardAlert("milestone_late", "Datagora", "Étude de marché", date(2026, 11, 1), 3),
        DashboardAlert("invoice_unpaid", "Lumen Robotique", "F2026-00082", date(2026, 10, 1),
                       82, amount_cents=72000, days=55),
        DashboardAlert("invoice_unpaid", "Hervé Ménard", "F2026-00047", date(2026, 11, 24),
                       47, amount_cents=4200, days=1),
        DashboardAlert("invoice_unpaid_more", "", "", None, 0, amount_cents=123456, count=57),
        DashboardAlert("subscription_ending", "Nicolas Richard", "Pack 10 journées",
                       date(2026, 11, 30), 57, days=5),
        DashboardAlert("subscription_ending", "Zoé Durand", "Coworking nomade",
                       date(2026, 11, 22), 9, days=-3)), ())
    assert [i.kind for i in items] == ["subscription_ending", "subscription_ending",
                                       "invoice_unpaid", "invoice_unpaid",
                                       "invoice_unpaid_more", "milestone_late"]
    assert items[0].detail == "Pack 10 journées, ends in 5 days"
    assert items[1].detail == "Coworking nomade, ended 3 days ago"
    assert items[0].due == date(2026, 11, 30)                   # in the date column
    # no translator installed: English words, money in the data language (French here)
    assert items[2].detail == f"F2026-00082: {fmt_money(72000)} due, 55 days late"
    assert items[3].detail == f"F2026-00047: {fmt_money(4200)} due, 1 day late"
    assert items[4].detail == f"and 57 more overdue invoices, {fmt_money(123456)} in all"
    assert fmt_money(123456, "fr") == "1\u202f234,56\u00a0€"
    model = AlertsModel()
    model.set_rows(items)
    assert model.index(4, 1).data() == items[4].detail         # no title, no dash
    assert model.index(2, 1).data().startswith("Lumen Robotique — F2026-00082")
    assert [model.index(r, 0).data() for r in (0, 2, 4)] == [
        "Subscription ending", "Unpaid invoice", "Unpaid invoices"]
    icons = [model.index(r, 0).data(DECORATION) for r in range(model.rowCount())]
    assert all(i is not None and not i.isNull() for i in icons)


def test_the_demo_home_page_lists_them(demo_ctx: AppContext, qtbot: Any,
                                       qtmodeltester: Any) -> None:
    page = DashboardPage(demo_ctx, clock=lambda: NOW)
    qtbot.addWidget(page)
    kinds = [a.kind for a in page.alerts_model.rows()]
    assert kinds.count("invoice_unpaid") == dashboard.UNPAID_LISTED
    assert kinds.count("invoice_unpaid_more") == 1 and kinds.count("subscription_ending") == 2
    assert page.alerts_tile.value_label.text() == str(len(kinds))
    qtmodeltester.check(page.alerts_model)
    # a pack holder checks in: the day is drawn from the pack
    raphael = members.find(demo_ctx.engine, "raphael.andre@webmel.example")
    page.search_edit.pick(raphael.id, "Raphaël André")
    page.check_in()
    assert "Raphaël André checked in at 11:40 — 1 day drawn, " in page.checkin_note.text()


def test_an_alert_opens_what_it_is_about(demo_ctx: AppContext, qtbot: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Double-click (Enter) on an alert: a subscription ending or an unpaid invoice opens
    the member's file (or selects the organisation), a late milestone the startup's file
    in the incubator; the window routes each to its page."""
    from tierslieu.gui import tasks
    from tierslieu.gui.dialogs.member_dialog import MemberDialog
    from tierslieu.gui.main_window import PAGE_INDEX, MainWindow
    from tierslieu.services import startups

    window = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(window)
    page = window.dashboard_page
    page.clock = lambda: NOW
    page.refresh()
    items = page.alerts_model.rows()
    opened: list[tuple[str, int]] = []
    for name in ("person", "organization", "startup"):
        getattr(page, f"sig_show_{name}").connect(lambda i, n=name: opened.append((n, i)))

    def activate(item: Any) -> None:
        row = items.index(item)
        page._alert_activated(page.alerts_model.index(row, 1))

    ending = next(a for a in items if a.kind == "subscription_ending" and a.person_id)
    activate(ending)
    assert opened[-1] == ("person", ending.person_id)
    assert window.stack.currentIndex() == PAGE_INDEX["members_page"]
    dialog = window.members_page._dialog
    assert isinstance(dialog, MemberDialog) and dialog.person_id == ending.person_id
    assert f"{dialog.person.first_name} {dialog.person.last_name}" == ending.title
    dialog.close()

    unpaid = [a for a in items if a.kind == "invoice_unpaid"]
    assert unpaid and all((a.person_id is None) != (a.organization_id is None) for a in unpaid)
    by_org = [a for a in unpaid if a.organization_id is not None]
    assert by_org        # the demo bills an organisation too
    # an organisation's invoice: the organisations page, that one selected, also when the
    # page's first load is still on its way as the organisation is asked for (threads)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    activate(by_org[0])
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=10_000)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    assert opened[-1] == ("organization", by_org[0].organization_id)
    assert window.stack.currentIndex() == PAGE_INDEX["organizations_page"]
    assert [o.id for o in window.organizations_page.selected_rows()] == [
        by_org[0].organization_id]

    late = next(a for a in items if a.kind == "milestone_late")
    expected = {a.organization_id: a.startup_name for a in startups.alerts(
        demo_ctx.engine, today=NOW.date(), kinds=("milestone_late",))}
    activate(late)
    assert opened[-1] == ("startup", late.organization_id)
    assert window.stack.currentIndex() == PAGE_INDEX["incubation_page"]
    shown = window.incubation_page.detail.detail
    assert shown is not None and shown.name == expected[late.organization_id] == late.title
