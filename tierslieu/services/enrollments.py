"""A startup's path through a cohort: application, status changes, milestones, mentoring
budget and alumni follow-ups.

Statuses move applied → shortlisted → selected → incubated → graduated; ``rejected`` is
possible before incubation, ``dropped`` from selected or incubated (see
:data:`NEXT_STATUSES`). Every change appends a history row (from, to, UTC instant,
reason, actor); dropping and rejecting need a reason. Selecting beyond the cohort's
capacity is refused, under a lock on the cohort row (PostgreSQL ``FOR UPDATE``; SQLite's
``BEGIN IMMEDIATE`` already serialises writers).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    AlumniFollowUp,
    Cohort,
    Enrollment,
    EnrollmentEvent,
    Milestone,
    MilestoneTemplate,
    Organization,
    Person,
    Program,
)
from tierslieu.db.models.incubation import ENROLLMENT_STATUSES, FOLLOW_UP_STATUSES
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.i18n import choice_label
from tierslieu.services import validation as v
from tierslieu.services.incubation_dto import (
    NEXT_STATUSES,
    REASON_REQUIRED,
    SEATED,
    EnrollmentDetail,
    FollowUpRow,
    MentoringBudget,
    MilestoneRow,
    local_today,
)
from tierslieu.services.programs import whole_number


def _local_date(at: datetime) -> date:
    return timeutil.to_local(at, None).date()


def _instant(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    if at.tzinfo is None:
        raise ValueError("naive datetime: instants must carry a time zone")
    return at.astimezone(UTC)


def _load(s: Session, enrollment_id: int) -> Enrollment:
    e = s.get(Enrollment, enrollment_id)
    if e is None:
        raise NotFoundError("enrollment_not_found", startup=f"#{enrollment_id}", cohort="?")
    return e


def detail(engine: Engine, enrollment_id: int, *, today: date | None = None
           ) -> EnrollmentDetail:
    security.require("incubation.read")
    from tierslieu.services.startups import enrollment_details

    with transaction(engine, readonly=True) as s:
        return enrollment_details(s, [_load(s, enrollment_id)], today or local_today())[0]


def find_enrollment(engine: Engine, organization_id: int, cohort_id: int, *,
                    today: date | None = None) -> EnrollmentDetail:
    security.require("incubation.read")
    from tierslieu.services.startups import enrollment_details

    with transaction(engine, readonly=True) as s:
        e = s.scalar(select(Enrollment).where(Enrollment.organization_id == organization_id,
                                              Enrollment.cohort_id == cohort_id))
        if e is None:
            org, cohort = s.get(Organization, organization_id), s.get(Cohort, cohort_id)
            raise NotFoundError("enrollment_not_found",
                                startup=org.name if org else f"#{organization_id}",
                                cohort=cohort.name if cohort else f"#{cohort_id}")
        return enrollment_details(s, [e], today or local_today())[0]


def apply_to_cohort(engine: Engine, cohort_id: int, organization_id: int, *,
                    at: datetime | None = None, actor: str = "", notes: str = "",
                    mentoring_minutes: int | None = None) -> EnrollmentDetail:
    """A startup's application: status ``applied``, the first row of its history.

    ``mentoring_minutes`` defaults to the programme's budget per enrollment.
    """
    security.require("incubation.write")
    at = _instant(at)
    note = v.notes(notes)
    who = v.text(actor, "actor")
    budget = None if mentoring_minutes is None else whole_number(mentoring_minutes,
                                                                "mentoring_minutes")
    with transaction(engine) as s:
        return _detail(s, apply_in(s, cohort_id, organization_id, at, who, note, budget))


def apply_in(s: Session, cohort_id: int, organization_id: int, at: datetime, actor: str = "",
             notes: str = "", mentoring_minutes: int | None = None) -> Enrollment:
    """:func:`apply_to_cohort` inside the caller's transaction (arguments already clean)."""
    cohort = s.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError("cohort_not_found", ref=str(cohort_id))
    org = s.get(Organization, organization_id)
    if org is None:
        raise NotFoundError("startup_not_found", ref=str(organization_id))
    if org.kind != "startup":
        raise ValidationError("not_a_startup", "startup", value=org.name, kind=org.kind)
    existing = s.scalar(select(Enrollment.status).where(
        Enrollment.organization_id == organization_id, Enrollment.cohort_id == cohort_id))
    if existing is not None:
        raise ConflictError("enrollment_exists", startup=org.name, cohort=cohort.name,
                            status=choice_label(existing))
    budget = (s.get_one(Program, cohort.program_id).mentoring_minutes
              if mentoring_minutes is None else mentoring_minutes)
    e = Enrollment(cohort_id=cohort_id, organization_id=organization_id, status="applied",
                   applied_on=_local_date(at), mentoring_budget_minutes=budget, notes=notes)
    s.add(e)
    s.flush()
    s.add(EnrollmentEvent(enrollment_id=e.id, from_status=None, to_status="applied", at=at,
                          reason="", actor=actor))
    s.flush()
    return e


