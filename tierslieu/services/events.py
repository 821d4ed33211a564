"""Events: hackathons, bootcamps, workshops, meetups, trainings and open days.

An event's rooms are booked through the booking service, inside the event's own
transaction (:func:`tierslieu.services.bookings._create_in`, the body of
``bookings.create``): the same rules (conflicts with buffers, capacity, opening hours,
closures) apply, a taken room raises the usual :class:`ConflictError` naming the booking in
the way, and nothing at all is written. The bookings carry the event's title, so the
planning shows them like any other booking.

Registrations past capacity go to a waitlist, served in order of registration; when a
registered person cancels, the first waitlisted person is promoted in the same transaction
(and notified in the app when they are a member).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Booking,
    Event,
    EventRoom,
    Notification,
    Person,
    Registration,
    Resource,
    Site,
)
from tierslieu.db.models.events import EVENT_KINDS
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import bookings, spaces
from tierslieu.services import validation as v
from tierslieu.services.bookings import BookingRequest
from tierslieu.text import fold

# check-in opens this long before the start and closes at the end
CHECKIN_BEFORE = timedelta(hours=1)


# -- data crossing the boundary -----------------------------------------------------------

@dataclass(frozen=True)
class EventInput:
    """An event as the editor or the CLI gives it; times are local wall times of the site."""

    title: str
    kind: str
    start: datetime
    end: datetime
    room_ids: tuple[int, ...] = ()
    site_id: int | None = None           # needed only without rooms (else the rooms' site)
    capacity: int = 20
    price_cents: int = 0
    description: str = ""
    registration_opens: datetime | None = None   # None: open at once
    registration_closes: datetime | None = None  # None: until the start
    min_registrations: int = 0
    alert_days: int = 7
    outside_hours: bool = False          # book rooms on a closed day or outside the hours


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    kind: str
    site_id: int
    site_name: str
    timezone: str
    start_at: datetime
    end_at: datetime
    capacity: int
    price_cents: int
    status: str
    description: str = ""
    registration_opens_at: datetime | None = None
    registration_closes_at: datetime | None = None
    min_registrations: int = 0
    alert_days: int = 7
    registered: int = 0
    waitlisted: int = 0
    checked_in: int = 0
    rooms: tuple[str, ...] = ()
    room_ids: tuple[int, ...] = ()
    booking_ids: tuple[int, ...] = ()
    teams_published_at: datetime | None = None

    @property
    def local_start(self) -> datetime:
        return timeutil.to_local(self.start_at, self.timezone)

    @property
    def local_end(self) -> datetime:
        return timeutil.to_local(self.end_at, self.timezone)

    @property
    def free_places(self) -> int:
        return max(0, self.capacity - self.registered)

    def label(self) -> str:
        """"#4 Hackathon climat 05/12/2026 09:00"."""
        return f"#{self.id} {self.title} {self.local_start:%d/%m/%Y %H:%M}"


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    event_id: int
    person_id: int | None
    name: str
    email: str
    status: str                      # registered | waitlisted | cancelled
    position: int | None             # 1, 2... on the waitlist; None otherwise
    registered_at: datetime
    promoted_at: datetime | None
    cancelled_at: datetime | None
    checked_in_at: datetime | None
    price_cents: int
    organizations: tuple[str, ...] = ()

    @property
    def is_member(self) -> bool:
        return self.person_id is not None


@dataclass(frozen=True)
class CancelResult:
    cancelled: RegistrationRow
    promoted: RegistrationRow | None = None


@dataclass(frozen=True)
class EventAlert:
    """An event that stays below its minimum of registrations close to its start."""

    event_id: int
    title: str
    start_at: datetime
    timezone: str
    registered: int
    minimum: int
    days_left: int


@dataclass(frozen=True)
class CertificateData:
    """What an attendance certificate says."""

    registration_id: int
    name: str
    event_title: str
    event_kind: str
    start_at: datetime
    end_at: datetime
    timezone: str
    hours: float = field(default=0.0)
    place: str = ""
    city: str = ""
    checked_in_at: datetime | None = None


# -- helpers ------------------------------------------------------------------------------

def _now(now: datetime | None) -> datetime:
    return now.astimezone(UTC) if now else datetime.now(UTC)


def _load(s: Session, event_id: int, *, lock: bool = False) -> Event:
    stmt = select(Event).where(Event.id == event_id)
    if lock and s.get_bind().dialect.name != "sqlite":
        stmt = stmt.with_for_update()   # SQLite: BEGIN IMMEDIATE already serialises writers
    ev = s.scalar(stmt)
    if ev is None:
        raise NotFoundError("event_not_found", ref=str(event_id))
    return ev


def _counts(s: Session, ids: list[int]) -> dict[int, tuple[int, int, int]]:
    if not ids:
        return {}
    registered = func.sum(case((Registration.status == "registered", 1), else_=0))
    waitlisted = func.sum(case((Registration.status == "waitlisted", 1), else_=0))
    checked = func.sum(case((Registration.checked_in_at.is_not(None)
                             & (Registration.status == "registered"), 1), else_=0))
    return {eid: (int(r or 0), int(w or 0), int(c or 0)) for eid, r, w, c in s.execute(
        select(Registration.event_id, registered, waitlisted, checked)
        .where(Registration.event_id.in_(ids)).group_by(Registration.event_id))}


def _rows(s: Session, events: list[Event]) -> list[EventRow]:
    if not events:
        return []
    ids = [e.id for e in events]
    counts = _counts(s, ids)
    sites = {sid: (name, tz) for sid, name, tz in s.execute(
        select(Site.id, Site.name, Site.timezone).where(Site.id.in_({e.site_id for e in events})))}
    rooms: dict[int, list[tuple[str, int, int]]] = {}
    for eid, name, rid, bid in s.execute(
            select(EventRoom.event_id, Resource.name, Resource.id, Booking.id)
            .join(Booking, Booking.id == EventRoom.booking_id)
            .join(Resource, Resource.id == Booking.resource_id)
            .where(EventRoom.event_id.in_(ids), Booking.status == "confirmed")
            .order_by(Resource.sort_order, Resource.name)):
        rooms.setdefault(eid, []).append((name, rid, bid))
    out = []
    for e in events:
        reg, wait, checked = counts.get(e.id, (0, 0, 0))
        held = rooms.get(e.id, [])
        out.append(EventRow(
            e.id, e.title, e.kind, e.site_id, sites[e.site_id][0], sites[e.site_id][1],
            e.start_at, e.end_at, e.capacity, e.price_cents, e.status, e.description,
            e.registration_opens_at, e.registration_closes_at, e.min_registrations,
            e.alert_days, reg, wait, checked, tuple(n for n, _, _ in held),
            tuple(r for _, r, _ in held), tuple(b for _, _, b in held), e.teams_published_at))
    return out


def _registration_rows(s: Session, regs: list[Registration]) -> list[RegistrationRow]:
    if not regs:
        return []
    from tierslieu.db.models import Organization, PersonOrganization

    event_ids = {r.event_id for r in regs}
    waiting: dict[int, list[int]] = {}
    for rid, eid in s.execute(select(Registration.id, Registration.event_id).where(
            Registration.event_id.in_(event_ids), Registration.status == "waitlisted")
            .order_by(Registration.registered_at, Registration.id)):
        waiting.setdefault(eid, []).append(rid)
    position = {rid: n for ids in waiting.values() for n, rid in enumerate(ids, start=1)}
    pids = {r.person_id for r in regs if r.person_id}
    orgs: dict[int, list[str]] = {}
    for pid, name in s.execute(select(PersonOrganization.person_id, Organization.name)
                               .join(Organization).where(PersonOrganization.person_id.in_(pids))
                               .order_by(Organization.name)):
        orgs.setdefault(pid, []).append(name)
    return [RegistrationRow(r.id, r.event_id, r.person_id, r.name, r.email, r.status,
                            position.get(r.id), r.registered_at, r.promoted_at, r.cancelled_at,
                            r.checked_in_at, r.price_cents, tuple(orgs.get(r.person_id or 0, ())))
            for r in regs]


def _validate(data: EventInput) -> dict[str, object]:
    c = v.Collector()
    out: dict[str, object] = {
        "title": c.check(lambda: v.text(data.title, "title", required=True), ""),
        "kind": c.check(lambda: v.choice(data.kind, "kind", EVENT_KINDS, required=True) or "",
                        ""),
        "description": c.check(lambda: v.notes(data.description, "description"), ""),
    }
    for name, label, minimum in (("capacity", "capacity", 1), ("price_cents", "price", 0),
                                 ("min_registrations", "min_registrations", 0),
                                 ("alert_days", "alert_days", 0)):
        def number(n: str = name, f: str = label, m: int = minimum) -> int:
            return _int(getattr(data, n), f, m)

        out[name] = c.check(number, minimum)
    if data.end <= data.start:
        c.errors.append(ValidationError("end_before_start", "end"))
    if isinstance(out["capacity"], int) and isinstance(out["min_registrations"], int) \
            and out["min_registrations"] > out["capacity"]:
        c.errors.append(ValidationError("number_max", "min_registrations",
                                        value=out["min_registrations"], max=out["capacity"]))
    opens, closes = data.registration_opens, data.registration_closes
    if opens is not None and closes is not None and closes <= opens:
        c.errors.append(ValidationError("registration_window_order", "registration_closes"))
    if closes is not None and closes > data.end:
        c.errors.append(ValidationError("registration_closes_after_end", "registration_closes"))
    c.raise_if_any()
    return out


def _int(value: object, field_name: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError("number_invalid", field_name, value=value) from None
    if value < minimum:
        raise ValidationError("number_min", field_name, value=value, min=minimum)
    return value


def _site_of(s: Session, data: EventInput) -> Site:
    site_id: int | None
    if data.room_ids:
        site_ids = set(s.scalars(select(Resource.site_id).where(Resource.id.in_(data.room_ids))))
        if not site_ids:
            raise NotFoundError("resource_not_found", ref=", ".join(map(str, data.room_ids)))
        if len(site_ids) > 1:
            raise ValidationError("event_rooms_two_sites", "rooms")
        site_id = site_ids.pop()
    else:
        first: int | None = s.scalar(select(Site.id).order_by(Site.id).limit(1))
        site_id = data.site_id or first
    site = s.get(Site, site_id) if site_id is not None else None
    if site is None:
        raise NotFoundError("site_not_found", ref=str(data.site_id or ""))
    return site


def _instant(local: datetime | None, tz: str, field_name: str) -> datetime | None:
    return None if local is None else timeutil.to_utc(local, tz, field_name)


def _book_rooms(s: Session, ev: Event, data: EventInput, now: datetime) -> None:
    """Book every room for the event through the booking service (rules and conflicts)."""
    seats = 0
    for rid in dict.fromkeys(data.room_ids):
        room = spaces.load_resource(s, rid)
        seats += room.capacity
        req = BookingRequest(rid, ev.start_at, ev.end_at, None, ev.title,
                             attendees=max(1, min(ev.capacity, room.capacity)), as_staff=True,
                             outside_hours=data.outside_hours)
        row = bookings._create_in(s, req, now)  # the body of bookings.create, in our transaction
        s.add(EventRoom(event_id=ev.id, booking_id=row.id))
    if data.room_ids and ev.capacity > seats:
        raise ValidationError("event_capacity_over_rooms", "capacity", value=ev.capacity,
                              seats=seats)


def _release_rooms(s: Session, ev: Event, now: datetime) -> None:
    """Cancel the event's room bookings, as ``bookings.cancel`` does for staff."""
    held = list(s.scalars(select(Booking).join(EventRoom, EventRoom.booking_id == Booking.id)
                          .where(EventRoom.event_id == ev.id)))
    for b in held:
        if b.status == "confirmed":
            b.status, b.cancelled_at = "cancelled", now
            b.sequence += 1
    for link in s.scalars(select(EventRoom).where(EventRoom.event_id == ev.id)):
        s.delete(link)
    s.flush()


