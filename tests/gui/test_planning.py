"""The planning page, its painted view and the booking dialog, on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from tierslieu.gui.dialogs.booking_dialog import (
    BookingDialog,
    build_rrule,
    fmt_money,
)
from tierslieu.gui.planning.model import DAY, WEEK, PlanningModel, load_planning
from tierslieu.gui.planning.page import PlanningPage
from tierslieu.services import bookings, members, sites, spaces
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

TUESDAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)   # 10:00 in Paris


def clock() -> datetime:
    return NOW


def at(hour: int, minute: int = 0, day: date = TUESDAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


@pytest.fixture
def world(ctx: Any) -> dict[str, Any]:
    e = ctx.engine
    site = sites.create(e, "La Fabrique", city="Lyon")
    lovelace = spaces.create_resource(e, ResourceInput(
        site.id, "Salle Lovelace", "meeting_room", capacity=8, hourly_price_cents=2500,
        buffer_minutes=15))
    curie = spaces.create_resource(e, ResourceInput(
        site.id, "Salle Curie", "meeting_room", capacity=12, hourly_price_cents=3500))
    zone = spaces.create_resource(e, ResourceInput(
        site.id, "Open space", "hot_desk_zone", capacity=4, daily_price_cents=1500))
    hall = spaces.create_resource(e, ResourceInput(
        site.id, "Grande halle", "event_hall", capacity=120, bookable_by="staff"))
    spaces.set_opening_hours(e, site.id, {d: [(time(8), time(20))] for d in range(5)})
    helene = members.create(e, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                           email="helene@exemple.fr"))
    loic = members.create(e, PersonInput(first_name="Loïc", last_name="Martin",
                                         email="loic@exemple.fr"))
    meeting = bookings.create(e, BookingRequest(lovelace.id, at(10), at(11), helene.id,
                                                "Point d'équipe", 4, as_staff=True), now=NOW)
    workshop = bookings.create(e, BookingRequest(curie.id, at(14), at(16), loic.id,
                                                 "Atelier vélo", 6, as_staff=True), now=NOW)
    for who in (helene, loic):
        bookings.create(e, BookingRequest(zone.id, at(9), at(13), who.id, as_staff=True),
                        now=NOW)
    return {"ctx": ctx, "site": site, "lovelace": lovelace, "curie": curie, "zone": zone,
            "hall": hall, "helene": helene, "loic": loic, "meeting": meeting,
            "workshop": workshop}


@pytest.fixture
def page(world: dict[str, Any], qtbot: Any) -> PlanningPage:
    p = PlanningPage(world["ctx"], clock=clock)
    qtbot.addWidget(p)
    p.resize(1400, 850)
    p.show()
    qtbot.waitExposed(p)
    return p


def _active(world: dict[str, Any]) -> list[bookings.BookingRow]:
    start = datetime(2026, 11, 30, tzinfo=UTC)
    return bookings.between(world["ctx"].engine, start, start + timedelta(days=60))


def _drag(qtbot: Any, view: Any, a: QPoint, b: QPoint) -> None:
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    mid = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    qtbot.mouseMove(vp, mid)
    qtbot.mouseMove(vp, b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)


def _accept_after(monkeypatch: pytest.MonkeyPatch, prepare: Any = None) -> list[BookingDialog]:
    """BookingDialog.exec saves at once (after ``prepare(dialog)``) instead of blocking."""
    seen: list[BookingDialog] = []

    def fake_exec(self: BookingDialog) -> int:
        seen.append(self)
        if prepare is not None:
            prepare(self)
        self.save()
        return int(self.result())

    monkeypatch.setattr(BookingDialog, "exec", fake_exec)
    return seen


# -- page and model ------------------------------------------------------------------------

def test_page_shows_the_day_bookings_as_blocks(page: PlanningPage, world: dict[str, Any],
                                               qtbot: Any) -> None:
    assert page.icon_name == "planning" and page.page_title() == "Planning"
    assert page.anchor == TUESDAY and page.model.mode == DAY
    names = [r.name for r in page.model.resources]
    assert names == ["Grande halle", "Open space", "Salle Curie", "Salle Lovelace"]
    row = page.model.row_of(world["lovelace"].id)
    (blk,) = page.model.blocks(row)
    assert blk.id == world["meeting"].id and (blk.start_min, blk.end_min) == (600, 660)
    # the zone is drawn as seats taken, not one block per person
    zone_row = page.model.row_of(world["zone"].id)
    assert page.model.occupancy(zone_row, 0) == [(540, 780, 2)]
    assert page.model.span == (7 * 60, 21 * 60)   # 8-20 opening plus an hour each side
    assert page.model.closed_ranges(0) == [(420, 480), (1200, 1260)]
    rect = page.view.block_rect(blk)
    assert page.view.block_at(rect.center().toPoint()).id == blk.id
    assert "Point d'équipe" in page.view.tooltip_for(rect.center().toPoint())
    assert not page.grab().isNull()


def test_status_counts_bookings_and_resources(world: dict[str, Any], qtbot: Any) -> None:
    p = PlanningPage(world["ctx"], clock=clock)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.sig_status) as signal:
        p.refresh()
    assert signal.args[0].startswith("4 ") and " 4 " in signal.args[0]


def test_kind_filter_and_empty_state(page: PlanningPage, world: dict[str, Any]) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("phone_booth"))
    assert page.model.resources == [] and "No resource" in page.view.empty_text
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("meeting_room"))
    assert [r.name for r in page.model.resources] == ["Salle Curie", "Salle Lovelace"]
    assert page.model.booking_count() == 2


def test_week_mode_shows_seven_days_and_the_christmas_holiday(page: PlanningPage,
                                                              qtbot: Any) -> None:
    page.set_mode(WEEK)
    assert page.model.days[0] == date(2026, 11, 30) and len(page.model.days) == 7
    assert page.model.span == (8 * 60, 20 * 60)   # week mode: opening span, no margin
    page.go_to(date(2026, 12, 25))
    friday = page.model.day_index(date(2026, 12, 25))
    assert page.model.closed_reason(friday) == "Noël"
    assert page.model.closed_ranges(friday) == [(480, 1200)]
    assert page.model.closed_reason(page.model.day_index(date(2026, 12, 26))) == "Closed"
    assert "52" in page.range_label.text()
    assert not page.grab().isNull()


def test_navigation_keys_move_the_date(page: PlanningPage, qtbot: Any) -> None:
    view = page.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.anchor == date(2026, 12, 2) and page.model.days == [date(2026, 12, 2)]
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert page.anchor == date(2026, 12, 9)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert page.anchor == TUESDAY
    page.go_to(date(2027, 1, 15))
    assert page.date_edit.date().toPython() == date(2027, 1, 15)
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert page.anchor == TUESDAY


def test_date_edit_and_buttons(page: PlanningPage, qtbot: Any) -> None:
    from PySide6.QtCore import QDate

    page.date_edit.setDate(QDate(2026, 12, 24))
    assert page.anchor == date(2026, 12, 24)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.anchor == date(2026, 12, 25)
    page.set_mode(WEEK)
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.anchor == date(2026, 12, 18)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.anchor == TUESDAY


def test_tab_walks_the_blocks_and_enter_edits(page: PlanningPage, world: dict[str, Any],
                                              qtbot: Any, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert page.view.selected_id == world["meeting"].id      # 10:00 comes before 14:00
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert page.view.selected_id == world["workshop"].id
    edited: list[int] = []
    monkeypatch.setattr(page, "edit_booking", lambda bid: edited.append(bid))
    page.view.sig_edit_requested.disconnect()
    page.view.sig_edit_requested.connect(page.edit_booking)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert edited == [world["workshop"].id]


# -- gestures ------------------------------------------------------------------------------

def test_drag_across_free_time_creates_a_booking(page: PlanningPage, world: dict[str, Any],
                                                 qtbot: Any, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    seen = _accept_after(monkeypatch, lambda d: d.set_member(world["helene"].id))
    curie = world["curie"]
    a = page.view.point_for(curie.id, at(9))
    b = page.view.point_for(curie.id, at(10, 30))
    _drag(qtbot, page.view, a, b)
    (dialog,) = seen
    assert dialog.ui.resourceCombo.currentData() == curie.id
    assert dialog.times() == (at(9), at(10, 30))
    made = [x for x in _active(world) if x.resource_id == curie.id and x.id !=
            world["workshop"].id]
    assert len(made) == 1
    assert (made[0].local_start.replace(tzinfo=None), made[0].local_end.replace(tzinfo=None)) \
        == (at(9), at(10, 30))
    assert made[0].person_id == world["helene"].id and made[0].price_cents == 5250
    assert page.view.selected_id == made[0].id    # the new block is shown and selected
    assert page.model.booking(made[0].id) is not None


def test_a_click_without_drag_creates_nothing(page: PlanningPage, world: dict[str, Any],
                                              qtbot: Any, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    seen = _accept_after(monkeypatch)
    p = page.view.point_for(world["curie"].id, at(9))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=p)
    assert seen == [] and len(_active(world)) == 4


def test_moving_a_block_onto_another_booking_is_refused(page: PlanningPage,
                                                        world: dict[str, Any],
                                                        qtbot: Any) -> None:
    meeting = world["meeting"]
    grab = page.view.point_for(world["lovelace"].id, at(10, 30))
    drop = page.view.point_for(world["curie"].id, at(15))
    _drag(qtbot, page.view, grab, drop)
    assert f"#{world['workshop'].id}" in page.banner_text()
    after = bookings.get(world["ctx"].engine, meeting.id)
    assert (after.resource_id, after.start_at, after.end_at) == (
        meeting.resource_id, meeting.start_at, meeting.end_at)
    row = page.model.row_of(world["lovelace"].id)
    assert [b.id for b in page.model.blocks(row)] == [meeting.id]   # back in place


def test_moving_a_block_to_free_time_moves_the_booking(page: PlanningPage,
                                                       world: dict[str, Any],
                                                       qtbot: Any) -> None:
    meeting = world["meeting"]
    grab = page.view.point_for(world["lovelace"].id, at(10, 30))
    drop = page.view.point_for(world["curie"].id, at(11, 30))
    _drag(qtbot, page.view, grab, drop)
    after = bookings.get(world["ctx"].engine, meeting.id)
    assert after.resource_id == world["curie"].id
    assert after.local_start.replace(tzinfo=None) == at(11)
    assert after.local_end.replace(tzinfo=None) == at(12)
    assert page.banner_text() == ""
    assert page.model.row_of(world["curie"].id) == page.view.block_of(meeting.id).row


def test_delete_cancels_after_confirmation(page: PlanningPage, world: dict[str, Any],
                                           qtbot: Any, msgbox: Any) -> None:
    meeting = world["meeting"]
    page.view.select(meeting.id)
    page.view.setFocus()
    msgbox.answer = msgbox.answer.__class__.No
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert msgbox.kinds() == ["question"]
    assert bookings.get(world["ctx"].engine, meeting.id).status == "confirmed"
    msgbox.answer = msgbox.answer.__class__.Yes
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert bookings.get(world["ctx"].engine, meeting.id).status == "cancelled"
    assert page.model.booking(meeting.id) is None and page.view.selected_id is None


def test_context_menu_check_in_and_series(page: PlanningPage, world: dict[str, Any]) -> None:
    meeting = world["meeting"]
    menu = page.context_menu_for(meeting.id, None, None)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "Check in" and any(t.startswith("Cancel booking") for t in texts)
    menu.actions()[0].trigger()
    assert bookings.get(world["ctx"].engine, meeting.id).checked_in_at == NOW
    assert page.model.booking(meeting.id).checked_in_at == NOW   # painted as checked in
    late = page.context_menu_for(world["workshop"].id, None, None)
    late.actions()[0].trigger()    # 14:00 is too far away: the service says so
    assert "min" in page.banner_text()
    empty = page.context_menu_for(None, world["curie"].id, at(9))
    assert [a.text() for a in empty.actions()] == ["New booking at 09:00…"]


# -- booking dialog ------------------------------------------------------------------------

def test_build_rrule_and_money() -> None:
    assert build_rrule("none") == ""
    assert build_rrule("weekly", count=4) == "FREQ=WEEKLY;COUNT=4"
    assert build_rrule("biweekly", until=date(2027, 1, 31)) == \
        "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270131T235959"
    assert build_rrule("monthly", count=3) == "FREQ=MONTHLY;COUNT=3"
    assert fmt_money(123450, "fr") == "1\u202f234,50\u00a0€"
    assert fmt_money(5, "en") == "€0.05"


def test_dialog_shows_errors_inline_and_writes_nothing(world: dict[str, Any],
                                                       qtbot: Any) -> None:
    e = world["ctx"].engine
    d = BookingDialog(world["ctx"], resource_id=world["lovelace"].id, start=at(10, 30),
                      end=at(11, 30), clock=clock)
    qtbot.addWidget(d)
    assert d.ui.priceLabel.text() == "25,00\u00a0€"
    assert not d.save()
    assert f"#{world['meeting'].id}" in d.errors()["start"]     # taken by the 10:00 one
    assert d.ui.startTimeEdit.property("invalid") is True
    d.ui.startTimeEdit.setTime(d.ui.endTimeEdit.time())         # keeps the length...
    d.ui.endTimeEdit.setTime(d.ui.startTimeEdit.time().addSecs(-3600))
    assert "start" not in d.errors()                            # edits clear the error
    assert not d.save()
    assert "end" in d.errors()
    d.ui.memberEdit.setText("personne")
    d._person_id = None
    assert not d.save() and "person" in d.errors()
    assert len(_active(world)) == 4 and d.result() != QDialog.DialogCode.Accepted
    assert bookings.get(e, world["meeting"].id).status == "confirmed"


def test_dialog_outside_hours_needs_the_staff_box(world: dict[str, Any], qtbot: Any) -> None:
    d = BookingDialog(world["ctx"], resource_id=world["curie"].id, start=at(19, 30),
                      end=at(21), clock=clock)
    qtbot.addWidget(d)
    assert not d.save() and "08:00-20:00" in d.errors()["start"]
    d.ui.hoursCheck.setChecked(True)
    assert "start" not in d.errors()
    assert d.save()
    assert d.saved[0].local_end.hour == 21


def test_dialog_member_completion(world: dict[str, Any], qtbot: Any) -> None:
    d = BookingDialog(world["ctx"], resource_id=world["curie"].id, start=at(8),
                      end=at(9), clock=clock)
    qtbot.addWidget(d)
    d.show()
    d.ui.memberEdit.setFocus()
    qtbot.keyClicks(d.ui.memberEdit, "helene")
    qtbot.waitUntil(lambda: d._completer.model().rowCount() == 1)
    label = d._completer.model().index(0, 0).data()
    assert label == "Hélène Le Clerc — helene@exemple.fr"
    d._completer.activated[str].emit(label)
    assert d.save()
    assert d.saved[0].person_id == world["helene"].id


def test_dialog_series_report_then_skip(world: dict[str, Any], qtbot: Any,
                                        qtmodeltester: Any) -> None:
    d = BookingDialog(world["ctx"], resource_id=world["lovelace"].id, start=at(10),
                      end=at(11), clock=clock)
    qtbot.addWidget(d)
    d.ui.repeatCombo.setCurrentIndex(d.ui.repeatCombo.findData("weekly"))
    d.ui.countRadio.setChecked(True)
    d.ui.countSpin.setValue(4)
    report = d.check_availability()
    assert [o.status for o in report] == ["conflict", "free", "free", "free"]
    assert f"#{world['meeting'].id}" in report[0].detail
    qtmodeltester.check(d.report_model)
    assert d.report_model.rowCount() == 4
    assert not d.save()                       # without "skip", the series is refused whole
    assert "repeat" in d.errors() and not d.ui.skipCheck.isHidden()
    assert len(_active(world)) == 4
    d.ui.skipCheck.setChecked(True)
    assert d.save()
    assert len(d.saved) == 3 and len(_active(world)) == 7
    assert {b.series_id for b in d.saved} != {None}


def test_dialog_edit_moves_and_cancels(world: dict[str, Any], qtbot: Any,
                                       msgbox: Any) -> None:
    meeting = world["meeting"]
    d = BookingDialog(world["ctx"], booking_id=meeting.id, clock=clock)
    qtbot.addWidget(d)
    assert not d.ui.titleEdit.isEnabled() and d.ui.titleEdit.text() == "Point d'équipe"
    assert f"#{meeting.id}" in d.ui.statusLabel.text()
    d.ui.startTimeEdit.setTime(d.ui.startTimeEdit.time().addSecs(2 * 3600))   # 12:00-13:00
    assert d.times() == (at(12), at(13))
    assert d.save()
    assert bookings.get(world["ctx"].engine, meeting.id).local_start.hour == 12
    d2 = BookingDialog(world["ctx"], booking_id=meeting.id, clock=clock)
    qtbot.addWidget(d2)
    assert d2.cancel_booking() and d2.cancelled
    assert bookings.get(world["ctx"].engine, meeting.id).status == "cancelled"


def test_model_loads_only_the_visible_range(world: dict[str, Any], qtbot: Any) -> None:
    e = world["ctx"].engine
    bookings.create(e, BookingRequest(world["curie"].id, at(10, day=date(2026, 12, 2)),
                                      at(11, day=date(2026, 12, 2)), as_staff=True), now=NOW)
    data = load_planning(e, site_id=world["site"].id, days=[TUESDAY])
    assert len(data.bookings) == 4
    model = PlanningModel()
    with qtbot.waitSignal(model.sig_changed):
        model.set_data(data, WEEK)
    assert model.booking_count() == 4


def test_night_booking_is_split_over_two_days(world: dict[str, Any]) -> None:
    e = world["ctx"].engine
    night = bookings.create(e, BookingRequest(world["hall"].id, at(22), at(6, day=date(
        2026, 12, 2)), as_staff=True, outside_hours=True), now=NOW)
    data = load_planning(e, site_id=world["site"].id, days=[TUESDAY, date(2026, 12, 2)])
    model = PlanningModel()
    model.set_data(data, WEEK)
    parts = [b for b in model.all_blocks() if b.id == night.id]
    assert [(b.day, b.start_min, b.end_min) for b in parts] == [(0, 1320, 1440), (1, 0, 360)]
    assert model.span == (0, 24 * 60)      # never hide a booking outside opening hours


# -- screenshots with the demo tiers-lieu --------------------------------------------------

def test_screenshots_with_demo_data(demo_ctx: Any, qtbot: Any, shot: Any, styled_app: Any,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from tierslieu.services.dto import MemberQuery

    ctx = demo_ctx  # the seed-1 demo, generated once per run
    demo_clock = datetime(2026, 12, 1, 10, 40, tzinfo=UTC)    # 11:40 in Paris
    p = PlanningPage(ctx, clock=lambda: demo_clock)
    qtbot.addWidget(p)
    p.resize(1400, 850)
    p.show()
    qtbot.waitExposed(p)
    assert p.model.booking_count() > 20 and p.model.row_count() >= 10
    styled_app.processEvents()     # scroll bars hide through posted events
    assert not p.view.horizontalScrollBar().isVisible()
    assert shot(p, "planning-day").stat().st_size > 20_000
    p.set_mode(WEEK)
    p.go_to(date(2026, 12, 23))
    christmas = p.model.day_index(date(2026, 12, 25))
    assert p.model.closed_reason(christmas) == "Noël"
    styled_app.processEvents()
    shot(p, "planning-week")
    p.set_mode(DAY)
    room = next(r for r in p.model.resources if r.name == "Salle Lovelace")
    person = members.search(ctx.engine, MemberQuery(text="hélène", limit=1))[0]
    d = BookingDialog(ctx, resource_id=room.id, start=datetime(2026, 12, 3, 9, 0),
                      end=datetime(2026, 12, 3, 10, 30), person_id=person.id,
                      clock=lambda: demo_clock, parent=p)
    qtbot.addWidget(d)
    d.ui.titleEdit.setText("Atelier prototypage")
    d.ui.repeatCombo.setCurrentIndex(d.ui.repeatCombo.findData("weekly"))
    d.ui.countRadio.setChecked(True)
    d.ui.countSpin.setValue(6)
    d.show()
    assert len(d.check_availability()) == 6
    shot(d, "booking-dialog")


def test_page_releases_no_shows_and_frees_the_room(page: PlanningPage,
                                                   world: dict[str, Any]) -> None:
    """Past the 30-minute grace period an unchecked booking is released by the page."""
    e = world["ctx"].engine
    late = NOW + timedelta(minutes=31)                 # 10:31 Paris: 31 min after the start
    page.clock = lambda: late
    page.release_no_shows()
    assert bookings.get(e, world["meeting"].id).status == "no_show"
    assert bookings.get(e, world["workshop"].id).status == "confirmed"  # not started yet
    assert bookings.is_free(e, world["lovelace"].id, world["meeting"].start_at,
                            world["meeting"].end_at)
