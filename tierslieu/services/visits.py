"""Visits: members checking in and out, visitors and guests received by a host member.

"Who is in now" is every visit of the local day (site zone) not checked out yet; a visit
left open on an earlier day is not counted (nobody checked out that evening) and goes with
the retention purge. A visitor's host is notified in the app (``notification`` rows the
dashboard shows). Visit rows are personal data: :func:`apply_retention` deletes the ones
older than the ``visits.retention_days`` setting (365 days by default).

Billing: a member's check-in consumes a desk day when their plan says so. The rule
belongs to billing (:func:`tierslieu.services.billing.credits.use_for_visit`), which
:func:`check_in` always runs inside its own transaction, so the GUI, the CLI and any
other caller draw the credit with the visit, atomically, and cannot skip it; the
returned row says what was consumed (``VisitRow.credit``). Nobody is refused at the
door for want of credits. ``on_arrival(session, visit)`` is an extra hook run after it,
in the same transaction (an error it raises refuses the arrival, nothing written).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, aliased

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import Notification, Person, Setting, Site, Visit
from tierslieu.db.models.visits import VISIT_KINDS
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.i18n import translate
from tierslieu.services import validation as v

if TYPE_CHECKING:
    from tierslieu.services.billing.credits import VisitCredit

RETENTION_KEY = "visits.retention_days"
DEFAULT_RETENTION_DAYS = 365


@dataclass(frozen=True)
class VisitorInput:
    name: str
    host_person_id: int
    company: str = ""
    email: str = ""
    purpose: str = ""
    kind: str = "visitor"            # visitor | guest
    site_id: int | None = None


@dataclass(frozen=True)
class VisitRow:
    id: int
    kind: str                        # member | visitor | guest
    person_id: int | None
    name: str                        # the member's or the visitor's name
    company: str
    email: str
    host_person_id: int | None
    host_name: str
    purpose: str
    arrived_at: datetime
    left_at: datetime | None
    badge_token: str
    site_id: int
    site_name: str
    timezone: str
    # what a member's check-in consumed (set by check_in only)
    credit: VisitCredit | None = None

    @property
    def present(self) -> bool:
        return self.left_at is None

    @property
    def local_arrival(self) -> datetime:
        return timeutil.to_local(self.arrived_at, self.timezone)


@dataclass(frozen=True)
class NotificationRow:
    id: int
    person_id: int
    person_name: str
    kind: str
    params: dict[str, Any]
    created_at: datetime
    read_at: datetime | None
    visit_id: int | None

    def text(self, lang: str | None = None) -> str:
        """The message in the chosen language ("Visitor for you: Ana Lima (Kalmi) —
        Meeting")."""
        params = {k: val or "" for k, val in self.params.items()}
        if self.kind == "visitor_arrived":
            who = params.get("name", "")
            if params.get("company"):
                who += f" ({params['company']})"
            if params.get("purpose"):
                who += f" — {params['purpose']}"
            params["who"] = who
        return translate(f"notif_{self.kind}", lang, **params)


@dataclass(frozen=True)
class RetentionSummary:
    days: int
    cutoff: datetime                 # visits that arrived before this instant were deleted
    visits: int
    notifications: int
    by_kind: dict[str, int] = field(default_factory=dict)


ArrivalHook = Callable[[Session, VisitRow], None]


# -- helpers ------------------------------------------------------------------------------

def _now(now: datetime | None) -> datetime:
    return now.astimezone(UTC) if now else datetime.now(UTC)


def _rows(s: Session, visits: Sequence[Visit]) -> list[VisitRow]:
    if not visits:
        return []
    pids = {x for vis in visits for x in (vis.person_id, vis.host_person_id) if x}
    names = {pid: f"{first} {last}".strip() for pid, first, last in s.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(pids)))}
    emails = dict(s.execute(select(Person.id, Person.email).where(Person.id.in_(pids))).all())
    sites = {sid: (name, tz) for sid, name, tz in s.execute(
        select(Site.id, Site.name, Site.timezone).where(Site.id.in_({x.site_id for x in visits})))}
    out = []
    for x in visits:
        member = x.person_id is not None
        out.append(VisitRow(
            x.id, x.kind, x.person_id,
            names.get(x.person_id or 0, "") if member else x.visitor_name,
            x.visitor_company, (emails.get(x.person_id or 0) or "") if member else x.visitor_email,
            x.host_person_id, names.get(x.host_person_id or 0, ""), x.purpose, x.arrived_at,
            x.left_at, x.badge_token, x.site_id, sites[x.site_id][0], sites[x.site_id][1]))
    return out


