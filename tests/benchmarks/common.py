"""What every benchmark shares: timing, the result line, the cached demo database.

Timings are the *best* of ``repeat`` runs (as :mod:`timeit` advises): on a machine
shared with other work the slowest runs measure the neighbours, not the code. The value
and its floor are measured the same way, in the same process, on the same file.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CACHE = Path(os.environ.get("TIERSLIEU_BENCH_CACHE", "/tmp/tierslieu-bench"))
SEED = 1


@dataclass
class Bench:
    """What a benchmark gets: the scale, the cached demo file, a scratch folder."""

    scale: str
    demo: Path          # read-only: copy it (copy_db) before writing
    tmp: Path
    repeat: int = 5


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` calls, in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def result(name: str, value: float, floor: float | None, unit: str = "ms",
           **extra: Any) -> dict[str, Any]:
    """One JSON line: ``ratio`` = value / floor (null when the benchmark has no floor)."""
    digits = 3 if unit == "µs" or value < 1 else 2
    return {"bench": name, "value": round(value, digits), "unit": unit,
            "floor": None if floor is None else round(floor, digits),
            "ratio": None if not floor else round(value / floor, 2), **extra}


def copy_db(src: Path, dest: Path) -> Path:
    """A copy through SQLite's backup API (never a file copy, see ARCHITECTURE.md)."""
    dest.unlink(missing_ok=True)
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    s.close()
    d.close()
    return dest


# the generators each scale runs (the large demo borrows names and plans from these)
_LARGE = ("demo.py", "demo_large.py", "demo_billing.py", "demo_incubation.py")


def _fingerprint(scale: str) -> str:
    """Changes when the schema or the scale's generators change: the cache is rebuilt."""
    from tierslieu.db.migrate import HEAD

    digest = hashlib.sha256(HEAD.encode())
    for path in sorted((ROOT / "tierslieu" / "services").glob("demo*.py")):
        if (path.name in _LARGE) if scale == "large" else path.name != "demo_large.py":
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def demo_database(scale: str, cache: Path = DEFAULT_CACHE, seed: int = SEED) -> Path:
    """The demo of ``scale`` (small: 200 people; large: 10,000 people, 500,000 bookings),
    generated once and kept in ``cache`` between runs (the large one takes a minute)."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-{scale}-seed{seed}-{_fingerprint(scale)}.sqlite"
    if path.exists():
        return path
    from tierslieu.db.setup import open_database
    from tierslieu.services import demo

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"generating the {scale} demo in {path} (once)…", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    engine = open_database(partial)
    try:
        demo.generate(engine, seed=seed, scale=scale)
    finally:
        engine.dispose()
    partial.rename(path)
    print(f"  done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    return path


def qt_app() -> Any:
    """The one QApplication of the benchmark process (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def raw(path: Path) -> sqlite3.Connection:
    """A bare sqlite3 connection for the floors, with the application's pragmas."""
    conn = sqlite3.connect(path, isolation_level=None)
    from tierslieu.db.engine import choose_journal_mode

    conn.execute(f"PRAGMA journal_mode={choose_journal_mode()}")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"      # how SQLAlchemy stores DateTime in SQLite
