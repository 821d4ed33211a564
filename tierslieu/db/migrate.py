"""Bring a database to the newest schema, safely.

SQLite: an automatic backup first (backup API), then ``PRAGMA foreign_keys=OFF``
*before* the transaction (inside it the pragma does nothing, and a batch rebuild of a
parent table would silently cascade-delete its children), all revisions in one
transaction, ``foreign_key_check`` before COMMIT, foreign keys back ON.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from tierslieu.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
# the newest revision, so an up-to-date database opens without importing Alembic (~250 ms);
# tests/db/test_migrations.py checks it against the scripts
HEAD = "0009"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return not inspect(conn).get_table_names()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine, revision: str = "head", *, backup: bool = True) -> Path | None:
    """Upgrade to ``revision``; returns the path of the pre-migration backup, if one was made."""
    current = current_revision(engine)
    if current == HEAD and revision in ("head", HEAD):
        return None
    from alembic import command

    from tierslieu.db import backup as backups
    from tierslieu.db.engine import sqlite_path

    if current is not None and current not in known_revisions():
        raise DatabaseError("db_newer", rev=current)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    saved: Path | None = None
    path = sqlite_path(engine)
    if backup and path is not None and not is_empty(engine):
        from tierslieu.paths import backup_dir_for

        name = f"{path.stem}-pre-migration-{current or 'none'}-{backups.timestamp()}.sqlite"
        saved = backups.backup_sqlite_file(path, backup_dir_for(path) / name)
        log.info("backup before migration: %s", saved)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # must happen outside any transaction: the driver is in autocommit mode
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            cfg = alembic_config(conn)
            if sqlite:
                cfg.attributes["after_migrations"] = _check_foreign_keys
            # ONE transaction for every revision, begun here so Alembic sees it as external:
            # Alembic takes SQLite's DDL as non-transactional and would commit after each
            # revision (a kill -9 between two of them left a half-upgraded file)
            conn.begin()
            command.upgrade(cfg, revision)
            if conn.in_transaction():
                conn.commit()
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    return saved


def _check_foreign_keys(conn: Connection) -> None:
    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise DatabaseError("db_check_failed", detail=f"foreign_key_check: {problems[:5]}")