# -- events -------------------------------------------------------------------------------

def create_event(engine: Engine, data: EventInput, *, now: datetime | None = None) -> EventRow:
    """Create the event and book its rooms, all in one transaction (or nothing)."""
    security.require("events.write")
    now = _now(now)
    values = _validate(data)
    with transaction(engine) as s:
        return _create_in(s, data, values, now)


def create_in(s: Session, data: EventInput, now: datetime) -> EventRow:
    """:func:`create_event` inside the caller's transaction (the demo uses it)."""
    return _create_in(s, data, _validate(data), now)


def _create_in(s: Session, data: EventInput, values: dict[str, object],
               now: datetime) -> EventRow:
    site = _site_of(s, data)
    tz = site.timezone
    ev = Event(site_id=site.id, status="planned", **values)  # type: ignore[arg-type]
    ev.start_at = timeutil.to_utc(data.start, tz, "start")
    ev.end_at = timeutil.to_utc(data.end, tz, "end")
    ev.registration_opens_at = _instant(data.registration_opens, tz, "registration_opens")
    ev.registration_closes_at = _instant(data.registration_closes, tz, "registration_closes")
    s.add(ev)
    s.flush()
    _book_rooms(s, ev, data, now)
    s.flush()
    return _rows(s, [ev])[0]


