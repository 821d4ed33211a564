"""KPIs (parsing, merging, cohort totals), alumni survival and the page's alerts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.engine import Engine

from tests.services.test_incubation import enroll_at, world
from tierslieu.errors import ConflictError, ValidationError
from tierslieu.services import incubation as inc
from tierslieu.services.incubation import KpiInput

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-10", ("2026-10", date(2026, 10, 1), date(2026, 10, 31))),
    ("2024-2", ("2024-02", date(2024, 2, 1), date(2024, 2, 29))),
    ("2026-Q4", ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31))),
    ("2026-t2", ("2026-Q2", date(2026, 4, 1), date(2026, 6, 30))),
])
def test_periods(text: str, expected: tuple[str, date, date]) -> None:
    assert inc.parse_period(text) == expected


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-Q5", "10/2026", "", "2026"])
def test_bad_periods_name_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        inc.parse_period(text)
    assert err.value.field == "period" and err.value.exit_code == 2


@pytest.mark.parametrize(("value", "cents"), [
    ("1 234,50", 123450), ("1234.50", 123450), ("1\u202f234,5", 123450), ("0,01", 1),
    ("12 000 €", 1200000), (Decimal("0.1"), 10), (15, 1500), ("", None)])
def test_euros_become_integer_cents(value: object, cents: int | None) -> None:
    assert inc.parse_euros(value, "revenue") == cents  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["12k", "1.234,50", "1,005", "1e3", "abc", 12.5])
def test_amounts_that_are_not_plain_euros_are_refused(value: object) -> None:
    with pytest.raises(ValidationError) as err:
        inc.parse_euros(value, "revenue")  # type: ignore[arg-type]
    assert err.value.key == "amount_invalid" and err.value.field == "revenue"


def test_fte_in_hundredths() -> None:
    assert (inc.parse_fte("1,5"), inc.parse_fte("2"), inc.parse_fte(Decimal("0.25"))) == (
        150, 200, 25)
    with pytest.raises(ValidationError):
        inc.parse_fte("0,333")


def test_bad_figures_are_all_reported_with_their_field(engine: Engine) -> None:
    w = world(engine)
    with pytest.raises(ValidationError) as err:
        inc.record_kpis(engine, w.startups[0], KpiInput(
            "2026-13", headcount=-1, revenue="-5", jobs_created="beaucoup",
            raised=(("loterie", "10"),)), today=TODAY)
    assert {(e.field, e.key) for e in err.value.errors} == {
        ("period", "period_invalid"), ("headcount", "number_min"), ("revenue", "number_min"),
        ("jobs_created", "fte_invalid"), ("raised_kind", "choice_invalid")}
    assert inc.kpi_history(engine, w.startups[0]) == []
    with pytest.raises(ValidationError) as future:
        inc.record_kpis(engine, w.startups[0], KpiInput("2026-12", headcount=3), today=TODAY)
    assert future.value.key == "period_future"


def test_records_merge_per_period_and_never_mix_months_and_quarters(engine: Engine) -> None:
    w = world(engine)
    org = w.startups[0]
    inc.record_kpis(engine, org, KpiInput("2026-10", headcount=4, jobs_created="1,5",
                                          raised=(("Prêt d'honneur", "30000"),)), today=TODAY)
    row = inc.record_kpis(engine, org, KpiInput("2026-10", revenue="12 500",
                                                raised=(("subvention", "8000"),)), today=TODAY)
    assert (row.headcount, row.jobs_created_fte100, row.revenue_cents) == (4, 150, 1_250_000)
    assert row.raised_cents == {"honour_loan": 3_000_000, "grant": 800_000, "equity": 0,
                                "bank_loan": 0}
    with pytest.raises(ConflictError) as err:
        inc.record_kpis(engine, org, KpiInput("2026-Q4", headcount=5), today=TODAY)
    assert err.value.key == "period_overlap" and "2026-10" in err.value.message("fr")
    assert len(inc.kpi_history(engine, org)) == 1


def test_cohort_totals_count_supported_startups_only(engine: Engine) -> None:
    w = world(engine, startups=3)
    a, b = enroll_at(w, "incubated", 0), enroll_at(w, "graduated", 1)
    enroll_at(w, "rejected", 2)
    assert a and b
    orgs = w.startups
    for org, period, head, revenue, raised in [
            (orgs[0], "2025-12", 2, "1000", ()), (orgs[0], "2026-09", 3, "2000", ()),
            (orgs[0], "2026-10", None, "500,50", (("equity", "100000"),)),
            (orgs[1], "2025-Q4", 5, "9000", (("honour_loan", "20000"),)),
            (orgs[1], "2026-Q1", 6, "3000", ()),
            (orgs[2], "2026-Q1", 40, "99999", ())]:  # rejected: not counted
        inc.record_kpis(engine, org, KpiInput(period, headcount=head, revenue=revenue,
                                              raised=raised, women_founders=1), today=TODAY)
    k2026 = inc.cohort_kpis(engine, w.cohort_id, 2026)
    assert (k2026.startups, k2026.reporting, k2026.headcount, k2026.women_founders) == (
        2, 2, 3 + 6, 2)
    assert k2026.revenue_year_cents == 200_000 + 50_050 + 300_000
    assert k2026.revenue_total_cents == 100_000 + 200_000 + 50_050 + 900_000 + 300_000
    assert k2026.raised_year_cents["equity"] == 10_000_000
    assert k2026.raised_year_cents["honour_loan"] == 0
    assert k2026.raised_total_cents["honour_loan"] == 2_000_000
    k2025 = inc.cohort_kpis(engine, w.cohort_id, 2025)
    assert (k2025.headcount, k2025.revenue_year_cents) == (2 + 5, 100_000 + 900_000)
    detail = inc.startup_detail(engine, orgs[0], today=TODAY)
    assert detail.latest.period == "2026-10" and detail.latest.headcount == 3
    assert detail.latest.revenue_cents == 50_050


def test_survival_at_one_and_three_years(engine: Engine) -> None:
    w = world(engine, startups=6, capacity=6)
    ids = [enroll_at(w, "graduated", i) for i in range(5)]
    still = enroll_at(w, "incubated", 5)
    fates = {0: [(12, "alive"), (36, "alive")], 1: [(12, "alive"), (36, "closed")],
             2: [(6, "alive"), (12, "closed")], 3: [(12, "acquired")], 4: []}
    for i, news in fates.items():
        for horizon, status in news:
            inc.record_follow_up(engine, ids[i], horizon, status, date(2027, 1, 31))
    with pytest.raises(ValidationError) as err:
        inc.record_follow_up(engine, still, 6, "alive", "2026-06-01")
    assert err.value.key == "follow_up_not_graduated"
    with pytest.raises(ValidationError):
        inc.record_follow_up(engine, ids[4], 24, "alive", "2026-06-01")
    six, one, three = inc.get_cohort(engine, w.cohort_id).survival
    # closed and acquired carry forward; startup 4 has no news and is left out
    assert (one.survivors, one.known, one.rate_percent) == (3, 4, 75)
    assert (three.survivors, three.known, three.rate_percent) == (2, 4, 50)
    assert (six.survivors, six.known) == (1, 1)
    inc.record_follow_up(engine, ids[1], 36, "Rachetée", "2029-02-01", "Par un groupe")
    assert inc.get_cohort(engine, w.cohort_id).survival[2].survivors == 3


def test_alerts_for_late_milestones_missing_kpis_and_follow_ups(engine: Engine) -> None:
    w = world(engine, startups=2)
    eid = enroll_at(w, "incubated", 0)  # incubation started 31/01/2026
    grad = enroll_at(w, "graduated", 1)
    inc.record_kpis(engine, w.startups[0], KpiInput("2026-09", headcount=2), today=TODAY)
    found = {(a.kind, a.detail) for a in inc.alerts(engine, today=TODAY)}
    assert ("milestone_late", "Entité juridique créée") in found
    assert ("kpi_due", "2026-10") in found
    assert ("follow_up_due", "+6") in found and ("follow_up_due", "+12") not in found
    inc.record_kpis(engine, w.startups[0], KpiInput("2026-10", headcount=2), today=TODAY)
    inc.record_follow_up(engine, grad, 6, "closed", "2026-07-31")
    kinds = {a.kind for a in inc.alerts(engine, today=TODAY) if a.enrollment_id in (eid, grad)}
    assert kinds == {"milestone_late"}


def test_lists_show_what_the_board_needs(engine: Engine) -> None:
    w = world(engine, startups=3)
    enroll_at(w, "incubated", 0)
    enroll_at(w, "applied", 1)
    cards = inc.list_enrollments(engine, w.cohort_id, today=TODAY)
    assert [(c.startup_name, c.status) for c in cards] == [("Startup A", "incubated"),
                                                           ("Startup B", "applied")]
    assert cards[0].milestones_total == 3 and cards[0].milestones_late == 2
    rows = inc.list_startups(engine, today=TODAY)
    assert [r.enrollment.status if r.enrollment else None for r in rows] == [
        "incubated", "applied", None]
    assert [r.name for r in inc.list_startups(engine, cohort_id=w.cohort_id)] == [
        "Startup A", "Startup B"]
    [cohort] = inc.list_cohorts(engine, today=TODAY)
    assert cohort.counts["incubated"] == 1 and cohort.counts["applied"] == 1
    assert (cohort.seats_taken, cohort.milestones_late, cohort.finished) == (1, 2, False)
    assert inc.transition(engine, cards[1].id, "shortlisted",
                          at=datetime(2026, 2, 1, tzinfo=UTC)).status == "shortlisted"
