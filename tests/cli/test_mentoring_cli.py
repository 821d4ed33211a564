"""``mentors`` and ``match`` commands, in-process, a few by subprocess."""

from __future__ import annotations

import json
import os
import subprocess as sp
from pathlib import Path

import pytest

from tests.cli.conftest import invoke
from tests.services.test_mentoring import profiles, world
from tierslieu.db.engine import make_engine
from tierslieu.services import mentoring as mg


def _runner(db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    env = dict(os.environ, TIERSLIEU_DATA_DIR=str(tmp_path / "data"), TIERSLIEU_LANG="fr")

    def run(*args: str, subprocess: bool = False) -> sp.CompletedProcess[str]:
        return invoke(["--db", str(db_path), *args], env=env, subprocess=subprocess)
    return run


def test_mentors_match_apply_and_why_not(db_path: Path, tmp_path: Path) -> None:
    engine = make_engine(db_path)
    w = world(engine)
    profiles(w)
    run = _runner(db_path, tmp_path)

    out = run("mentors", "list", "--json")
    assert out.returncode == 0, out.stderr
    rows = {r["name"]: r for r in json.loads(out.stdout)}
    assert rows["Alice Martin"]["capacity"] == 2 and rows["Alice Martin"]["load"] == 0

    out = run("match", "--cohort", "promo 2026", "--json")
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout)
    assert not res["accepted"] and res["solver_version"]
    assert res["matched"] == len(res["pairs"]) > 0
    for p in res["pairs"]:
        parts = p["breakdown"]
        assert set(parts) == {"needs", "sector", "stage", "language", "load", "rating",
                              "novelty"}
        assert abs(sum(x["contribution"] for x in parts.values()) - p["score"]) <= 7
    assert mg.list_assignments(engine) == []          # not applied

    text = run("match", "--cohort", "Promo 2026", "--apply", subprocess=True)
    assert text.returncode == 0, text.stderr
    assert "besoins" in text.stdout and "Appariement n° 2" in text.stdout
    active = {(a.enrollment_id, a.mentor_id) for a in mg.list_assignments(engine)}
    assert active == set(mg.get_run(engine, 2).result.assignment())

    # why-not: the loss printed is the one of a forced re-solve, and is never negative
    chosen = {(p["startup_id"], p["mentor_id"]) for p in res["pairs"]}
    alpha = w.enrollments[0]
    mentor = next(m for m in w.mentors if (alpha, m) not in chosen and m != w.mentors[2])
    out = run("match", "why-not", "--cohort", "Promo 2026", "--startup", "Alpha",
              "--mentor", str(mentor), "--json")
    assert out.returncode == 0, out.stderr
    why = json.loads(out.stdout)
    assert why["feasible"] and why["loss"] >= 0
    forced = mg.run_matching(engine, w.cohort_id, pins=[(alpha, mentor)])
    assert why["loss"] == res["total"] - forced.result.total

    # Chloé speaks no French: impossible for Alpha, with the reason
    out = run("match", "why-not", "--cohort", "Promo 2026", "--startup", "Alpha",
              "--mentor", "nguyen chloe")
    assert out.returncode == 0, out.stderr
    assert "ne peut pas suivre Alpha" in out.stdout and "langue" in out.stdout


@pytest.mark.parametrize(("args", "code"), [
    (("match", "--cohort", "Inconnue"), 4),
    (("match", "why-not", "--cohort", "Promo 2026", "--startup", "Alpha"), 2),
    (("match", "why-not", "--cohort", "Promo 2026", "--startup", "Alpha", "--mentor", "X"), 4),
    (("match", "pourquoi", "--cohort", "Promo 2026"), 2),
    (("match",), 2),
])
def test_exit_codes(db_path: Path, tmp_path: Path, args: tuple[str, ...], code: int) -> None:
    w = world(make_engine(db_path))
    profiles(w)
    out = _runner(db_path, tmp_path)(*args)
    assert out.returncode == code, out.stderr
    assert out.stderr.strip()


def test_on_the_demo(demo_db: Path, tmp_path: Path) -> None:
    db_path = demo_db
    run = _runner(db_path, tmp_path)
    out = run("match", "--cohort", "Incubation 2026")
    assert out.returncode == 0, out.stderr
    assert "besoins" in out.stdout and "Appariement n°" in out.stdout
    res = json.loads(run("match", "--cohort", "Incubation 2026", "--json").stdout)
    assert res["pairs"] and all(r["regret"] >= 0 for r in res["regrets"])
    pair = res["pairs"][0]
    other = next(p for p in res["pairs"] if p["mentor_id"] != pair["mentor_id"])
    out = run("match", "why-not", "--cohort", "Incubation 2026", "--startup", pair["startup"],
              "--mentor", str(other["mentor_id"]), "--json")
    assert out.returncode == 0, out.stderr
    why = json.loads(out.stdout)
    assert (why["lost_matches"], why["loss"]) >= (0, 0)
