"""The booking scenario of the CLI contract, in-process, a few by subprocess."""

from __future__ import annotations

import json
import os
import subprocess as sp
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.cli.conftest import invoke
from tierslieu.db.engine import make_engine
from tierslieu.services import members, sites, spaces
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput


@pytest.fixture
def cli(db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = make_engine(db_path)
    site = sites.create(engine, "La Fabrique")
    spaces.create_resource(engine, ResourceInput(site.id, "Salle Lovelace", capacity=8,
                                                 hourly_price_cents=2500))
    members.create(engine, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                       email="helene@exemple.fr"))
    members.create(engine, PersonInput(first_name="Loïc", last_name="Martin",
                                       email="loic@exemple.fr"))
    engine.dispose()
    env = dict(os.environ, TIERSLIEU_DATA_DIR=str(tmp_path / "data"), TIERSLIEU_LANG="fr")

    def run(*args: str, subprocess: bool = False) -> sp.CompletedProcess[str]:
        return invoke(["--db", str(db_path), *args], env=env, subprocess=subprocess)
    return run


def _add(cli, *extra: str, start="2026-12-01T10:00", end="2026-12-01T11:00"):  # type: ignore[no-untyped-def]
    return cli("bookings", "add", "--resource", "salle lovelace", "--member",
               "helene@exemple.fr", "--start", start, "--end", end, *extra)


def test_book_conflict_series_and_skip(cli) -> None:  # type: ignore[no-untyped-def]
    first = _add(cli, "--json")
    assert first.returncode == 0, first.stderr
    booked = json.loads(first.stdout)
    assert booked["start"] == "2026-12-01T10:00:00+01:00" and booked["price_cents"] == 2500

    again = cli("bookings", "add", "--resource", "salle lovelace", "--member",
                "helene@exemple.fr", "--start", "2026-12-01T10:30", "--end", "2026-12-01T11:30",
                subprocess=True)  # the real launcher: exit code and message on stderr
    assert again.returncode == 3
    assert f"#{booked['id']}" in again.stderr and "Hélène Le Clerc" in again.stderr

    # a weekly series of 10 whose 1st and 3rd weeks collide with existing bookings
    assert _add(cli, start="2026-12-15T10:00", end="2026-12-15T11:00").returncode == 0
    series = _add(cli, "--repeat", "FREQ=WEEKLY;COUNT=10")
    assert series.returncode == 3
    assert series.stdout.count("conflit") == 2 and series.stdout.count("libre") == 8
    listed = json.loads(cli("bookings", "list", "--from", "2026-12-01", "--to", "2027-03-01",
                            "--json").stdout)
    assert len(listed) == 2  # nothing of the series was booked

    skipped = _add(cli, "--repeat", "FREQ=WEEKLY;COUNT=10", "--skip-conflicts", "--json")
    assert skipped.returncode == 0, skipped.stderr
    assert len(json.loads(skipped.stdout)["booked"]) == 8
    listed = json.loads(cli("bookings", "list", "--from", "2026-12-01", "--to", "2027-03-01",
                            "--json").stdout)
    assert len(listed) == 10
    assert {b["start"][11:16] for b in listed} == {"10:00"}


def test_dst_cases(cli) -> None:  # type: ignore[no-untyped-def]
    gap = _add(cli, "--outside-hours", start="2026-03-29T02:30", end="2026-03-29T04:00")
    assert gap.returncode == 2 and "n'existe pas" in gap.stderr and "03:30" in gap.stderr
    fold = _add(cli, "--outside-hours", start="2026-10-25T02:30", end="2026-10-25T04:00")
    assert fold.returncode == 2 and "deux fois" in fold.stderr
    second = _add(cli, "--outside-hours", "--second", "--json", start="2026-10-25T02:30",
                  end="2026-10-25T04:00")
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["start_utc"] == "2026-10-25T01:30:00+00:00"
    night = _add(cli, "--outside-hours", "--json", start="2026-03-28T22:00",
                 end="2026-03-29T06:00")
    data = json.loads(night.stdout)
    hours = (datetime.fromisoformat(data["end_utc"]) - datetime.fromisoformat(data["start_utc"]))
    assert hours.total_seconds() == 7 * 3600
    bad = _add(cli, start="01/12/2026 pas une heure")
    assert bad.returncode == 2 and "Début" in bad.stderr