def _site(s: Session, site_id: int | None, person: Person | None = None) -> Site:
    sid = site_id or (person.site_id if person is not None else None) or s.scalar(
        select(Site.id).order_by(Site.id).limit(1))
    site = s.get(Site, sid) if sid is not None else None
    if site is None:
        raise NotFoundError("site_not_found", ref=str(site_id or ""))
    return site


def _person(s: Session, person_id: int, field_name: str = "person") -> Person:
    p = s.get(Person, person_id)
    if p is None:
        raise NotFoundError("person_not_found", ref=str(person_id))
    if p.status != "active":
        raise ValidationError("person_archived", field_name,
                              name=f"{p.first_name} {p.last_name}".strip())
    return p


def day_start(now: datetime, tz: str | None = None) -> datetime:
    """Midnight of ``now``'s local day (site zone), as a UTC instant."""
    local_day = timeutil.to_local(now, tz).date()
    return timeutil.day_bounds_utc(local_day, tz)[0]


def _open_visit(s: Session, person_id: int, since: datetime) -> Visit | None:
    return s.scalar(select(Visit).where(Visit.person_id == person_id, Visit.left_at.is_(None),
                                        Visit.arrived_at >= since)
                    .order_by(Visit.arrived_at.desc()).limit(1))


# -- members ------------------------------------------------------------------------------

def check_in(engine: Engine, person_id: int, *, site_id: int | None = None,
             now: datetime | None = None, on_arrival: ArrivalHook | None = None) -> VisitRow:
    """A member arrives. Refused when they are already in (checked in today, not out).

    Their desk day is drawn in the same transaction when their plan says so (see the
    module docstring); ``row.credit`` says what was consumed and what is left.
    ``on_arrival(session, visit)`` runs after it, inside this transaction; an error it
    raises refuses the check-in, nothing written.
    """
    from tierslieu.services.billing import credits

    actor = security.require("visits.write").label
    now = _now(now)
    with transaction(engine) as s:
        person = _person(s, person_id)
        site = _site(s, site_id, person)
        current = _open_visit(s, person.id, day_start(now, site.timezone))
        if current is not None:
            raise ConflictError("already_checked_in", "person",
                                name=f"{person.first_name} {person.last_name}".strip(),
                                since=timeutil.to_local(current.arrived_at,
                                                        site.timezone).strftime("%H:%M"))
        visit = Visit(site_id=site.id, kind="member", person_id=person.id, arrived_at=now,
                      badge_token=secrets.token_hex(8))
        s.add(visit)
        s.flush()
        row = _rows(s, [visit])[0]
        row = replace(row, credit=credits.use_for_visit(s, row, actor=actor))
        if on_arrival is not None:
            on_arrival(s, row)
        return row


def check_out(engine: Engine, *, visit_id: int | None = None, person_id: int | None = None,
              now: datetime | None = None) -> VisitRow:
    """Someone leaves: a visit by id (visitors) or a member's open visit of the day."""
    security.require("visits.write")
    now = _now(now)
    with transaction(engine) as s:
        if visit_id is not None:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError("visit_not_found", ref=str(visit_id))
        else:
            if person_id is None:
                raise ValidationError("required", "person")
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError("person_not_found", ref=str(person_id))
            site = _site(s, None, person)
            visit = _open_visit(s, person_id, day_start(now, site.timezone))
            if visit is None:
                raise ConflictError("not_checked_in_today", "person",
                                    name=f"{person.first_name} {person.last_name}".strip())
        if visit.left_at is None:
            visit.left_at = max(now, visit.arrived_at)
        s.flush()
        return _rows(s, [visit])[0]


