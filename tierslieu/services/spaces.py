"""Sites' resources, opening hours and closures (French public holidays computed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache, partial

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Closure, OpeningHours, Resource, Site
from tierslieu.db.models.space import BOOKABLE_BY, RESOURCE_KINDS
from tierslieu.errors import NotFoundError, ValidationError
from tierslieu.services import validation as v
from tierslieu.text import compact


@dataclass(frozen=True)
class ResourceInput:
    site_id: int
    name: str
    kind: str = "meeting_room"
    capacity: int = 1
    equipment: str = ""
    hourly_price_cents: int = 0
    half_day_price_cents: int = 0
    daily_price_cents: int = 0
    bookable_by: str = "members"
    buffer_minutes: int = 0
    min_minutes: int = 30
    max_minutes: int = 600
    max_advance_days: int = 90
    color: str = ""


@dataclass(frozen=True)
class ResourceRow:
    id: int
    site_id: int
    site_name: str
    timezone: str
    name: str
    kind: str
    capacity: int
    equipment: str
    hourly_price_cents: int
    half_day_price_cents: int
    daily_price_cents: int
    bookable_by: str
    buffer_minutes: int
    min_minutes: int
    max_minutes: int
    max_advance_days: int
    color: str
    status: str

    @property
    def shared(self) -> bool:
        """Hot-desk zones take ``capacity`` bookings at once; other kinds one at a time."""
        return self.kind == "hot_desk_zone"


def _row(r: Resource, site: Site) -> ResourceRow:
    return ResourceRow(r.id, r.site_id, site.name, site.timezone, r.name, r.kind, r.capacity,
                       r.equipment, r.hourly_price_cents, r.half_day_price_cents,
                       r.daily_price_cents, r.bookable_by, r.buffer_minutes, r.min_minutes,
                       r.max_minutes, r.max_advance_days, r.color, r.status)


# a ResourceRow's columns, in its fields' order
_RESOURCE_COLUMNS = (
    select(Resource.id, Resource.site_id, Site.name, Site.timezone, Resource.name,
           Resource.kind, Resource.capacity, Resource.equipment, Resource.hourly_price_cents,
           Resource.half_day_price_cents, Resource.daily_price_cents, Resource.bookable_by,
           Resource.buffer_minutes, Resource.min_minutes, Resource.max_minutes,
           Resource.max_advance_days, Resource.color, Resource.status)
    .join(Site, Site.id == Resource.site_id))


def _int(value: object, field: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError("number_invalid", field, value=value) from None
    if value < minimum:
        raise ValidationError("number_min", field, value=value, min=minimum)
    if value > 2**31 - 1:   # an INTEGER column (PostgreSQL's is 32 bits)
        raise ValidationError("number_max", field, value=value, max=2**31 - 1)
    return value


def create_resource(engine: Engine, data: ResourceInput) -> ResourceRow:
    security.require("spaces.write")
    values = check_resource(data)
    with transaction(engine) as s:
        return add_resource(s, data.site_id, values)


def check_resource(data: ResourceInput) -> dict[str, object]:
    """The validated columns of a new resource (every field error at once), site aside."""
    c = v.Collector()
    name = c.check(lambda: v.text(data.name, "name", required=True), "")
    kind = c.check(lambda: v.choice(data.kind, "kind", RESOURCE_KINDS, required=True), "")
    bookable = c.check(lambda: v.choice(data.bookable_by, "bookable_by", BOOKABLE_BY,
                                        required=True), "members")
    numbers = {f: c.check(partial(_int, getattr(data, f), f), 0) for f in (
        "capacity", "hourly_price_cents", "half_day_price_cents", "daily_price_cents",
        "buffer_minutes", "max_advance_days")}
    numbers["min_minutes"] = c.check(lambda: _int(data.min_minutes, "min_minutes", minimum=1), 30)
    numbers["max_minutes"] = c.check(
        lambda: _int(data.max_minutes, "max_minutes", minimum=numbers["min_minutes"]), 600)
    equipment = c.check(lambda: v.text(data.equipment, "equipment", max_len=1000), "")
    c.raise_if_any()
    return {"name": name, "kind": kind, "bookable_by": bookable, "equipment": equipment,
            "color": data.color, **numbers}


def add_resource(session: Session, site_id: int, values: dict[str, object]) -> ResourceRow:
    """Insert a checked resource (:func:`check_resource`) inside the caller's transaction."""
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError("site_not_found", ref=str(site_id))
    r = Resource(site_id=site.id, status="active", **values)
    session.add(r)
    session.flush()
    return _row(r, site)


