"""Two processes race for the same 200 slots: exactly one wins each, on every backend."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from tierslieu.services import sites, spaces
from tierslieu.services.spaces import ResourceInput

SLOTS = 200
BASE = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)


def _racer(url: str, resource_id: int, barrier, queue) -> None:  # type: ignore[no-untyped-def]
    from tierslieu.db.engine import make_engine
    from tierslieu.errors import ConflictError
    from tierslieu.services import bookings
    from tierslieu.services.bookings import BookingRequest

    engine = make_engine(url)
    barrier.wait()
    won = lost = 0
    for i in range(SLOTS):
        start = BASE + timedelta(minutes=30 * i)
        try:
            bookings.create(engine, BookingRequest(resource_id, start, start + timedelta(
                minutes=30), as_staff=True, outside_hours=True), now=BASE - timedelta(days=1))
            won += 1
        except ConflictError:
            lost += 1
    queue.put((won, lost))
    engine.dispose()


def test_two_processes_never_double_book(engine) -> None:  # type: ignore[no-untyped-def]
    site = sites.create(engine, "Course")
    room = spaces.create_resource(engine, ResourceInput(site.id, "Box", "phone_booth",
                                                        max_minutes=60))
    url = engine.url.render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    barrier, queue = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_racer, args=(url, room.id, barrier, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert sum(won for won, _ in results) == SLOTS
    assert sum(lost for _, lost in results) == SLOTS  # every loser got "slot taken"
    with engine.connect() as conn:
        pairs = conn.execute(text(
            "SELECT count(*) FROM booking a JOIN booking b ON a.id < b.id"
            " AND a.resource_id = b.resource_id AND a.start_at < b.end_at"
            " AND b.start_at < a.end_at WHERE a.status = 'confirmed'"
            " AND b.status = 'confirmed'")).scalar()
        total = conn.execute(text("SELECT count(*) FROM booking")).scalar()
    assert pairs == 0
    assert total == SLOTS
