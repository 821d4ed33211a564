from __future__ import annotations

from collections import Counter

from sqlalchemy import text

from tierslieu import timeutil
from tierslieu.services import bookings, demo_spaces


def test_demo_bookings_follow_the_booking_rules(demo_read) -> None:  # type: ignore[no-untyped-def]
    """On the run's seed-1 demo (its determinism: test_demo.test_same_seed_same_data)."""
    sqlite_engine = demo_read
    with sqlite_engine.connect() as c:
        overlaps = c.execute(text(
            # b starts inside a (plus the buffer): an index range per booking, not all pairs
            "SELECT count(*) FROM booking a JOIN booking b ON a.resource_id = b.resource_id"
            " AND b.start_at >= a.start_at AND b.start_at < datetime(a.end_at, '+1 day')"
            " AND a.id != b.id JOIN resource r ON r.id = a.resource_id"
            " WHERE a.status = 'confirmed' AND b.status = 'confirmed'"
            " AND r.kind != 'hot_desk_zone'"
            " AND julianday(b.start_at) < julianday(a.end_at) + r.buffer_minutes / 1440.0"
        )).scalar()
        assert c.execute(text("SELECT count(*) FROM resource")).scalar() == 12
        assert c.execute(text("SELECT count(*) FROM booking")).scalar() > 5000
        statuses = dict(c.execute(text("SELECT status, count(*) FROM booking GROUP BY status"))
                        .all())
    assert overlaps == 0
    assert statuses["no_show"] > 0 and statuses["cancelled"] > 0
    rows = bookings.between(sqlite_engine, *timeutil.day_bounds_utc(
        demo_spaces.REFERENCE.replace(day=1), "Europe/Paris"))
    for b in rows:  # never on a closed day nor outside 08:00-20:00 local
        assert 8 <= b.local_start.hour and b.local_end.hour <= 20
    weekdays = Counter(timeutil.to_local(b.start_at, "Europe/Paris").weekday()
                       for b in bookings.between(sqlite_engine, *_year(sqlite_engine)))
    assert weekdays[2] > weekdays[4] > weekdays[5]  # Wednesday peak, quiet Saturday
    assert weekdays[6] == 0  # closed on Sunday


def _year(engine):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC)