def update_event(engine: Engine, event_id: int, data: EventInput, *,
                 now: datetime | None = None) -> EventRow:
    """Change an event. New times or rooms re-book the rooms (the old bookings are
    cancelled first, so they never collide with their replacements); a larger capacity
    promotes waitlisted people at once; a capacity below the registered count is refused."""
    security.require("events.write")
    now = _now(now)
    values = _validate(data)
    with transaction(engine) as s:
        ev = _load(s, event_id, lock=True)
        if ev.status == "cancelled":
            raise ConflictError("event_cancelled", "status", ref=ev.title)
        registered = _count(s, ev.id, "registered")
        if int(values["capacity"]) < registered:  # type: ignore[call-overload]
            raise ValidationError("capacity_below_registered", "capacity",
                                  value=values["capacity"], registered=registered)
        site = _site_of(s, data)
        tz = site.timezone
        start = timeutil.to_utc(data.start, tz, "start")
        end = timeutil.to_utc(data.end, tz, "end")
        current = _rows(s, [ev])[0]
        moved = (start, end, site.id) != (ev.start_at, ev.end_at, ev.site_id) or \
            sorted(current.room_ids) != sorted(set(data.room_ids))
        for key, value in values.items():
            setattr(ev, key, value)
        ev.site_id, ev.start_at, ev.end_at = site.id, start, end
        ev.registration_opens_at = _instant(data.registration_opens, tz, "registration_opens")
        ev.registration_closes_at = _instant(data.registration_closes, tz, "registration_closes")
        if moved:
            _release_rooms(s, ev, now)
            _book_rooms(s, ev, data, now)
        elif current.booking_ids:  # same rooms, same times: keep the bookings' titles in step
            for b in s.scalars(select(Booking).where(Booking.id.in_(current.booking_ids))):
                b.title = ev.title
        _promote(s, ev, now)
        s.flush()
        return _rows(s, [ev])[0]


