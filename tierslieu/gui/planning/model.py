"""What the planning shows, computed once per load: rows, blocks, openings, time span.

``load_planning`` is plain service calls (safe on the worker thread, no Qt). The
``PlanningModel`` then turns its result into per-row blocks in local minutes, so the view
paints from lists and never queries the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.engine import Engine

from tierslieu import timeutil
from tierslieu.services import bookings, spaces
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
    (local days of the site) and the site's openings. Three queries, whatever the range."""
    if site_id is None or not days:
        return PlanningData(site_id, days, [], [], {})
    resources = spaces.list_resources(engine, site_id=site_id, kinds=kinds)
    openings = spaces.day_openings(engine, site_id, days)
    if not resources:
        return PlanningData(site_id, days, [], [], openings)
    tz = resources[0].timezone
    start, _ = timeutil.day_bounds_utc(days[0], tz)
    _, end = timeutil.day_bounds_utc(days[-1], tz)
    rows = bookings.between(engine, start, end, resource_ids=[r.id for r in resources])
    return PlanningData(site_id, days, resources, rows, openings)


@dataclass(frozen=True)
class Block:
    """The part of one booking shown in one day column of one row (local minutes)."""

    booking: BookingRow
    row: int
    day: int
    start_min: int
    end_min: int
    lane: int = 0
    lanes: int = 1

    @property
    def id(self) -> int:
        return self.booking.id


@dataclass
class _RowIndex:
    blocks: list[Block] = field(default_factory=list)


def _local_minutes(value: datetime, first_day: date) -> int:
    """Minutes from local midnight of ``first_day`` (value is naive local)."""
    delta = value - datetime.combine(first_day, time(0))
    return int(delta.total_seconds() // 60)


class _LocalMinutes:
    """UTC instant -> minutes from local midnight of the first day shown.

    A week's bookings share few distinct instants (slots start on the quarter hour), so
    each is converted once with the zone's own rules (DST included) instead of two
    ``astimezone`` per booking."""

    def __init__(self, first_day: date) -> None:
        self.first_day = first_day
        self.cache: dict[tuple[datetime, str], int] = {}

    def __call__(self, instant: datetime, tz: str) -> int:
        key = (instant, tz)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = _local_minutes(timeutil.local_naive(instant, tz),
                                                     self.first_day)
        return found


# one piece of a booking in a day column before lanes: (day, start_min, end_min, id, booking)
_Piece = tuple[int, int, int, int, BookingRow]


def _pieces(bookings: list[BookingRow], row_of: dict[int, int], rows: int,
            first_day: date, last: int) -> list[list[_Piece]]:
    """Per row, one piece per visible day each booking touches (a night booking gives
    two), in local minutes of its day."""
    per_row: list[list[_Piece]] = [[] for _ in range(rows)]
    minutes = _LocalMinutes(first_day)
    for b in bookings:
        row = row_of.get(b.resource_id)
        if row is None:
            continue
        start, end = minutes(b.start_at, b.timezone), minutes(b.end_at, b.timezone)
        day = start // MINUTES_PER_DAY
        lo = day * MINUTES_PER_DAY
        if 0 <= day <= last and end <= lo + MINUTES_PER_DAY:     # nearly every booking
            per_row[row].append((day, start - lo, end - lo, b.id, b))
            continue
        for i in range(max(day, 0), min((end - 1) // MINUTES_PER_DAY, last) + 1):
            lo, hi = i * MINUTES_PER_DAY, (i + 1) * MINUTES_PER_DAY
            per_row[row].append((i, max(start, lo) - lo, min(end, hi) - lo, b.id, b))
    return per_row


def _assign_lanes(pieces: list[_Piece], row: int) -> list[Block]:
    """Overlapping blocks of one row share its height (a no-show and its replacement):
    one pass gives each piece its lane and its cluster, then each Block is made once,
    filled like ``copy`` fills a frozen dataclass (the generated ``__init__``, seven
    ``object.__setattr__``, was a fifth of laying out a week)."""
    pieces.sort(key=lambda p: (p[0], p[1], p[3]))
    laid: list[tuple[_Piece, int, int]] = []       # (piece, lane, cluster)
    widths: list[int] = []                         # lanes per cluster
    lane_ends: list[int] = []
    cluster_end = -1
    for piece in pieces:
        key = piece[0] * MINUTES_PER_DAY + piece[1]
        end = piece[0] * MINUTES_PER_DAY + piece[2]
        if key >= cluster_end:          # nothing before still runs: a new cluster
            widths.append(0)
            lane_ends = []
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= key:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(end)
        laid.append((piece, lane, len(widths) - 1))
        widths[-1] = len(lane_ends)
        if end > cluster_end:
            cluster_end = end
    out = []
    new = object.__new__
    for (day, start_min, end_min, _id, booking), lane, cluster in laid:
        blk = new(Block)
        blk.__dict__.update(booking=booking, row=row, day=day, start_min=start_min,
                            end_min=end_min, lane=lane, lanes=widths[cluster])
        out.append(blk)
    return out


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
        per_row = _pieces(data.bookings, self._row_of, len(self.resources), self.days[0],
                          len(self.days) - 1) if self.days else [[] for _ in self.resources]
        self._rows = [_assign_lanes(pieces, row) for row, pieces in enumerate(per_row)]
        self._profiles = {}
        self.span = self._compute_span(data.bookings)
        self.sig_changed.emit()

    def _compute_span(self, rows: list[BookingRow]) -> tuple[int, int]:
        """Opening hours of the range, widened to hours and to any booking outside them,
        so a staff booking at 7:00 is never invisible."""
        lo, hi = MINUTES_PER_DAY, 0
        for intervals, _reason in self.openings.values():
            for opens, closes in intervals:
                lo = min(lo, opens.hour * 60 + opens.minute)
                hi = max(hi, closes.hour * 60 + closes.minute + (1 if closes.second else 0))
        if hi <= lo:
            lo, hi = DEFAULT_SPAN
        for blocks in self._rows:
            for blk in blocks:
                lo, hi = min(lo, blk.start_min), max(hi, blk.end_min)
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
