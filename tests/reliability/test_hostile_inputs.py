"""Hostile input everywhere (issue 10, item 8): random and nasty values thrown at the
services and the CSV importer. Only domain errors (``TiersLieuError``) may come out, and
a refused call leaves every table exactly as it was (row counts compared table by
table). Each value tried is counted in the reliability summary ("bad inputs tried").
"""

from __future__ import annotations

import string
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tierslieu.db.engine import transaction
from tierslieu.db.models import Base
from tierslieu.errors import TiersLieuError
from tierslieu.services import bookings, member_import, members, organizations, sites, spaces
from tierslieu.services.billing import plans
from tierslieu.services.billing.dto import PlanInput
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.services.spaces import ResourceInput

NASTY = [
    "", " ", "\t", "\r\n", "\x00", "a\x00b", "\x1b[31m", "\u202eevil", "\ufeff", "\u200b",
    "💩", "👩🏽‍💻" * 50, "é" * 201, "x" * 1_000_000,               # 1 MB of text
    "'; DROP TABLE person; --", "Robert'); DELETE FROM booking; --", "\" OR 1=1 --",
    "%", "_", "\\", "%_\\'\"", "=HYPERLINK(\"http://x\")", "+33 6", "-1", "NaN", "None",
    "null", "<script>alert(1)</script>", "../../etc/passwd", "\ud800", "Ǆ" * 10,
    "１２３４", "٣٤٥", "@", "a@", "@b.fr", "a@b", "a" * 64 + "@" + "b" * 250 + ".fr",
]
hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", categories=("Cc", "Cf", "Zs", "So")),
            max_size=20),
    st.tuples(st.sampled_from(NASTY), st.text(max_size=10)).map("".join),
)
optional_text = st.one_of(st.none(), hostile_text)
far_dates = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                 timezones=st.just(UTC)),
    st.just(datetime(2026, 3, 29, 2, 30)),        # does not exist in Paris
    st.just(datetime(2026, 10, 25, 2, 30)),       # exists twice in Paris
    st.datetimes(min_value=datetime(2026, 12, 1), max_value=datetime(2026, 12, 31)),
)
big_ints = st.one_of(st.integers(min_value=-(2**63), max_value=2**63),
                     st.sampled_from([0, -1, 1, 2**31, -(2**31), 10**30]))
SETTINGS = settings(max_examples=40, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.large_base_example,
                                           HealthCheck.data_too_large])


def counts(engine: Any) -> dict[str, int]:
    with transaction(engine, readonly=True) as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables}


def attempt(engine: Any, recorder: Any, call: Any) -> bool:
    """Run ``call``: a domain error leaves every table as it was; anything else fails."""
    recorder.bad_input()
    before = counts(engine)
    try:
        call()
    except TiersLieuError as exc:
        assert exc.message("fr") and exc.message("en")
        after = counts(engine)
        assert after == before, {t: (before[t], after[t]) for t in after if after[t] != before[t]}
        return False
    return True


@pytest.fixture
def world(sqlite_engine: Any) -> dict[str, Any]:
    e = sqlite_engine
    site = sites.create(e, "La Fabrique")
    room = spaces.create_resource(e, ResourceInput(site.id, "Salle Curie", "meeting_room",
                                                   capacity=8))
    spaces.set_opening_hours(e, site.id, {d: [(time(8), time(20))] for d in range(7)})
    person = members.create(e, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                           email="helene@exemple.fr"))
    organizations.create(e, OrganizationInput(name="Kinésens", kind="startup"))
    return {"e": e, "room": room.id, "person": person.id, "site": site.id}


@SETTINGS
@given(first=optional_text, last=optional_text, email=optional_text, phone=optional_text,
       notes=optional_text, category=optional_text, joined=optional_text, org=optional_text,
       role=optional_text, tags=st.lists(hostile_text, max_size=4))
def test_members_create(world: dict[str, Any], recorder: Any, first: Any, last: Any,
                        email: Any, phone: Any, notes: Any, category: Any, joined: Any,
                        org: Any, role: Any, tags: list[str]) -> None:
    e = world["e"]
    data = PersonInput(first_name=first, last_name=last, email=email, phone=phone, notes=notes,
                       public_category=category, joined_on=joined, organization=org, role=role,
                       tags=tuple(tags))
    if attempt(e, recorder, lambda: members.create(e, data)):
        assert members.count(e) >= 2