def list_resources(engine: Engine, *, site_id: int | None = None,
                   kinds: tuple[str, ...] = ()) -> list[ResourceRow]:
    security.require("spaces.read")
    # plain columns (the planning lists 40 resources per screen): no ORM object per row;
    # the statement built once per shape, its parameters bound
    stmt = _ACTIVE_RESOURCES if site_id is None else _SITE_RESOURCES
    if kinds:
        stmt = stmt.where(Resource.kind.in_(bindparam("kinds", expanding=True)))
    with transaction(engine, readonly=True) as s:
        return [ResourceRow(*row) for row in s.connection().execute(  # type: ignore[call-arg]
            stmt, {"sid": site_id, "kinds": list(kinds)})]


def get_resource(engine: Engine, resource_id: int) -> ResourceRow:
    security.require("spaces.read")
    with transaction(engine, readonly=True) as s:
        return load_resource(s, resource_id)


_ACTIVE_RESOURCES = (_RESOURCE_COLUMNS.where(Resource.status == "active")
                     .order_by(Site.name, Resource.sort_order, Resource.name))
_SITE_RESOURCES = _ACTIVE_RESOURCES.where(Resource.site_id == bindparam("sid"))

# one query, plain columns (the availability check runs it for every slot it tests)
_RESOURCE = _RESOURCE_COLUMNS.where(Resource.id == bindparam("rid"))


def load_resource(session: Session, resource_id: int) -> ResourceRow:
    session.flush()
    row = session.connection().execute(_RESOURCE, {"rid": resource_id}).first()
    if row is None:
        raise NotFoundError("resource_not_found", ref=str(resource_id))
    return ResourceRow(*row)  # type: ignore[call-arg]  # the columns, in the row's order


def find_resource(engine: Engine, name: str) -> ResourceRow:
    """A resource by name (case- and accent-insensitive) or numeric id."""
    security.require("spaces.read")
    with transaction(engine, readonly=True) as s:
        for r, site in s.execute(select(Resource, Site).join(Site)).all():
            if compact(r.name) == compact(name) or str(r.id) == name.strip():
                return _row(r, site)
    raise NotFoundError("resource_not_found", ref=name)


# -- opening hours and closures ------------------------------------------------------------

def set_opening_hours(engine: Engine, site_id: int,
                      hours: dict[int, list[tuple[time, time]]]) -> None:
    """Replace a site's weekly hours: {0: [(09:00, 12:30), (13:30, 19:00)], ...}."""
    security.require("spaces.write")
    check_opening_hours(hours)
    with transaction(engine) as s:
        replace_opening_hours(s, site_id, hours)


def check_opening_hours(hours: dict[int, list[tuple[time, time]]]) -> None:
    for weekday, intervals in hours.items():
        if not 0 <= weekday <= 6:
            raise ValidationError("number_invalid", "weekday", value=weekday)
        for opens, closes in intervals:
            if closes <= opens:
                raise ValidationError("hours_order", "opening_hours", value=f"{opens}-{closes}")


def replace_opening_hours(session: Session, site_id: int,
                          hours: dict[int, list[tuple[time, time]]]) -> None:
    """:func:`set_opening_hours` inside the caller's transaction (hours already checked)."""
    for row in session.scalars(select(OpeningHours).where(OpeningHours.site_id == site_id)):
        session.delete(row)
    session.flush()
    for weekday, intervals in hours.items():
        for opens, closes in intervals:
            session.add(OpeningHours(site_id=site_id, weekday=weekday, opens=opens,
                                     closes=closes))


