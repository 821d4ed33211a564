"""Benchmarks: one JSON object per line, each against a floor measured in the same run.

    python tests/benchmarks/run.py [--scale small|large] [--only NAME[,NAME…]] [--cache DIR]

``{"bench", "value", "unit", "floor", "ratio"}`` (plus details): ``floor`` is the same
work done the cheapest way, on the same data, in the same run (raw sqlite3 on the same
file, a bare PySide6 window, a bare ReportLab document of the same pages), so ``ratio``
says what our layers cost whatever the machine. The demo database of the scale (small:
200 people; large: 10,000 people and 500,000 bookings) is generated once and cached in
``--cache`` (default ``/tmp/tierslieu-bench``, or ``$TIERSLIEU_BENCH_CACHE``).

Entries (each module's docstring says what is measured and against which floor):
startup (two lines: ``startup_window``, the first window painted, and ``startup``, the
first page with its data), availability_check, booking_save, planning_week (and the
detail ``planning_paint``), member_search, members_table_open, csv_import_10k,
monthly_report (and ``indicators_month``), matching_500x200, billing_run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # the bench_* modules next to this file
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TIERSLIEU_LANG", "fr")

from common import DEFAULT_CACHE, Bench, demo_database  # noqa: E402

# name -> (module, function); each returns one result dict or a list of them
BENCHES: dict[str, tuple[str, str]] = {
    "startup": ("bench_startup", "startup"),
    "availability_check": ("bench_bookings", "availability_check"),
    "booking_save": ("bench_bookings", "booking_save"),
    "planning_week": ("bench_planning", "planning_week"),
    "member_search": ("bench_members", "member_search"),
    "members_table_open": ("bench_members", "members_table_open"),
    "csv_import_10k": ("bench_members", "csv_import_10k"),
    "monthly_report": ("bench_reports", "monthly_report"),
    "matching_500x200": ("bench_matching", "matching_500x200"),
    "billing_run": ("bench_billing", "billing_run"),
}


def _function(name: str) -> Callable[[Bench], Any]:
    import importlib

    module, attr = BENCHES[name]
    return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", choices=("small", "large"), default="small")
    parser.add_argument("--only", default="", help="comma-separated names (default: all)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help="folder keeping the generated demo databases between runs")
    parser.add_argument("--repeat", type=int, default=5, help="best of N (default 5)")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(BENCHES)
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHES)}")
    demo = demo_database(args.scale, args.cache)
    with tempfile.TemporaryDirectory(prefix="tierslieu-bench-") as tmp:
        bench = Bench(args.scale, demo, Path(tmp), args.repeat)
        for name in names:
            out = _function(name)(bench)
            for row in out if isinstance(out, list) else [out]:
                print(json.dumps({**row, "scale": args.scale}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