@SETTINGS
@given(name=optional_text, kind=optional_text, siret=optional_text, vat=optional_text,
       email=optional_text, phone=optional_text, website=optional_text, city=optional_text,
       notes=optional_text)
def test_organizations_create(world: dict[str, Any], recorder: Any, name: Any, kind: Any,
                              siret: Any, vat: Any, email: Any, phone: Any, website: Any,
                              city: Any, notes: Any) -> None:
    e = world["e"]
    data = OrganizationInput(name=name, kind=kind, siret=siret, vat_number=vat, email=email,
                             phone=phone, website=website, city=city, notes=notes)
    attempt(e, recorder, lambda: organizations.create(e, data))


@SETTINGS
@given(resource=st.one_of(st.just("room"), big_ints), start=far_dates,
       length=st.one_of(st.timedeltas(min_value=timedelta(days=-400),
                                      max_value=timedelta(days=400)),
                        st.just(timedelta(hours=1))),
       person=st.one_of(st.none(), st.just("person"), big_ints), title=hostile_text,
       attendees=big_ints, as_staff=st.booleans(), fold=st.sampled_from([None, 0, 1, 7]))
def test_bookings_create(world: dict[str, Any], recorder: Any, resource: Any, start: datetime,
                         length: timedelta, person: Any, title: str, attendees: int,
                         as_staff: bool, fold: Any) -> None:
    e = world["e"]
    rid = world["room"] if resource == "room" else resource
    pid = world["person"] if person == "person" else person
    try:
        end = start + length
    except OverflowError:
        end = start
    req = BookingRequest(rid, start, end, pid, title, attendees, as_staff, fold)
    attempt(e, recorder, lambda: bookings.create(e, req, now=datetime(2026, 11, 30,
                                                                      tzinfo=UTC)))


@SETTINGS
@given(name=hostile_text, kind=hostile_text, price=big_ints, vat=big_ints, room=big_ints,
       validity=st.one_of(st.none(), big_ints))
def test_negative_and_absurd_prices(world: dict[str, Any], recorder: Any, name: str,
                                    kind: str, price: int, vat: int, room: int,
                                    validity: Any) -> None:
    e = world["e"]
    attempt(e, recorder, lambda: plans.create(e, PlanInput(
        name=name, kind=kind, price_cents=price, vat_rate_bp=vat, room_minutes=room,
        validity_days=validity)))
    attempt(e, recorder, lambda: spaces.create_resource(e, ResourceInput(
        world["site"], name or "x", "meeting_room", capacity=room % 50,
        hourly_price_cents=price, daily_price_cents=vat)))


csv_cells = st.one_of(hostile_text, st.text(alphabet=";,\"'\n\r\t" + string.ascii_letters,
                                            max_size=30))


@SETTINGS
@given(header=st.lists(st.one_of(st.sampled_from(["Nom", "Prénom", "E-mail", "Téléphone",
                                                  "Organisation", "Rôle", "Tags", "Notes",
                                                  "Date d'adhésion", "Catégorie"]),
                                 hostile_text), min_size=0, max_size=8),
       rows=st.lists(st.lists(csv_cells, max_size=9), max_size=6),
       sep=st.sampled_from([";", ",", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
       garbage=st.one_of(st.none(), st.binary(max_size=300)),
       skip_invalid=st.booleans())
def test_csv_importer(world: dict[str, Any], recorder: Any, tmp_path_factory: Any,
                      header: list[str], rows: list[list[str]], sep: str, encoding: str,
                      garbage: bytes | None, skip_invalid: bool) -> None:
    e = world["e"]
    path = Path(tmp_path_factory.mktemp("csv")) / "hostile.csv"
    if garbage is not None:
        path.write_bytes(garbage)
    else:
        lines = [sep.join(header)] + [sep.join(r) for r in rows]
        path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    attempt(e, recorder, lambda: member_import.import_file(e, path,
                                                           skip_invalid=skip_invalid))


def test_the_world_survived(world: dict[str, Any]) -> None:
    """The fixture's data is what the hostile tests started from (a sanity check of the
    fixture itself, run alone)."""
    e = world["e"]
    assert members.count(e) == 1 and len(organizations.search(e)) == 1
    assert bookings.between(e, datetime(2026, 1, 1, tzinfo=UTC),
                            datetime(2027, 1, 1, tzinfo=UTC)) == []
    assert date(2026, 12, 1).isoformat() == "2026-12-01"
