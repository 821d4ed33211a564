"""The command line as users and scripts run it: arguments in, text or JSON and an exit
code out (in-process unless a test asks for a real ``python -m tierslieu``: see
tests/cli/conftest.py).

The seed-1 demo database is generated once per run (tests/conftest.py) and copied per
test with SQLite's backup API.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import ALWAYS_SUBPROCESS, invoke
from tierslieu.text import fold

HELENE = "helene.leclerc@compostup.example"

Runner = Callable[..., "Result"]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("TIERSLIEU_DB", None)
    env.update(TIERSLIEU_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
               TIERSLIEU_LANG="fr", XDG_CONFIG_HOME=str(data_dir / "config"))
    env.update(extra)
    return env


def run_cli(args: list[str], *, db: Path | str | None, data_dir: Path,
            env: dict[str, str] | None = None, timeout: float = 120,
            subprocess: bool = False) -> Result:
    """In-process unless ``subprocess`` (see tests/cli/conftest.py)."""
    argv = ["--db", str(db)] if db is not None else []
    proc = invoke(argv + [str(a) for a in args], env=_env(data_dir, **(env or {})),
                  timeout=timeout, subprocess=subprocess)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def copy_db(src: Path, dest: Path) -> Path:
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    s.close()
    d.close()
    return dest


def dump(path: Path) -> list[str]:
    """Every row of every table: two equal dumps mean nothing was written."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_list(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """``members list --status all --json`` of the seed-1 demo, computed once."""
    result = run_cli(["members", "list", "--status", "all", "--json"], db=demo_template,
                     data_dir=tmp_path_factory.mktemp("data"))
    assert result.code == 0, result.err
    return json.loads(result.out)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def cli(data_dir: Path) -> Runner:
    """``cli(args, db=path)``: run one command with this test's data folder."""

    def run(args: list[str], db: Path | str | None = None, **kw: Any) -> Result:
        return run_cli(args, db=db, data_dir=data_dir, **kw)

    return run