# -- visitors -----------------------------------------------------------------------------

def register_visitor(engine: Engine, data: VisitorInput, *,
                     now: datetime | None = None) -> VisitRow:
    """A visitor or guest arrives for a host member, who is notified in the app."""
    security.require("visits.write")
    now = _now(now)
    c = v.Collector()
    name = c.check(lambda: v.text(data.name, "name", required=True), "")
    company = c.check(lambda: v.text(data.company, "organization"), "")
    email = c.check(lambda: v.email(data.email) or "", "")
    purpose = c.check(lambda: v.text(data.purpose, "purpose"), "")
    kind = c.check(lambda: v.choice(data.kind, "kind", VISIT_KINDS[1:], required=True) or "",
                   "")
    c.raise_if_any()
    with transaction(engine) as s:
        host = _person(s, data.host_person_id, "host")
        site = _site(s, data.site_id, host)
        visit = Visit(site_id=site.id, kind=kind, visitor_name=name, visitor_company=company,
                      visitor_email=email, host_person_id=host.id, purpose=purpose,
                      arrived_at=now, badge_token=secrets.token_hex(8))
        s.add(visit)
        s.flush()
        s.add(Notification(person_id=host.id, kind="visitor_arrived", visit_id=visit.id,
                           created_at=now, params=json.dumps(
                               {"name": name, "company": company, "purpose": purpose},
                               ensure_ascii=False)))
        s.flush()
        return _rows(s, [visit])[0]


# -- queries ------------------------------------------------------------------------------

def get_visit(engine: Engine, visit_id: int) -> VisitRow:
    security.require("visits.read")
    with transaction(engine, readonly=True) as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError("visit_not_found", ref=str(visit_id))
        return _rows(s, [visit])[0]


def _tz(s: Session, site_id: int | None) -> str:
    if site_id is None:
        return str(s.scalar(select(Site.timezone).order_by(Site.id).limit(1))
                   or timeutil.DEFAULT_TZ)
    return s.get_one(Site, site_id).timezone


def present(engine: Engine, *, now: datetime | None = None,
            site_id: int | None = None) -> list[VisitRow]:
    """Who is in now: visits of the local day not checked out, by arrival."""
    security.require("visits.read")
    now = _now(now)
    with transaction(engine, readonly=True) as s:
        stmt = select(Visit).where(Visit.left_at.is_(None),
                                   Visit.arrived_at >= day_start(now, _tz(s, site_id)),
                                   Visit.arrived_at <= now)
        if site_id is not None:
            stmt = stmt.where(Visit.site_id == site_id)
        return _rows(s, list(s.scalars(stmt.order_by(Visit.arrived_at, Visit.id))))


def arrivals(engine: Engine, day: date, *, site_id: int | None = None) -> list[VisitRow]:
    """Every visit that started on a local day, present or gone, by arrival."""
    security.require("visits.read")
    with transaction(engine, readonly=True) as s:
        start, end = timeutil.day_bounds_utc(day, _tz(s, site_id))
        stmt = select(Visit).where(Visit.arrived_at >= start, Visit.arrived_at < end)
        if site_id is not None:
            stmt = stmt.where(Visit.site_id == site_id)
        return _rows(s, list(s.scalars(stmt.order_by(Visit.arrived_at, Visit.id))))


