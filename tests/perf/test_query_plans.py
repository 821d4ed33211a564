"""The hot queries use their indexes (SQLite's EXPLAIN QUERY PLAN on the queries the
services really run, captured as the driver receives them).

An overlap test bounded on one side only ("start_at < end AND end_at > start") walks the
whole history of a resource: 130 times slower than the bounded range measured on
500,000 bookings. Member search must come out of the (status, sort_key) index already
sorted; the planning's week is one bounded range query.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text

from tests.perf.conftest import query_plan, statements
from tierslieu.services import bookings, members
from tierslieu.services.dto import MemberQuery

BOUNDED = "(resource_id=? AND start_at>? AND start_at<?)"


def _one(engine: Any, sql: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(text(sql)).first()


def _booking_queries(seen: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [(s, p) for s, p in seen if "FROM booking" in s]


def test_availability_check_is_a_bounded_range_of_the_resource_index(demo_read: Any) -> None:
    (room,) = _one(demo_read, "SELECT id FROM resource WHERE kind = 'meeting_room' LIMIT 1")
    start = datetime(2026, 3, 3, 9, tzinfo=UTC)
    with statements(demo_read) as seen:
        bookings.is_free(demo_read, room, start, start.replace(hour=10))
    [(sql, params)] = _booking_queries(seen)
    plan = query_plan(demo_read, sql, params)
    assert plan == [f"SEARCH booking USING INDEX ix_booking_resource_time {BOUNDED}"], plan


def test_unbounded_overlap_would_walk_the_whole_history(demo_read: Any) -> None:
    """What the guard above protects against: without the lower bound on start_at the
    same index is only used up to the slot's end, i.e. every earlier booking."""
    plan = query_plan(demo_read, "SELECT id FROM booking WHERE resource_id = ? AND"
                      " status = 'confirmed' AND start_at < ? AND end_at > ?",
                      (1, "2026-03-03 10:00:00.000000", "2026-03-03 09:00:00.000000"))
    assert BOUNDED not in plan[0] and "start_at<?" in plan[0], plan


def test_member_search_reads_the_status_sort_index_in_order(demo_read: Any) -> None:
    with statements(demo_read) as seen:
        found = members.search(demo_read, MemberQuery(text="hél", status="active"))
    assert found, "the demo has Hélène Le Clerc"
    person = [(s, p) for s, p in seen if s.lstrip().startswith("SELECT person.id")]
    assert len(person) == 1, "the text filter runs once, not once per sub-query"
    plan = query_plan(demo_read, *person[0])
    assert plan == ["SEARCH person USING INDEX ix_person_status_sort (status=?)"], plan
    for sql, params in seen:       # organisations and tags of the rows found
        assert not any(step.startswith("SCAN") for step in query_plan(demo_read, sql, params))


def test_planning_week_is_one_bounded_query(demo_read: Any) -> None:
    from tierslieu.gui.planning.model import WEEK, load_planning, visible_days

    (site,) = _one(demo_read, "SELECT id FROM site ORDER BY id LIMIT 1")
    with statements(demo_read) as seen:
        data = load_planning(demo_read, site_id=site, days=visible_days(date(2026, 6, 3), WEEK))
    assert data.bookings
    [(sql, params)] = _booking_queries(seen)
    plan = query_plan(demo_read, sql, params)
    booking_steps = [step for step in plan if " booking " in f" {step} "]
    assert booking_steps and all("start_at>? AND start_at<?" in step
                                 for step in booking_steps), plan