def cancel_event(engine: Engine, event_id: int, *, now: datetime | None = None) -> EventRow:
    """Cancel the event and free its rooms; registrations are kept for the record."""
    security.require("events.write")
    now = _now(now)
    with transaction(engine) as s:
        ev = _load(s, event_id, lock=True)
        if ev.status != "cancelled":
            ev.status, ev.cancelled_at = "cancelled", now
            _release_rooms(s, ev, now)
        s.flush()
        return _rows(s, [ev])[0]


def get_event(engine: Engine, event_id: int) -> EventRow:
    security.require("events.read")
    with transaction(engine, readonly=True) as s:
        return _rows(s, [_load(s, event_id)])[0]


def list_events(engine: Engine, *, start: datetime | None = None, end: datetime | None = None,
                kind: str | None = None, text: str = "",
                include_cancelled: bool = True) -> list[EventRow]:
    """Events overlapping [start, end) (UTC instants; either may be open), by start time."""
    security.require("events.read")
    stmt = select(Event)
    if start is not None:
        stmt = stmt.where(Event.end_at > start)
    if end is not None:
        stmt = stmt.where(Event.start_at < end)
    if kind:
        stmt = stmt.where(Event.kind == kind)
    if not include_cancelled:
        stmt = stmt.where(Event.status == "planned")
    with transaction(engine, readonly=True) as s:
        events = list(s.scalars(stmt.order_by(Event.start_at, Event.id)))
        if text.strip():
            words = fold(text).split()
            events = [e for e in events if all(w in fold(f"{e.title} {e.description}")
                                               for w in words)]
        return _rows(s, events)


