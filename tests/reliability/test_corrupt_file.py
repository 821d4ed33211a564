"""A damaged file opens into the recovery path; a bad backup is never restored.

Three kinds of damage (garbage in the middle of the b-trees, a file cut in the middle of a
page, a wrecked header): opening moves the file aside as ``<name>.corrupt-<time>``,
byte for byte (nothing written), and the error lists the backups that pass their checks,
newest first; restoring the first one brings the data back.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tierslieu.db import backup as backups
from tierslieu.db.engine import make_engine
from tierslieu.db.setup import open_database
from tierslieu.errors import DatabaseDamagedError, NotFoundError, ValidationError
from tierslieu.services import members
from tierslieu.services.dto import MemberQuery, PersonInput

DAY = datetime(2026, 11, 20, 12, tzinfo=UTC)


def _damage(path: Path, how: str) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        if how == "garbage":      # whole pages in the middle of the file
            fh.seek(size // 2 - (size // 2) % 4096)
            fh.write(bytes(range(256)) * 32)
        elif how == "truncated":  # cut in the middle of a page
            fh.truncate(size // 2 + 1000)
        else:                     # the 100-byte header
            fh.seek(0)
            fh.write(b"\xde\xad" * 50)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    s.close()
    d.close()
    os.chmod(dest, 0o600)
    return dest


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    """Built once: a database with people and three daily backups (the newest holds 150)."""
    db_path = _copy(template_db, tmp_path_factory.mktemp("tpl") / "test.sqlite")
    engine = make_engine(db_path)
    for day in range(3):
        for i in range(50):
            members.create(engine, PersonInput(first_name="Zoë", last_name=f"J{day}-{i}",
                                               notes="note " * 40))
        backups.make_backup(db_path, "daily", DAY + timedelta(days=day))
    for i in range(10):  # after the last backup: these will be lost with the file
        members.create(engine, PersonInput(last_name=f"Late {i}"))
    engine.dispose()
    return db_path


@pytest.fixture
def with_backups(backed_up: Path, tmp_path: Path) -> tuple[Path, list[Path]]:
    """This test's copy of ``backed_up``: the database and its backups, oldest first."""
    db_path = _copy(backed_up, tmp_path / "test.sqlite")
    made = [_copy(b, tmp_path / "backups" / b.name)
            for b in sorted((backed_up.parent / "backups").glob("*.sqlite"))]
    return db_path, made


@pytest.mark.parametrize("how", ["garbage", "truncated", "header"])
def test_damaged_file_opens_into_recovery_and_restores(with_backups: tuple[Path, list[Path]],
                                                       how: str, recorder: Any) -> None:
    db_path, made = with_backups
    _damage(db_path, how)
    damaged_sha = _sha(db_path)
    with pytest.raises(DatabaseDamagedError) as err:
        open_database(db_path)
    exc = err.value
    aside = Path(exc.aside)
    assert not db_path.exists()                                  # moved, not deleted
    assert aside.name.startswith("test.sqlite.corrupt-") and aside.parent == db_path.parent
    assert _sha(aside) == damaged_sha                            # not one byte written
    assert [c.path for c in exc.candidates] == list(reversed(made))  # newest first
    assert all(c.ok and c.revision for c in exc.candidates)
    assert str(made[-1]) in exc.message("fr") and "tierslieu db restore" in exc.message("fr")

    backups.restore(db_path, exc.candidates[0].path)
    engine = open_database(db_path)
    assert len(members.search(engine, MemberQuery(limit=1000))) == 150
    engine.dispose()
    assert _sha(aside) == damaged_sha                            # still there, still as it was
    recorder.fault(f"corrupted file ({how})")


def test_a_second_damage_never_overwrites_the_first_aside(db_path: Path,
                                                          template_db: Path) -> None:
    now = datetime(2026, 11, 25, 9, 30)
    asides = []
    for _ in range(2):
        backups.backup_sqlite_file(template_db, db_path)
        _damage(db_path, "header")
        with pytest.raises(DatabaseDamagedError) as err:
            open_database(db_path, now=now)  # the same second both times
        asides.append(Path(err.value.aside))
        assert err.value.candidates == []
        assert "Aucune sauvegarde valide" in err.value.message("fr")
    assert asides[0] != asides[1] and all(a.exists() for a in asides)
    assert asides[0].name == "test.sqlite.corrupt-20261125-093000"


def test_restore_refuses_bad_files_and_writes_nothing(with_backups: tuple[Path, list[Path]],
                                                      tmp_path: Path, recorder: Any) -> None:
    db_path, made = with_backups
    before = _sha(db_path)
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("ceci n'est pas une base", encoding="utf-8")
    other_app = tmp_path / "other.sqlite"
    con = sqlite3.connect(other_app)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    newer = backups.backup_sqlite_file(made[0], tmp_path / "newer.sqlite")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    damaged = backups.backup_sqlite_file(made[0], tmp_path / "damaged.sqlite")
    _damage(damaged, "garbage")
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    cases = {text_file: "restore_not_sqlite", other_app: "restore_not_tierslieu",
             newer: "restore_newer", damaged: "restore_damaged", empty: "restore_not_sqlite",
             db_path: "restore_same_file"}
    for path, key in cases.items():
        with pytest.raises(ValidationError) as err:
            backups.restore(db_path, path)
        assert err.value.key == key, path
        assert err.value.field == "file"
        recorder.bad_input()
    with pytest.raises(NotFoundError):
        backups.restore(db_path, tmp_path / "missing.sqlite")
    recorder.bad_input()
    assert _sha(db_path) == before
    assert not list(db_path.parent.glob("*.restore-tmp"))
    assert not list((db_path.parent / "backups").glob("*before-restore*"))


def test_files_are_private(with_backups: tuple[Path, list[Path]]) -> None:
    db_path, made = with_backups
    folder = db_path.parent / "backups"
    assert folder.stat().st_mode & 0o777 == 0o700
    for path in made:
        assert path.stat().st_mode & 0o777 == 0o600
    old_umask = os.umask(0o022)
    try:
        result = backups.restore(db_path, made[0])
    finally:
        os.umask(old_umask)
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert result.aside is not None and result.aside.stat().st_mode & 0o777 == 0o600


def test_until_restored_the_next_start_offers_recovery_again(
        with_backups: tuple[Path, list[Path]], template_db: Path, tmp_path: Path) -> None:
    """Quitting the recovery dialog must not leave an empty new database in the data's place."""
    db_path, made = with_backups
    _damage(db_path, "garbage")
    with pytest.raises(DatabaseDamagedError) as first:
        open_database(db_path)
    with pytest.raises(DatabaseDamagedError) as again:   # the next start, nothing restored
        open_database(db_path)
    assert again.value.aside == first.value.aside and not db_path.exists()
    assert "pas encore restaurée" in again.value.message("fr")
    assert [c.path for c in again.value.candidates] == list(reversed(made))
    backups.restore(db_path, made[0])
    open_database(db_path).dispose()                     # restored: opens normally
    # with no backup at all there is nothing to offer: a new database is started
    alone = backups.backup_sqlite_file(template_db, tmp_path / "alone" / "seul.sqlite")
    _damage(alone, "header")
    with pytest.raises(DatabaseDamagedError):
        open_database(alone)
    open_database(alone).dispose()
    assert alone.exists()
