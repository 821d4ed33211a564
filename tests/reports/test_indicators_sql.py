"""Every indicator of the demo recomputed independently with plain SQL (sqlite3).

The expected figures come from hand-written queries on the raw tables (UTC strings,
julianday arithmetic) plus the opening hours, closures and French holidays read
directly, never from the code under test. Periods cover a DST change (March), a month
with the Christmas closure (December) and a whole year.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import pytest
from sqlalchemy.engine import Engine

from tests.reports.conftest import NOW
from tierslieu.reports.indicators import REGISTRY, IndicatorSet, compute
from tierslieu.reports.period import parse_period

PARIS = ZoneInfo("Europe/Paris")
FMT = "%Y-%m-%d %H:%M:%S.%f"
PERIODS = ["2026-10", "2026-03", "2025-12", "2026"]


def r(num: int | float, den: int | float = 1, places: int = 1) -> float | None:
    if not den:
        return None
    q = Decimal(num) / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


class Expect:
    """The plain-SQL side: bounds as strings, one query per figure."""

    def __init__(self, con: sqlite3.Connection, key: str) -> None:
        self.con = con
        if len(key) == 4:
            self.start, self.end = date(int(key), 1, 1), date(int(key) + 1, 1, 1)
        else:
            y, m = map(int, key.split("-"))
            self.start = date(y, m, 1)
            self.end = date(y + (m == 12), m % 12 + 1, 1)
        self.s, self.e = self.start.isoformat(), self.end.isoformat()
        self.su = datetime.combine(self.start, time(0), PARIS).astimezone(UTC).strftime(FMT)
        self.eu = datetime.combine(self.end, time(0), PARIS).astimezone(UTC).strftime(FMT)
        self.now = NOW.strftime(FMT)
        self.p = {"s": self.s, "e": self.e, "su": self.su, "eu": self.eu, "now": self.now}

    def q(self, sql: str) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, self.p).fetchall()

    def one(self, sql: str) -> Any:
        return self.q(sql)[0][0]

    # -- spaces ----------------------------------------------------------------------------
    BOOKED = ("FROM booking b JOIN resource r ON r.id = b.resource_id WHERE b.status != "
              "'cancelled' AND b.start_at >= :su AND b.start_at < :eu")
    MINUTES = "ROUND((julianday(b.end_at) - julianday(b.start_at)) * 1440)"

    def days(self) -> Iterator[date]:
        d = self.start
        while d < self.end:
            yield d
            d += timedelta(days=1)

    def open_minutes(self, resource_id: int | None, days: list[date] | None = None) -> int:
        hours: dict[int, int] = defaultdict(int)
        for wd, opens, closes in self.q("SELECT weekday, opens, closes FROM opening_hours"):
            a, b = (int(x[:2]) * 60 + int(x[3:5]) for x in (opens, closes))
            hours[wd] += b - a
        closures = self.q("SELECT start_date, end_date, resource_id FROM closure")
        fr = holidays.country_holidays("FR", years=range(self.start.year, self.end.year + 1))
        total = 0
        for d in self.days() if days is None else days:
            iso = d.isoformat()
            if d in fr or any(a <= iso <= b and (rid is None or rid == resource_id)
                              for a, b, rid in closures):
                continue
            total += hours.get(d.weekday(), 0)
        return total

    def opening_days(self) -> int:
        return sum(1 for d in self.days() if self.open_minutes(None, [d]) > 0)

    def resources(self) -> list[tuple[int, str, str, int]]:
        return self.q("SELECT id, name, kind, CASE WHEN kind = 'hot_desk_zone' THEN capacity "
                      "ELSE 1 END FROM resource ORDER BY id")

    def booked_by_resource(self) -> dict[str, int]:
        out = {name: 0 for _, name, _, _ in self.resources()}
        out.update(dict(self.q(f"SELECT r.name, SUM({self.MINUTES}) {self.BOOKED} "
                               "GROUP BY r.name")))
        return {k: int(v) for k, v in out.items()}

    def occupancy(self, kinds: tuple[str, ...] | None = None) -> dict[str, float | None]:
        booked = self.booked_by_resource()
        return {name: r(booked[name] * 100, self.open_minutes(rid) * seats)
                for rid, name, kind, seats in self.resources()
                if kinds is None or kind in kinds}

    def total_occupancy(self, kinds: tuple[str, ...] | None = None) -> float | None:
        booked = self.booked_by_resource()
        rows = [(name, rid, seats) for rid, name, kind, seats in self.resources()
                if kinds is None or kind in kinds]
        return r(sum(booked[n] for n, _, _ in rows) * 100,
                 sum(self.open_minutes(rid) * seats for _, rid, seats in rows))

    def heatmap(self) -> list[list[float]]:
        summer = []
        for year in range(self.start.year - 1, self.end.year + 1):
            marks = [datetime(year, 3, 31, 1, tzinfo=UTC), datetime(year, 10, 31, 1, tzinfo=UTC)]
            # the last Sundays of March and October, 01:00 UTC
            for i, m in enumerate(marks):
                while m.weekday() != 6:
                    m -= timedelta(days=1)
                marks[i] = m
            summer.append((marks[0].strftime(FMT), marks[1].strftime(FMT)))
        case = " OR ".join(f"(b.start_at >= '{a}' AND b.start_at < '{b}')" for a, b in summer)
        rows = self.q(f"""
            WITH RECURSIVE hrs(h) AS (SELECT 0 UNION ALL SELECT h + 1 FROM hrs WHERE h < 23),
            bk AS (SELECT julianday(b.start_at) + (CASE WHEN {case} THEN 2 ELSE 1 END) / 24.0
                          AS ls,
                          julianday(b.end_at) + (CASE WHEN {case} THEN 2 ELSE 1 END) / 24.0
                          AS le {self.BOOKED})
            SELECT (CAST(strftime('%w', ls) AS INTEGER) + 6) % 7, h,
                   SUM(ROUND(MAX(0, MIN(le, julianday(date(ls)) + (h + 1) / 24.0)
                                     - MAX(ls, julianday(date(ls)) + h / 24.0)) * 86400))
            FROM bk, hrs GROUP BY 1, 2""")
        grid = [[0.0] * 24 for _ in range(7)]
        for wd, h, sec in rows:
            grid[wd][h] = r(sec, 3600) or 0.0
        return grid

    # -- members ---------------------------------------------------------------------------
    ACTIVE = ("joined_on IS NOT NULL AND joined_on < :e AND (archived_at IS NULL OR "
              "archived_at >= :eu)")

    # -- incubation ------------------------------------------------------------------------
    STATUS = """
        WITH st AS (
          SELECT e.id, o.name AS startup, c.name AS cohort, c.end_on, e.organization_id,
                 e.mentoring_budget_minutes AS budget,
                 (SELECT ev.to_status FROM enrollment_event ev WHERE ev.enrollment_id = e.id
                  AND ev.at < :eu ORDER BY ev.at DESC, ev.id DESC LIMIT 1) AS status
          FROM enrollment e JOIN organization o ON o.id = e.organization_id
          JOIN cohort c ON c.id = e.cohort_id WHERE e.applied_on < :e)"""
    ACCOMPANIED = ("SELECT DISTINCT organization_id FROM enrollment WHERE incubation_start "
                   "IS NOT NULL AND incubation_start < :e AND applied_on < :e AND "
                   "(graduated_on IS NULL OR graduated_on >= :s) AND (ended_on IS NULL OR "
                   "ended_on >= :s)")

    def latest(self, column: str) -> dict[int, int]:
        return dict(self.q(f"""
            SELECT a.organization_id, (SELECT k.{column} FROM kpi_record k
              WHERE k.organization_id = a.organization_id AND k.end_on < :e
              AND k.{column} IS NOT NULL ORDER BY k.start_on DESC LIMIT 1) AS v
            FROM ({self.ACCOMPANIED}) a WHERE v IS NOT NULL"""))

    def inside(self, expr: str) -> int:
        return int(self.one(f"SELECT COALESCE(SUM({expr}), 0) FROM kpi_record WHERE "
                            f"organization_id IN ({self.ACCOMPANIED}) AND start_on >= :s "
                            "AND end_on < :e"))

    def survival(self, horizon: int) -> tuple[float | None, int, int]:
        if horizon == 60:  # never followed up at five years
            return None, 0, 0
        rows = self.q(f"""
            SELECT COALESCE(
              (SELECT status FROM alumni_follow_up f WHERE f.enrollment_id = e.id
               AND f.horizon_months = {horizon} AND f.on_date < :e),
              (SELECT status FROM alumni_follow_up f WHERE f.enrollment_id = e.id
               AND f.horizon_months < {horizon} AND f.status IN ('closed', 'acquired')
               AND f.on_date < :e ORDER BY f.horizon_months DESC LIMIT 1))
            FROM enrollment e WHERE e.graduated_on < :e""")
        known = [s for (s,) in rows if s is not None]
        alive = sum(1 for s in known if s in ("alive", "acquired"))
        return r(alive * 100, len(known)), alive, len(known)


def expected(x: Expect) -> dict[str, Any]:
    out: dict[str, Any] = {}
    B, M = x.BOOKED, x.MINUTES
    out["opening_days"] = x.opening_days()
    out["bookings"] = x.one(f"SELECT COUNT(*) {B}")
    out["booked_hours"] = r(x.one(f"SELECT COALESCE(SUM({M}), 0) {B}"), 60)
    out["occupancy"] = x.total_occupancy()
    out["desk_occupancy"] = x.total_occupancy(("desk", "hot_desk_zone"))
    out["occupancy_by_resource"] = x.occupancy()
    out["booked_hours_by_resource"] = {k: r(v, 60) for k, v in x.booked_by_resource().items()}
    out["open_hours_by_resource"] = {n: r(x.open_minutes(rid), 60)
                                     for rid, n, _, _ in x.resources()}
    counts = dict(x.q(f"SELECT r.name, COUNT(*) {B} GROUP BY r.name"))
    out["bookings_by_resource"] = {n: counts.get(n, 0) for _, n, _, _ in x.resources()}
    ended = f"{B} AND b.end_at <= :now"
    done, checked = x.q(f"SELECT COALESCE(SUM({M}), 0), COALESCE(SUM(CASE WHEN b.checked_in_at"
                        f" IS NOT NULL THEN {M} ELSE 0 END), 0) {ended}")[0]
    out["checked_in_share"] = r(checked * 100, done)
    out["no_shows"] = x.one(f"SELECT COUNT(*) {B} AND b.status = 'no_show'")
    n_ended, n_absent = x.q(f"SELECT COUNT(*), SUM(b.status = 'no_show') {ended}")[0]
    out["no_show_rate"] = r((n_absent or 0) * 100, n_ended)
    absent = dict(x.q(f"SELECT r.name, COUNT(*) {B} AND b.status = 'no_show' GROUP BY r.name"))
    out["no_shows_by_resource"] = {n: absent.get(n, 0) for _, n, _, _ in x.resources()}
    out["booking_heatmap"] = x.heatmap()
    # members
    out["active_members"] = x.one(f"SELECT COUNT(*) FROM person WHERE {x.ACTIVE}")
    out["new_members"] = x.one("SELECT COUNT(*) FROM person WHERE joined_on >= :s "
                               "AND joined_on < :e")
    out["left_members"] = x.one("SELECT COUNT(*) FROM person WHERE joined_on IS NOT NULL AND "
                                "archived_at >= :su AND archived_at < :eu")
    out["unique_users"] = x.one(f"SELECT COUNT(DISTINCT b.person_id) {B}")
    out["members_by_category"] = {c or "not_recorded": n for c, n in x.q(
        f"SELECT public_category, COUNT(*) FROM person WHERE {x.ACTIVE} GROUP BY 1")}
    out["resident_organisations"] = x.one(
        "SELECT COUNT(DISTINCT po.organization_id) FROM booking b JOIN resource r "
        "ON r.id = b.resource_id JOIN person_organization po ON po.person_id = b.person_id "
        "WHERE b.status != 'cancelled' AND b.start_at >= :su AND b.start_at < :eu "
        "AND r.kind IN ('office', 'desk')")
    out["organisations_by_commune"] = {c or "not_recorded": n for c, n in x.q(f"""
        SELECT o.city, COUNT(*) FROM organization o
        WHERE (o.archived_at IS NULL OR o.archived_at >= :eu) AND EXISTS (
          SELECT 1 FROM person_organization po JOIN person p ON p.id = po.person_id
          WHERE po.organization_id = o.id AND {x.ACTIVE.replace('joined_on', 'p.joined_on')
                                                .replace('archived_at', 'p.archived_at')})
        GROUP BY o.city""")}
    # incubation
    S = x.STATUS
    current = f"{S} SELECT * FROM st WHERE status IS NOT NULL AND end_on >= :s"
    by_status = dict(x.q(f"SELECT status, COUNT(*) FROM ({current}) GROUP BY status"))
    out["startups_by_status"] = {s: by_status.get(s, 0) for s in (
        "applied", "shortlisted", "selected", "incubated", "graduated", "dropped", "rejected")}
    out["applications_received"] = x.one("SELECT COUNT(*) FROM enrollment WHERE applied_on >= :s"
                                         " AND applied_on < :e")
    out["applications_selected"] = x.one(
        "SELECT COUNT(DISTINCT enrollment_id) FROM enrollment_event WHERE to_status = "
        "'selected' AND at >= :su AND at < :eu")
    out["startups_accompanied"] = x.one(f"SELECT COUNT(*) FROM ({x.ACCOMPANIED})")
    out["milestones_reached"] = x.one("SELECT COUNT(*) FROM milestone WHERE reached_on >= :s "
                                      "AND reached_on < :e")
    late_sql = (f"{S} SELECT m.enrollment_id, COUNT(*) FROM milestone m JOIN st "
                "ON st.id = m.enrollment_id WHERE st.status = 'incubated' AND m.due_on < :e "
                "AND (m.reached_on IS NULL OR m.reached_on >= :e) GROUP BY 1")
    late = dict(x.q(late_sql))
    out["milestones_late"] = sum(late.values())
    sessions, minutes = x.q("SELECT COUNT(*), COALESCE(SUM(duration_minutes), 0) FROM "
                            "mentoring_session WHERE held_on >= :s AND held_on < :e")[0]
    out["mentoring_sessions"], out["mentoring_hours"] = sessions, r(minutes, 60)
    budget = x.one(f"{S} SELECT COALESCE(SUM(budget), 0) FROM st WHERE status = 'incubated'")
    used = x.one(f"{S} SELECT COALESCE(SUM(ms.duration_minutes), 0) FROM mentoring_session ms "
                 "JOIN mentor_assignment a ON a.id = ms.assignment_id JOIN st "
                 "ON st.id = a.enrollment_id WHERE st.status = 'incubated' AND ms.held_on < :e")
    out["mentoring_budget_hours"] = r(budget, 60)
    out["mentoring_used_hours"] = r(used, 60)
    out["mentoring_budget_used"] = r(used * 100, budget)
    out["jobs_created"] = r(sum(x.latest("jobs_created_fte100").values()), 100, 2)
    out["headcount"] = sum(x.latest("headcount").values())
    out["revenue"] = x.inside("revenue_cents")
    out["funds_raised"] = {k: x.inside(f"raised_{k}_cents")
                           for k in ("honour_loan", "grant", "equity", "bank_loan")}
    women = x.latest("women_founders")
    founders = sum(x.one(f"SELECT COUNT(*) FROM person_organization WHERE role = 'founder' "
                         f"AND organization_id = {org}") for org in women)
    out["women_founders_share"] = r(sum(women.values()) * 100, founders)
    for key, months in (("survival_1y", 12), ("survival_3y", 36), ("survival_5y", 60)):
        out[key] = x.survival(months)[0]
    reached = dict(x.q("SELECT enrollment_id, COUNT(*) FROM milestone WHERE reached_on >= :s "
                       "AND reached_on < :e GROUP BY 1"))
    out["startups"] = [(name, cohort, status, reached.get(eid, 0), late.get(eid, 0))
                       for eid, name, cohort, status in x.q(
                           f"SELECT id, startup, cohort, status FROM ({current})")]
    out["cohorts"] = {c: (a, i, g) for c, a, i, g in x.q("""
        SELECT c.name, COUNT(*), COUNT(DISTINCT CASE WHEN e.incubation_start < :e
               THEN e.organization_id END), COALESCE(SUM(e.graduated_on < :e), 0)
        FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
        WHERE c.start_on < :e AND e.applied_on < :e GROUP BY c.name""")}
    return out


@pytest.fixture(scope="module")
def con(report_demo: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(report_demo)
    yield c
    c.close()


@pytest.fixture(scope="module", params=PERIODS)
def case(request: pytest.FixtureRequest, demo_engine: Engine,
         con: sqlite3.Connection) -> tuple[IndicatorSet, dict[str, Any]]:
    period = parse_period(request.param)
    return compute(demo_engine, period, now=NOW), expected(Expect(con, request.param))


# the money and events sections are recomputed in test_money_indicators.py and
# test_event_indicators.py
CORE = ("space", "members", "incubation")
SCALARS = [k for k, ind in REGISTRY.items() if ind.shape == "scalar" and ind.section in CORE]


@pytest.mark.parametrize("key", SCALARS)
def test_scalar_indicator_matches_plain_sql(case: tuple[IndicatorSet, dict[str, Any]],
                                            key: str) -> None:
    got, want = case
    assert got[key] == want[key], (got.period.key, key)


@pytest.mark.parametrize("key", [k for k, ind in REGISTRY.items()
                                 if ind.shape in ("breakdown", "grid") and ind.section in CORE])
def test_breakdowns_match_plain_sql(case: tuple[IndicatorSet, dict[str, Any]],
                                    key: str) -> None:
    got, want = case
    value = got[key]
    if isinstance(value, dict):
        assert {k: v for k, v in value.items() if v} == {k: v for k, v in want[key].items()
                                                        if v}, key
    else:
        assert value == want[key], key


def test_startups_and_cohorts_tables(case: tuple[IndicatorSet, dict[str, Any]]) -> None:
    got, want = case
    rows = sorted((r["startup"], r["cohort"], r["status"], r["milestones_reached"],
                   r["milestones_late"]) for r in got["startups"])
    assert rows == sorted(want["startups"])
    cohorts = {c["cohort"]: (c["applications"], c["incubated"], c["graduated"])
               for c in got["cohorts"]}
    assert cohorts == want["cohorts"]


def test_top_and_bottom_follow_the_occupancy(case: tuple[IndicatorSet, dict[str, Any]]
                                             ) -> None:
    got, _ = case
    ranked = sorted(((v, k) for k, v in got["occupancy_by_resource"].items() if v is not None),
                    key=lambda p: (-p[0], p[1]))
    assert [r["resource"] for r in got["top_resources"]] == [k for _, k in ranked[:3]]
    assert got["bottom_resources"][0]["occupancy"] == ranked[-1][0]


def test_the_demo_gives_meaningful_figures(case: tuple[IndicatorSet, dict[str, Any]]) -> None:
    """Guards the comparison above against vacuous zeros."""
    got, _ = case
    assert got["bookings"] > 100 and got["booked_hours"] > 100
    assert 0 < got["occupancy"] < 100 and got["active_members"] > 100
    assert got["survival_5y"] is None          # not recorded, never invented
    assert got.values["survival_1y"].detail["known"] >= 5
    if got.period.key in ("2026-10", "2026"):
        assert got["mentoring_hours"] > 0 and got["milestones_reached"] > 0
        assert got["revenue"] > 0 and got["women_founders_share"] is not None


@pytest.mark.parametrize("site", [None, 1])
def test_the_sqlite_fast_read_of_bookings_equals_the_portable_one(
        demo_engine: Engine, site: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report reads a period's bookings as plain rows on SQLite: the same rows as
    through SQLAlchemy, instants included (a DST month)."""
    from tierslieu.db.engine import transaction
    from tierslieu.reports.indicators.data import PeriodData
    from tierslieu.services import bookings_fast

    def read() -> list[Any]:
        with transaction(demo_engine, readonly=True) as s:
            found = PeriodData(s, parse_period("2026-03"), site, now=NOW).bookings
        return sorted(found, key=lambda b: (b.start, b.resource_id, b.person_id or 0))

    fast = read()
    monkeypatch.setattr(bookings_fast, "ENABLED", False)
    portable = read()
    assert len(fast) > 500 and fast == portable
    assert all(b.start.tzinfo is not None for b in fast[:10])
