"""Benchmarks: one JSON object per line, each against a floor measured in the same run.

    python tests/benchmarks/run.py [--scale small|large]

``floor`` is the same work done the cheapest way on the same file (raw sqlite3), so
``ratio`` says what our layers cost, whatever the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

SCALES = {"small": 2_000, "large": 10_000}


def _best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _emit(name: str, value: float, floor: float) -> None:
    print(json.dumps({"bench": name, "value": round(value, 2), "unit": "ms",
                      "floor": round(floor, 2), "ratio": round(value / max(floor, 1e-6), 2)}))


def _fill(engine: object, n: int) -> None:
    from tierslieu.db.engine import transaction
    from tierslieu.db.models import Person
    from tierslieu.services import members
    from tierslieu.services.dto import PersonInput

    rng = random.Random(7)
    firsts = ["Hélène", "Zoé", "Jean-Baptiste", "Anaïs", "Loïc", "Noël", "Marie", "Léa"]
    lasts = ["Le Clerc", "Dupont", "N'Diaye", "Martin-Lefèvre", "Durand", "Nguyễn", "Bernard"]
    with transaction(engine) as s:  # type: ignore[arg-type]
        for i in range(n):
            data = PersonInput(first_name=rng.choice(firsts), last_name=rng.choice(lasts),
                               email=f"p{i}@exemple.fr")
            person = Person(status="active")
            s.add(person)
            members.apply(s, person, members.validate(data), data)


sys.path.insert(0, str(Path(__file__).parent))  # bench_planning next to this file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=SCALES, default="small")
    args = parser.parse_args()
    n = SCALES[args.scale]

    from tierslieu.db.setup import open_database
    from tierslieu.services import members
    from tierslieu.services.dto import MemberQuery

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        engine = open_database(path)
        _fill(engine, n)
        raw = sqlite3.connect(path)

        value = _best(lambda: members.search(engine, MemberQuery(text="helene")))
        floor = _best(lambda: raw.execute(
            "SELECT id, first_name, last_name, email FROM person WHERE status = 'active'"
            " AND search_blob LIKE '% helene%' ORDER BY sort_key").fetchall())
        _emit(f"member_search_{n}", value, floor)

        value = _best(lambda: members.search(engine, MemberQuery()))
        floor = _best(lambda: raw.execute(
            "SELECT id, first_name, last_name, email, phone FROM person"
            " WHERE status = 'active' ORDER BY sort_key").fetchall())
        _emit(f"member_list_{n}", value, floor)
        raw.close()
        engine.dispose()

    _availability(args.scale)
    import bench_planning

    for row in bench_planning.run(args.scale):
        print(json.dumps(row))
    import bench_matching

    for row in bench_matching.run(args.scale):
        print(json.dumps(row))
    import bench_reports

    for row in bench_reports.run(args.scale):
        print(json.dumps(row))


def _availability(scale: str) -> None:
    """bookings.is_free on random slots of a 50k/500k-booking database vs the raw query."""
    import bench_planning

    from tierslieu.services import bookings

    n = bench_planning.SCALES[scale]
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "availability.sqlite"
        engine, _site = bench_planning.build(path, n)
        rids = [r for (r,) in sqlite3.connect(path).execute("SELECT id FROM resource")]
        base = datetime(2025, 1, 1, 7, tzinfo=UTC)
        slots = [(rng.choice(rids), base + timedelta(days=rng.randrange(700),
                                                      minutes=30 * rng.randrange(24)))
                 for _ in range(50)]
        raw = sqlite3.connect(path)
        fmt = "%Y-%m-%d %H:%M:%S.%f"

        def ours() -> None:
            for rid, start in slots:
                bookings.is_free(engine, rid, start, start + timedelta(minutes=30))

        def floor() -> None:
            for rid, start in slots:
                end = start + timedelta(minutes=30)
                raw.execute("SELECT id FROM booking WHERE resource_id = ? AND status = 'confirmed'"
                            " AND start_at < ? AND start_at > ? AND end_at > ?",
                            (rid, end.strftime(fmt), (start - timedelta(days=31)).strftime(fmt),
                             start.strftime(fmt))).fetchall()

        _emit(f"availability_check_x50_{n}", _best(ours), _best(floor))
        raw.close()
        engine.dispose()


if __name__ == "__main__":
    main()
