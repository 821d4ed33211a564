"""Mentoring, database side: mentor profiles, needs, matching runs, assignments, sessions.

The engine itself is :mod:`tierslieu.services.matching` (pure, no database). Here each
public function is one transaction and returns frozen DTOs. A run stores the engine's
exact input (the snapshot), the weights, the solver's name and version and the result,
so solving the snapshot again gives the same assignment; accepting a run turns its pairs
into active :class:`Assignment` rows (pairs no longer chosen are ended, not deleted, so
their sessions stay).

Who is matched: the cohort's enrollments that are ``selected`` or ``incubated``. A
mentor's capacity for the run is the profile's capacity minus the startups already
followed in other cohorts; the cohort's own active pairs are kept as pins when
``keep_existing`` is asked for, otherwise they may change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Assignment,
    Cohort,
    Enrollment,
    MatchRun,
    MentoringNeed,
    MentoringSession,
    MentorProfile,
    Organization,
    Person,
)
from tierslieu.errors import NotFoundError, ValidationError
from tierslieu.services import matching as mt
from tierslieu.services import validation as v
from tierslieu.text import clean, compact

MATCHED_STATUSES = ("selected", "incubated")
SOLVER = "scipy.optimize.linear_sum_assignment+milp"


# -- DTOs ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class MentorInput:
    person_id: int
    expertise: tuple[tuple[str, int], ...] = ()     # (tag, level 1-3)
    sectors: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("fr",)
    capacity: int = 1
    hours_per_month: int = 0
    conflicts: tuple[int, ...] = ()                 # organisation ids
    exclusions: tuple[int, ...] = ()
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class MentorRow:
    person_id: int
    name: str
    email: str
    expertise: tuple[tuple[str, int], ...]
    sectors: tuple[str, ...]
    stages: tuple[str, ...]
    languages: tuple[str, ...]
    capacity: int
    load: int                                       # active assignments
    hours_per_month: int
    conflicts: tuple[int, ...]
    exclusions: tuple[int, ...]
    active: bool
    rating: float | None                            # mean of the startups' ratings
    sessions: int
    minutes: int
    notes: str = ""                                 # so an editor can keep them


@dataclass(frozen=True)
class NeedInput:
    enrollment_id: int
    tags: tuple[tuple[str, int], ...] = ()          # (tag, priority 1-3)
    sector: str = ""
    stage: str = ""
    languages: tuple[str, ...] = ("fr",)
    wanted: int = 1


@dataclass(frozen=True)
class NeedRow:
    enrollment_id: int
    organization_id: int
    startup_name: str
    tags: tuple[tuple[str, int], ...]
    sector: str
    stage: str
    languages: tuple[str, ...]
    wanted: int


@dataclass(frozen=True)
class RunRow:
    id: int
    cohort_id: int
    created_at: datetime
    fair: bool
    weights: dict[str, int]
    solver: str
    solver_version: str
    accepted: bool
    result: mt.MatchResult
    startup_names: dict[int, str]                   # enrollment id → startup
    mentor_names: dict[int, str]                    # person id → mentor


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    mentor_id: int
    mentor_name: str
    enrollment_id: int
    startup_name: str
    run_id: int | None
    score: int | None
    active: bool


@dataclass(frozen=True)
class SessionInput:
    assignment_id: int
    held_on: date | str
    duration_minutes: int
    topics: str = ""
    notes: str = ""
    rating_mentor: int | None = None
    rating_startup: int | None = None


@dataclass(frozen=True)
class SessionRow:
    id: int
    assignment_id: int
    mentor_name: str
    startup_name: str
    held_on: date
    duration_minutes: int
    topics: str
    notes: str
    rating_mentor: int | None
    rating_startup: int | None


# -- validation ---------------------------------------------------------------------------

def _code(value: str) -> str:
    return clean(str(value)).strip().lower()


def _graded(rows: Iterable[tuple[str, int]], field: str) -> tuple[tuple[str, int], ...]:
    out: dict[str, int] = {}
    for tag, grade in rows:
        key = _code(tag)
        if not key:
            continue
        if not isinstance(grade, int) or not 1 <= grade <= 3:
            raise ValidationError("mentor_level_invalid", field, value=str(grade))
        out[key] = grade
    return tuple(sorted(out.items()))


def _codes(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for c in (_code(x) for x in values) if c))


def _bounded(value: int, field: str, low: int, high: int) -> int:
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError("mentor_number_invalid", field, value=str(value),
                              low=low, high=high)
    return value


def _name(p: Person) -> str:
    return f"{p.first_name} {p.last_name}".strip()


# -- mentors ------------------------------------------------------------------------------

def save_mentor(engine: Engine, data: MentorInput) -> MentorRow:
    """Create or replace a person's mentor profile."""
    security.require("mentoring.write")
    languages = _codes(data.languages)
    if not languages:
        raise ValidationError("mentor_language_required", "languages")
    values = dict(expertise=dict(_graded(data.expertise, "expertise")),
                  sectors=list(_codes(data.sectors)), stages=list(_codes(data.stages)),
                  languages=list(languages),
                  capacity=_bounded(data.capacity, "capacity", 0, 50),
                  hours_per_month=_bounded(data.hours_per_month, "hours_per_month", 0, 300),
                  conflicts=sorted(set(data.conflicts)), exclusions=sorted(set(data.exclusions)),
                  active=bool(data.active), notes=v.notes(data.notes))
    with transaction(engine) as s:
        if s.get(Person, data.person_id) is None:
            raise NotFoundError("person_not_found", ref=str(data.person_id))
        profile = s.get(MentorProfile, data.person_id)
        if profile is None:
            profile = MentorProfile(person_id=data.person_id)
            s.add(profile)
        for key, value in values.items():
            setattr(profile, key, value)
        s.flush()
        return _mentor_rows(s, [data.person_id])[0]


