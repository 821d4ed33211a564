from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tierslieu.db import migrate
from tierslieu.db.backup import (
    auto_backup,
    backup,
    backup_sqlite_file,
    list_backups,
    new_backup_path,
    rotate,
)
from tierslieu.db.engine import make_engine
from tierslieu.db.setup import open_database
from tierslieu.services import members
from tierslieu.services.dto import PersonInput


def test_backup_of_a_live_database_has_every_committed_row(db_path: Path,
                                                           tmp_path: Path) -> None:
    engine = make_engine(db_path)
    for i in range(50):
        members.create(engine, PersonInput(first_name="Zoë", last_name=f"N{i}"))
    # a connection stays open (as the running app would) while we back up
    with engine.connect():
        dest = backup(engine, tmp_path / "out" / "copy.sqlite")
    con = sqlite3.connect(dest)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 50
    con.close()
    assert not dest.with_name(dest.name + ".tmp").exists()
    assert dest.stat().st_mode & 0o777 == 0o600
    engine.dispose()


def test_no_raw_copy_of_database_files_in_the_code() -> None:
    import tierslieu

    # a database file is copied only through the backup API (consistent while in use);
    # copying other files (a logo, a PDF) is fine
    root = Path(tierslieu.__file__).parent
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "shutil.copy" in source:
            assert "sqlite" not in source.lower() and "db" not in path.parts, path


