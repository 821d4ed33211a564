"""The SQLite fast paths of the availability check and of a range of bookings give the
portable path's answers; nothing they read is kept between calls, so a change made by
another front-desk PC (another connection, another engine) counts at once.

``bookings_fast.ENABLED = False`` runs the portable SQLAlchemy statements (PostgreSQL's
path) on the same SQLite file, to compare both.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from tierslieu.db.engine import make_engine, transaction
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import bookings, bookings_fast, members, sites, spaces
from tierslieu.services.bookings import BookingRequest, BookingRow
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
DAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)          # a Tuesday, 10:00 in Paris


def _portable(monkeypatch: pytest.MonkeyPatch, fn: Any, *args: Any, **kw: Any) -> Any:
    with monkeypatch.context() as m:
        m.setattr(bookings_fast, "ENABLED", False)
        return fn(*args, **kw)


def _slots(engine: Any, rng: random.Random, n: int) -> list[tuple[int, datetime, datetime]]:
    with engine.connect() as conn:
        rids = [r for (r,) in conn.execute(text("SELECT id FROM resource ORDER BY id"))]
        busy = [(r, s) for r, s in conn.execute(text(
            "SELECT resource_id, start_at FROM booking ORDER BY id"))]
    out = []
    for _ in range(n):
        if rng.random() < 0.5:            # next to existing bookings: conflicts, buffers
            rid, start = rng.choice(busy)
            start = datetime.fromisoformat(str(start)).replace(tzinfo=UTC)
            start += timedelta(minutes=rng.choice((-75, -30, -15, 0, 15, 45, 60)))
        else:
            rid = rng.choice(rids)
            start = datetime(2025, 9, 1, 6, tzinfo=UTC) + timedelta(
                days=rng.randrange(500), minutes=15 * rng.randrange(48))
        out.append((rid, start, start + timedelta(minutes=rng.choice((15, 30, 60, 240)))))
    return out


def test_availability_fast_path_answers_as_the_portable_one(
        demo_read: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    slots = _slots(demo_read, random.Random(7), 400)
    fast = [bookings.is_free(demo_read, *s) for s in slots]
    slow = [_portable(monkeypatch, bookings.is_free, demo_read, *s) for s in slots]
    assert fast == slow
    assert 0 < sum(fast) < len(fast), "both free and taken slots were tried"
    with demo_read.connect() as conn:    # the demo's hot-desk zones were among them
        zones = {r for (r,) in conn.execute(text(
            "SELECT id FROM resource WHERE kind = 'hot_desk_zone'"))}
    assert zones & {rid for rid, _, _ in slots}


def test_watched_engine_sees_the_same_sql_and_the_same_answer(
        demo_read: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a statement listener (tests, echo) the same SQL goes through SQLAlchemy."""
    slots = _slots(demo_read, random.Random(8), 60)
    quiet = [bookings.is_free(demo_read, *s) for s in slots]
    seen: list[str] = []

    def record(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(demo_read, "before_cursor_execute", record)
    try:
        watched = [bookings.is_free(demo_read, *s) for s in slots]
    finally:
        event.remove(demo_read, "before_cursor_execute", record)
    assert watched == quiet
    assert seen.count(bookings_fast.FREE_SQL) == len(slots)
    assert not any("BEGIN IMMEDIATE" in s for s in seen), "a read takes no write lock"


def test_week_rows_fast_and_portable_are_equal(demo_read: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime(2026, 10, 19, 22, tzinfo=UTC)       # the week of the autumn change
    end = start + timedelta(days=7, hours=1)
    with demo_read.connect() as conn:
        rids = [r for (r,) in conn.execute(text("SELECT id FROM resource ORDER BY id"))]
        (pid,) = conn.execute(text("SELECT person_id FROM booking WHERE person_id IS NOT NULL"
                                   " ORDER BY id LIMIT 1")).one()
    cases: list[dict[str, Any]] = [
        {}, {"resource_ids": rids[:7]}, {"resource_ids": []}, {"include_cancelled": True},
        {"person_id": pid, "include_cancelled": True}]
    for kw in cases:
        fast = bookings._between(demo_read, start, end, **kw)
        slow = _portable(monkeypatch, bookings._between, demo_read, start, end, **kw)
        assert fast == slow, kw
    assert len(bookings._between(demo_read, start, end)) > 50
    row = bookings._between(demo_read, start, end)[0]
    assert row.start_at.tzinfo is UTC and row.label().startswith(f"#{row.id} ")


def test_a_row_made_fast_is_a_whole_booking_row() -> None:
    """The fast constructor fills every field: adding one to BookingRow fails here."""
    raw = (1, 2, "Salle", 3, "Hélène", "Le Clerc", "Point", "2026-06-01 08:00:00.000000",
           "2026-06-01 09:30:00.000000", "confirmed", 4, 2500, "2026-06-01 07:55:00.000000",
           None, 2, "Europe/Paris")
    [row] = bookings._booking_rows([raw])
    assert row == BookingRow(1, 2, "Salle", 3, "Hélène Le Clerc", "Point",
                             datetime(2026, 6, 1, 8, tzinfo=UTC),
                             datetime(2026, 6, 1, 9, 30, tzinfo=UTC), "confirmed", 4, 2500,
                             datetime(2026, 6, 1, 7, 55, tzinfo=UTC), None, 2, "Europe/Paris")
    assert len(row) == len(BookingRow._fields)   # tuple.__new__ takes any length
    assert hash(row) == hash(BookingRow(**row._asdict()))


# -- on every backend: what the services write is what they read back --------------------

@pytest.fixture
def place(engine: Any) -> dict[str, Any]:
    site = sites.create(engine, "La Fabrique", city="Lyon")
    room = spaces.create_resource(engine, ResourceInput(
        site.id, "Salle Lovelace", "meeting_room", capacity=8, hourly_price_cents=2500,
        buffer_minutes=15))
    zone = spaces.create_resource(engine, ResourceInput(
        site.id, "Open space", "hot_desk_zone", capacity=2, daily_price_cents=1500))
    spaces.set_opening_hours(engine, site.id, {d: [(time(8), time(20))] for d in range(5)})
    who = members.create(engine, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                             email="helene@exemple.fr"))
    return {"engine": engine, "site": site, "room": room, "zone": zone, "who": who}


def _book(place: dict[str, Any], res: str, start: datetime, minutes: int = 60,
          **kw: Any) -> BookingRow:
    return bookings.create(place["engine"], BookingRequest(
        place[res].id, start, start + timedelta(minutes=minutes), place["who"].id, "Point",
        **kw), now=NOW)


def test_created_row_is_the_stored_booking(place: dict[str, Any]) -> None:
    e = place["engine"]
    made = _book(place, "room", DAY, 90)
    assert made == bookings.get(e, made.id)
    assert (made.person_name, made.price_cents, made.sequence) == ("Hélène Le Clerc", 3750, 0)
    with transaction(e, readonly=True) as s:
        created, updated, notes = s.execute(text(
            "SELECT created_at, updated_at, notes FROM booking WHERE id = :i"), {"i": made.id}
        ).one()
    assert created is not None and updated is not None and notes == ""


def test_availability_counts_buffers_capacity_and_cancellations(place: dict[str, Any]) -> None:
    e, room, zone = place["engine"], place["room"].id, place["zone"].id
    first = _book(place, "room", DAY)
    assert not bookings.is_free(e, room, DAY + timedelta(minutes=30), DAY + timedelta(hours=2))
    assert not bookings.is_free(e, room, DAY + timedelta(hours=1), DAY + timedelta(hours=2))
    assert bookings.is_free(e, room, DAY + timedelta(minutes=75), DAY + timedelta(hours=2))
    bookings.cancel(e, first.id, now=NOW)
    assert bookings.is_free(e, room, DAY, DAY + timedelta(hours=1))
    _book(place, "zone", DAY, 180)
    assert bookings.is_free(e, zone, DAY, DAY + timedelta(hours=1))       # 1 of 2 seats
    _book(place, "zone", DAY + timedelta(hours=1), 60)
    assert not bookings.is_free(e, zone, DAY + timedelta(minutes=90), DAY + timedelta(hours=3))
    assert bookings.is_free(e, zone, DAY + timedelta(hours=2), DAY + timedelta(hours=3))
    with pytest.raises(NotFoundError):
        bookings.is_free(e, 10**9, DAY, DAY + timedelta(hours=1))


def _other_pc(engine: Any) -> Any:
    """Another process's engine on the same database (a second front-desk PC)."""
    return make_engine(engine.url)


def test_changes_from_another_pc_count_at_once(place: dict[str, Any]) -> None:
    """No resource, calendar or booking is remembered between calls: a buffer, a closure,
    opening hours or a booking changed elsewhere is seen by the next check."""
    e, room = place["engine"], place["room"]
    after = DAY + timedelta(minutes=80)      # an hour booked, 15 min buffer: free 20 min after
    _book(place, "room", DAY)
    assert bookings.is_free(e, room.id, after, after + timedelta(hours=1))
    other = _other_pc(e)
    try:
        with other.begin() as conn:
            conn.execute(text("UPDATE resource SET buffer_minutes = 30 WHERE id = :r"),
                         {"r": room.id})
        assert not bookings.is_free(e, room.id, after, after + timedelta(hours=1))
        with pytest.raises(ConflictError):
            _book(place, "room", after)
        # a closure added by the other PC, through the service
        spaces.add_closure(other, place["site"].id, date(2026, 12, 2), date(2026, 12, 2),
                           "Inventaire")
        with pytest.raises(ValidationError) as closed:
            _book(place, "room", DAY + timedelta(days=1))
        assert closed.value.key == "closed_day" and "Inventaire" in closed.value.message()
        # opening hours shortened elsewhere: 18:00 is outside them now
        evening = datetime(2026, 12, 3, 17, tzinfo=UTC)
        _book(place, "room", evening)
        spaces.set_opening_hours(other, place["site"].id,
                                 {d: [(time(9), time(17))] for d in range(5)})
        with pytest.raises(ValidationError) as err:
            _book(place, "room", evening + timedelta(days=1))
        assert err.value.key == "outside_opening_hours"
        # a booking made elsewhere takes the slot
        thursday = datetime(2026, 12, 10, 9, tzinfo=UTC)
        assert bookings.is_free(e, room.id, thursday, thursday + timedelta(hours=1))
        bookings.create(other, BookingRequest(room.id, thursday, thursday + timedelta(hours=1),
                                              as_staff=True), now=NOW)
        assert not bookings.is_free(e, room.id, thursday, thursday + timedelta(hours=1))
    finally:
        other.dispose()


def test_a_booking_written_by_hand_is_seen_by_the_week(place: dict[str, Any],
                                                       db_path: Any) -> None:
    """The rows of a range are read at each call (the planning after another PC's
    booking), here written with bare sqlite3 behind SQLAlchemy's back."""
    e = place["engine"]
    if e.dialect.name != "sqlite":
        pytest.skip("bare sqlite3 writer")
    made = _book(place, "room", DAY)
    week = (DAY - timedelta(days=1), DAY + timedelta(days=6))
    assert [r.id for r in bookings.between(e, *week)] == [made.id]
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE booking SET title = 'Renommé' WHERE id = ?", (made.id,))
    conn.commit()
    conn.close()
    assert [r.title for r in bookings.between(e, *week)] == ["Renommé"]
