"""Every public service function checks a permission first; a kiosk session cannot reach
another member's e-mail or phone through any service.

The first test reads the source: each public function of the service layer that takes
the ``engine`` calls ``security.require(...)`` (a few pre-login or internal helpers are
listed). The second calls, as a kiosk member, every service whose permissions the kiosk
holds (found by the first scan, so a new one must be added here) and looks for the other
member's address and phone number in what comes back; every other service is refused
to the kiosk by the table.
"""

from __future__ import annotations

import ast
import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from tierslieu import security
from tierslieu.errors import PermissionDenied, TiersLieuError
from tierslieu.security import NO, PERMISSIONS, Principal
from tierslieu.services import bookings, directory, kiosk, members, sites, spaces
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

ROOT = Path(__file__).resolve().parents[2] / "tierslieu"
SCANNED = [p for p in sorted((ROOT / "services").rglob("*.py"))
           if not p.name.startswith(("demo", "dto", "__init__"))] + [
    ROOT / "reports" / "__init__.py", ROOT / "reports" / "indicators" / "__init__.py",
    ROOT / "io" / "opendata.py", ROOT / "io" / "ics.py"]
# (module, function): needs no permission, and why
EXEMPT = {
    ("auth", "has_users"): "asked before anyone signs in",
    ("auth", "login"): "the sign-in itself",
    ("auth", "create_first_admin"): "allowed only while no account exists",
    ("auth", "session_user"): "one's own account",
    ("audit", "log"): "writes an entry for a check its caller made",
    ("setup", "is_initialised"): "asked by the first-run wizard, before any account",
    ("settings", "place_name"): "the tiers-lieu's name in the window title",
    # the SQLite fast paths under the bookings service, called only after its own check
    # (test_only_bookings_calls_its_fast_paths)
    ("bookings_fast", "enabled"): "whether the engine can take the fast path",
    ("bookings_fast", "is_free"): "bookings.is_free's SQLite path, after its check",
}


def test_only_bookings_calls_its_fast_paths() -> None:
    """bookings_fast checks no permission: only the services that did may call it."""
    root = Path(__file__).resolve().parents[2] / "tierslieu"
    callers = sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                     if "bookings_fast" in p.read_text(encoding="utf-8")
                     and p.name != "bookings_fast.py")
    assert callers == ["reports/indicators/data.py", "services/bookings.py",
                       "services/member_import.py"]
    # the report reads rows through it, never the unchecked availability answer
    assert "is_free" not in (root / "reports/indicators/data.py").read_text(encoding="utf-8")


def _requires(fn: ast.FunctionDef) -> set[str]:
    """The actions of the ``security.require("…")`` calls in ``fn`` (bookings' own
    ``_require_write(person, as_staff)`` stands for ``bookings.write``, plus
    ``bookings.staff`` when ``as_staff`` is literally True)."""
    found = set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "_require_write":
            found.add("bookings.write")
            staff = node.args[1] if len(node.args) > 1 else None
            if isinstance(staff, ast.Constant) and staff.value is True:
                found.add("bookings.staff")
        elif (isinstance(node.func, ast.Attribute) and node.func.attr == "require"
              and isinstance(node.func.value, ast.Name) and node.func.value.id == "security"):
            arg = node.args[0] if node.args else None
            found.add(arg.value if isinstance(arg, ast.Constant) else "?")
    return found


def public_services() -> dict[tuple[str, str], set[str]]:
    """(module, function) -> the actions it requires, for every public function whose
    first parameter is the engine."""
    out = {}
    for path in SCANNED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = path.stem if path.stem != "__init__" else path.parent.name
        for node in tree.body:
            if (isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
                    and node.args.args and node.args.args[0].arg == "engine"):
                out[(module, node.name)] = _requires(node)
    return out


def test_every_public_service_function_checks_a_permission() -> None:
    services = public_services()
    assert len(services) > 120
    unchecked = sorted(k for k, actions in services.items() if not actions and k not in EXEMPT)
    assert unchecked == []
    unknown = sorted((k, a) for k, actions in services.items() for a in actions
                     if a not in PERMISSIONS)
    assert unknown == []


def _kiosk_reachable() -> set[tuple[str, str]]:
    return {k for k, actions in public_services().items()
            if actions and all(PERMISSIONS[a]["kiosk"] != NO for a in actions)}


NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
DAY = date(2026, 12, 2)


@pytest.fixture
def world(engine: Any) -> dict[str, Any]:
    e = engine
    site = sites.create(e, "La Fabrique")
    room = spaces.create_resource(e, ResourceInput(site.id, "Salle Curie", "meeting_room",
                                                   capacity=8))
    spaces.set_opening_hours(e, site.id, {d: [(time(8), time(20))] for d in range(5)})
    me = members.create(e, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                       email="helene@exemple.fr", phone="06 12 34 56 78"))
    them = members.create(e, PersonInput(first_name="Loïc", last_name="Secret",
                                         email="loic.secret@exemple.fr",
                                         phone="07 98 76 54 32"))
    kiosk.set_credentials(e, me.id, "1234")
    # she is listed in the directory with her contacts; Loïc never consented
    directory.set_person_listing(e, me.id, consent=True, fields=("tags", "email", "phone"),
                                 now=NOW)
    mine = bookings.create(e, BookingRequest(room.id, datetime.combine(DAY, time(9)),
                                             datetime.combine(DAY, time(10)), me.id,
                                             as_staff=True), now=NOW)
    theirs = bookings.create(e, BookingRequest(room.id, datetime.combine(DAY, time(13)),
                                               datetime.combine(DAY, time(14)), them.id,
                                               "Entretien Loïc Secret", as_staff=True), now=NOW)
    return {"e": e, "site": site.id, "room": room.id, "me": me.id, "them": them.id,
            "mine": mine.id, "theirs": theirs.id}


