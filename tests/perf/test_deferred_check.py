"""The integrity check no longer holds the first window back, and still guards the file.

:func:`tierslieu.db.setup.open_database_deferred` checks only the header, the declared
size and the schema before the window; the full ``quick_check`` runs in a thread while it
shows. Writes wait for its verdict, so a damaged file is moved aside exactly as it was,
and the GUI goes into the same recovery dialog as for a damage found on opening.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tierslieu.db import backup as backups
from tierslieu.db.setup import header_problem, open_database_deferred
from tierslieu.errors import DatabaseDamagedError, DatabaseError
from tierslieu.services import members
from tierslieu.services.dto import MemberQuery, PersonInput

DAY = datetime(2026, 11, 20, 12, tzinfo=UTC)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_tail_table(path: Path) -> None:
    """A table filling the end of the file: its pages can be damaged without touching the
    header or the schema (what the cheap check reads)."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")
    con.executemany("INSERT INTO filler (body) VALUES (?)", [("x" * 900,) for _ in range(200)])
    con.commit()
    con.close()


def _damage_tail(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:      # two whole pages near the end: the filler's leaves
        fh.seek(size - 3 * 4096)
        fh.write(bytes(range(256)) * 32)


@pytest.fixture
def tailed(db_path: Path) -> Path:
    _with_tail_table(db_path)
    return db_path


def test_a_sound_file_opens_at_once_and_writes_go_on_after_the_verdict(tailed: Path) -> None:
    engine, check = open_database_deferred(tailed)
    assert check is not None and not check.is_done()     # nothing read past the schema yet
    verdicts: list[str | None] = []
    check.start(verdicts.append)
    members.create(engine, PersonInput(last_name="Durand"))  # waits for the verdict
    assert check.is_done() and verdicts == [None]
    assert check.wait() is None
    check.start(verdicts.append)           # asked after the verdict: told at once
    assert verdicts == [None, None]
    assert [r.last_name for r in members.search(engine, MemberQuery())] == ["Durand"]
    engine.dispose()


def test_damage_found_after_opening_blocks_writes_and_moves_the_file_aside_untouched(
        tailed: Path) -> None:
    backups.make_backup(tailed, "daily", DAY)
    _damage_tail(tailed)
    damaged = _sha(tailed)
    engine, check = open_database_deferred(tailed)       # the cheap checks pass
    assert check is not None
    check.start()
    with pytest.raises(DatabaseError) as err:
        members.create(engine, PersonInput(last_name="Perdu"))
    assert err.value.key == "db_physical_damage"
    assert check.wait() is not None
    engine.dispose()
    assert _sha(tailed) == damaged                        # not one byte written
    error = check.damaged_error()
    assert isinstance(error, DatabaseDamagedError) and not tailed.exists()
    assert _sha(Path(error.aside)) == damaged
    assert len(error.candidates) == 1


@pytest.mark.parametrize("how", ["header", "truncated"])
def test_a_bad_header_or_a_cut_file_is_refused_before_the_window(tailed: Path,
                                                                 how: str) -> None:
    size = tailed.stat().st_size
    with open(tailed, "r+b") as fh:
        if how == "header":
            fh.write(b"\xde\xad" * 50)
        else:
            fh.truncate(size // 2 + 1000)
    assert header_problem(tailed) is not None
    with pytest.raises(DatabaseDamagedError):
        open_database_deferred(tailed)
    assert not tailed.exists()


def test_a_new_or_empty_file_has_nothing_to_defer(tmp_path: Path) -> None:
    engine, check = open_database_deferred(tmp_path / "new.sqlite")
    assert check is None
    engine.dispose()


def test_the_gui_shows_the_recovery_dialog_when_the_background_check_finds_damage(
        tailed: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui: the file opens (cheap checks pass), the check finds the damage while the
    sign-in dialog is up; the dialog closes, the file goes aside, the recovery dialog
    comes; quitting it exits 1."""
    from PySide6.QtCore import QEventLoop, QTimer

    from tierslieu.db import setup
    from tierslieu.gui import app as gui_app
    from tierslieu.gui.dialogs.recovery import RecoveryDialog

    backups.make_backup(tailed, "daily", DAY)
    _damage_tail(tailed)
    damaged = _sha(tailed)
    found_late = threading.Event()
    original = setup.IntegrityCheck._run

    def run(self: Any) -> None:
        original(self)
        if self.problem:
            found_late.set()

    monkeypatch.setattr(setup.IntegrityCheck, "_run", run)
    seen: list[RecoveryDialog] = []
    loops: list[int] = []

    def recovery_exec(self: RecoveryDialog) -> int:
        """The dialog's own event loop runs (Qt's "quit now" flag is not left set by
        the damage handling: an event loop would return -1 at once), then "quit"."""
        seen.append(self)
        loop = QEventLoop()
        QTimer.singleShot(0, lambda: loop.exit(7))
        loops.append(loop.exec())
        return 0

    monkeypatch.setattr(RecoveryDialog, "exec", recovery_exec)
    try:
        assert gui_app.run_gui(str(tailed)) == 1
    finally:  # run_gui styled and translated the shared application
        gui_app.remove_translators(qapp)
        qapp.setStyleSheet("")
    assert found_late.is_set()              # found by the deferred check, not on opening
    assert len(seen) == 1 and seen[0].model.rowCount() == 1
    assert loops == [7]
    assert _sha(Path(seen[0].error.aside)) == damaged and not tailed.exists()


def test_the_daily_backup_follows_a_sound_check_whoever_signed_in(tailed: Path) -> None:
    from tierslieu import security
    from tierslieu.security import Principal

    engine, check = open_database_deferred(tailed, daily_backup=True)
    assert check is not None and backups.list_backups(tailed) == []   # not before the check
    security.set_session(Principal("incubation", "coach"))    # signed in meanwhile
    try:
        assert check.wait() is None
    finally:
        security.set_session(None)
    assert [b.kind for b in backups.list_backups(tailed)] == ["daily"]
    engine.dispose()