def _detail(s: Session, e: Enrollment) -> EnrollmentDetail:
    from tierslieu.services.startups import enrollment_details

    return enrollment_details(s, [e], local_today())[0]


def allowed_statuses(status: str) -> tuple[str, ...]:
    """Where an enrollment in ``status`` may go next (the board's drop targets)."""
    return NEXT_STATUSES.get(status, ())


def _labels(codes: tuple[str, ...], lang: str) -> str:
    return ", ".join(f"« {choice_label(c, lang)} »" if lang == "fr"
                     else f'"{choice_label(c, lang)}"' for c in codes) or "—"


def check_transition(current: str, to: str, reason: str) -> None:
    """Raise the error a move from ``current`` to ``to`` would meet (nothing written)."""
    if to not in ENROLLMENT_STATUSES:
        raise ValidationError("choice_invalid", "status", value=to,
                              allowed=", ".join(choice_label(c) for c in ENROLLMENT_STATUSES))
    if to not in NEXT_STATUSES[current]:
        nxt = NEXT_STATUSES[current]
        raise ValidationError(
            "transition_illegal", "status",
            from_fr=choice_label(current, "fr"), to_fr=choice_label(to, "fr"),
            from_en=choice_label(current, "en"), to_en=choice_label(to, "en"),
            allowed_fr=_labels(nxt, "fr"), allowed_en=_labels(nxt, "en"))
    if to in REASON_REQUIRED and not reason:
        raise ValidationError("reason_required", "reason", to_fr=choice_label(to, "fr"),
                              to_en=choice_label(to, "en"))


def transition(engine: Engine, enrollment_id: int, to: str, *, reason: str = "",
               actor: str = "", at: datetime | None = None) -> EnrollmentDetail:
    """Move an enrollment to status ``to`` (a code, or its French/English label).

    The change takes effect on ``at``'s local date (Europe/Paris): incubation starts
    then, and the programme's milestones get their due dates from it.
    """
    security.require("incubation.write")
    to = v.choice(to, "status", ENROLLMENT_STATUSES, required=True) or ""
    reason = v.notes(reason, "reason")
    who = v.text(actor, "actor")
    at = _instant(at)
    with transaction(engine) as s:
        # locked (PostgreSQL): two people dragging the same card cannot both move it
        e = s.execute(select(Enrollment).where(Enrollment.id == enrollment_id)
                      .with_for_update()).scalar_one_or_none() or _load(s, enrollment_id)
        transition_in(s, e, to, reason, who, at)
        return _detail(s, e)


