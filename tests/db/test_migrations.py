"""Migrations: from the first revision with data to head, nothing lost; models == schema."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from tierslieu.db import migrate
from tierslieu.db.engine import make_engine
from tierslieu.errors import DatabaseError

NOW = datetime(2026, 11, 25, tzinfo=UTC).isoformat(sep=" ")


def _fill_first_revision(path: Path, people: int = 300) -> None:
    """Data as a 0001-era app wrote it, including links that cascade on person delete."""
    con = sqlite3.connect(path)
    con.execute("INSERT INTO site (name, address, city, postcode, timezone, created_at,"
                " updated_at) VALUES ('Site', '', 'Lyon', '69001', 'Europe/Paris', ?, ?)",
                (NOW, NOW))
    for i in range(10):
        con.execute(
            "INSERT INTO organization (name, name_key, kind, siret, vat_number, email, phone,"
            " website, city, notes, status, created_at, updated_at) VALUES"
            " (?, ?, 'startup', '', '', '', '', '', '', '', 'active', ?, ?)",
            (f"Org É{i}", f"orge{i}", NOW, NOW))
    for i in range(people):
        con.execute(
            "INSERT INTO person (first_name, last_name, email, email_key, phone, status, notes,"
            " site_id, created_at, updated_at) VALUES (?, ?, ?, ?, '', 'active', ?, 1, ?, ?)",
            ("Hélène", f"Le Clerc {i}", f"p{i}@exemple.fr", f"p{i}@exemple.fr",
             "note " * 10, NOW, NOW))
        con.execute("INSERT INTO person_organization (person_id, organization_id, role)"
                    " VALUES (?, ?, 'founder')", (i + 1, i % 10 + 1))
    con.execute("INSERT INTO setting (key, value) VALUES ('name', '\"La Fabrique\"')")
    con.commit()
    con.close()


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    con.close()
    return counts


def test_upgrade_from_first_revision_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    _fill_first_revision(path)
    before = _counts(path)
    assert before["person_organization"] == 300

    backup = migrate.upgrade(engine)

    assert migrate.current_revision(engine) == migrate.head_revision()
    after = _counts(path)
    for table, n in before.items():
        assert after[table] == n, table  # the batch rebuild of person kept its children
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    # the data migration filled the new search columns
    blob, sort_key = con.execute(
        "SELECT search_blob, sort_key FROM person WHERE id = 1").fetchone()
    words = blob.split()
    assert {"helene", "leclerc0", "orge0", "p0@exemple.fr"} <= set(words)
    assert sort_key == "le clerc 0 helene"
    con.close()
    # the automatic pre-migration backup is a valid copy of the old database
    assert backup is not None and backup.exists()
    assert _counts(backup) == before
    assert backup.stat().st_mode & 0o777 == 0o600
    engine.dispose()


def test_foreign_keys_are_back_on_after_migration(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.sqlite")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.connection.dbapi_connection.execute(
            "PRAGMA foreign_keys").fetchone()[0] == 1
    engine.dispose()


def test_models_match_migrations(db_path: Path) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tierslieu.db.models import Base

    engine = make_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_newer_schema_is_refused(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError) as err:
        migrate.upgrade(engine)
    assert "9999" in err.value.message("fr")
    engine.dispose()


def test_upgrade_is_idempotent_and_makes_no_backup_when_current(db_path: Path) -> None:
    engine = make_engine(db_path)
    assert migrate.upgrade(engine) is None
    assert not (db_path.parent / "backups").exists() or not any(
        (db_path.parent / "backups").iterdir())
    engine.dispose()


def test_renames_are_never_drop_and_add() -> None:
    """A revision that drops and adds columns of one table must say it was reviewed."""
    import re

    for path in migrate.MIGRATIONS.joinpath("versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "rename-reviewed" in source:
            continue
        upgrade = source.split("def downgrade", 1)[0]
        adds = set(re.findall(r"add_column\(\s*['\"](\w+)", upgrade))
        drops = set(re.findall(r"drop_column\(\s*['\"](\w+)", upgrade))
        assert not (adds and drops), f"{path.name}: drop+add in one revision"


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.HEAD == migrate.head_revision()
