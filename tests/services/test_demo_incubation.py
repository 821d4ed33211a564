"""The demo incubator: plausible, rule-abiding and reproducible."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    AlumniFollowUp,
    ApplicationScore,
    Enrollment,
    EnrollmentEvent,
    KpiRecord,
    Milestone,
    Organization,
)
from tierslieu.services import incubation as inc
from tierslieu.services import members
from tierslieu.services.demo_incubation import REFERENCE
from tierslieu.services.incubation_dto import NEXT_STATUSES


def test_programmes_cohorts_and_startups(demo_read: Engine) -> None:
    assert len(inc.list_programs(demo_read)) == 2
    cohorts = inc.list_cohorts(demo_read, today=REFERENCE)
    assert len(cohorts) == 3
    finished = [c for c in cohorts if c.finished]
    assert len(finished) == 1 and finished[0].counts["graduated"] >= 5
    _, one_year, three_years = finished[0].survival
    assert one_year.known >= 5 and three_years.known >= 5
    assert three_years.survivors / three_years.known > 0.5  # most alive at 3 years
    assert three_years.survivors < three_years.known        # but not all of them
    startups = inc.list_startups(demo_read, today=REFERENCE)
    assert 22 <= len(startups) <= 28 and all(s.enrollment for s in startups)
    assert all(s.founders for s in startups)
    assert sum(c.counts["dropped"] for c in cohorts) >= 2
    assert sum(c.counts["rejected"] for c in cohorts) >= 3
    current = [c for c in cohorts if not c.finished]
    assert any(c.counts["applied"] or c.counts["shortlisted"] for c in current)
    for c in cohorts:
        assert c.seats_taken <= c.capacity
    # the demo still has exactly its 200 people: founders are people it already had
    assert members.count(demo_read) == 200


def test_histories_follow_the_pipeline(demo_read: Engine) -> None:
    with transaction(demo_read) as s:
        events = s.execute(select(EnrollmentEvent.enrollment_id, EnrollmentEvent.from_status,
                                  EnrollmentEvent.to_status, EnrollmentEvent.reason,
                                  EnrollmentEvent.at)
                           .order_by(EnrollmentEvent.enrollment_id, EnrollmentEvent.at,
                                     EnrollmentEvent.id)).all()
        statuses = dict(s.execute(select(Enrollment.id, Enrollment.status)).all())
    by_enrollment: dict[int, list] = {}
    for e in events:
        by_enrollment.setdefault(e.enrollment_id, []).append(e)
    assert by_enrollment.keys() == statuses.keys()
    for eid, rows in by_enrollment.items():
        assert rows[0].from_status is None and rows[0].to_status == "applied"
        for before, after in zip(rows, rows[1:], strict=False):
            assert after.from_status == before.to_status
            assert after.to_status in NEXT_STATUSES[before.to_status]
            assert after.at >= before.at
            if after.to_status in ("dropped", "rejected"):
                assert after.reason
        assert rows[-1].to_status == statuses[eid]
        assert rows[-1].at.date() <= REFERENCE


def test_scores_milestones_kpis_and_follow_ups(demo_read: Engine) -> None:
    cohorts = {c.name: c for c in inc.list_cohorts(demo_read, today=REFERENCE)}
    selecting = next(c for c in cohorts.values() if c.program_kind == "pre_incubation")
    ranked = inc.ranking(demo_read, selecting.id)
    assert sum(1 for r in ranked if r.reviewers >= 2) >= 4
    assert any(r.stdev for r in ranked)  # reviewers do not always agree
    current = next(c for c in cohorts.values() if c.program_kind == "incubation"
                   and not c.finished)
    assert current.milestones_reached > 0 and current.milestones_late > 0
    assert current.kpis is not None and current.kpis.headcount > 0
    assert current.kpis.revenue_year_cents > 0
    with transaction(demo_read) as s:
        reached = s.scalars(select(Milestone.reached_on)
                            .where(Milestone.reached_on.is_not(None))).all()
        assert reached and max(reached) <= REFERENCE
        assert s.scalar(select(ApplicationScore.id).limit(1)) is not None
        assert {f for f in s.scalars(select(AlumniFollowUp.status))} == {
            "alive", "closed", "acquired"}
        periods = s.scalars(select(KpiRecord.end_on)).all()
        assert max(periods) < REFERENCE  # only finished periods are reported
        assert all(o.vat_number for o in s.scalars(
            select(Organization).where(Organization.kind == "startup")))
    kinds = {a.kind for a in inc.alerts(demo_read, today=REFERENCE)}
    assert "milestone_late" in kinds

