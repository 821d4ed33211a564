"""Demo spaces: the resources of the demo site and two years of realistic bookings.

Deterministic for a seed. Bookings are written in bulk (one transaction) but follow the
booking rules: inside opening hours, never overlapping on a resource (buffers included),
hot-desk zones within capacity; peaks on Tuesday-Thursday mornings; some weekly series,
cancellations and no-shows.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert
from sqlalchemy.engine import Engine

from tierslieu import timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import Booking, BookingSeries, Closure
from tierslieu.services import spaces
from tierslieu.services.spaces import ResourceInput

REFERENCE = date(2026, 11, 25)

# name, kind, capacity, hourly, half-day, daily (cents), bookable_by, buffer
RESOURCES = [
    ("Salle Lovelace", "meeting_room", 8, 2500, 8000, 15000, "members", 15),
    ("Salle Curie", "meeting_room", 12, 3500, 11000, 20000, "members", 15),
    ("Salle Hopper", "meeting_room", 4, 1500, 5000, 9000, "members", 0),
    ("Box téléphone 1", "phone_booth", 1, 0, 0, 0, "members", 0),
    ("Box téléphone 2", "phone_booth", 1, 0, 0, 0, "members", 0),
    ("Open space", "hot_desk_zone", 24, 0, 900, 1500, "members", 0),
    ("Bureau 12", "office", 4, 0, 0, 4500, "members", 0),
    ("Bureau 14", "office", 6, 0, 0, 6000, "members", 0),
    ("Poste fixe A1", "desk", 1, 0, 0, 1800, "members", 0),
    ("Poste fixe A2", "desk", 1, 0, 0, 1800, "members", 0),
    ("Poste fixe A3", "desk", 1, 0, 0, 1800, "members", 0),
    ("Grande halle", "event_hall", 120, 9000, 30000, 55000, "staff", 30),
]
HOURS = {d: [(time(8), time(20))] for d in range(5)} | {5: [(time(9), time(13))]}
MEETING_TITLES = ["Point d'équipe", "Rendez-vous client", "Atelier design", "Comité de pilotage",
                  "Entretien", "Réunion associative", "Formation", "Rétrospective",
                  "Visio investisseurs", "Permanence juridique"]


@dataclass
class DemoSpacesSummary:
    resources: int
    bookings: int
    series: int


def generate(engine: Engine, site_id: int, person_ids: list[int], *, seed: int = 1,
             years: int = 2, progress: Callable[[int, int], None] | None = None
             ) -> DemoSpacesSummary:
    rng = random.Random(seed * 7919 + 17)
    spaces.set_opening_hours(engine, site_id, HOURS)
    with transaction(engine) as s:
        s.add(Closure(site_id=site_id, start_date=date(2025, 12, 24), end_date=date(2026, 1, 1),
                      reason="Fermeture de fin d'année"))
        s.add(Closure(site_id=site_id, start_date=date(2026, 12, 24), end_date=date(2027, 1, 1),
                      reason="Fermeture de fin d'année"))
    resources = [spaces.create_resource(engine, ResourceInput(
        site_id, name, kind, capacity=cap, hourly_price_cents=h, half_day_price_cents=hd,
        daily_price_cents=d, bookable_by=who, buffer_minutes=buf,
        max_minutes=900 if kind in ("event_hall", "office", "desk", "hot_desk_zone") else 480))
        for name, kind, cap, h, hd, d, who, buf in RESOURCES]
    first = REFERENCE - timedelta(days=365 * years)
    last = REFERENCE + timedelta(days=60)
    days = [first + timedelta(days=i) for i in range((last - first).days)]
    openings = spaces.day_openings(engine, site_id, days)
    tz = resources[0].timezone
    rows: list[dict[str, object]] = []
    series_rows: list[dict[str, object]] = []
    now = datetime.combine(REFERENCE, time(12), tzinfo=UTC)

    def add(resource_id: int, local_start: datetime, minutes: int, person: int | None,
            title: str, price: int, attendees: int = 1, series_id: int | None = None) -> None:
        start = timeutil.to_utc(local_start, tz, fold=0)
        end = start + timedelta(minutes=minutes)
        status, checked, cancelled = "confirmed", None, None
        roll = rng.random()
        if roll < 0.09:
            status, cancelled = "cancelled", start - timedelta(days=rng.randint(1, 10))
        elif end < now:
            if roll < 0.16:
                status = "no_show"
            else:
                checked = start + timedelta(minutes=rng.randint(-8, 12))
        rows.append({"resource_id": resource_id, "person_id": person, "series_id": series_id,
                     "title": title, "start_at": start, "end_at": end, "attendees": attendees,
                     "status": status, "price_cents": price, "checked_in_at": checked,
                     "cancelled_at": cancelled, "sequence": 1 if cancelled else 0, "notes": "",
                     "created_at": start - timedelta(days=rng.randint(1, 20)),
                     "updated_at": start - timedelta(days=1)})

    # weekly series: a startup's Monday stand-up, an association's Thursday evening meeting
    weekly = [(resources[2], 0, time(9, 30), 60, "Stand-up hebdo"),
              (resources[0], 3, time(18, 0), 120, "Réunion du bureau associatif")]
    taken: dict[tuple[int, date], list[tuple[time, time]]] = {}
    for sid, (res, weekday, at, minutes, title) in enumerate(weekly, start=1):
        person = rng.choice(person_ids)
        series_rows.append({"id": sid, "resource_id": res.id, "person_id": person,
                            "rrule": f"FREQ=WEEKLY;BYDAY={'MO TU WE TH FR'.split()[weekday]}",
                            "local_start": datetime.combine(first, at).strftime("%Y-%m-%dT%H:%M"),
                            "duration_minutes": minutes, "title": title,
                            "created_at": now, "updated_at": now})
        for day in days:
            if day.weekday() == weekday and not openings[day][1]:
                end_t = (datetime.combine(day, at) + timedelta(minutes=minutes)).time()
                taken.setdefault((res.id, day), []).append((at, end_t))
                add(res.id, datetime.combine(day, at), minutes, person, title,
                    spaces_price(res, minutes), attendees=min(res.capacity, 4), series_id=sid)

    for n, day in enumerate(days):
        intervals, closed = openings[day]
        if closed or not intervals:
            continue
        busy = {2: 1.0, 3: 1.0, 1: 0.85, 0: 0.6, 4: 0.55, 5: 0.2}[day.weekday()]
        for res in resources:
            _book_day(rng, add, res, day, intervals, busy, person_ids, taken)
        if progress and n % 30 == 0:
            progress(n, len(days))

    with transaction(engine) as s:
        if series_rows:
            s.execute(insert(BookingSeries), series_rows)
        for i in range(0, len(rows), 5000):
            s.execute(insert(Booking), rows[i:i + 5000])
    return DemoSpacesSummary(len(resources), len(rows), len(series_rows))


def spaces_price(res: spaces.ResourceRow, minutes: int) -> int:
    from tierslieu.services.bookings import price_cents

    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    return price_cents(res, start, start + timedelta(minutes=minutes))


def _book_day(rng: random.Random, add: Callable[..., None], res: spaces.ResourceRow, day: date,
              intervals: list[tuple[time, time]], busy: float, person_ids: list[int],
              taken: dict[tuple[int, date], list[tuple[time, time]]]) -> None:
    opens, closes = intervals[0]
    if res.kind in ("desk", "office"):
        if rng.random() < 0.7 * busy:
            add(res.id, datetime.combine(day, opens), _minutes(opens, closes),
                rng.choice(person_ids), "", res.daily_price_cents)
        return
    if res.kind == "hot_desk_zone":
        seats = int(res.capacity * busy * rng.uniform(0.3, 0.8))
        for _ in range(seats):
            half = rng.random() < 0.3
            start = opens if not half or rng.random() < 0.5 else time(13)
            minutes = 4 * 60 if half else _minutes(opens, closes)
            minutes = min(minutes, _minutes(start, closes))
            if minutes < 60:
                continue
            add(res.id, datetime.combine(day, start), minutes, rng.choice(person_ids), "",
                res.half_day_price_cents if half else res.daily_price_cents)
        return
    if res.kind == "event_hall":
        if rng.random() < 0.08 * busy:
            add(res.id, datetime.combine(day, time(9)), 8 * 60, None,
                rng.choice(["Hackathon", "Conférence", "Forum de l'emploi", "Bootcamp"]),
                res.daily_price_cents, attendees=rng.randint(30, 110))
        return
    # meeting rooms and booths: morning peak, a few afternoon slots
    cursor = datetime.combine(day, opens)
    end_of_day = datetime.combine(day, closes)
    buffer = timedelta(minutes=res.buffer_minutes)
    blocked = taken.get((res.id, day), [])
    while cursor < end_of_day:
        morning = cursor.time() < time(12, 30)
        if rng.random() < (0.55 if morning else 0.3) * busy:
            minutes = rng.choice([30, 60, 60, 90, 120]) if res.kind != "phone_booth" else \
                rng.choice([30, 30, 60])
            stop = cursor + timedelta(minutes=minutes)
            clash = any(cursor < datetime.combine(day, b_end) + buffer
                        and stop + buffer > datetime.combine(day, b_start)
                        for b_start, b_end in blocked)
            if stop <= end_of_day and not clash:
                add(res.id, cursor, minutes, rng.choice(person_ids),
                    rng.choice(MEETING_TITLES) if res.kind == "meeting_room" else "",
                    spaces_price(res, minutes), attendees=rng.randint(1, res.capacity))
                cursor = stop + buffer
                continue
        cursor += timedelta(minutes=30)
    return


def _minutes(a: time, b: time) -> int:
    return (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)
