"""What the planning shows, computed once per load: rows, blocks, openings, time span.

``load_planning`` is plain service calls (safe on the worker thread, no Qt). The
``PlanningModel`` then turns its result into per-row blocks in local minutes, so the view
paints from lists and never queries the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.engine import Engine

from tierslieu import timeutil
from tierslieu.services import bookings
from tierslieu.services.bookings import BookingRow
from tierslieu.services.spaces import ResourceRow

DAY = "day"
WEEK = "week"
SNAP = 15                      # minutes: drags and new bookings snap to quarter hours
DEFAULT_SPAN = (8 * 60, 20 * 60)
MINUTES_PER_DAY = 24 * 60


def kind_label(kind: str) -> str:
    """Resource kinds as people say them (literal strings, so lupdate extracts them)."""
    labels = {
        "meeting_room": QCoreApplication.translate("planning", "Meeting room"),
        "phone_booth": QCoreApplication.translate("planning", "Phone booth"),
        "hot_desk_zone": QCoreApplication.translate("planning", "Hot-desk zone"),
        "office": QCoreApplication.translate("planning", "Private office"),
        "desk": QCoreApplication.translate("planning", "Fixed desk"),
        "event_hall": QCoreApplication.translate("planning", "Event hall"),
    }
    return labels.get(kind, kind)


def status_label(row: BookingRow) -> str:
    if row.status == "no_show":
        return QCoreApplication.translate("planning", "No-show")
    if row.status == "cancelled":
        return QCoreApplication.translate("planning", "Cancelled")
    if row.checked_in_at is not None:
        return QCoreApplication.translate("planning", "Checked in")
    return QCoreApplication.translate("planning", "Confirmed")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def visible_days(anchor: date, mode: str) -> list[date]:
    if mode == WEEK:
        first = week_start(anchor)
        return [first + timedelta(days=i) for i in range(7)]
    return [anchor]


@dataclass(frozen=True)
class PlanningData:
    """The raw answer of the services for one range (crosses threads: plain data)."""

    site_id: int | None
    days: list[date]
    resources: list[ResourceRow]
    bookings: list[BookingRow]
    openings: dict[date, tuple[list[tuple[time, time]], str | None]]


def load_planning(engine: Engine, *, site_id: int | None, days: list[date],
                  kinds: tuple[str, ...] = ()) -> PlanningData:
    """Resources of the site (optionally of some kinds), their bookings over ``days``
    (local days of the site) and the site's openings: one service call, one statement
    on SQLite (:func:`tierslieu.services.bookings.site_days`)."""
    if site_id is None or not days:
        return PlanningData(site_id, days, [], [], {})
    found = bookings.site_days(engine, site_id, days, kinds=kinds)
    return PlanningData(site_id, days, found.resources, found.bookings, found.openings)


class Block(NamedTuple):
    """The part of one booking shown in one day column of one row (local minutes).

    A named tuple (a week lays out 512 of them: a tuple is made in a fifth of a frozen
    dataclass's time) whose first fields sort the blocks of a row by start: (day,
    start, id) is unique in a row, so blocks compare as plain tuples."""

    day: int
    start_min: int
    id: int                # the booking's
    end_min: int
    booking: BookingRow
    row: int
    lane: int = 0
    lanes: int = 1


MINUTE = timedelta(minutes=1)


def _layout(bookings: list[BookingRow], row_of: dict[int, int], rows: int,
            first_day: date, last: int) -> tuple[list[list[Block]], int, int]:
    """Per row, its blocks (one per visible day a booking touches: a night booking
    gives two) in local minutes of their day, by start and with their lanes; and the
    earliest start and latest end of them all.

    A week's bookings share few distinct instants (slots start on the quarter hour,
    and the fast path parses each text once): each is converted once with the zone's
    own rules (DST included), then found by the instant."""
    per_row: list[list[Block]] = [[] for _ in range(rows)]
    # a row whose blocks come by start (the bookings do, by UTC start) and end before
    # the next starts is already laid out: one lane each. The others (overlaps, a block
    # in the autumn's repeated hour, a night's second day) are sorted and laid out.
    ends = [-1] * rows                   # the row's last block's end, from the first day
    mixed: set[int] = set()
    # local midnight of the first day, as if it were UTC: an instant's local wall time
    # minus it is (instant - origin) + the zone's offset at the instant (DST included)
    origin = datetime.combine(first_day, time(0), tzinfo=UTC)
    caches: dict[str, dict[datetime, int]] = {}
    zone, cache, tzinfo = "", {}, timeutil.zone(None)

    def minutes(instant: datetime) -> int:
        """From local midnight of the first day, in the zone's wall time."""
        offset = instant.astimezone(tzinfo).utcoffset()
        found = cache[instant] = (instant - origin + offset) // MINUTE  # type: ignore[operator]
        return found

    earliest, latest = MINUTES_PER_DAY, 0
    new = tuple.__new__
    for b in bookings:
        row = row_of.get(b.resource_id)
        if row is None:
            continue
        if b.timezone != zone:
            zone, tzinfo = b.timezone, timeutil.zone(b.timezone)
            cache = caches.setdefault(zone, {})
        start = cache.get(b.start_at)
        if start is None:
            start = minutes(b.start_at)
        end = cache.get(b.end_at)
        if end is None:
            end = minutes(b.end_at)
        day = start // MINUTES_PER_DAY
        lo = day * MINUTES_PER_DAY
        if 0 <= day <= last and end <= lo + MINUTES_PER_DAY:     # nearly every booking
            if start < ends[row] or end <= start:
                mixed.add(row)
            ends[row] = end
            start -= lo
            end -= lo
            per_row[row].append(new(Block, (day, start, b.id, end, b, row, 0, 1)))
            if start < earliest:
                earliest = start
            if end > latest:
                latest = end
            continue
        mixed.add(row)
        for i in range(max(day, 0), min((end - 1) // MINUTES_PER_DAY, last) + 1):
            lo, hi = i * MINUTES_PER_DAY, (i + 1) * MINUTES_PER_DAY
            piece = Block(i, max(start, lo) - lo, b.id, min(end, hi) - lo, b, row)
            per_row[row].append(piece)
            earliest, latest = min(earliest, piece.start_min), max(latest, piece.end_min)
    for row in mixed:
        _assign_lanes(per_row[row])
    return per_row, earliest, latest


def _assign_lanes(blocks: list[Block]) -> None:
    """Overlapping blocks of one row share its height (a no-show and its replacement,
    a hot-desk zone's bookings). Sorted by start, in one pass each block takes the
    first free lane of its cluster (the blocks that overlap one another, transitively);
    then the blocks off the first lane or in a cluster of several lanes are remade."""
    blocks.sort()
    lanes: list[int] = []                 # each block's
    widths: list[int] = []                # each block's cluster's lanes, once it closes
    lane_ends: list[int] = []
    cluster_end = -1
    for blk in blocks:
        key = blk[0] * MINUTES_PER_DAY + blk[1]
        end = blk[0] * MINUTES_PER_DAY + blk[3]
        if key >= cluster_end:            # nothing before still runs: a new cluster
            widths += [len(lane_ends)] * (len(lanes) - len(widths))
            lane_ends = []
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= key:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(end)
        lanes.append(lane)
        if end > cluster_end:
            cluster_end = end
    widths += [len(lane_ends)] * (len(lanes) - len(widths))
    new = tuple.__new__
    for i, (blk, lane, width) in enumerate(zip(blocks, lanes, widths, strict=True)):
        if lane or width > 1:
            blocks[i] = new(Block, (*blk[:6], lane, width))


class PlanningModel(QObject):
    """Rows, blocks and openings of the range on screen; filters live in the page."""

    sig_changed = Signal()
    """the data was replaced (new range, filters or bookings)"""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = DAY
        self.site_id: int | None = None
        self.days: list[date] = []
        self.resources: list[ResourceRow] = []
        self.openings: dict[date, tuple[list[tuple[time, time]], str | None]] = {}
        self.span: tuple[int, int] = DEFAULT_SPAN
        self._rows: list[list[Block]] = []
        self._by_id: dict[int, BookingRow] = {}
        self._row_of: dict[int, int] = {}
        self._profiles: dict[tuple[int, int], list[tuple[int, int, int]]] = {}

    # -- loading -------------------------------------------------------------------------

    def set_data(self, data: PlanningData, mode: str | None = None) -> None:
        if mode is not None:
            self.mode = mode
        self.site_id = data.site_id
        self.days = list(data.days)
        self.resources = list(data.resources)
        self.openings = dict(data.openings)
        self._row_of = {r.id: i for i, r in enumerate(self.resources)}
        self._by_id = {b.id: b for b in data.bookings}
        self._rows, earliest, latest = _layout(
            data.bookings, self._row_of, len(self.resources), self.days[0],
            len(self.days) - 1) if self.days else ([[] for _ in self.resources],
                                                   MINUTES_PER_DAY, 0)
        self._profiles = {}
        self.span = self._compute_span(earliest, latest)
        self.sig_changed.emit()

    def _compute_span(self, earliest: int, latest: int) -> tuple[int, int]:
        """Opening hours of the range, widened to hours and to any booking outside them
        (the earliest start and latest end of the blocks), so a staff booking at 7:00 is
        never invisible."""
        lo, hi = MINUTES_PER_DAY, 0
        for intervals, _reason in self.openings.values():
            for opens, closes in intervals:
                lo = min(lo, opens.hour * 60 + opens.minute)
                hi = max(hi, closes.hour * 60 + closes.minute + (1 if closes.second else 0))
        if hi <= lo:
            lo, hi = DEFAULT_SPAN
        lo, hi = min(lo, earliest), max(hi, latest)
        if self.mode == DAY:   # an hour of margin: staff set up before opening
            lo, hi = lo - 60, hi + 60
        lo = max(0, lo - lo % 60)
        hi = min(MINUTES_PER_DAY, hi + (-hi) % 60)
        return lo, hi

    # -- queries used by the view --------------------------------------------------------

    def row_count(self) -> int:
        return len(self.resources)

    def blocks(self, row: int) -> list[Block]:
        return self._rows[row] if 0 <= row < len(self._rows) else []

    def all_blocks(self) -> list[Block]:
        return [b for blocks in self._rows for b in blocks]

    def booking(self, booking_id: int) -> BookingRow | None:
        return self._by_id.get(booking_id)

    def bookings(self) -> list[BookingRow]:
        return list(self._by_id.values())

    def row_of(self, resource_id: int) -> int:
        return self._row_of.get(resource_id, -1)

    def day_index(self, day: date) -> int:
        try:
            return self.days.index(day)
        except ValueError:
            return -1

    def closed_reason(self, day_index: int) -> str | None:
        """Why the day is closed, as shown: a holiday's or closure's name, or "Closed"."""
        reason = self.openings.get(self.days[day_index], ([], None))[1]
        if reason == "closed_weekday":
            return QCoreApplication.translate("planning", "Closed")
        return reason

    def closed_ranges(self, day_index: int) -> list[tuple[int, int]]:
        """Closed stretches of a day within the span, in local minutes."""
        lo, hi = self.span
        day = self.days[day_index]
        if day not in self.openings:
            return []
        intervals, reason = self.openings[day]
        if reason or not intervals:
            return [(lo, hi)]
        out, cursor = [], lo
        for opens, closes in sorted(intervals):
            o = opens.hour * 60 + opens.minute
            c = closes.hour * 60 + closes.minute + (1 if closes.second else 0)
            if o > cursor:
                out.append((cursor, min(o, hi)))
            cursor = max(cursor, c)
        if cursor < hi:
            out.append((cursor, hi))
        return [(a, b) for a, b in out if b > a]

    def occupancy(self, row: int, day_index: int) -> list[tuple[int, int, int]]:
        """For a shared zone: (start, end, seats taken) pieces of the day, no-shows excluded."""
        key = (row, day_index)
        if key not in self._profiles:
            edges: dict[int, int] = {}
            for b in self.blocks(row):
                if b.day == day_index and b.booking.status == "confirmed":
                    edges[b.start_min] = edges.get(b.start_min, 0) + 1
                    edges[b.end_min] = edges.get(b.end_min, 0) - 1
            pieces, count, prev = [], 0, None
            for t in sorted(edges):
                if prev is not None and count > 0 and t > prev:
                    pieces.append((prev, t, count))
                count += edges[t]
                prev = t
            self._profiles[key] = pieces
        return self._profiles[key]

    def booking_count(self) -> int:
        return len(self._by_id)
