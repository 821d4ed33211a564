"""The events and visits indicators of the demo recomputed with plain SQL (sqlite3), then
again after a cancelled event, a new trainee checked in and visitors coming back under
another spelling; printed in the monthly (« Événements ») and annual (activity) reports.

The demo holds a year of events of every kind and three weeks of visits (4 to 25
November 2026), so October has events but no visits and November has both.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from tests.conftest import copy_sqlite
from tests.reports.conftest import NOW
from tests.reports.test_report_pdfs import norm, pages
from tierslieu.db.engine import make_engine
from tierslieu.db.models.events import EVENT_KINDS
from tierslieu.reports import build, fmt
from tierslieu.reports.indicators import REGISTRY, IndicatorSet, compute
from tierslieu.reports.period import Period, parse_period

PARIS = ZoneInfo("Europe/Paris")
FMT = "%Y-%m-%d %H:%M:%S.%f"
PERIODS = ["2025-10", "2026-03", "2026-10", "2026-11", "2026"]
KEYS = [k for k, ind in REGISTRY.items() if ind.section == "events"]


def _key(text: str) -> str:
    """Case and accents ignored (written here, not imported from the code under test)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def expected(con: sqlite3.Connection, key: str) -> dict[str, Any]:
    if len(key) == 4:
        start, end = date(int(key), 1, 1), date(int(key) + 1, 1, 1)
    else:
        y, m = map(int, key.split("-"))
        start, end = date(y, m, 1), date(y + (m == 12), m % 12 + 1, 1)
    su, eu = (datetime.combine(d, time(0), PARIS).astimezone(UTC).strftime(FMT)
              for d in (start, end))
    p = {"su": su, "eu": eu}

    def q(sql: str) -> list[tuple[Any, ...]]:
        return con.execute(sql, p).fetchall()

    held = ("SELECT id FROM event WHERE status != 'cancelled' AND start_at >= :su "
            "AND start_at < :eu")
    out: dict[str, Any] = {}
    by_kind = dict.fromkeys(EVENT_KINDS, 0)
    by_kind.update(dict(q(f"SELECT kind, COUNT(*) FROM event WHERE id IN ({held}) "
                          "GROUP BY kind")))
    out["events_by_kind"] = by_kind
    out["events"] = sum(by_kind.values())
    registered, attended = q(f"""
        SELECT COALESCE(SUM(status = 'registered'), 0),
               COALESCE(SUM(status = 'registered' AND checked_in_at IS NOT NULL), 0)
        FROM registration WHERE event_id IN ({held})""")[0]
    out["event_registrations"], out["event_attendees"] = registered, attended
    places = q(f"SELECT COALESCE(SUM(capacity), 0) FROM event WHERE id IN ({held})")[0][0]
    out["event_fill_rate"] = (float((Decimal(registered * 100) / places).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP)) if places else None)
    out["fill_detail"] = {"registrations": registered, "places": places}
    out["people_trained"] = q(f"""
        SELECT COUNT(DISTINCT r.attendee_key) FROM registration r JOIN event e
        ON e.id = r.event_id WHERE e.id IN ({held}) AND e.kind IN ('training', 'bootcamp',
        'workshop') AND r.status = 'registered' AND r.checked_in_at IS NOT NULL""")[0][0]
    out["event_list"] = [row for row in q(f"""
        SELECT e.title, e.kind, e.capacity,
               (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id
                AND r.status = 'registered'),
               (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id
                AND r.status = 'waitlisted'),
               (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id
                AND r.status = 'registered' AND r.checked_in_at IS NOT NULL)
        FROM event e WHERE e.id IN ({held}) ORDER BY e.start_at, e.id""")]
    visits = "FROM visit WHERE arrived_at >= :su AND arrived_at < :eu"
    kinds = {"member": 0, "visitor": 0, "guest": 0}
    kinds.update(dict(q(f"SELECT kind, COUNT(*) {visits} GROUP BY kind")))
    out["visits_by_kind"] = kinds
    out["visits"] = sum(kinds.values())
    members = q(f"SELECT COUNT(DISTINCT person_id) {visits} AND kind = 'member'")[0][0]
    outsiders = {_key(mail) if mail.strip() else (_key(name), _key(company))
                 for mail, name, company in q(f"SELECT visitor_email, visitor_name, "
                                              f"visitor_company {visits} AND kind != 'member'")}
    out["unique_visitors"] = members + len(outsiders)
    return out


