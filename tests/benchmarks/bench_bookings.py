"""Bookings: the availability check of a random slot, and saving one booking.

``availability_check``: :func:`tierslieu.services.bookings.is_free` per call (the
resource's kind, capacity and buffer read, then the bounded overlap query: on SQLite two
autocommit statements on the pooled connection, nothing cached between calls), against
the same bounded, indexed query in raw sqlite3.
``booking_save``: :func:`tierslieu.services.bookings.create` of a free slot (every rule,
the site's hours and closures read, the conflict check, the insert, the audit row, the
commit) against one raw ``INSERT`` and commit in the same journal mode
(``synchronous=FULL`` like the application).
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from common import SQLITE_TIME, Bench, copy_db, raw, result

SLOTS = 300


def _random_slots(conn: Any, rng: random.Random) -> list[tuple[int, datetime, datetime]]:
    rids = [r for (r,) in conn.execute("SELECT id FROM resource WHERE kind IN "
                                       "('meeting_room', 'phone_booth', 'desk', 'office')")]
    lo, hi = (datetime.strptime(x, SQLITE_TIME).replace(tzinfo=UTC) for x in conn.execute(
        "SELECT min(start_at), max(start_at) FROM booking").fetchone())
    days = (hi - lo).days
    out = []
    for _ in range(SLOTS):
        start = (lo + timedelta(days=rng.randrange(days))).replace(
            hour=rng.randrange(7, 18), minute=rng.choice((0, 30)), second=0, microsecond=0)
        out.append((rng.choice(rids), start, start + timedelta(minutes=60)))
    return out


def _per_call_us(fn: Any, items: list[Any], repeat: int) -> float:
    """Best of ``repeat`` passes over ``items``, as microseconds per item."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, (time.perf_counter() - t0) / len(items) * 1e6)
    return best


def availability_check(b: Bench) -> dict[str, Any]:
    from tierslieu.db.engine import make_engine
    from tierslieu.services import bookings

    engine = make_engine(b.demo)
    conn = raw(b.demo)
    slots = _random_slots(conn, random.Random(11))
    buffers = dict(conn.execute("SELECT id, buffer_minutes FROM resource"))
    reach = bookings.MAX_LENGTH

    def ours(slot: tuple[int, datetime, datetime]) -> None:
        bookings.is_free(engine, *slot)

    def floor(slot: tuple[int, datetime, datetime]) -> None:
        rid, start, end = slot
        buf = timedelta(minutes=buffers[rid])
        conn.execute(
            "SELECT id, start_at, end_at FROM booking WHERE resource_id = ?"
            " AND status = 'confirmed' AND start_at < ? AND start_at > ? AND end_at > ?",
            (rid, (end + buf).strftime(SQLITE_TIME),
             (start - buf - reach).strftime(SQLITE_TIME),
             (start - buf).strftime(SQLITE_TIME))).fetchall()

    free = sum(bookings.is_free(engine, *s) for s in slots)
    value = _per_call_us(ours, slots, b.repeat)
    base = _per_call_us(floor, slots, b.repeat)
    conn.close()
    engine.dispose()
    return result("availability_check", value, base, "µs", slots=len(slots), free=free)


def booking_save(b: Bench) -> dict[str, Any]:
    from tierslieu.db.engine import make_engine
    from tierslieu.services import bookings
    from tierslieu.services.bookings import BookingRequest

    path = copy_db(b.demo, b.tmp / "booking_save.sqlite")
    engine = make_engine(path)
    conn = raw(path)
    rid, person = conn.execute(
        "SELECT r.id, (SELECT min(id) FROM person WHERE status = 'active') FROM resource r"
        " WHERE r.kind = 'meeting_room' ORDER BY r.id LIMIT 1").fetchone()
    # weekdays of March 2027, after the demo's last booking: free and inside opening hours;
    # an hour apart (the room's buffer), the service's days apart from the raw inserts'
    first = datetime(2027, 3, 1, 9)
    days = [first + timedelta(days=d) for d in range(28)
            if (first + timedelta(days=d)).weekday() < 5]
    rng = random.Random(5)
    mine, theirs = ([day + timedelta(hours=h) for day in days[k::2] for h in range(10)]
                    for k in (0, 1))
    rng.shuffle(mine)
    n = min(40, len(mine))
    values, floors = [], []
    for i in range(n):
        start = mine[i]
        t0 = time.perf_counter()
        bookings.create(engine, BookingRequest(rid, start, start + timedelta(minutes=30),
                                               person_id=person, title="Bench", as_staff=True))
        values.append((time.perf_counter() - t0) * 1000)
        s = theirs[i].replace(tzinfo=UTC)
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO booking (resource_id, person_id, title, start_at, end_at, attendees,"
            " status, price_cents, sequence, notes, created_at, updated_at)"
            " VALUES (?, ?, 'Bench', ?, ?, 1, 'confirmed', 0, 0, '', ?, ?)",
            (rid, person, s.strftime(SQLITE_TIME),
             (s + timedelta(minutes=30)).strftime(SQLITE_TIME), s.strftime(SQLITE_TIME),
             s.strftime(SQLITE_TIME)))
        conn.execute("COMMIT")
        floors.append((time.perf_counter() - t0) * 1000)
    conn.close()
    engine.dispose()
    return result("booking_save", statistics.median(values), statistics.median(floors),
                  saved=n, journal=_journal(path))


def _journal(path: Any) -> str:
    conn = raw(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()