def test_backup_works_on_every_backend(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    members.create(engine, PersonInput(first_name="Ólafur", last_name="Arnalds",
                                       email="olafur@exemple.is", tags="Musique"))
    dest = backup(engine, tmp_path / "copy.sqlite")
    con = sqlite3.connect(dest)
    assert con.execute("SELECT first_name FROM person").fetchall() == [("Ólafur",)]
    assert con.execute("SELECT count(*) FROM person_tag").fetchone()[0] == 1
    con.close()


# -- consistent while another connection writes ---------------------------------------------

def test_backup_is_consistent_while_another_connection_writes(db_path: Path,
                                                              tmp_path: Path) -> None:
    """Each backup is one snapshot: rows 1..n with no gap, whatever the writer is doing."""
    import threading

    writer = make_engine(db_path)
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        while not stop.is_set():
            written.append(members.create(writer, PersonInput(last_name="W", notes="x" * 500)).id)

    thread = threading.Thread(target=write)
    thread.start()
    counts = []
    try:
        while len(counts) < 5:
            if len(written) < 5 * (len(counts) + 1):
                thread.join(0.01)
                continue
            dest = backup_sqlite_file(db_path, tmp_path / f"b{len(counts)}.sqlite")
            con = sqlite3.connect(dest)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            n, top = con.execute("SELECT count(*), max(id) FROM person").fetchone()
            con.close()
            assert n == top  # a consistent prefix of the commits, never a torn copy
            counts.append(n)
    finally:
        stop.set()
        thread.join(30)
        writer.dispose()
    assert counts == sorted(counts) and counts[-1] > counts[0]


# -- daily backups and rotation ---------------------------------------------------------------

NOON = datetime(2026, 1, 1, 12, tzinfo=UTC)


def _touch(path: Path, when: datetime) -> None:
    ts = when.timestamp()
    os.utime(path, (ts, ts))


def test_daily_backup_once_a_day_only_when_something_changed(db_path: Path) -> None:
    _touch(db_path, NOON - timedelta(hours=1))
    first = auto_backup(db_path, now=NOON)
    assert first is not None and first.name.startswith("test-daily-20260101T120000Z")
    assert auto_backup(db_path, now=NOON + timedelta(hours=3)) is None  # same day
    assert auto_backup(db_path, now=NOON + timedelta(days=1)) is None   # nothing changed
    _touch(db_path, NOON + timedelta(days=2))
    second = auto_backup(db_path, now=NOON + timedelta(days=2, hours=1))
    assert second is not None
    assert [b.path for b in list_backups(db_path)] == [second, first]


def test_open_database_takes_the_daily_backup_when_asked(db_path: Path) -> None:
    engine = open_database(db_path)
    members.create(engine, PersonInput(last_name="Hier"))
    engine.dispose()
    assert list_backups(db_path) == []
    engine = open_database(db_path, daily_backup=True)
    engine.dispose()
    found = list_backups(db_path)
    assert [(b.kind, b.ok, b.revision) for b in found] == [("daily", True, migrate.HEAD)]
    engine = open_database(db_path, daily_backup=True)  # the second start of the day: none
    engine.dispose()
    assert len(list_backups(db_path)) == 1


def _fake_daily(db_path: Path, when: datetime) -> Path:
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    path = folder / f"{db_path.stem}-daily-{when:%Y%m%dT%H%M%SZ}.sqlite"
    path.write_bytes(b"")
    return path


def test_rotation_over_400_days_keeps_7_days_and_12_months(db_path: Path) -> None:
    """A fake clock: one backup a day for 400 days, rotated after each like auto_backup."""
    for day in range(400):
        _fake_daily(db_path, NOON + timedelta(days=day))
        rotate(db_path, 7, 12)
    kept = sorted(b.created.date() for b in list_backups(db_path, check=False))
    last = (NOON + timedelta(days=399)).date()          # 2027-02-04
    daily = [last - timedelta(days=i) for i in range(7)]
    assert kept[-7:] == sorted(daily)
    monthly = kept[:-7]
    assert len(monthly) == 12
    # one per month (its last day), for the 12 months before the month the daily ones are in
    assert len({(d.year, d.month) for d in monthly}) == 12
    assert monthly[0] == date(2026, 1, 31) and monthly[-1] == date(2026, 12, 31)
    # backups of other kinds are never rotated away
    manual = new_backup_path(db_path, "manual", NOON)
    manual.write_bytes(b"")
    rotate(db_path, 7, 12)
    assert manual.exists()


def test_rotation_follows_the_settings(db_path: Path) -> None:
    from tierslieu.services import settings

    engine = make_engine(db_path)
    settings.set(engine, "backup.keep_daily", 2)
    settings.set(engine, "backup.keep_monthly", 0)
    engine.dispose()
    for day in range(5):
        _fake_daily(db_path, NOON + timedelta(days=day))
    _touch(db_path, NOON + timedelta(days=10))
    made = auto_backup(db_path, now=NOON + timedelta(days=10, hours=1))
    kept = [b.path for b in list_backups(db_path, check=False)]
    assert made is not None and kept[0] == made and len(kept) == 2


def test_pg_backup_is_listed_and_restorable(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Any backend's backup carries its revision, so it validates like any backup."""
    from tierslieu.db.backup import restore, validate_backup

    members.create(engine, PersonInput(first_name="Nguyễn", last_name="Thị Hằng"))
    dest = backup(engine, tmp_path / "backups" / "copy-manual-20260101T120000Z.sqlite")
    info = validate_backup(dest)
    assert info.ok and info.revision == migrate.HEAD and info.kind == "manual"
    target = tmp_path / "restored.sqlite"
    restore(target, dest)
    con = sqlite3.connect(target)
    assert con.execute("SELECT first_name FROM person").fetchall() == [("Nguyễn",)]
    con.close()


def test_restore_is_written_in_the_restored_files_audit_log(db_path: Path,
                                                            tmp_path: Path) -> None:
    from tierslieu.db.backup import restore
    from tierslieu.services import audit
    from tierslieu.services.audit import AuditQuery

    engine = open_database(db_path)
    members.create(engine, PersonInput(last_name="Avant"))
    saved = backup(engine, tmp_path / "out" / "saved.sqlite")
    members.create(engine, PersonInput(last_name="Après"))
    engine.dispose()
    result = restore(db_path, saved)
    assert result.aside is not None
    # written before the rename: nothing of the restore's own write is left beside the file
    assert not [p.name for p in db_path.parent.iterdir()
                if p.name.startswith(db_path.name) and p.name != db_path.name]
    engine = open_database(db_path)
    try:
        rows = audit.entries(engine, AuditQuery(action="db.restore"))
        assert [(r.action, r.detail["backup"]) for r in rows] == [("db.restore", "saved.sqlite")]
        assert audit.verify(engine).ok
        assert [p.last_name for p in members.search(engine, "")] == ["Avant"]
    finally:
        engine.dispose()
