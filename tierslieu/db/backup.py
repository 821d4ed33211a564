"""Backups and restore through SQLite's online backup API, never by copying the file.

Every file is first written as ``*.tmp`` in its final folder, checked, fsync'd and only
then renamed, so a crash never leaves a half-written file under a backup's name (nor
under the database's name, on restore). Files are created 0600, folders 0700.

Backups of ``x.sqlite`` live in ``backups/`` next to it, named
``x-<kind>-<UTC time>.sqlite``: ``daily`` (first start of the day, rotated: the newest of
each of the last N days and of the last M months are kept), ``manual``,
``pre-migration-<rev>``, ``before-restore`` (the database a restore replaced) and
``pre-repair``.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.db.integrity import (
    SIDECARS,
    fsync_dir,
    has_sqlite_header,
    physical_lines,
    physical_problem,
)
from tierslieu.errors import ConflictError, DatabaseError, NotFoundError, ValidationError

log = logging.getLogger(__name__)

KEEP_DAILY_KEY, KEEP_DAILY = "backup.keep_daily", 7
KEEP_MONTHLY_KEY, KEEP_MONTHLY = "backup.keep_monthly", 12
KINDS = ("daily", "manual", "pre-migration", "before-restore", "pre-repair")
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"-(?P<kind>daily|manual|pre-migration-[^-]+|before-restore|pre-repair)"
                   r"-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite$")

Progress = Callable[[int, int, int], None]  # sqlite3's: status, remaining pages, total pages


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed to the user (``ok``: header, check and revision pass)."""

    path: Path
    created: datetime      # UTC
    kind: str              # daily, manual, pre-migration, before-restore, pre-repair, other
    size: int
    revision: str | None
    ok: bool
    problem: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"path": str(self.path), "created": self.created.isoformat(),
                "kind": self.kind, "size": self.size, "revision": self.revision,
                "ok": self.ok, "problem": self.problem}


@dataclass(frozen=True)
class RestoreResult:
    path: Path               # the database, now holding the backup's data
    source: Path
    aside: Path | None       # where the replaced database was kept
    revision: str | None


@functools.cache
def _known_revisions() -> frozenset[str]:
    from tierslieu.db import migrate

    return frozenset(migrate.known_revisions())


def timestamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)


# -- writing one file safely ---------------------------------------------------------------

def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)


def _new_private_file(path: Path) -> None:
    # a journal left by a killed predecessor would be played back onto the new copy
    for suffix in ("", *SIDECARS):
        Path(str(path) + suffix).unlink(missing_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)  # whatever the umask


def _copy_into(src: Path, tmp: Path, progress: Progress | None, *, live: bool = True) -> None:
    """``src`` → ``tmp`` with the backup API, then checked and fsync'd.

    A ``live`` database is opened read-write (never created), so a hot journal left by a
    crash is rolled back first; a backup being restored is only read.
    """
    _new_private_file(tmp)
    mode = "rw" if live else "ro"
    source = sqlite3.connect(f"file:{src}?mode={mode}", uri=True, timeout=10)
    target = sqlite3.connect(tmp)
    try:
        if progress is None:
            source.backup(target)  # one step: one consistent snapshot, writers wait
        else:
            source.backup(target, pages=64, progress=progress)
        target.execute("PRAGMA journal_mode=DELETE")
        # a faithful copy of a sound file; rows breaking a CHECK are copied as they are
        damage = physical_lines([str(r[0]) for r in target.execute("PRAGMA integrity_check")])
        if damage:
            raise DatabaseError("db_check_failed", detail="; ".join(damage[:3]))
    finally:
        target.close()
        source.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())


def backup_sqlite_file(src: Path, dest: Path, *, progress: Progress | None = None) -> Path:
    """Copy a live SQLite database to ``dest`` with the backup API; returns ``dest``."""
    dest = dest.resolve()
    _private_dir(dest.parent)
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        _copy_into(src, tmp, progress)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, dest)
    fsync_dir(dest.parent)
    return dest


