"""The monthly billing run for the whole network (10,000 members on the large demo).

``billing_run``: :func:`tierslieu.services.billing.run.issue` of November 2026 on a fresh
copy of the demo each time (every subscription prorated, every billable booking of the
month consumed from plans and credits, one invoice per payer numbered and hash-chained,
the credits ledger and the consumptions frozen, in one transaction). The floor is the
raw read of what the run works from (the month's subscriptions and billable bookings);
the goal is absolute: under 5 s.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from common import Bench, copy_db, raw, result

MONTH, ISSUED_ON = "2026-11", date(2026, 12, 1)


def billing_run(b: Bench) -> dict[str, Any]:
    from tierslieu.db.engine import make_engine
    from tierslieu.services.billing import run

    values, floors, issued = [], [], 0
    for n in range(max(1, b.repeat // 2)):
        path = copy_db(b.demo, b.tmp / f"billing-{n}.sqlite")
        engine = make_engine(path)
        t0 = time.perf_counter()
        report = run.issue(engine, MONTH, issued_on=ISSUED_ON, actor="bench")
        values.append((time.perf_counter() - t0) * 1000)
        issued = len(report.invoices)
        engine.dispose()
        conn = raw(path)
        t0 = time.perf_counter()
        conn.execute("SELECT s.*, p.* FROM subscription s JOIN plan p ON p.id = s.plan_id"
                     " WHERE s.start_on <= '2026-11-30' AND (s.end_on IS NULL OR"
                     " s.end_on >= '2026-11-01')").fetchall()
        conn.execute("SELECT b.*, r.kind, r.hourly_price_cents FROM booking b"
                     " JOIN resource r ON r.id = b.resource_id"
                     " WHERE b.start_at >= '2026-10-31' AND b.start_at < '2026-12-02'"
                     " AND b.status = 'confirmed' AND b.person_id IS NOT NULL").fetchall()
        floors.append((time.perf_counter() - t0) * 1000)
        conn.close()
    people = _members(b)
    return result("billing_run", min(values), min(floors), invoices=issued, members=people)


def _members(b: Bench) -> int:
    conn = raw(b.demo)
    try:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        conn.close()