def find_event(engine: Engine, ref: str) -> EventRow:
    """An event by id or by exact title (case- and accent-insensitive; the next one)."""
    security.require("events.read")
    ref = ref.strip()
    with transaction(engine, readonly=True) as s:
        if ref.isdigit():
            return _rows(s, [_load(s, int(ref))])[0]
        for ev in s.scalars(select(Event).order_by(Event.start_at.desc())):
            if fold(ev.title) == fold(ref):
                return _rows(s, [ev])[0]
    raise NotFoundError("event_not_found", ref=ref)


# -- registrations ------------------------------------------------------------------------

def _count(s: Session, event_id: int, status: str) -> int:
    return int(s.scalar(select(func.count(Registration.id)).where(
        Registration.event_id == event_id, Registration.status == status)) or 0)


def _attendee(s: Session, person_id: int | None, name: str, email: str
              ) -> tuple[int | None, str, str, str]:
    """(person_id, name, e-mail, attendee key); an outside e-mail of a member is that member."""
    if person_id is None and email.strip():
        try:
            found = v.email(email)
        except ValidationError:
            found = None                  # reported with the other fields below
        if found:
            person_id = s.scalar(select(Person.id).where(Person.email_key == v.email_key(found)))
    if person_id is not None:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFoundError("person_not_found", ref=str(person_id))
        return p.id, f"{p.first_name} {p.last_name}".strip(), p.email or "", f"p:{p.id}"
    c = v.Collector()
    clean_name = c.check(lambda: v.text(name, "name", required=True), "")
    clean_email = c.check(lambda: v.email(email) or "", "")
    if not clean_email and not any(e.field == "email" for e in c.errors):
        c.errors.append(ValidationError("required", "email"))
    c.raise_if_any()
    return None, clean_name, clean_email, f"e:{v.email_key(clean_email)}"


def _check_window(ev: Event, now: datetime) -> None:
    if ev.status == "cancelled":
        raise ConflictError("event_cancelled", "status", ref=ev.title)
    if ev.registration_opens_at is not None and now < ev.registration_opens_at:
        tz = _tz(ev)
        raise ValidationError("registration_not_open", "event",
                              date=timeutil.fmt_local(timeutil.local_naive(
                                  ev.registration_opens_at, tz)))
    closes = ev.registration_closes_at or ev.start_at
    if now >= closes:
        raise ValidationError("registration_closed", "event", date=timeutil.fmt_local(
            timeutil.local_naive(closes, _tz(ev))))


def _tz(ev: Event) -> str:
    from sqlalchemy.orm import object_session

    s = object_session(ev)
    site = s.get(Site, ev.site_id) if s is not None else None
    return site.timezone if site is not None else timeutil.DEFAULT_TZ


