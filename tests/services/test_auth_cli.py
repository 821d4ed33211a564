"""``users``, ``audit`` and ``db pg-password`` from the command line (in-process), and the
help that says the CLI acts as the owner of the database file."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from tierslieu import security
from tierslieu.cli import main
from tierslieu.db.engine import make_engine
from tierslieu.services import auth


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    monkeypatch.setattr(auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                       parallelism=1))


def run(db: Path, *argv: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--db", str(db), "--lang", "fr", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_users_and_audit_commands(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    def cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        return run(db_path, *argv, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)

    code, out, _ = cli("users", "add", "camille", "--role", "front_desk", "--name",
                       "Camille Martin", "--password-stdin", stdin="un-bon-secret\n")
    assert code == 0 and "camille (Accueil, n° 1)" in out
    code, _, err = cli("users", "add", "x", "--role", "admin", "--password-stdin",
                       stdin="court\n")
    assert code == 2 and "8 caractères" in err
    code, _, err = cli("users", "add", "Camille", "--role", "admin", "--password-stdin",
                       stdin="un-bon-secret\n")
    assert code == 3
    code, out, _ = cli("users", "list", "--json")
    assert code == 0 and [u["login"] for u in json.loads(out)] == ["camille"]
    assert cli("users", "role", "camille", "director")[0] == 0
    assert cli("users", "passwd", "camille", "--password-stdin", stdin="autre-secret\n")[0] == 0
    engine = make_engine(db_path)
    assert auth.login(engine, "camille", "autre-secret").role == "director"
    engine.dispose()
    assert cli("users", "disable", "nobody")[0] == 4

    code, out, _ = cli("audit", "list", "--json")
    actions = [e["action"] for e in json.loads(out)]
    assert code == 0 and actions[-1] == "user.create" and "user.role" in actions
    assert all(e["login"] == "owner" for e in json.loads(out) if e["action"] != "user.login")
    code, out, _ = cli("audit", "verify")
    assert code == 0 and "intact" in out

    # an entry altered behind the program's back: verify says where, exit code 1
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER tr_audit_log_no_update")
    con.execute("UPDATE audit_log SET entity_id = '42' WHERE id = 2")
    con.commit()
    con.close()
    code, _, err = cli("audit", "verify")
    assert code == 1 and "n° 2" in err


def test_the_cli_acts_as_the_owner_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    help_text = capsys.readouterr().out
    assert "propriétaire du fichier de base de données" in help_text
    assert security.current() == security.OWNER


def test_pg_password_goes_to_the_keyring(monkeypatch: pytest.MonkeyPatch,
                                         db_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    stored: dict[tuple[str, str], str] = {}

    class FakeKeyring:
        @staticmethod
        def set_password(service: str, user: str, password: str) -> None:
            stored[(service, user)] = password

        @staticmethod
        def get_password(service: str, user: str) -> str | None:
            return stored.get((service, user))

    monkeypatch.setattr(security, "_keyring", lambda: FakeKeyring)
    code, out, _ = run(db_path, "db", "pg-password", "postgresql://tl@db.lan/tierslieu",
                       "--password-stdin", stdin="s3cr3t!\n", monkeypatch=monkeypatch,
                       capsys=capsys)
    assert code == 0 and "tl@db.lan:5432/tierslieu" in out and "s3cr3t" not in out
    url = security.pg_url("postgresql+psycopg://tl@db.lan/tierslieu")
    assert url.password == "s3cr3t!"
    # shown and logged only without it
    assert "s3cr3t" not in security.redact(url) and "***" in security.redact(url)
    assert "s3cr3t" not in str(url)
    from tierslieu.gui.context import database_location, describe_database  # no Qt import

    engine = make_engine(url)
    try:
        assert "s3cr3t" not in describe_database(engine)
        assert "s3cr3t" not in database_location(engine)
    finally:
        engine.dispose()
    # a URL that carries its own password is left alone; SQLite is never touched
    assert security.pg_url("postgresql://a:b@h/d").password == "b"
    assert security.pg_url("sqlite:///x.sqlite").password is None
