"""``programs``, ``cohorts`` and ``startups`` commands, in-process, a few by subprocess."""

from __future__ import annotations

import json
import os
import subprocess as sp
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli.conftest import invoke
from tierslieu.cli.incubation import plain
from tierslieu.cli.output import to_json
from tierslieu.db.engine import make_engine
from tierslieu.services import incubation as inc
from tierslieu.services import organizations
from tierslieu.services.dto import OrganizationInput
from tierslieu.services.incubation import MilestoneSpec, ProgramInput


def _runner(db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    env = dict(os.environ, TIERSLIEU_DATA_DIR=str(tmp_path / "data"), TIERSLIEU_LANG="fr")

    def run(*args: str, subprocess: bool = False) -> sp.CompletedProcess[str]:
        return invoke(["--db", str(db_path), *args], env=env, subprocess=subprocess)
    return run


@pytest.fixture
def cli(db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = make_engine(db_path)
    program = inc.create_program(engine, ProgramInput(
        "Incubation Soie", "incubation", mentoring_minutes=600,
        milestones=(MilestoneSpec("Entité juridique créée", 3),
                    MilestoneSpec("Premier client payant", 9))))
    cohort = inc.create_cohort(engine, inc.CohortInput(program.id, "Promo 2026", "2026-01-12",
                                                       "2026-12-18", 1))
    for name in ("Compost'Up", "Datagora"):
        org = organizations.create(engine, OrganizationInput(name=name, kind="startup"))
        e = inc.apply_to_cohort(engine, cohort.id, org.id,
                                at=datetime(2025, 11, 3, 9, tzinfo=UTC))
        inc.transition(engine, e.id, "shortlisted", at=datetime(2025, 12, 1, 9, tzinfo=UTC))
    engine.dispose()
    return _runner(db_path, tmp_path)


def test_lists_in_json(cli) -> None:  # type: ignore[no-untyped-def]
    programs = json.loads(cli("programs", "list", "--json").stdout)
    assert [m["offset_months"] for m in programs[0]["milestones"]] == [3, 9]
    cohorts = json.loads(cli("cohorts", "list", "--json").stdout)
    assert cohorts[0]["counts"]["shortlisted"] == 2 and cohorts[0]["capacity"] == 1
    assert "rate_percent" in cohorts[0]["survival"][1]
    listed = json.loads(cli("startups", "list", "--cohort", "promo 2026", "--json").stdout)
    assert [s["name"] for s in listed] == ["Compost'Up", "Datagora"]
    assert listed[0]["enrollment"]["mentoring"]["budget_minutes"] == 600
    text = cli("cohorts", "list")
    assert text.returncode == 0 and "Promo 2026" in text.stdout and "0/1" in text.stdout
    missing = cli("startups", "list", "--cohort", "Promo 1999", subprocess=True)
    assert missing.returncode == 4 and "Promo 1999" in missing.stderr


def test_status_changes_and_their_errors(cli) -> None:  # type: ignore[no-untyped-def]
    moved = cli("startups", "status", "compost'up", "--cohort", "Promo 2026", "--to",
                "selected", "--json")
    assert moved.returncode == 0, moved.stderr
    assert json.loads(moved.stdout)["history"][-1]["to_status"] == "selected"
    full = cli("startups", "status", "Datagora", "--cohort", "Promo 2026", "--to", "selected")
    assert full.returncode == 3 and "complète" in full.stderr
    illegal = cli("startups", "status", "Datagora", "--cohort", "Promo 2026", "--to",
                  "graduated")
    assert illegal.returncode == 2
    assert "« Présélectionnée » à « Diplômée »" in illegal.stderr
    no_reason = cli("startups", "status", "Datagora", "--cohort", "Promo 2026", "--to",
                    "rejected")
    assert no_reason.returncode == 2 and "Motif" in no_reason.stderr
    rejected = cli("startups", "status", "Datagora", "--cohort", "Promo 2026", "--to",
                   "Refusée", "--reason", "Marché trop étroit")
    assert rejected.returncode == 0 and "Refusée" in rejected.stdout
    unknown = cli("startups", "status", "Nulle Part", "--cohort", "Promo 2026", "--to",
                  "selected")
    assert unknown.returncode == 4
    shown = json.loads(cli("startups", "show", "Datagora", "--json").stdout)
    history = shown["enrollments"][0]["history"]
    assert [h["to_status"] for h in history] == ["applied", "shortlisted", "rejected"]
    assert history[-1]["reason"] == "Marché trop étroit" and history[-1]["actor"] == "cli"


def test_kpi_add_validates_and_exits_2(cli) -> None:  # type: ignore[no-untyped-def]
    bad_month = cli("startups", "kpi", "add", "Datagora", "--period", "2026-13",
                    "--headcount", "3")
    assert bad_month.returncode == 2 and "Période" in bad_month.stderr
    negative = cli("startups", "kpi", "add", "Datagora", "--period", "2026-10",
                   "--headcount=-1", "--revenue=-20")
    assert negative.returncode == 2
    assert "Effectif" in negative.stderr and "Chiffre d'affaires" in negative.stderr
    lonely = cli("startups", "kpi", "add", "Datagora", "--period", "2026-10", "--raised", "10")
    assert lonely.returncode == 2 and "financement" in lonely.stderr
    ok = cli("startups", "kpi", "add", "Datagora", "--period", "2026-10", "--headcount", "4",
             "--revenue", "1 234,50", "--raised", "30000", "--raised-kind", "prêt d'honneur",
             "--json")
    assert ok.returncode == 0, ok.stderr
    row = json.loads(ok.stdout)
    assert (row["headcount"], row["revenue_cents"], row["raised_cents"]["honour_loan"]) == (
        4, 123450, 3_000_000)
    text = cli("startups", "show", "Datagora")
    assert "2026-10" in text.stdout and "1\u202f234,50" in text.stdout
    assert "Prêt d'honneur" in text.stdout


def test_demo_json_is_what_the_services_give(demo_db: Path, tmp_path: Path) -> None:
    db_path = demo_db
    engine = make_engine(db_path)
    today = inc.local_today()
    cohorts = json.loads(to_json(plain(inc.list_cohorts(engine, today=today))))
    startup = inc.list_startups(engine, today=today)[0]
    detail = json.loads(to_json(plain(inc.startup_detail(engine, startup.organization_id,
                                                         today=today))))
    engine.dispose()
    run = _runner(db_path, tmp_path)
    got = run("cohorts", "list", "--json")
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout) == cohorts
    assert any(c["milestones_late"] for c in cohorts)
    shown = run("startups", "show", startup.name, "--json")
    assert json.loads(shown.stdout) == detail
    first = detail["enrollments"][-1]
    assert {"history", "milestones", "mentoring", "status"} <= first.keys()
    assert "remaining_minutes" in first["mentoring"] and detail["latest"]["period"]
