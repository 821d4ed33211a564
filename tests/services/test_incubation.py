"""Programmes, cohorts and the application pipeline: every transition, legal or not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import EnrollmentEvent
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import incubation as inc
from tierslieu.services import members, organizations
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.services.incubation import MilestoneSpec, ProgramInput

TEMPLATE = (MilestoneSpec("Entité juridique créée", 3), MilestoneSpec("Premier client payant", 9),
            MilestoneSpec("Prêt d'honneur obtenu"))
START = datetime(2026, 1, 31, 9, tzinfo=UTC)  # 10:00 in Paris


@dataclass
class World:
    engine: Engine
    program_id: int
    cohort_id: int
    startups: list[int]


def world(engine: Engine, *, capacity: int = 5, startups: int = 3,
          weights: tuple[int, int, int, int] = (3, 2, 2, 1)) -> World:
    program = inc.create_program(engine, ProgramInput(
        "Incubation Soie", "incubation", weights=weights, mentoring_minutes=600,
        milestones=TEMPLATE))
    cohort = inc.create_cohort(engine, inc.CohortInput(program.id, "Promo 2026", "12/01/2026",
                                                       "18/12/2026", capacity))
    ids = [organizations.create(engine, OrganizationInput(name=f"Startup {chr(65 + i)}",
                                                          kind="startup")).id
           for i in range(startups)]
    return World(engine, program.id, cohort.id, ids)


PATHS = {
    "applied": (), "shortlisted": ("shortlisted",), "selected": ("shortlisted", "selected"),
    "incubated": ("shortlisted", "selected", "incubated"),
    "graduated": ("shortlisted", "selected", "incubated", "graduated"),
    "dropped": ("shortlisted", "selected", "dropped"), "rejected": ("rejected",),
}


def enroll_at(w: World, status: str, startup: int = 0) -> int:
    e = inc.apply_to_cohort(w.engine, w.cohort_id, w.startups[startup],
                            at=datetime(2025, 11, 3, 9, tzinfo=UTC), actor="Hélène")
    for step in PATHS[status]:
        inc.transition(w.engine, e.id, step, reason="motif", actor="Hélène", at=START)
    return e.id


def test_programme_template_is_ordered_and_names_are_unique(engine: Engine) -> None:
    w = world(engine)
    [program] = inc.list_programs(engine)
    assert [m.name for m in program.milestones] == [m.name for m in TEMPLATE]
    assert program.weights == (3, 2, 2, 1) and program.cohorts == 1
    with pytest.raises(ConflictError) as err:
        inc.create_program(engine, ProgramInput("incubation  SOIE", "incubation"))
    assert err.value.key == "program_name_taken"
    assert inc.find_program(engine, "INCUBATION soie").id == w.program_id
    # a label is accepted for the kind, a nonsense kind is refused with the field named
    assert inc.create_program(engine, ProgramInput("Tremplin", "Pré-incubation")).kind \
        == "pre_incubation"
    with pytest.raises(ValidationError) as bad:
        inc.create_program(engine, ProgramInput("X", "fusée",
                                                milestones=(MilestoneSpec("", -2),)))
    assert {e.field for e in bad.value.errors} == {"kind", "milestone", "offset_months"}


def test_cohort_dates_and_capacity_are_checked(engine: Engine) -> None:
    w = world(engine)
    with pytest.raises(ValidationError) as err:
        inc.create_cohort(engine, inc.CohortInput(w.program_id, "B", "2026-09-01",
                                                  "2026-08-01", 4))
    assert err.value.field == "end_on"
    with pytest.raises(ValidationError) as err:
        inc.create_cohort(engine, inc.CohortInput(w.program_id, "C", "2026-09-01",
                                                  "2026-12-01", 0))
    assert err.value.field == "capacity"
    with pytest.raises(ConflictError):
        inc.create_cohort(engine, inc.CohortInput(w.program_id, "promo 2026", "2026-09-01",
                                                  "2026-12-01", 3))
    assert inc.cohort_id_by_name(engine, "PROMO 2026") == w.cohort_id
    with pytest.raises(NotFoundError):
        inc.cohort_id_by_name(engine, "Promo 1999")


def test_the_whole_path_is_kept_as_history(engine: Engine) -> None:
    w = world(engine)
    eid = enroll_at(w, "graduated")
    d = inc.detail(engine, eid)
    assert d.status == "graduated" and d.next_statuses == ()
    assert [(h.from_status, h.to_status) for h in d.history] == [
        (None, "applied"), ("applied", "shortlisted"), ("shortlisted", "selected"),
        ("selected", "incubated"), ("incubated", "graduated")]
    assert all(h.actor == "Hélène" and h.at.tzinfo is not None for h in d.history)
    assert d.history[1].at == START
    assert (d.applied_on, d.incubation_start, d.graduated_on) == (
        date(2025, 11, 3), date(2026, 1, 31), date(2026, 1, 31))
    assert d.mentoring.budget_minutes == 600 and d.mentoring.used_minutes == 0


@pytest.mark.parametrize("current", list(PATHS))
def test_illegal_transitions_are_refused_and_name_both_statuses(engine: Engine,
                                                                 current: str) -> None:
    w = world(engine)
    eid = enroll_at(w, current)
    legal = inc.allowed_statuses(current)
    for target in PATHS:
        if target in legal:
            continue
        with pytest.raises(ValidationError) as err:
            inc.transition(engine, eid, target, reason="motif")
        assert err.value.key == "transition_illegal" and err.value.field == "status"
        fr, en = err.value.message("fr"), err.value.message("en")
        assert fr.count("«") >= 2
        from tierslieu.i18n import choice_label
        assert choice_label(current, "fr") in fr and choice_label(target, "fr") in fr
        assert choice_label(current, "en") in en and choice_label(target, "en") in en
    assert inc.detail(engine, eid).status == current
    with transaction(engine) as s:  # nothing was written by the refusals
        assert len(s.scalars(select(EnrollmentEvent)
                             .where(EnrollmentEvent.enrollment_id == eid)).all()) \
            == 1 + len(PATHS[current])


@pytest.mark.parametrize(("current", "target"), [
    ("applied", "rejected"), ("shortlisted", "rejected"), ("selected", "rejected"),
    ("selected", "dropped"), ("incubated", "dropped")])
def test_dropping_and_rejecting_need_a_reason(engine: Engine, current: str,
                                               target: str) -> None:
    w = world(engine)
    eid = enroll_at(w, current)
    with pytest.raises(ValidationError) as err:
        inc.transition(engine, eid, target, reason="   ")
    assert err.value.key == "reason_required" and err.value.field == "reason"
    d = inc.transition(engine, eid, target, reason="Marché trop étroit",
                       at=datetime(2026, 3, 2, 12, tzinfo=UTC))
    assert d.status == target and d.ended_on == date(2026, 3, 2)
    assert d.history[-1].reason == "Marché trop étroit"


def test_statuses_accept_their_french_labels(engine: Engine) -> None:
    w = world(engine)
    eid = enroll_at(w, "applied")
    assert inc.transition(engine, eid, "Présélectionnée").status == "shortlisted"
    with pytest.raises(ValidationError) as err:
        inc.transition(engine, eid, "envolée")
    assert err.value.key == "choice_invalid"


def test_one_enrollment_per_startup_and_cohort_and_only_startups(engine: Engine) -> None:
    w = world(engine)
    enroll_at(w, "applied")
    with pytest.raises(ConflictError) as err:
        inc.apply_to_cohort(engine, w.cohort_id, w.startups[0])
    assert err.value.key == "enrollment_exists"
    lab = organizations.create(engine, OrganizationInput(name="Labo", kind="research_lab"))
    with pytest.raises(ValidationError) as bad:
        inc.apply_to_cohort(engine, w.cohort_id, lab.id)
    assert bad.value.key == "not_a_startup"


def test_selection_beyond_capacity_is_refused_until_a_place_frees(engine: Engine) -> None:
    w = world(engine, capacity=2, startups=3)
    ids = [enroll_at(w, "shortlisted", i) for i in range(3)]
    inc.transition(engine, ids[0], "selected")
    inc.transition(engine, ids[1], "selected")
    with pytest.raises(ConflictError) as err:
        inc.transition(engine, ids[2], "selected")
    assert err.value.key == "cohort_full" and "Startup C" in err.value.message("fr")
    assert inc.detail(engine, ids[2]).status == "shortlisted"
    inc.transition(engine, ids[1], "dropped", reason="Abandon")
    assert inc.transition(engine, ids[2], "selected").status == "selected"
    assert inc.get_cohort(engine, w.cohort_id).seats_taken == 2


def test_milestones_get_due_dates_from_the_template(engine: Engine) -> None:
    w = world(engine)
    eid = enroll_at(w, "selected")
    assert inc.detail(engine, eid).milestones == ()
    d = inc.transition(engine, eid, "incubated", at=START)
    # 31 January + 3 months is the last day of April; the template's order is kept
    assert [(m.name, m.due_on) for m in d.milestones] == [
        ("Entité juridique créée", date(2026, 4, 30)),
        ("Premier client payant", date(2026, 10, 31)), ("Prêt d'honneur obtenu", None)]
    may = inc.detail(engine, eid, today=date(2026, 5, 1))
    assert [m.late for m in may.milestones] == [True, False, False]
    assert may.milestones_late == 1
    assert not inc.detail(engine, eid, today=date(2026, 4, 30)).milestones[0].late
    first = may.milestones[0]
    with pytest.raises(ValidationError) as err:
        inc.reach_milestone(engine, first.id, "2026-06-01", today=date(2026, 5, 1))
    assert err.value.key == "date_future"
    reviewer = members.create(engine, PersonInput(first_name="Noël", last_name="Kerjean"))
    row = inc.reach_milestone(engine, first.id, "02/05/2026", evidence="Kbis",
                              validated_by=reviewer.id, today=date(2026, 11, 1))
    assert (row.reached_on, row.validated_by, row.late) == (date(2026, 5, 2), "Noël Kerjean",
                                                            False)
    later = inc.detail(engine, eid, today=date(2026, 11, 1))
    assert (later.milestones_reached, later.milestones_late) == (1, 1)
    extra = inc.add_milestone(engine, eid, "Salon Vivatech", "2026-06-15",
                              today=date(2026, 11, 1))
    assert extra.position == 4 and extra.late
    text = inc.reach_milestone(engine, extra.id, date(2026, 6, 15), validated_by="Comité",
                               today=date(2026, 11, 1))
    assert text.validated_by == "Comité" and text.validated_by_id is None


def test_mentoring_budget_defaults_to_the_programme_and_can_change(engine: Engine) -> None:
    w = world(engine)
    eid = enroll_at(w, "incubated")
    assert inc.mentoring_budget(engine, eid).budget_minutes == 600
    budget = inc.set_mentoring_budget(engine, eid, "900")
    assert (budget.budget_minutes, budget.used_minutes, budget.remaining_minutes) == (900, 0,
                                                                                      900)
    with pytest.raises(ValidationError):
        inc.set_mentoring_budget(engine, eid, -60)
