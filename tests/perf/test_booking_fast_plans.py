"""The SQLite fast paths run what we think they run: the availability check is two
autocommit statements on the pooled connection (no BEGIN/COMMIT), the booking one a
bounded range of ix_booking_resource_time; the week is one bounded range too.

No SQLAlchemy listener here (one would send the statements through SQLAlchemy): SQLite's
own trace callback, set on each new connection, sees what the driver really executes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from tests.perf.conftest import query_plan
from tierslieu.db.engine import make_engine
from tierslieu.services import bookings, bookings_fast

BOUNDED = "(resource_id=? AND start_at>? AND start_at<?)"


@pytest.fixture
def traced(demo_read: Any) -> Iterator[tuple[Any, list[str]]]:
    """A second engine on the read-only demo whose connections report every statement."""
    engine = make_engine(demo_read.url)
    seen: list[str] = []

    @event.listens_for(engine, "connect")
    def _trace(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_trace_callback(seen.append)

    engine.raw_connection().close()       # the pool's first connection: pragmas traced
    seen.clear()
    yield engine, seen
    engine.dispose()


def _room(engine: Any) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql(
            "SELECT id FROM resource WHERE kind = 'meeting_room' ORDER BY id").scalar())


def test_availability_check_is_two_autocommit_statements(traced: tuple[Any, list[str]],
                                                         demo_read: Any) -> None:
    engine, seen = traced
    room = _room(demo_read)
    start = datetime(2026, 3, 3, 9, tzinfo=UTC)
    bookings.is_free(engine, room, start, start + timedelta(hours=1))
    assert len(seen) == 2, seen
    assert seen[0].startswith("SELECT kind, capacity, buffer_minutes FROM resource")
    assert seen[1].startswith("SELECT id, start_at, end_at FROM booking")
    assert not any(s.split()[0].upper() in ("BEGIN", "COMMIT", "ROLLBACK") for s in seen)


def test_availability_check_reads_a_bounded_index_range(demo_read: Any) -> None:
    room = _room(demo_read)
    start = datetime(2026, 3, 3, 9, tzinfo=UTC)
    params = bookings_fast.free_params(room, start, start + timedelta(hours=1),
                                       timedelta(minutes=15), bookings.MAX_LENGTH)
    plan = query_plan(demo_read, bookings_fast.FREE_SQL, params)
    assert plan == [f"SEARCH booking USING INDEX ix_booking_resource_time {BOUNDED}"], plan
    assert params[1:] == ("2026-03-03 10:15:00.000000", "2026-01-31 08:45:00.000000",
                          "2026-03-03 08:45:00.000000")


def test_instants_are_written_and_read_as_sqlalchemy_does(demo_read: Any) -> None:
    from tierslieu.db.models.base import UTCDateTime

    dialect = demo_read.dialect
    to_db = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    from_db = UTCDateTime().dialect_impl(dialect).result_processor(dialect, None)
    for value in (datetime(2026, 3, 29, 0, 59, 59, 999999, tzinfo=UTC),
                  datetime(1999, 12, 31, 23, 0, tzinfo=UTC), datetime.now(UTC)):
        stored = to_db(value)
        assert bookings_fast.db_time(value) == stored
        assert bookings_fast.instant(stored) == from_db(stored) == value


def test_week_is_one_bounded_statement(traced: tuple[Any, list[str]]) -> None:
    engine, seen = traced
    start = datetime(2026, 6, 1, tzinfo=UTC)
    rows = bookings.between(engine, start, start + timedelta(days=7),
                            resource_ids=list(range(1, 30)))
    assert rows
    selects = [s for s in seen if s.startswith("SELECT")]
    assert len(selects) == 1 and "FROM booking" in selects[0], seen
    plan = query_plan(engine, selects[0], ())
    booking_steps = [step for step in plan if " booking " in f" {step} "]
    assert booking_steps and all("start_at>? AND start_at<?" in step
                                 for step in booking_steps), plan
