"""Open data: the tiers-lieu's activity as aggregated, anonymised indicators.

``export_opendata(engine, 2026, folder)`` writes, for each month of the year that has
started and for the whole year, one CSV and one JSON file of the public indicators (long
format: one row per indicator and dimension), ``indicators.csv`` with every indicator's
label and definition in French and English, and ``datapackage.json``, a Frictionless
Tabular Data Package whose Table Schema describes every file.

Nothing personal leaves: only the indicators registered as public (aggregates; no
startup sheet, no name of a person), and every count under 5 (people, organisations,
bookings...) is written empty with ``suppressed`` set, as are rates computed on fewer
than 5 people or startups. Of the money figures only the total invoiced excluding VAT
is public (nothing per customer, no debts), suppressed when fewer than 5 customers
were invoiced in the period.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from tierslieu import security, timeutil
from tierslieu.errors import ValidationError
from tierslieu.io.csv_members import protect
from tierslieu.reports.fmt import COUNT_UNITS
from tierslieu.reports.indicators import (
    REGISTRY,
    IndicatorSet,
    IndicatorValue,
    compute,
    ordered_keys,
)
from tierslieu.reports.period import Period

THRESHOLD = 5
TOTAL = "all"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
UNITS = sorted({ind.unit for ind in REGISTRY.values()})
# a rate is suppressed when the count it is computed on (in its detail) is under 5, and
# the total invoiced when fewer than 5 customers were invoiced (it would tell what they pay)
RATE_BASES = {"survival_1y": "known", "survival_3y": "known", "survival_5y": "known",
              "women_founders_share": "founders", "invoiced_excl_vat": "customers",
              "event_fill_rate": "registrations"}
LICENSE = {"name": "etalab-2.0", "title": "Licence Ouverte / Open Licence 2.0",
           "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence"}
FIELDS = ["period", "provisional", "indicator", "dimension", "value", "unit", "suppressed"]


def public_keys() -> list[str]:
    return [k for k in ordered_keys() if REGISTRY[k].public]


def table_schema() -> dict[str, Any]:
    """The Frictionless Table Schema of every activity file (CSV and JSON)."""
    return {
        "fields": [
            {"name": "period", "type": "string", "title": "Période / Period",
             "description": "YYYY-MM (a month) or YYYY (a year), Europe/Paris local dates",
             "constraints": {"required": True, "pattern": r"^\d{4}(-\d{2})?$"}},
            {"name": "provisional", "type": "boolean",
             "description": "true while the period has not ended: figures may still change",
             "constraints": {"required": True}},
            {"name": "indicator", "type": "string",
             "description": "indicator key; see indicators.csv for its definition",
             "constraints": {"required": True, "enum": public_keys()}},
            {"name": "dimension", "type": "string",
             "description": f"'{TOTAL}' for a single figure; else the category, commune, "
                          "resource, kind of funds or weekday-hour (mon-09) it counts",
             "constraints": {"required": True}},
            {"name": "value", "type": "number",
             "description": "empty when suppressed or not recorded; money in cents"},
            {"name": "unit", "type": "string", "constraints": {"required": True,
                                                              "enum": UNITS}},
            {"name": "suppressed", "type": "boolean",
             "description": f"true when the value is a count under {THRESHOLD} (or a rate "
                            f"on fewer than {THRESHOLD}, or an amount invoiced to fewer than "
                            f"{THRESHOLD} customers) and was left empty",
             "constraints": {"required": True}},
        ],
        "primaryKey": ["period", "indicator", "dimension"],
        "missingValues": [""],
    }


def definitions_schema() -> dict[str, Any]:
    return {"fields": [{"name": n, "type": "string", "constraints": {"required": True}}
                       for n in ("indicator", "unit", "label_fr", "label_en", "definition_fr",
                                 "definition_en")],
            "primaryKey": ["indicator"], "missingValues": []}


@dataclass(frozen=True)
class OpenDataSummary:
    folder: Path
    files: tuple[str, ...]
    periods: tuple[str, ...]
    rows: int
    suppressed: int


def _suppress(v: IndicatorValue, value: Any) -> bool:
    if value is None:
        return False
    if v.unit in COUNT_UNITS and v.unit != "days":
        return bool(value < THRESHOLD)
    base = RATE_BASES.get(v.key)
    return base is not None and (v.detail or {}).get(base, 0) < THRESHOLD


def rows_of(ind: IndicatorSet, provisional: bool) -> Iterator[dict[str, Any]]:
    """The long-format rows of one period's public indicators."""
    for key in public_keys():
        v = ind.values[key]
        if v.shape == "scalar":
            items: list[tuple[str, Any]] = [(TOTAL, v.value)]
        elif v.shape == "breakdown":
            items = [(str(k), x) for k, x in (v.value or {}).items()]
        elif v.shape == "grid":
            items = [(f"{WEEKDAYS[d]}-{h:02d}", x) for d, row in enumerate(v.value)
                     for h, x in enumerate(row) if x]
        else:
            continue
        for dimension, value in items:
            hidden = _suppress(v, value)
            yield {"period": ind.period.key, "provisional": provisional, "indicator": key,
                   "dimension": dimension, "value": None if hidden else value,
                   "unit": v.unit, "suppressed": hidden}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return protect(str(value))


