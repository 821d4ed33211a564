"""The members' kiosk: identification, anonymous occupancy, self-service booking, logout."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tierslieu.gui.kiosk.window import KioskWindow, MyBookingsModel
from tierslieu.services import bookings, kiosk, members, sites, spaces
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
        site.id, "Salle Lovelace", "meeting_room", capacity=8, hourly_price_cents=2500))
    curie = spaces.create_resource(e, ResourceInput(
        site.id, "Salle Curie", "meeting_room", capacity=12))
    hall = spaces.create_resource(e, ResourceInput(
        site.id, "Grande halle", "event_hall", capacity=120, bookable_by="staff"))
    spaces.set_opening_hours(e, site.id, {d: [(time(8), time(20))] for d in range(5)})
    helene = members.create(e, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                           email="helene@exemple.fr"))
    loic = members.create(e, PersonInput(first_name="Loïc", last_name="Martin",
                                         email="loic@exemple.fr"))
    kiosk.set_credentials(e, helene.id, "1234", badge_code="B-42")
    kiosk.set_credentials(e, loic.id, "5678")
    theirs = bookings.create(e, BookingRequest(curie.id, at(13), at(14), loic.id,
                                               "Entretien confidentiel", as_staff=True),
                             now=NOW)
    return {"ctx": ctx, "site": site, "lovelace": lovelace, "curie": curie, "hall": hall,
            "helene": helene, "loic": loic, "theirs": theirs}


@pytest.fixture
def window(world: dict[str, Any], qtbot: Any) -> KioskWindow:
    w = KioskWindow(world["ctx"], clock=clock)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_wrong_pin_shows_the_error_and_stays_on_login(window: KioskWindow) -> None:
    assert window.current_screen() == "login"
    assert not window.login("helene@exemple.fr", "0000")
    assert window.current_screen() == "login"
    assert window.login_error.text() == "Identifiant ou code incorrect."
    assert not window.login_error.isHidden() and window.pin_edit.text() == ""
    assert not window.login("nobody@exemple.fr", "1234")
    assert window.login_error.text() == "Identifiant ou code incorrect."


def test_keypad_and_badge_sign_in(window: KioskWindow, qtbot: Any) -> None:
    qtbot.keyClicks(window.ident_edit, "B-42")
    qtbot.keyClick(window.ident_edit, Qt.Key.Key_Return)    # the badge reader's Enter
    assert window.pin_edit.hasFocus()
    keys = {b.text(): b for b in window.findChildren(type(window.login_button), "keypad")}
    for k in "1235":
        qtbot.mouseClick(keys[k], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keys["⌫"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keys["4"], Qt.MouseButton.LeftButton)
    assert window.pin_edit.text() == "1234"
    with qtbot.waitSignal(window.sig_logged_in) as signal:
        qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    assert signal.args == [window.user.person_id] and window.current_screen() == "home"
    assert "Hélène" in window.greeting.text()


def test_home_shows_others_as_reserved_and_hides_staff_rooms(window: KioskWindow,
                                                            world: dict[str, Any]) -> None:
    assert window.login("helene@exemple.fr", "1234")
    rooms = [window.room_combo.itemText(i) for i in range(window.room_combo.count())]
    assert rooms == ["Salle Curie", "Salle Lovelace"]            # no "Grande halle"
    labels = window.board.labels()
    assert labels == ["Réservé"]
    assert not any("Loïc" in t or "Entretien" in t for t in labels)
    states = {r.resource.name: r for r in window.board.rooms}
    assert states["Salle Curie"].free_now and "13:00" in states["Salle Curie"].text
    assert not window.grab().isNull()


def test_book_a_free_room_from_the_kiosk(window: KioskWindow, world: dict[str, Any],
                                         qtbot: Any) -> None:
    assert window.login("helene@exemple.fr", "1234")
    window.choose_room(world["lovelace"].id)
    window.day_combo.setCurrentIndex(1)                          # tomorrow
    window.start_combo.setCurrentIndex(window.start_combo.findText("14:00"))
    window.duration_group.button(90).click()
    assert "14:00–15:30" in window.summary.text() and "37,50" in window.summary.text()
    qtbot.mouseClick(window.book_button, Qt.MouseButton.LeftButton)
    mine = kiosk.my_bookings(world["ctx"].engine, window.user, NOW, NOW + timedelta(days=9))
    assert [(b.resource_id, b.local_start.replace(tzinfo=None), b.person_id) for b in mine] \
        == [(world["lovelace"].id, at(14, day=date(2026, 12, 2)), world["helene"].id)]
    assert "Salle Lovelace" in window.banner_text()
    assert window.mine_model.rowCount() == 1


def test_kiosk_refusals_show_in_the_banner(window: KioskWindow, world: dict[str, Any]) -> None:
    assert window.login("helene@exemple.fr", "1234")
    assert window.book(world["curie"].id, at(13, 30), 60) is None      # Loïc's slot
    assert "Créneau déjà pris" in window.banner_text()
    assert "Loïc" in window.banner_text() or "#" in window.banner_text()
    assert window.book(world["hall"].id, at(15), 60) is None           # staff only
    assert "équipe" in window.banner_text()
    assert window.book(world["lovelace"].id, at(9), 60) is None        # already past
    assert len(bookings.between(world["ctx"].engine, NOW - timedelta(days=1),
                                NOW + timedelta(days=9))) == 1


def test_cancel_own_booking_and_cutoff(window: KioskWindow, world: dict[str, Any],
                                       msgbox: Any, qtbot: Any) -> None:
    e = world["ctx"].engine
    far = bookings.create(e, BookingRequest(world["lovelace"].id, at(10, day=date(2026, 12, 4)),
                                            at(11, day=date(2026, 12, 4)), world["helene"].id),
                          now=NOW)
    soon = bookings.create(e, BookingRequest(world["lovelace"].id, at(15), at(16),
                                             world["helene"].id), now=NOW)
    assert window.login("helene@exemple.fr", "1234")
    assert [b.id for b in window.mine_model.rows()] == [soon.id, far.id]
    window.mine_view.selectRow(1)
    assert window.selected_booking().id == far.id
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert msgbox.kinds() == ["question"]
    assert bookings.get(e, far.id).status == "cancelled"
    assert [b.id for b in window.mine_model.rows()] == [soon.id]
    assert not window.cancel(soon.id)                                 # within 24 h
    assert "moins de 24 h" in window.banner_text()
    assert bookings.get(e, soon.id).status == "confirmed"
    assert not window.cancel(world["theirs"].id)                      # not hers
    assert bookings.get(e, world["theirs"].id).status == "confirmed"


def test_check_in_from_the_kiosk(window: KioskWindow, world: dict[str, Any],
                                 qtbot: Any) -> None:
    e = world["ctx"].engine
    now_one = bookings.create(e, BookingRequest(world["lovelace"].id, at(10), at(11),
                                                world["helene"].id, as_staff=True), now=NOW)
    assert window.login("helene@exemple.fr", "1234")
    window.mine_view.selectRow(0)
    qtbot.mouseClick(window.checkin_button, Qt.MouseButton.LeftButton)
    assert bookings.get(e, now_one.id).checked_in_at == NOW
    assert window.mine_model.data(window.mine_model.index(0, 3)) == "✓"
    assert window.selected_booking() is None and not window.checkin_button.isEnabled()
    assert "Salle Lovelace" in window.banner_text()


def test_inactivity_logs_out(world: dict[str, Any], qtbot: Any) -> None:
    w = KioskWindow(world["ctx"], clock=clock, inactivity_ms=60)
    qtbot.addWidget(w)
    w.show()
    assert w.login("helene@exemple.fr", "1234")
    with qtbot.waitSignal(w.sig_logged_out, timeout=3000):
        pass
    assert w.current_screen() == "login" and w.user is None
    assert w.mine_model.rowCount() == 0 and w.ident_edit.text() == ""


def test_logout_button_and_staff_exit(window: KioskWindow, qtbot: Any) -> None:
    assert window.login("helene@exemple.fr", "1234")
    qtbot.mouseClick(window.logout_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "login"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    window.quit_kiosk()
    assert not window.isVisible()


def test_my_bookings_model(window: KioskWindow, world: dict[str, Any],
                           qtmodeltester: Any) -> None:
    e = world["ctx"].engine
    bookings.create(e, BookingRequest(world["lovelace"].id, at(15), at(16),
                                      world["helene"].id), now=NOW)
    model = MyBookingsModel()
    model.set_rows(bookings.between(e, NOW, NOW + timedelta(days=2),
                                    person_id=world["helene"].id))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "15:00–16:00"


def test_kiosk_screenshots_with_demo_data(demo_ctx: Any, qtbot: Any, shot: Any,
                                          styled_app: Any) -> None:
    from tierslieu.services.dto import MemberQuery

    ctx = demo_ctx  # the seed-1 demo, generated once per run
    person = members.search(ctx.engine, MemberQuery(text="hélène", limit=1))[0]
    kiosk.set_credentials(ctx.engine, person.id, "1234", badge_code="B-1042")
    demo_clock = datetime(2026, 12, 1, 10, 40, tzinfo=UTC)
    w = KioskWindow(ctx, clock=lambda: demo_clock)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    w.ident_edit.setText(person.email)
    w.pin_edit.setText("12")
    styled_app.processEvents()
    shot(w, "kiosk-login")
    assert w.login(person.email, "1234")
    room = next(r for r in w.resources if r.name == "Salle Lovelace")
    assert w.book(room.id, datetime(2026, 12, 1, 13, 30), 60) is not None
    w.choose_room(room.id)
    styled_app.processEvents()
    assert "Réservé" in w.board.labels()
    shot(w, "kiosk-home")
