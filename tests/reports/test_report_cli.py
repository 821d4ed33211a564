"""``report`` and ``export`` commands: two real subprocesses (the JSON contract and the
exit codes), everything else in-process through ``tierslieu.cli.main``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from tierslieu import i18n
from tierslieu.cli import main
from tierslieu.reports.indicators import REGISTRY, compute
from tierslieu.reports.period import Period


@pytest.fixture(autouse=True)
def _language() -> Iterator[None]:
    yield
    i18n.set_language(None)  # main() sets the process-wide language


def run(db: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TIERSLIEU_DATA_DIR=str(tmp_path / "data"), TIERSLIEU_LANG="fr")
    env.pop("TIERSLIEU_DB", None)
    return subprocess.run([sys.executable, "-m", "tierslieu", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=180, check=False)


def test_indicators_json_is_the_stable_contract(report_demo: Path, demo_engine: Engine,
                                                tmp_path: Path) -> None:
    out = run(report_demo, tmp_path, "report", "indicators", "--month", "2026-10", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data == compute(demo_engine, Period(2026, 10), compare=True).to_json("fr")
    assert list(data) == ["period", "start", "end", "site", "indicators", "comparisons"]
    assert (data["period"], data["start"], data["end"]) == ("2026-10", "2026-10-01",
                                                            "2026-11-01")
    assert set(data["indicators"]) == set(REGISTRY)
    item = data["indicators"]["bookings"]
    assert set(item) == {"value", "unit", "label", "previous", "last_year"}
    assert item["label"] == "Réservations" and isinstance(item["value"], int)
    revenue = data["indicators"]["revenue"]
    assert revenue["unit"] == "cents" and isinstance(revenue["value"], int)  # money in cents


def test_exit_codes(report_demo: Path, tmp_path: Path) -> None:
    bad = run(report_demo, tmp_path, "report", "monthly", "--month", "2026-13", "-o",
              str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "2026-13" in bad.stderr
    missing = run(report_demo, tmp_path, "report", "startup", "Personne", "-o",
                  str(tmp_path / "x.pdf"))
    assert missing.returncode == 4 and "Personne" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_reports_in_process(report_demo: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(report_demo)]
    for args, name in ((["report", "monthly", "--month", "2026-10", "--lang", "en"], "m.pdf"),
                       (["report", "annual", "--year", "2026"], "a.pdf"),
                       (["report", "startup", "kinesens"], "s.pdf")):
        assert main([*db, *args, "-o", str(tmp_path / name)]) == 0, args
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
        assert f"Rapport écrit : {tmp_path / name}" in capsys.readouterr().out


def test_indicators_text_and_year(report_demo: Path, capsys: pytest.CaptureFixture[str]
                                  ) -> None:
    assert main(["--db", str(report_demo), "report", "indicators", "--month", "2026-10"]) == 0
    text = capsys.readouterr().out
    assert "Indicateurs — octobre 2026" in text and "Taux d'occupation" in text
    assert re.search(r"Taux d'occupation +\d+,\d\u00a0% ", text) and "Salarié·e" in text
    assert main(["--db", str(report_demo), "--lang", "en", "report", "indicators", "--year",
                 "2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == "2026" and data["comparisons"]["previous"] == "2025"
    assert data["indicators"]["bookings"]["label"] == "Bookings"


def test_export_opendata_in_process(report_demo: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "od"
    assert main(["--db", str(report_demo), "export", "opendata", "--year", "2025", "-o",
                 str(folder)]) == 0
    assert "Données ouvertes écrites" in capsys.readouterr().out
    assert (folder / "datapackage.json").is_file() and (folder / "activity-2025-12.csv").is_file()
    assert len(list(folder.iterdir())) == 2 * 13 + 2


def test_bad_arguments_in_process(report_demo: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(report_demo)]
    assert main([*db, "export", "opendata", "--year", "2026", "-o",
                 str(tmp_path / "no" / "such")]) == 2
    assert main([*db, "report", "annual", "--year", "26", "-o", str(tmp_path / "a.pdf")]) == 2
    assert main([*db, "report", "monthly", "--month", "2026-10", "-o", str(tmp_path)]) == 2
    assert main([*db, "report", "indicators", "--month", "2026-10", "--site", "Ailleurs"]) == 4
    with pytest.raises(SystemExit) as stop:  # argparse: --month is required
        main([*db, "report", "monthly", "-o", str(tmp_path / "m.pdf")])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "« 26 » n'est pas une année" in err and "Aucun site" in err
    assert not list(tmp_path.glob("*.pdf"))
