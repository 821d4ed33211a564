"""The front desk from the command line: events, visits, the directory, badges.

In-process through ``invoke`` except two real launches (exit codes 3 and 0 of the
issue's scenario)."""

from __future__ import annotations

import json
import os
import subprocess as sp
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from tests.cli.conftest import invoke
from tierslieu.db.engine import make_engine
from tierslieu.services import bookings, directory, members, sites, spaces
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

# events are in the future, whatever the day the suite runs (--outside-hours: even if
# that day is a public holiday)
DAY = (datetime.now(UTC) + timedelta(days=30)).date()
START, END = f"{DAY.isoformat()}T14:00", f"{DAY.isoformat()}T17:00"


@pytest.fixture
def cli(db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = make_engine(db_path)
    site = sites.create(engine, "La Fabrique")
    spaces.set_opening_hours(engine, site.id, {d: [(time(0), time(23, 59))] for d in range(7)})
    curie = spaces.create_resource(engine, ResourceInput(site.id, "Salle Curie", capacity=12))
    hopper = spaces.create_resource(engine, ResourceInput(site.id, "Salle Hopper", capacity=4))
    people = [members.create(engine, PersonInput(
        first_name=first, last_name=last, email=f"{first.lower()}@exemple.fr", tags=tags))
        for first, last, tags in (("Ana", "Lima", ("Comptabilité",)),
                                  ("Bob", "Secret", ("Comptabilité",)),
                                  ("Cyd", "Durand", ("Électronique",)))]
    directory.set_person_listing(engine, people[0].id, consent=True)
    taken = bookings.create(engine, BookingRequest(
        hopper.id, datetime.combine(DAY, time(16)), datetime.combine(DAY, time(18)),
        people[2].id, "Réunion", as_staff=True, outside_hours=True))
    engine.dispose()
    env = dict(os.environ, TIERSLIEU_DATA_DIR=str(tmp_path / "data"), TIERSLIEU_LANG="fr")

    def run(*args: str, subprocess: bool = False) -> sp.CompletedProcess[str]:
        return invoke(["--db", str(db_path), *args], env=env, subprocess=subprocess)
    run.taken = taken  # type: ignore[attr-defined]
    run.curie = curie  # type: ignore[attr-defined]
    return run


def _add(cli, *extra: str, subprocess: bool = False):  # type: ignore[no-untyped-def]
    return cli("events", "add", "--title", "Atelier compta", "--kind", "workshop",
               "--start", START, "--end", END, "--outside-hours", *extra, subprocess=subprocess)


def test_event_add_register_waitlist_cancel_checkin(cli) -> None:  # type: ignore[no-untyped-def]
    made = _add(cli, "--room", "salle curie", "--capacity", "2", "--price", "15", "--json")
    assert made.returncode == 0, made.stderr
    ev = json.loads(made.stdout)
    assert (ev["rooms"], ev["capacity"], ev["price_cents"]) == (["Salle Curie"], 2, 1500)
    eid = str(ev["id"])

    outs = [cli("events", "register", eid, "--member", who)
            for who in ("ana@exemple.fr", "bob@exemple.fr", "cyd@exemple.fr")]
    assert [o.returncode for o in outs] == [0, 0, 0]
    assert "inscrit·e" in outs[0].stdout and "position 1" in outs[2].stdout
    outsider = cli("events", "register", eid, "--email", "zoe@dehors.example", "--name",
                   "Zoé Martin", "--json")
    assert json.loads(outsider.stdout)["status"] == "waitlisted"
    assert json.loads(outsider.stdout)["position"] == 2
    assert cli("events", "register", eid, "--member", "ana@exemple.fr").returncode == 3

    cancel = cli("events", "cancel", eid, "--member", "ana@exemple.fr", "--json")
    result = json.loads(cancel.stdout)
    assert result["cancelled"]["name"] == "Ana Lima" and result["promoted"]["name"] == "Cyd Durand"
    listed = json.loads(cli("events", "list", "--json").stdout)
    assert [(e["registered"], e["waitlisted"]) for e in listed] == [(2, 1)]
    shown = cli("events", "show", eid)
    assert "Zoé Martin" in shown.stdout and "En liste d'attente" in shown.stdout

    early = cli("events", "checkin", eid, "--member", "bob@exemple.fr")
    assert early.returncode == 2 and "Arrivée possible" in early.stderr
    assert cli("events", "checkin", eid, "--email", "nobody@exemple.fr").returncode == 4


def test_event_in_a_taken_room_exits_3_naming_the_booking(cli) -> None:  # type: ignore[no-untyped-def]
    taken = cli.taken
    out = _add(cli, "--room", "salle curie", "--room", "salle hopper", subprocess=True)
    assert out.returncode == 3
    assert f"#{taken.id}" in out.stderr and "Cyd Durand" in out.stderr
    assert json.loads(cli("events", "list", "--json").stdout) == []       # nothing written
    bad = _add(cli, "--room", "salle curie", "--kind", "party")
    assert bad.returncode == 2 and "Type" in bad.stderr


def test_visits_checkin_visitor_present_checkout_badge(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    came = cli("visits", "checkin", "--member", "ana@exemple.fr", subprocess=True)
    assert came.returncode == 0 and "Arrivée : Ana Lima" in came.stdout
    assert cli("visits", "checkin", "--member", "ana@exemple.fr").returncode == 3
    visitor = cli("visits", "visitor", "--name", "Jean Dupont", "--host", "ana@exemple.fr",
                  "--company", "Dupont & Fils", "--json")
    assert visitor.returncode == 0, visitor.stderr
    vid = json.loads(visitor.stdout)["id"]
    present = json.loads(cli("visits", "present", "--json").stdout)
    assert [p["name"] for p in present] == ["Ana Lima", "Jean Dupont"]
    assert present[1]["host"] == "Ana Lima"
    pdf = tmp_path / "badge.pdf"
    out = cli("badge", str(vid), "-o", str(pdf))
    assert out.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")
    assert cli("badge", "999", "-o", str(pdf)).returncode == 4
    assert cli("visits", "checkout", "--visit", str(vid)).returncode == 0
    assert cli("visits", "checkout", "--member", "ana@exemple.fr").returncode == 0
    assert "0 personne(s)" in cli("visits", "present").stdout
    purge = json.loads(cli("visits", "purge", "--retention", "30", "--json").stdout)
    assert (purge["days"], purge["visits"]) == (30, 0)


def test_directory_search_hides_members_without_consent(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    found = json.loads(cli("directory", "search", "--skill", "comptabilite", "--json").stdout)
    assert [e["name"] for e in found] == ["Ana Lima"]
    text = cli("directory", "search", "secret")
    assert text.returncode == 0 and "Bob" not in text.stdout and "0 fiche(s)" in text.stdout
    pdf = tmp_path / "annuaire.pdf"
    assert cli("directory", "pdf", "-o", str(pdf)).returncode == 0 and pdf.stat().st_size > 1000


def test_help_documents_the_commands(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("events", "--help")
    assert out.returncode == 0
    for action in ("list", "add", "register", "cancel", "checkin"):
        assert action in out.stdout
    assert "present" in cli("visits", "--help").stdout


def test_visits_checkin_says_what_it_consumed(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tierslieu.services import members as people
    from tierslieu.services.billing import plans, subscriptions
    from tierslieu.services.billing.dto import PlanInput, SubscriptionInput

    engine = make_engine(db_path)
    pack = plans.create(engine, PlanInput("Pack 10 journées", "day_pass_pack", 16000,
                                          desk_days=10, billing="once", validity_days=180))
    today = datetime.now(UTC).date()
    subscriptions.create(engine, SubscriptionInput(
        pack.id, today - timedelta(days=2), person_id=people.find(engine, "bob@exemple.fr").id))
    engine.dispose()
    came = cli("visits", "checkin", "--member", "bob@exemple.fr")
    assert came.returncode == 0, came.stderr
    assert "Arrivée : Bob Secret" in came.stdout
    assert "1 journée déduite de « Pack 10 journées », reste 9 journée(s)." in came.stdout
    out = json.loads(cli("visits", "checkin", "--member", "ana@exemple.fr", "--json").stdout)
    assert out["name"] == "Ana Lima" and "arrived_utc" in out       # the fields kept
    assert out["credit"]["status"] == "no_plan" and out["credit"]["day_pass_needed"]
    assert out["credit"]["drawn"] == 0
    cli("visits", "checkout", "--member", "bob@exemple.fr")
    again = json.loads(cli("visits", "checkin", "--member", "bob@exemple.fr", "--json").stdout)
    assert (again["credit"]["status"], again["credit"]["remaining"]) == ("already", 9)
    english = cli("--lang", "en", "visits", "checkin", "--member", "cyd@exemple.fr")
    assert "No valid subscription today: offer a day pass." in english.stdout


def test_hackathon_teams_formed_moved_published(cli) -> None:  # type: ignore[no-untyped-def]
    made = cli("events", "add", "--title", "Hackathon climat", "--kind", "hackathon",
               "--start", START, "--end", END, "--outside-hours", "--json")
    event = str(json.loads(made.stdout)["id"])
    for who in ("ana@exemple.fr", "bob@exemple.fr", "cyd@exemple.fr"):
        assert cli("events", "register", event, "--member", who).returncode == 0
    for n in (1, 2):
        assert cli("events", "register", event, "--email", f"ext{n}@ailleurs.fr",
                   "--name", f"Externe {n}").returncode == 0
    assert json.loads(cli("events", "teams", event, "--json").stdout)["teams"] == []
    formed = cli("events", "teams", event, "--form", "--size", "2", "--json")
    assert formed.returncode == 0, formed.stderr
    out = json.loads(formed.stdout)
    sizes = sorted(len(t["members"]) for t in out["teams"])
    assert out["published"] is False and sizes == [1, 2, 2]     # 5 people, teams of 2
    everyone = [m["registration"] for t in out["teams"] for m in t["members"]]
    assert len(set(everyone)) == 5
    # the two accountants end up apart: complementary skills
    by_name = {m["name"]: t["number"] for t in out["teams"] for m in t["members"]}
    assert by_name["Ana Lima"] != by_name["Bob Secret"]
    # move Cyd to the team of one, then publish: the draft is frozen
    single = next(t["number"] for t in out["teams"] if len(t["members"]) == 1)
    cyd = next(m["registration"] for t in out["teams"] for m in t["members"]
               if m["name"] == "Cyd Durand")
    moved = json.loads(cli("events", "teams", event, "--move", str(cyd), "--to",
                           str(single), "--json").stdout)
    assert any(m["registration"] == cyd for t in moved["teams"] if t["number"] == single
               for m in t["members"])
    text = cli("events", "teams", event, "--publish")
    assert text.returncode == 0 and "3 équipe(s), 5 personne(s) ; publiées." in text.stdout
    again = cli("events", "teams", event, "--form", "--size", "3")
    assert again.returncode == 3 and "Hackathon climat" in again.stderr
    missing = cli("events", "teams", event, "--move", str(cyd))
    assert missing.returncode == 2 and "Équipe de destination (--to)" in missing.stderr
