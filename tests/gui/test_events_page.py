"""The events page: the editor books rooms (a taken room is refused in place), the
registrations table with waitlist positions, promotion on cancel, check-in, certificates,
teams, the models, and a screenshot with the demo tiers-lieu."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDialog

from tierslieu.gui.context import AppContext
from tierslieu.gui.events import EventsPage
from tierslieu.gui.events.dialogs import EventDialog, RegisterDialog, TeamsDialog
from tierslieu.gui.events.models import EventsModel, RegistrationsModel, TeamMembersModel
from tierslieu.services import bookings, events, members, sites, spaces, teams
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import PersonInput
from tierslieu.services.events import EventInput
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)


def _qdt(y: int, mo: int, d: int, h: int, mi: int = 0) -> QDateTime:
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone.utc())


@pytest.fixture
def world(ctx: AppContext) -> dict[str, Any]:
    e = ctx.engine
    site = sites.create(e, "La Fabrique")
    spaces.set_opening_hours(e, site.id, {d: [(time(8), time(20))] for d in range(7)})
    curie = spaces.create_resource(e, ResourceInput(site.id, "Salle Curie", "meeting_room",
                                                    capacity=12))
    hall = spaces.create_resource(e, ResourceInput(site.id, "Grande halle", "event_hall",
                                                   capacity=120))
    people = [members.create(e, PersonInput(first_name=f, last_name="Test",
                                            email=f"{f.lower()}@exemple.fr", tags=tags))
              for f, tags in (("Ana", ("Python",)), ("Bob", ("Design",)), ("Cyd", ("Data",)),
                              ("Dan", ("Python",)))]
    ev = events.create_event(e, EventInput(
        "Atelier réparation", "workshop", datetime(2026, 12, 3, 14), datetime(2026, 12, 3, 17),
        (curie.id,), capacity=2), now=NOW)
    return {"ctx": ctx, "curie": curie, "hall": hall, "people": people, "event": ev}


@pytest.fixture
def page(world: dict[str, Any], qtbot: Any) -> EventsPage:
    p = EventsPage(world["ctx"], clock=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    return p


def test_list_selects_the_next_event_and_shows_its_registrations(page: EventsPage,
                                                                  world: dict[str, Any]) -> None:
    assert page.model.rowCount() == 1 and page.selected_event().id == world["event"].id
    assert "0 / 2" in page.event_label.text()
    assert page.reg_empty.isVisible()
    page.period_combo.setCurrentIndex(page.period_combo.findData("past"))
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()


def test_editor_creates_an_event_that_books_its_room(page: EventsPage, world: dict[str, Any],
                                                      qtbot: Any) -> None:
    d = EventDialog(world["ctx"], page, clock=lambda: NOW)
    qtbot.addWidget(d)
    qtbot.keyClicks(d.ui.titleEdit, "Hackathon climat")
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("hackathon"))
    d.ui.startEdit.setDateTime(_qdt(2026, 12, 5, 9))
    d.ui.endEdit.setDateTime(_qdt(2026, 12, 5, 19))
    d.set_rooms((world["hall"].id,))
    d.ui.capacitySpin.setValue(60)
    d.ui.priceEdit.setText("12,50")
    d.ui.minSpin.setValue(10)
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted, d.field_errors.errors()
    saved = d.saved
    assert saved is not None and saved.rooms == ("Grande halle",) and saved.price_cents == 1250
    held = bookings.get(world["ctx"].engine, saved.booking_ids[0])
    assert held.title == "Hackathon climat" and held.local_start.hour == 9


def test_editor_shows_the_booking_in_the_way(page: EventsPage, world: dict[str, Any],
                                             qtbot: Any) -> None:
    e = world["ctx"].engine
    taken = bookings.create(e, BookingRequest(world["hall"].id, datetime(2026, 12, 5, 8),
                                              datetime(2026, 12, 5, 10),
                                              world["people"][1].id), now=NOW)
    d = EventDialog(world["ctx"], page, clock=lambda: NOW)
    qtbot.addWidget(d)
    d.ui.titleEdit.setText("Portes ouvertes")
    d.ui.startEdit.setDateTime(_qdt(2026, 12, 5, 9))
    d.ui.endEdit.setDateTime(_qdt(2026, 12, 5, 12))
    d.set_rooms((world["hall"].id,))
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted
    assert f"#{taken.id}" in d.field_errors.errors()["start"]
    d.ui.titleEdit.clear()
    d.ui.priceEdit.setText("douze")
    d.accept()
    assert {"price"} <= d.field_errors.errors().keys()
    assert len(events.list_events(e)) == 1                # nothing written


def test_editing_keeps_the_values(page: EventsPage, world: dict[str, Any], qtbot: Any) -> None:
    d = EventDialog(world["ctx"], page, event_id=world["event"].id, clock=lambda: NOW)
    qtbot.addWidget(d)
    assert d.ui.titleEdit.text() == "Atelier réparation"
    assert d.ui.startEdit.dateTime().time().hour() == 14
    assert d.room_ids() == (world["curie"].id,)
    d.ui.capacitySpin.setValue(5)
    d.accept()
    assert d.saved is not None and d.saved.capacity == 5 and d.saved.rooms == ("Salle Curie",)


def test_register_waitlist_cancel_promotes_and_check_in(page: EventsPage,
                                                        world: dict[str, Any],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    people = world["people"]
    queue = [p.id for p in people[:3]]

    def fake_exec(d: RegisterDialog) -> int:
        d.member_edit.pick(queue.pop(0), "x")
        d.accept()
        return int(d.result())

    monkeypatch.setattr(RegisterDialog, "exec", fake_exec)
    said: list[str] = []
    page.sig_status.connect(said.append)
    for _ in range(3):
        page.register()
    rows = page.reg_model.rows()
    assert [(r.name, r.status, r.position) for r in rows] == [
        ("Ana Test", "registered", None), ("Bob Test", "registered", None),
        ("Cyd Test", "waitlisted", 1)]
    status_col = page.reg_model.column_index("status")
    assert page.reg_model.index(2, status_col).data() == "Waitlist #1"
    page.reg_view.selectRow(0)
    page.cancel_registration()
    rows = {r.name: r for r in page.reg_model.rows()}
    assert rows["Cyd Test"].status == "registered" and rows["Ana Test"].status == "cancelled"
    assert any("Cyd Test" in text and "Ana Test" in text for text in said)
    # at the event: check in
    page.clock = lambda: datetime(2026, 12, 3, 13, 5, tzinfo=UTC)
    page.reg_view.selectRow(page.reg_model.find_row(lambda r: r.name == "Bob Test"))
    assert page.checkin_button.isEnabled()
    page.check_in()
    bob = next(r for r in page.reg_model.rows() if r.name == "Bob Test")
    assert bob.checked_in_at is not None
    assert page.selected_event().checked_in == 1 and page.certificates_button.isEnabled()


def test_outsider_registration_errors_stay_in_the_dialog(page: EventsPage,
                                                          world: dict[str, Any],
                                                          qtbot: Any) -> None:
    d = RegisterDialog(world["ctx"], world["event"], page, clock=lambda: NOW)
    qtbot.addWidget(d)
    d.outside_radio.setChecked(True)
    d.name_edit.setText("Zoé")
    d.email_edit.setText("pas-un-mail")
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted and not d.error_label.isHidden()
    d.email_edit.setText("zoe@dehors.example")
    d.accept()
    assert d.saved is not None and d.saved.person_id is None


def test_certificates_and_teams(page: EventsPage, world: dict[str, Any], file_dialog: Any,
                                tmp_path: Path, qtbot: Any) -> None:
    e = world["ctx"].engine
    ev = world["event"]
    reg = events.register(e, ev.id, person_id=world["people"][0].id, now=NOW)
    events.check_in(e, reg.id, now=datetime(2026, 12, 3, 13, 30, tzinfo=UTC))
    page.refresh()
    file_dialog.save_path = str(tmp_path / "attestations.pdf")
    page.export_certificates()
    assert (tmp_path / "attestations.pdf").read_bytes().startswith(b"%PDF")

    hack = events.create_event(e, EventInput(
        "Hackathon", "hackathon", datetime(2026, 12, 5, 9), datetime(2026, 12, 6, 18),
        (world["hall"].id,), capacity=50, outside_hours=True), now=NOW)
    for p in world["people"]:
        events.register(e, hack.id, person_id=p.id, now=NOW)
    row = events.get_event(e, hack.id)
    d = TeamsDialog(world["ctx"], row, page, clock=lambda: NOW)
    qtbot.addWidget(d)
    d.size_spin.setValue(2)
    d.form()
    assert d.model.rowCount() == 4 and d.team_combo.count() == 2
    # the two Python people are split: each team gets complementary skills
    made = teams.teams(e, hack.id)
    assert all(len(t.skills) == 2 for t in made)
    d.view.selectRow(0)
    d.team_combo.setCurrentIndex(1)
    d.move_member()
    assert sorted(len(t.members) for t in teams.teams(e, hack.id)) in ([1, 3], [2, 2])
    d.publish()
    assert not d.form_button.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester: Any, world: dict[str, Any]) -> None:
    e = world["ctx"].engine
    ev = world["event"]
    for p in world["people"]:
        events.register(e, ev.id, person_id=p.id, now=NOW)
    for model, rows in ((EventsModel(), events.list_events(e)),
                        (RegistrationsModel(), events.registrations(e, ev.id))):
        model.set_rows(rows)
        qtmodeltester.check(model)
        model.sort(3, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
    tm = TeamMembersModel()
    tm.set_teams(teams.form_teams(e, ev.id, team_size=2))
    qtmodeltester.check(tm)


# -- screenshot with the demo tiers-lieu ---------------------------------------------------

def test_screenshot_with_demo_data(demo_ctx: Any, qtbot: Any, shot: Any,
                                   styled_app: Any) -> None:
    p = EventsPage(demo_ctx, clock=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1440, 900)
    p.show()
    qtbot.waitExposed(p)
    row = p.model.find_row(lambda ev: ev.kind == "hackathon"
                           and ev.start_at - NOW < timedelta(days=7))
    assert row >= 0
    p.view.selectRow(row)
    assert p.reg_model.rowCount() > 20
    styled_app.processEvents()
    assert shot(p, "events").stat().st_size > 50_000
