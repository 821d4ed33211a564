"""Engine set-up for SQLite (default, offline) and PostgreSQL (several PCs).

SQLite: ``foreign_keys=ON``, ``synchronous=FULL``, a busy timeout and every
transaction opened with ``BEGIN IMMEDIATE`` (SQLAlchemy's documented recipe), so a
"check then insert" cannot race between two processes. WAL only when the SQLite
library is free of the WAL-reset bug (3.7.0-3.51.2, fixed in 3.51.3, 3.50.7, 3.44.6);
otherwise a rollback journal.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def wal_is_safe(version: tuple[int, ...]) -> bool:
    """True when this SQLite version is outside the WAL-reset bug range."""
    if version >= (3, 51, 3):
        return True
    if version[:2] == (3, 50) and version >= (3, 50, 7):
        return True
    if version[:2] == (3, 44) and version >= (3, 44, 6):
        return True
    return version < (3, 7, 0)


def choose_journal_mode(version: tuple[int, ...] | None = None) -> str:
    version = version or sqlite3.sqlite_version_info
    if wal_is_safe(version):
        return "wal"
    log.info("SQLite %s has the WAL-reset bug: using journal_mode=DELETE",
             ".".join(map(str, version)))
    return "delete"


def resolve_url(db: str | os.PathLike[str] | None) -> URL:
    """A SQLAlchemy URL from ``--db`` (a path or a URL), ``TIERSLIEU_DB`` or the default."""
    value = str(db) if db else os.environ.get("TIERSLIEU_DB", "")
    if not value:
        from tierslieu.paths import default_db_path

        value = str(default_db_path())
    if "://" in value:
        url = make_url(value)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(value).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def is_sqlite(url_or_engine: URL | Engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else url_or_engine
    return url.get_backend_name() == "sqlite"


def sqlite_path(url_or_engine: URL | Engine) -> Path | None:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else url_or_engine
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _prepare_sqlite_file(path: Path) -> None:
    from tierslieu.db.safety import check_path

    check_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def make_engine(db: str | os.PathLike[str] | URL | None = None, *, echo: bool = False,
                journal_mode: str | None = None) -> Engine:
    """Create the engine for a path, a URL, ``TIERSLIEU_DB`` or the default file."""
    url = db if isinstance(db, URL) else resolve_url(db)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            _prepare_sqlite_file(path)
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_policy(engine, journal_mode or choose_journal_mode())
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True,
                         isolation_level="READ COMMITTED")


def _install_sqlite_policy(engine: Engine, journal_mode: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # let SQLAlchemy, not pysqlite, decide when a transaction starts
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA journal_mode={journal_mode}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # a write lock from the start: no "check then insert" race between processes;
        # read-only work (lists, searches) starts deferred and never waits for a writer's lock
        if conn.get_execution_options().get("tierslieu_readonly"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


_factories: dict[tuple[int, bool], sessionmaker[Session]] = {}


def session_factory(engine: Engine, *, readonly: bool = False) -> sessionmaker[Session]:
    factory = _factories.get((id(engine), readonly))
    if factory is None:
        bind = engine.execution_options(tierslieu_readonly=True) if readonly else engine
        factory = sessionmaker(bind, expire_on_commit=False)
        _factories[(id(engine), readonly)] = factory
    return factory


@contextmanager
def transaction(engine: Engine, *, readonly: bool = False) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error.

    ``readonly`` work still sees one consistent snapshot, but on SQLite it does not take
    the write lock up front, so a long list never blocks the kiosk's booking.
    """
    with session_factory(engine, readonly=readonly)() as session, session.begin():
        yield session
