"""Events on SQLite and PostgreSQL: rooms through the booking service, capacity and the
waitlist, the registration window, check-in, under-filled alerts and certificates."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from tierslieu.db.engine import transaction
from tierslieu.db.models import Booking, Event, EventRoom, Notification, Registration
from tierslieu.errors import ConflictError, NotFoundError, ValidationError, ValidationErrors
from tierslieu.services import bookings, events, members, sites, spaces
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import PersonInput
from tierslieu.services.events import EventInput
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
START = datetime(2026, 12, 3, 14, 0)        # local (Paris) wall times
END = datetime(2026, 12, 3, 17, 0)


@pytest.fixture
def world(engine):  # type: ignore[no-untyped-def]
    site = sites.create(engine, "La Fabrique", city="Villeurbanne")
    spaces.set_opening_hours(engine, site.id, {d: [(time(8), time(20))] for d in range(5)})
    curie = spaces.create_resource(engine, ResourceInput(
        site.id, "Salle Curie", "meeting_room", capacity=12, hourly_price_cents=3500,
        buffer_minutes=15))
    hopper = spaces.create_resource(engine, ResourceInput(
        site.id, "Salle Hopper", "meeting_room", capacity=4))
    people = [members.create(engine, PersonInput(first_name=f"Membre{i}", last_name="Test",
                                                 email=f"m{i}@exemple.fr")) for i in range(6)]
    return {"engine": engine, "site": site, "curie": curie, "hopper": hopper, "people": people}


def _event(w, capacity=2, rooms=("curie",), **kw):  # type: ignore[no-untyped-def]
    data = EventInput("Atelier réparation", "workshop", kw.pop("start", START),
                      kw.pop("end", END), tuple(w[r].id for r in rooms), capacity=capacity, **kw)
    return events.create_event(w["engine"], data, now=NOW)


def _count(engine, model) -> int:  # type: ignore[no-untyped-def]
    with transaction(engine, readonly=True) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_event_books_its_room_as_a_normal_booking(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    ev = _event(world)
    assert ev.rooms == ("Salle Curie",) and ev.status == "planned"
    assert ev.local_start.hour == 14 and ev.start_at.hour == 13       # UTC+1 in December
    held = bookings.get(e, ev.booking_ids[0])
    assert (held.title, held.status, held.start_at, held.end_at) == (
        "Atelier réparation", "confirmed", ev.start_at, ev.end_at)
    # the planning sees it: another booking of the room at that time is refused, naming it
    with pytest.raises(ConflictError) as err:
        bookings.create(e, BookingRequest(world["curie"].id, datetime(2026, 12, 3, 15),
                                          datetime(2026, 12, 3, 16), world["people"][0].id),
                        now=NOW)
    assert f"#{held.id}" in err.value.message("fr")


def test_a_taken_room_refuses_the_event_naming_the_booking_and_writes_nothing(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    taken = bookings.create(e, BookingRequest(world["hopper"].id, datetime(2026, 12, 3, 16),
                                              datetime(2026, 12, 3, 18),
                                              world["people"][1].id), now=NOW)
    before = (_count(e, Event), _count(e, Booking), _count(e, EventRoom))
    with pytest.raises(ConflictError) as err:
        _event(world, rooms=("curie", "hopper"))
    assert err.value.exit_code == 3 and err.value.key == "slot_taken"
    assert f"#{taken.id}" in err.value.message("fr")
    assert "Membre1 Test" in err.value.message("fr")
    # the Curie booking made before the collision was rolled back with the event
    assert (_count(e, Event), _count(e, Booking), _count(e, EventRoom)) == before


def test_capacity_and_waitlist_promotion_on_cancel(world) -> None:  # type: ignore[no-untyped-def]
    e, p = world["engine"], world["people"]
    ev = _event(world, capacity=2)
    regs = [events.register(e, ev.id, person_id=x.id, now=NOW + timedelta(minutes=i))
            for i, x in enumerate(p[:4])]
    assert [r.status for r in regs] == ["registered", "registered", "waitlisted", "waitlisted"]
    assert [r.position for r in regs] == [None, None, 1, 2]
    outsider = events.register(e, ev.id, name="Ana Lima", email="ana@dehors.example",
                               now=NOW + timedelta(minutes=9))
    assert (outsider.status, outsider.position, outsider.person_id) == ("waitlisted", 3, None)
    assert events.get_event(e, ev.id).registered == 2

    result = events.cancel_registration(e, regs[0].id, now=NOW + timedelta(hours=1))
    assert result.cancelled.status == "cancelled"
    assert result.promoted is not None and result.promoted.id == regs[2].id
    listed = {r.id: r for r in events.registrations(e, ev.id)}
    assert listed[regs[2].id].status == "registered" and listed[regs[2].id].promoted_at
    assert (listed[regs[3].id].position, listed[outsider.id].position) == (1, 2)
    row = events.get_event(e, ev.id)
    assert (row.registered, row.waitlisted) == (2, 2)
    with transaction(e, readonly=True) as s:   # the promoted member is told in the app
        notes = s.scalars(select(Notification)).all()
    assert [(n.person_id, n.kind) for n in notes] == [(p[2].id, "event_promoted")]

    # a waitlisted person who cancels frees nothing and promotes nobody
    again = events.cancel_registration(e, regs[3].id, now=NOW + timedelta(hours=2))
    assert again.promoted is None
    assert events.registrations(e, ev.id, include_cancelled=False)[-1].position == 1


def test_same_person_twice_is_refused_and_a_cancelled_one_queues_again(world) -> None:  # type: ignore[no-untyped-def]
    e, p = world["engine"], world["people"]
    ev = _event(world, capacity=1)
    first = events.register(e, ev.id, person_id=p[0].id, now=NOW)
    with pytest.raises(ConflictError) as err:
        events.register(e, ev.id, person_id=p[0].id, now=NOW)
    assert err.value.key == "already_registered"
    # a member's e-mail typed as an outsider is the same member
    with pytest.raises(ConflictError):
        events.register(e, ev.id, name="Quelqu'un", email="M0@EXEMPLE.FR", now=NOW)
    events.register(e, ev.id, person_id=p[1].id, now=NOW + timedelta(minutes=1))
    events.cancel_registration(e, first.id, now=NOW + timedelta(minutes=2))
    back = events.register(e, ev.id, person_id=p[0].id, now=NOW + timedelta(minutes=3))
    assert back.id == first.id and (back.status, back.position) == ("waitlisted", 1)
    assert _count(e, Registration) == 2


def test_outsider_needs_a_name_and_a_valid_email(world) -> None:  # type: ignore[no-untyped-def]
    ev = _event(world)
    with pytest.raises(ValidationErrors) as err:
        events.register(world["engine"], ev.id, name="", email="pas-un-mail", now=NOW)
    assert {x.field for x in err.value.errors} == {"name", "email"}


def test_registration_window(world) -> None:  # type: ignore[no-untyped-def]
    e, p = world["engine"], world["people"]
    ev = _event(world, registration_opens=datetime(2026, 11, 26, 9, 0),
                registration_closes=datetime(2026, 12, 1, 18, 0))
    with pytest.raises(ValidationError) as err:
        events.register(e, ev.id, person_id=p[0].id, now=NOW)       # 25/11: not yet
    assert err.value.key == "registration_not_open" and "26/11/2026 09:00" in err.value.message()
    ok = events.register(e, ev.id, person_id=p[0].id, now=datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    assert ok.status == "registered"
    with pytest.raises(ValidationError) as err:                    # 01/12 18:00 Paris passed
        events.register(e, ev.id, person_id=p[1].id, now=datetime(2026, 12, 1, 17, 0, tzinfo=UTC))
    assert err.value.key == "registration_closed"
    # without a closing date, registration ends at the start
    ev2 = _event(world, rooms=("hopper",), capacity=4)
    with pytest.raises(ValidationError):
        events.register(e, ev2.id, person_id=p[1].id, now=datetime(2026, 12, 3, 13, 0, tzinfo=UTC))


def test_invalid_events_name_their_fields(world) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationErrors) as err:
        events.create_event(world["engine"], EventInput(
            "", "party", END, START, capacity=0, price_cents=-5,
            registration_opens=datetime(2026, 12, 2), registration_closes=datetime(2026, 12, 1)),
            now=NOW)
    assert {x.field for x in err.value.errors} >= {"title", "kind", "end", "capacity", "price",
                                                   "registration_closes"}
    with pytest.raises(ValidationError) as one:      # more places than the room has seats
        _event(world, capacity=30)
    assert one.value.field == "capacity" and _count(world["engine"], Event) == 0


def test_check_in_window_and_only_confirmed_places(world) -> None:  # type: ignore[no-untyped-def]
    e, p = world["engine"], world["people"]
    ev = _event(world, capacity=1)
    reg = events.register(e, ev.id, person_id=p[0].id, now=NOW)
    wait = events.register(e, ev.id, person_id=p[1].id, now=NOW)
    with pytest.raises(ValidationError):
        events.check_in(e, reg.id, now=NOW)
    during = ev.start_at + timedelta(minutes=5)
    assert events.check_in(e, reg.id, now=during).checked_in_at == during
    with pytest.raises(ConflictError):
        events.check_in(e, wait.id, now=during)
    assert events.get_event(e, ev.id).checked_in == 1
    cert = events.certificate_data(e, reg.id)
    assert (cert.name, cert.hours, cert.place) == ("Membre0 Test", 3.0, "La Fabrique")
    with pytest.raises(ConflictError):
        events.certificate_data(e, wait.id)
    assert [c.registration_id for c in events.certificates(e, ev.id)] == [reg.id]


def test_update_moves_the_rooms_and_a_larger_capacity_promotes(world) -> None:  # type: ignore[no-untyped-def]
    e, p = world["engine"], world["people"]
    ev = _event(world, capacity=1)
    old_booking = ev.booking_ids[0]
    events.register(e, ev.id, person_id=p[0].id, now=NOW)
    waiting = events.register(e, ev.id, person_id=p[1].id, now=NOW)
    moved = events.update_event(e, ev.id, EventInput(
        "Atelier réparation", "workshop", datetime(2026, 12, 4, 9, 0),
        datetime(2026, 12, 4, 12, 0), (world["hopper"].id,), capacity=2), now=NOW)
    assert moved.rooms == ("Salle Hopper",) and moved.registered == 2
    assert bookings.get(e, old_booking).status == "cancelled"
    assert bookings.get(e, moved.booking_ids[0]).local_start.hour == 9
    assert events.registrations(e, ev.id)[1].id == waiting.id
    with pytest.raises(ValidationError) as err:
        events.update_event(e, ev.id, EventInput(
            "Atelier", "workshop", START, END, (world["hopper"].id,), capacity=1), now=NOW)
    assert err.value.key == "capacity_below_registered"


def test_cancel_event_frees_the_rooms(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    ev = _event(world)
    cancelled = events.cancel_event(e, ev.id, now=NOW)
    assert cancelled.status == "cancelled" and cancelled.rooms == ()
    assert bookings.is_free(e, world["curie"].id, ev.start_at, ev.end_at)
    with pytest.raises(ConflictError):
        events.register(e, ev.id, person_id=world["people"][0].id, now=NOW)
    assert [x.id for x in events.list_events(e, include_cancelled=False)] == []


def test_underfilled_alert_in_the_last_days(world) -> None:  # type: ignore[no-untyped-def]
    e, p = world["engine"], world["people"]
    ev = _event(world, capacity=10, min_registrations=3, alert_days=7)
    far = _event(world, rooms=("hopper",), capacity=4, min_registrations=3, alert_days=2)
    events.register(e, ev.id, person_id=p[0].id, now=NOW)
    alerts = events.underfilled(e, now=NOW)                   # 8 days before: not yet
    assert alerts == []
    later = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)          # 5 days before
    alerts = events.underfilled(e, now=later)
    assert [(a.event_id, a.registered, a.minimum, a.days_left) for a in alerts] == [
        (ev.id, 1, 3, 5)]
    assert far.id not in {a.event_id for a in alerts}
    for x in p[1:3]:
        events.register(e, ev.id, person_id=x.id, now=later)
    assert events.underfilled(e, now=later) == []


def test_list_find_and_missing(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    ev = _event(world)
    assert events.find_event(e, "atelier REPARATION").id == ev.id
    assert events.find_event(e, str(ev.id)).id == ev.id
    assert [x.id for x in events.list_events(e, text="répar")] == [ev.id]
    assert events.list_events(e, kind="hackathon") == []
    with pytest.raises(NotFoundError):
        events.get_event(e, 999)
    with pytest.raises(NotFoundError):
        events.cancel_registration(e, 999)
