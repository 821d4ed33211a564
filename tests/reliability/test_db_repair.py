"""Logical inconsistencies that ``integrity_check`` cannot see: found, then repaired in one
transaction with a report (and ``db check`` / ``db check --repair`` in-process)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu.cli import main
from tierslieu.db import integrity
from tierslieu.db.engine import make_engine, transaction
from tierslieu.db.models import Booking, Person, Resource, Site

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _booking(resource: Resource, start_h: float, end_h: float, person: Person | None = None,
             status: str = "confirmed") -> Booking:
    return Booking(resource_id=resource.id, person_id=person.id if person else None,
                   start_at=T0 + timedelta(hours=start_h), end_at=T0 + timedelta(hours=end_h),
                   status=status)


def _world(engine: Engine) -> dict[str, int]:
    """A room with an overlap chain 1-2-3 (only 2 must go), a cancelled and a shared zone."""
    with transaction(engine) as s:
        site = Site(name="La Fabrique")
        s.add(site)
        s.flush()
        room = Resource(site_id=site.id, name="Salle Lovelace", kind="meeting_room")
        zone = Resource(site_id=site.id, name="Open space", kind="hot_desk_zone", capacity=4)
        person = Person(first_name="Hélène", last_name="Le Clerc")
        s.add_all([room, zone, person])
        s.flush()
        rows = [_booking(room, 1, 2, person), _booking(room, 1.5, 2.5), _booking(room, 2, 3),
                _booking(room, 1, 2, status="cancelled"), _booking(zone, 1, 3),
                _booking(zone, 1, 3), _booking(room, 5, 6)]
        s.add_all(rows)
        s.flush()
        return {"room": room.id, "zone": zone.id, "person": person.id,
                **{f"b{i + 1}": b.id for i, b in enumerate(rows)}}


def test_overlapping_bookings_are_found_and_the_later_one_cancelled(engine: Engine) -> None:
    ids = _world(engine)
    with transaction(engine, readonly=True) as s:
        found = integrity.logical_problems(s)
    assert [(p.kind, p.key, p.fix, p.params["other"]) for p in found] == [
        ("overlap", {"id": ids["b2"]}, "cancel", ids["b1"])]
    assert "Salle Lovelace" in found[0].message("fr")

    report = integrity.repair(engine)
    assert [p.key for p in report.fixed] == [{"id": ids["b2"]}] and report.left == []
    with transaction(engine, readonly=True) as s:
        status = dict(s.execute(select(Booking.id, Booking.status)).all())
        b2 = s.get(Booking, ids["b2"])
        assert b2 is not None and b2.sequence == 1 and b2.cancelled_at is not None
        assert integrity.logical_problems(s) == []
    assert status[ids["b2"]] == "cancelled"
    assert [status[ids[k]] for k in ("b1", "b3", "b5", "b6", "b7")] == ["confirmed"] * 5
    assert integrity.repair(engine).fixed == []  # idempotent


def _inject_orphans(path: Path, ids: dict[str, int]) -> None:
    """What a buggy tool or a hand edit with foreign keys off leaves behind."""
    con = sqlite3.connect(path)  # foreign keys are off in a raw connection
    con.execute("INSERT INTO tag (name, key) VALUES ('Bois', 'bois')")
    con.execute("INSERT INTO person_tag (person_id, tag_id) VALUES (999, 1)")        # CASCADE
    con.execute("UPDATE booking SET person_id = 998 WHERE id = ?", (ids["b7"],))       # SET NULL
    con.execute("UPDATE booking SET resource_id = 997 WHERE id = ?", (ids["b5"],))     # RESTRICT
    con.execute("INSERT INTO site (name, timezone, address, city, postcode, holiday_subdiv,"
                " created_at, updated_at) VALUES ('Annexe', 'Europe/Paris', '', '', '', '',"
                " '2026-01-01', '2026-01-01')")
    con.execute("UPDATE resource SET site_id = 996 WHERE id = ?", (ids["zone"],))   # still used
    con.execute("PRAGMA ignore_check_constraints = ON")
    con.execute("UPDATE booking SET end_at = start_at WHERE id = ?", (ids["b3"],))
    con.commit()
    con.close()


def test_orphans_and_impossible_bookings_are_repaired_in_one_transaction(
        sqlite_engine: Engine, db_path: Path) -> None:
    ids = _world(sqlite_engine)
    _inject_orphans(db_path, ids)
    with transaction(sqlite_engine, readonly=True) as s:
        found = {(p.kind, p.table, p.fix) for p in integrity.logical_problems(s)}
    assert found == {("orphan", "person_tag", "delete"), ("orphan", "booking", "set_null"),
                     ("orphan", "booking", "delete"), ("orphan", "resource", "delete"),
                     ("bad_interval", "booking", "delete"), ("overlap", "booking", "cancel")}
    report = integrity.repair(sqlite_engine)
    assert len(report.fixed) == 5
    # the zone still has bookings: deleting it would lose them, so it is left and reported
    assert [(p.table, p.key, p.fix) for p in report.left] == [
        ("resource", {"id": ids["zone"]}, "none")]
    con = sqlite3.connect(db_path)
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    assert fk == [("resource", ids["zone"], "site", 0)]
    assert con.execute("SELECT person_id FROM booking WHERE id = ?",
                       (ids["b7"],)).fetchone() == (None,)
    assert con.execute("SELECT count(*) FROM booking WHERE id IN (?, ?)",
                       (ids["b5"], ids["b3"])).fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM person_tag").fetchone() == (0,)
    con.close()


def test_repair_is_all_or_nothing(sqlite_engine: Engine, db_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _world(sqlite_engine)
    _inject_orphans(db_path, ids)
    con = sqlite3.connect(db_path)
    before = list(con.iterdump())
    con.close()
    calls = []
    real_apply = integrity._apply

    def failing(session: Any, problem: Any, now: Any) -> None:
        calls.append(problem)
        if len(calls) == 3:
            raise RuntimeError("crash in the middle of the repair")
        real_apply(session, problem, now)

    monkeypatch.setattr(integrity, "_apply", failing)
    with pytest.raises(RuntimeError):
        integrity.repair(sqlite_engine)
    con = sqlite3.connect(db_path)
    assert list(con.iterdump()) == before  # the two fixes before the crash were undone
    con.close()


def test_db_check_then_repair_from_the_command_line(db_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(db_path)
    ids = _world(engine)
    engine.dispose()
    _inject_orphans(db_path, ids)
    con = sqlite3.connect(db_path)
    con.execute("UPDATE resource SET site_id = 1 WHERE id = ?", (ids["zone"],))
    con.commit()
    con.close()

    assert main(["--db", str(db_path), "db", "check"]) == 1
    err = capsys.readouterr().err
    assert "foreign_key_check" in err and "--repair" in err and "chevauche" in err

    assert main(["--db", str(db_path), "db", "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "5 problème(s) corrigé(s) en une transaction" in out
    assert "annulée" in out and "supprimé" in out and "lien effacé" in out
    saved = list((db_path.parent / "backups").glob("test-pre-repair-*.sqlite"))
    assert len(saved) == 1  # taken before the repair: it still has the orphans
    con = sqlite3.connect(saved[0])
    assert con.execute("SELECT count(*) FROM person_tag").fetchone() == (1,)
    con.close()

    assert main(["--db", str(db_path), "db", "check", "--json"]) == 0
    assert '"ok": true' in capsys.readouterr().out
    assert main(["--db", str(db_path), "db", "check", "--repair"]) == 0
    assert "Rien à réparer" in capsys.readouterr().out
