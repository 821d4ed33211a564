"""Today at the front desk, in one call: who is in, arrivals, rooms, events, alerts.

:func:`load` returns one frozen :class:`Dashboard` built from the visit, booking, event
and incubation services (read-only transactions), so the home page refreshes it off the
GUI thread every minute and the CLI could print it.

Occupancy: people in now over the seats of the site (desks, hot-desk zones, offices);
rooms (meeting rooms, halls, booths) in use now over all rooms. Alerts: late milestones
(incubation), under-filled events, unread notifications for hosts, and for those who may
read billing: subscriptions ending within 14 days (or ended in the last 7 without a
follow-up) and issued invoices past their due date with something still due (the most
overdue first, :data:`UNPAID_LISTED` of them and one line for the rest). Each alert
family costs a fixed number of queries, whatever the number of rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import Plan, Resource, Site, Subscription
from tierslieu.services import bookings, events, visits
from tierslieu.services.events import EventRow
from tierslieu.services.visits import NotificationRow, VisitRow

SEAT_KINDS = ("desk", "hot_desk_zone", "office")
ROOM_KINDS = ("meeting_room", "event_hall", "phone_booth")
WEEK_DAYS = 7
ENDING_DAYS = 14       # subscriptions ending within this many days
ENDED_DAYS = 7         # ... or ended this many days ago without a follow-up
UNPAID_LISTED = 10     # overdue invoices listed one by one; the rest on one line


@dataclass(frozen=True)
class RoomDay:
    """One resource's day: how many bookings, how long, and what is on now or next."""

    resource_id: int
    name: str
    kind: str
    capacity: int
    bookings: int
    booked_minutes: int
    busy_now: bool
    current_title: str
    next_start: datetime | None
    timezone: str


@dataclass(frozen=True)
class Occupancy:
    present: int
    seats: int
    rooms_busy: int
    rooms_total: int

    @property
    def percent(self) -> int:
        """People in over seats, rounded; 0 without seats."""
        return round(100 * self.present / self.seats) if self.seats else 0


@dataclass(frozen=True)
class DashboardAlert:
    # milestone_late | event_underfilled | subscription_ending | invoice_unpaid
    # | invoice_unpaid_more (the overdue invoices past the first UNPAID_LISTED)
    kind: str
    title: str         # the startup, the event, the subscriber or the customer
    detail: str        # the milestone, "4 / 10", the plan or the invoice number
    due: date | None   # ... the subscription's end date, the invoice's due date
    ref_id: int        # the enrollment, the event, the subscription or the invoice
    registered: int = 0    # under-filled events: registered so far and the minimum
    minimum: int = 0
    amount_cents: int = 0  # unpaid: still due incl. VAT (the rest's total for "more")
    days: int = 0          # unpaid: days late; ending: days left (negative: ended)
    count: int = 0         # invoice_unpaid_more: how many more invoices
    # who it is about, to open them from the home page: the startup of a late milestone,
    # the subscriber, the customer of an unpaid invoice (a person or an organisation)
    person_id: int | None = None
    organization_id: int | None = None


@dataclass(frozen=True)
class Dashboard:
    now: datetime
    today: date
    timezone: str
    present: tuple[VisitRow, ...]
    arrivals: tuple[VisitRow, ...]
    rooms: tuple[RoomDay, ...]
    occupancy: Occupancy
    events_today: tuple[EventRow, ...]
    events_week: tuple[EventRow, ...]
    alerts: tuple[DashboardAlert, ...]
    notifications: tuple[NotificationRow, ...]


def _site(engine: Engine, site_id: int | None) -> tuple[int | None, str]:
    with transaction(engine, readonly=True) as s:
        site = s.get(Site, site_id) if site_id else s.scalar(select(Site).order_by(Site.id))
        return (site.id, site.timezone) if site else (None, timeutil.DEFAULT_TZ)