def _people(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        con.close()


def _status(path: Path, email: str) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT status FROM person WHERE email = ?", (email,)).fetchone()[0]
    finally:
        con.close()


# -- demo and listing ---------------------------------------------------------------------

def test_demo_then_list_json_keeps_accents(cli: Runner, demo_db: Path) -> None:
    result = cli(["members", "list", "--json"], db=demo_db)
    assert result.code == 0, result.err
    # ensure_ascii=False: the raw output carries the letters, not \u escapes
    assert "Hélène" in result.out and "\\u00e9" not in result.out
    people = result.json()
    assert 170 <= len(people) <= 200
    assert set(people[0]) == {"id", "first_name", "last_name", "email", "phone",
                              "public_category", "joined_on", "status", "organizations", "tags"}
    first_names = {p["first_name"] for p in people}
    assert {"Hélène", "Marie-Hélène", "小明", "Thị Hằng", "محمد", "Ólafur"} <= first_names
    assert all(p["status"] == "active" for p in people)
    assert all(p["phone"] == "" or p["phone"].startswith("+33") for p in people)
    helene = next(p for p in people if p["email"] == HELENE)
    assert helene["organizations"] == ["Compost'Up"]
    assert len(helene["joined_on"]) == 10 and helene["joined_on"][4] == "-"  # ISO date


def test_list_table_on_terminal_output(cli: Runner, demo_db: Path) -> None:
    result = cli(["members", "list", "--search", "Le Clerc"], db=demo_db)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["Nom", "E-mail", "Téléphone", "Organisations"]
    assert any("Hélène Le Clerc" in line and HELENE in line for line in lines)
    assert lines[-1].endswith("membre(s).")


def test_search_helene_finds_every_helene_and_nothing_else(cli: Runner, demo_db: Path,
                                                           demo_list: list[dict]) -> None:
    expected = {p["email"] for p in demo_list if p["status"] == "active"
                and "helene" in fold(p["first_name"] + " " + p["last_name"])}
    assert len(expected) >= 3
    for query in ("helene", "HÉLÈNE"):
        result = cli(["members", "list", "--search", query, "--json"], db=demo_db)
        assert result.code == 0, result.err
        found = result.json()
        assert {p["email"] for p in found} == expected
        assert "Marie-Hélène" in {p["first_name"] for p in found}


def test_list_filters_by_organization_and_tag(cli: Runner, demo_db: Path,
                                              demo_list: list[dict]) -> None:
    result = cli(["members", "list", "--organization", "compost'up", "--json"], db=demo_db)
    assert result.code == 0, result.err
    expected = {p["email"] for p in demo_list
                if "Compost'Up" in p["organizations"] and p["status"] == "active"}
    assert {p["email"] for p in result.json()} == expected and HELENE in expected
    result = cli(["members", "list", "--tag", "developpement WEB", "--status", "all", "--json"],
                 db=demo_db)
    expected = {p["email"] for p in demo_list if "Développement web" in p["tags"]}
    assert expected and {p["email"] for p in result.json()} == expected
    result = cli(["members", "list", "--organization", "Nulle Part"], db=demo_db)
    assert result.code == 4 and "Nulle Part" in result.err


def test_show_json_has_links_tags_and_consents(cli: Runner, demo_db: Path) -> None:
    result = cli(["members", "show", HELENE.upper(), "--json"], db=demo_db)
    assert result.code == 0, result.err
    d = result.json()
    assert (d["first_name"], d["last_name"], d["email"]) == ("Hélène", "Le Clerc", HELENE)
    assert d["organizations"][0]["name"] == "Compost'Up"
    assert d["organizations"][0]["role"] == "founder"
    assert d["public_category"] == "entrepreneur"
    assert set(d["consents"]) == {"photo", "newsletter"}
    assert all(isinstance(v, bool) for v in d["consents"].values())
    assert {c["kind"] for c in d["consent_history"]} == {"photo", "newsletter"}
    assert all(c["at"].endswith("+00:00") for c in d["consent_history"])  # instants in UTC
    text = cli(["members", "show", HELENE], db=demo_db)
    assert "Compost'Up (Fondateur·rice)" in text.out and "Consentement photo" in text.out


def test_show_unknown_email_exits_4(cli: Runner, demo_db: Path) -> None:
    result = cli(["members", "show", "personne@nulle-part.example"], db=demo_db)
    assert result.code == 4
    assert result.out == ""
    assert "Aucun membre ne correspond à « personne@nulle-part.example »" in result.err


def test_english_messages_with_lang_en(cli: Runner, demo_db: Path) -> None:
    result = cli(["--lang", "en", "members", "show", "nobody@example.org"], db=demo_db)
    assert result.code == 4
    assert 'No member matches "nobody@example.org"' in result.err
    listed = cli(["--lang", "en", "members", "list", "--search", "Le Clerc"], db=demo_db)
    assert listed.out.splitlines()[0].split()[:2] == ["Name", "E-mail"]
    assert listed.out.splitlines()[-1].endswith("member(s).")


# -- demo: refusal, force, determinism ----------------------------------------------------

def test_demo_twice_without_force_is_a_conflict_and_changes_nothing(
        cli: Runner, demo_db: Path) -> None:
    before = dump(demo_db)
    result = cli(["demo", "--seed", "2"], db=demo_db)
    assert result.code == 3
    assert "--force" in result.err and "200 personne(s)" in result.err
    assert dump(demo_db) == before


def test_demo_force_replaces_the_data(cli: Runner, demo_db: Path,
                                      demo_list: list[dict]) -> None:
    result = cli(["demo", "--seed", "2", "--force", "--json"], db=demo_db)
    assert result.code == 0, result.err
    summary = result.json()
    assert (summary["people"], summary["organizations"], summary["seed"]) == (200, 25, 2)
    assert _people(demo_db) == 200  # replaced, not added
    after = cli(["members", "list", "--status", "all", "--json"], db=demo_db).json()
    assert after != demo_list
    assert cli(["db", "check"], db=demo_db).code == 0


# -- members add / archive ----------------------------------------------------------------

def test_add_with_a_bad_email_exits_2_naming_the_field(cli: Runner, demo_db: Path) -> None:
    before = dump(demo_db)
    result = cli(["members", "add", "--first-name", "Zoé", "--last-name", "Martin",
                  "--email", "zoe.martin@", "--phone", "12"], db=demo_db)
    assert result.code == 2
    assert "E-mail : « zoe.martin@ » n'est pas une adresse e-mail valide." in result.err
    assert "Téléphone" in result.err  # every bad field is named, not only the first
    assert dump(demo_db) == before
    english = cli(["--lang", "en", "members", "add", "--last-name", "Martin",
                   "--email", "nope"], db=demo_db)
    assert english.code == 2 and 'E-mail: "nope" is not a valid e-mail address.' in english.err


def test_add_duplicate_email_exits_3(cli: Runner, demo_db: Path) -> None:
    before = dump(demo_db)
    result = cli(["members", "add", "--first-name", "Autre", "--last-name", "Personne",
                  "--email", "Helene.LeClerc@CompostUp.example"], db=demo_db)
    assert result.code == 3
    assert "déjà utilisée par Hélène Le Clerc" in result.err
    assert dump(demo_db) == before


def test_add_show_archive_restore(cli: Runner, demo_db: Path) -> None:
    result = cli(["members", "add", "--first-name", "Éloïse", "--last-name", "d'Almeida",
                  "--email", "eloise@exemple.example", "--phone", "06 12 34 56 78",
                  "--organization", "datagora", "--role", "Fondateur·rice", "--tags", "Data, UX",
                  "--category", "Étudiant·e", "--joined-on", "03/02/2026",
                  "--photo-consent", "--json"], db=demo_db)
    assert result.code == 0, result.err
    d = result.json()
    assert d["phone"] == "+33612345678" and d["joined_on"] == "2026-02-03"
    assert d["organizations"] == [{"id": d["organizations"][0]["id"], "name": "Datagora",
                                   "role": "founder"}]
    assert (d["tags"], d["public_category"]) == (["Data", "UX"], "student")
    assert d["consents"] == {"photo": True, "newsletter": False}
    archived = cli(["members", "archive", "ELOISE@exemple.example"], db=demo_db)
    assert archived.code == 0 and "Membre archivé : Éloïse d'Almeida." in archived.out
    assert _status(demo_db, "eloise@exemple.example") == "archived"
    assert cli(["members", "restore", "eloise@exemple.example"], db=demo_db).code == 0
    assert _status(demo_db, "eloise@exemple.example") == "active"
    assert cli(["members", "archive", "inconnu@exemple.example"], db=demo_db).code == 4


def test_organizations_list(cli: Runner, demo_db: Path) -> None:
    result = cli(["organizations", "list", "--json"], db=demo_db)
    assert result.code == 0, result.err
    orgs = result.json()
    assert len(orgs) == 41  # 25 of the base demo + 16 startups of the incubation demo
    assert {o["kind"] for o in orgs} == {"startup", "association", "company", "institution",
                                         "research_lab", "school", "public_service"}
    found = cli(["organizations", "list", "--search", "mediatheque"], db=demo_db)
    assert "Médiathèque Jean-Jaurès" in found.out and "Service public" in found.out


# -- arguments and errors -----------------------------------------------------------------

def test_bad_arguments_exit_2(cli: Runner, demo_db: Path) -> None:
    for args in (["members", "list", "--status", "deleted"], ["frobnicate"], ["members"],
                 ["--demo", "--db", str(demo_db), "members", "list"],
                 ["demo", "--seed", "un"]):
        result = cli(args, db=None)
        assert result.code == 2, (args, result.err)
        assert "usage:" in result.err


def test_help_documents_every_command(cli: Runner) -> None:
    top = cli(["--help"])
    assert top.code == 0
    for word in ("members", "organizations", "demo", "db", "--db", "--lang", "--demo",
                 "--smoke", "codes de sortie"):
        assert word in top.out
    members_help = cli(["members", "--help"]).out
    for action in ("list", "show", "add", "archive", "import", "export"):
        assert action in members_help
    assert "--skip-invalid" in cli(["members", "import", "--help"]).out
    assert "--force" in cli(["demo", "--help"]).out


def test_unexpected_error_exits_1_and_logs_the_traceback(
        cli: Runner, demo_db: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if ALWAYS_SUBPROCESS:
        pytest.skip("the fault is injected into this process")
    from tierslieu.services import members

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("disque en feu")

    monkeypatch.setattr(members, "search", broken)
    result = cli(["members", "list"], db=demo_db)
    assert result.code == 1
    log = data_dir / "logs" / "tierslieu.log"
    assert str(log) in result.err and "Erreur inattendue" in result.err
    assert "RuntimeError: disque en feu" in result.err
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert "Traceback" not in result.err


def test_a_file_that_is_not_a_database_is_set_aside_not_overwritten(
        cli: Runner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    content = b"this is not a database, only bytes " * 200
    broken.write_bytes(content)
    result = cli(["members", "list"], db=broken)
    assert result.code != 0 and "endommagée" in result.err
    [aside] = tmp_path.glob("broken.sqlite.corrupt-*")
    assert aside.read_bytes() == content and str(aside) in result.err


def test_cli_runs_without_qt(demo_db: Path, data_dir: Path) -> None:
    # the CLI is for servers and cron jobs: it must work where PySide6 cannot load
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "from tierslieu.__main__ import main\n"
            f"sys.exit(main(['--db', {str(demo_db)!r}, 'members', 'list', '--json']))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False,
                          env={**os.environ, "TIERSLIEU_DATA_DIR": str(data_dir)})
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"Marie-H\xc3\xa9l\xc3\xa8ne" in proc.stdout


# -- CSV import / export ------------------------------------------------------------------

def _write_cp1252(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def test_import_windows_1252_semicolon_french_headers(cli: Runner, tmp_path: Path) -> None:
    src = _write_cp1252(tmp_path / "adherents.csv", [
        "Prénom;Nom;Courriel;Téléphone;Organisation;Date d'adhésion;Tags",
        "Hélène;Le Clerc;helene@exemple.example;06 12 34 56 78;Compost'Up;03/02/2025;Design",
        "Françoise;Martin-Lefèvre;francoise@exemple.example;;Café Noël;15/11/2024;"
        "Économie sociale et solidaire, Data",
        "Noël;N'Diaye;noel@exemple.example;07 45 12 34 56;;1/9/2023;",
    ])
    db = tmp_path / "empty.sqlite"
    result = cli(["members", "import", str(src)], db=db)
    assert result.code == 0, result.err
    assert "3 créé(s)" in result.out and "Café Noël" in result.out
    people = {p["email"]: p for p in cli(["members", "list", "--json"], db=db).json()}
    assert people["helene@exemple.example"]["first_name"] == "Hélène"
    assert people["helene@exemple.example"]["joined_on"] == "2025-02-03"
    assert people["francoise@exemple.example"]["last_name"] == "Martin-Lefèvre"
    assert people["francoise@exemple.example"]["organizations"] == ["Café Noël"]
    assert "Économie sociale et solidaire" in people["francoise@exemple.example"]["tags"]
    assert people["noel@exemple.example"]["joined_on"] == "2023-09-01"


def test_import_with_one_bad_email_exits_2_and_writes_nothing(cli: Runner, demo_db: Path,
                                                              tmp_path: Path) -> None:
    src = _write_cp1252(tmp_path / "mauvais.csv", [
        "Prénom;Nom;Courriel",
        "Zoé;Lefèvre;zoe@exemple.example",
        "Loïc;Perrin;loic(at)exemple.example",
        "Maëlle;Robin;maelle@exemple.example",
    ])
    dumped = dump(demo_db)  # every row of every table, stricter than the members list
    result = cli(["members", "import", str(src)], db=demo_db)
    assert result.code == 2
    assert "Ligne 3 : E-mail : « loic(at)exemple.example »" in result.err
    assert dump(demo_db) == dumped
    as_json = cli(["members", "import", str(src), "--json"], db=demo_db)
    assert as_json.code == 2
    assert [(e["line"], e["field"]) for e in as_json.json()["errors"]] == [(3, "email")]
    dry = cli(["members", "import", str(src), "--dry-run", "--skip-invalid"], db=demo_db)
    assert dry.code == 0 and "2 à créer" in dry.out and dump(demo_db) == dumped
    skipped = cli(["members", "import", str(src), "--skip-invalid"], db=demo_db)
    assert skipped.code == 0 and "2 créé(s)" in skipped.out and "Ligne 3" in skipped.err
    assert _people(demo_db) == 202


def test_export_then_import_into_an_empty_database_round_trips(
        cli: Runner, demo_db: Path, tmp_path: Path, demo_list: list[dict]) -> None:
    out = tmp_path / "membres.csv"
    result = cli(["members", "export", "-o", str(out)], db=demo_db)
    assert result.code == 0, result.err
    active = [p for p in demo_list if p["status"] == "active"]
    assert f"{len(active)} membre(s)" in result.out
    fresh = tmp_path / "fresh.sqlite"
    imported = cli(["members", "import", str(out)], db=fresh)
    assert imported.code == 0, imported.err
    assert f"{len(active)} créé(s)" in imported.out

    def key(p: dict) -> tuple:
        return (p["first_name"], p["last_name"], p["email"], p["phone"], p["public_category"],
                p["joined_on"], tuple(sorted(p["organizations"])), tuple(sorted(p["tags"])))

    again = cli(["members", "list", "--json"], db=fresh).json()
    assert sorted(map(key, again)) == sorted(map(key, active))


# -- db -----------------------------------------------------------------------------------

def test_db_check_on_a_healthy_database(cli: Runner, demo_db: Path) -> None:
    result = cli(["db", "check"], db=demo_db)
    assert result.code == 0, result.err
    assert "Base en bon état" in result.out
    report = cli(["db", "check", "--json"], db=demo_db).json()
    assert report["ok"] is True and report["integrity"] == ["ok"]
    assert report["foreign_key_errors"] == 0 and report["revision"] == report["head"]


def test_db_check_finds_a_broken_foreign_key(cli: Runner, demo_db: Path) -> None:
    con = sqlite3.connect(demo_db)  # foreign keys are off by default in raw sqlite3
    con.execute("INSERT INTO person_tag (person_id, tag_id) VALUES (999999, 1)")
    con.commit()
    con.close()
    result = cli(["db", "check"], db=demo_db)
    assert result.code == 1
    assert "Contrôle de la base en échec" in result.err and "foreign_key_check" in result.err
    report = cli(["db", "check", "--json"], db=demo_db)
    assert report.code == 1 and report.json()["foreign_key_errors"] == 1


def test_db_backup_writes_a_database_with_the_same_people(cli: Runner, demo_db: Path,
                                                          tmp_path: Path) -> None:
    dest = tmp_path / "sauvegardes" / "copie.sqlite"
    result = cli(["db", "backup", "-o", str(dest)], db=demo_db)
    assert result.code == 0, result.err
    assert str(dest) in result.out
    assert _people(dest) == _people(demo_db) == 200
    assert cli(["db", "check"], db=dest).code == 0  # the copy opens and is healthy


def test_db_upgrade_on_a_current_database_has_nothing_to_do(cli: Runner,
                                                            demo_db: Path) -> None:
    before = dump(demo_db)
    result = cli(["db", "upgrade"], db=demo_db)
    assert result.code == 0 and "Rien à faire" in result.out
    report = cli(["db", "upgrade", "--json"], db=demo_db).json()
    assert report["changed"] is False and report["backup"] is None
    assert dump(demo_db) == before


def test_db_upgrade_from_the_first_revision(cli: Runner, tmp_path: Path) -> None:
    from tierslieu.db import migrate
    from tierslieu.db.engine import make_engine

    old = tmp_path / "ancienne.sqlite"
    engine = make_engine(old)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    con = sqlite3.connect(old)
    con.execute("INSERT INTO person (first_name, last_name, email, email_key, phone, status, "
                "notes, created_at, updated_at) VALUES ('Hélène', 'Le Clerc', 'h@x.example', "
                "'h@x.example', '', 'active', '', '2026-01-01', '2026-01-01')")
    con.commit()
    con.close()
    # db check does not migrate: it reports the old revision
    assert cli(["db", "check"], db=old).code == 1
    result = cli(["db", "upgrade"], db=old)
    assert result.code == 0, result.err
    assert f"0001 → {migrate.head_revision()}" in result.out
    assert "Sauvegarde avant migration" in result.out
    backups = list((tmp_path / "backups").glob("ancienne-pre-migration-0001-*.sqlite"))
    assert len(backups) == 1
    assert _people(old) == _people(backups[0]) == 1
    shown = cli(["members", "show", "H@X.example", "--json"], db=old).json()
    assert shown["first_name"] == "Hélène"


# -- the GUI entry points -----------------------------------------------------------------

def test_smoke_opens_the_demo_offscreen(cli: Runner, data_dir: Path) -> None:
    result = cli(["--demo", "--smoke"], timeout=180, subprocess=True)
    assert result.code == 0, result.out + result.err
    assert "startup_ms=" in result.out
    demo_file = data_dir / "demo.sqlite"
    assert demo_file.exists() and _people(demo_file) == 200  # created on first use


def test_demo_flag_gives_commands_the_demo_database(cli: Runner, data_dir: Path,
                                                    demo_template: Path) -> None:
    # the demo file is created on first use by test_smoke_opens_the_demo_offscreen
    copy_db(demo_template, data_dir / "demo.sqlite")
    result = cli(["--demo", "members", "show", HELENE, "--json"])
    assert result.code == 0, result.err
    assert result.json()["last_name"] == "Le Clerc"
    assert (data_dir / "demo.sqlite").exists()
