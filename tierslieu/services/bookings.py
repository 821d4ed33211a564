"""Bookings: the one place where every booking rule is enforced.

GUI, CLI and kiosk all call these functions. A write starts with the resource locked
(SQLite: ``BEGIN IMMEDIATE`` from the engine; PostgreSQL: ``SELECT … FOR UPDATE`` on the
resource row), then checks conflicts and inserts, so two processes can never both win
the same slot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import and_, bindparam, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import Booking, BookingSeries, Person, Resource, Site
from tierslieu.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from tierslieu.services import audit, bookings_fast, spaces
from tierslieu.services.spaces import ResourceRow, SiteCalendar

ACTIVE = ("confirmed",)
assert ACTIVE == (bookings_fast.ACTIVE,), "the SQLite fast path's SQL names this status"
CANCEL_CUTOFF = timedelta(hours=24)
CHECKIN_BEFORE = timedelta(minutes=10)
CHECKIN_AFTER = timedelta(minutes=30)
# no booking is longer: lets range queries bound start_at on both sides (index range scan)
MAX_LENGTH = timedelta(days=31)


@dataclass(frozen=True)
class BookingRequest:
    """A booking as a person asks for it: local wall times in the resource's site zone."""

    resource_id: int
    start: datetime            # naive = local wall time of the site; aware = instant
    end: datetime
    person_id: int | None = None
    title: str = ""
    attendees: int = 1
    as_staff: bool = False     # staff may book staff-only rooms and override cut-offs
    fold: int | None = None    # for an ambiguous autumn time: 0 first, 1 second
    outside_hours: bool = False  # staff only: book a closed day or outside opening hours


class BookingRow(NamedTuple):
    """One booking as every screen, the CLI and the kiosk read it (UTC instants).

    A named tuple: the planning's week makes 512 of them per screen, and a tuple is
    made in a quarter of a frozen dataclass's time (0.17 against 0.7 µs, its ``__dict__``
    filled). Read it by field name; ``_asdict()`` gives its fields."""

    id: int
    resource_id: int
    resource_name: str
    person_id: int | None
    person_name: str
    title: str
    start_at: datetime
    end_at: datetime
    status: str
    attendees: int
    price_cents: int
    checked_in_at: datetime | None
    series_id: int | None
    sequence: int
    timezone: str

    @property
    def local_start(self) -> datetime:
        return timeutil.to_local(self.start_at, self.timezone)

    @property
    def local_end(self) -> datetime:
        return timeutil.to_local(self.end_at, self.timezone)

    def label(self) -> str:
        """"#12 Salle Lovelace 01/12/2026 10:00-11:00 (Hélène Le Clerc)"."""
        who = f" ({self.person_name})" if self.person_name else ""
        return (f"#{self.id} {self.resource_name} {self.local_start:%d/%m/%Y %H:%M}-"
                f"{self.local_end:%H:%M}{who}")


POLICY_KEYS = {"booking.checkin_before_minutes": CHECKIN_BEFORE,
               "booking.checkin_after_minutes": CHECKIN_AFTER,
               "booking.cancel_cutoff_hours": CANCEL_CUTOFF}


def _policy(session: Session, key: str) -> timedelta:
    """A booking delay from the settings (Setting rows, JSON numbers), else the default."""
    import json

    from tierslieu.db.models import Setting

    row = session.get(Setting, key)
    if row is None:
        return POLICY_KEYS[key]
    value = json.loads(row.value)
    return timedelta(hours=value) if key.endswith("_hours") else timedelta(minutes=value)


def _now(now: datetime | None) -> datetime:
    return now.astimezone(UTC) if now else datetime.now(UTC)


def _rows(session: Session, bookings: list[Booking]) -> list[BookingRow]:
    if not bookings:
        return []
    rids = {b.resource_id for b in bookings}
    pids = {b.person_id for b in bookings if b.person_id}
    res = {rid: (name, tz) for rid, name, tz in session.execute(
        select(Resource.id, Resource.name, Site.timezone).join(Site)
        .where(Resource.id.in_(rids)))}
    people = {p.id: f"{p.first_name} {p.last_name}".strip() for p in session.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(pids)))}
    return [BookingRow(b.id, b.resource_id, res[b.resource_id][0], b.person_id,
                       people.get(b.person_id or 0, ""), b.title, b.start_at, b.end_at,
                       b.status, b.attendees, b.price_cents, b.checked_in_at, b.series_id,
                       b.sequence, res[b.resource_id][1]) for b in bookings]


