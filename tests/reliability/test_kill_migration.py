"""kill -9 during a migration (0001 → head, a database full of data): all or nothing.

The child upgrades through ``tierslieu.db.migrate.upgrade`` and SIGKILLs itself just
before its K-th SQL statement, K chosen early, in the middle and late among the
statements a full upgrade runs (counted once in-process). Afterwards the file is either
exactly the old database (revision, schema and every row) or the migrated one, never a
mix; the pre-migration backup, if written, is valid; the app then opens and upgrades it.
"""

from __future__ import annotations

import random
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tierslieu.db import migrate
from tierslieu.db.engine import make_engine
from tierslieu.db.setup import open_database

NOW = "2026-11-25 10:00:00+00:00"


def _fill(path: Path, people: int = 120) -> None:
    """Data as a 0001-era app wrote it, with links that a rebuild could cascade away."""
    con = sqlite3.connect(path)
    con.execute("INSERT INTO site (name, address, city, postcode, timezone, created_at,"
                " updated_at) VALUES ('Site', '', 'Lyon', '69001', 'Europe/Paris', ?, ?)",
                (NOW, NOW))
    for i in range(8):
        con.execute(
            "INSERT INTO organization (name, name_key, kind, siret, vat_number, email, phone,"
            " website, city, notes, status, created_at, updated_at) VALUES"
            " (?, ?, 'startup', '', '', '', '', '', '', '', 'active', ?, ?)",
            (f"Org É{i}", f"orge{i}", NOW, NOW))
    for i in range(people):
        con.execute(
            "INSERT INTO person (first_name, last_name, email, email_key, phone, status, notes,"
            " site_id, created_at, updated_at) VALUES (?, ?, ?, ?, '', 'active', ?, 1, ?, ?)",
            ("Zoë", f"N'Diaye {i}", f"z{i}@exemple.fr", f"z{i}@exemple.fr", "note " * 20,
             NOW, NOW))
        con.execute("INSERT INTO person_organization (person_id, organization_id, role)"
                    " VALUES (?, ?, 'member')", (i + 1, i % 8 + 1))
    con.execute("INSERT INTO setting (key, value) VALUES ('name', '\"La Fabrique\"')")
    con.commit()
    con.close()


def _read(path: Path, sql: str) -> list[Any]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _counts(path: Path, tables: list[str]) -> dict[str, int]:
    return {t: _read(path, f'SELECT count(*) FROM "{t}"')[0][0] for t in tables}


def _copy(src: Path, dest: Path) -> Path:
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    s.close()
    d.close()
    return dest


@pytest.fixture(scope="module")
def old_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("old") / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    _fill(path)
    return path


@pytest.fixture(scope="module")
def statements(old_db: Path, tmp_path_factory: pytest.TempPathFactory) -> int:
    """How many SQL statements a full upgrade runs (the child counts the same way)."""
    path = _copy(old_db, tmp_path_factory.mktemp("count") / "count.sqlite")
    engine = make_engine(path)
    seen = [0]
    event.listen(engine, "before_cursor_execute", lambda *a: seen.__setitem__(0, seen[0] + 1))
    migrate.upgrade(engine)
    engine.dispose()
    return seen[0]


def test_kill_during_migration_leaves_old_or_new_never_a_mix(
        old_db: Path, statements: int, tmp_path: Path, child: Any, recorder: Any) -> None:
    head = migrate.head_revision()
    tables = [r[0] for r in _read(old_db, "SELECT name FROM sqlite_master WHERE type='table'"
                                          " AND name NOT LIKE 'sqlite_%'")]
    old_dump, old_counts = _dump(old_db), _counts(old_db, tables)
    assert statements > 30
    rnd = random.Random(7)
    thirds = [(5, statements // 3), (statements // 3, 2 * statements // 3),
              (2 * statements // 3, statements)]
    outcomes = []
    for i, (low, high) in enumerate(thirds):
        path = _copy(old_db, tmp_path / f"run{i}" / "old.sqlite") if (
            tmp_path / f"run{i}").mkdir() is None else None
        assert path is not None
        kill_at = rnd.randint(low, high)
        result = child.run("migrate", path, kill_at)
        assert result.returncode == -signal.SIGKILL, (kill_at, result.stdout, result.stderr)

        assert _read(path, "PRAGMA integrity_check") == [("ok",)]
        revision = _read(path, "SELECT version_num FROM alembic_version")[0][0]
        assert revision in ("0001", head)
        if revision == "0001":  # not a single change survived: same schema, same rows
            assert _dump(path) == old_dump
        else:
            assert _counts(path, tables) == old_counts
        outcomes.append(revision)
        for saved in (path.parent / "backups").glob("*.sqlite"):  # written whole, or not at all
            assert _read(saved, "PRAGMA integrity_check") == [("ok",)]
            assert _dump(saved) == old_dump

        engine = open_database(path)  # the app opens it and finishes the job
        engine.dispose()
        assert _read(path, "SELECT version_num FROM alembic_version")[0][0] == head
        assert _counts(path, tables) == old_counts
        assert _read(path, "PRAGMA foreign_key_check") == []
        recorder.fault(f"kill -9 during migration (statement {kill_at}/{statements})")
    assert "0001" in outcomes  # at least one kill landed inside the migration's transaction
