"""``tierslieu db backup | backups | restore | check`` — in-process through
``tierslieu.cli.main``, plus two real processes for the exit codes users and scripts see."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tierslieu.cli import main
from tierslieu.db.engine import make_engine
from tierslieu.services import members
from tierslieu.services.dto import PersonInput


@pytest.fixture
def db(db_path: Path) -> Path:
    engine = make_engine(db_path)
    for i in range(30):
        members.create(engine, PersonInput(first_name="Hélène", last_name=f"Le Clerc {i}"))
    engine.dispose()
    return db_path


def _people(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        con.close()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _garble(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2 - (size // 2) % 4096)
        fh.write(b"\xff" * 8192)


def test_backup_list_and_restore(db: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(db), "db", "backup", "--json")
    assert code == 0
    saved = Path(json.loads(out)["path"])
    assert saved.parent == db.parent / "backups" and saved.name.startswith("test-manual-")
    assert saved.stat().st_mode & 0o777 == 0o600

    dest = tmp_path / "clé USB" / "copie.sqlite"
    assert _run(capsys, "--db", str(db), "db", "backup", "-o", str(dest))[0] == 0
    code, _, err = _run(capsys, "--db", str(db), "db", "backup", "-o", str(dest))
    assert code == 3 and "--force" in err
    assert _run(capsys, "--db", str(db), "db", "backup", "-o", str(dest), "--force")[0] == 0

    code, out, _ = _run(capsys, "--db", str(db), "db", "backups", "--json")
    listed = json.loads(out)
    assert code == 0 and [b["path"] for b in listed] == [str(saved)]
    assert listed[0]["ok"] is True and listed[0]["revision"] and listed[0]["size"] > 0
    code, out, _ = _run(capsys, "--db", str(db), "db", "backups")
    assert "manuelle" in out and "valide" in out and "1 sauvegarde(s)" in out

    engine = make_engine(db)  # a change after the backup, undone by the restore
    members.create(engine, PersonInput(last_name="Après la sauvegarde"))
    engine.dispose()
    assert _people(db) == 31
    code, out, _ = _run(capsys, "--db", str(db), "db", "restore", str(saved))
    assert code == 0 and "Base restaurée" in out and "before-restore" in out
    assert _people(db) == 30
    code, out, _ = _run(capsys, "--lang", "en", "--db", str(db), "db", "backups")
    assert "before restore" in out and "2 backup(s)" in out


def test_restore_refuses_a_file_that_is_not_a_backup(db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     recorder: Any) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("bonjour", encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(db), "db", "restore", str(notes))
    assert code == 2 and "n'est pas une base SQLite" in err
    code, _, err = _run(capsys, "--db", str(db), "db", "restore", str(tmp_path / "absent"))
    assert code == 4
    assert _people(db) == 30
    recorder.bad_input(2)


def test_check_reports_physical_damage_without_moving_the_file(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--db", str(db), "db", "backup")[0] == 0
    _garble(db)
    code, _, err = _run(capsys, "--db", str(db), "db", "check")
    assert code == 1
    assert "physiquement endommagée" in err and "db restore" in err
    assert db.exists()  # db check only reports
    code, out, _ = _run(capsys, "--db", str(db), "db", "check", "--json")
    assert code == 1 and json.loads(out)["physical_ok"] is False
    code, _, err = _run(capsys, "--db", str(db), "db", "check", "--repair")
    assert code == 1 and "ne se répare pas" in err

    # any other command finds it damaged on open: moved aside, the backup named
    code, _, err = _run(capsys, "--db", str(db), "members", "list")
    assert code == 1 and "mise de côté" in err and "tierslieu db restore" in err
    assert not db.exists() and list(db.parent.glob("test.sqlite.corrupt-*"))
    backup = err.split('tierslieu db restore "')[1].split('"')[0]
    assert _run(capsys, "--db", str(db), "db", "restore", backup)[0] == 0
    assert _people(db) == 30


def _cli(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TIERSLIEU_DATA_DIR=str(data_dir), TIERSLIEU_LANG="fr")
    env.pop("TIERSLIEU_DB", None)
    return subprocess.run([sys.executable, "-m", "tierslieu", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_exit_codes_in_a_real_process(db: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copie.sqlite"
    first = _cli(["--db", str(db), "db", "backup", "-o", str(dest)], tmp_path)
    assert first.returncode == 0, first.stderr
    again = _cli(["--db", str(db), "db", "backup", "-o", str(dest)], tmp_path)
    assert again.returncode == 3 and "existe déjà" in again.stderr


def test_restore_in_a_real_process(db: Path, tmp_path: Path) -> None:
    saved = tmp_path / "sauvegarde.sqlite"
    assert _cli(["--db", str(db), "db", "backup", "-o", str(saved)], tmp_path).returncode == 0
    _garble(db)
    result = _cli(["--db", str(db), "db", "restore", str(saved)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert ".corrupt-" in result.stdout  # the damaged file could not be backed up: set aside
    assert _people(db) == 30


def test_check_and_backup_never_create_a_missing_database(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absente.sqlite"
    for args in (["db", "check"], ["db", "backup"], ["db", "check", "--repair"]):
        code, _, err = _run(capsys, "--db", str(missing), *args)
        assert code == 4 and "Base introuvable" in err
    assert not missing.exists()
    code, out, _ = _run(capsys, "--db", str(missing), "db", "backups")
    assert code == 0 and "Aucune sauvegarde" in out