def _write(folder: Path, stem: str, rows: list[dict[str, Any]]) -> list[str]:
    with (folder / f"{stem}.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(FIELDS)
        for row in rows:
            writer.writerow([_csv_cell(row[f]) for f in FIELDS])
    (folder / f"{stem}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    return [f"{stem}.csv", f"{stem}.json"]


def _definitions(folder: Path) -> str:
    with (folder / "indicators.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["indicator", "unit", "label_fr", "label_en", "definition_fr",
                         "definition_en"])
        for key in public_keys():
            ind = REGISTRY[key]
            writer.writerow([protect(x) for x in (key, ind.unit, ind.label_fr, ind.label_en,
                                                  ind.definition_fr, ind.definition_en)])
    return "indicators.csv"


def _package(name: str, year: int, files: list[str], created: datetime) -> dict[str, Any]:
    resources = []
    for path in files:
        stem, ext = path.rsplit(".", 1)
        defs = stem == "indicators"
        resources.append({
            "name": f"{stem}-{ext}" if not defs else "indicators",
            "path": path, "profile": "tabular-data-resource", "format": ext,
            "mediatype": "text/csv" if ext == "csv" else "application/json",
            "encoding": "utf-8",
            "schema": definitions_schema() if defs else table_schema()})
    return {
        "profile": "tabular-data-package",
        "name": f"tierslieu-activity-{year}",
        "title": f"{name} — activité {year} / activity {year}",
        "description": (
            "Indicateurs agrégés et anonymisés d'un tiers-lieu, par mois et pour l'année "
            f"(format long). Comptes inférieurs à {THRESHOLD} supprimés (valeur vide, "
            "suppressed=true). Aggregated, anonymised indicators of a tiers-lieu per month "
            f"and for the year; counts under {THRESHOLD} suppressed."),
        "licenses": [LICENSE],
        "created": created.isoformat(timespec="seconds"),
        "resources": resources,
    }


def export_opendata(engine: Engine, year: int | Period, folder: Path | str, *,
                    site: int | str | None = None, now: datetime | None = None,
                    progress: Callable[[int, int], None] | None = None) -> OpenDataSummary:
    """Write the open data of ``year`` into ``folder`` (created if missing)."""
    security.require("opendata.export")
    from tierslieu.reports.common import place

    period = year if isinstance(year, Period) else Period(int(year))
    now = now or datetime.now(UTC)
    today = timeutil.to_local(now, None).date()
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise ValidationError("report_output_invalid", "output_dir", value=str(out))
    if not out.parent.is_dir():
        raise ValidationError("report_output_invalid", "output_dir", value=str(out))
    out.mkdir(exist_ok=True)
    periods = [m for m in period.months() if m.start <= today] + [period]
    files: list[str] = []
    total = suppressed = 0
    for i, p in enumerate(periods):
        ind = compute(engine, p, site, keys=public_keys(), now=now)
        rows = list(rows_of(ind, provisional=p.end > today))
        total += len(rows)
        suppressed += sum(1 for r in rows if r["suppressed"])
        files += _write(out, f"activity-{p.key}", rows)
        if progress:
            progress(i + 1, len(periods) + 1)
    files.append(_definitions(out))
    name, _ = place(engine)
    (out / "datapackage.json").write_text(
        json.dumps(_package(name, period.year, files, now), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")
    if progress:
        progress(len(periods) + 1, len(periods) + 1)
    return OpenDataSummary(out, (*files, "datapackage.json"), tuple(p.key for p in periods),
                           total, suppressed)
