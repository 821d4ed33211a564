"""What the planning reads for a site's days (``bookings.site_days``): on SQLite one
statement, whose answer equals the portable reads' (``spaces.list_resources``,
``spaces.day_openings``, ``bookings.between``) on random weeks and days of the demo
across both clock changes, with closures, several opening intervals a day, an inactive
resource, cancelled bookings, a kinds filter and a site in another zone.

``bookings_fast.ENABLED = False`` runs the portable statements (PostgreSQL's path) on the
same SQLite file, to compare both.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from tierslieu import timeutil
from tierslieu.errors import NotFoundError
from tierslieu.services import bookings, bookings_fast, members, sites, spaces
from tierslieu.services.bookings import BookingRequest, BookingRow, SiteDays
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput, ResourceRow

NOW = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
KINDS = ((), ("meeting_room",), ("hot_desk_zone", "office"), ("event_hall",))


def _portable(monkeypatch: pytest.MonkeyPatch, *args: Any, **kw: Any) -> SiteDays:
    with monkeypatch.context() as m:
        m.setattr(bookings_fast, "ENABLED", False)
        return bookings.site_days(*args, **kw)


def _reference(engine: Any, site_id: int, days: list[date],
               kinds: tuple[str, ...] = ()) -> SiteDays:
    """The three services the planning called before, one after the other."""
    resources = spaces.list_resources(engine, site_id=site_id, kinds=kinds)
    openings = spaces.day_openings(engine, site_id, days)
    if not resources:
        return SiteDays([], openings, [])
    start, _ = timeutil.day_bounds_utc(days[0], resources[0].timezone)
    _, end = timeutil.day_bounds_utc(days[-1], resources[0].timezone)
    return SiteDays(resources, openings, bookings.between(
        engine, start, end, resource_ids=[r.id for r in resources]))


def _whole(found: SiteDays) -> None:
    """The fast path's rows have every field (a new field fails here): resources are
    filled through their __dict__, bookings made by ``tuple.__new__``, which takes any
    length."""
    assert all(set(vars(r)) == set(ResourceRow.__dataclass_fields__)
               for r in found.resources)
    assert all(len(b) == len(BookingRow._fields) and type(b) is BookingRow
               and b.start_at.tzinfo is UTC for b in found.bookings)


def _week(day: date) -> list[date]:
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


def test_demo_weeks_and_days_fast_and_portable_are_equal(
        demo_read: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(2026)
    with demo_read.connect() as conn:
        site_ids = [s for (s,) in conn.execute(text("SELECT id FROM site ORDER BY id"))]
    clock_changes = [date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28),
                     date(2025, 10, 26)]
    anchors = clock_changes + [date(2026, 6, 3), date(2026, 12, 24)] + [
        date(2025, 9, 1) + timedelta(days=rng.randrange(640)) for _ in range(8)]
    seen = closed = 0
    for anchor in anchors:
        for days in (_week(anchor), [anchor]):
            site, kinds = rng.choice(site_ids), rng.choice(KINDS)
            fast = bookings.site_days(demo_read, site, days, kinds=kinds)
            assert fast == _portable(monkeypatch, demo_read, site, days, kinds=kinds), (
                anchor, len(days), kinds)
            _whole(fast)
            seen += len(fast.bookings)
            closed += sum(1 for _, reason in fast.openings.values() if reason)
    assert seen > 500 and closed > 5, (seen, closed)


@pytest.fixture
def network(engine: Any) -> dict[str, Any]:
    """Two sites (Lyon; Saint-Denis de La Réunion, UTC+4 all year), closures of a site
    and of one room, two opening intervals a day, an archived room, a cancellation."""
    e = engine
    lyon = sites.create(e, "La Fabrique", city="Lyon")
    reunion = sites.create(e, "La Case", city="Saint-Denis", timezone="Indian/Reunion")
    rooms = {}
    for site, name, kind in ((lyon, "Salle Curie", "meeting_room"),
                             (lyon, "Open space", "hot_desk_zone"),
                             (lyon, "Ancienne salle", "meeting_room"),
                             (lyon, "Bureau 1", "office"),
                             (reunion, "Salle Kaz", "meeting_room")):
        rooms[name] = spaces.create_resource(e, ResourceInput(
            site.id, name, kind, capacity=4, max_minutes=24 * 60))
    for site in (lyon, reunion):
        spaces.set_opening_hours(e, site.id, {d: [(time(8), time(12, 30)),
                                                  (time(13, 30), time(19))]
                                              for d in range(5)})
    spaces.add_closure(e, lyon.id, date(2026, 10, 28), date(2026, 10, 29), "Inventaire")
    spaces.add_closure(e, lyon.id, date(2026, 10, 30), date(2026, 10, 30), "Peinture",
                       resource_id=rooms["Salle Curie"].id)
    spaces.add_closure(e, lyon.id, date(2025, 12, 24), date(2026, 1, 1), "Noël")
    who = members.create(e, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                        email="helene@exemple.fr"))
    made = []
    for day in range(19, 31):               # around the autumn change (25 October)
        for name in ("Salle Curie", "Open space", "Ancienne salle", "Salle Kaz"):
            start = datetime(2026, 10, day, 9, 30)
            made.append(bookings.create(e, BookingRequest(
                rooms[name].id, start, start + timedelta(hours=2), who.id, "Point",
                as_staff=True, outside_hours=True), now=NOW))
    night = datetime(2026, 10, 24, 22, 0)    # over the night of the change
    made.append(bookings.create(e, BookingRequest(
        rooms["Bureau 1"].id, night, night + timedelta(hours=6), None, "Inventaire",
        as_staff=True, outside_hours=True), now=NOW))
    bookings.cancel(e, made[0].id, now=NOW)
    with e.begin() as conn:
        conn.execute(text("UPDATE resource SET status = 'archived' WHERE id = :r"),
                     {"r": rooms["Ancienne salle"].id})
    return {"e": e, "lyon": lyon.id, "reunion": reunion.id}


def test_site_days_is_what_the_three_reads_give(network: dict[str, Any],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """On every backend; on SQLite the portable path too."""
    e = network["e"]
    monkeypatch.setattr(bookings_fast, "_ZONES", {})
    weeks = (_week(date(2026, 10, 25)), _week(date(2026, 10, 28)), [date(2026, 10, 25)],
             _week(date(2025, 12, 29)))
    for site in (network["lyon"], network["reunion"]):
        for days in weeks:
            for kinds in KINDS:
                found = bookings.site_days(e, site, days, kinds=kinds)
                assert found == _reference(e, site, days, kinds), (site, days[0], kinds)
                if e.dialect.name == "sqlite":
                    assert found == _portable(monkeypatch, e, site, days, kinds=kinds)
                _whole(found)
    week = bookings.site_days(e, network["lyon"], _week(date(2026, 10, 28)))
    assert [r.name for r in week.resources] == ["Bureau 1", "Open space", "Salle Curie"]
    assert week.openings[date(2026, 10, 28)] == ([], "Inventaire")
    assert week.openings[date(2026, 10, 30)] == (
        [(time(8), time(12, 30)), (time(13, 30), time(19))], None)   # one room's closure
    assert week.openings[date(2026, 11, 1)] == ([], "Toussaint")
    zone = bookings.site_days(e, network["reunion"], [date(2026, 10, 26)])
    assert [b.local_start.hour for b in zone.bookings] == [9]       # Réunion wall time
    with pytest.raises(NotFoundError):
        bookings.site_days(e, 10**6, [date(2026, 10, 26)])


def test_one_statement_on_sqlite_and_one_more_for_a_new_zone(
        network: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """The site's zone gives the range's UTC bounds; it is guessed (the zone the site had
    last time, else Paris) and checked against the site's row of the same answer."""
    e = network["e"]
    if e.dialect.name != "sqlite":
        pytest.skip("the SQLite fast path")
    monkeypatch.setattr(bookings_fast, "_ZONES", {})
    seen: list[str] = []

    def record(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(e, "before_cursor_execute", record)
    try:
        days = _week(date(2026, 10, 19))
        counts = []
        for site in (network["lyon"], network["reunion"], network["reunion"]):
            before = len(seen)
            bookings.site_days(e, site, days)
            counts.append(len(seen) - before)
    finally:
        event.remove(e, "before_cursor_execute", record)
    assert counts == [1, 2, 1]
    assert {s for s in seen} == {bookings_fast.site_days_sql(0)}
