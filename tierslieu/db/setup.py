"""Open a database ready for use: safe path, integrity, daily backup, migrations to head.

For a SQLite file, in this order: a network drive or a synced folder is refused;
``quick_check`` runs (a damaged file is moved aside and :class:`DatabaseDamagedError`
lists the backups that can replace it); the daily backup is taken when asked (the GUI
asks); the schema is upgraded (after its own backup). Write errors (disk full, a lock
held too long) then surface as domain errors.

The desktop application does not make its first window wait for ``quick_check``, which
reads every page (1.2 s on the 200 MB large demo, most of the start-up):
:func:`open_database_deferred` checks synchronously only what can be told without
reading the whole file (the 100-byte header, the size it declares, the schema table) and
hands back an :class:`IntegrityCheck` that runs the full ``quick_check`` — then the daily
backup, never taken of a file not yet known sound — in a thread of its own while the
window shows. Until its verdict, **write transactions wait** (a gate on the engine's
``begin``; reads go on), so nothing is written into a file that may be damaged; if it is
damaged, writes fail with ``db_physical_damage``, the GUI closes the window, disposes
the engine and only then moves the file aside (:meth:`IntegrityCheck.damaged_error`)
into the same recovery dialog as a damage found before opening. The check is done before
opening as it always was when the file needs a migration (its pre-migration backup and
the upgrade must not start from a damaged file) or a crash left a journal beside it.
The CLI and the tests keep :func:`open_database`, which checks everything first.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine

from tierslieu.db import migrate
from tierslieu.db.engine import make_engine, resolve_url, sqlite_path
from tierslieu.errors import DatabaseDamagedError, DatabaseError

log = logging.getLogger(__name__)


def open_database(db: str | os.PathLike[str] | URL | None = None, *,
                  upgrade: bool = True, check: bool = True, daily_backup: bool = False,
                  now: datetime | None = None) -> Engine:
    """The engine for ``db``, upgraded to the newest schema (after a backup) if asked.

    ``check``: ``quick_check`` a SQLite file first (the ``db`` maintenance commands skip
    it: they inspect or replace the file themselves). ``daily_backup``: take the
    once-a-day backup (first start of the day) and rotate the old ones.
    """
    engine, _pending = _open(db, upgrade=upgrade, check=check, daily_backup=daily_backup,
                             now=now, defer=False)
    return engine


def open_database_deferred(db: str | os.PathLike[str] | URL | None = None, *,
                           daily_backup: bool = False, now: datetime | None = None
                           ) -> tuple[Engine, IntegrityCheck | None]:
    """Like :func:`open_database`, but the full ``quick_check`` (and the daily backup after
    it) is left to the returned :class:`IntegrityCheck`, to be started once the window
    shows; writes wait for its verdict. None when everything was checked already
    (PostgreSQL, a new or empty file, a file that needed a migration or crash recovery)."""
    return _open(db, upgrade=True, check=True, daily_backup=daily_backup, now=now,
                 defer=True)


def _open(db: str | os.PathLike[str] | URL | None, *, upgrade: bool, check: bool,
          daily_backup: bool, now: datetime | None, defer: bool
          ) -> tuple[Engine, IntegrityCheck | None]:
    from tierslieu.db import integrity

    url = db if isinstance(db, URL) else resolve_url(db)
    if url.get_backend_name() == "postgresql" and not url.password:
        from tierslieu.security import pg_url

        url = pg_url(url)  # the password saved by `tierslieu db pg-password` (system keyring)
    path = sqlite_path(url)
    pending: IntegrityCheck | None = None
    if path is not None:
        from tierslieu.db.safety import check_path

        check_path(path)  # before anything is created or moved
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if check and defer and _can_defer(path):
            _cheap_check(path, now)
            pending = IntegrityCheck(path, daily_backup=daily_backup, now=now)
        elif check:
            integrity.check_on_open(path, now)
    engine = make_engine(url)
    integrity.install_error_mapping(engine)
    try:
        if pending is not None:
            if migrate.current_revision(engine) == migrate.HEAD:
                upgrade = False          # nothing to migrate (and the gate is not passed)
                pending.install_gate(engine)
            else:
                # a migration backs the file up and rewrites it: only from a sound file
                engine.dispose()
                pending = None
                integrity.check_on_open(path, now)  # type: ignore[arg-type]
        if pending is None and daily_backup and path is not None:
            _daily_backup(path, now)
        if upgrade:
            migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine, pending


def _daily_backup(path: os.PathLike[str], now: datetime | None) -> None:
    """A failed daily backup is logged, not fatal: the work of the day can still be saved."""
    from tierslieu.db import backup

    try:
        backup.auto_backup(Path(path), now=now)
    except Exception:  # noqa: BLE001 - never block opening for a missed backup
        log.exception("daily backup failed for %s", path)


# -- the check deferred past the first window -----------------------------------------------

_SIDECARS = ("-journal", "-wal")


def _can_defer(path: Path) -> bool:
    """A file with data and no journal beside it: after a crash (a hot journal or WAL to
    replay) the full check runs first, as SQLite's recovery rewrites pages."""
    try:
        if path.stat().st_size == 0:
            return False
    except FileNotFoundError:
        return False
    for suffix in _SIDECARS:
        side = Path(str(path) + suffix)
        try:
            if side.stat().st_size > 0:
                return False
        except FileNotFoundError:
            pass
    return True


