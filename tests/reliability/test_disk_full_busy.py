"""A full disk and a busy database: clear domain errors or a wait, never a crash or a loss."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from tierslieu.db import engine as eng
from tierslieu.db.setup import open_database
from tierslieu.errors import DatabaseError
from tierslieu.services import members
from tierslieu.services.dto import PersonInput


def _ids(path: Path) -> set[int]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in con.execute("SELECT id FROM person")}
    finally:
        con.close()


def test_full_disk_gives_a_domain_error_and_loses_nothing(db_path: Path, child: Any,
                                                          recorder: Any) -> None:
    """RLIMIT_FSIZE in the child: SQLite cannot grow the file past the limit."""
    result = child.run("disk_full", db_path, 64 * 1024)
    lines = result.stdout.split("\n")
    assert lines[0] == "ready", result.stderr
    acked = {int(line) for line in lines[1:] if line.isdigit()}
    last = [line for line in lines if line.startswith(("error", "no error"))]
    assert last and last[0].startswith("error DatabaseError db_write_failed"), result.stdout
    assert "disque plein" in last[0]
    assert result.returncode == 0, result.stderr      # handled, not a crash
    assert len(acked) >= 5
    present = _ids(db_path)                           # the limit was the child's only
    recorder.lost(len(acked - present))
    assert acked <= present
    assert present == acked                           # the failed one is not half there
    engine = open_database(db_path)                   # and work goes on once space is back
    members.create(engine, PersonInput(last_name="Après"))
    engine.dispose()
    recorder.fault("disk full (RLIMIT_FSIZE)")


def test_busy_database_waits_for_the_other_writer(db_path: Path, child: Any,
                                                  recorder: Any) -> None:
    """Another process holds a write transaction for 1 s: the service waits, then succeeds."""
    engine = open_database(db_path)
    proc = child.start("hold", db_path, 1.0)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked", proc.stderr.read()  # type: ignore[union-attr]
    started = time.monotonic()
    row = members.create(engine, PersonInput(last_name="Patient"))
    waited = time.monotonic() - started
    assert proc.wait(timeout=10) == 0
    assert proc.stdout.read().strip() == "released"
    assert waited > 0.3                               # it did wait for the lock...
    assert row.id in _ids(db_path)                    # ...and then wrote
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT value FROM setting WHERE key = 'held'").fetchone() == ("1",)
    con.close()
    engine.dispose()
    recorder.fault("database busy (write lock held 1 s by another process)")


def test_lock_held_past_the_busy_timeout_is_a_domain_error(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, recorder: Any) -> None:
    monkeypatch.setattr(eng, "BUSY_TIMEOUT_MS", 100)
    engine = open_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError) as err:
            members.create(engine, PersonInput(last_name="Pressé"))
        assert err.value.key == "db_busy"
        assert "occupée" in err.value.message("fr")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    members.create(engine, PersonInput(last_name="Pressé"))  # the lock gone, it works
    engine.dispose()
    recorder.fault("lock held past the busy timeout")