def test_ics_export_parses_back(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = json.loads(_add(cli, "--json").stdout)
    out = tmp_path / "helene.ics"
    done = cli("bookings", "export-ics", "--member", "HELENE@exemple.fr", "-o", str(out))
    assert done.returncode == 0, done.stderr
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 1
    assert events[0].decoded("dtstart") == datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert str(events[0]["uid"]).startswith(f"booking-{first['id']}@")


def test_cancel_checkin_and_resources(cli) -> None:  # type: ignore[no-untyped-def]
    booked = json.loads(_add(cli, "--json").stdout)
    early = cli("bookings", "checkin", str(booked["id"]))
    assert early.returncode == 2 and "Arrivée possible" in early.stderr
    assert cli("bookings", "cancel", str(booked["id"])).returncode == 0
    assert cli("bookings", "cancel", "99999").returncode == 4
    res = json.loads(cli("resources", "list", "--json").stdout)
    assert [r["name"] for r in res] == ["Salle Lovelace"]
    assert cli("bookings", "add", "--resource", "Inconnue", "--start", "2026-12-01T10:00",
               "--end", "2026-12-01T11:00").returncode == 4


def test_release_no_shows_for_cron(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from tierslieu.services import bookings
    from tierslieu.services.bookings import BookingRequest

    engine = make_engine(db_path)
    room = spaces.find_resource(engine, "Salle Lovelace")
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    late = bookings.create(engine, BookingRequest(room.id, start, start + timedelta(hours=1),
                                                  as_staff=True, outside_hours=True),
                           now=start - timedelta(hours=1))
    done = cli("bookings", "release-no-shows", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"released": 1}
    assert bookings.get(engine, late.id).status == "no_show"
    engine.dispose()


def test_sites_resources_hours_and_closures_from_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("sites", "add", "Tiers-lieu de Metz", "--city", "Metz").returncode == 0
    assert cli("sites", "hours", "tiers-lieu de metz", "--set", "lun-ven 08:00-19:00",
               "--set", "sam 09:00-12:30").returncode == 0
    made = cli("resources", "add", "--site", "Tiers-lieu de Metz", "--name", "Salle Moselle",
               "--capacity", "10", "--hourly", "25,50", "--daily", "1 234,50", "--buffer", "15",
               "--json")
    assert made.returncode == 0, made.stderr
    row = json.loads(made.stdout)
    assert (row["hourly_price_cents"], row["daily_price_cents"]) == (2550, 123450)
    bad = cli("resources", "add", "--site", "Tiers-lieu de Metz", "--name", "X", "--hourly", "-3")
    assert bad.returncode == 2 and "Tarif horaire" in bad.stderr
    assert cli("sites", "hours", "Tiers-lieu de Metz", "--set", "lundi 8h").returncode == 2
    assert cli("closures", "add", "--site", "Tiers-lieu de Metz", "--from", "2026-12-07",
               "--reason", "Inventaire").returncode == 0
    closed = cli("bookings", "add", "--resource", "Salle Moselle", "--start",
                 "2026-12-07T10:00", "--end", "2026-12-07T11:00")
    assert closed.returncode == 2 and "Inventaire" in closed.stderr
    late = cli("bookings", "add", "--resource", "Salle Moselle", "--start", "2026-12-08T18:30",
               "--end", "2026-12-08T19:30")
    assert late.returncode == 2 and "08:00-19:00" in late.stderr
    assert cli("bookings", "add", "--resource", "Salle Moselle", "--start", "2026-12-08T10:00",
               "--end", "2026-12-08T11:00").returncode == 0


def test_import_ics_reports_conflicts(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    taken = json.loads(_add(cli, "--json").stdout)
    ics = tmp_path / "ext.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Paris:20261202T100000\r\n"
        "DTEND;TZID=Europe/Paris:20261202T120000\r\nSUMMARY:Atelier externe\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=Europe/Paris:20261201T103000\r\n"
        "DTEND;TZID=Europe/Paris:20261201T113000\r\nSUMMARY:Collision\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n", encoding="utf-8")
    done = cli("bookings", "import-ics", str(ics), "--resource", "Salle Lovelace", "--json")
    assert done.returncode == 3
    report = json.loads(done.stdout)
    assert len(report["booked"]) == 1
    assert report["conflicts"][0]["summary"] == "Collision"
    assert f"#{taken['id']}" in report["conflicts"][0]["message"]