def register(engine: Engine, event_id: int, *, person_id: int | None = None, name: str = "",
             email: str = "", now: datetime | None = None) -> RegistrationRow:
    """Register a member (``person_id``) or an outside person (name and e-mail).

    Within capacity the status is ``registered``; past it, ``waitlisted`` (the row's
    ``position`` says where). The same person twice is a :class:`ConflictError`; a
    cancelled registration is taken up again, at the end of the queue.
    """
    security.require("events.write")
    now = _now(now)
    with transaction(engine) as s:
        ev = _load(s, event_id, lock=True)
        _check_window(ev, now)
        pid, full_name, mail, key = _attendee(s, person_id, name, email)
        reg = s.scalar(select(Registration).where(Registration.event_id == ev.id,
                                                  Registration.attendee_key == key))
        if reg is not None and reg.status != "cancelled":
            raise ConflictError("already_registered", "person", name=full_name, event=ev.title,
                                status=reg.status)
        status = "registered" if _count(s, ev.id, "registered") < ev.capacity else "waitlisted"
        if reg is None:
            reg = Registration(event_id=ev.id, attendee_key=key)
            s.add(reg)
        reg.person_id, reg.name, reg.email = pid, full_name, mail
        reg.status, reg.registered_at, reg.cancelled_at = status, now, None
        reg.promoted_at, reg.checked_in_at, reg.price_cents = None, None, ev.price_cents
        s.flush()
        return _registration_rows(s, [reg])[0]


def _promote(s: Session, ev: Event, now: datetime) -> list[Registration]:
    """Move waitlisted people up while there are free places; notify the members."""
    free = ev.capacity - _count(s, ev.id, "registered")
    if free <= 0 or ev.status != "planned":
        return []
    lucky = list(s.scalars(select(Registration).where(
        Registration.event_id == ev.id, Registration.status == "waitlisted")
        .order_by(Registration.registered_at, Registration.id).limit(free)))
    for reg in lucky:
        reg.status, reg.promoted_at = "registered", now
        if reg.person_id is not None:
            s.add(Notification(person_id=reg.person_id, kind="event_promoted", created_at=now,
                               params=json.dumps({"event": ev.title, "event_id": ev.id},
                                                 ensure_ascii=False)))
    s.flush()
    return lucky


def _load_registration(s: Session, registration_id: int) -> Registration:
    reg = s.get(Registration, registration_id)
    if reg is None:
        raise NotFoundError("registration_not_found", ref=str(registration_id))
    return reg


def cancel_registration(engine: Engine, registration_id: int, *,
                        now: datetime | None = None) -> CancelResult:
    """Cancel; a freed place goes at once to the first person on the waitlist."""
    security.require("events.write")
    now = _now(now)
    with transaction(engine) as s:
        reg = _load_registration(s, registration_id)
        ev = _load(s, reg.event_id, lock=True)
        if reg.status == "cancelled":
            return CancelResult(_registration_rows(s, [reg])[0])
        freed = reg.status == "registered"
        reg.status, reg.cancelled_at = "cancelled", now
        s.flush()
        promoted = _promote(s, ev, now)[:1] if freed else []
        rows = _registration_rows(s, [reg, *promoted])
        return CancelResult(rows[0], rows[1] if len(rows) > 1 else None)


def find_registration(engine: Engine, event_id: int, *, person_id: int | None = None,
                      email: str = "") -> RegistrationRow:
    """The registration of a member or of an outside e-mail to an event."""
    security.require("events.read")
    with transaction(engine, readonly=True) as s:
        _load(s, event_id)
        if person_id is None and email:
            person_id = s.scalar(select(Person.id).where(
                Person.email_key == v.email_key(email.strip())))
        key = f"p:{person_id}" if person_id is not None else f"e:{v.email_key(email.strip())}"
        reg = s.scalar(select(Registration).where(Registration.event_id == event_id,
                                                  Registration.attendee_key == key))
        if reg is None:
            raise NotFoundError("registration_not_found", ref=email or str(person_id))
        return _registration_rows(s, [reg])[0]


