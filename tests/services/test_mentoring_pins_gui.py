"""What the Mentoring page relies on in the service: a profile's notes come back (so an
editor does not wipe them), pins and exclusions given to ``run_matching`` shape the run
and are kept in its snapshot (so "why not" on that run respects them)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import MatchRun
from tierslieu.services import incubation as inc
from tierslieu.services import members, organizations
from tierslieu.services import mentoring as mg
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.services.incubation import ProgramInput

AT = datetime(2026, 2, 2, 9, tzinfo=UTC)


def _cohort(engine: Engine) -> tuple[int, list[int], list[int]]:
    """Two incubated startups wanting one mentor each, three French-speaking mentors."""
    program = inc.create_program(engine, ProgramInput("Incubation Soie", "incubation"))
    cohort = inc.create_cohort(engine, inc.CohortInput(program.id, "Promo 2026", "12/01/2026",
                                                       "18/12/2026", 5))
    enrollments = []
    for name in ("Alpha", "Bêta"):
        org = organizations.create(engine, OrganizationInput(name=name, kind="startup")).id
        e = inc.apply_to_cohort(engine, cohort.id, org, at=AT)
        for step in ("shortlisted", "selected", "incubated"):
            inc.transition(engine, e.id, step, at=AT)
        mg.set_need(engine, mg.NeedInput(e.id, (("finance", 3),)))
        enrollments.append(e.id)
    mentors = []
    for first, level in (("Alice", 3), ("Bruno", 2), ("Chloé", 1)):
        pid = members.create(engine, PersonInput(first_name=first, last_name="Mentor",
                                                 email=f"{first.lower()}@m.example")).id
        mg.save_mentor(engine, mg.MentorInput(pid, (("finance", level),), capacity=1))
        mentors.append(pid)
    return cohort.id, enrollments, mentors


def test_notes_come_back_with_the_profile(engine: Engine) -> None:
    pid = members.create(engine, PersonInput(first_name="Nina", last_name="Notes",
                                             email="nina@m.example")).id
    saved = mg.save_mentor(engine, mg.MentorInput(pid, notes="  Disponible le jeudi  "))
    assert saved.notes == "Disponible le jeudi"
    [listed] = mg.list_mentors(engine)
    assert listed.notes == "Disponible le jeudi"
    again = mg.save_mentor(engine, mg.MentorInput(pid, capacity=2, notes=listed.notes))
    assert (again.capacity, again.notes) == (2, "Disponible le jeudi")


def test_pins_and_exclusions_shape_the_run_and_its_why_not(engine: Engine) -> None:
    cohort_id, (alpha, beta), (alice, bruno, chloe) = _cohort(engine)
    free = mg.run_matching(engine, cohort_id, at=AT)
    assert set(free.result.assignment()) == {(alpha, alice), (beta, bruno)} or \
        set(free.result.assignment()) == {(alpha, bruno), (beta, alice)}
    pinned = mg.run_matching(engine, cohort_id, pins=[(alpha, chloe)], at=AT)
    assert (alpha, chloe) in pinned.result.assignment()
    assert next(p for p in pinned.result.pairs if p.startup_id == alpha).pinned
    excluded = mg.run_matching(engine, cohort_id, excluded=[(alpha, alice), (beta, alice)],
                               at=AT)
    assert alice not in {m for _s, m in excluded.result.assignment()}
    assert excluded.result.matched == 2
    # the snapshot keeps them: "why not Alice?" on that run is "excluded", not a loss
    with transaction(engine, readonly=True) as s:
        snapshot = s.get_one(MatchRun, excluded.id).snapshot
    assert sorted(map(tuple, snapshot["excluded"])) == [(alpha, alice), (beta, alice)]
    answer = mg.why_not(engine, excluded.id, alpha, alice)
    assert (answer.feasible, answer.reason) == (False, "excluded")
    assert mg.replay(engine, excluded.id) == excluded.result