def list_mentors(engine: Engine, *, active_only: bool = False) -> list[MentorRow]:
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        stmt = select(MentorProfile.person_id).join(Person).order_by(
            Person.last_name, Person.first_name, Person.id)
        if active_only:
            stmt = stmt.where(MentorProfile.active.is_(True), Person.status == "active")
        return _mentor_rows(s, list(s.scalars(stmt)))


def mentor_id_by_ref(engine: Engine, ref: str) -> int:
    """A mentor by e-mail, number or "First Last" (any case or accents)."""
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        rows = s.execute(select(Person).join(MentorProfile)).scalars().all()
        key = compact(ref)
        for p in rows:
            if (ref.strip().isdigit() and p.id == int(ref.strip())) or \
                    (p.email or "").lower() == ref.strip().lower() or \
                    compact(_name(p)) == key or compact(f"{p.last_name} {p.first_name}") == key:
                return p.id
    raise NotFoundError("mentor_not_found", ref=ref)


def _mentor_rows(s: Session, ids: list[int]) -> list[MentorRow]:
    if not ids:
        return []
    load = dict(s.execute(select(Assignment.mentor_id, func.count()).where(
        Assignment.active.is_(True), Assignment.mentor_id.in_(ids))
        .group_by(Assignment.mentor_id)).all())
    stats = {m: (n, minutes, rating) for m, n, minutes, rating in s.execute(
        select(Assignment.mentor_id, func.count(MentoringSession.id),
               func.coalesce(func.sum(MentoringSession.duration_minutes), 0),
               func.avg(MentoringSession.rating_startup))
        .join(MentoringSession, MentoringSession.assignment_id == Assignment.id)
        .where(Assignment.mentor_id.in_(ids)).group_by(Assignment.mentor_id)).all()}
    out = []
    for pid in ids:
        p, prof = s.get_one(Person, pid), s.get_one(MentorProfile, pid)
        n, minutes, rating = stats.get(pid, (0, 0, None))
        out.append(MentorRow(
            pid, _name(p), p.email or "", tuple(sorted(prof.expertise.items())),
            tuple(prof.sectors), tuple(prof.stages), tuple(prof.languages), prof.capacity,
            int(load.get(pid, 0)), prof.hours_per_month, tuple(prof.conflicts),
            tuple(prof.exclusions), prof.active,
            None if rating is None else round(float(rating), 2), int(n), int(minutes),
            prof.notes or ""))
    return out


# -- needs --------------------------------------------------------------------------------

def set_need(engine: Engine, data: NeedInput) -> NeedRow:
    security.require("mentoring.write")
    languages = _codes(data.languages)
    if not languages:
        raise ValidationError("mentor_language_required", "languages")
    with transaction(engine) as s:
        e = s.get(Enrollment, data.enrollment_id)
        if e is None:
            raise NotFoundError("enrollment_not_found", startup=f"#{data.enrollment_id}",
                                cohort="?")
        need = s.get(MentoringNeed, e.id) or MentoringNeed(enrollment_id=e.id)
        s.add(need)
        need.tags = [list(t) for t in _graded(data.tags, "tags")]
        need.sector, need.stage = _code(data.sector), _code(data.stage)
        need.languages = list(languages)
        need.wanted = _bounded(data.wanted, "wanted", 1, 10)
        s.flush()
        return _need_rows(s, [e])[0]