def copy_to_sqlite(engine: Engine, dest: Path) -> Path:
    """A portable SQLite copy of any database (used to back up PostgreSQL), with its
    schema revision, so it can be listed and restored like any backup."""
    from sqlalchemy import create_engine, insert, select, text

    from tierslieu.db import migrate
    from tierslieu.db.models import Base

    dest = dest.resolve()
    _private_dir(dest.parent)
    tmp = dest.with_name(dest.name + ".tmp")
    _new_private_file(tmp)
    revision = migrate.current_revision(engine)
    target = create_engine(f"sqlite:///{tmp}")
    try:
        Base.metadata.create_all(target)
        with engine.connect() as src, target.begin() as dst:
            for table in Base.metadata.sorted_tables:
                rows = [dict(r._mapping) for r in src.execute(select(table))]
                if rows:
                    dst.execute(insert(table), rows)
            dst.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL "
                             "PRIMARY KEY)"))
            if revision:
                dst.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": revision})
    except BaseException:
        target.dispose()
        tmp.unlink(missing_ok=True)
        raise
    target.dispose()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    fsync_dir(dest.parent)
    return dest


def backup(engine: Engine, dest: Path, *, force: bool = True) -> Path:
    """Back up any database to the SQLite file ``dest`` (refused if it exists, unless
    ``force``: then it is replaced atomically, never truncated first)."""
    security.require("backup.create")
    from tierslieu.db.engine import sqlite_path

    if not force and dest.exists():
        raise ConflictError("backup_exists", "file", value=str(dest))
    src = sqlite_path(engine)
    if src is not None:
        if dest.resolve() == src.resolve():
            raise ValidationError("restore_same_file", "file", value=str(dest))
        return backup_sqlite_file(src, dest)
    return copy_to_sqlite(engine, dest)


# -- the backups folder --------------------------------------------------------------------

def backup_folder(db_file: Path) -> Path:
    from tierslieu.paths import backup_dir_for

    return backup_dir_for(db_file)


def new_backup_path(db_file: Path, kind: str, now: datetime | None = None) -> Path:
    """A free name ``<stem>-<kind>-<UTC time>.sqlite`` in the database's backups folder."""
    folder = backup_folder(db_file)
    base = f"{db_file.stem}-{kind}-{timestamp(now)}"
    path, n = folder / f"{base}.sqlite", 1
    while path.exists():
        path, n = folder / f"{base}-{n}.sqlite", n + 1
    return path


def make_backup(db_file: Path, kind: str = "manual", now: datetime | None = None) -> Path:
    """Back up a SQLite database into its backups folder."""
    security.require("backup.create")
    return backup_sqlite_file(db_file, new_backup_path(db_file, kind, now))


def _parse_name(db_stem: str | None, name: str) -> tuple[str, datetime] | None:
    """Kind and UTC time of a backup named after ``db_stem`` (any stem if None)."""
    if db_stem is not None:
        if not name.startswith(db_stem + "-"):
            return None
        m = _NAME.fullmatch(name[len(db_stem):])
    else:
        m = _NAME.search(name)
    if m is None:
        return None
    kind = m["kind"]
    kind = "pre-migration" if kind.startswith("pre-migration-") else kind
    return kind, datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=UTC)


