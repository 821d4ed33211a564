"""Planning benchmarks: loading a week of 40 resources, and painting it once.

    from tests.benchmarks import bench_planning; bench_planning.run("small")

Each value comes with a floor measured in the same run on the same file: the raw sqlite3
query of the same week's rows, and the grab of a bare QWidget of the same size.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

SCALES = {"small": 50_000, "large": 500_000}
RESOURCES = 40
WEEK_START = date(2026, 6, 1)     # a Monday, in the middle of the two years


def _best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _result(name: str, value: float, floor: float) -> dict[str, Any]:
    return {"bench": name, "value": round(value, 2), "unit": "ms", "floor": round(floor, 2),
            "ratio": round(value / max(floor, 1e-6), 2)}


def build(path: Path, n: int, seed: int = 3) -> tuple[Any, int]:
    """A migrated database with 40 resources and ``n`` bookings over two years, written
    with bulk Core inserts in one transaction (the services would take minutes)."""
    from sqlalchemy import insert

    from tierslieu.db.engine import transaction
    from tierslieu.db.models import Booking, Person, Resource
    from tierslieu.db.setup import open_database
    from tierslieu.services import sites, spaces

    engine = open_database(path)
    site = sites.create(engine, "Bench")
    spaces.set_opening_hours(engine, site.id, {d: [(datetime.min.time().replace(hour=8),
                                                    datetime.min.time().replace(hour=20))]
                                               for d in range(6)})
    rng = random.Random(seed)
    kinds = ["meeting_room", "phone_booth", "office", "desk", "event_hall"]
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with transaction(engine) as s:
        s.execute(insert(Resource), [
            {"site_id": site.id, "name": f"Salle {i:02d}", "kind": kinds[i % len(kinds)],
             "capacity": 8, "status": "active", "sort_order": i, "created_at": now,
             "updated_at": now} for i in range(RESOURCES)])
        s.execute(insert(Person), [
            {"first_name": f"Membre{i}", "last_name": "Dupont", "status": "active",
             "created_at": now, "updated_at": now} for i in range(200)])
    with transaction(engine) as s:
        rids = [r for (r,) in s.execute(Resource.__table__.select().with_only_columns(
            Resource.id))]
        pids = [p for (p,) in s.execute(Person.__table__.select().with_only_columns(
            Person.id))]
        first = datetime(2025, 1, 1, 7, tzinfo=UTC)   # 08:00 Paris in winter
        # 24 half-hour slots a day over two years, spread evenly, never overlapping
        positions = 730 * 24
        per_resource = -(-n // RESOURCES)
        rows = []
        for rid in rids:
            for k in range(per_resource):
                if len(rows) >= n:
                    break
                day, slot = divmod(k * positions // per_resource, 24)
                start = first + timedelta(days=day, minutes=30 * slot)
                length = timedelta(minutes=rng.choice((15, 30)))
                rows.append({"resource_id": rid, "person_id": rng.choice(pids),
                             "title": "Réunion", "start_at": start, "end_at": start + length,
                             "attendees": 2, "status": "confirmed", "price_cents": 0,
                             "sequence": 0, "notes": "", "created_at": now, "updated_at": now})
        for i in range(0, len(rows), 10_000):
            s.execute(insert(Booking), rows[i:i + 10_000])
    return engine, site.id


def run(scale: str = "small") -> list[dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from tierslieu import timeutil
    from tierslieu.gui.planning.model import WEEK, PlanningModel, load_planning, visible_days
    from tierslieu.gui.planning.view import PlanningView

    app = QApplication.instance() or QApplication([])
    n = SCALES[scale]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "planning.sqlite"
        engine, site_id = build(path, n)
        days = visible_days(WEEK_START, WEEK)
        model = PlanningModel()

        def load() -> None:
            model.set_data(load_planning(engine, site_id=site_id, days=days), WEEK)

        start, _ = timeutil.day_bounds_utc(days[0], "Europe/Paris")
        _, end = timeutil.day_bounds_utc(days[-1], "Europe/Paris")
        raw = sqlite3.connect(path)
        fmt = "%Y-%m-%d %H:%M:%S.%f"     # how SQLAlchemy stores DateTime in SQLite
        lo = (start - timedelta(days=31)).strftime(fmt)
        a, b = start.strftime(fmt), end.strftime(fmt)

        def floor_query() -> None:
            raw.execute(
                "SELECT b.id, b.resource_id, b.person_id, b.title, b.start_at, b.end_at,"
                " b.status, p.first_name, p.last_name FROM booking b"
                " LEFT JOIN person p ON p.id = b.person_id"
                " WHERE b.start_at < ? AND b.start_at > ? AND b.end_at > ?"
                " AND b.status != 'cancelled' ORDER BY b.start_at, b.id", (b, lo, a)).fetchall()

        load()
        booked = model.booking_count()
        assert len(raw.execute("SELECT id FROM booking WHERE start_at >= ? AND start_at < ?",
                               (a, b)).fetchall()) == booked, "floor and model disagree"
        out.append(_result(f"planning_week_load_{RESOURCES}res_{n}", _best(load),
                            _best(floor_query)))

        view = PlanningView(model, clock=lambda: datetime.combine(
            WEEK_START, datetime.min.time(), tzinfo=UTC) + timedelta(days=2, hours=10))
        view.resize(1400, 850)
        view.show()
        bare = QWidget()
        bare.resize(1400, 850)
        bare.show()
        app.processEvents()
        out.append(_result(f"planning_week_paint_{booked}blocks", _best(view.grab),
                           _best(bare.grab)))
        view.close()
        bare.close()
        raw.close()
        engine.dispose()
    return out


if __name__ == "__main__":
    import json
    import sys

    for row in run(sys.argv[1] if len(sys.argv) > 1 else "small"):
        print(json.dumps(row))