# -- rules --------------------------------------------------------------------------------

def price_cents(resource: ResourceRow, start: datetime, end: datetime) -> int:
    """Price from the resource's rates on the real (UTC) duration; integer cents.

    A day rate applies from 7 h, a half-day rate from 3 h 30, whichever is cheaper than
    the hourly total; hourly is prorated per minute, rounded half up to the cent.
    """
    minutes = int(timeutil.duration(start, end).total_seconds() // 60)
    hourly = (resource.hourly_price_cents * minutes + 30) // 60
    candidates = [hourly] if resource.hourly_price_cents else []
    if resource.daily_price_cents and minutes >= 7 * 60:
        candidates.append(resource.daily_price_cents * -(-minutes // (24 * 60)))
    if resource.half_day_price_cents and 3 * 60 + 30 <= minutes <= 5 * 60:
        candidates.append(resource.half_day_price_cents)
    return min(candidates) if candidates else 0


def _resolve_times(req: BookingRequest, resource: ResourceRow) -> tuple[datetime, datetime]:
    start = timeutil.to_utc(req.start, resource.timezone, "start", fold=req.fold)
    end = timeutil.to_utc(req.end, resource.timezone, "end", fold=req.fold)
    if end <= start:
        raise ValidationError("end_before_start", "end")
    if end - start > MAX_LENGTH:
        raise ValidationError("duration_out_of_range", "end", min=1,
                              max=int(MAX_LENGTH.total_seconds() // 60))
    return start, end


def _check_rules(req: BookingRequest, resource: ResourceRow, cal: SiteCalendar,
                 start: datetime, end: datetime, now: datetime) -> None:
    minutes = timeutil.duration(start, end).total_seconds() / 60
    if resource.capacity <= 0:
        raise ValidationError("resource_capacity_zero", "resource", value=resource.name)
    if req.attendees < 1 or (not resource.shared and req.attendees > resource.capacity):
        raise ValidationError("attendees_over_capacity", "attendees", value=req.attendees,
                              capacity=resource.capacity)
    if not req.as_staff:
        if resource.bookable_by == "staff":
            raise PermissionDenied("staff_only_resource", "resource", value=resource.name)
        if start < now:
            raise ValidationError("booking_in_past", "start")
        if start > now + timedelta(days=resource.max_advance_days):
            raise ValidationError("booking_too_far", "start", days=resource.max_advance_days)
        if not resource.min_minutes <= minutes <= resource.max_minutes:
            raise ValidationError("duration_out_of_range", "end", min=resource.min_minutes,
                                  max=resource.max_minutes)
    local_start = timeutil.local_naive(start, resource.timezone)
    local_end = timeutil.local_naive(end, resource.timezone)
    day = local_start.date()
    if req.outside_hours and req.as_staff:
        return
    reason = cal.closed_reason(day, resource.id)
    if reason:
        raise ValidationError("closed_day", "start", value=day.strftime("%d/%m/%Y"),
                              reason=f"({reason})" if reason != "closed_weekday" else "")
    inside = any(local_start.time() >= o and local_end.date() == day and local_end.time() <= c
                 for o, c in cal.intervals(day))
    if not inside:
        hours = ", ".join(f"{o:%H:%M}-{c:%H:%M}" for o, c in cal.intervals(day))
        raise ValidationError("outside_opening_hours", "start", hours=hours or "—")


def _lock_resource(session: Session, resource_id: int) -> None:
    """Serialise writers on one resource. SQLite already holds the database write lock."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(Resource.id).where(Resource.id == resource_id).with_for_update())


# the bounded overlap query, built once (building it per call cost as much as running it):
# start_at bounded on both sides, so the (resource_id, start_at, end_at) index range-scans
# (one active status: "=", since an IN list is rendered again at every execution)
_CONFLICTS = select(Booking.__table__).where(
    Booking.resource_id == bindparam("rid"),
    Booking.status == ACTIVE[0] if len(ACTIVE) == 1 else Booking.status.in_(ACTIVE),
    Booking.start_at < bindparam("before"), Booking.start_at > bindparam("after"),
    Booking.end_at > bindparam("ends")).order_by(Booking.start_at)
_CONFLICTS_EXCLUDING = _CONFLICTS.where(Booking.id.notin_(bindparam("exclude", expanding=True)))


def _conflicts(session: Session, resource: ResourceRow, start: datetime, end: datetime,
               exclude_ids: tuple[int, ...] = ()) -> list[Any]:
    """Active bookings that collide with [start, end), buffers included (rows with the
    booking's columns)."""
    buffer = timedelta(minutes=resource.buffer_minutes)
    params = {"rid": resource.id, "before": end + buffer,
              "after": start - buffer - MAX_LENGTH, "ends": start - buffer}
    if exclude_ids:
        params["exclude"] = list(exclude_ids)
    # plain rows (read-only, with the booking's columns) through the session's connection:
    # the ORM layer doubled the cost of this check, run for every slot a screen tests
    session.flush()
    overlapping = list(session.connection().execute(
        _CONFLICTS_EXCLUDING if exclude_ids else _CONFLICTS, params))
    if not resource.shared or not overlapping:
        return overlapping
    # a hot-desk zone is full only where `capacity` bookings overlap at one instant
    full = bookings_fast.over_capacity([(b.start_at, b.end_at) for b in overlapping],
                                       start, end, resource.capacity)
    return overlapping if full else []


def _checked_slot(s: Session, req: BookingRequest, resource: ResourceRow, cal: SiteCalendar,
                  now: datetime, exclude_ids: tuple[int, ...] = ()
                  ) -> tuple[datetime, datetime, list[Booking]]:
    """UTC instants of a request after every rule; the bookings in its way (maybe none)."""
    start, end = _resolve_times(req, resource)
    _check_rules(req, resource, cal, start, end, now)
    return start, end, _conflicts(s, resource, start, end, exclude_ids)


def _conflict_error(session: Session, found: list[Booking]) -> ConflictError:
    rows = _rows(session, found[:3])
    return ConflictError("slot_taken", "start", booking=rows[0].label(),
                         others=len(found) - 1, ids=[r.id for r in rows])


# -- use cases ----------------------------------------------------------------------------

def _require_write(person_id: int | None, as_staff: bool) -> None:
    """Staff book for anyone; a kiosk member only for themself, under the members' rules."""
    if as_staff:
        security.require("bookings.staff")
    security.require("bookings.write", person_id=person_id)


def _check_ids(req: BookingRequest) -> None:
    """Identifiers a database can hold (a 10**30 "id" is bad input, not a crash)."""
    for field, value in (("resource", req.resource_id), ("person", req.person_id)):
        if value is not None and (not isinstance(value, int) or not 0 < value < 2**63):
            raise ValidationError("number_invalid", field, value=value)
    if not isinstance(req.attendees, int) or not -(2**31) < req.attendees < 2**31:
        raise ValidationError("number_invalid", "attendees", value=req.attendees)


def create(engine: Engine, req: BookingRequest, *, now: datetime | None = None) -> BookingRow:
    _require_write(req.person_id, req.as_staff or req.outside_hours)
    _check_ids(req)
    now = _now(now)
    with transaction(engine) as s:
        row = _create_in(s, req, now)
        audit.record(s, "booking.create", "booking", row.id,
                     {"resource_id": row.resource_id, "person_id": row.person_id})
        return row


def _create_in(s: Session, req: BookingRequest, now: datetime,
               series_id: int | None = None) -> BookingRow:
    _lock_resource(s, req.resource_id)
    resource = spaces.load_resource(s, req.resource_id)
    person = _person_name(s, req.person_id)
    start, end, found = _checked_slot(s, req, resource,
                                      spaces.site_calendar(s, resource.site_id), now)
    if found:
        raise _conflict_error(s, found)
    return _insert(s, req, resource, start, end, series_id, person)


_PERSON_NAME = select(Person.first_name, Person.last_name).where(Person.id == bindparam("pid"))
_INSERT = insert(Booking)


def _person_name(s: Session, person_id: int | None) -> str:
    """The booker's name as a BookingRow shows it ("" for none); NotFoundError if unknown."""
    if person_id is None:
        return ""
    row = s.connection().execute(_PERSON_NAME, {"pid": person_id}).first()
    if row is None:
        raise NotFoundError("person_not_found", ref=str(person_id))
    return f"{row[0] or ''} {row[1] or ''}".strip()


def _insert(s: Session, req: BookingRequest, resource: ResourceRow, start: datetime,
            end: datetime, series_id: int | None, person_name: str) -> BookingRow:
    """One Core INSERT (an ORM object and its flush cost more than every rule together);
    the row is what the caller already knows plus the new id."""
    title, price = req.title[:200], price_cents(resource, start, end)
    result = s.connection().execute(_INSERT, {
        "resource_id": resource.id, "person_id": req.person_id, "title": title,
        "start_at": start, "end_at": end, "attendees": req.attendees, "status": "confirmed",
        "price_cents": price, "series_id": series_id})
    (booking_id,) = result.inserted_primary_key  # type: ignore[misc]
    return BookingRow(booking_id, resource.id, resource.name, req.person_id, person_name,
                      title, start, end, "confirmed", req.attendees, price, None, series_id,
                      0, resource.timezone)


def _load(s: Session, booking_id: int) -> Booking:
    b = s.get(Booking, booking_id)
    if b is None:
        raise NotFoundError("booking_not_found", ref=str(booking_id))
    return b


def get(engine: Engine, booking_id: int) -> BookingRow:
    security.require("bookings.read", person_id=security.current().person_id)
    with transaction(engine, readonly=True) as s:
        b = _load(s, booking_id)
        security.require("bookings.read", person_id=b.person_id)  # a kiosk: its own only
        return _rows(s, [b])[0]


def move(engine: Engine, booking_id: int, *, start: datetime, end: datetime,
         resource_id: int | None = None, as_staff: bool = False, person_id: int | None = None,
         outside_hours: bool = False, now: datetime | None = None) -> BookingRow:
    """Change times and/or resource; checked exactly like a new booking."""
    _require_write(person_id, as_staff or outside_hours)
    now = _now(now)
    with transaction(engine) as s:
        b = _active_own(s, booking_id, person_id, as_staff)
        target = resource_id or b.resource_id
        _lock_resource(s, target)
        resource = spaces.load_resource(s, target)
        req = BookingRequest(target, start, end, b.person_id, b.title, b.attendees, as_staff,
                             outside_hours=outside_hours)
        new_start, new_end, found = _checked_slot(
            s, req, resource, spaces.site_calendar(s, resource.site_id), now, (b.id,))
        if found:
            raise _conflict_error(s, found)
        b.resource_id, b.start_at, b.end_at = target, new_start, new_end
        b.price_cents = price_cents(resource, new_start, new_end)
        b.sequence += 1
        s.flush()
        audit.record(s, "booking.move", "booking", b.id, {"resource_id": target})
        return _rows(s, [b])[0]


def _active_own(s: Session, booking_id: int, person_id: int | None, as_staff: bool) -> Booking:
    b = _load(s, booking_id)
    _own(b, person_id, as_staff)
    if b.status != "confirmed":
        raise ConflictError("booking_not_active", "status", ref=str(booking_id))
    return b


def _own(b: Booking, person_id: int | None, as_staff: bool) -> None:
    # the principal's own check compares the booking's person, whatever the caller passed
    security.require("bookings.write", person_id=b.person_id)
    if not as_staff and (person_id is None or b.person_id != person_id):
        raise PermissionDenied("not_your_booking", "booking", ref=str(b.id))


def cancel(engine: Engine, booking_id: int, *, as_staff: bool = True,
           person_id: int | None = None, now: datetime | None = None) -> BookingRow:
    """Cancel; members only their own bookings and before the cut-off (24 h by default)."""
    _require_write(person_id, as_staff)
    now = _now(now)
    with transaction(engine) as s:
        b = _load(s, booking_id)
        _own(b, person_id, as_staff)
        if b.status == "cancelled":
            return _rows(s, [b])[0]
        cutoff = _policy(s, "booking.cancel_cutoff_hours")
        if not as_staff and b.start_at - now < cutoff:
            raise PermissionDenied("cancel_cutoff", "start",
                                   hours=int(cutoff.total_seconds() // 3600))
        b.status, b.cancelled_at = "cancelled", now
        b.sequence += 1
        s.flush()
        audit.record(s, "booking.cancel", "booking", b.id)
        return _rows(s, [b])[0]


def reactivate(engine: Engine, booking_id: int, *, now: datetime | None = None) -> BookingRow:
    """Undo a cancellation, if the slot is still free."""
    _require_write(None, True)
    with transaction(engine) as s:
        b = _load(s, booking_id)
        _lock_resource(s, b.resource_id)
        resource = spaces.load_resource(s, b.resource_id)
        found = _conflicts(s, resource, b.start_at, b.end_at, exclude_ids=(b.id,))
        if found:
            raise _conflict_error(s, found)
        b.status, b.cancelled_at = "confirmed", None
        b.sequence += 1
        s.flush()
        audit.record(s, "booking.reactivate", "booking", b.id)
        return _rows(s, [b])[0]


def check_in(engine: Engine, booking_id: int, *, now: datetime | None = None,
             person_id: int | None = None, as_staff: bool = True) -> BookingRow:
    """Check in from 10 min before the start to 30 min after it."""
    _require_write(person_id, as_staff)
    now = _now(now)
    with transaction(engine) as s:
        b = _active_own(s, booking_id, person_id, as_staff)
        before = _policy(s, "booking.checkin_before_minutes")
        after = _policy(s, "booking.checkin_after_minutes")
        if not b.start_at - before <= now <= b.start_at + after:
            raise ValidationError("checkin_window", "start",
                                  before=int(before.total_seconds() // 60),
                                  after=int(after.total_seconds() // 60))
        b.checked_in_at = b.checked_in_at or now
        s.flush()
        return _rows(s, [b])[0]


def release_no_shows(engine: Engine, *, now: datetime | None = None) -> int:
    """Mark confirmed bookings not checked in by the end of the grace period as no-shows;
    their slot is free again. Returns how many were released."""
    security.require("bookings.housekeeping")
    now = _now(now)
    with transaction(engine) as s:
        grace = _policy(s, "booking.checkin_after_minutes")
        late = list(s.scalars(select(Booking).where(
            Booking.status == "confirmed", Booking.checked_in_at.is_(None),
            # bounded: an index range of one month, not the whole history, every minute
            Booking.start_at < now - grace, Booking.start_at > now - grace - MAX_LENGTH)))
        for b in late:
            b.status = "no_show"
            b.sequence += 1
        return len(late)


def between(engine: Engine, start: datetime, end: datetime, *,
            resource_ids: list[int] | None = None, person_id: int | None = None,
            include_cancelled: bool = False) -> list[BookingRow]:
    """Bookings overlapping [start, end) (UTC), by start time."""
    security.require("bookings.read", person_id=person_id)
    return _between(engine, start, end, resource_ids=resource_ids, person_id=person_id,
                    include_cancelled=include_cancelled)


def _between(engine: Engine, start: datetime, end: datetime, *,
             resource_ids: list[int] | None = None, person_id: int | None = None,
             include_cancelled: bool = False) -> list[BookingRow]:
    """Unchecked: for a service that checked its own permission and anonymises the rows."""
    if bookings_fast.enabled(engine):
        # the same rows through the DBAPI cursor, instants parsed once per distinct text
        # (the planning's week: 512 bookings took 10 ms through SQLAlchemy's rows)
        with transaction(engine, readonly=True) as s:
            return _booking_rows(bookings_fast.between(
                s.connection(), start, end, MAX_LENGTH, resource_ids=resource_ids,
                person_id=person_id, include_cancelled=include_cancelled))
    # ONE query with the resource, its zone and the member's name (the planning's week):
    # plain rows, no ORM object per booking
    stmt = (select(Booking.id, Booking.resource_id, Resource.name, Booking.person_id,
                   Person.first_name, Person.last_name, Booking.title, Booking.start_at,
                   Booking.end_at, Booking.status, Booking.attendees, Booking.price_cents,
                   Booking.checked_in_at, Booking.series_id, Booking.sequence, Site.timezone)
            .join(Resource, Resource.id == Booking.resource_id)
            .join(Site, Site.id == Resource.site_id)
            .outerjoin(Person, Person.id == Booking.person_id)
            .where(Booking.start_at < end, Booking.start_at > start - MAX_LENGTH,
                   Booking.end_at > start))
    if resource_ids is not None:
        stmt = stmt.where(Booking.resource_id.in_(resource_ids))
    if person_id is not None:
        stmt = stmt.where(Booking.person_id == person_id)
    if not include_cancelled:
        stmt = stmt.where(Booking.status != "cancelled")
    with transaction(engine, readonly=True) as s:
        found = s.connection().execute(stmt.order_by(Booking.start_at, Booking.id)).all()
    return _booking_rows(found)


Openings = dict[date, tuple[list[tuple[time, time]], str | None]]


@dataclass(frozen=True)
class SiteDays:
    """What the planning shows of a site's local days (crosses threads: plain data)."""

    resources: list[ResourceRow]
    openings: Openings        # each day's opening intervals and, if closed, why
    bookings: list[BookingRow]


def site_days(engine: Engine, site_id: int, days: list[date], *,
              kinds: tuple[str, ...] = ()) -> SiteDays:
    """The site's active resources (of ``kinds`` when given), the openings of its local
    ``days`` (consecutive, at least one) and those resources' bookings over the days.
    On SQLite one statement; elsewhere the three services' reads."""
    security.require("spaces.read")
    security.require("bookings.read")
    security.require("members.read")        # every booking with its member's name
    if bookings_fast.enabled(engine):
        with engine.connect() as conn:
            found = bookings_fast.site_days(
                conn.execution_options(tierslieu_readonly=True), site_id, days, kinds,
                MAX_LENGTH)
        if found is not None:          # else no such site: the portable path says so
            return _site_days(found, days)
    resources = spaces.list_resources(engine, site_id=site_id, kinds=kinds)
    openings = spaces.day_openings(engine, site_id, days)
    if not resources:
        return SiteDays([], openings, [])
    tz = resources[0].timezone
    start, _ = timeutil.day_bounds_utc(days[0], tz)
    _, end = timeutil.day_bounds_utc(days[-1], tz)
    return SiteDays(resources, openings,
                    _between(engine, start, end, resource_ids=[r.id for r in resources]))


_RESOURCE_FIELDS = tuple(ResourceRow.__dataclass_fields__)


def _site_days(parts: dict[int, list[Any]], days: list[date]) -> SiteDays:
    """:func:`site_days` from the fast path's rows, sorted as the portable reads sort."""
    f = bookings_fast
    _, site_id, site_name, tz, subdiv, *_ = parts[f.SITE][0]
    resources = []
    for row in sorted(parts[f.RESOURCE], key=lambda r: (r[15], r[2])):
        # filled through its __dict__ (40 resources through the frozen __init__: 0.1 ms)
        res = object.__new__(ResourceRow)
        res.__dict__.update(zip(_RESOURCE_FIELDS, (row[1], site_id, site_name, tz,
                                                   *row[2:15], "active"), strict=True))
        resources.append(res)
    hours: dict[int, list[tuple[time, time]]] = {}
    for _, weekday, opens, closes, *_ in sorted(parts[f.HOURS], key=lambda r: (r[1], r[2])):
        hours.setdefault(weekday, []).append((f.local_time(opens), f.local_time(closes)))
    closures = [(f.local_date(start), f.local_date(end), rid, reason)
                for _, start, end, rid, reason, *_ in sorted(parts[f.CLOSURE],
                                                              key=lambda r: r[5])]
    openings: Openings = SiteCalendar(tz, hours, closures, subdiv).openings(days)
    names = {r.id: r.name for r in resources}
    booked = parts[f.BOOKING]
    booked.sort(key=itemgetter(1))         # by id, then (a stable sort) by start: twice
    booked.sort(key=itemgetter(7))         # as fast as one sort on a (start, id) key
    return SiteDays(resources, openings, _site_booking_rows(booked, names, tz))


def _site_booking_rows(found: list[Any], names: dict[int, str], tz: str) -> list[BookingRow]:
    """BookingRows from the fast path's (tag, id, resource_id, person_id, first name,
    last name, title, start, end, status, attendees, price, checked in, series, sequence,
    pad), filled as :func:`_booking_rows` fills them; each instant's text is looked up
    in the fast path's memo before it is parsed."""
    parsed = bookings_fast.parsed()
    at = bookings_fast.instant
    new, cls = tuple.__new__, BookingRow
    return [new(cls, (bid, rid, names[rid], pid, f"{first or ''} {last or ''}".strip(), title,
                      parsed.get(start) or at(start), parsed.get(end) or at(end), status,
                      attendees, price,
                      None if checked is None else parsed.get(checked) or at(checked),
                      series, sequence, tz))
            for (_, bid, rid, pid, first, last, title, start, end, status, attendees, price,
                 checked, series, sequence, _) in found]


def _booking_rows(found: Sequence[Any]) -> list[BookingRow]:
    """BookingRows from (id, resource_id, resource name, person_id, first name, last name,
    title, start, end, status, attendees, price, checked in, series, sequence, zone)."""
    at = bookings_fast.instant
    new, cls = tuple.__new__, BookingRow
    people: dict[tuple[str | None, str | None], str] = {}
    out = []
    for (bid, rid, rname, pid, first, last, title, start, end, status, attendees, price,
         checked, series, sequence, tz) in found:
        person = people.get((first, last))
        if person is None:
            person = people[first, last] = f"{first or ''} {last or ''}".strip()
        out.append(new(cls, (bid, rid, rname, pid, person, title, at(start), at(end), status,
                             attendees, price, at(checked) if checked is not None else None,
                             series, sequence, tz)))
    return out


def is_free(engine: Engine, resource_id: int, start: datetime, end: datetime) -> bool:
    """Availability check for [start, end) instants (buffers and capacity included)."""
    security.require("spaces.read")
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if bookings_fast.enabled(engine):
        # SQLite: two autocommit statements on the pooled connection (≈1.5× the bare
        # query instead of 12×); None when the portable path must answer or raise
        free = bookings_fast.is_free(engine, resource_id, start, end, MAX_LENGTH)
        if free is not None:
            return free
    with transaction(engine, readonly=True) as s:
        resource = spaces.load_resource(s, resource_id)
        return not _conflicts(s, resource, start, end)


# -- recurring series ---------------------------------------------------------------------

@dataclass(frozen=True)
class Occurrence:
    local_start: datetime
    start_at: datetime | None
    end_at: datetime | None
    status: str                 # free | conflict | closed | invalid
    detail: str = ""


def _expand(rule: str, first: datetime, limit: int = 366) -> list[datetime]:
    from dateutil.rrule import rrulestr

    try:
        rr = rrulestr(rule, dtstart=first.replace(tzinfo=None))
    except (ValueError, TypeError) as exc:
        raise ValidationError("rrule_invalid", "repeat", value=rule, reason=str(exc)) from None
    out = []
    for occ in rr:  # naive local wall times: 09:00 stays 09:00 across the clock change
        out.append(occ)
        if len(out) > limit:
            raise ValidationError("rrule_too_long", "repeat", max=limit)
    return out


def plan_series(engine: Engine, req: BookingRequest, rule: str, *,
                now: datetime | None = None) -> list[Occurrence]:
    """The per-occurrence report shown before saving a series; writes nothing."""
    security.require("bookings.read", person_id=req.person_id)
    now = _now(now)
    with transaction(engine, readonly=True) as s:
        return _plan(s, req, rule, now)


def _plan(s: Session, req: BookingRequest, rule: str, now: datetime) -> list[Occurrence]:
    if req.start.tzinfo is not None:
        raise ValidationError("datetime_invalid", "start", value=str(req.start))
    resource = spaces.load_resource(s, req.resource_id)
    cal = spaces.site_calendar(s, resource.site_id)
    length = req.end - req.start
    report = []
    for local in _expand(rule, req.start):
        one = replace(req, start=local, end=local + length)
        try:
            start, end, found = _checked_slot(s, one, resource, cal, now)
        except ValidationError as exc:
            status = "closed" if exc.key in ("closed_day", "outside_opening_hours") else "invalid"
            report.append(Occurrence(local, None, None, status, exc.message()))
            continue
        if found:
            report.append(Occurrence(local, start, end, "conflict",
                                     _rows(s, found[:1])[0].label()))
        else:
            report.append(Occurrence(local, start, end, "free"))
    return report


def create_series(engine: Engine, req: BookingRequest, rule: str, *, skip_conflicts: bool = False,
                  now: datetime | None = None) -> tuple[list[BookingRow], list[Occurrence]]:
    """Book every free occurrence in ONE transaction.

    Without ``skip_conflicts`` any conflicting or closed occurrence refuses the whole
    series (ConflictError carrying the report); with it, exactly those are skipped.
    """
    _require_write(req.person_id, True)
    now = _now(now)
    with transaction(engine) as s:
        _lock_resource(s, req.resource_id)
        report = _plan(s, req, rule, now)
        blocked = [o for o in report if o.status != "free"]
        if blocked and not skip_conflicts:
            err = ConflictError("series_conflicts", "repeat", count=len(blocked),
                                total=len(report))
            err.report = report  # type: ignore[attr-defined]
            raise err
        series = BookingSeries(resource_id=req.resource_id, person_id=req.person_id, rrule=rule,
                               local_start=req.start.strftime("%Y-%m-%dT%H:%M"),
                               duration_minutes=int((req.end - req.start).total_seconds() // 60),
                               title=req.title[:200])
        s.add(series)
        s.flush()
        person = _person_name(s, req.person_id)
        resource = spaces.load_resource(s, req.resource_id)
        made: list[BookingRow] = []
        for occ in report:
            if occ.status != "free":
                continue
            assert occ.start_at is not None and occ.end_at is not None
            # rules were checked by the plan; only the series' own earlier occurrences
            # (a rule that overlaps itself) can be in the way now
            found = _conflicts(s, resource, occ.start_at, occ.end_at)
            if found:
                raise _conflict_error(s, found)
            made.append(_insert(s, req, resource, occ.start_at, occ.end_at, series.id, person))
        audit.record(s, "booking.series_create", "booking_series", series.id,
                     {"bookings": len(made), "person_id": req.person_id})
        return made, report


def cancel_series(engine: Engine, series_id: int, *, from_start: datetime | None = None,
                  now: datetime | None = None) -> int:
    """Cancel the whole series, or this and following occurrences (``from_start``)."""
    _require_write(None, True)
    now = _now(now)
    with transaction(engine) as s:
        stmt = select(Booking).where(and_(Booking.series_id == series_id,
                                          Booking.status == "confirmed"))
        if from_start is not None:
            stmt = stmt.where(Booking.start_at >= from_start.astimezone(UTC))
        rows = list(s.scalars(stmt))
        for b in rows:
            b.status, b.cancelled_at = "cancelled", now
            b.sequence += 1
        audit.record(s, "booking.series_cancel", "booking_series", series_id,
                     {"bookings": len(rows)})
        return len(rows)


def move_series(engine: Engine, series_id: int, *, start_time: time, end_time: time,
                from_start: datetime | None = None, as_staff: bool = True,
                now: datetime | None = None) -> list[BookingRow]:
    """Give every active occurrence (or this and the following ones, ``from_start``) new
    local start and end times on its own day. All or nothing: a conflict on any
    occurrence refuses the whole change, naming each conflict."""
    _require_write(None, True)
    now = _now(now)
    with transaction(engine) as s:
        stmt = select(Booking).where(Booking.series_id == series_id,
                                     Booking.status == "confirmed")
        if from_start is not None:
            stmt = stmt.where(Booking.start_at >= from_start.astimezone(UTC))
        occurrences = list(s.scalars(stmt.order_by(Booking.start_at)))
        if not occurrences:
            raise NotFoundError("booking_not_found", ref=f"series {series_id}")
        _lock_resource(s, occurrences[0].resource_id)
        resource = spaces.load_resource(s, occurrences[0].resource_id)
        cal = spaces.site_calendar(s, resource.site_id)
        ids = tuple(b.id for b in occurrences)
        blocked: list[str] = []
        planned = []
        for b in occurrences:
            day = timeutil.local_naive(b.start_at, resource.timezone).date()
            req = BookingRequest(resource.id, datetime.combine(day, start_time),
                                 datetime.combine(day, end_time), b.person_id, b.title,
                                 b.attendees, as_staff)
            new_start, new_end, found = _checked_slot(s, req, resource, cal, now, ids)
            if found:
                blocked.append(_rows(s, found[:1])[0].label())
            planned.append((b, new_start, new_end))
        if blocked:
            raise ConflictError("series_move_conflicts", "start", count=len(blocked),
                                first=blocked[0])
        for b, new_start, new_end in planned:
            b.start_at, b.end_at = new_start, new_end
            b.price_cents = price_cents(resource, new_start, new_end)
            b.sequence += 1
        s.flush()
        audit.record(s, "booking.series_move", "booking_series", series_id,
                     {"bookings": len(planned)})
        return _rows(s, [b for b, _, _ in planned])