def _calls(w: dict[str, Any]) -> dict[tuple[str, str], list[Any]]:
    """Every kiosk-reachable service, called with the member's own and the other's ids."""
    e, me, them = w["e"], kiosk.KioskUser(w["me"], "Hélène"), kiosk.KioskUser(w["them"], "L")
    start, end = NOW, NOW + timedelta(days=7)
    slot = BookingRequest(w["room"], datetime.combine(DAY, time(16)),
                          datetime.combine(DAY, time(17)), w["me"])
    other_slot = dataclasses.replace(slot, person_id=w["them"],
                                     start=datetime.combine(DAY, time(17)),
                                     end=datetime.combine(DAY, time(18)))
    return {
        ("sites", "list_sites"): [lambda: sites.list_sites(e)],
        ("spaces", "list_resources"): [lambda: spaces.list_resources(e)],
        ("spaces", "get_resource"): [lambda: spaces.get_resource(e, w["room"])],
        ("spaces", "find_resource"): [lambda: spaces.find_resource(e, "Salle Curie")],
        ("spaces", "day_openings"): [lambda: spaces.day_openings(e, w["site"], [DAY])],
        ("bookings", "is_free"): [lambda: bookings.is_free(e, w["room"], start, end)],
        ("bookings", "get"): [lambda: bookings.get(e, w["mine"]),
                              lambda: bookings.get(e, w["theirs"])],
        ("bookings", "between"): [lambda: bookings.between(e, start, end),
                                  lambda: bookings.between(e, start, end, person_id=w["me"]),
                                  lambda: bookings.between(e, start, end, person_id=w["them"])],
        ("bookings", "plan_series"): [lambda: bookings.plan_series(
            e, dataclasses.replace(slot, person_id=w["them"]), "FREQ=WEEKLY;COUNT=2", now=NOW)],
        ("bookings", "create"): [lambda: bookings.create(e, slot, now=NOW),
                                 lambda: bookings.create(e, other_slot, now=NOW)],
        ("bookings", "move"): [lambda: bookings.move(
            e, w["theirs"], start=datetime.combine(DAY, time(15)),
            end=datetime.combine(DAY, time(16)), as_staff=False, person_id=w["me"], now=NOW)],
        ("bookings", "cancel"): [lambda: bookings.cancel(e, w["theirs"], as_staff=False,
                                                         person_id=w["me"], now=NOW)],
        ("bookings", "check_in"): [lambda: bookings.check_in(e, w["theirs"], as_staff=False,
                                                             person_id=w["me"], now=NOW)],
        ("bookings", "release_no_shows"): [lambda: bookings.release_no_shows(e, now=NOW)],
        ("kiosk", "identify"): [lambda: kiosk.identify(e, "helene@exemple.fr", "1234")],
        ("kiosk", "occupancy"): [lambda: kiosk.occupancy(e, me, start, end),
                                 lambda: kiosk.occupancy(e, them, start, end)],
        ("kiosk", "my_bookings"): [lambda: kiosk.my_bookings(e, me, start, end),
                                   lambda: kiosk.my_bookings(e, them, start, end)],
        ("directory", "kiosk_search"): [
            lambda: directory.kiosk_search(e), lambda: directory.kiosk_search(e, "secret"),
            lambda: directory.kiosk_search(e, viewer=w["them"])],
        ("directory", "kiosk_skills"): [lambda: directory.kiosk_skills(e),
                                        lambda: directory.kiosk_skills(e, viewer=w["them"])],
    }


def test_a_kiosk_session_never_sees_another_members_email_or_phone(world: dict[str, Any]
                                                                     ) -> None:
    calls = _calls(world)
    assert set(calls) == _kiosk_reachable()  # a new kiosk-reachable service joins the list
    secrets = ("loic.secret@exemple.fr", "+33798765432", "07 98 76 54 32", "Secret")
    answered = refused = 0
    with security.acting_as(Principal("kiosk", "kiosk", None, world["me"])):
        for key, tries in calls.items():
            for call in tries:
                try:
                    result = call()
                except PermissionDenied:
                    refused += 1
                    continue
                except TiersLieuError:   # a rule said no (a member may not book at 17:00…)
                    answered += 1
                    continue
                answered += 1
                text = repr(result)
                assert not any(s in text for s in secrets), (key, text[:300])
    assert (answered, refused) == (16, 12)   # every "other member" try is refused
    # the other member's bookings are untouched
    b = bookings.get(world["e"], world["theirs"])
    assert b.status == "confirmed" and b.checked_in_at is None and b.start_at.hour == 12


def test_the_kiosk_cannot_book_as_staff(world: dict[str, Any]) -> None:
    with security.acting_as(Principal("kiosk", "kiosk", None, world["me"])), \
            pytest.raises(security.PermissionDeniedError) as err:
        bookings.create(world["e"], BookingRequest(
            world["room"], datetime.combine(DAY, time(18)), datetime.combine(DAY, time(19)),
            world["me"], as_staff=True), now=NOW)
    assert err.value.action == "bookings.staff"