def add_closure(engine: Engine, site_id: int, start: date, end: date, reason: str = "",
                resource_id: int | None = None) -> None:
    security.require("spaces.write")
    if end < start:
        raise ValidationError("date_order", "end", value=end.strftime("%d/%m/%Y"))
    with transaction(engine) as s:
        s.add(Closure(site_id=site_id, resource_id=resource_id, start_date=start, end_date=end,
                      reason=v.text(reason, "reason")))


@lru_cache(maxsize=32)
def public_holidays(year: int, subdiv: str = "") -> dict[date, str]:
    """French public holidays of ``year`` (with Alsace-Moselle's when subdiv is 57/67/68)."""
    import holidays

    sub = "57" if subdiv in ("57", "67", "68") else None
    return dict(holidays.country_holidays("FR", subdiv=sub, years=year, language="fr"))


@dataclass(frozen=True)
class SiteCalendar:
    """What a site's opening looks like, loaded once for a range of checks."""

    timezone: str
    hours: dict[int, list[tuple[time, time]]]
    closures: list[tuple[date, date, int | None, str]]
    subdiv: str

    def closed_reason(self, day: date, resource_id: int | None = None) -> str | None:
        holiday = public_holidays(day.year, self.subdiv).get(day)
        if holiday:
            return holiday
        for start, end, rid, reason in self.closures:
            if start <= day <= end and (rid is None or rid == resource_id):
                return reason or "fermeture"
        if self.hours and not self.hours.get(day.weekday()):
            return "closed_weekday"
        return None

    def intervals(self, day: date) -> list[tuple[time, time]]:
        """Opening intervals of a local day; no hours configured means open all day."""
        if not self.hours:
            return [(time(0), time(23, 59, 59))]
        return self.hours.get(day.weekday(), [])

    def openings(self, days: list[date], resource_id: int | None = None
                 ) -> dict[date, tuple[list[tuple[time, time]], str | None]]:
        """For each local day: its opening intervals and, if closed, why."""
        out = {}
        for day in days:
            reason = self.closed_reason(day, resource_id)
            out[day] = ([] if reason else self.intervals(day), reason)
        return out


# plain columns, statements built once: every booking written reads its site's calendar
_SITE_CALENDAR = select(Site.timezone, Site.holiday_subdiv).where(Site.id == bindparam("sid"))
_HOURS = (select(OpeningHours.weekday, OpeningHours.opens, OpeningHours.closes)
          .where(OpeningHours.site_id == bindparam("sid"))
          .order_by(OpeningHours.weekday, OpeningHours.opens))
_CLOSURES = (select(Closure.start_date, Closure.end_date, Closure.resource_id, Closure.reason)
             .where(Closure.site_id == bindparam("sid")).order_by(Closure.id))


def site_calendar(session: Session, site_id: int) -> SiteCalendar:
    session.flush()
    conn = session.connection()
    site = conn.execute(_SITE_CALENDAR, {"sid": site_id}).first()
    if site is None:
        raise NotFoundError("site_not_found", ref=str(site_id))
    hours: dict[int, list[tuple[time, time]]] = {}
    for weekday, opens, closes in conn.execute(_HOURS, {"sid": site_id}):
        hours.setdefault(weekday, []).append((opens, closes))
    closures = [tuple(row) for row in conn.execute(_CLOSURES, {"sid": site_id})]
    return SiteCalendar(site[0], hours, closures, site[1])  # type: ignore[arg-type]


def day_openings(engine: Engine, site_id: int, days: list[date],
                 resource_id: int | None = None) -> dict[date, tuple[list[tuple[time, time]],
                                                                   str | None]]:
    """For each local day: its opening intervals and, if closed, why (holiday, closure)."""
    security.require("spaces.read")
    with transaction(engine, readonly=True) as s:
        cal = site_calendar(s, site_id)
    return cal.openings(days, resource_id)
