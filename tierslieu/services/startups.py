"""What the incubation screens show: cohorts with their figures, boards, startups, alerts.

Every function returns DTOs built in one read-only transaction; "late" and "due" are
judged against ``today`` (the local date, or the one given, so tests never depend on
the clock).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    AlumniFollowUp,
    Cohort,
    Enrollment,
    EnrollmentEvent,
    KpiRecord,
    Milestone,
    Organization,
    Person,
    PersonOrganization,
    Program,
)
from tierslieu.db.models.incubation import ENROLLMENT_STATUSES, FOLLOW_UP_HORIZONS
from tierslieu.errors import NotFoundError
from tierslieu.services import enrollments, kpis, selection
from tierslieu.services.incubation_dto import (
    NEXT_STATUSES,
    SEATED,
    Alert,
    CohortRow,
    EnrollmentDetail,
    EnrollmentRow,
    EventRow,
    FollowUpRow,
    Founder,
    MentoringBudget,
    StartupDetail,
    StartupRow,
    SurvivalFigure,
    local_today,
)

SURVIVED = ("alive", "acquired")
FINAL = ("closed", "acquired")  # a fate that does not change at later horizons


def _founders(s: Session, org_ids: list[int]) -> dict[int, list[Founder]]:
    out: dict[int, list[Founder]] = defaultdict(list)
    rows = s.execute(select(PersonOrganization.organization_id, Person.id, Person.first_name,
                            Person.last_name, Person.email).join(Person)
                     .where(PersonOrganization.organization_id.in_(org_ids),
                            PersonOrganization.role == "founder")
                     .order_by(Person.sort_key, Person.id)).all()
    for org_id, pid, first, last, email in rows:
        out[org_id].append(Founder(pid, f"{first} {last}".strip(), email or ""))
    return out


def _milestones(s: Session, ids: list[int]) -> dict[int, list[Milestone]]:
    out: dict[int, list[Milestone]] = defaultdict(list)
    for m in s.scalars(select(Milestone).where(Milestone.enrollment_id.in_(ids))
                       .order_by(Milestone.enrollment_id, Milestone.position)):
        out[m.enrollment_id].append(m)
    return out


def enrollment_rows(s: Session, items: list[Enrollment], today: date) -> list[EnrollmentRow]:
    return [EnrollmentRow(**{k: getattr(d, k) for k in EnrollmentRow.__dataclass_fields__})
            for d in enrollment_details(s, items, today, full=False)]


def enrollment_details(s: Session, items: list[Enrollment], today: date, *,
                       full: bool = True) -> list[EnrollmentDetail]:
    """Cards (``full=False``) or details of these enrollments, in the given order."""
    if not items:
        return []
    ids = [e.id for e in items]
    cohorts = {c.id: (c, p) for c, p in s.execute(
        select(Cohort, Program).join(Program)
        .where(Cohort.id.in_({e.cohort_id for e in items}))).all()}
    names = dict(s.execute(select(Organization.id, Organization.name).where(
        Organization.id.in_({e.organization_id for e in items}))).all())
    founders = _founders(s, list(names))
    milestones = _milestones(s, ids)
    used = enrollments.used_minutes(s, ids)
    averages = selection.summaries(s, ids)
    history: dict[int, list[EventRow]] = defaultdict(list)
    follow_ups: dict[int, list[FollowUpRow]] = defaultdict(list)
    scores = selection.scores_of(s, ids) if full else {}
    if full:
        for ev in s.scalars(select(EnrollmentEvent).where(EnrollmentEvent.enrollment_id.in_(ids))
                            .order_by(EnrollmentEvent.at, EnrollmentEvent.id)):
            history[ev.enrollment_id].append(EventRow(ev.id, ev.from_status, ev.to_status,
                                                      ev.at, ev.reason, ev.actor))
        for f in s.scalars(select(AlumniFollowUp).where(AlumniFollowUp.enrollment_id.in_(ids))
                           .order_by(AlumniFollowUp.horizon_months)):
            follow_ups[f.enrollment_id].append(enrollments.follow_up_row(f))
    out = []
    for e in items:
        cohort, program = cohorts[e.cohort_id]
        rows = enrollments.milestone_rows(s, milestones.get(e.id, []), today)
        avg, reviewers = averages.get(e.id, (None, 0))
        out.append(EnrollmentDetail(
            e.id, cohort.id, cohort.name, program.id, program.name, e.organization_id,
            names[e.organization_id], e.status, e.applied_on, e.incubation_start,
            e.graduated_on, e.ended_on, NEXT_STATUSES[e.status],
            tuple(f.name for f in founders.get(e.organization_id, [])), len(rows),
            sum(1 for m in rows if m.reached_on), sum(1 for m in rows if m.late),
            MentoringBudget(e.id, e.mentoring_budget_minutes, used[e.id]), avg, reviewers,
            notes=e.notes, history=tuple(history.get(e.id, [])),
            milestones=tuple(rows) if full else (), scores=tuple(scores.get(e.id, [])),
            follow_ups=tuple(follow_ups.get(e.id, []))))
    return out


def list_enrollments(engine: Engine, cohort_id: int, *, today: date | None = None
                     ) -> list[EnrollmentRow]:
    """The cards of a cohort board, by startup name; group them by ``status``."""
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        if s.get(Cohort, cohort_id) is None:
            raise NotFoundError("cohort_not_found", ref=str(cohort_id))
        items = list(s.scalars(select(Enrollment).join(Organization)
                               .where(Enrollment.cohort_id == cohort_id)
                               .order_by(Organization.name_key)))
        return enrollment_rows(s, items, today or local_today())


# -- cohorts ------------------------------------------------------------------------------

def survival_of(s: Session, cohort_id: int) -> tuple[SurvivalFigure, ...]:
    """Survival at +6, +12 and +36 months of a cohort's graduated startups.

    For a horizon H, a graduated startup is *known* when it has a follow-up at H, or an
    earlier follow-up saying it closed or was acquired (those fates do not change). It
    *survived* when that status is alive or acquired. Survival at 1 year is the figure
    for H = 12, at 3 years for H = 36; startups without news are left out, not counted
    as closed.
    """
    return survival_by_cohort(s, [cohort_id])[cohort_id]


def survival_by_cohort(s: Session, cohort_ids: list[int]
                       ) -> dict[int, tuple[SurvivalFigure, ...]]:
    """:func:`survival_of` of several cohorts, in one query."""
    fates: dict[int, dict[int, dict[int, str]]] = {c: defaultdict(dict) for c in cohort_ids}
    for cid, eid, horizon, news in s.execute(
            select(Enrollment.cohort_id, AlumniFollowUp.enrollment_id,
                   AlumniFollowUp.horizon_months, AlumniFollowUp.status).join(Enrollment)
            .where(Enrollment.cohort_id.in_(cohort_ids), Enrollment.status == "graduated")):
        fates[cid][eid][horizon] = news
    return {cid: _survival(by_enrollment) for cid, by_enrollment in fates.items()}


def _survival(fates: dict[int, dict[int, str]]) -> tuple[SurvivalFigure, ...]:
    figures = []
    for horizon in FOLLOW_UP_HORIZONS:
        survivors = known = 0
        for by_horizon in fates.values():
            status: str | None = by_horizon.get(horizon) or next(
                (by_horizon[h] for h in sorted(by_horizon, reverse=True)
                 if h < horizon and by_horizon[h] in FINAL), None)
            if status is not None:
                known += 1
                survivors += status in SURVIVED
        figures.append(SurvivalFigure(horizon, survivors, known))
    return tuple(figures)


def cohort_rows(s: Session, cohort_ids: list[int], today: date | None = None,
                year: int | None = None) -> list[CohortRow]:
    today = today or local_today()
    out = []
    # a handful of queries for all the cohorts (the programmes tree shows 40 of them)
    statuses: dict[int, Counter[str]] = defaultdict(Counter)
    for cid, status in s.execute(select(Enrollment.cohort_id, Enrollment.status)
                                 .where(Enrollment.cohort_id.in_(cohort_ids))):
        statuses[cid][status] += 1
    milestones: dict[int, list[tuple[date | None, date | None]]] = defaultdict(list)
    for cid, due, reached in s.execute(
            select(Enrollment.cohort_id, Milestone.due_on, Milestone.reached_on)
            .join(Enrollment).where(Enrollment.cohort_id.in_(cohort_ids))):
        milestones[cid].append((due, reached))
    totals = kpis.cohorts_totals(s, cohort_ids, year or today.year)
    survival = survival_by_cohort(s, cohort_ids)
    for cohort, program in s.execute(select(Cohort, Program).join(Program)
                                     .where(Cohort.id.in_(cohort_ids))
                                     .order_by(Cohort.start_on, Cohort.name_key)).all():
        due_reached = milestones[cohort.id]
        counts = statuses[cohort.id]
        out.append(CohortRow(
            cohort.id, program.id, program.name, program.kind, cohort.name, cohort.start_on,
            cohort.end_on, cohort.capacity, sum(counts[st] for st in SEATED),
            {st: counts[st] for st in ENROLLMENT_STATUSES}, len(due_reached),
            sum(1 for _, r in due_reached if r is not None),
            sum(1 for d, r in due_reached if enrollments.is_late(d, r, today)),
            totals[cohort.id], survival[cohort.id], cohort.end_on < today))
    return out


def list_cohorts(engine: Engine, *, program_id: int | None = None, today: date | None = None,
                 year: int | None = None) -> list[CohortRow]:
    """Cohorts (oldest first) with status counts, milestones, KPI totals and survival."""
    security.require("incubation.read")
    stmt = select(Cohort.id)
    if program_id is not None:
        stmt = stmt.where(Cohort.program_id == program_id)
    with transaction(engine, readonly=True) as s:
        return cohort_rows(s, list(s.scalars(stmt)), today, year)


def get_cohort(engine: Engine, cohort_id: int, *, today: date | None = None,
               year: int | None = None) -> CohortRow:
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        rows = cohort_rows(s, [cohort_id], today, year)
        if not rows:
            raise NotFoundError("cohort_not_found", ref=str(cohort_id))
        return rows[0]


# -- startups -----------------------------------------------------------------------------

def list_startups(engine: Engine, *, cohort_id: int | None = None,
                  today: date | None = None) -> list[StartupRow]:
    """Startups by name: those of a cohort, or every startup with its latest enrollment."""
    security.require("incubation.read")
    today = today or local_today()
    with transaction(engine, readonly=True) as s:
        stmt = select(Organization).where(Organization.kind == "startup")
        if cohort_id is not None:
            if s.get(Cohort, cohort_id) is None:
                raise NotFoundError("cohort_not_found", ref=str(cohort_id))
            stmt = stmt.join(Enrollment).where(Enrollment.cohort_id == cohort_id)
        else:
            stmt = stmt.where(Organization.status == "active")
        orgs = list(s.scalars(stmt.order_by(Organization.name_key)))
        ids = [o.id for o in orgs]
        query = (select(Enrollment).join(Cohort).where(Enrollment.organization_id.in_(ids))
                 .order_by(Cohort.start_on, Enrollment.id))
        if cohort_id is not None:
            query = query.where(Enrollment.cohort_id == cohort_id)
        chosen = {e.organization_id: e for e in s.scalars(query)}  # the newest wins
        cards = {r.organization_id: r for r in enrollment_rows(s, list(chosen.values()), today)}
        founders = _founders(s, ids)
        records = kpis.records_of(s, ids)
        return [StartupRow(o.id, o.name, o.city, tuple(f.name for f in founders.get(o.id, [])),
                           cards.get(o.id), kpis.latest(records.get(o.id, [])))
                for o in orgs]


def startup_detail(engine: Engine, organization_id: int, *, today: date | None = None
                   ) -> StartupDetail:
    security.require("incubation.read")
    today = today or local_today()
    with transaction(engine, readonly=True) as s:
        org = s.get(Organization, organization_id)
        if org is None or org.kind != "startup":
            raise NotFoundError("startup_not_found", ref=str(organization_id))
        items = list(s.scalars(select(Enrollment).join(Cohort)
                               .where(Enrollment.organization_id == org.id)
                               .order_by(Cohort.start_on, Enrollment.id)))
        rows = kpis.records_of(s, [org.id]).get(org.id, [])
        return StartupDetail(org.id, org.name, org.city, org.website, org.status,
                             tuple(_founders(s, [org.id]).get(org.id, [])),
                             tuple(enrollment_details(s, items, today)), tuple(rows),
                             kpis.latest(rows))


# -- alerts -------------------------------------------------------------------------------

def _previous_period_end(today: date, quarterly: bool) -> date:
    first_of_month = today.replace(day=1)
    if not quarterly:
        return first_of_month - relativedelta(days=1)
    quarter_start = first_of_month.replace(month=3 * ((today.month - 1) // 3) + 1)
    return quarter_start - relativedelta(days=1)


ALERT_KINDS = ("milestone_late", "kpi_due", "follow_up_due")


def _milestone_dates(s: Session, ids: list[int]) -> dict[int, list[Any]]:
    """(name, due_on, reached_on) of these enrollments' milestones, in order: plain
    columns, not entities (the monthly report asks for the network's ~900)."""
    out: dict[int, list[Any]] = defaultdict(list)
    for m in s.execute(select(Milestone.enrollment_id, Milestone.name, Milestone.due_on,
                              Milestone.reached_on).where(Milestone.enrollment_id.in_(ids))
                       .order_by(Milestone.enrollment_id, Milestone.position)):
        out[m.enrollment_id].append(m)
    return out


def _last_kpis(s: Session, organization_ids: Collection[int]) -> dict[int, tuple[str, date]]:
    """(period, end_on) of each startup's latest KPI record (the alerts need no more)."""
    return {org: (period, end_on) for org, period, end_on in s.execute(
        select(KpiRecord.organization_id, KpiRecord.period, KpiRecord.end_on)
        .where(KpiRecord.organization_id.in_(list(organization_ids)))
        .order_by(KpiRecord.organization_id, KpiRecord.start_on))}   # the latest wins


def alerts(engine: Engine, *, today: date | None = None,
           kinds: Collection[str] = ALERT_KINDS) -> list[Alert]:
    """Late milestones, KPIs not reported for the last finished month (or quarter, for
    startups reporting quarterly) while incubated, and alumni follow-ups whose horizon
    has passed without news. ``kinds``: only these (the home page wants late milestones
    alone, and then neither KPIs nor follow-ups are read)."""
    security.require("incubation.read")
    today = today or local_today()
    out: list[Alert] = []
    with transaction(engine, readonly=True) as s:
        rows = s.execute(select(Enrollment, Organization.name, Cohort.name)
                         .join(Organization).join(Cohort)
                         .where(Enrollment.status.in_(("incubated", "graduated")))
                         .order_by(Organization.name_key, Cohort.start_on)).all()
        ids = [e.id for e, _, _ in rows]
        milestones = _milestone_dates(s, ids) if "milestone_late" in kinds else {}
        last_kpis = _last_kpis(s, {e.organization_id for e, _, _ in rows}) \
            if "kpi_due" in kinds else {}
        followed = {(eid, h): st for eid, h, st in s.execute(
            select(AlumniFollowUp.enrollment_id, AlumniFollowUp.horizon_months,
                   AlumniFollowUp.status).where(AlumniFollowUp.enrollment_id.in_(ids)))} \
            if "follow_up_due" in kinds else {}
    for e, name, cohort in rows:
        for m in milestones.get(e.id, []):
            if enrollments.is_late(m.due_on, m.reached_on, today):
                out.append(Alert("milestone_late", e.organization_id, name, e.id, cohort,
                                 m.name, m.due_on))
        if e.status == "incubated" and "kpi_due" in kinds:
            last = last_kpis.get(e.organization_id)
            quarterly = last is not None and "Q" in last[0]
            expected = _previous_period_end(today, quarterly)
            if (last is None or last[1] < expected) and e.incubation_start \
                    and e.incubation_start <= expected:
                period = (f"{expected.year}-Q{(expected.month - 1) // 3 + 1}" if quarterly
                          else f"{expected.year}-{expected.month:02d}")
                out.append(Alert("kpi_due", e.organization_id, name, e.id, cohort, period,
                                 expected + relativedelta(days=1)))
        elif e.status != "incubated" and e.graduated_on is not None \
                and "follow_up_due" in kinds:
            for horizon in FOLLOW_UP_HORIZONS:
                status = followed.get((e.id, horizon))
                if status in FINAL:  # closed or acquired: nothing more to ask
                    break
                due = e.graduated_on + relativedelta(months=horizon)
                if due <= today and status is None:
                    out.append(Alert("follow_up_due", e.organization_id, name, e.id, cohort,
                                     f"+{horizon}", due))
    return out