def history(engine: Engine, *, person_id: int | None = None, start: datetime | None = None,
            end: datetime | None = None, limit: int = 500) -> list[VisitRow]:
    """The visit log, newest first (a member's own visits and the visitors they hosted)."""
    security.require("visits.read")
    stmt = select(Visit)
    if person_id is not None:
        stmt = stmt.where((Visit.person_id == person_id) | (Visit.host_person_id == person_id))
    if start is not None:
        stmt = stmt.where(Visit.arrived_at >= start)
    if end is not None:
        stmt = stmt.where(Visit.arrived_at < end)
    with transaction(engine, readonly=True) as s:
        return _rows(s, list(s.scalars(stmt.order_by(Visit.arrived_at.desc()).limit(limit))))


# -- notifications ------------------------------------------------------------------------

def notifications(engine: Engine, *, person_id: int | None = None, unread_only: bool = True,
                  since: datetime | None = None, limit: int = 100) -> list[NotificationRow]:
    """Notifications, newest first (every member's by default: the front desk sees all)."""
    security.require("visits.read")
    who = aliased(Person)
    stmt = select(Notification, who.first_name, who.last_name).join(
        who, who.id == Notification.person_id)
    if person_id is not None:
        stmt = stmt.where(Notification.person_id == person_id)
    if unread_only:
        stmt = stmt.where(Notification.read_at.is_(None))
    if since is not None:
        stmt = stmt.where(Notification.created_at >= since)
    with transaction(engine, readonly=True) as s:
        rows = s.execute(stmt.order_by(Notification.created_at.desc(), Notification.id.desc())
                         .limit(limit)).all()
        return [NotificationRow(n.id, n.person_id, f"{first} {last}".strip(), n.kind,
                                json.loads(n.params or "{}"), n.created_at, n.read_at,
                                n.visit_id) for n, first, last in rows]


def mark_read(engine: Engine, ids: Sequence[int], *, now: datetime | None = None) -> int:
    security.require("visits.write")
    now = _now(now)
    with transaction(engine) as s:
        items = list(s.scalars(select(Notification).where(Notification.id.in_(list(ids)),
                                                          Notification.read_at.is_(None))))
        for n in items:
            n.read_at = now
        return len(items)


# -- retention ----------------------------------------------------------------------------

def retention_days(engine: Engine) -> int:
    security.require("visits.read")
    with transaction(engine, readonly=True) as s:
        return _retention(s)


def _retention(s: Session) -> int:
    row = s.get(Setting, RETENTION_KEY)
    if row is None:
        return DEFAULT_RETENTION_DAYS
    value = json.loads(row.value)
    return int(value) if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_DAYS


def set_retention_days(engine: Engine, days: int) -> None:
    security.require("settings.write")
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValidationError("number_min", "retention_days", value=days, min=1)
    with transaction(engine) as s:
        row = s.get(Setting, RETENTION_KEY)
        if row is None:
            s.add(Setting(key=RETENTION_KEY, value=json.dumps(days)))
        else:
            row.value = json.dumps(days)


def apply_retention(engine: Engine, today: date) -> RetentionSummary:
    """Delete the visit log older than the retention period, with its notifications.

    A visit is kept while it arrived on or after ``today`` − N days (local midnight of the
    default site's zone). Read notifications older than that go too (they name people).
    """
    security.require("gdpr.retention")
    with transaction(engine) as s:
        days = _retention(s)
        cutoff = timeutil.day_bounds_utc(today - timedelta(days=days), _tz(s, None))[0]
        old = select(Visit.id).where(Visit.arrived_at < cutoff)
        by_kind = {k: int(n) for k, n in s.execute(
            select(Visit.kind, func.count(Visit.id)).where(Visit.arrived_at < cutoff)
            .group_by(Visit.kind))}
        gone_notes = s.execute(delete(Notification).where(
            Notification.visit_id.in_(old) | ((Notification.created_at < cutoff)
                                              & Notification.read_at.is_not(None))))
        gone = s.execute(delete(Visit).where(Visit.arrived_at < cutoff))
        return RetentionSummary(days, cutoff, int(gone.rowcount or 0),  # type: ignore[attr-defined]
                                int(gone_notes.rowcount or 0), by_kind)  # type: ignore[attr-defined]
