"""Demo front desk: a year of events of every kind, three weeks of visits, the directory.

Deterministic for a seed, relative to :data:`REFERENCE` (25/11/2026), never to today.
Events are created through :func:`tierslieu.services.events.create_in`, so their rooms
are real bookings that passed the booking rules; an event whose room is taken tries its
other rooms, then the next days (each attempt under a savepoint). Registrations, visits
and notifications are then written in bulk, following the rules the services enforce
(capacity, waitlist served in order and promoted on cancellation, check-in only for
confirmed places, visitors with an active host).

Around the reference day, for the home page: an event today, a hackathon this weekend, an
under-filled workshop in five days, members in since the morning and a visitor announced.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Consent,
    DirectoryProfile,
    Notification,
    Organization,
    Person,
    PersonTag,
    Registration,
    Resource,
    Site,
    Visit,
)
from tierslieu.errors import ConflictError, ValidationError
from tierslieu.services import events, spaces
from tierslieu.services.events import EventInput

REFERENCE = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)      # 11:40 in Paris: the demo's "now"
VISIT_DAYS = 21

# kind: (titles, preferred rooms, local start, local end, capacity, price cents, minimum)
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], time, time, int, int, int]] = {
    "meetup": (("Apéro des membres", "Café des entrepreneurs", "Soirée pitch",
                "Rencontre : financer son projet"), ("Salle Curie", "Grande halle"),
               time(18, 30), time(20, 30), 12, 0, 0),
    "workshop": (("Atelier réparation vélo", "Atelier impression 3D", "Atelier UX",
                  "Atelier compta pour indépendants"), ("Salle Lovelace", "Salle Curie"),
                 time(14, 0), time(17, 0), 8, 1500, 4),
    "training": (("Formation RGPD", "Prendre la parole en public", "Initiation à Figma",
                  "Facturer en Factur-X"), ("Salle Curie", "Salle Lovelace", "Grande halle"),
                 time(9, 30), time(12, 30), 12, 6000, 5),
    "bootcamp": (("Bootcamp no-code", "Bootcamp data", "Bootcamp création d'entreprise"),
                 ("Grande halle",), time(9, 0), time(17, 30), 40, 15000, 15),
    "hackathon": (("Hackathon climat", "Hackathon mobilité", "Hackathon santé"),
                  ("Grande halle",), time(9, 0), time(20, 0), 60, 0, 20),
    "open_day": (("Portes ouvertes",), ("Grande halle",), time(10, 0), time(16, 0), 120, 0, 0),
}
# weeks between two events of a kind, and the weekday they fall on (0 = Monday)
RHYTHM = {"meetup": (2, 3), "workshop": (2, 2), "training": (4, 1), "bootcamp": (9, 0),
          "hackathon": (13, 5), "open_day": (26, 5)}
# (day offset from the reference, kind, title, registered, minimum): the days around "now"
AROUND_NOW = (
    (0, "workshop", "Atelier impression 3D", 11, 4),       # full, with a waitlist
    (0, "meetup", "Rencontre : financer son projet", 9, 0),
    (3, "hackathon", "Hackathon climat", 72, 20),
    (5, "workshop", "Atelier compta pour indépendants", 2, 6),
    (6, "training", "Formation RGPD", 9, 5),
)
DESCRIPTIONS = {
    "meetup": "Un moment convivial pour se rencontrer entre membres et voisins.",
    "workshop": "Atelier pratique en petit groupe ; matériel fourni.",
    "training": "Formation courte animée par un·e membre de la communauté.",
    "bootcamp": "Une journée intensive pour passer de l'idée au prototype.",
    "hackathon": "Une journée pour prototyper des solutions en équipes pluridisciplinaires.",
    "open_day": "Visites, démonstrations et rencontres avec les structures résidentes.",
}
SECTORS = {
    "Compost'Up": "Économie circulaire", "Vélocité Logistique": "Mobilité",
    "Datagora": "Numérique", "Lumen Robotique": "Industrie", "Brique & Bois": "Construction",
    "Solaris Énergies Citoyennes": "Énergie", "Kalmi Santé": "Santé",
    "Miel Urbain": "Agriculture urbaine", "Tisse-Lien": "Numérique",
    "Repair Café de la Soie": "Économie circulaire",
    "Jardins partagés des Gratte-Ciel": "Agriculture urbaine",
    "Ateliers Numériques Solidaires": "Numérique",
    "Compagnie Théâtre en Friche": "Culture", "Cycl'Avenir": "Mobilité",
    "Imprimerie Martin & Fils": "Industrie", "Atelier Le Clerc Architecture": "Construction",
    "Laboratoire Matériaux Biosourcés": "Recherche",
    "École de design Confluences": "Formation",
}
HEADLINES = ("Développeuse freelance, curieuse de tout", "Je répare (presque) tout",
             "Designer d'intérieur éco-conçu", "Comptable pour les petites structures",
             "J'anime des ateliers numériques", "Chercheur en matériaux biosourcés",
             "Passionné de mobilité douce", "Je cherche des associé·es",
             "Photographe et vidéaste", "Juriste en économie sociale et solidaire")
COMPANIES = ("Banque Territoriale", "Cabinet Morel", "Région Auvergne-Rhône-Alpes",
             "Bpifrance", "Agence Nova", "Université Lyon 1", "", "", "")
PURPOSES = ("Rendez-vous", "Entretien", "Livraison", "Réunion de projet", "Visite des locaux",
            "Comité d'investissement")


@dataclass(frozen=True)
class DemoEventsSummary:
    events: int
    registrations: int
    visits: int
    consents: int


def generate(engine: Engine, *, seed: int = 1) -> DemoEventsSummary:
    rng = random.Random(seed * 104_729 + 8)
    with transaction(engine) as s:
        site = s.scalar(select(Site).order_by(Site.id))
        if site is None:
            return DemoEventsSummary(0, 0, 0, 0)
        people = list(s.scalars(select(Person.id).where(Person.status == "active")
                                .order_by(Person.id)))
        rooms = {name: rid for rid, name in s.execute(select(Resource.id, Resource.name))}
        made = _make_events(s, rng, site, rooms)
        regs = _make_registrations(s, rng, made, people)
        visits = _make_visits(s, rng, site, people)
        consents = _make_directory(s, rng, people)
    return DemoEventsSummary(len(made), regs, visits, consents)


# -- events -------------------------------------------------------------------------------

@dataclass
class _Made:
    row: events.EventRow
    demand: int | None = None            # fixed number of registrations (around "now")


def _plan(rng: random.Random) -> list[tuple[date, str, str, int | None, int | None]]:
    """(day, kind, title, fixed registrations, fixed minimum) over a year and two months."""
    first, last = REFERENCE - timedelta(days=365), REFERENCE + timedelta(days=60)
    fixed = {(REFERENCE + timedelta(days=d), k) for d, k, *_ in AROUND_NOW}
    out: list[tuple[date, str, str, int | None, int | None]] = [
        (REFERENCE + timedelta(days=d), k, title, n, minimum)
        for d, k, title, n, minimum in AROUND_NOW]
    for kind, (weeks, weekday) in RHYTHM.items():
        titles = KINDS[kind][0]
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * rng.randint(0, weeks))
        n = rng.randrange(len(titles))
        while day <= last:
            near = any(abs((day - d).days) < 7 and k == kind for d, k in fixed)
            if not near:
                out.append((day, kind, titles[n % len(titles)], None, None))
                n += 1
            day += timedelta(weeks=weeks)
    return sorted(out, key=lambda x: (x[0], x[1], x[2]))


def _make_events(s: Session, rng: random.Random, site: Site,
                 rooms: dict[str, int]) -> list[_Made]:
    cal = spaces.site_calendar(s, site.id)
    made: list[_Made] = []
    for day, kind, title, demand, minimum in _plan(rng):
        _titles, preferred, start_t, end_t, capacity, price, min_default = KINDS[kind]
        for shift in (0, 1, 2, 7):
            when = day + timedelta(days=shift)
            if cal.closed_reason(when) not in (None, "closed_weekday"):
                continue                 # a public holiday or the Christmas closure
            # one day each: no demo booking crosses midnight (as in demo_spaces)
            row = _try_rooms(s, site, rooms, preferred, EventInput(
                title, kind, datetime.combine(when, start_t), datetime.combine(when, end_t),
                capacity=capacity, price_cents=price, description=DESCRIPTIONS[kind],
                registration_opens=datetime.combine(when - timedelta(days=45), time(9)),
                min_registrations=min_default if minimum is None else minimum,
                alert_days=7, outside_hours=True))
            if row is not None:
                made.append(_Made(row, demand))
                break
    return made


def _try_rooms(s: Session, site: Site, rooms: dict[str, int], names: tuple[str, ...],
               data: EventInput) -> events.EventRow | None:
    from dataclasses import replace

    for name in names:
        rid = rooms.get(name)
        if rid is None:
            continue
        room = spaces.load_resource(s, rid)
        attempt = replace(data, room_ids=(rid,), capacity=min(data.capacity, room.capacity),
                          min_registrations=min(data.min_registrations, room.capacity))
        try:
            with s.begin_nested():
                return events.create_in(s, attempt, NOW)
        except (ConflictError, ValidationError):
            continue
    return None


# -- registrations ------------------------------------------------------------------------

def _outsider(rng: random.Random, n: int) -> tuple[str, str]:
    from tierslieu.services.demo import FIRST_NAMES, LAST_NAMES
    from tierslieu.text import compact

    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return f"{first} {last}", f"{compact(first)}.{compact(last)}{n}@public.example"


def _make_registrations(s: Session, rng: random.Random, made: list[_Made],
                        people: list[int]) -> int:
    names = {pid: f"{f} {la}".strip() for pid, f, la in s.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(people)))}
    emails = dict(s.execute(select(Person.id, Person.email).where(Person.id.in_(people))).all())
    rows: list[dict[str, object]] = []
    outsiders = 0
    for m in made:
        ev = m.row
        past = ev.end_at <= NOW
        if m.demand is not None:
            demand = m.demand
        elif past:
            demand = round(ev.capacity * rng.uniform(0.5, 1.35))
        else:
            weeks_left = max(0, (ev.start_at - NOW).days) / 7
            demand = round(ev.capacity * rng.uniform(0.2, 0.9) / (1 + weeks_left / 2))
        opens = ev.registration_opens_at or ev.start_at - timedelta(days=45)
        latest = min(ev.start_at - timedelta(hours=2), NOW)
        if demand <= 0 or latest <= opens:
            continue
        span = (latest - opens).total_seconds()
        members = rng.sample(people, min(len(people), round(demand * 0.8)))
        attendees: list[tuple[int | None, str, str, str]] = [
            (pid, names[pid], emails.get(pid) or "", f"p:{pid}") for pid in members]
        while len(attendees) < demand:
            outsiders += 1
            name, mail = _outsider(rng, outsiders)
            attendees.append((None, name, mail, f"e:{mail}"))
        rng.shuffle(attendees)
        timed = sorted(((_daytime(opens + timedelta(seconds=rng.uniform(0, span)), latest,
                                  ev.timezone), a) for a in attendees), key=lambda x: x[0])
        rows += _simulate(rng, ev, timed, latest, past)
    if rows:
        s.execute(insert(Registration), rows)
    return len(rows)


def _daytime(at: datetime, latest: datetime, tz: str) -> datetime:
    """People register between 07:00 and 23:59, not in the middle of the night."""
    if timeutil.to_local(at, tz).hour < 7:
        at += timedelta(hours=9)
    return min(at, latest)


def _simulate(rng: random.Random, ev: events.EventRow,
              timed: list[tuple[datetime, tuple[int | None, str, str, str]]],
              latest: datetime, past: bool) -> list[dict[str, object]]:
    """Play registrations and cancellations in time order: capacity, waitlist, promotions."""
    regs: list[dict[str, object]] = [{"event_id": ev.id, "person_id": pid, "name": name, "email": mail,
             "attendee_key": key, "status": "", "registered_at": at, "promoted_at": None,
             "cancelled_at": None, "checked_in_at": None, "price_cents": ev.price_cents}
            for at, (pid, name, mail, key) in timed]
    actions: list[tuple[datetime, int, int]] = [(r["registered_at"], 0, i)  # type: ignore[misc]
                                                for i, r in enumerate(regs)]
    for i, r in enumerate(regs):
        if rng.random() < 0.1:
            at: datetime = r["registered_at"]  # type: ignore[assignment]
            cancel = at + timedelta(seconds=rng.uniform(0, (latest - at).total_seconds()))
            actions.append((cancel, 1, i))
    for when, action, i in sorted(actions):
        r = regs[i]
        if action == 0:
            taken = sum(1 for x in regs if x["status"] == "registered")
            r["status"] = "registered" if taken < ev.capacity else "waitlisted"
            continue
        was = r["status"]
        r["status"], r["cancelled_at"] = "cancelled", when
        if was == "registered":
            waiting = [x for x in regs if x["status"] == "waitlisted"]
            if waiting:
                waiting[0]["status"], waiting[0]["promoted_at"] = "registered", when
    if past:
        for r in regs:
            if r["status"] == "registered" and rng.random() < 0.8:
                r["checked_in_at"] = ev.start_at + timedelta(minutes=rng.randint(-20, 40))
    return regs


# -- visits -------------------------------------------------------------------------------

def _local(day: date, hour: float, tz: str) -> datetime:
    minutes = int(hour * 60)
    return timeutil.to_utc(datetime.combine(day, time(minutes // 60, minutes % 60)), tz,
                           fold=0)


def _make_visits(s: Session, rng: random.Random, site: Site, people: list[int]) -> int:
    tz = site.timezone
    cal = spaces.site_calendar(s, site.id)
    regulars = rng.sample(people, min(len(people), 60))
    visits: list[dict[str, object]] = []
    notes: list[tuple[int, dict[str, object]]] = []       # (visit index, notification)
    for back in range(VISIT_DAYS, -1, -1):
        day = REFERENCE - timedelta(days=back)
        if cal.closed_reason(day) or day.weekday() == 6:
            continue
        today = back == 0
        count = rng.randint(14, 28) if day.weekday() < 5 else rng.randint(3, 7)
        first = len(visits)
        for pid in rng.sample(regulars, count):
            arrived = _local(day, rng.uniform(8, 11.5 if today else 11), tz)
            if today and arrived > NOW:
                continue
            left = None if today else _local(day, rng.uniform(15.5, 19.5), tz)
            if not today and rng.random() < 0.06:
                left = None                                   # forgot to check out
            if today and rng.random() < 0.3 and arrived + timedelta(hours=1) < NOW:
                left = arrived + timedelta(minutes=rng.randint(30, 60))
            visits.append(_visit(rng, site.id, "member", arrived, left, person_id=pid))
        hosts = [int(v["person_id"]) for v in visits[first:]  # type: ignore[call-overload]
                 if v["person_id"]]
        for _ in range((3 if today else rng.randint(1, 4)) if hosts else 0):
            arrived = _local(day, rng.uniform(9, 11.4 if today else 17), tz)
            if arrived > NOW:
                continue
            host = rng.choice(hosts)
            name, mail = _outsider(rng, 10_000 + len(visits))
            company = rng.choice(COMPANIES)
            purpose = rng.choice(PURPOSES)
            gone = None if today else arrived + timedelta(minutes=rng.randint(30, 150))
            visits.append(_visit(rng, site.id, rng.choice(("visitor", "visitor", "guest")),
                                 arrived, gone, name=name, email=mail, company=company,
                                 host=host, purpose=purpose))
            notes.append((len(visits) - 1, {
                "person_id": host, "kind": "visitor_arrived", "created_at": arrived,
                "read_at": None if today else arrived + timedelta(minutes=10),
                "params": json.dumps({"name": name, "company": company, "purpose": purpose},
                                     ensure_ascii=False)}))
    if visits:
        ids = list(s.scalars(insert(Visit).returning(Visit.id, sort_by_parameter_order=True),
                             visits))
        rows = [{**n, "visit_id": ids[i]} for i, n in notes]
        if rows:
            s.execute(insert(Notification), rows)
    return len(visits)


def _visit(rng: random.Random, site_id: int, kind: str, arrived: datetime,
           left: datetime | None, *, person_id: int | None = None, name: str = "",
           email: str = "", company: str = "", host: int | None = None,
           purpose: str = "") -> dict[str, object]:
    return {"site_id": site_id, "kind": kind, "person_id": person_id, "visitor_name": name,
            "visitor_email": email, "visitor_company": company, "host_person_id": host,
            "purpose": purpose, "arrived_at": arrived, "left_at": left,
            "badge_token": f"{rng.getrandbits(64):016x}"}


# -- the directory ------------------------------------------------------------------------

def _make_directory(s: Session, rng: random.Random, people: list[int]) -> int:
    """About a third of the members consent to the directory; most organisations list."""
    from tierslieu.services.demo import KIOSK_DEMO

    tagged = set(s.scalars(select(PersonTag.person_id).distinct()))
    helene = s.scalar(select(Person.id).where(Person.email_key == KIOSK_DEMO[0][0]))
    consents: list[dict[str, object]] = []
    profiles: list[dict[str, object]] = []
    at = datetime.combine(REFERENCE - timedelta(days=60), time(9), tzinfo=UTC)
    for pid in people:
        # Hélène Le Clerc's sheet is the documented example of photo/newsletter consents
        if rng.random() > 0.35 or pid == helene:
            continue
        fields = ["organizations"] if rng.random() < 0.75 else []
        if pid in tagged:
            fields.append("tags")
        headline = rng.choice(HEADLINES) if rng.random() < 0.4 else ""
        if headline:
            fields.insert(0, "headline")
        if rng.random() < 0.3:
            fields.append("email")
        if rng.random() < 0.1:
            fields.append("phone")
        when = at + timedelta(days=rng.randint(0, 50), minutes=rng.randint(0, 600))
        consents.append({"person_id": pid, "kind": "directory", "granted": True, "at": when,
                         "text_version": 1})
        profiles.append({"person_id": pid, "organization_id": None, "headline": headline,
                         "sector": "", "description": "", "fields": ",".join(fields),
                         "listed": True, "created_at": when, "updated_at": when})
    for oid, name, notes in s.execute(select(Organization.id, Organization.name,
                                             Organization.notes).order_by(Organization.id)):
        sector = SECTORS.get(name)
        if sector is None:
            continue
        profiles.append({"person_id": None, "organization_id": oid, "headline": "",
                         "sector": sector, "description": notes, "fields": "",
                         "listed": True, "created_at": at, "updated_at": at})
    if consents:
        s.execute(insert(Consent), consents)
    if profiles:
        s.execute(insert(DirectoryProfile), profiles)
    return len(consents)
