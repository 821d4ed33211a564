"""Booking rules on SQLite and PostgreSQL: conflicts, buffers, capacity, DST, series."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from tierslieu.errors import ConflictError, PermissionDenied, ValidationError
from tierslieu.services import bookings, members, sites, spaces
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def world(engine):  # type: ignore[no-untyped-def]
    site = sites.create(engine, "La Fabrique", city="Lyon")
    room = spaces.create_resource(engine, ResourceInput(
        site.id, "Salle Lovelace", "meeting_room", capacity=8, hourly_price_cents=2500,
        half_day_price_cents=8000, daily_price_cents=15000, buffer_minutes=15))
    zone = spaces.create_resource(engine, ResourceInput(
        site.id, "Open space", "hot_desk_zone", capacity=2, daily_price_cents=1500))
    staff_room = spaces.create_resource(engine, ResourceInput(
        site.id, "Grande halle", "event_hall", capacity=120, bookable_by="staff"))
    hours = {d: [(time(8), time(20))] for d in range(5)}
    spaces.set_opening_hours(engine, site.id, hours)
    alice = members.create(engine, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                               email="helene@exemple.fr"))
    bob = members.create(engine, PersonInput(first_name="Loïc", last_name="Martin"))
    return {"engine": engine, "site": site, "room": room, "zone": zone, "hall": staff_room,
            "alice": alice, "bob": bob}


def _req(w, res="room", start="2026-12-01 10:00", end="2026-12-01 11:00", who="alice", **kw):  # type: ignore[no-untyped-def]
    return BookingRequest(w[res].id, datetime.fromisoformat(start), datetime.fromisoformat(end),
                          w[who].id, **kw)


def test_book_then_same_slot_is_refused_naming_the_first(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    first = bookings.create(e, _req(world), now=NOW)
    assert first.local_start.hour == 10 and first.start_at.hour == 9  # UTC+1 in December
    assert first.price_cents == 2500
    with pytest.raises(ConflictError) as err:
        bookings.create(e, _req(world, who="bob", start="2026-12-01 10:30",
                                end="2026-12-01 11:30"), now=NOW)
    assert f"#{first.id}" in err.value.message("fr") and "Hélène Le Clerc" in err.value.message()
    assert err.value.exit_code == 3


def test_buffer_between_bookings(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    bookings.create(e, _req(world), now=NOW)
    with pytest.raises(ConflictError):  # 11:00 start collides with the 15 min cleaning
        bookings.create(e, _req(world, start="2026-12-01 11:00", end="2026-12-01 12:00"), now=NOW)
    bookings.create(e, _req(world, start="2026-12-01 11:15", end="2026-12-01 12:00"), now=NOW)


def test_adjacent_bookings_without_buffer_and_cancellation_frees(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    a = bookings.create(e, _req(world, res="zone", start="2026-12-01 09:00",
                                end="2026-12-01 12:00"), now=NOW)
    bookings.create(e, _req(world, res="zone", who="bob", start="2026-12-01 09:00",
                            end="2026-12-01 12:00"), now=NOW)
    with pytest.raises(ConflictError):  # capacity 2 reached
        bookings.create(e, _req(world, res="zone", start="2026-12-01 11:00",
                                end="2026-12-01 13:00"), now=NOW)
    bookings.create(e, _req(world, res="zone", start="2026-12-01 12:00",
                            end="2026-12-01 13:00"), now=NOW)  # [09,12) then [12,13): fine
    bookings.cancel(e, a.id, as_staff=True, now=NOW)
    bookings.create(e, _req(world, res="zone", start="2026-12-01 10:00",
                            end="2026-12-01 11:00"), now=NOW)
    with pytest.raises(ConflictError):  # reactivating the cancelled one would overbook
        bookings.reactivate(e, a.id)


def test_member_rules(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    with pytest.raises(PermissionDenied):
        bookings.create(e, _req(world, res="hall"), now=NOW)
    bookings.create(e, _req(world, res="hall", as_staff=True), now=NOW)
    with pytest.raises(ValidationError) as err:
        bookings.create(e, _req(world, start="2026-12-01 19:00", end="2026-12-01 21:00"),
                        now=NOW)
    assert err.value.key == "outside_opening_hours"
    with pytest.raises(ValidationError) as err:
        bookings.create(e, _req(world, start="2026-12-25 10:00", end="2026-12-25 11:00"),
                        now=NOW)
    assert err.value.key == "closed_day" and "Noël" in err.value.message("fr")
    with pytest.raises(ValidationError):  # staff too, unless they say so explicitly
        bookings.create(e, _req(world, start="2026-12-25 10:00", end="2026-12-25 11:00",
                                as_staff=True), now=NOW)
    bookings.create(e, _req(world, start="2026-12-25 10:00", end="2026-12-25 11:00",
                            as_staff=True, outside_hours=True), now=NOW)
    with pytest.raises(ValidationError) as err:
        bookings.create(e, _req(world, attendees=9), now=NOW)
    assert err.value.field == "attendees"
    with pytest.raises(ValidationError):
        bookings.create(e, _req(world, start="2026-11-20 10:00", end="2026-11-20 11:00"),
                        now=NOW)


def test_cancellation_cutoff_and_ownership(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    b = bookings.create(e, _req(world), now=NOW)
    late = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    with pytest.raises(PermissionDenied):
        bookings.cancel(e, b.id, as_staff=False, person_id=world["bob"].id, now=NOW)
    with pytest.raises(PermissionDenied) as err:
        bookings.cancel(e, b.id, as_staff=False, person_id=world["alice"].id, now=late)
    assert err.value.key == "cancel_cutoff"
    assert bookings.cancel(e, b.id, as_staff=True, now=late).status == "cancelled"


def test_dst_nonexistent_and_ambiguous_times(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    req = _req(world, start="2026-03-29 02:30", end="2026-03-29 04:00", as_staff=True,
               outside_hours=True)
    with pytest.raises(ValidationError) as err:
        bookings.create(e, req, now=datetime(2026, 3, 1, tzinfo=UTC))
    assert err.value.key == "time_nonexistent" and "03:30" in err.value.message("fr")
    req = _req(world, start="2026-10-25 02:30", end="2026-10-25 04:00", as_staff=True,
               outside_hours=True)
    with pytest.raises(ValidationError) as err:
        bookings.create(e, req, now=datetime(2026, 10, 1, tzinfo=UTC))
    assert err.value.key == "time_ambiguous"
    second = bookings.create(e, BookingRequest(**{**req.__dict__, "fold": 1}),
                             now=datetime(2026, 10, 1, tzinfo=UTC))
    assert second.start_at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_night_over_the_spring_change_has_the_real_duration(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    b = bookings.create(e, _req(world, start="2026-03-28 22:00", end="2026-03-29 06:00",
                                as_staff=True, outside_hours=True),
                        now=datetime(2026, 3, 1, tzinfo=UTC))
    assert b.end_at - b.start_at == timedelta(hours=7)
    b = bookings.create(e, _req(world, start="2026-10-24 22:00", end="2026-10-25 06:00",
                                as_staff=True, outside_hours=True),
                        now=datetime(2026, 10, 1, tzinfo=UTC))
    assert b.end_at - b.start_at == timedelta(hours=9)


def test_weekly_series_stays_at_local_time_and_reports_conflicts(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    now = datetime(2026, 2, 1, tzinfo=UTC)
    blocker = bookings.create(e, _req(world, who="bob", start="2026-03-16 10:00",
                                      end="2026-03-16 11:00", as_staff=True), now=now)
    req = _req(world, start="2026-03-02 10:00", end="2026-03-02 11:00", as_staff=True)
    rule = "FREQ=WEEKLY;COUNT=9"
    with pytest.raises(ConflictError) as err:
        bookings.create_series(e, req, rule, now=now)
    report = err.value.report  # type: ignore[attr-defined]
    assert [o.status for o in report].count("conflict") == 1
    closed = [o for o in report if o.status == "closed"]  # Easter Monday, 6 April 2026
    assert [o.local_start.date() for o in closed] == [date(2026, 4, 6)]
    assert "Pâques" in closed[0].detail
    assert f"#{blocker.id}" in next(o.detail for o in report if o.status == "conflict")
    assert len(bookings.between(e, datetime(2026, 3, 1, tzinfo=UTC),
                                datetime(2026, 5, 1, tzinfo=UTC))) == 1  # nothing booked
    made, _ = bookings.create_series(e, req, rule, skip_conflicts=True, now=now)
    assert len(made) == 7
    assert {b.local_start.time() for b in made} == {time(10)}
    assert {b.start_at.hour for b in made} == {9, 8}  # UTC moves by 1 h after 29 March
    assert bookings.cancel_series(e, made[0].series_id, from_start=made[4].start_at,
                                  now=now) == 3


def test_check_in_window_and_no_shows(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    b = bookings.create(e, _req(world), now=NOW)
    c = bookings.create(e, _req(world, start="2026-12-01 14:00", end="2026-12-01 15:00"),
                        now=NOW)
    with pytest.raises(ValidationError):
        bookings.check_in(e, b.id, now=b.start_at - timedelta(minutes=11))
    assert bookings.check_in(e, b.id, now=b.start_at + timedelta(minutes=5)).checked_in_at
    assert bookings.release_no_shows(e, now=c.start_at + timedelta(minutes=31)) == 1
    assert bookings.get(e, c.id).status == "no_show"
    assert bookings.is_free(e, c.resource_id, c.start_at, c.end_at)


def test_public_holidays_of_alsace_moselle() -> None:
    assert date(2026, 12, 26) in spaces.public_holidays(2026, "67")
    assert date(2026, 12, 26) not in spaces.public_holidays(2026, "")
    assert date(2026, 4, 3) in spaces.public_holidays(2026, "57")  # Vendredi saint


def test_move_this_and_following_occurrences_all_or_nothing(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    now = datetime(2026, 11, 1, tzinfo=UTC)
    made, _ = bookings.create_series(e, _req(world, start="2026-11-02 10:00",
                                             end="2026-11-02 11:00", as_staff=True),
                                     "FREQ=WEEKLY;COUNT=4", now=now)
    blocker = bookings.create(e, _req(world, who="bob", start="2026-11-23 14:00",
                                      end="2026-11-23 15:00", as_staff=True), now=now)
    with pytest.raises(ConflictError) as err:  # the 4th Monday collides at 14:00
        bookings.move_series(e, made[0].series_id, start_time=time(14), end_time=time(15),
                             from_start=made[1].start_at, now=now)
    assert f"#{blocker.id}" in err.value.message("fr")
    assert [bookings.get(e, b.id).local_start.hour for b in made] == [10, 10, 10, 10]
    moved = bookings.move_series(e, made[0].series_id, start_time=time(16), end_time=time(17),
                                 from_start=made[2].start_at, now=now)
    assert [b.local_start.hour for b in moved] == [16, 16]
    assert [bookings.get(e, b.id).local_start.hour for b in made] == [10, 10, 16, 16]
    assert all(b.sequence == 1 for b in moved)


def test_check_in_window_and_cut_off_come_from_the_settings(world) -> None:  # type: ignore[no-untyped-def]
    from tierslieu.services import settings

    e = world["engine"]
    b = bookings.create(e, _req(world), now=NOW)
    settings.set(e, "booking.checkin_before_minutes", 30)
    settings.set(e, "booking.cancel_cutoff_hours", 2)
    assert bookings.check_in(e, b.id, now=b.start_at - timedelta(minutes=25)).checked_in_at
    c = bookings.create(e, _req(world, start="2026-12-01 15:00", end="2026-12-01 16:00"),
                        now=NOW)
    three_hours_before = c.start_at - timedelta(hours=3)
    assert bookings.cancel(e, c.id, as_staff=False, person_id=world["alice"].id,
                           now=three_hours_before).status == "cancelled"


def test_a_series_that_overlaps_itself_is_refused_whole(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    req = _req(world, start="2026-12-01 10:00", end="2026-12-01 12:00", as_staff=True)
    with pytest.raises(ConflictError):  # hourly, two hours long: the 2nd hits the 1st
        bookings.create_series(e, req, "FREQ=HOURLY;COUNT=2", skip_conflicts=True, now=NOW)
    assert bookings.between(e, NOW, NOW + timedelta(days=30)) == []
