"""The role × action table, action by action, through the real services.

For every action of ``security.PERMISSIONS`` one real service call is made as each role:
a role the table allows gets through (no PermissionDenied; the call does its work), a
role it refuses gets ``PermissionDeniedError`` naming the action. ``OWN`` grants (the
kiosk) are tried twice: for the member the principal acts for (allowed) and for another
member (refused).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tierslieu import security
from tierslieu.db import backup as backups
from tierslieu.db.models import AuditEntry
from tierslieu.errors import PermissionDenied
from tierslieu.io import opendata
from tierslieu.reports import indicators
from tierslieu.reports.period import parse_month
from tierslieu.security import NO, OWN, OWNER, PERMISSIONS, ROLES, YES, Principal
from tierslieu.services import (
    audit,
    auth,
    bookings,
    dashboard,
    directory,
    events,
    gdpr,
    kiosk,
    member_import,
    members,
    mentoring,
    organizations,
    programs,
    settings,
    sites,
    spaces,
    visits,
)
from tierslieu.services.billing import journal, plans
from tierslieu.services.billing.dto import PlanInput
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.services.events import EventInput
from tierslieu.services.incubation_dto import ProgramInput
from tierslieu.services.kiosk import KioskUser
from tierslieu.services.mentoring import MentorInput
from tierslieu.services.spaces import ResourceInput
from tierslieu.services.visits import VisitorInput

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)        # a Tuesday, 10:00 in Paris
DAY = date(2026, 12, 2)
_n = itertools.count(1)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    monkeypatch.setattr(auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                       parallelism=1))


@dataclass
class World:
    engine: Any
    tmp: Path
    site: int
    room: int
    own: int          # the member the kiosk principal acts for
    other: int        # another member
    src_backup: Path
    csv: Path
    prepared: str = ""


@pytest.fixture
def world(engine: Any, tmp_path: Path) -> World:
    e = engine
    site = sites.create(e, "La Fabrique")
    room = spaces.create_resource(e, ResourceInput(site.id, "Salle Lovelace", "meeting_room",
                                                   capacity=8, max_minutes=600))
    spaces.set_opening_hours(e, site.id, {d: [(time(8), time(20))] for d in range(5)})
    own = members.create(e, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                        email="helene@exemple.fr", phone="06 12 34 56 78"))
    other = members.create(e, PersonInput(first_name="Loïc", last_name="Martin",
                                          email="loic@exemple.fr", phone="06 98 76 54 32"))
    kiosk.set_credentials(e, own.id, "1234", badge_code="B-1")
    csv = tmp_path / "import.csv"
    csv.write_text("Nom;Prénom\nDupont;Jean\n", encoding="utf-8")
    src = backups.backup(e, tmp_path / "source.sqlite")
    return World(e, tmp_path, site.id, room.id, own.id, other.id, src, csv)


def _slot() -> tuple[datetime, datetime]:
    """A distinct free half-hour on DAY (local wall time), one per call."""
    n = next(_n)
    start = datetime.combine(DAY, time(8)) + timedelta(minutes=30 * (n % 23))
    return start + timedelta(days=7 * (n // 23)), start + timedelta(days=7 * (n // 23),
                                                                      minutes=30)


def _book(w: World, who: int, *, as_staff: bool) -> None:
    start, end = _slot()
    bookings.create(w.engine, BookingRequest(w.room, start, end, person_id=who,
                                             as_staff=as_staff), now=NOW)


def _fresh_person(w: World) -> str:
    with security.acting_as(OWNER):
        p = members.create(w.engine, PersonInput(last_name=f"Ancien {next(_n)}"))
    return str(p.id)


Call = Callable[[World, int], Any]

CASES: dict[str, Call] = {
    "members.read": lambda w, who: members.search(w.engine),
    "members.write": lambda w, who: members.create(
        w.engine, PersonInput(last_name=f"Nouveau {next(_n)}")),
    "members.import": lambda w, who: member_import.import_file(w.engine, w.csv),
    "members.export": lambda w, who: member_import.export_file(
        w.engine, w.tmp / f"m{next(_n)}.csv"),
    "organizations.read": lambda w, who: organizations.search(w.engine),
    "organizations.write": lambda w, who: organizations.create(
        w.engine, OrganizationInput(name=f"Orga {next(_n)}", kind="company")),
    "sites.read": lambda w, who: sites.list_sites(w.engine),
    "sites.write": lambda w, who: sites.create(w.engine, f"Site {next(_n)}"),
    "spaces.read": lambda w, who: spaces.list_resources(w.engine),
    "spaces.write": lambda w, who: spaces.create_resource(
        w.engine, ResourceInput(w.site, f"Box {next(_n)}", "phone_booth")),
    "bookings.read": lambda w, who: bookings.between(
        w.engine, NOW, NOW + timedelta(days=30), person_id=who),
    "bookings.write": lambda w, who: _book(w, who, as_staff=False),
    "bookings.staff": lambda w, who: _book(w, who, as_staff=True),
    "bookings.housekeeping": lambda w, who: bookings.release_no_shows(w.engine, now=NOW),
    "kiosk.identify": lambda w, who: kiosk.identify(w.engine, "helene@exemple.fr", "1234"),
    "kiosk.use": lambda w, who: kiosk.my_bookings(
        w.engine, KioskUser(who, "?"), NOW, NOW + timedelta(days=30)),
    "kiosk.credentials": lambda w, who: kiosk.unblock_pin(w.engine, w.own),
    "incubation.read": lambda w, who: programs.list_programs(w.engine),
    "incubation.write": lambda w, who: programs.create_program(
        w.engine, ProgramInput(name=f"Programme {next(_n)}")),
    "mentoring.read": lambda w, who: mentoring.list_mentors(w.engine),
    "mentoring.write": lambda w, who: mentoring.save_mentor(
        w.engine, MentorInput(person_id=w.other)),
    "billing.read": lambda w, who: plans.list_plans(w.engine),
    "billing.write": lambda w, who: plans.create(
        w.engine, PlanInput(name=f"Nomade {next(_n)}", kind="hot_desk", price_cents=9000)),
    "billing.export": lambda w, who: journal.write(
        w.engine, w.tmp / f"j{next(_n)}.csv", date(2026, 11, 1), date(2026, 11, 30)),
    "events.read": lambda w, who: events.list_events(w.engine),
    "events.write": lambda w, who: events.create_event(w.engine, EventInput(
        f"Atelier {next(_n)}", "workshop", datetime(2027, 1, 6, 18), datetime(2027, 1, 6, 20),
        site_id=w.site, outside_hours=True), now=NOW),
    "visits.read": lambda w, who: visits.present(w.engine, now=NOW),
    "visits.write": lambda w, who: visits.register_visitor(
        w.engine, VisitorInput(f"Visiteur {next(_n)}", w.own), now=NOW),
    "directory.read": lambda w, who: directory.search(w.engine),
    "directory.write": lambda w, who: directory.set_person_listing(
        w.engine, w.other, consent=True, now=NOW),
    "directory.kiosk": lambda w, who: directory.kiosk_search(w.engine, viewer=who),
    "dashboard.read": lambda w, who: dashboard.load(w.engine, now=NOW),
    "reports.build": lambda w, who: indicators.compute(w.engine, parse_month("2026-11")),
    "opendata.export": lambda w, who: opendata.export_opendata(
        w.engine, 2026, w.tmp / f"od{next(_n)}"),
    "settings.read": lambda w, who: settings.get(w.engine, "tiers_lieu.name"),
    "settings.write": lambda w, who: settings.set(w.engine, "tiers_lieu.name", "La Fabrique"),
    "backup.create": lambda w, who: backups.backup(w.engine, w.tmp / f"b{next(_n)}.sqlite"),
    "backup.restore": lambda w, who: backups.restore(w.tmp / "restored.sqlite", w.src_backup),
    "users.manage": lambda w, who: auth.list_users(w.engine),
    "audit.read": lambda w, who: audit.entries(w.engine),
    "gdpr.export": lambda w, who: gdpr.export_person(
        w.engine, "loic@exemple.fr", w.tmp / f"g{next(_n)}"),
    "gdpr.anonymize": lambda w, who: gdpr.anonymize(w.engine, w.prepared),
    "gdpr.retention": lambda w, who: gdpr.apply_retention(w.engine, DAY),
}
# made as the owner before each try, so a refused try can be seen to write nothing
PREPARE: dict[str, Callable[[World], str]] = {"gdpr.anonymize": _fresh_person}


def test_every_action_of_the_table_has_a_case() -> None:
    assert set(CASES) == set(PERMISSIONS)
    for action, grants in PERMISSIONS.items():
        assert set(grants) == set(ROLES), action
        assert set(grants.values()) <= {YES, NO, OWN}, action


def _principal(role: str, w: World) -> Principal:
    return Principal(role, f"test-{role}", None, w.own if role == "kiosk" else None)


def _audit_rows(w: World) -> int:
    from tierslieu.db.engine import transaction

    with transaction(w.engine, readonly=True) as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.mark.parametrize("action", list(PERMISSIONS))
def test_role_action_table(action: str, world: World) -> None:
    call = CASES[action]
    for role in ROLES:
        grant = PERMISSIONS[action][role]
        principal = _principal(role, world)
        tries = [(world.own, True), (world.other, False)] if grant == OWN else \
            [(world.other, grant == YES)]
        for who, allowed in tries:
            if action in PREPARE:
                world.prepared = PREPARE[action](world)
            before = _audit_rows(world)
            with security.acting_as(principal):
                if allowed:
                    try:
                        call(world, who)
                    except PermissionDenied as exc:  # pragma: no cover - the failure message
                        pytest.fail(f"{role} refused {action} (person {who}): {exc}")
                else:
                    with pytest.raises(security.PermissionDeniedError) as err:
                        call(world, who)
                    assert err.value.action == action and err.value.role == role
                    assert err.value.exit_code == 5
                    assert role in err.value.params["role"]
            if not allowed:  # refused first thing: nothing was written, not even a log line
                assert _audit_rows(world) == before, (action, role)


def test_the_refusal_names_the_action_and_the_role_in_french(world: World) -> None:
    with security.acting_as(Principal("director", "d")), pytest.raises(PermissionDenied) as err:
        members.create(world.engine, PersonInput(last_name="X"))
    assert err.value.message("fr") == ("Action refusée : le rôle « Direction » ne permet pas "
                                       "« members.write ».")


def test_without_a_principal_the_owner_acts_as_admin() -> None:
    assert security.current() == OWNER and OWNER.role == "admin"
    with security.acting_as(Principal("kiosk", "k", None, 3)):
        assert security.current().role == "kiosk"
    assert security.current() == OWNER


def test_the_session_principal_reaches_other_threads() -> None:
    import threading

    seen: list[str] = []
    security.set_session(Principal("director", "dominique"))
    try:
        t = threading.Thread(target=lambda: seen.append(security.current().login))
        t.start()
        t.join()
        with security.acting_as(Principal("kiosk", "k")):   # the context beats the session
            assert security.current().login == "k"
    finally:
        security.set_session(None)
    assert seen == ["dominique"] and security.current() == OWNER


def test_readme_prints_the_table() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert security.markdown_table("fr") in readme
