"""kill -9 during a backup and during a restore.

Backup: the target is absent or a valid database, never a half file under its final
name (the copy goes to ``*.tmp`` first). Restore: the database is the old one, whole, or
the backup, whole; no journal of the old file is left next to the new one.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

from tierslieu.db import backup as backups
from tierslieu.db.setup import open_database


def _fill(path: Path, rows: int, label: str) -> None:
    """Enough pages to kill a copy halfway (one transaction: the disk is slow here)."""
    con = sqlite3.connect(path)
    with con:
        con.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                        [(f"bulk.{i}", '"' + "x" * 1500 + '"') for i in range(rows)])
        con.execute("INSERT INTO setting (key, value) VALUES ('label', ?)", (label,))
    con.close()


def _read(path: Path, sql: str) -> list[Any]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _state(path: Path) -> tuple[str, int]:
    """Which database this is (its label) and how many rows it holds; integrity first."""
    assert _read(path, "PRAGMA integrity_check") == [("ok",)]
    label = _read(path, "SELECT value FROM setting WHERE key = 'label'")[0][0]
    return label, _read(path, "SELECT count(*) FROM setting")[0][0]


def test_kill_during_backup_never_leaves_a_half_file(db_path: Path, tmp_path: Path,
                                                     child: Any, recorder: Any) -> None:
    _fill(db_path, 200, '"live"')
    expected = _state(db_path)
    out = tmp_path / "out"
    for i, fraction in enumerate((0.9, 0.5, 0.1)):  # SIGKILL inside the page copy
        dest = out / f"copy{i}.sqlite"
        result = child.run("backup", db_path, dest, fraction)
        assert result.returncode == -signal.SIGKILL, result.stderr
        assert not dest.exists()                      # never a half file under its name
        assert dest.with_name(dest.name + ".tmp").exists()  # the half copy was the .tmp
        assert _state(db_path) == expected            # the live database untouched
        recorder.fault("kill -9 inside a backup copy")
    # killed at random moments of a loop of backups to one file: absent or whole
    rnd = random.Random(3)
    dest = out / "loop.sqlite"
    for _ in range(2):
        proc = child.start("backup_loop", db_path, dest)
        assert proc.stdout is not None
        proc.stdout.readline()  # at least one backup done
        time.sleep(rnd.uniform(0.01, 0.15))  # the fault's timing is the point here
        proc.kill()
        proc.wait(timeout=10)
        assert _state(dest) == expected
        recorder.fault("kill -9 at a random moment of a backup")
    # the next backup cleans up after the killed one
    backups.backup_sqlite_file(db_path, out / "copy0.sqlite")
    assert not (out / "copy0.sqlite.tmp").exists()
    assert _state(out / "copy0.sqlite") == expected


def test_kill_during_restore_keeps_old_or_new_whole(db_path: Path, tmp_path: Path,
                                                    child: Any, recorder: Any,
                                                    template_db: Path) -> None:
    _fill(db_path, 120, '"current"')
    other = tmp_path / "other.sqlite"
    backups.backup_sqlite_file(template_db, other)
    _fill(other, 200, '"backup"')
    saved = backups.backup_sqlite_file(other, tmp_path / "saved" / "backup.sqlite")
    current, restored = _state(db_path), _state(saved)
    outcomes = []
    for fraction in (0.8, 0.2):  # SIGKILL inside the copy of the backup into the temp file
        result = child.run("restore", db_path, saved, fraction)
        assert result.returncode == -signal.SIGKILL, result.stderr
        assert _state(db_path) == current
        outcomes.append("old")
        recorder.fault("kill -9 inside a restore copy")
    rnd = random.Random(11)
    first = backups.backup_sqlite_file(db_path, tmp_path / "saved" / "current.sqlite")
    # random moments of restores back and forth; one cycle lasts ~0.3 s here. Before the
    # audit row was written into the temporary file, 3 kills in 40 left a journal.
    for _ in range(6):
        proc = child.start("restore_loop", db_path, saved, first)
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(rnd.uniform(0.0, 0.4))
        proc.kill()
        proc.wait(timeout=10)
        state = _state(db_path)
        assert state in (current, restored)
        outcomes.append(state[0])
        for suffix in ("-journal", "-wal"):  # nothing of the old file next to the new one
            side = Path(str(db_path) + suffix)
            assert not side.exists() or side.stat().st_size == 0
        recorder.fault("kill -9 at a random moment of a restore")
    engine = open_database(db_path)  # the app opens whatever is there
    engine.dispose()
    # a completed restore: the backup's data, the old database kept aside
    result = backups.restore(db_path, saved)
    assert _state(db_path) == restored
    assert result.aside is not None and _state(result.aside)[1] in (current[1], restored[1])