def assert_same(got: IndicatorSet, want: dict[str, Any]) -> None:
    key = got.period.key
    for name in KEYS:
        if name == "event_list":
            rows = [(e["title"], e["kind"], e["capacity"], e["registered"], e["waitlisted"],
                     e["attended"]) for e in got[name]]
            assert rows == want[name], key
        else:
            assert got[name] == want[name], (key, name)
    assert got.values["event_fill_rate"].detail == want["fill_detail"], key


@pytest.fixture(scope="module")
def con(report_demo: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(report_demo)
    yield c
    c.close()


@pytest.mark.parametrize("key", PERIODS)
def test_event_indicators_match_plain_sql(demo_engine: Engine, con: sqlite3.Connection,
                                          key: str) -> None:
    assert_same(compute(demo_engine, parse_period(key), keys=KEYS, now=NOW),
                expected(con, key))


def test_the_demo_gives_meaningful_event_figures(demo_engine: Engine) -> None:
    """Guards the comparison above against vacuous zeros."""
    oct_, nov, year = (compute(demo_engine, p, keys=KEYS, now=NOW)
                       for p in (Period(2026, 10), Period(2026, 11), Period(2026)))
    assert oct_["events"] >= 5 and oct_["event_attendees"] > 20 and oct_["visits"] == 0
    assert 0 < oct_["event_fill_rate"] <= 100 and oct_["people_trained"] > 0
    assert nov["visits"] > 100 and all(nov["visits_by_kind"].values())
    assert nov["visits"] > nov["unique_visitors"] > 20
    assert year["events"] > 50 and all(year["events_by_kind"].values())
    # a person trained twice in the year counts once
    assert year["people_trained"] < sum(
        compute(demo_engine, m, keys=["people_trained"], now=NOW)["people_trained"]
        for m in Period(2026).months())
    one_site = compute(demo_engine, Period(2026, 11), "La Fabrique du Lien", keys=KEYS,
                       now=NOW)
    assert one_site["visits"] == nov["visits"] and one_site["events"] == nov["events"]


@pytest.fixture(scope="module")
def changed(report_demo: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[tuple[Engine, sqlite3.Connection, dict[str, Any]]]:
    """A copy of the demo where October's bootcamp is cancelled, an outside person is
    registered and checked in at a November training, a visitor comes twice under two
    spellings of her e-mail and a guest without e-mail twice under two spellings."""
    from tierslieu.services import events, visits
    from tierslieu.services.visits import VisitorInput

    path = copy_sqlite(report_demo, tmp_path_factory.mktemp("events") / "demo.sqlite")
    engine = make_engine(path)
    october = events.list_events(engine, start=datetime(2026, 10, 1, tzinfo=UTC),
                                 end=datetime(2026, 11, 1, tzinfo=UTC))
    bootcamp = next(e for e in october if e.kind == "bootcamp" and e.local_start.month == 10)
    events.cancel_event(engine, bootcamp.id, now=datetime(2026, 10, 1, tzinfo=UTC))
    november = events.list_events(engine, start=datetime(2026, 11, 1, tzinfo=UTC),
                                  end=datetime(2026, 11, 25, tzinfo=UTC))
    training = next(e for e in november if e.kind == "training" and e.local_start.month == 11
                    and e.registered < e.capacity)
    reg = events.register(engine, training.id, name="Zoé Nouvelle", email="zoe@example.org",
                          now=datetime(2026, 11, 1, 9, tzinfo=UTC))
    events.check_in(engine, reg.id, now=training.start_at)
    con = sqlite3.connect(path)
    host = con.execute("SELECT host_person_id FROM visit WHERE host_person_id IS NOT NULL "
                       "LIMIT 1").fetchone()[0]
    day = datetime(2026, 11, 10, 9, tzinfo=UTC)
    for name, mail, company, kind in (
            ("Élodie Martin", "Elodie.Martin@Example.org", "", "visitor"),
            ("Elodie MARTIN", "elodie.martin@example.org", "", "visitor"),
            ("Jean Dupont", "", "ACME", "guest"), ("jean dupont", "", "Acme", "guest")):
        visits.register_visitor(engine, VisitorInput(name, host, company, mail, kind=kind),
                                now=day)
    yield engine, con, {"bootcamp": bootcamp, "training": training}
    con.close()
    engine.dispose()


@pytest.mark.parametrize("key", ["2026-10", "2026-11", "2026"])
def test_changes_match_plain_sql(changed: tuple[Engine, sqlite3.Connection, dict[str, Any]],
                                 key: str) -> None:
    engine, con, _ = changed
    assert_same(compute(engine, parse_period(key), keys=KEYS, now=NOW), expected(con, key))


def test_changes_move_the_right_figures(
        changed: tuple[Engine, sqlite3.Connection, dict[str, Any]],
        demo_engine: Engine) -> None:
    engine, _, made = changed
    oct_, nov = Period(2026, 10), Period(2026, 11)
    before, after = (compute(e, oct_, keys=KEYS, now=NOW) for e in (demo_engine, engine))
    bootcamp = made["bootcamp"]
    assert after["events"] == before["events"] - 1
    assert after["events_by_kind"]["bootcamp"] == before["events_by_kind"]["bootcamp"] - 1
    assert after["event_registrations"] == before["event_registrations"] - bootcamp.registered
    assert bootcamp.title not in [e["title"] for e in after["event_list"]]
    before, after = (compute(e, nov, keys=KEYS, now=NOW) for e in (demo_engine, engine))
    assert after["event_registrations"] == before["event_registrations"] + 1
    assert after["event_attendees"] == before["event_attendees"] + 1
    assert after["people_trained"] == before["people_trained"] + 1
    assert after["visits"] == before["visits"] + 4
    assert after["visits_by_kind"]["guest"] == before["visits_by_kind"]["guest"] + 2
    assert after["unique_visitors"] == before["unique_visitors"] + 2   # two people, not four


def test_english_monthly_report_has_an_events_section(demo_engine: Engine,
                                                     tmp_path: Path) -> None:
    """The French monthly report is read in test_report_pdfs (every figure of its JSON);
    here the English one of a month with visits."""
    nov = compute(demo_engine, Period(2026, 11), keys=KEYS, now=NOW)
    pdf = build("monthly", demo_engine, month="2026-11", lang="en", out=tmp_path / "en.pdf",
                now=NOW)
    text = " ".join(pages(pdf))
    for heading in ("Events", "Events of the month", "Events by kind", "Front desk",
                    "Kind of visit", "Event fill rate", "People trained", "Unique visitors"):
        assert heading in text, heading
    assert "Événements" not in text and "Accueil" not in text
    for key in KEYS:
        v, shape = nov.values[key], REGISTRY[key].shape
        values = ([v.value] if shape == "scalar" else list(v.value.values())
                  if shape == "breakdown" else [])
        for value in values:
            assert norm(fmt.value(value, v.unit, "en")) in text, (key, value)
    for e in nov["event_list"]:
        assert norm(e["title"]) in text, e["title"]


def test_annual_report_counts_people_trained(demo_engine: Engine,
                                            annual_2026: list[str]) -> None:
    texts = annual_2026
    text = " ".join(texts)
    year = compute(demo_engine, Period(2026), keys=KEYS, now=NOW)
    assert "Événements et accueil" in texts[1]                  # in the table of contents
    trained = norm(fmt.value(year["people_trained"], "people", "fr"))
    assert f"Personnes formées {trained}" in text
    assert "Personnes formées non renseigné" not in text
    for key in ("events", "event_registrations", "event_attendees", "event_fill_rate",
                "visits", "unique_visitors"):
        assert norm(fmt.value(year[key], year.values[key].unit, "fr")) in text, key
    for n in year["events_by_kind"].values():
        assert norm(fmt.value(n, "events", "fr")) in text
    assert "Événements par mois" in text and "conservé 365 jours" in text


def test_open_data_has_event_aggregates_only(demo_engine: Engine) -> None:
    import json

    from tierslieu.io.opendata import public_keys, rows_of

    nov = compute(demo_engine, Period(2026, 11), keys=[*public_keys(), "event_list"], now=NOW)
    rows = list(rows_of(nov, provisional=True))
    published = {r["indicator"] for r in rows}
    assert set(KEYS) - published == {"event_list"}           # no list of events
    by = {(r["indicator"], r["dimension"]): r for r in rows}
    assert by[("visits", "all")]["value"] == nov["visits"]
    assert by[("events_by_kind", "hackathon")]["suppressed"]  # 1 event: under 5
    text = json.dumps(rows, ensure_ascii=False)
    assert not any(e["title"] in text for e in nov["event_list"])