def transition_in(s: Session, e: Enrollment, to: str, reason: str, actor: str,
                  at: datetime) -> None:
    """:func:`transition` inside the caller's transaction (arguments already clean)."""
    check_transition(e.status, to, reason)
    cohort = s.execute(select(Cohort).where(Cohort.id == e.cohort_id)
                       .with_for_update()).scalar_one()
    day = _local_date(at)
    if to == "selected":
        seated = s.scalar(select(func.count()).where(
            Enrollment.cohort_id == cohort.id, Enrollment.status.in_(SEATED))) or 0
        if seated >= cohort.capacity:
            raise ConflictError("cohort_full", cohort=cohort.name, capacity=cohort.capacity,
                                startup=s.get_one(Organization, e.organization_id).name)
    elif to == "incubated":
        e.incubation_start = day
        _make_milestones(s, e, cohort.program_id, day)
    elif to == "graduated":
        e.graduated_on = day
    elif to in ("dropped", "rejected"):
        e.ended_on = day
    s.add(EnrollmentEvent(enrollment_id=e.id, from_status=e.status, to_status=to, at=at,
                          reason=reason, actor=actor))
    e.status = to
    s.flush()


def _make_milestones(s: Session, e: Enrollment, program_id: int, start: date) -> None:
    template = s.scalars(select(MilestoneTemplate).where(
        MilestoneTemplate.program_id == program_id).order_by(MilestoneTemplate.position))
    for t in template:
        due = None if t.offset_months is None else start + relativedelta(months=t.offset_months)
        s.add(Milestone(enrollment_id=e.id, template_id=t.id, position=t.position,
                        name=t.name, due_on=due, evidence="", validated_by_text=""))


# -- milestones ---------------------------------------------------------------------------

def milestone_rows(s: Session, milestones: list[Milestone], today: date) -> list[MilestoneRow]:
    people = {m.validated_by_id for m in milestones if m.validated_by_id}
    names = {p.id: f"{p.first_name} {p.last_name}".strip() for p in s.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(people)))
    } if people else {}
    return [MilestoneRow(m.id, m.enrollment_id, m.position, m.name, m.due_on, m.reached_on,
                         m.evidence, m.validated_by_id,
                         names.get(m.validated_by_id or 0, m.validated_by_text),
                         is_late(m.due_on, m.reached_on, today)) for m in milestones]


def is_late(due_on: date | None, reached_on: date | None, today: date) -> bool:
    """Late: not reached and due strictly before ``today``."""
    return reached_on is None and due_on is not None and due_on < today


def reach_milestone(engine: Engine, milestone_id: int, reached_on: date | str | None, *,
                    evidence: str = "", validated_by: int | str | None = None,
                    today: date | None = None) -> MilestoneRow:
    """Mark a milestone reached (``reached_on`` None clears it) with its evidence and who
    validated it: a person's id, or a name as free text."""
    security.require("incubation.write")
    today = today or local_today()
    day = v.parse_date(reached_on, "reached_on")
    if day is not None and day > today:
        raise ValidationError("date_future", "reached_on", value=day.strftime("%d/%m/%Y"))
    note = v.notes(evidence, "evidence")
    with transaction(engine) as s:
        m = s.get(Milestone, milestone_id)
        if m is None:
            raise NotFoundError("milestone_not_found", ref=str(milestone_id))
        reach_in(s, m, day, note, validated_by)
        return milestone_rows(s, [m], today)[0]


def reach_in(s: Session, m: Milestone, day: date | None, evidence: str = "",
             validated_by: int | str | None = None) -> None:
    """:func:`reach_milestone` inside the caller's transaction (arguments already clean)."""
    m.reached_on, m.evidence = day, evidence if day else ""
    m.validated_by_id, m.validated_by_text = None, ""
    if day is not None and isinstance(validated_by, int):
        if s.get(Person, validated_by) is None:
            raise NotFoundError("person_not_found", ref=str(validated_by))
        m.validated_by_id = validated_by
    elif day is not None and validated_by:
        m.validated_by_text = v.text(str(validated_by), "validated_by")
    s.flush()


def add_milestone(engine: Engine, enrollment_id: int, name: str,
                  due_on: date | str | None = None, *, today: date | None = None
                  ) -> MilestoneRow:
    """A milestone of this startup only, after the template's ones."""
    security.require("incubation.write")
    title = v.text(name, "milestone", required=True)
    due = v.parse_date(due_on, "due_on")
    with transaction(engine) as s:
        e = _load(s, enrollment_id)
        last = s.scalar(select(func.max(Milestone.position))
                        .where(Milestone.enrollment_id == e.id)) or 0
        m = Milestone(enrollment_id=e.id, position=last + 1, name=title, due_on=due,
                      evidence="", validated_by_text="")
        s.add(m)
        s.flush()
        return milestone_rows(s, [m], today or local_today())[0]