def header_problem(path: Path) -> str | None:
    """What the first page tells without reading the rest: the SQLite header, and a file
    shorter than the page count its header declares (cut in the middle). None if sound."""
    from tierslieu.db.integrity import SQLITE_HEADER

    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or head[:16] != SQLITE_HEADER:
        return "not a SQLite database (bad header)"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"bad page size in the header ({page_size})"
    pages = int.from_bytes(head[28:32], "big")
    # the declared size is valid when the change counter matches "version valid for"
    if pages and head[24:28] == head[92:96] and path.stat().st_size < pages * page_size:
        return f"file shorter than its header says ({path.stat().st_size} < {pages * page_size})"
    return None


def _cheap_check(path: Path, now: datetime | None) -> None:
    """The header, the declared size, the schema table: a damaged file caught here goes
    aside at once, as with the full check (:func:`integrity.check_on_open`)."""
    import sqlite3

    from tierslieu.db import integrity

    problem = header_problem(path)
    if problem is None:
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
            try:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseError("db_busy", detail=str(exc)) from exc
            problem = str(exc)
    if problem is not None:
        from tierslieu.db.backup import good_backups

        aside = integrity.move_aside(path, now)
        raise DatabaseDamagedError(path, aside, good_backups(path), detail=problem)


class IntegrityCheck:
    """``quick_check`` of a file already open, in a thread of its own (no Qt here).

    :meth:`start` runs it, then the daily backup if asked; ``on_done(problem)`` is called
    from that thread with None (sound) or what is wrong. Write transactions on the engine
    wait for the verdict (:meth:`install_gate`); after a damage they fail.
    """

    def __init__(self, path: Path, *, daily_backup: bool = False,
                 now: datetime | None = None) -> None:
        self.path = path
        self.daily_backup = daily_backup
        self.now = now
        self.problem: str | None = None
        self._verdict = threading.Event()       # the check is over (the backup may follow)
        self._finished = threading.Event()      # the check and the backup are over
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[str | None], None]] = []

    # -- running -------------------------------------------------------------------------

    def start(self, on_done: Callable[[str | None], None] | None = None) -> None:
        """Run the check in its thread (once); ``on_done(problem)`` is called from that
        thread when the verdict is known — at once, here, if it is known already."""
        with self._lock:
            known = self._verdict.is_set()
            if on_done is not None and not known:
                self._callbacks.append(on_done)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="tierslieu-integrity",
                                                daemon=True)
                self._thread.start()
        if on_done is not None and known:
            on_done(self.problem)

    def _run(self) -> None:
        from tierslieu.db import integrity

        try:
            try:
                self.problem = integrity.physical_problem(self.path)
            except DatabaseError as exc:      # busy is not damaged: the next start checks
                log.warning("integrity check skipped: %s", exc)
            except Exception:  # noqa: BLE001 - an unexpected failure is not a verdict of damage
                log.exception("integrity check failed to run on %s", self.path)
            with self._lock:
                self._verdict.set()
                callbacks, self._callbacks = self._callbacks, []
            for callback in callbacks:
                callback(self.problem)
            if self.problem is None and self.daily_backup:
                from tierslieu import security

                # on behalf of the file's owner, as when it ran before anyone signed in
                with security.acting_as(security.OWNER):
                    _daily_backup(self.path, self.now)
        finally:
            self._verdict.set()
            self._finished.set()

    def is_done(self) -> bool:
        return self._verdict.is_set()

    def wait(self, timeout: float | None = None) -> str | None:
        """Block until the check (and the backup after it) is over; the problem or None."""
        self.start()
        self._finished.wait(timeout)
        return self.problem

    # -- writes wait for the verdict -------------------------------------------------------

    def install_gate(self, engine: Engine) -> None:
        event.listen(engine, "begin", self._gate, insert=True)

    def _gate(self, conn: Any) -> None:
        if conn.get_execution_options().get("tierslieu_readonly"):
            return
        if not self._verdict.is_set():
            self.start()
            self._verdict.wait()
        if self.problem is not None:
            raise DatabaseError("db_physical_damage", detail=self.problem)

    # -- after a damage ----------------------------------------------------------------------

    def damaged_error(self) -> DatabaseDamagedError:
        """Move the damaged file aside (call it once the engine is disposed) and say which
        backups can replace it, as :func:`integrity.check_on_open` does."""
        from tierslieu.db import integrity
        from tierslieu.db.backup import good_backups

        aside = integrity.move_aside(self.path, self.now)
        return DatabaseDamagedError(self.path, aside, good_backups(self.path),
                                    detail=self.problem or "")
