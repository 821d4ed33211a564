"""The open-data export: valid against its own Frictionless schema (a hand-written
validator of the field types and constraints it uses), small counts suppressed, and not
one e-mail, phone number or name of a person from the database in any file."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from tests.reports.conftest import NOW
from tierslieu.io.opendata import THRESHOLD, export_opendata
from tierslieu.reports.fmt import COUNT_UNITS
from tierslieu.reports.indicators import REGISTRY, compute
from tierslieu.reports.period import Period

NAME = re.compile(r"^[a-z0-9._-]+$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


def _cast(value: Any, field: dict[str, Any], from_csv: bool, missing: list[str]) -> Any:
    """The field's value as Python, or AssertionError naming what is wrong."""
    name, kind = field["name"], field["type"]
    constraints = field.get("constraints", {})
    if value is None or (from_csv and value in missing):
        assert not constraints.get("required"), f"{name}: required"
        return None
    if kind == "string":
        assert isinstance(value, str), name
        if "pattern" in constraints:
            assert re.fullmatch(constraints["pattern"], value), (name, value)
    elif kind == "number":
        if from_csv:
            assert NUMBER.match(value), (name, value)
            value = float(value)
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (name, value)
    elif kind == "integer":
        value = int(value) if from_csv and re.fullmatch(r"-?\d+", value) else value
        assert isinstance(value, int) and not isinstance(value, bool), (name, value)
    elif kind == "boolean":
        if from_csv:
            assert value in ("true", "false"), (name, value)
            value = value == "true"
        assert isinstance(value, bool), (name, value)
    else:
        raise AssertionError(f"{name}: type {kind} not handled by this validator")
    if "enum" in constraints:
        assert value in constraints["enum"], (name, value)
    return value


def validate(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Check every resource of ``datapackage.json``; return each file's typed rows."""
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package" and NAME.match(package["name"])
    assert package["licenses"] and package["resources"]
    out = {}
    for res in package["resources"]:
        assert NAME.match(res["name"]), res["name"]
        path = folder / res["path"]
        schema = res["schema"]
        fields = schema["fields"]
        names = [f["name"] for f in fields]
        missing = schema.get("missingValues", [""])
        if res["format"] == "csv":
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.reader(fh)
                assert next(reader) == names, res["path"]
                raw = [dict(zip(names, row, strict=True)) for row in reader]
        else:
            raw = json.loads(path.read_text(encoding="utf-8"))
            assert all(list(r) == names for r in raw), res["path"]
        rows = [{f["name"]: _cast(r[f["name"]], f, res["format"] == "csv", missing)
                 for f in fields} for r in raw]
        keys = [tuple(r[k] for k in schema.get("primaryKey", [])) for r in rows]
        assert len(keys) == len(set(keys)), f"{res['path']}: duplicate primary key"
        out[res["path"]] = rows
    files = {p.name for p in folder.iterdir()}
    assert files == set(out) | {"datapackage.json"}
    return out


@pytest.fixture(scope="module")
def export(demo_engine: Engine, tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[Path, dict[str, list[dict[str, Any]]]]:
    folder = tmp_path_factory.mktemp("open") / "opendata-2026"
    summary = export_opendata(demo_engine, 2026, folder, now=NOW)
    assert summary.periods == (*(f"2026-{m:02d}" for m in range(1, 12)), "2026")
    return folder, validate(folder)


def test_the_package_is_valid_against_its_schema(
        export: tuple[Path, dict[str, list[dict[str, Any]]]]) -> None:
    _, files = export
    assert len(files) == 2 * 12 + 1
    year = files["activity-2026.csv"]
    assert {r["indicator"] for r in year} >= {"bookings", "occupancy", "members_by_category",
                                              "survival_1y", "booking_heatmap"}
    assert not any(r["provisional"] for r in files["activity-2026-10.csv"])
    assert all(r["provisional"] for r in files["activity-2026-11.csv"])
    defs = {r["indicator"]: r for r in files["indicators.csv"]}
    assert defs["occupancy"]["definition_en"] == REGISTRY["occupancy"].definition_en
    assert "startups" not in defs and "cohorts" not in defs   # per-startup rows stay private


def test_csv_and_json_hold_the_same_rows(
        export: tuple[Path, dict[str, list[dict[str, Any]]]]) -> None:
    _, files = export
    for name, rows in files.items():
        if name.endswith(".csv") and name.startswith("activity"):
            assert rows == files[name.replace(".csv", ".json")], name


def test_counts_under_five_are_suppressed(
        export: tuple[Path, dict[str, list[dict[str, Any]]]], demo_engine: Engine) -> None:
    _, files = export
    rows = [r for name, rs in files.items() if name.startswith("activity") for r in rs]
    hidden = [r for r in rows if r["suppressed"]]
    assert hidden and all(r["value"] is None for r in hidden)
    for r in rows:
        if r["unit"] in COUNT_UNITS and r["unit"] != "days" and r["value"] is not None:
            assert r["value"] >= THRESHOLD, r
    october = {(r["indicator"], r["dimension"]): r for r in files["activity-2026-10.csv"]}
    bookings = compute(demo_engine, Period(2026, 10), keys=["bookings"], now=NOW)["bookings"]
    assert october[("bookings", "all")]["value"] == bookings > 800   # big counts stay
    assert october[("members_by_category", "other")]["value"] == 5
    assert october[("left_members", "all")]["suppressed"]         # 0 departures: under 5
    assert october[("no_shows_by_resource", "Bureau 12")]["suppressed"]


def test_no_personal_data_in_any_file(report_demo: Path,
                                      export: tuple[Path, dict[str, list[dict[str, Any]]]]
                                      ) -> None:
    folder, _ = export
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
    digits = re.sub(r"\D", "", text)
    con = sqlite3.connect(report_demo)
    try:
        people = con.execute("SELECT first_name, last_name, email, phone FROM person").fetchall()
    finally:
        con.close()
    assert len(people) == 200
    words = set(re.findall(r"\w+", text))
    names: set[str] = set()
    for first, last, email, phone in people:
        assert f"{first} {last}" not in text
        assert email.split("@")[0] not in text and email not in text
        assert not phone or re.sub(r"\D", "", phone) not in digits
        names |= {first, last}
    for name in names:  # not even a lone first or last name
        if re.fullmatch(r"\w+", name):
            assert name not in words, name
        else:
            assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text), name