# -- mentoring budget ---------------------------------------------------------------------

def used_minutes(s: Session, enrollment_ids: list[int]) -> dict[int, int]:
    """Mentoring minutes used per enrollment: the sum of its mentoring sessions."""
    # not through services.mentoring: that one loads numpy/scipy for the matching engine
    from tierslieu.db.models import Assignment, MentoringSession

    used = dict.fromkeys(enrollment_ids, 0)
    if enrollment_ids:
        for eid, total in s.execute(
                select(Assignment.enrollment_id, func.sum(MentoringSession.duration_minutes))
                .join(MentoringSession, MentoringSession.assignment_id == Assignment.id)
                .where(Assignment.enrollment_id.in_(enrollment_ids))
                .group_by(Assignment.enrollment_id)).all():
            used[eid] = int(total or 0)
    return used


def mentoring_budget(engine: Engine, enrollment_id: int) -> MentoringBudget:
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        e = _load(s, enrollment_id)
        return MentoringBudget(e.id, e.mentoring_budget_minutes, used_minutes(s, [e.id])[e.id])


def set_mentoring_budget(engine: Engine, enrollment_id: int, minutes: int | str
                         ) -> MentoringBudget:
    security.require("incubation.write")
    budget = whole_number(minutes, "mentoring_minutes")
    with transaction(engine) as s:
        e = _load(s, enrollment_id)
        e.mentoring_budget_minutes = budget
        return MentoringBudget(e.id, budget, used_minutes(s, [e.id])[e.id])


# -- alumni -------------------------------------------------------------------------------

def follow_up_row(f: AlumniFollowUp) -> FollowUpRow:
    return FollowUpRow(f.id, f.enrollment_id, f.horizon_months, f.status, f.on_date, f.notes)


def record_follow_up(engine: Engine, enrollment_id: int, horizon_months: int | str,
                     status: str, on_date: date | str, notes: str = "") -> FollowUpRow:
    """News of a graduated startup at +6, +12 or +36 months (replaces that horizon's)."""
    security.require("incubation.write")
    c = v.Collector()
    horizon = c.check(lambda: whole_number(horizon_months, "horizon"), 0)
    if not c.errors and horizon not in (6, 12, 36):
        c.errors.append(ValidationError("choice_invalid", "horizon", value=horizon,
                                        allowed="6, 12, 36"))
    state = c.check(lambda: v.choice(status, "status", FOLLOW_UP_STATUSES, required=True) or "",
                    "")
    day = c.check(lambda: v.parse_date(on_date, "on_date"), None)
    if not c.errors and day is None:
        c.errors.append(ValidationError("required", "on_date"))
    note = c.check(lambda: v.notes(notes), "")
    c.raise_if_any()
    assert day is not None  # checked above
    with transaction(engine) as s:
        return follow_up_row(follow_up_in(s, _load(s, enrollment_id), horizon, state, day, note))


def follow_up_in(s: Session, e: Enrollment, horizon: int, status: str, on_date: date,
                 notes: str = "") -> AlumniFollowUp:
    """:func:`record_follow_up` inside the caller's transaction (arguments already clean)."""
    if e.status != "graduated":
        raise ValidationError("follow_up_not_graduated", "status",
                              startup=s.get_one(Organization, e.organization_id).name,
                              cohort=s.get_one(Cohort, e.cohort_id).name)
    f = s.scalar(select(AlumniFollowUp).where(AlumniFollowUp.enrollment_id == e.id,
                                              AlumniFollowUp.horizon_months == horizon))
    if f is None:
        f = AlumniFollowUp(enrollment_id=e.id, horizon_months=horizon)
        s.add(f)
    f.status, f.on_date, f.notes = status, on_date, notes
    s.flush()
    return f
