"""Report benchmarks: the monthly report of a month in the middle of 50k / 500k bookings.

    from tests.benchmarks import bench_reports; bench_reports.run("large")

``report_monthly``: the whole PDF (indicators of the month, of the month before and of
the same month last year, charts, tables, two-pass page numbers) against a bare
ReportLab document of as many pages in the same embedded font. ``indicators_month``:
:func:`tierslieu.reports.indicators.compute` against the raw sqlite3 query of the
month's bookings on the same file.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

try:
    import bench_planning
except ImportError:  # imported as tests.benchmarks.bench_reports
    from tests.benchmarks import bench_planning  # type: ignore[no-redef]

SCALES = bench_planning.SCALES
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _result(name: str, value: float, floor: float) -> dict[str, Any]:
    return {"bench": name, "value": round(value, 2), "unit": "ms", "floor": round(floor, 2),
            "ratio": round(value / max(floor, 1e-6), 2)}


def page_count(pdf: Path) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf.read_bytes()))


def bare_document(path: Path, pages: int) -> None:
    """A plain platypus document of ``pages`` pages of DejaVu Sans text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from tierslieu.reports.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("p", fontName=REGULAR, fontSize=9.5, leading=13)
    story: list[Any] = []
    for i in range(pages):
        story += [Paragraph(f"Page {i + 1} — réservations, occupation, « membres »", style)
                  for _ in range(20)]
        if i < pages - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4, initialFontName=REGULAR).build(story)


def run(scale: str = "small") -> list[dict[str, Any]]:
    from tierslieu.reports import build
    from tierslieu.reports.indicators import compute
    from tierslieu.reports.period import Period

    n = SCALES[scale]
    month = Period(2026, 6)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine, _site = bench_planning.build(folder / "reports.sqlite", n)
        pdf = folder / "monthly.pdf"

        def report() -> None:
            build("monthly", engine, month=month.key, out=pdf, now=NOW)

        report()
        pages = page_count(pdf)
        bare = folder / "bare.pdf"
        out.append(_result(f"report_monthly_{pages}pages_{n}", _best(report),
                           _best(lambda: bare_document(bare, pages))))
        assert page_count(bare) == pages, "the floor must have as many pages"

        raw = sqlite3.connect(folder / "reports.sqlite")
        fmt = "%Y-%m-%d %H:%M:%S.%f"
        a, b = (x.strftime(fmt) for x in month.bounds_utc())

        def floor_query() -> None:
            raw.execute("SELECT resource_id, person_id, start_at, end_at, status, checked_in_at"
                        " FROM booking WHERE start_at >= ? AND start_at < ?"
                        " AND status != 'cancelled'", (a, b)).fetchall()

        out.append(_result(f"indicators_month_{n}",
                           _best(lambda: compute(engine, month, now=NOW)), _best(floor_query)))
        raw.close()
        engine.dispose()
    return out


if __name__ == "__main__":
    import json
    import sys

    for row in run(sys.argv[1] if len(sys.argv) > 1 else "small"):
        print(json.dumps(row))