def rooms_today(engine: Engine, now: datetime, *, site_id: int | None = None,
                tz: str = timeutil.DEFAULT_TZ) -> list[RoomDay]:
    """Every active resource with its bookings of the local day; rooms first."""
    security.require("dashboard.read")
    start, end = timeutil.day_bounds_utc(timeutil.to_local(now, tz).date(), tz)
    stmt = select(Resource).where(Resource.status == "active")
    if site_id is not None:
        stmt = stmt.where(Resource.site_id == site_id)
    with transaction(engine, readonly=True) as s:
        resources = list(s.scalars(stmt.order_by(Resource.sort_order, Resource.name)))
    day = bookings.between(engine, start, end, resource_ids=[r.id for r in resources])
    by_resource: dict[int, list[bookings.BookingRow]] = {}
    for b in day:
        if b.status == "confirmed":
            by_resource.setdefault(b.resource_id, []).append(b)
    out = []
    for r in resources:
        held = by_resource.get(r.id, [])
        if not held and r.kind not in ROOM_KINDS:
            continue
        minutes = sum(int((min(b.end_at, end) - max(b.start_at, start)).total_seconds() // 60)
                      for b in held)
        current = next((b for b in held if b.start_at <= now < b.end_at), None)
        upcoming = [b.start_at for b in held if b.start_at > now]
        out.append(RoomDay(r.id, r.name, r.kind, r.capacity, len(held), minutes,
                           current is not None, current.title if current else "",
                           min(upcoming) if upcoming else None, tz))
    out.sort(key=lambda x: (x.kind not in ROOM_KINDS, x.kind != "meeting_room", x.name))
    return out


def occupancy(engine: Engine, present: int, rooms: Sequence[RoomDay], *,
              site_id: int | None = None) -> Occupancy:
    security.require("dashboard.read")
    stmt = select(Resource.kind, Resource.capacity).where(Resource.status == "active")
    if site_id is not None:
        stmt = stmt.where(Resource.site_id == site_id)
    with transaction(engine, readonly=True) as s:
        resources = s.execute(stmt).all()
    seats = sum(cap for kind, cap in resources if kind in SEAT_KINDS)
    total = sum(1 for kind, _ in resources if kind in ROOM_KINDS)
    busy = sum(1 for r in rooms if r.kind in ROOM_KINDS and r.busy_now)
    return Occupancy(present, seats, busy, total)


def alerts(engine: Engine, now: datetime, today: date) -> list[DashboardAlert]:
    """Late milestones of incubated startups, under-filled events, then (for roles that
    read billing) subscriptions ending and unpaid invoices."""
    security.require("dashboard.read")
    from tierslieu.services import startups

    out = [DashboardAlert("milestone_late", a.startup_name, a.detail, a.due_on,
                          a.enrollment_id, organization_id=a.organization_id)
           for a in startups.alerts(engine, today=today, kinds=("milestone_late",))]
    for e in events.underfilled(engine, now=now):
        out.append(DashboardAlert("event_underfilled", e.title, f"{e.registered} / {e.minimum}",
                                  timeutil.to_local(e.start_at, e.timezone).date(), e.event_id,
                                  e.registered, e.minimum))
    if security.allowed("billing.read"):     # the incubation team does not see billing
        out += subscriptions_ending(engine, today) + unpaid_invoices(engine, today)
    return out


def subscriptions_ending(engine: Engine, today: date) -> list[DashboardAlert]:
    """Subscriptions ending in the next :data:`ENDING_DAYS` days, or ended in the last
    :data:`ENDED_DAYS`, with no follow-up (a plan change or a renewal that goes on
    from the next day), soonest first."""
    security.require("billing.read")
    from tierslieu.services.billing import parties

    lo, hi = today - timedelta(days=ENDED_DAYS), today + timedelta(days=ENDING_DAYS)
    with transaction(engine, readonly=True) as s:
        ending = s.execute(select(Subscription, Plan.name).join(Plan).where(
            Subscription.end_on >= lo, Subscription.end_on <= hi)
            .order_by(Subscription.end_on, Subscription.id)).all()
        if not ending:
            return []
        pids = {x.person_id for x, _ in ending if x.person_id}
        oids = {x.organization_id for x, _ in ending if x.organization_id}
        later = s.execute(select(Subscription.id, Subscription.person_id,
                                 Subscription.organization_id, Subscription.start_on,
                                 Subscription.end_on, Subscription.previous_id).where(
            or_(Subscription.person_id.in_(pids), Subscription.organization_id.in_(oids)),
            or_(Subscription.end_on.is_(None), Subscription.end_on > lo))).all()
        names = parties.load(s, pids, oids)
    out = []
    for sub, plan in ending:
        end = sub.end_on
        assert end is not None
        holder = parties.key_of(sub.person_id, sub.organization_id)
        if any(y.previous_id == sub.id or (
                y.id != sub.id and parties.key_of(y.person_id, y.organization_id) == holder
                and sub.start_on < y.start_on <= end + timedelta(days=1)
                and (y.end_on is None or y.end_on > end)) for y in later):
            continue
        who = names.get(holder)
        out.append(DashboardAlert("subscription_ending", who.name if who else "", plan, end,
                                  sub.id, days=(end - today).days, person_id=sub.person_id,
                                  organization_id=sub.organization_id))
    return out


def unpaid_invoices(engine: Engine, today: date) -> list[DashboardAlert]:
    """Issued invoices past their due date with something still due (billing's own
    ``overdue`` status), the most overdue first, then the biggest; past
    :data:`UNPAID_LISTED`, one ``invoice_unpaid_more`` line counts the rest."""
    security.require("billing.read")
    from tierslieu.services.billing import invoicing

    late = invoicing.overdue(engine, today=today, limit=UNPAID_LISTED)
    out = [DashboardAlert("invoice_unpaid", r.customer.name, r.number, r.due_on, r.id,
                          amount_cents=r.balance_cents, days=(today - r.due_on).days,
                          person_id=r.customer.id if r.customer.kind == "person" else None,
                          organization_id=r.customer.id
                          if r.customer.kind == "organization" else None)
           for r in late.first]
    if late.count > len(late.first):
        out.append(DashboardAlert("invoice_unpaid_more", "", "", None, 0,
                                  amount_cents=late.total_cents - sum(
                                      r.balance_cents for r in late.first),
                                  count=late.count - len(late.first)))
    return out


def load(engine: Engine, *, now: datetime | None = None,
         site_id: int | None = None) -> Dashboard:
    """Everything the home page shows, as of ``now`` (default: the clock)."""
    security.require("dashboard.read")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    site_id, tz = _site(engine, site_id)
    today = timeutil.to_local(now, tz).date()
    start, end = timeutil.day_bounds_utc(today, tz)
    week_end = timeutil.day_bounds_utc(today + timedelta(days=WEEK_DAYS), tz)[1]
    present = visits.present(engine, now=now, site_id=site_id)
    rooms = rooms_today(engine, now, site_id=site_id, tz=tz)
    planned = events.list_events(engine, start=start, end=week_end, include_cancelled=False)
    return Dashboard(
        now=now, today=today, timezone=tz, present=tuple(present),
        arrivals=tuple(visits.arrivals(engine, today, site_id=site_id)),
        rooms=tuple(rooms), occupancy=occupancy(engine, len(present), rooms, site_id=site_id),
        events_today=tuple(e for e in planned if e.start_at < end),
        events_week=tuple(e for e in planned if e.start_at >= end),
        alerts=tuple(alerts(engine, now, today)),
        notifications=tuple(visits.notifications(engine, unread_only=True, limit=50)))