def registrations(engine: Engine, event_id: int, *,
                  include_cancelled: bool = True) -> list[RegistrationRow]:
    """Registered first (by registration time), then the waitlist in order, then cancelled."""
    security.require("events.read")
    order = case((Registration.status == "registered", 0),
                 (Registration.status == "waitlisted", 1), else_=2)
    with transaction(engine, readonly=True) as s:
        _load(s, event_id)
        stmt = select(Registration).where(Registration.event_id == event_id)
        if not include_cancelled:
            stmt = stmt.where(Registration.status != "cancelled")
        regs = list(s.scalars(stmt.order_by(order, Registration.registered_at, Registration.id)))
        return _registration_rows(s, regs)


def check_in(engine: Engine, registration_id: int, *, now: datetime | None = None
             ) -> RegistrationRow:
    """Record that a registered person came: from an hour before the start to the end."""
    security.require("events.write")
    now = _now(now)
    with transaction(engine) as s:
        reg = _load_registration(s, registration_id)
        ev = _load(s, reg.event_id)
        if reg.status != "registered":
            raise ConflictError("registration_not_confirmed", "status", name=reg.name,
                                status=reg.status)
        if not ev.start_at - CHECKIN_BEFORE <= now <= ev.end_at:
            tz = _tz(ev)
            raise ValidationError("event_checkin_window", "event",
                                  start=timeutil.fmt_local(timeutil.local_naive(ev.start_at, tz)),
                                  end=timeutil.fmt_local(timeutil.local_naive(ev.end_at, tz)))
        reg.checked_in_at = reg.checked_in_at or now
        s.flush()
        return _registration_rows(s, [reg])[0]


# -- alerts and certificates --------------------------------------------------------------

def underfilled(engine: Engine, *, now: datetime | None = None) -> list[EventAlert]:
    """Planned events starting within their ``alert_days`` with fewer registrations than
    their minimum (the dashboard's warning)."""
    security.require("events.read")
    now = _now(now)
    with transaction(engine, readonly=True) as s:
        longest = int(s.scalar(select(func.max(Event.alert_days))) or 0)
        events = list(s.scalars(select(Event).where(
            Event.status == "planned", Event.min_registrations > 0, Event.start_at > now,
            Event.start_at <= now + timedelta(days=longest)).order_by(Event.start_at)))
        rows = _rows(s, events)
    out = []
    for e in rows:
        left = e.start_at - now
        if left <= timedelta(days=e.alert_days) and e.registered < e.min_registrations:
            out.append(EventAlert(e.id, e.title, e.start_at, e.timezone, e.registered,
                                  e.min_registrations, left.days))
    return out


def certificate_data(engine: Engine, registration_id: int) -> CertificateData:
    """The attendance certificate of one checked-in registration."""
    security.require("events.read")
    with transaction(engine, readonly=True) as s:
        reg = _load_registration(s, registration_id)
        if reg.checked_in_at is None or reg.status != "registered":
            raise ConflictError("not_checked_in", "registration", name=reg.name)
        return _certificate(s, reg, _load(s, reg.event_id))


def _certificate(s: Session, reg: Registration, ev: Event) -> CertificateData:
    site = s.get_one(Site, ev.site_id)
    hours = round(timeutil.duration(ev.start_at, ev.end_at).total_seconds() / 3600, 1)
    return CertificateData(reg.id, reg.name, ev.title, ev.kind, ev.start_at, ev.end_at,
                           site.timezone, hours, site.name, site.city, reg.checked_in_at)


def certificates(engine: Engine, event_id: int) -> list[CertificateData]:
    """Certificates of everyone who checked in, in name order."""
    security.require("events.read")
    with transaction(engine, readonly=True) as s:
        ev = _load(s, event_id)
        regs = s.scalars(select(Registration).where(
            Registration.event_id == event_id, Registration.status == "registered",
            Registration.checked_in_at.is_not(None)))
        return sorted((_certificate(s, r, ev) for r in regs), key=lambda c: fold(c.name))