def list_needs(engine: Engine, cohort_id: int) -> list[NeedRow]:
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        return _need_rows(s, _matched_enrollments(s, cohort_id))


def _matched_enrollments(s: Session, cohort_id: int) -> list[Enrollment]:
    if s.get(Cohort, cohort_id) is None:
        raise NotFoundError("cohort_not_found", ref=str(cohort_id))
    return list(s.scalars(select(Enrollment).where(
        Enrollment.cohort_id == cohort_id, Enrollment.status.in_(MATCHED_STATUSES))
        .order_by(Enrollment.id)))


def _need_rows(s: Session, enrollments: list[Enrollment]) -> list[NeedRow]:
    out = []
    for e in enrollments:
        need = s.get(MentoringNeed, e.id)
        org = s.get_one(Organization, e.organization_id)
        if need is None:  # no need entered yet: one French-speaking mentor, no tags
            out.append(NeedRow(e.id, org.id, org.name, (), "", "", ("fr",), 1))
        else:
            out.append(NeedRow(e.id, org.id, org.name, tuple((t, int(p)) for t, p in need.tags),
                               need.sector, need.stage, tuple(need.languages), need.wanted))
    return out


# -- building the engine's input ---------------------------------------------------------

def build_input(s: Session, cohort_id: int, *, weights: Mapping[str, int] | None = None,
                fair: bool = False, pins: Iterable[tuple[int, int]] = (),
                excluded: Iterable[tuple[int, int]] = (), keep_existing: bool = False
                ) -> mt.MatchInput:
    """The engine's input for a cohort, inside the caller's transaction."""
    enrollments = _matched_enrollments(s, cohort_id)
    ids = {e.id for e in enrollments}
    needs = _need_rows(s, enrollments)
    startups = tuple(mt.StartupIn(n.enrollment_id, n.organization_id, n.startup_name, n.tags,
                                  n.sector, n.stage, n.languages, n.wanted) for n in needs)
    all_assignments = s.execute(select(Assignment, Enrollment.organization_id).join(
        Enrollment, Enrollment.id == Assignment.enrollment_id)).all()
    outside: dict[int, int] = defaultdict(int)
    keep, past = [], set()
    for a, org_id in all_assignments:
        if a.active and a.enrollment_id in ids:
            keep.append((a.enrollment_id, a.mentor_id))
        elif a.active:
            outside[a.mentor_id] += 1
        if not (a.active and a.enrollment_id in ids):
            past.add((org_id, a.mentor_id))
    ratings: dict[int, Any] = dict(s.execute(
        select(Assignment.mentor_id, func.avg(MentoringSession.rating_startup))
        .join(MentoringSession, MentoringSession.assignment_id == Assignment.id)
        .group_by(Assignment.mentor_id)).all())
    mentors = []
    for prof, p in s.execute(select(MentorProfile, Person).join(Person).where(
            MentorProfile.active.is_(True), Person.status == "active")
            .order_by(MentorProfile.person_id)).all():
        r = ratings.get(p.id)
        mentors.append(mt.MentorIn(
            p.id, _name(p), tuple(sorted(prof.expertise.items())), tuple(prof.sectors),
            tuple(prof.stages), tuple(prof.languages),
            max(0, prof.capacity - outside[p.id]), outside[p.id], prof.capacity,
            None if r is None else round(float(r), 3), tuple(prof.conflicts),
            tuple(prof.exclusions)))
    return mt.MatchInput(startups, tuple(mentors), dict(weights or mt.DEFAULT_WEIGHTS),
                         tuple(sorted(set(pins))),
                         tuple(sorted(keep)) if keep_existing else (),
                         tuple(sorted(set(excluded))), tuple(sorted(past)), fair)


def _solve(data: mt.MatchInput, force: tuple[int, int] | None = None) -> mt.MatchResult:
    try:
        return mt.solve(data, force=force)
    except mt.MatchingError as exc:
        raise ValidationError(exc.key, "pins", startup=str(exc.pair[0]),
                              mentor=str(exc.pair[1])) from None


