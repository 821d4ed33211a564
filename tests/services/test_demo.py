"""The demo tiers-lieu: realistic, valid, reproducible, and never silently destructive."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from tests.conftest import copy_sqlite
from tierslieu.db.engine import make_engine, transaction
from tierslieu.db.models import (
    Booking,
    Consent,
    Enrollment,
    KpiRecord,
    Milestone,
    Organization,
    Person,
    PersonOrganization,
    Site,
    Tag,
)
from tierslieu.db.models.organization import ORG_KINDS
from tierslieu.errors import ConflictError, ValidationError
from tierslieu.services import demo, members, organizations
from tierslieu.services import incubation as inc
from tierslieu.services import validation as v
from tierslieu.services.dto import MemberQuery, OrganizationInput, PersonInput
from tierslieu.text import fold


def _snapshot(engine: Engine) -> list[tuple]:
    """Everything the seed decides, without ids or creation times."""
    with transaction(engine) as s:
        people = s.execute(select(
            Person.first_name, Person.last_name, Person.email, Person.phone,
            Person.public_category, Person.joined_on, Person.status, Person.archived_at,
            Person.notes).order_by(Person.email)).all()
        links = s.execute(select(Person.email, Organization.name, PersonOrganization.role,
                                 PersonOrganization.since)
                          .join(PersonOrganization, PersonOrganization.person_id == Person.id)
                          .join(Organization).order_by(Person.email, Organization.name)).all()
        consents = s.execute(select(Person.email, Consent.kind, Consent.granted, Consent.at)
                             .join(Consent).order_by(Person.email, Consent.id)).all()
        orgs = s.execute(select(Organization.name, Organization.siret, Organization.phone)
                         .order_by(Organization.name)).all()
        bookings = s.execute(select(Booking.resource_id, Booking.person_id, Booking.start_at,
                                    Booking.end_at, Booking.status).order_by(Booking.id)).all()
        incubation = s.execute(select(Organization.name, Enrollment.status, Enrollment.applied_on,
                                      Milestone.name, Milestone.due_on, Milestone.reached_on)
                               .select_from(Milestone)
                               .join(Enrollment, Enrollment.id == Milestone.enrollment_id)
                               .join(Organization, Organization.id == Enrollment.organization_id)
                               .order_by(Milestone.id)).all()
        kpis = s.execute(select(KpiRecord.period, KpiRecord.headcount, KpiRecord.revenue_cents)
                         .order_by(KpiRecord.id)).all()
    return [tuple(r) for r in [*people, *links, *consents, *orgs, *bookings, *incubation,
                               *kpis]]


def test_summary_matches_the_database_and_progress_reaches_the_total(
        demo_engine: Engine, demo_generation: tuple[Any, list[tuple[int, int]]]) -> None:
    """The run's own generation of the demo on each backend (a copy of what it wrote):
    generating it again here took 20 s on PostgreSQL."""
    engine = demo_engine
    summary, calls = demo_generation
    assert calls[-1] == (200, 200)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert summary.people == members.count(engine) == 200
    assert summary.organizations == 25
    assert summary.archived == members.count(engine, "archived") > 0
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).select_from(Consent)) == summary.consents
        assert s.scalar(select(func.count()).select_from(Tag)) == summary.tags >= 10
        site = s.scalars(select(Site)).one()
    assert (site.name, site.timezone) == ("La Fabrique du Lien", "Europe/Paris")


def test_organisations_of_every_kind_with_valid_identifiers(demo_read: Engine) -> None:
    rows = organizations.search(demo_read)
    assert Counter(r.kind for r in rows).keys() == set(ORG_KINDS)
    assert any("France Travail" in r.name for r in rows)
    for r in rows:
        if r.siret:
            assert v.siret(r.siret) == r.siret
        if r.vat_number:
            assert v.vat_number(r.vat_number) == r.vat_number and r.kind in ("startup",
                                                                              "company")
    startups = [r for r in rows if r.kind == "startup"]
    assert all(r.vat_number for r in startups)
    with transaction(demo_read) as s:
        founded = set(s.scalars(select(PersonOrganization.organization_id)
                                .where(PersonOrganization.role == "founder")))
        founders_categories = set(s.scalars(
            select(Person.public_category).join(PersonOrganization)
            .where(PersonOrganization.role == "founder")))
    assert {r.id for r in startups} <= founded  # every startup has its founder(s)
    assert founders_categories == {"entrepreneur"}


def test_people_are_realistic_and_valid(demo_read: Engine) -> None:
    people = members.search(demo_read, MemberQuery(status="all"))
    names = [(p.first_name, p.last_name) for p in people]
    for first, last in names:
        assert unicodedata.normalize("NFC", first + last) == first + last
    firsts, lasts = {f for f, _ in names}, {last for _, last in names}
    assert {"Thị Hằng", "小明", "محمد", "Ólafur", "Jean-Baptiste"} <= firsts
    assert {"N'Diaye", "de La Tour d'Auvergne", "Martin-Lefèvre", "Nguyễn"} <= lasts
    emails = [p.email for p in people]
    assert len(set(emails)) == len(emails) == 200
    assert all(e.isascii() and e == e.lower() and v.email(e) == e for e in emails)
    phones = [v.phone(p.phone) for p in people if p.phone]
    assert len(phones) > 150 and all(ph[:4] in ("+336", "+337") for ph in phones)
    earliest = demo.REFERENCE_DATE - timedelta(days=3 * 366)
    assert all(earliest <= p.joined_on <= demo.REFERENCE_DATE for p in people)
    assert len({p.public_category for p in people}) >= 7
    assert sum(1 for p in people if p.tags) > 100


def test_the_helenes_are_exactly_what_a_search_finds(demo_read: Engine) -> None:
    everyone = members.search(demo_read, MemberQuery(status="all"))
    helenes = {p.id for p in everyone if "helene" in fold(p.first_name + p.last_name)}
    assert len(helenes) >= 3
    found = members.search(demo_read, MemberQuery(text="hélène", status="all"))
    assert {p.id for p in found} == helenes
    assert {p.first_name for p in found} == {"Hélène", "Marie-Hélène"}


def test_consents_have_dates_and_history(demo_read: Engine) -> None:
    with transaction(demo_read) as s:
        rows = s.execute(select(Consent.person_id, Consent.kind, Consent.granted, Consent.at)
                         .order_by(Consent.person_id, Consent.id)).all()
    limit = datetime(2026, 11, 26, tzinfo=UTC)
    assert all(r.at.tzinfo is not None and r.at < limit for r in rows)
    # directory consents come from the front-desk demo (demo_events), for some people only
    assert any(r.kind == "directory" for r in rows)
    rows = [r for r in rows if r.kind != "directory"]
    per_person = Counter(r.person_id for r in rows)
    assert set(per_person.values()) <= {2, 3} and 3 in per_person.values()  # some withdrew
    assert {r.kind for r in rows} == {"photo", "newsletter"}
    assert {True, False} == {r.granted for r in rows if r.kind == "photo"}


def test_same_seed_same_data(template_db: Path, demo_template: Path, tmp_path: Path) -> None:
    """People, consents, organisations, bookings, milestones and KPIs: all from the seed.

    (Another seed gives other data: test_replace_wipes_then_regenerates.)"""
    engine = make_engine(copy_sqlite(template_db, tmp_path / "again.sqlite"))
    demo.generate(engine, seed=1)
    again = _snapshot(engine)
    engine.dispose()
    first = make_engine(demo_template)
    try:
        assert again == _snapshot(first) and len(again) > 20_000
    finally:
        first.dispose()


def test_refuses_a_database_that_is_not_empty(demo_sqlite_engine: Engine) -> None:
    demo_engine = demo_sqlite_engine
    before = _snapshot(demo_engine)
    with pytest.raises(ConflictError) as caught:
        demo.generate(demo_engine, seed=2)
    assert caught.value.exit_code == 3 and caught.value.key == "db_not_empty"
    assert "200 personne(s)" in caught.value.message("fr")
    assert _snapshot(demo_engine) == before


def test_refuses_a_database_with_only_organisations(engine: Engine) -> None:
    organizations.create(engine, OrganizationInput(name="Asso", kind="association"))
    with pytest.raises(ConflictError):
        demo.generate(engine)
    assert demo.is_empty(engine) is False


def test_replace_wipes_then_regenerates(demo_engine: Engine) -> None:
    first = _snapshot(demo_engine)
    members.create(demo_engine, PersonInput(first_name="En", last_name="Trop",
                                                    tags=("Tag à part",)))
    summary = demo.generate(demo_engine, seed=2, replace=True)
    assert summary.people == members.count(demo_engine) == 200
    assert "Tag à part" not in members.all_tags(demo_engine)
    assert _snapshot(demo_engine) != first
    with transaction(demo_engine) as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 1
    # the incubator is made again too (one replace for both: 14 s each on PostgreSQL)
    assert len(inc.list_programs(demo_engine)) == 2
    assert len(inc.list_cohorts(demo_engine)) == 3


def test_a_failed_replace_keeps_the_old_data(demo_sqlite_engine: Engine) -> None:
    demo_engine = demo_sqlite_engine
    before = _snapshot(demo_engine)

    def fail_halfway(done: int, total: int) -> None:
        if done >= 100:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        demo.generate(demo_engine, seed=5, replace=True, progress=fail_halfway)
    assert _snapshot(demo_engine) == before  # the wipe was rolled back with the rest


def test_unknown_scale_is_refused(engine: Engine) -> None:
    with pytest.raises(ValidationError):
        demo.generate(engine, scale="huge")
    assert demo.is_empty(engine)


def test_ensure_demo_database_creates_once(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert demo.ensure_demo_database(path) == path
    engine = make_engine(path)
    try:
        assert members.count(engine) == 200
        members.create(engine, PersonInput(first_name="Reste", last_name="Là"))
    finally:
        engine.dispose()
    demo.ensure_demo_database(path)  # not empty: left alone
    engine = make_engine(path)
    try:
        assert members.count(engine) == 201
    finally:
        engine.dispose()
