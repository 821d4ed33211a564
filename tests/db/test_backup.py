from __future__ import annotations

import sqlite3
from pathlib import Path

from tierslieu.db.backup import backup
from tierslieu.db.engine import make_engine
from tierslieu.services import members
from tierslieu.services.dto import PersonInput


def test_backup_of_a_live_database_has_every_committed_row(db_path: Path,
                                                           tmp_path: Path) -> None:
    engine = make_engine(db_path)
    for i in range(50):
        members.create(engine, PersonInput(first_name="Zoë", last_name=f"N{i}"))
    # a connection stays open (as the running app would) while we back up
    with engine.connect():
        dest = backup(engine, tmp_path / "out" / "copy.sqlite")
    con = sqlite3.connect(dest)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 50
    con.close()
    assert not dest.with_name(dest.name + ".tmp").exists()
    assert dest.stat().st_mode & 0o777 == 0o600
    engine.dispose()


def test_no_raw_copy_of_database_files_in_the_code() -> None:
    import tierslieu

    root = Path(tierslieu.__file__).parent
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "shutil.copy" not in source, path


def test_backup_works_on_every_backend(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    members.create(engine, PersonInput(first_name="Ólafur", last_name="Arnalds",
                                       email="olafur@exemple.is", tags="Musique"))
    dest = backup(engine, tmp_path / "copy.sqlite")
    con = sqlite3.connect(dest)
    assert con.execute("SELECT first_name FROM person").fetchall() == [("Ólafur",)]
    assert con.execute("SELECT count(*) FROM person_tag").fetchone()[0] == 1
    con.close()