# -- runs ---------------------------------------------------------------------------------

def run_matching(engine: Engine, cohort_id: int, *, weights: Mapping[str, int] | None = None,
                 fair: bool = False, pins: Iterable[tuple[int, int]] = (),
                 excluded: Iterable[tuple[int, int]] = (), keep_existing: bool = False,
                 actor: str = "", at: datetime | None = None) -> RunRow:
    """Solve for a cohort and store the run (not accepted yet)."""
    security.require("mentoring.write")
    for key, w in (weights or {}).items():
        if key not in mt.CRITERIA:
            raise ValidationError("match_weight_unknown", "weights", value=key)
        _bounded(w, "weights", 0, 100)
    import scipy

    with transaction(engine) as s:
        data = build_input(s, cohort_id, weights=weights, fair=fair, pins=pins,
                           excluded=excluded, keep_existing=keep_existing)
        result = _solve(data)
        run = MatchRun(cohort_id=cohort_id, created_at=at or datetime.now(UTC),
                       snapshot=mt.input_to_json(data), weights=dict(data.weights), fair=fair,
                       solver=SOLVER, solver_version=scipy.__version__,
                       result=mt.result_to_json(result), total=result.total, accepted=False,
                       actor=actor)
        s.add(run)
        s.flush()
        return _run_row(run)


def _run_row(run: MatchRun) -> RunRow:
    snap = run.snapshot
    return RunRow(run.id, run.cohort_id, run.created_at, run.fair,
                  {k: int(w) for k, w in run.weights.items()}, run.solver, run.solver_version,
                  run.accepted, mt.result_from_json(run.result),
                  {int(x["id"]): x["name"] for x in snap["startups"]},
                  {int(x["id"]): x["name"] for x in snap["mentors"]})


def get_run(engine: Engine, run_id: int) -> RunRow:
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        run = s.get(MatchRun, run_id)
        if run is None:
            raise NotFoundError("match_run_not_found", ref=str(run_id))
        return _run_row(run)


def list_runs(engine: Engine, cohort_id: int) -> list[RunRow]:
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        return [_run_row(r) for r in s.scalars(select(MatchRun).where(
            MatchRun.cohort_id == cohort_id).order_by(MatchRun.id))]


def replay(engine: Engine, run_id: int) -> mt.MatchResult:
    """Solve a stored run's snapshot again (it must give the stored assignment)."""
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        run = s.get(MatchRun, run_id)
        if run is None:
            raise NotFoundError("match_run_not_found", ref=str(run_id))
        snapshot = run.snapshot
    return _solve(mt.input_from_json(snapshot))


def why_not(engine: Engine, run_id: int, enrollment_id: int, mentor_id: int) -> mt.WhyNot:
    """Why a run did not pair this startup with this mentor: forced re-solve of its
    snapshot, with the loss and the displaced pairs."""
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        run = s.get(MatchRun, run_id)
        if run is None:
            raise NotFoundError("match_run_not_found", ref=str(run_id))
        data, result = mt.input_from_json(run.snapshot), mt.result_from_json(run.result)
    if enrollment_id not in {x.id for x in data.startups}:
        raise NotFoundError("match_startup_not_in_run", ref=str(enrollment_id))
    if mentor_id not in {x.id for x in data.mentors}:
        raise NotFoundError("mentor_not_found", ref=str(mentor_id))
    return mt.why_not(data, enrollment_id, mentor_id, result)


def accept_run(engine: Engine, run_id: int, *, actor: str = "",
               at: datetime | None = None) -> list[AssignmentRow]:
    """Make the run's pairs the cohort's active assignments; others of the cohort end."""
    security.require("mentoring.write")
    now = at or datetime.now(UTC)
    with transaction(engine) as s:
        run = s.get(MatchRun, run_id)
        if run is None:
            raise NotFoundError("match_run_not_found", ref=str(run_id))
        result = mt.result_from_json(run.result)
        wanted = {(p.startup_id, p.mentor_id): p.score for p in result.pairs}
        enrollment_ids = [int(x["id"]) for x in run.snapshot["startups"]]
        current = {(a.enrollment_id, a.mentor_id): a for a in s.scalars(select(Assignment).where(
            Assignment.enrollment_id.in_(enrollment_ids), Assignment.active.is_(True)))}
        for pair, a in current.items():
            if pair not in wanted:
                a.active, a.ended_at = False, now
        for (eid, mid), score in sorted(wanted.items()):
            if (eid, mid) not in current:
                s.add(Assignment(mentor_id=mid, enrollment_id=eid, run_id=run.id, score=score,
                                 active=True, created_at=now))
        run.accepted, run.accepted_at = True, now
        run.actor = actor or run.actor
        s.flush()
        return _assignment_rows(s, select(Assignment).where(
            Assignment.enrollment_id.in_(enrollment_ids), Assignment.active.is_(True)))


