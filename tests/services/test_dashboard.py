"""The dashboard's figures on the seed-1 demo, checked against direct queries of the
tables (on SQLite and PostgreSQL), and the home page's rules on a small world."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from tierslieu.db.engine import transaction
from tierslieu.db.models import Booking, Event, Notification, Registration, Resource, Visit
from tierslieu.services import dashboard, members, sites, spaces, visits
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)           # the demo's "now": 11:40 Paris
DAY_START = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)       # 25/11 00:00 Paris
DAY_END = DAY_START + timedelta(days=1)


def _scalar(engine, stmt) -> int:  # type: ignore[no-untyped-def]
    with transaction(engine, readonly=True) as s:
        return int(s.scalar(stmt) or 0)


def test_dashboard_figures_match_the_tables(demo_engine) -> None:  # type: ignore[no-untyped-def]
    e = demo_engine
    d = dashboard.load(e, now=NOW)
    assert d.today == date(2026, 11, 25) and d.timezone == "Europe/Paris"

    present = _scalar(e, select(func.count()).select_from(Visit).where(
        Visit.left_at.is_(None), Visit.arrived_at >= DAY_START, Visit.arrived_at <= NOW))
    assert len(d.present) == d.occupancy.present == present > 5
    arrivals = _scalar(e, select(func.count()).select_from(Visit).where(
        Visit.arrived_at >= DAY_START, Visit.arrived_at < DAY_END))
    assert len(d.arrivals) == arrivals >= present

    seats = _scalar(e, select(func.sum(Resource.capacity)).where(
        Resource.kind.in_(("desk", "hot_desk_zone", "office")), Resource.status == "active"))
    rooms = _scalar(e, select(func.count()).select_from(Resource).where(
        Resource.kind.in_(("meeting_room", "event_hall", "phone_booth"))))
    assert (d.occupancy.seats, d.occupancy.rooms_total) == (seats, rooms)
    assert d.occupancy.percent == round(100 * present / seats)

    for room in d.rooms:
        count = _scalar(e, select(func.count()).select_from(Booking).where(
            Booking.resource_id == room.resource_id, Booking.status == "confirmed",
            Booking.start_at < DAY_END, Booking.end_at > DAY_START))
        busy = _scalar(e, select(func.count()).select_from(Booking).where(
            Booking.resource_id == room.resource_id, Booking.status == "confirmed",
            Booking.start_at <= NOW, Booking.end_at > NOW))
        assert (room.name, room.bookings, room.busy_now) == (room.name, count, busy > 0)
    assert d.occupancy.rooms_busy == sum(1 for r in d.rooms if r.busy_now and r.kind in (
        "meeting_room", "event_hall", "phone_booth"))

    with transaction(e, readonly=True) as s:
        today_ids = set(s.scalars(select(Event.id).where(
            Event.status == "planned", Event.start_at < DAY_END, Event.end_at > DAY_START)))
        week_ids = set(s.scalars(select(Event.id).where(
            Event.status == "planned", Event.start_at >= DAY_END,
            Event.start_at < DAY_END + timedelta(days=7))))
        registered = func.count(Registration.id).filter(Registration.status == "registered")
        short = {eid for eid, start, days, minimum, n in s.execute(
            select(Event.id, Event.start_at, Event.alert_days, Event.min_registrations,
                   registered).outerjoin(Registration, Registration.event_id == Event.id)
            .where(Event.status == "planned", Event.min_registrations > 0,
                   Event.start_at > NOW).group_by(Event.id))
            if start - NOW <= timedelta(days=days)
            and n < minimum}
        unread = s.scalar(select(func.count()).select_from(Notification).where(
            Notification.read_at.is_(None)))
    assert {x.id for x in d.events_today} == today_ids and len(today_ids) == 2
    assert {x.id for x in d.events_week} == week_ids and week_ids
    assert {a.ref_id for a in d.alerts if a.kind == "event_underfilled"} == short and short
    assert any(a.kind == "milestone_late" for a in d.alerts)
    assert len(d.notifications) == min(unread, 50) and unread > 0


@pytest.fixture
def small(engine):  # type: ignore[no-untyped-def]
    site = sites.create(engine, "La Fabrique")
    spaces.set_opening_hours(engine, site.id, {d: [(time(8), time(20))] for d in range(5)})
    spaces.create_resource(engine, ResourceInput(site.id, "Open space", "hot_desk_zone",
                                                 capacity=10))
    spaces.create_resource(engine, ResourceInput(site.id, "Salle Curie", "meeting_room",
                                                 capacity=8))
    ana = members.create(engine, PersonInput(first_name="Ana", last_name="Lima"))
    return {"engine": engine, "ana": ana}


def test_empty_day_then_a_check_in_changes_the_occupancy(small) -> None:  # type: ignore[no-untyped-def]
    e = small["engine"]
    empty = dashboard.load(e, now=NOW)
    assert (empty.present, empty.arrivals, empty.events_today, empty.alerts) == ((), (), (), ())
    assert (empty.occupancy.present, empty.occupancy.seats, empty.occupancy.percent) == (0, 10, 0)
    assert [r.name for r in empty.rooms] == ["Salle Curie"]     # rooms always; desks if booked
    visits.check_in(e, small["ana"].id, now=NOW - timedelta(minutes=5))
    after = dashboard.load(e, now=NOW)
    assert [v.name for v in after.present] == ["Ana Lima"]
    assert (after.occupancy.present, after.occupancy.percent) == (1, 10)


def test_no_site_at_all_gives_an_empty_dashboard(engine) -> None:  # type: ignore[no-untyped-def]
    d = dashboard.load(engine, now=NOW)
    assert d.present == () and d.rooms == () and d.occupancy.seats == 0
