"""Mentoring on a real database: profiles, needs, runs (stored, replayed, accepted),
sessions and the mentoring budget."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.errors import NotFoundError, ValidationError
from tierslieu.services import incubation as inc
from tierslieu.services import members, organizations
from tierslieu.services import mentoring as mg
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.services.incubation import ProgramInput

AT = datetime(2026, 2, 2, 9, tzinfo=UTC)


@dataclass
class World:
    engine: Engine
    cohort_id: int
    enrollments: list[int]         # A, B, C (incubated)
    orgs: list[int]
    mentors: list[int]             # Alice, Bruno, Chloé


def world(engine: Engine) -> World:
    program = inc.create_program(engine, ProgramInput("Incubation Soie", "incubation",
                                                      mentoring_minutes=600))
    cohort = inc.create_cohort(engine, inc.CohortInput(program.id, "Promo 2026", "12/01/2026",
                                                       "18/12/2026", 5))
    orgs, enrollments = [], []
    for name in ("Alpha", "Bêta", "Gamma"):
        org = organizations.create(engine, OrganizationInput(name=name, kind="startup")).id
        e = inc.apply_to_cohort(engine, cohort.id, org, at=AT)
        for step in ("shortlisted", "selected", "incubated"):
            inc.transition(engine, e.id, step, at=AT)
        orgs.append(org)
        enrollments.append(e.id)
    mentors = []
    for first, last in (("Alice", "Martin"), ("Bruno", "Diallo"), ("Chloé", "Nguyen")):
        mentors.append(members.create(engine, PersonInput(
            first_name=first, last_name=last,
            email=f"{first.lower()}@mentors.example")).id)
    return World(engine, cohort.id, enrollments, orgs, mentors)


def profiles(w: World) -> None:
    a, b, c = w.mentors
    mg.save_mentor(w.engine, mg.MentorInput(a, (("finance", 3), ("Marketing", 2)),
                                            ("food",), ("seed",), ("fr", "en"), capacity=2))
    mg.save_mentor(w.engine, mg.MentorInput(b, (("tech", 3),), languages=("fr",), capacity=1,
                                            conflicts=(w.orgs[1],)))
    mg.save_mentor(w.engine, mg.MentorInput(c, (("legal", 2), ("tech", 1)),
                                            languages=("en", "es"), capacity=1))
    alpha, beta, gamma = w.enrollments
    mg.set_need(w.engine, mg.NeedInput(alpha, (("finance", 3),), "food", "seed", ("fr",)))
    mg.set_need(w.engine, mg.NeedInput(beta, (("tech", 3), ("legal", 1)), languages=("en",)))
    mg.set_need(w.engine, mg.NeedInput(gamma, (("tech", 2),), languages=("fr",), wanted=2))


def test_profiles_are_validated_and_listed_with_their_load(engine: Engine) -> None:
    w = world(engine)
    profiles(w)
    rows = {r.name: r for r in mg.list_mentors(engine)}
    assert rows["Alice Martin"].expertise == (("finance", 3), ("marketing", 2))
    assert rows["Alice Martin"].load == 0 and rows["Alice Martin"].capacity == 2
    with pytest.raises(ValidationError) as err:
        mg.save_mentor(engine, mg.MentorInput(w.mentors[0], (("tech", 4),)))
    assert err.value.key == "mentor_level_invalid"
    with pytest.raises(ValidationError):
        mg.save_mentor(engine, mg.MentorInput(w.mentors[0], languages=()))
    with pytest.raises(NotFoundError):
        mg.save_mentor(engine, mg.MentorInput(99999))
    assert mg.mentor_id_by_ref(engine, "chloe NGUYEN") == w.mentors[2]
    assert mg.mentor_id_by_ref(engine, "bruno@mentors.example") == w.mentors[1]
    with pytest.raises(NotFoundError):
        mg.mentor_id_by_ref(engine, "Personne")


def test_run_is_stored_replayed_and_accepted(engine: Engine) -> None:
    w = world(engine)
    profiles(w)
    alpha, beta, gamma = w.enrollments
    a, b, c = w.mentors
    run = mg.run_matching(engine, w.cohort_id, at=AT)
    pairs = set(run.result.assignment())
    # Bruno has a conflict with Bêta and Chloé speaks no French: Bêta (en) gets Chloé or
    # Alice, Gamma (fr, wants 2) can only get French speakers, never one mentor twice
    assert (beta, b) not in pairs and (gamma, c) not in pairs and (alpha, c) not in pairs
    assert len(pairs) == run.result.matched
    assert run.solver_version and run.solver.startswith("scipy")
    assert not run.accepted and run.startup_names[alpha] == "Alpha"
    # the snapshot, solved again, gives the stored result exactly
    assert mg.replay(engine, run.id) == run.result == mg.get_run(engine, run.id).result
    unmatched = {u.startup_id: u.reason for u in run.result.unmatched}
    assert set(unmatched) <= {gamma}
    # accepting makes assignments; accepting a later run ends the pairs it drops
    rows = mg.accept_run(engine, run.id, actor="Hélène")
    assert {(r.enrollment_id, r.mentor_id) for r in rows} == pairs
    assert mg.get_run(engine, run.id).accepted
    assert {m.person_id: m.load for m in mg.list_mentors(engine)} == {
        m: sum(1 for _, mm in pairs if mm == m) for m in w.mentors}
    second = mg.run_matching(engine, w.cohort_id, excluded=[sorted(pairs)[0]], at=AT)
    mg.accept_run(engine, second.id)
    active = {(r.enrollment_id, r.mentor_id) for r in mg.list_assignments(
        engine, cohort_id=w.cohort_id)}
    assert active == set(second.result.assignment())
    assert sorted(pairs)[0] not in active
    ended = mg.list_assignments(engine, cohort_id=w.cohort_id, active_only=False)
    assert len(ended) >= len(active) + 1


def test_keep_existing_and_pins(engine: Engine) -> None:
    w = world(engine)
    profiles(w)
    alpha, _, gamma = w.enrollments
    a, b, _ = w.mentors
    run = mg.run_matching(engine, w.cohort_id, pins=[(alpha, b)], at=AT)
    assert (alpha, b) in run.result.assignment()
    mg.accept_run(engine, run.id)
    kept = mg.run_matching(engine, w.cohort_id, keep_existing=True, at=AT)
    assert (alpha, b) in kept.result.assignment()
    with pytest.raises(ValidationError) as err:
        mg.run_matching(engine, w.cohort_id, pins=[(w.enrollments[1], b)])  # conflict
    assert err.value.key == "match_pin_forbidden"
    with pytest.raises(ValidationError):
        mg.run_matching(engine, w.cohort_id, weights={"astrology": 3})


def test_why_not_matches_a_forced_run(engine: Engine) -> None:
    w = world(engine)
    profiles(w)
    run = mg.run_matching(engine, w.cohort_id, at=AT)
    chosen = set(run.result.assignment())
    for eid in w.enrollments:
        for mid in w.mentors:
            answer = mg.why_not(engine, run.id, eid, mid)
            if (eid, mid) in chosen:
                assert answer.loss == 0 and not answer.displaced
            elif answer.feasible:
                forced = mg.run_matching(engine, w.cohort_id, pins=[(eid, mid)], at=AT)
                assert answer.loss == run.result.total - forced.result.total
                assert (answer.lost_matches, answer.loss) >= (0, 0)
            else:
                assert answer.reason in ("no_language", "conflict", "excluded")
    with pytest.raises(NotFoundError):
        mg.why_not(engine, run.id, 99999, w.mentors[0])


def test_sessions_feed_the_budget_ratings_and_activity(engine: Engine) -> None:
    w = world(engine)
    profiles(w)
    run = mg.run_matching(engine, w.cohort_id, at=AT)
    rows = mg.accept_run(engine, run.id)
    first = rows[0]
    mg.record_session(engine, mg.SessionInput(first.id, "10/03/2026", 90, "Prévisionnel",
                                              rating_mentor=4, rating_startup=5))
    mg.record_session(engine, mg.SessionInput(first.id, "2026-04-07", 45, rating_startup=3))
    with pytest.raises(ValidationError):
        mg.record_session(engine, mg.SessionInput(first.id, "2026-04-07", 45, rating_startup=6))
    with pytest.raises(ValidationError):
        mg.record_session(engine, mg.SessionInput(first.id, "2026-04-07", 0))
    with pytest.raises(NotFoundError):
        mg.record_session(engine, mg.SessionInput(99999, "2026-04-07", 30))
    budget = inc.mentoring_budget(engine, first.enrollment_id)
    assert (budget.used_minutes, budget.budget_minutes) == (135, 600)
    sessions = mg.list_sessions(engine, enrollment_id=first.enrollment_id)
    assert [s.duration_minutes for s in sessions] == [90, 45]
    mentor = next(m for m in mg.list_mentors(engine) if m.person_id == first.mentor_id)
    assert (mentor.sessions, mentor.minutes, mentor.rating) == (2, 135, 4.0)
    # the startups' ratings enter the next run's input; kept pairs only when asked
    with transaction(engine, readonly=True) as s:
        data = mg.build_input(s, w.cohort_id)
        kept = mg.build_input(s, w.cohort_id, keep_existing=True)
    assert next(m for m in data.mentors if m.id == first.mentor_id).rating == 4.0
    assert data.keep == () and set(kept.keep) == {(r.enrollment_id, r.mentor_id) for r in rows}


def test_demo_mentors_run_and_sessions(demo_engine: Engine) -> None:
    engine = demo_engine
    mentors = mg.list_mentors(engine)
    assert 25 <= len(mentors) <= 35
    assert any("fr" not in m.languages for m in mentors)          # the language constraint
    cohort = inc.cohort_id_by_name(engine, "Incubation 2026")
    [run] = mg.list_runs(engine, cohort)
    assert run.accepted and mg.replay(engine, run.id) == run.result
    active = mg.list_assignments(engine, cohort_id=cohort)
    assert {(a.enrollment_id, a.mentor_id) for a in active} == set(run.result.assignment())
    sessions = mg.list_sessions(engine)
    assert len(sessions) > 20 and any(s.rating_startup for s in sessions)
    used = {a.enrollment_id: inc.mentoring_budget(engine, a.enrollment_id).used_minutes
            for a in active}
    assert sum(used.values()) == sum(s.duration_minutes for s in sessions)
    assert sum(m.load for m in mentors) == len(active)