def read_revision(path: Path) -> str | None:
    """The schema revision written in a SQLite file (None: not a TiersLieu database)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "person", "setting"} <= tables:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        con.close()


def describe(path: Path, *, kind: str = "other", created: datetime | None = None,
             full: bool = False) -> BackupInfo:
    """Size, revision and check status of one backup file (never raises on a bad file)."""
    stat = path.stat()
    created = created or datetime.fromtimestamp(stat.st_mtime, UTC)
    revision: str | None = None
    try:
        problem = physical_problem(path, full=full, readonly=True)
        if problem is None:
            revision = read_revision(path)
            if revision is None:
                problem = "not a TiersLieu database"
            elif revision not in _known_revisions():
                problem = f"newer revision {revision}"
    except (sqlite3.Error, DatabaseError) as exc:
        problem = str(exc)
    return BackupInfo(path, created, kind, stat.st_size, revision, problem is None,
                      problem or "")


def list_backups(db_file: Path, *, check: bool = True) -> list[BackupInfo]:
    """The backups of ``db_file`` in its backups folder, newest first."""
    folder = db_file.parent / "backups"
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob(f"{glob_escape(db_file.stem)}-*.sqlite"):
        parsed = _parse_name(db_file.stem, path.name)
        if parsed is None or not path.is_file():
            continue
        kind, created = parsed
        if check:
            found.append(describe(path, kind=kind, created=created))
        else:
            found.append(BackupInfo(path, created, kind, path.stat().st_size, None, True))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def good_backups(db_file: Path) -> list[BackupInfo]:
    """Backups that pass their checks, newest first: the candidates for a restore."""
    return [b for b in list_backups(db_file) if b.ok]


# -- automatic daily backups and rotation --------------------------------------------------

def _setting(db_file: Path, key: str, default: int) -> int:
    try:
        con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
        value = json.loads(row[0]) if row else default
    except (sqlite3.Error, ValueError):
        return default
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else default


def _local_day(when: datetime) -> tuple[int, int, int]:
    d = when.astimezone()
    return d.year, d.month, d.day


def _has_data(db_file: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            return bool(con.execute("SELECT count(*) FROM sqlite_master "
                                    "WHERE type='table'").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return False


def _last_change(db_file: Path) -> datetime:
    times = [p.stat().st_mtime for p in (db_file, Path(str(db_file) + "-wal")) if p.exists()]
    return datetime.fromtimestamp(max(times), UTC)


def auto_backup(db_file: Path, *, now: datetime | None = None, keep_daily: int | None = None,
                keep_monthly: int | None = None) -> Path | None:
    """The once-a-day backup at start-up, then rotation; None when not needed.

    The marker is the newest backup's date: nothing is done when a backup was already
    taken today (local time), nor when the database has not changed since the newest one.
    """
    now = now or datetime.now(UTC)
    if not db_file.exists() or not _has_data(db_file):
        return None
    existing = list_backups(db_file, check=False)
    if existing:
        newest = existing[0].created
        if _local_day(newest) == _local_day(now) or _last_change(db_file) <= newest:
            return None
    made = make_backup(db_file, "daily", now)
    log.info("daily backup: %s", made)
    rotate(db_file,
           keep_daily if keep_daily is not None else _setting(db_file, KEEP_DAILY_KEY,
                                                              KEEP_DAILY),
           keep_monthly if keep_monthly is not None else _setting(db_file, KEEP_MONTHLY_KEY,
                                                                  KEEP_MONTHLY))
    return made


def to_remove(daily: list[BackupInfo], keep_daily: int, keep_monthly: int) -> list[BackupInfo]:
    """Which daily backups rotation removes (Anki's thinning): newest first, keep one per
    day for ``keep_daily`` days, then one per month for ``keep_monthly`` months."""
    keep_days, keep_months = keep_daily, keep_monthly
    last_day: tuple[int, int, int] | None = None
    last_month: tuple[int, int] | None = None
    obsolete = []
    for b in sorted(daily, key=lambda b: b.created, reverse=True):
        day = _local_day(b.created)
        if keep_days > 0 and day != last_day:
            keep_days -= 1
        elif keep_months > 0 and day[:2] != last_month:
            keep_months -= 1
        else:
            obsolete.append(b)
            continue
        last_day, last_month = day, day[:2]
    return obsolete


def rotate(db_file: Path, keep_daily: int = KEEP_DAILY,
           keep_monthly: int = KEEP_MONTHLY) -> list[Path]:
    """Delete the daily backups the policy no longer keeps; other kinds are never rotated."""
    daily = [b for b in list_backups(db_file, check=False) if b.kind == "daily"]
    removed = []
    for b in to_remove(daily, max(keep_daily, 1), keep_monthly):
        b.path.unlink(missing_ok=True)
        removed.append(b.path)
    return removed


# -- restore -------------------------------------------------------------------------------

def validate_backup(path: Path) -> BackupInfo:
    """A file fit to become the database: SQLite header, ``integrity_check`` ok, a
    TiersLieu schema at a revision this version knows. Raises ``ValidationError``."""
    if not path.is_file():
        raise NotFoundError("backup_not_found", ref=str(path))
    if not has_sqlite_header(path):
        raise ValidationError("restore_not_sqlite", "file", value=str(path))
    try:
        problem = physical_problem(path, full=True, readonly=True)
        revision = read_revision(path) if problem is None else None
    except (sqlite3.Error, DatabaseError) as exc:
        problem, revision = str(exc), None
    if problem is not None:
        raise ValidationError("restore_damaged", "file", value=str(path), detail=problem)
    if revision is None:
        raise ValidationError("restore_not_tierslieu", "file", value=str(path))
    if revision not in _known_revisions():
        raise ValidationError("restore_newer", "file", value=str(path), rev=revision)
    parsed = _parse_name(None, path.name)
    return describe(path, kind=parsed[0] if parsed else "other",
                    created=parsed[1] if parsed else None)


def _settle(db_file: Path) -> None:
    """Let SQLite finish with the current file: a hot journal is rolled back, a WAL
    checkpointed. A journal or WAL still there means another program is using it."""
    con = sqlite3.connect(f"file:{db_file}?mode=rw", uri=True, timeout=10)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if con.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    for suffix in ("-journal", "-wal"):
        side = Path(str(db_file) + suffix)
        if side.exists() and side.stat().st_size > 0:
            raise ConflictError("db_in_use", path=str(db_file), sidecar=side.name)


def restore(db_file: Path, source: Path, *, now: datetime | None = None,
            progress: Progress | None = None) -> RestoreResult:
    """Replace the database ``db_file`` with the backup ``source``, atomically.

    The backup is validated first; the current database is kept aside (a
    ``before-restore`` backup, or renamed ``.corrupt-<time>`` if it is too damaged to be
    read); the backup is copied with the backup API into a temporary file in the same
    folder, checked, fsync'd, and renamed over the database. Killed at any point, the
    database is either the old one, whole, or the new one, whole.
    """
    security.require("backup.restore")
    from tierslieu.db.integrity import move_aside
    from tierslieu.db.safety import check_path

    db_file, source = Path(db_file).resolve(), Path(source).resolve()
    if source == db_file:
        raise ValidationError("restore_same_file", "file", value=str(source))
    info = validate_backup(source)
    check_path(db_file)
    _private_dir(db_file.parent)
    aside: Path | None = None
    if db_file.exists():
        damaged = physical_problem(db_file) is not None
        if not damaged:
            _settle(db_file)
            try:
                aside = make_backup(db_file, "before-restore", now)
            except (sqlite3.DatabaseError, DatabaseError):
                damaged = True
        if damaged:
            aside = move_aside(db_file)
    tmp = db_file.with_name(db_file.name + ".restore-tmp")
    try:
        _copy_into(source, tmp, progress, live=False)
        # the restore is recorded inside the file being put in place, before the rename:
        # once renamed, nothing writes to the database path, so a kill leaves no journal
        _audit_restore(tmp, source, info.revision)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        for suffix in ("", *SIDECARS):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        raise
    if db_file.exists():
        _settle(db_file)
    for suffix in SIDECARS:  # an empty journal or an idle -shm of the old file
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_file)
    fsync_dir(db_file.parent)
    log.info("database %s restored from %s (previous kept as %s)", db_file, source, aside)
    return RestoreResult(db_file, source, aside, info.revision)


def _audit_restore(db_file: Path, source: Path, revision: str | None) -> None:
    """Write the restore into the restored file's audit log (a file from before the audit
    log has none: it gets one when migrated at the next opening)."""
    from sqlalchemy import inspect

    from tierslieu.db.engine import make_engine
    from tierslieu.services import audit

    engine = make_engine(db_file, journal_mode="DELETE")
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("audit_state"):
                return
        audit.log(engine, "db.restore", "database", "", {"backup": source.name,
                                                           "revision": revision})
    except Exception as exc:  # noqa: BLE001 - the restore itself succeeded
        log.warning("restore not written to the audit log: %s", exc)
    finally:
        engine.dispose()