def list_assignments(engine: Engine, *, cohort_id: int | None = None,
                     active_only: bool = True) -> list[AssignmentRow]:
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        stmt = select(Assignment).join(Enrollment, Enrollment.id == Assignment.enrollment_id)
        if cohort_id is not None:
            stmt = stmt.where(Enrollment.cohort_id == cohort_id)
        if active_only:
            stmt = stmt.where(Assignment.active.is_(True))
        return _assignment_rows(s, stmt)


def _assignment_rows(s: Session, stmt: Any) -> list[AssignmentRow]:
    out = []
    for a in s.scalars(stmt.order_by(Assignment.enrollment_id, Assignment.mentor_id)):
        e = s.get_one(Enrollment, a.enrollment_id)
        out.append(AssignmentRow(a.id, a.mentor_id, _name(s.get_one(Person, a.mentor_id)),
                                 e.id, s.get_one(Organization, e.organization_id).name,
                                 a.run_id, a.score, a.active))
    return out


# -- sessions -----------------------------------------------------------------------------

def _rating(value: int | None, field: str) -> int | None:
    return None if value is None else _bounded(value, field, 1, 5)


def record_session(engine: Engine, data: SessionInput) -> SessionRow:
    security.require("mentoring.write")
    held = v.parse_date(data.held_on, "held_on")
    if held is None:
        raise ValidationError("required", "held_on")
    minutes = _bounded(data.duration_minutes, "duration_minutes", 1, 24 * 60)
    values = dict(held_on=held, duration_minutes=minutes, topics=v.notes(data.topics, "topics"),
                  notes=v.notes(data.notes), rating_mentor=_rating(data.rating_mentor,
                                                                   "rating_mentor"),
                  rating_startup=_rating(data.rating_startup, "rating_startup"))
    with transaction(engine) as s:
        if s.get(Assignment, data.assignment_id) is None:
            raise NotFoundError("assignment_not_found", ref=str(data.assignment_id))
        row = MentoringSession(assignment_id=data.assignment_id, **values)
        s.add(row)
        s.flush()
        return _session_rows(s, [row])[0]


def list_sessions(engine: Engine, *, enrollment_id: int | None = None,
                  mentor_id: int | None = None) -> list[SessionRow]:
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        stmt = select(MentoringSession).join(Assignment)
        if enrollment_id is not None:
            stmt = stmt.where(Assignment.enrollment_id == enrollment_id)
        if mentor_id is not None:
            stmt = stmt.where(Assignment.mentor_id == mentor_id)
        return _session_rows(s, list(s.scalars(stmt.order_by(MentoringSession.held_on,
                                                                MentoringSession.id))))


def _session_rows(s: Session, rows: list[MentoringSession]) -> list[SessionRow]:
    out = []
    for r in rows:
        a = s.get_one(Assignment, r.assignment_id)
        e = s.get_one(Enrollment, a.enrollment_id)
        out.append(SessionRow(r.id, a.id, _name(s.get_one(Person, a.mentor_id)),
                              s.get_one(Organization, e.organization_id).name, r.held_on,
                              r.duration_minutes, r.topics, r.notes, r.rating_mentor,
                              r.rating_startup))
    return out


def explain(engine: Engine, cohort_id: int, enrollment_id: int, mentor_id: int, *,
            fair: bool = False, keep_existing: bool = False) -> mt.WhyNot:
    """"Why not this mentor for this startup?" on the cohort as it is now (nothing stored)."""
    security.require("mentoring.read")
    with transaction(engine, readonly=True) as s:
        data = build_input(s, cohort_id, fair=fair, keep_existing=keep_existing)
    if enrollment_id not in {x.id for x in data.startups}:
        raise NotFoundError("match_startup_not_in_run", ref=str(enrollment_id))
    if mentor_id not in {x.id for x in data.mentors}:
        raise NotFoundError("mentor_not_found", ref=str(mentor_id))
    return mt.why_not(data, enrollment_id, mentor_id, _solve(data))
