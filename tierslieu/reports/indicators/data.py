"""What the indicators of one period are computed from: a handful of queries, run lazily.

Each ``cached_property`` is one query (or a few for the site calendars), run only when an
indicator asks for it, inside the caller's read-only transaction; the figures are then
plain Python over those rows. Nothing here issues a query per booking, person or startup.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from typing import Any, NamedTuple, cast

from sqlalchemy import and_, case, distinct, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from tierslieu import timeutil
from tierslieu.db.models import (
    AlumniFollowUp,
    Assignment,
    Booking,
    Cohort,
    Enrollment,
    EnrollmentEvent,
    KpiRecord,
    MentoringSession,
    Milestone,
    Organization,
    Person,
    PersonOrganization,
    Resource,
    Site,
)
from tierslieu.reports.period import Period
from tierslieu.services.spaces import SiteCalendar, site_calendar

# kinds whose bookings make an organisation "resident" (it works here every day)
RESIDENT_KINDS = ("office", "desk")
DESK_KINDS = ("desk", "hot_desk_zone")


@dataclass(frozen=True)
class ResourceInfo:
    id: int
    site_id: int
    name: str          # unique within the report ("Salle 1 (Site B)" when names repeat)
    kind: str
    seats: int         # hot-desk zones hold ``capacity`` bookings at once, others one


class BookingRow(NamedTuple):
    """One booking of the period: a named tuple, not a frozen dataclass (a month of the
    network is 11,600 of them, read three times for a compared report, and a tuple
    costs a third to make). ``minutes`` is worked out once, when the row is read."""

    resource_id: int
    person_id: int | None
    start: datetime
    end: datetime
    status: str        # confirmed | no_show (cancelled ones are never loaded)
    checked_in: bool
    minutes: int       # whole minutes from start to end

    @classmethod
    def of(cls, resource_id: int, person_id: int | None, start: datetime, end: datetime,
           status: str, checked_in: object) -> BookingRow:
        return cls(resource_id, person_id, start, end, status, bool(checked_in),
                   int((end - start).total_seconds() // 60))


class KpiRow(NamedTuple):
    """The figures of one KPI record the indicators read (plain columns, no ORM)."""

    organization_id: int
    start_on: date
    end_on: date
    headcount: int | None
    jobs_created_fte100: int | None
    women_founders: int | None
    revenue_cents: int | None
    raised_honour_loan_cents: int
    raised_grant_cents: int
    raised_equity_cents: int
    raised_bank_loan_cents: int


KPI_COLUMNS = tuple(getattr(KpiRecord, name) for name in KpiRow._fields)


@dataclass(frozen=True)
class EnrollmentInfo:
    id: int
    organization_id: int
    startup: str
    cohort: str
    cohort_start: date
    cohort_end: date
    applied_on: date
    incubation_start: date | None
    graduated_on: date | None
    ended_on: date | None
    budget_minutes: int


@dataclass(frozen=True)
class MentoringUse:
    sessions: int = 0            # held in the period
    minutes: int = 0             # held in the period
    minutes_to_date: int = 0     # held before the end of the period


def _rows_of_text(found: list[Any]) -> list[BookingRow]:
    """BookingRows from (resource, person, start text, end text, status, checked in)."""
    from tierslieu.services.bookings_fast import instant

    # a month's 11,600 bookings have ~1,900 (start, end) pairs: each is parsed and
    # measured once; tuple.__new__ skips the named tuple's Python-level __new__
    spans: dict[tuple[str, str], tuple[datetime, datetime, int]] = {}
    new, cls = tuple.__new__, BookingRow
    out = []
    for rid, pid, start_text, end_text, status, checked in found:
        span = spans.get((start_text, end_text))
        if span is None:   # start_at and end_at are NOT NULL: never None here
            start, end = cast(datetime, instant(start_text)), cast(datetime, instant(end_text))
            span = spans[start_text, end_text] = (
                start, end, int((end - start).total_seconds() // 60))  # as BookingRow.of
        out.append(new(cls, (rid, pid, span[0], span[1], status, bool(checked), span[2])))
    return out


class PeriodData:
    """The rows behind one period's indicators (``site_id`` None: every site).

    ``shared``: a dict handed to the PeriodData of other periods read in the same
    transaction and for the same site (a report's month, the month before and the same
    month last year): the rows that do not depend on the period (sites, resources,
    calendars, milestones, founders) are then read once for all of them."""

    def __init__(self, session: Session, period: Period, site_id: int | None = None, *,
                 now: datetime | None = None, shared: dict[str, Any] | None = None) -> None:
        self.s = session
        self.shared = {} if shared is None else shared
        self.period = period
        self.site_id = site_id
        self.now = now or datetime.now(UTC)
        self.tz = (session.get_one(Site, site_id).timezone if site_id is not None
                   else timeutil.DEFAULT_TZ)
        self.start_utc, self.end_utc = period.bounds_utc(self.tz)
        self.start, self.end = period.start, period.end

    def _once(self, name: str, read: Callable[[], Any]) -> Any:
        """``read()`` once for every period sharing :attr:`shared` (rows of any period)."""
        if name not in self.shared:
            self.shared[name] = read()
        return self.shared[name]

    # -- spaces ----------------------------------------------------------------------------

    @cached_property
    def site_zones(self) -> dict[int, str]:
        stmt = select(Site.id, Site.timezone).order_by(Site.id)
        if self.site_id is not None:
            stmt = stmt.where(Site.id == self.site_id)
        zones: dict[int, str] = self._once("site_zones", lambda: {
            sid: tz or timeutil.DEFAULT_TZ for sid, tz in self.s.execute(stmt)})
        return zones

    @cached_property
    def resources(self) -> list[ResourceInfo]:
        """Active resources of the site(s), and retired ones that were booked."""
        stmt = (select(Resource.id, Resource.site_id, Resource.name, Resource.kind,
                       Resource.capacity, Resource.status, Site.name).join(Site)
                .order_by(Site.name, Resource.sort_order, Resource.name, Resource.id))
        if self.site_id is not None:
            stmt = stmt.where(Resource.site_id == self.site_id)
        rows = self._once("resources", lambda: self.s.execute(stmt).all())
        booked = {b.resource_id for b in self.bookings}
        names: dict[str, int] = defaultdict(int)
        for r in rows:
            names[r[2]] += 1
        return [ResourceInfo(rid, sid, name if names[name] == 1 else f"{name} ({site})", kind,
                             max(1, cap) if kind == "hot_desk_zone" else 1)
                for rid, sid, name, kind, cap, status, site in rows
                if status == "active" or rid in booked]

    @cached_property
    def calendars(self) -> dict[int, SiteCalendar]:
        calendars: dict[int, SiteCalendar] = self._once("calendars", lambda: {
            sid: site_calendar(self.s, sid) for sid in self.site_zones})
        return calendars

    def days(self) -> list[date]:
        n = (self.end - self.start).days
        return [self.start + timedelta(days=i) for i in range(n)]

    @staticmethod
    def _open_minutes(cal: SiteCalendar, day: date, resource_id: int | None) -> int:
        if cal.closed_reason(day, resource_id):
            return 0
        zone = timeutil.zone(cal.timezone)
        total = 0.0
        for opens, closes in cal.intervals(day):
            a = datetime.combine(day, opens, tzinfo=zone).astimezone(UTC)
            b = datetime.combine(day, closes, tzinfo=zone).astimezone(UTC)
            total += (b - a).total_seconds()
        return round(total / 60)

    @cached_property
    def open_minutes(self) -> dict[int, int]:
        """Minutes each resource was open: its site's hours, minus holidays and closures."""
        days = self.days()
        out = {}
        site_total: dict[int, int] = {}    # a network's 200 resources share 5 calendars
        for r in self.resources:
            cal = self.calendars[r.site_id]
            if any(rid == r.id for _, _, rid, _ in cal.closures):
                out[r.id] = sum(self._open_minutes(cal, d, r.id) for d in days)
                continue
            if r.site_id not in site_total:
                site_total[r.site_id] = sum(self._open_minutes(cal, d, None) for d in days)
            out[r.id] = site_total[r.site_id]
        return out

    @cached_property
    def opening_days(self) -> int:
        """Local days on which at least one site of the report opened."""
        return sum(1 for d in self.days()
                   if any(self._open_minutes(cal, d, None) for cal in self.calendars.values()))

    @cached_property
    def bookings(self) -> list[BookingRow]:
        """Bookings not cancelled that start in the period (one query)."""
        # "checked in or not", not the instant: 11,000 bookings a month on the network
        from tierslieu.services import bookings_fast as fast

        if fast.enabled(self.s.get_bind()):    # SQLite: plain rows, each instant parsed once
            sql = ("SELECT b.resource_id, b.person_id, b.start_at, b.end_at, b.status,"
                   " b.checked_in_at IS NOT NULL FROM booking b"
                   + (" JOIN resource r ON r.id = b.resource_id" if self.site_id else "")
                   + " WHERE b.start_at >= ? AND b.start_at < ? AND b.status != 'cancelled'"
                   + (" AND r.site_id = ?" if self.site_id else ""))
            params: list[object] = [fast.db_time(self.start_utc), fast.db_time(self.end_utc)]
            if self.site_id:
                params.append(self.site_id)
            return _rows_of_text(fast.rows(self.s.connection(), sql, params))
        stmt = (select(Booking.resource_id, Booking.person_id, Booking.start_at, Booking.end_at,
                       Booking.status, Booking.checked_in_at.is_not(None))
                .where(Booking.start_at >= self.start_utc, Booking.start_at < self.end_utc,
                       Booking.status != "cancelled"))
        if self.site_id is not None:
            stmt = stmt.join(Resource, Resource.id == Booking.resource_id).where(
                Resource.site_id == self.site_id)
        row = BookingRow.of
        return [row(rid, pid, start, end, status, checked)
                for rid, pid, start, end, status, checked in self.s.execute(stmt)]

    @cached_property
    def resident_organisations(self) -> int:
        stmt = (select(func.count(distinct(PersonOrganization.organization_id)))
                .select_from(Booking)
                .join(Resource, Resource.id == Booking.resource_id)
                .join(PersonOrganization, PersonOrganization.person_id == Booking.person_id)
                .where(Booking.start_at >= self.start_utc, Booking.start_at < self.end_utc,
                       Booking.status != "cancelled", Resource.kind.in_(RESIDENT_KINDS)))
        if self.site_id is not None:
            stmt = stmt.where(Resource.site_id == self.site_id)
        return int(self.s.scalar(stmt) or 0)

    # -- members and organisations -----------------------------------------------------------

    def _active_at_end(self) -> ColumnElement[bool]:
        return and_(Person.joined_on < self.end,
                    or_(Person.archived_at.is_(None), Person.archived_at >= self.end_utc))

    @cached_property
    def members(self) -> dict[str | None, tuple[int, int, int]]:
        """Per public category: (active at the end, joined in the period, left in it)."""
        one = 1
        stmt = (select(Person.public_category,
                       func.sum(case((self._active_at_end(), one), else_=0)),
                       func.sum(case((and_(Person.joined_on >= self.start,
                                           Person.joined_on < self.end), one), else_=0)),
                       func.sum(case((and_(Person.archived_at >= self.start_utc,
                                           Person.archived_at < self.end_utc), one), else_=0)))
                .where(Person.joined_on.is_not(None))
                .group_by(Person.public_category))
        if self.site_id is not None:
            stmt = stmt.where(Person.site_id == self.site_id)
        return {cat: (int(a or 0), int(n or 0), int(left or 0))
                for cat, a, n, left in self.s.execute(stmt)}

    @cached_property
    def organisations_by_city(self) -> dict[str, int]:
        """Organisations not archived at the end with at least one active member then."""
        member = (select(PersonOrganization.person_id).join(Person)
                  .where(PersonOrganization.organization_id == Organization.id,
                         self._active_at_end()))
        if self.site_id is not None:
            member = member.where(Person.site_id == self.site_id)
        stmt = (select(Organization.city, func.count())
                .where(or_(Organization.archived_at.is_(None),
                           Organization.archived_at >= self.end_utc),
                       exists(member))
                .group_by(Organization.city))
        return {city or "": int(n) for city, n in self.s.execute(stmt)}

    # -- incubation (every site: programmes are not tied to a site) ------------------------

    @cached_property
    def enrollments(self) -> dict[int, EnrollmentInfo]:
        rows = self.s.execute(
            select(Enrollment.id, Enrollment.organization_id, Organization.name, Cohort.name,
                   Cohort.start_on, Cohort.end_on, Enrollment.applied_on,
                   Enrollment.incubation_start, Enrollment.graduated_on, Enrollment.ended_on,
                   Enrollment.mentoring_budget_minutes)
            .join(Organization, Organization.id == Enrollment.organization_id)
            .join(Cohort, Cohort.id == Enrollment.cohort_id)
            .where(Enrollment.applied_on < self.end)
            .order_by(Cohort.start_on, Cohort.name_key, Organization.name_key))
        return {r[0]: EnrollmentInfo(*r) for r in rows}

    @cached_property
    def status_at_end(self) -> dict[int, str]:
        """Each enrollment's status at the end of the period, from its history."""
        out: dict[int, str] = {}
        for eid, to in self.s.execute(
                select(EnrollmentEvent.enrollment_id, EnrollmentEvent.to_status)
                .where(EnrollmentEvent.at < self.end_utc)
                .order_by(EnrollmentEvent.at, EnrollmentEvent.id)):
            out[eid] = to  # the latest wins
        return {eid: st for eid, st in out.items() if eid in self.enrollments}

    @cached_property
    def selected_in_period(self) -> set[int]:
        return set(self.s.scalars(
            select(EnrollmentEvent.enrollment_id)
            .where(EnrollmentEvent.to_status == "selected",
                   EnrollmentEvent.at >= self.start_utc, EnrollmentEvent.at < self.end_utc)))

    @cached_property
    def milestones(self) -> list[tuple[int, date | None, date | None]]:
        """(enrollment, due on, reached on) of every milestone."""
        rows: list[tuple[int, date | None, date | None]] = self._once("milestones", lambda: [
            tuple(r) for r in self.s.execute(
                select(Milestone.enrollment_id, Milestone.due_on, Milestone.reached_on))])
        return rows

    @cached_property
    def mentoring(self) -> dict[int, MentoringUse]:
        in_period = MentoringSession.held_on >= self.start
        rows = self.s.execute(
            select(Assignment.enrollment_id,
                   func.sum(case((in_period, 1), else_=0)),
                   func.sum(case((in_period, MentoringSession.duration_minutes), else_=0)),
                   func.sum(MentoringSession.duration_minutes))
            .join(MentoringSession, MentoringSession.assignment_id == Assignment.id)
            .where(MentoringSession.held_on < self.end)
            .group_by(Assignment.enrollment_id))
        return {eid: MentoringUse(int(n or 0), int(m or 0), int(t or 0))
                for eid, n, m, t in rows}

    @cached_property
    def kpi_records(self) -> list[KpiRow]:
        """Every KPI record of a period that started before the end of this one."""
        return [KpiRow(*r) for r in self.s.execute(
            select(*KPI_COLUMNS).where(KpiRecord.start_on < self.end)
            .order_by(KpiRecord.organization_id, KpiRecord.start_on))]

    @cached_property
    def follow_ups(self) -> dict[int, dict[int, str]]:
        """Alumni news known at the end of the period: {enrollment: {horizon: status}}."""
        out: dict[int, dict[int, str]] = defaultdict(dict)
        for eid, horizon, status in self.s.execute(
                select(AlumniFollowUp.enrollment_id, AlumniFollowUp.horizon_months,
                       AlumniFollowUp.status).join(Enrollment)
                .where(Enrollment.graduated_on < self.end, AlumniFollowUp.on_date < self.end)):
            out[eid][horizon] = status
        return out

    @cached_property
    def founders(self) -> dict[int, int]:
        """Founders linked to each organisation."""
        founders: dict[int, int] = self._once("founders", lambda: {
            org: int(n) for org, n in self.s.execute(
                select(PersonOrganization.organization_id, func.count())
                .where(PersonOrganization.role == "founder")
                .group_by(PersonOrganization.organization_id))})
        return founders

    # -- shared selections -------------------------------------------------------------------

    @cached_property
    def accompanied(self) -> list[EnrollmentInfo]:
        """Enrollments in incubation at some point of the period."""
        return [e for e in self.enrollments.values()
                if e.incubation_start is not None and e.incubation_start < self.end
                and (e.graduated_on is None or e.graduated_on >= self.start)
                and (e.ended_on is None or e.ended_on >= self.start)]

    @cached_property
    def current(self) -> list[EnrollmentInfo]:
        """Enrollments existing at the end whose cohort had not finished before the start."""
        return [e for e in self.enrollments.values()
                if e.id in self.status_at_end and e.cohort_end >= self.start]
