"""GDPR: a person's data exported whole (JSON and PDF), a former member anonymised with
the erased bytes gone from the SQLite file, invoices kept as issued, inactive accounts
flagged at start-up; the CLI commands."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tierslieu.cli import main
from tierslieu.db.engine import transaction
from tierslieu.db.models import Booking, Invoice, Person, RetentionFlag
from tierslieu.services import bookings, gdpr, kiosk, members, sites, spaces
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

HELENE = "helene.leclerc@compostup.example"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    from tierslieu.services import auth

    monkeypatch.setattr(auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                       parallelism=1))


def test_the_export_holds_every_table_that_points_at_the_person(
        demo_sqlite_engine: Any, tmp_path: Path) -> None:
    e = demo_sqlite_engine
    result = gdpr.export_person(e, HELENE.upper(), tmp_path / "out")
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    expected = {t.name for t, _ in gdpr.person_tables()}
    assert expected <= set(data["tables"])        # every table with a person foreign key
    pid = result.person_id
    with transaction(e) as s:
        person = s.get_one(Person, pid)
        assert data["profile"]["email"] == person.email == HELENE
        n_bookings = s.scalar(select(func.count()).select_from(Booking)
                              .where(Booking.person_id == pid))
        n_invoices = s.scalar(select(func.count()).select_from(Invoice)
                              .where(Invoice.customer_person_id == pid))
    assert len(data["tables"]["booking"]) == n_bookings > 0
    assert len(data["tables"]["invoice"]) == n_invoices
    assert data["tables"]["consent"] and data["names"]["organizations"] == ["Compost'Up"]
    assert data["profile"]["pin_hash"] == "[hash]"          # secrets never leave
    assert "$argon2" not in result.json_path.read_text(encoding="utf-8")
    assert "kiosk.credentials" in {a["action"] for a in data["audit"]}   # the demo's PIN
    from tierslieu.services import audit

    assert audit.entries(e)[0].action == "gdpr.export"      # the export itself is logged
    pdf = result.pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf and b"Helvetica" not in pdf
    for path in (result.json_path, result.pdf_path):
        assert path.stat().st_mode & 0o777 == 0o600


def _world(engine: Any) -> dict[str, Any]:
    site = sites.create(engine, "La Fabrique")
    room = spaces.create_resource(engine, ResourceInput(site.id, "Salle Curie",
                                                        "meeting_room", capacity=8))
    zoe = members.create(engine, PersonInput(
        first_name="Zoé", last_name="Durandeau", email="zoe.durandeau@exemple.fr",
        phone="06 12 34 56 78", notes="Préfère être appelée le matin", tags=("Céramique",),
        consent_photo=True))
    kiosk.set_credentials(engine, zoe.id, "1234", badge_code="B-77")
    b = bookings.create(engine, BookingRequest(room.id, datetime.combine(date(2026, 12, 2),
                                                                         time(9)),
                                               datetime.combine(date(2026, 12, 2), time(10)),
                                               zoe.id, "Rendez-vous Zoé Durandeau",
                                               as_staff=True), now=NOW)
    return {"zoe": zoe.id, "booking": b.id}


def test_anonymisation_keeps_the_statistics_and_erases_the_person(engine: Any) -> None:
    w = _world(engine)
    assert gdpr.anonymize(engine, "zoe.durandeau@exemple.fr") == w["zoe"]
    p = members.get(engine, w["zoe"])
    assert (p.first_name, p.last_name, p.email, p.phone, p.notes, p.tags, p.status) == (
        "Anonyme", f"#{w['zoe']}", "", "", "", (), "archived")
    b = bookings.get(engine, w["booking"])
    assert b.person_id == w["zoe"] and b.title == "" and b.status == "confirmed"
    with transaction(engine) as s:
        person = s.get_one(Person, w["zoe"])
        assert (person.badge_code, person.pin_hash, person.email_key) == (None, "", None)
        assert "zoe" not in person.search_blob and "durandeau" not in person.search_blob
    assert members.search(engine, members.MemberQuery(text="durandeau", status="all")) == []


def test_the_erased_bytes_are_gone_from_the_sqlite_file(sqlite_engine: Any,
                                                         db_path: Path) -> None:
    _world(sqlite_engine)
    sqlite_engine.dispose()
    assert b"zoe.durandeau@exemple.fr" in db_path.read_bytes()
    gdpr.anonymize(sqlite_engine, "zoe.durandeau@exemple.fr")
    sqlite_engine.dispose()
    with sqlite3.connect(db_path) as con:      # no VACUUM: secure_delete did the work
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db_path.read_bytes()
    for erased in (b"zoe.durandeau@exemple.fr", b"Durandeau", b"durandeau",
                   b"+33612345678", "Préfère être appelée".encode(), b"B-77"):
        assert erased not in raw, erased


def test_invoices_keep_the_customer_as_issued(demo_sqlite_engine: Any) -> None:
    e = demo_sqlite_engine
    with transaction(e) as s:
        pid, customer = s.execute(select(Invoice.customer_person_id, Invoice.customer)
                                  .where(Invoice.customer_person_id.is_not(None))
                                  .limit(1)).one()
    gdpr.anonymize(e, str(pid))
    with transaction(e) as s:
        assert s.scalar(select(Invoice.customer).where(Invoice.customer_person_id == pid)
                        .limit(1)) == customer
        assert s.get_one(Person, pid).first_name == "Anonyme"
    from tierslieu.services.billing import chain

    assert chain.verify_chain(e).ok


def test_inactive_accounts_are_flagged_after_three_years(engine: Any) -> None:
    old = members.create(engine, PersonInput(last_name="Ancien", joined_on="2020-01-10"))
    recent = members.create(engine, PersonInput(last_name="Récent", joined_on="2026-01-10"))
    with transaction(engine) as s:   # the rows were created "now": put them back in time
        for pid, year in ((old.id, 2020), (recent.id, 2026)):
            person = s.get_one(Person, pid)
            person.updated_at = person.created_at = datetime(year, 1, 10, tzinfo=UTC)
    summary = gdpr.apply_retention(engine, date(2026, 11, 25))
    assert (summary.flagged, summary.new) == (1, 1)
    assert gdpr.flagged_people(engine) == [(old.id, date(2020, 1, 10))]
    assert "1 compte(s) inactif(s)" in summary.message("fr")
    again = gdpr.apply_retention(engine, date(2026, 11, 25))
    assert (again.flagged, again.new) == (1, 0)
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).select_from(RetentionFlag)) == 1


def _cli(db: Path, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--lang", "fr", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_gdpr_export_and_anonymize(demo_db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(demo_db, "members", "gdpr-export", HELENE, "-o", str(tmp_path / "x"),
                        capsys=capsys)
    assert code == 0 and "exportées" in out
    assert sorted(p.suffix for p in (tmp_path / "x").iterdir()) == [".json", ".pdf"]
    code, out, _ = _cli(demo_db, "members", "anonymize", HELENE, capsys=capsys)
    assert code == 0 and "anonymisée" in out
    code, _, err = _cli(demo_db, "members", "gdpr-export", HELENE, "-o", str(tmp_path / "y"),
                        capsys=capsys)
    assert code == 4 and HELENE in err                   # the address is gone
