"""The rules behind the indicators on a tiny hand-made tiers-lieu (SQLite and PostgreSQL):
period bounds in Paris time, holidays and closures in open hours, hot-desk seats,
cancelled and future bookings, members joining and leaving at the boundaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import Booking, Person
from tierslieu.errors import NotFoundError, ValidationError
from tierslieu.reports import fmt
from tierslieu.reports.indicators import REGISTRY, compute
from tierslieu.reports.period import Period, parse_month, parse_period, parse_year
from tierslieu.services import sites, spaces
from tierslieu.services.spaces import ResourceInput

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
NOV, OCT = Period(2026, 11), Period(2026, 10)


def local(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=PARIS).astimezone(UTC)


@dataclass
class World:
    room: int
    open_space: int
    people: list[int]


@pytest.fixture
def world(engine: Engine) -> World:
    site = sites.create(engine, "Site A", city="Lyon")
    spaces.set_opening_hours(engine, site.id, {d: [(time(9), time(17))] for d in range(5)})
    room = spaces.create_resource(engine, ResourceInput(site.id, "Salle <Dupont> & Fils"))
    zone = spaces.create_resource(engine, ResourceInput(site.id, "Open", "hot_desk_zone",
                                                        capacity=2))
    spaces.add_closure(engine, site.id, date(2026, 11, 2), date(2026, 11, 2),
                       resource_id=room.id)
    with transaction(engine) as s:
        people = [
            Person(first_name="Zoé", last_name="Un", joined_on=date(2026, 10, 15),
                   public_category="student", status="active"),
            Person(first_name="Noël", last_name="Deux", joined_on=date(2026, 11, 1),
                   status="active"),
            Person(first_name="Loïc", last_name="Trois", joined_on=date(2025, 1, 1),
                   status="archived", archived_at=local(date(2026, 11, 1), 0, 30)),
            Person(first_name="Anaïs", last_name="Visiteuse", status="active"),
        ]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]

        def book(rid: int, start: datetime, minutes: int, who: int, status: str = "confirmed",
                 checked: bool = False) -> None:
            s.add(Booking(resource_id=rid, person_id=who, start_at=start,
                          end_at=start + timedelta(minutes=minutes), status=status,
                          checked_in_at=start if checked else None))

        book(room.id, local(date(2026, 11, 1), 0, 30), 60, ids[0], checked=True)  # November
        book(room.id, local(date(2026, 10, 31), 23), 30, ids[0])                  # October
        book(room.id, local(date(2026, 11, 3), 10), 120, ids[1], status="no_show")
        book(room.id, local(date(2026, 11, 4), 10), 60, ids[1], status="cancelled")
        book(zone.id, local(date(2026, 11, 3), 9), 480, ids[3], checked=True)
        book(room.id, local(date(2026, 11, 30), 16), 60, ids[3])                  # after NOW
    return World(room.id, zone.id, ids)


def test_space_figures_of_a_month(engine: Engine, world: World) -> None:
    nov = compute(engine, NOV, now=NOW)
    assert nov["opening_days"] == 20             # 21 weekdays less 11 November
    assert nov["bookings"] == 4                  # the cancelled one is not counted
    assert nov["booked_hours"] == 12.0
    room = "Salle <Dupont> & Fils"
    assert nov["open_hours_by_resource"] == {room: 152.0, "Open": 160.0}  # room closed 2/11
    assert nov["occupancy_by_resource"] == {room: 2.6, "Open": 2.5}      # 240/9120, 480/19200
    assert nov["occupancy"] == 2.5                # 720 / (9120 + 2 × 9600)
    assert nov["desk_occupancy"] == 2.5
    assert nov["checked_in_share"] == 81.8       # 540 of the 660 ended minutes
    assert (nov["no_shows"], nov["no_show_rate"]) == (1, 33.3)
    assert nov["unique_users"] == 3
    grid = nov["booking_heatmap"]
    assert grid[6][0] == grid[6][1] == 0.5       # Sunday 1 November, 00:30-01:30 Paris
    assert grid[1][9] == 1.0 and grid[1][10] == 2.0  # Tuesday: a seat 9-17, the room 10-12
    assert compute(engine, OCT, now=NOW)["bookings"] == 1  # 31/10 23:00 Paris


def test_members_join_and_leave_at_the_boundaries(engine: Engine, world: World) -> None:
    oct_, nov = compute(engine, OCT, now=NOW), compute(engine, NOV, now=NOW)
    assert (oct_["active_members"], oct_["new_members"], oct_["left_members"]) == (2, 1, 0)
    assert (nov["active_members"], nov["new_members"], nov["left_members"]) == (2, 1, 1)
    assert nov["members_by_category"] == {"student": 1, "not_recorded": 1}
    assert nov["organisations_by_commune"] == {}


def test_comparisons_site_filter_and_year(engine: Engine, world: World) -> None:
    nov = compute(engine, NOV, "site a", now=NOW, compare=True)
    assert nov.site == "Site A"
    v = nov.values["bookings"]
    assert (v.value, v.previous, v.last_year) == (4, 1, 0)
    data = nov.to_json("en")
    assert data["comparisons"] == {"previous": "2026-10", "last_year": "2025-11"}
    assert data["indicators"]["bookings"] == {"value": 4, "unit": "bookings",
                                              "label": "Bookings", "previous": 1,
                                              "last_year": 0}
    assert "previous" not in data["indicators"]["no_shows"]
    assert compute(engine, Period(2026), now=NOW)["bookings"] == 5
    with pytest.raises(NotFoundError):
        compute(engine, NOV, "Nowhere")


def test_an_empty_database_gives_zeros_and_not_recorded(engine: Engine) -> None:
    got = compute(engine, NOV, now=NOW)
    assert got["bookings"] == 0 and got["occupancy"] is None and got["survival_1y"] is None
    assert got["women_founders_share"] is None and got["startups"] == []


def test_every_indicator_is_defined_in_both_languages() -> None:
    for key, ind in REGISTRY.items():
        assert ind.label_fr and ind.label_en and ind.definition_fr, key
        doc = " ".join((ind.func.__doc__ or "").split())
        assert ind.definition_en and ind.definition_en in doc, key


def test_periods() -> None:
    oct_ = parse_month("2026-10")
    assert (oct_.start, oct_.end, oct_.key) == (date(2026, 10, 1), date(2026, 11, 1), "2026-10")
    assert oct_.label("fr") == "octobre 2026" and oct_.label("en") == "October 2026"
    assert parse_month("2026-01").previous() == Period(2025, 12)
    assert oct_.last_year() == Period(2025, 10)
    start, end = oct_.bounds_utc()
    assert start == datetime(2026, 9, 30, 22, tzinfo=UTC)   # summer time
    assert end == datetime(2026, 10, 31, 23, tzinfo=UTC)    # winter time
    assert parse_period("2026") == parse_year(2026) == Period(2026)
    assert len(Period(2026).months()) == 12
    for bad in ("2026-13", "2026-1", "octobre", "", "1999-01"):
        with pytest.raises(ValidationError) as err:
            parse_month(bad)
        assert err.value.field == "month"
    with pytest.raises(ValidationError):
        parse_year("26")


def test_french_and_english_formatting() -> None:
    nn, nb = "\u202f", "\u00a0"
    assert fmt.value(123456, "cents", "fr") == f"1{nn}234,56{nb}€"
    assert fmt.value(123456, "cents", "en") == "€1,234.56"
    assert fmt.value(3211.0, "hours", "fr") == f"3{nn}211,0{nb}h"
    assert fmt.value(32.3, "percent", "fr") == f"32,3{nb}%"
    assert fmt.value(32.3, "percent", "en") == "32.3%"
    assert fmt.value(1.5, "fte", "fr") == f"1,5{nb}ETP"
    assert fmt.value(None, "people", "fr") == "non renseigné"
    assert fmt.change(188, 183, "people", "fr") == f"+5 (+2,7{nb}%)"
    assert fmt.change(32.3, 33.3, "percent", "fr") == f"-1,0{nb}pts"
    assert fmt.change(5, 5, "people", "fr") == "±0"
    assert fmt.change(5, None, "people", "fr") == "—"
    assert fmt.rounded(1, 20) == 0.1 and fmt.rounded(5, 20) == 0.3  # half up, not to even
