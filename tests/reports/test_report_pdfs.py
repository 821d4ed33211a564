"""The PDF reports, read back with poppler's ``pdftotext`` and ``pdffonts``.

The monthly report must print the figures ``report indicators --json`` gives for the
same month, formatted the French way; every page carries "i / N"; names in Polish and
Cyrillic come back intact; only DejaVu Sans is in the files, embedded.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from tests.reports.conftest import NOW
from tierslieu.cli import main
from tierslieu.db.engine import transaction
from tierslieu.db.models import Organization, Person, PersonOrganization
from tierslieu.errors import ValidationError
from tierslieu.reports import build, fmt
from tierslieu.reports.indicators import REGISTRY, compute
from tierslieu.reports.period import Period
from tierslieu.text import compact


def pages(pdf: Path) -> list[str]:
    """The text of each page, spaces of every kind folded to one."""
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    return [norm(p) for p in raw.split("\f") if p.strip()]


def norm(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


def assert_footers(texts: list[str]) -> None:
    total = len(texts)
    for i, text in enumerate(texts, start=1):
        assert f"{i} / {total}" in text, (i, text[-120:])


def assert_only_dejavu(pdf: Path) -> None:
    rows = fonts(pdf)
    assert rows and all("DejaVuSans" in r[0] for r in rows), rows
    assert all(r[-5] == "yes" for r in rows), rows  # embedded


@pytest.fixture(scope="module")
def monthly(report_demo: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[dict[str, Any], list[str], Path]:
    """``report indicators --json`` and ``report monthly`` of October 2026, in-process."""
    out = tmp_path_factory.mktemp("monthly") / "octobre.pdf"
    run = _cli(report_demo)
    code, stdout = run(["report", "indicators", "--month", "2026-10", "--json"])
    assert code == 0
    code, _ = run(["report", "monthly", "--month", "2026-10", "-o", str(out)])
    assert code == 0 and out.stat().st_size > 10_000
    return json.loads(stdout), pages(out), out


def _cli(db: Path) -> Callable[[list[str]], tuple[int, str]]:
    import contextlib
    import io

    def run(args: list[str]) -> tuple[int, str]:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            code = main(["--db", str(db), "--lang", "fr", *args])
        return code, buf.getvalue()
    return run


def test_monthly_report_prints_the_json_figures(monthly: tuple[dict[str, Any], list[str], Path]
                                                ) -> None:
    data, texts, _ = monthly
    text = " ".join(texts)
    checked = 0
    for key, item in data["indicators"].items():
        shape, unit = REGISTRY[key].shape, item["unit"]
        values = []
        if shape == "scalar":
            values = [item["value"], *[item[k] for k in ("previous", "last_year") if k in item]]
        elif shape == "breakdown":
            values = list(item["value"].values())
        for v in values:
            shown = norm(fmt.value(v, unit, "fr"))
            assert shown in text, (key, shown)
            checked += 1
    assert checked > 60
    for row in data["indicators"]["startups"]["value"]:
        assert row["startup"] in text
    for name in data["indicators"]["occupancy_by_resource"]["value"]:
        assert text.count(name) >= 2                 # the chart and the table
    assert "octobre 2026" in texts[0] and "La Fabrique du Lien" in texts[0]
    assert "182 000,00 €" in text                      # French money, narrow spaces folded


def test_monthly_report_layout(monthly: tuple[dict[str, Any], list[str], Path]) -> None:
    _, texts, pdf = monthly
    assert 5 <= len(texts) <= 14
    assert_footers(texts)
    assert_only_dejavu(pdf)
    text = " ".join(texts)
    for heading in ("Chiffres clés", "Espaces", "Membres", "Incubation", "Événements du mois",
                    "Accueil", "Finances", "Balance âgée des impayés échus", "Alertes",
                    "Annexe : définitions des indicateurs", "septembre 2026", "octobre 2025"):
        assert heading in text, heading
    for ind in REGISTRY.values():  # every definition is printed in the appendix
        if ind.key != "cohorts":     # (the annual report's table)
            assert norm(ind.definition_fr)[:60] in text, ind.key


def test_english_monthly_report(demo_engine: Engine, tmp_path: Path) -> None:
    pdf = build("monthly", demo_engine, month="2026-10", lang="en", out=tmp_path / "en.pdf",
                now=NOW)
    texts = pages(pdf)
    text = " ".join(texts)
    for heading in ("Activity report", "October 2026", "Key figures", "Spaces", "Members",
                    "Incubation", "Alerts", "Appendix: definitions of the indicators",
                    "Occupancy by resource", "€182,000.00"):
        assert heading in text, heading
    assert "Chiffres clés" not in text and "Espaces" not in text
    assert_footers(texts)


def test_annual_report_has_a_table_of_contents(demo_engine: Engine, tmp_path: Path) -> None:
    progress: list[tuple[int, int]] = []
    pdf = build("annual", demo_engine, year=2026, out=tmp_path / "annual.pdf", now=NOW,
                progress=lambda done, total: progress.append((done, total)))
    texts = pages(pdf)
    assert_footers(texts)
    assert_only_dejavu(pdf)
    toc = norm(subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"],
                              capture_output=True, check=True).stdout.decode("utf-8"))
    assert toc.startswith("Sommaire")
    for heading in ("Activité", "Publics", "Résultats de l'incubation",
                    "Annexe : définitions des indicateurs"):
        page = re.search(re.escape(heading) + r"[ .]*?(\d+)", toc)
        assert page, heading
        assert heading in texts[int(page.group(1)) - 1]   # the entry points at its page
    text = " ".join(texts)
    year = compute(demo_engine, Period(2026), now=NOW)
    for key in ("bookings", "unique_users", "active_members", "revenue", "jobs_created",
                "survival_1y", "applications_received"):
        assert norm(fmt.value(year[key], year.values[key].unit, "fr")) in text, key
    assert "Survie à 5 ans non renseigné" in text
    trained = norm(fmt.value(year["people_trained"], "people", "fr"))
    assert f"Personnes formées {trained}" in text       # recorded since events exist
    assert progress[-1][0] == progress[-1][1] and progress == sorted(progress)


def _startup(engine: Engine, name: str, founders: list[tuple[str, str]]) -> None:
    with transaction(engine) as s:
        org = Organization(name=name, name_key=compact(name), kind="startup", status="active")
        s.add(org)
        for first, last in founders:
            p = Person(first_name=first, last_name=last, status="active")
            s.add(p)
            s.add(PersonOrganization(person=p, organization=org, role="founder"))


def test_startup_sheet_keeps_names_intact(engine: Engine, tmp_path: Path) -> None:
    _startup(engine, "Dupont & Fils <SARL>", [("Łukasz", "Żółć"), ("Иван", "Петров"),
                                              ("Thị Hằng", "Nguyễn")])
    pdf = build("startup", engine, startup="dupont & fils <sarl>", out=tmp_path / "s.pdf")
    texts = pages(pdf)
    text = " ".join(texts)
    for expected in ("Dupont & Fils <SARL>", "Łukasz Żółć", "Иван Петров", "Thị Hằng Nguyễn"):
        assert expected in text, expected
    assert texts[0].count("1 / 1") == 1
    assert_only_dejavu(pdf)


def test_demo_startup_sheets_fit_two_pages(demo_engine: Engine, tmp_path: Path) -> None:
    from tierslieu.services import incubation

    startups = incubation.list_startups(demo_engine)
    busiest = sorted(startups, key=lambda s: -(s.enrollment.milestones_total if s.enrollment
                                               else 0))[:3]
    for s in busiest:
        texts = pages(build("startup", demo_engine, startup=s.organization_id,
                            out=tmp_path / f"{s.organization_id}.pdf", now=NOW))
        assert len(texts) <= 2, s.name
        assert s.name in texts[0] and all(f in " ".join(texts) for f in s.founders)


def test_long_tables_split_with_their_header(tmp_path: Path) -> None:
    from reportlab.lib.units import mm

    from tierslieu.reports.pdf import ReportDoc, styles, table
    from tierslieu.reports.pdf import build as write

    long_cell = " ".join(f"mot{i}" for i in range(80))
    rows = [[f"ligne {i}", long_cell if i % 25 == 0 else "court", str(i)] for i in range(150)]
    doc = ReportDoc(tmp_path / "t.pdf", title="t", author="a", lang="fr")
    write(doc, [table(["Nom de colonne", "Texte", "Nombre"], rows,
                      [40 * mm, 100 * mm, 30 * mm])], "pied")
    texts = pages(tmp_path / "t.pdf")
    assert len(texts) >= 3
    assert all(t.count("Nom de colonne") == 1 for t in texts)   # header repeated per page
    text = " ".join(texts)
    assert all(f"ligne {i} " in text for i in range(150))
    assert "mot0" in text and "mot79" in text                   # wrapped, never cut
    assert_footers(texts)
    assert styles()["cell"].fontName == "DejaVuSans"


def test_bad_arguments_write_nothing(demo_engine: Engine, tmp_path: Path) -> None:
    for kwargs in ({"kind": "weekly"}, {"kind": "monthly"}, {"kind": "annual"},
                   {"kind": "monthly", "month": "2026-13"},
                   {"kind": "monthly", "month": "2026-10", "out": tmp_path / "no" / "x.pdf"},
                   {"kind": "monthly", "month": "2026-10", "out": tmp_path}):
        kind = kwargs.pop("kind")
        kwargs.setdefault("out", tmp_path / "x.pdf")
        with pytest.raises(ValidationError):
            build(kind, demo_engine, **kwargs)  # type: ignore[arg-type]
    assert not (tmp_path / "x.pdf").exists()


def test_empty_database_with_name_and_logo(engine: Engine, tmp_path: Path) -> None:
    from PIL import Image

    from tierslieu.services import settings

    Image.new("RGB", (300, 120), (15, 110, 110)).save(tmp_path / "logo.png")
    settings.set(engine, "tiers_lieu.name", "Tiers-lieu « La Soie » & <Cie>")
    settings.set(engine, "tiers_lieu.logo", str(tmp_path / "logo.png"))
    pdf = build("monthly", engine, month="2026-10", out=tmp_path / "m.pdf", now=NOW)
    texts = pages(pdf)
    assert "Tiers-lieu « La Soie » & <Cie>" in texts[0]
    assert b"/Subtype /Image" in pdf.read_bytes()
    assert "Aucune donnée pour cette période." in " ".join(texts)  # charts say so, not empty
    assert_footers(texts)
    settings.set(engine, "tiers_lieu.logo", str(tmp_path / "missing.png"))  # ignored
    annual = pages(build("annual", engine, year="2026", out=tmp_path / "a.pdf", now=NOW))
    assert "Tiers-lieu « La Soie » & <Cie>" in annual[0]
