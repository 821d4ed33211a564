"""Backups through SQLite's online backup API, never by copying the file.

A backup is written to ``*.tmp``, checked with ``integrity_check``, fsync'd and only
then renamed, so no file that looks like a backup is ever half-written.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from tierslieu.errors import DatabaseError


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_sqlite_file(src: Path, dest: Path) -> Path:
    """Copy a live SQLite database to ``dest`` with the backup API; returns ``dest``."""
    dest = dest.resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=10)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
        result = target.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise DatabaseError("db_check_failed", detail=result)
    finally:
        target.close()
        source.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    _fsync_dir(dest.parent)
    return dest


def copy_to_sqlite(engine: Engine, dest: Path) -> Path:
    """A portable SQLite copy of any database (used to back up PostgreSQL)."""
    from sqlalchemy import create_engine, insert, select

    from tierslieu.db.models import Base

    dest = dest.resolve()
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    target = create_engine(f"sqlite:///{tmp}")
    Base.metadata.create_all(target)
    with engine.connect() as src, target.begin() as dst:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            if rows:
                dst.execute(insert(table), rows)
    target.dispose()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    return dest


def backup(engine: Engine, dest: Path) -> Path:
    from tierslieu.db.engine import sqlite_path

    src = sqlite_path(engine)
    if src is not None:
        return backup_sqlite_file(src, dest)
    return copy_to_sqlite(engine, dest)


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
