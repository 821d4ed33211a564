"""The home page: who is in, check-in from the page changes the occupancy, visitors,
check-out, notifications, the models, and a screenshot with the demo tiers-lieu."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tierslieu.gui.context import AppContext
from tierslieu.gui.dashboard import DashboardPage
from tierslieu.gui.dashboard.dialogs import VisitorDialog
from tierslieu.gui.dashboard.models import (
    AlertsModel,
    ArrivalsModel,
    DashboardEventsModel,
    PresentModel,
    RoomsModel,
    alert_items,
)
from tierslieu.services import dashboard, members, sites, spaces, visits
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)      # 11:40 in Paris


@pytest.fixture
def world(ctx: AppContext) -> dict[str, Any]:
    e = ctx.engine
    site = sites.create(e, "La Fabrique")
    spaces.set_opening_hours(e, site.id, {d: [(time(8), time(20))] for d in range(5)})
    spaces.create_resource(e, ResourceInput(site.id, "Open space", "hot_desk_zone",
                                            capacity=20))
    spaces.create_resource(e, ResourceInput(site.id, "Salle Curie", "meeting_room", capacity=8))
    ana = members.create(e, PersonInput(first_name="Ana", last_name="Lima",
                                        email="ana@exemple.fr"))
    leo = members.create(e, PersonInput(first_name="Léo", last_name="Martin",
                                        email="leo@exemple.fr"))
    return {"ctx": ctx, "ana": ana, "leo": leo}


@pytest.fixture
def page(world: dict[str, Any], qtbot: Any) -> DashboardPage:
    p = DashboardPage(world["ctx"], clock=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    return p


def test_check_in_from_the_page_changes_the_occupancy(page: DashboardPage,
                                                       world: dict[str, Any],
                                                       qtbot: Any) -> None:
    assert page.present_model.rowCount() == 0
    assert page.present_panel.empty_label.isVisible()
    assert page.occupancy_tile.value_label.text() == "0 %"
    page.search_edit.pick(world["ana"].id, "Ana Lima <ana@exemple.fr>")
    qtbot.mouseClick(page.checkin_button, Qt.MouseButton.LeftButton)
    assert [v.name for v in page.present_model.rows()] == ["Ana Lima"]
    assert page.present_tile.value_label.text() == "1"
    assert page.occupancy_tile.value_label.text() == "5 %"            # 1 of 20 seats
    assert not page.present_panel.empty_label.isVisible()
    assert page.search_edit.text() == ""
    # typing a unique name works too, then the same member again is refused with a message
    page.search_edit.setText("léo")
    page.check_in()
    assert page.present_tile.value_label.text() == "2"
    assert page.occupancy_tile.value_label.text() == "10 %"


def test_checking_in_twice_shows_the_reason(page: DashboardPage, world: dict[str, Any],
                                            msgbox: Any) -> None:
    visits.check_in(world["ctx"].engine, world["ana"].id, now=NOW - timedelta(hours=1))
    page.refresh()
    page.search_edit.pick(world["ana"].id, "Ana Lima")
    page.check_in()
    assert msgbox.kinds() == ["warning"] and "10:40" in msgbox.last[2]
    assert page.present_model.rowCount() == 1


def test_check_out_the_selected_person(page: DashboardPage, world: dict[str, Any]) -> None:
    visits.check_in(world["ctx"].engine, world["ana"].id, now=NOW - timedelta(hours=1))
    page.refresh()
    page.present_panel.view.selectRow(0)
    assert page.checkout_button.isEnabled()
    page.check_out()
    assert page.present_model.rowCount() == 0
    assert page.arrivals_model.rows()[0].left_at == NOW


def test_visitor_dialog_notifies_the_host(page: DashboardPage, world: dict[str, Any],
                                          qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = VisitorDialog(world["ctx"], page, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.accept()                                  # nothing filled in: errors in place
    assert dialog.field_errors.errors().keys() == {"host"}
    dialog.host_edit.pick(world["ana"].id, "Ana Lima")
    dialog.accept()
    assert "name" in dialog.field_errors.errors()
    qtbot.keyClicks(dialog.name_edit, "Jean Dupont")
    dialog.company_edit.setText("Dupont & Fils")
    dialog.badge_check.setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None

    def fake_exec(d: VisitorDialog) -> int:
        d.host_edit.pick(world["leo"].id, "Léo Martin")
        d.name_edit.setText("Zoé Roux")
        d.badge_check.setChecked(False)
        d.accept()
        return int(d.result())

    monkeypatch.setattr(VisitorDialog, "exec", fake_exec)
    page.register_visitor()
    names = [v.name for v in page.present_model.rows()]
    assert names == ["Jean Dupont", "Zoé Roux"]
    alerts = page.alerts_model.rows()
    assert [a.kind for a in alerts] == ["notification", "notification"]
    assert "Zoé Roux" in alerts[0].detail
    page.alerts_panel.view.selectRow(0)
    assert page.read_button.isEnabled()
    page.mark_read()
    assert page.alerts_model.rowCount() == 1


def test_badge_is_saved_as_a_pdf(page: DashboardPage, world: dict[str, Any],
                                 file_dialog: Any, tmp_path: Path) -> None:
    from tierslieu.services.visits import VisitorInput

    visit = visits.register_visitor(world["ctx"].engine, VisitorInput(
        "Jean Dupont", world["ana"].id), now=NOW)
    file_dialog.save_path = str(tmp_path / "badge.pdf")
    page.save_badge(visit.id, visit.name)
    assert (tmp_path / "badge.pdf").read_bytes().startswith(b"%PDF")


def test_the_page_refreshes_itself_every_minute(page: DashboardPage) -> None:
    assert page.timer.isActive() and page.timer.interval() == 60_000
    calls = []
    page.refresh = lambda: calls.append(1)  # type: ignore[method-assign]
    page.timer.timeout.emit()
    assert calls == [1]


def test_models_pass_the_model_tester(qtmodeltester: Any, demo_read: Any) -> None:
    data = dashboard.load(demo_read, now=NOW)
    for model, rows in ((PresentModel(), data.present), (ArrivalsModel(), data.arrivals),
                        (RoomsModel(), data.rooms),
                        (DashboardEventsModel(today=True), data.events_today),
                        (DashboardEventsModel(), data.events_week),
                        (AlertsModel(), alert_items(data.alerts, data.notifications))):
        assert rows
        model.set_rows(rows)
        qtmodeltester.check(model)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)


# -- screenshot with the demo tiers-lieu ---------------------------------------------------

def test_screenshot_with_demo_data(demo_ctx: Any, qtbot: Any, shot: Any,
                                   styled_app: Any) -> None:
    p = DashboardPage(demo_ctx, clock=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1440, 900)
    p.show()
    qtbot.waitExposed(p)
    assert p.present_model.rowCount() > 10 and p.rooms_model.rowCount() >= 6
    assert p.events_model.rowCount() == 2 and p.week_model.rowCount() >= 2
    styled_app.processEvents()
    assert shot(p, "dashboard").stat().st_size > 50_000
