"""The planning model's layout (blocks per day, lanes) equals the plain one it replaced:
each instant converted with ``astimezone``, each booking tested against every visible
day, lanes given one block at a time. Random weeks, the autumn and spring clock changes,
night bookings, bookings that start before the week or end after it, overlaps."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

import pytest

from tierslieu import timeutil
from tierslieu.gui.planning.model import (
    DAY,
    WEEK,
    Block,
    PlanningData,
    PlanningModel,
    visible_days,
)
from tierslieu.services.bookings import BookingRow
from tierslieu.services.spaces import ResourceRow

TZ = "Europe/Paris"
MIN_PER_DAY = 24 * 60


def _resource(rid: int) -> ResourceRow:
    return ResourceRow(rid, 1, "Site", TZ, f"R{rid}", "meeting_room", 8, "", 0, 0, 0,
                       "members", 0, 30, 600, 90, "", "active")


def _expected(bookings: list[BookingRow], resources: list[ResourceRow],
              days: list[date]) -> list[tuple[int, int, int, int, int, int, int]]:
    """(booking, row, day, start, end, lane, lanes), computed the plain way."""
    def minutes(instant: datetime) -> int:
        local = instant.astimezone(timeutil.zone(TZ)).replace(tzinfo=None)
        return int((local - datetime.combine(days[0], time(0))).total_seconds() // 60)

    row_of = {r.id: i for i, r in enumerate(resources)}
    out = []
    for row in range(len(resources)):
        pieces = []
        for b in bookings:
            if row_of.get(b.resource_id) != row:
                continue
            start, end = minutes(b.start_at), minutes(b.end_at)
            for i in range(len(days)):
                lo, hi = i * MIN_PER_DAY, (i + 1) * MIN_PER_DAY
                if start < hi and end > lo:
                    pieces.append((i, max(start, lo) - lo, min(end, hi) - lo, b.id))
        pieces.sort(key=lambda p: (p[0], p[1], p[3]))
        cluster: list[tuple[tuple[int, int, int, int], int]] = []
        lane_ends: list[int] = []
        cluster_end = -1
        for p in pieces + [None]:                   # None: the end, flush the last cluster
            key = MIN_PER_DAY * 8 if p is None else p[0] * MIN_PER_DAY + p[1]
            if cluster and key >= cluster_end:
                out += [(q[3], row, q[0], q[1], q[2], lane, len(lane_ends))
                        for q, lane in cluster]
                cluster, lane_ends = [], []
            if p is None:
                break
            end = p[0] * MIN_PER_DAY + p[2]
            free = [i for i, e in enumerate(lane_ends) if e <= key]
            lane = free[0] if free else len(lane_ends)
            if lane == len(lane_ends):
                lane_ends.append(end)
            else:
                lane_ends[lane] = end
            cluster.append((p, lane))
            cluster_end = max(cluster_end, end)
    return sorted(out)


def _random_week(rng: random.Random, monday: date, n: int) -> list[BookingRow]:
    first = timeutil.day_bounds_utc(monday, TZ)[0]
    out = []
    for i in range(n):
        start = first + timedelta(minutes=15 * rng.randrange(-4 * 24 * 3, 4 * 24 * 8))
        length = rng.choice((15, 30, 60, 90, 120, 240, 600, 900, 60 * 30))
        out.append(BookingRow(i + 1, rng.randrange(1, 6), "R", None, "", "", start,
                              start + timedelta(minutes=length), "confirmed", 1, 0, None,
                              None, 0, TZ))
    return out


@pytest.mark.parametrize("monday", [date(2026, 6, 1), date(2026, 10, 19), date(2026, 10, 26),
                                    date(2027, 3, 22), date(2026, 12, 21)])
def test_week_layout_equals_the_plain_one(monday: date) -> None:
    rng = random.Random(monday.toordinal())
    resources = [_resource(r) for r in range(1, 6)]
    days = visible_days(monday, WEEK)
    model = PlanningModel()
    for n in (0, 1, 40, 150):
        rows = _random_week(rng, monday, n)
        model.set_data(PlanningData(1, days, resources, rows, {}), WEEK)
        got = sorted((b.id, b.row, b.day, b.start_min, b.end_min, b.lane, b.lanes)
                     for b in model.all_blocks())
        assert got == _expected(rows, resources, days)
        assert all(b.booking is model.booking(b.id) for b in model.all_blocks())
        # made without __new__: every field there (a new field of Block fails here)
        assert all(type(b) is Block and len(b) == len(Block._fields)
                   and b.id == b.booking.id for b in model.all_blocks())
    assert any(b.lanes > 1 for b in model.all_blocks()), "overlaps were tried"


def test_day_mode_keeps_only_the_day() -> None:
    day = date(2026, 10, 25)        # 25 hours in Paris
    start = datetime(2026, 10, 24, 22, tzinfo=UTC)     # midnight, summer time
    night = BookingRow(1, 1, "R", None, "", "", start - timedelta(hours=2),
                       start + timedelta(hours=3), "confirmed", 1, 0, None, None, 0, TZ)
    late = BookingRow(2, 1, "R", None, "", "", datetime(2026, 10, 25, 21, tzinfo=UTC),
                      datetime(2026, 10, 25, 23, 30, tzinfo=UTC), "confirmed", 1, 0, None,
                      None, 0, TZ)
    model = PlanningModel()
    model.set_data(PlanningData(1, [day], [_resource(1)], [night, late], {}), DAY)
    blocks = sorted((b.id, b.start_min, b.end_min) for b in model.all_blocks())
    # 02:00 summer time = 0 h + 2 h, then 23:00 UTC = 00:00 next day: cut at midnight
    assert blocks == [(1, 0, 120), (2, 22 * 60, 24 * 60)]


@pytest.mark.parametrize("monday", [date(2026, 10, 19), date(2027, 3, 22), date(2026, 6, 1)])
def test_rows_already_in_order_keep_the_plain_layout(monday: date) -> None:
    """Back-to-back bookings by start (rows laid out as they come) mixed with rows that
    need sorting: a gap-free day, an overlap, a night, the hour repeated in autumn."""
    rng = random.Random(monday.toordinal() + 1)
    first = timeutil.day_bounds_utc(monday, TZ)[0]
    rows, n = [], 0
    for rid in range(1, 6):
        start = first + timedelta(hours=rng.choice((0, 5, 7)))
        for _ in range(rng.randrange(20, 60)):
            length = timedelta(minutes=rng.choice((15, 30, 60, 120, 300)))
            if rid == 5 and rng.random() < 0.2:       # an overlap now and then
                start -= timedelta(minutes=30)
            n += 1
            rows.append(BookingRow(n, rid, "R", None, "", "", start, start + length,
                                   "confirmed", 1, 0, None, None, 0, TZ))
            start += length + timedelta(minutes=rng.choice((0, 0, 15, 240)))
    rows.sort(key=lambda b: (b.start_at, b.id))        # as the services give them
    resources = [_resource(r) for r in range(1, 6)]
    days = visible_days(monday, WEEK)
    model = PlanningModel()
    model.set_data(PlanningData(1, days, resources, rows, {}), WEEK)
    got = sorted((b.id, b.row, b.day, b.start_min, b.end_min, b.lane, b.lanes)
                 for b in model.all_blocks())
    assert got == _expected(rows, resources, days)
    for row in range(5):
        blocks = model.blocks(row)
        assert blocks == sorted(blocks), "each row by (day, start, id)"
