"""The large demo: a network of five tiers-lieux, for the benchmarks (issue 11).

10,000 people, 1,200 organisations, 5 sites with 200 resources, about 500,000 bookings
over five years, 4 programmes with 40 cohorts, 300 mentors, 3,000 subscriptions; then the
billing service issues the invoices of the last two months (numbered, hash-chained, the
credits ledger frozen) and their payments are recorded.

Everything but the invoices is written with Core bulk inserts (lists of dicts, one
``executemany`` per chunk, no ORM object per row) in ONE transaction: going through the
services row by row would take an hour. The rows still follow the rules the services
enforce: unique e-mails and organisation names, no overlapping bookings on a resource
(buffers included), hot-desk zones within capacity, bookings inside opening hours and
never on a public holiday or a closure, enrollments along the allowed status path, one
subscription at a time per person. Deterministic for a seed (reference date 25/11/2026).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection, Engine

from tierslieu.db import models as m
from tierslieu.db.engine import transaction
from tierslieu.services import demo
from tierslieu.text import compact, fold, search_words

REFERENCE = date(2026, 11, 25)
FIRST_DAY = REFERENCE - timedelta(days=5 * 365)
LAST_DAY = REFERENCE + timedelta(days=60)
NOW = datetime(2026, 11, 25, 11, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")
PEOPLE = 10_000
CHUNK = 10_000
BILLED_MONTHS = (("2026-09", date(2026, 10, 1)), ("2026-10", date(2026, 11, 2)))

# name, address, city, postcode, Alsace-Moselle subdivision, opened on (the network grew)
SITES = (
    (demo.SITE["name"], demo.SITE["address"], "Villeurbanne", "69100", "", FIRST_DAY),
    ("La Fabrique Confluence", "3 quai Rambaud", "Lyon", "69002", "", date(2022, 3, 1)),
    ("La Fabrique Croix-Rousse", "40 rue d'Austerlitz", "Lyon", "69004", "", date(2022, 9, 1)),
    ("La Fabrique Vaulx", "12 avenue Gabriel Péri", "Vaulx-en-Velin", "69120", "",
     date(2023, 4, 3)),
    ("La Fabrique Metz", "5 rue aux Arènes", "Metz", "57000", "57", date(2024, 1, 8)),
)
ROOMS = ("Lovelace", "Curie", "Hopper", "Turing", "Noether", "Germain")
# kind, how many per site, capacity, hourly, half-day, daily (cents), bookable by, buffer
KINDS = (("meeting_room", 6, 6, 2000, 8000, 15000, "members", 15),
         ("phone_booth", 4, 1, 0, 0, 0, "members", 0),
         ("hot_desk_zone", 2, 20, 0, 900, 1500, "members", 0),
         ("office", 6, 4, 0, 0, 5000, "members", 0),
         ("desk", 21, 1, 0, 0, 1800, "members", 0),
         ("event_hall", 1, 120, 9000, 30000, 55000, "staff", 30))
RESOURCE_NAMES = {"meeting_room": "Salle {room}", "phone_booth": "Box téléphone {n}",
                  "hot_desk_zone": "Open space {n}", "office": "Bureau {even}",
                  "desk": "Poste fixe {n:02d}", "event_hall": "Grande halle"}
ORG_KINDS = (("startup", 420), ("company", 300), ("association", 250), ("public_service", 100),
             ("school", 50), ("institution", 40), ("research_lab", 40))
ORG_WORDS = ("Vélo", "Compost", "Data", "Lumen", "Solaire", "Atelier", "Ruche", "Graine",
             "Terre", "Bois", "Pixel", "Fibre", "Recycl", "Agora", "Boussole", "Canopée",
             "Cocon", "Étincelle", "Forge", "Houblon", "Kiosque", "Lien", "Maillon", "Nomade",
             "Orée", "Passerelle", "Quartier", "Racine", "Sillon", "Tisse", "Usine", "Vigne")
# startups, companies and associations: "<word> <tail>"; the others "<head> <word>"
ORG_TAILS = {"startup": ("Up", "Lab", "Tech", "Coop", "Studio", "& Co", "Factory", "Connect"),
             "company": ("Conseil", "Services", "Ingénierie", "Architecture", "& Fils",
                         "Imprimerie", "Transports", "Communication"),
             "association": ("Solidaire", "en Fête", "Partagé", "Citoyen", "des Voisins",
                             "Jeunesse", "Culture", "Nature"),
             "public_service": ("Médiathèque", "Mission locale", "Maison France Services",
                                "Centre social"),
             "school": ("Lycée", "École", "Campus", "Institut"),
             "institution": ("Communauté de communes", "Syndicat mixte", "Agglomération",
                             "Département"),
             "research_lab": ("Laboratoire", "Unité de recherche", "Centre d'études",
                              "Observatoire")}
CITIES = ("Villeurbanne", "Lyon", "Vaulx-en-Velin", "Bron", "Vénissieux", "Caluire-et-Cuire",
          "Metz", "Thionville", "Oullins", "Décines-Charpieu")
# name, kind, mentoring minutes, months, capacity, milestones (name, offset in months)
PROGRAMS = (
    ("Incubation", "incubation", 20 * 60, 11, 8, (
        ("Entité juridique créée", 3), ("Prêt d'honneur obtenu", 6),
        ("Premier client payant", 9), ("Premier recrutement", 12), ("Première levée", None))),
    ("Tremplin", "pre_incubation", 8 * 60, 6, 6, (
        ("Étude de marché", 2), ("Prototype testé", 4), ("Modèle économique validé", 6))),
    ("Accélération", "acceleration", 30 * 60, 8, 5, (
        ("Plan de croissance validé", 2), ("Levée de fonds", 8))),
    ("Pépinière", "nursery", 6 * 60, 12, 10, (("Installation", 1), ("Bilan à un an", 12))),
)
# the five cohorts of a year: programme, first month
COHORT_SLOTS = ((0, 1), (0, 9), (1, 3), (2, 5), (3, 10))
PATH = ("shortlisted", "selected", "incubated", "graduated")
EXPERTISE = ("financement", "levée de fonds", "stratégie", "marketing", "vente", "juridique",
             "comptabilité", "tech", "produit", "design", "rh", "international", "impact")
SECTORS = ("alimentation", "économie circulaire", "énergie", "mobilité", "numérique", "santé")
STAGES = ("idée", "amorçage", "croissance")

Rows = list[dict[str, Any]]


@dataclass
class _World:
    """What is already written, for the next aggregates."""

    sites: list[tuple[int, str, date]] = field(default_factory=list)  # id, subdiv, opened
    orgs: list[tuple[int, str, str]] = field(default_factory=list)    # id, kind, name
    people: list[int] = field(default_factory=list)                   # active people
    joined: dict[int, date] = field(default_factory=dict)
    founders: dict[int, list[int]] = field(default_factory=dict)      # startup -> people
    enrollments: list[tuple[int, _Enr]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def generate(engine: Engine, *, seed: int = 1, progress: Callable[[int, int], None] | None
             = None, replace: bool = False) -> demo.DemoSummary:
    """Write the large demo. As for the small one, a database that holds people is
    refused (``db_not_empty``) unless ``replace`` deletes them first."""
    from tierslieu.services import kiosk
    from tierslieu.services.billing import run as billing_run
    from tierslieu.services.billing import seller as sellers
    from tierslieu.services.demo_billing import SELLER

    rng = random.Random(seed * 7_919 + 101)
    step = _stepper(progress, 10)
    world = _World()
    with transaction(engine) as s:
        if replace:
            demo.wipe(s)
        else:
            demo._refuse_if_not_empty(s)
        if not s.scalar(select(func.count()).select_from(m.Invoice)):
            s.execute(delete(m.InvoiceCounter))  # numbering starts at F2026-00001
        conn = s.connection()
        _sites(conn, world)
        resources = _resources(conn, world)
        _organizations(conn, rng, world)
        step()
        _people(conn, rng, world)
        step()
        bookings = _bookings(conn, rng, world, resources, step)
        _incubation(conn, rng, world)
        _mentoring(conn, rng, world)
        _subscriptions(conn, rng, world)
        step()
        kiosk_person = conn.scalar(select(m.Person.id).where(
            m.Person.email_key == demo.KIOSK_DEMO[0][0]))
    if not sellers.get(engine).name:
        sellers.save(engine, SELLER)
    issued: list[Any] = []
    for month, day in BILLED_MONTHS:
        issued += billing_run.issue(engine, month, issued_on=day, actor="demo").invoices
        step()
    _payments(engine, rng, issued)
    if kiosk_person is not None:
        _email, badge, pin = demo.KIOSK_DEMO[0]
        kiosk.set_credentials(engine, kiosk_person, pin, badge_code=badge)
    step()
    c = world.counts
    return demo.DemoSummary(
        seed=seed, scale="large", site=demo.SITE["name"], people=c["people"],
        archived=c["archived"], organizations=len(world.orgs), links=c["links"],
        tags=len(demo.SKILLS), consents=c["consents"], resources=len(resources),
        bookings=bookings)


def _stepper(progress: Callable[[int, int], None] | None, total: int) -> Callable[[], None]:
    done = [0]

    def step() -> None:
        done[0] += 1
        if progress is not None:
            progress(min(done[0], total), total)
    return step


def _chunks(rows: Rows) -> Iterator[Rows]:
    for i in range(0, len(rows), CHUNK):
        yield rows[i:i + CHUNK]


def _insert(conn: Connection, model: Any, rows: Rows) -> list[int]:
    """Bulk insert (executemany per chunk); the new ids in insertion order when the
    table has an ``id`` (ids only grow, on SQLite and PostgreSQL alike)."""
    table = model.__table__
    before = int(conn.scalar(select(func.max(table.c.id))) or 0) if "id" in table.c else 0
    for part in _chunks(rows):
        conn.execute(insert(table), part)
    if "id" not in table.c:
        return []
    return list(conn.scalars(select(table.c.id).where(table.c.id > before)
                             .order_by(table.c.id)))


def _stamp(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def _between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


# -- places ---------------------------------------------------------------------------------

def _sites(conn: Connection, world: _World) -> None:
    ids = _insert(conn, m.Site, [
        {"name": n, "address": a, "city": c, "postcode": p, "timezone": "Europe/Paris",
         "holiday_subdiv": sub, "created_at": _stamp(opened), "updated_at": _stamp(opened)}
        for n, a, c, p, sub, opened in SITES])
    hours: Rows = []
    closures: Rows = []
    for sid in ids:
        hours += [{"site_id": sid, "weekday": wd, "opens": time(8), "closes": time(20)}
                  for wd in range(5)]
        hours.append({"site_id": sid, "weekday": 5, "opens": time(9), "closes": time(13)})
        closures += [{"site_id": sid, "resource_id": None, "start_date": date(y, 12, 24),
                      "end_date": date(y + 1, 1, 1), "reason": "Fermeture de fin d'année"}
                     for y in range(FIRST_DAY.year, LAST_DAY.year + 1)]
    _insert(conn, m.OpeningHours, hours)
    _insert(conn, m.Closure, closures)
    world.sites = [(sid, spec[4], spec[5]) for sid, spec in zip(ids, SITES, strict=True)]


@dataclass(frozen=True)
class _Res:
    id: int
    site: int
    kind: str
    capacity: int
    hourly: int
    half_day: int
    daily: int
    buffer: int


def _resources(conn: Connection, world: _World) -> list[_Res]:
    rows: Rows = []
    for n_site, (sid, _sub, opened) in enumerate(world.sites):
        suffix = "" if n_site == 0 else " · " + SITES[n_site][0].replace("La Fabrique ", "")
        order = 0
        for kind, n, cap, hourly, half, daily, who, buf in KINDS:
            for i in range(n):
                name = RESOURCE_NAMES[kind].format(n=i + 1, even=10 + 2 * i,
                                                   room=ROOMS[i % len(ROOMS)])
                order += 1
                bigger = i % 3 if kind in ("meeting_room", "office") else 0
                rows.append({
                    "site_id": sid, "name": name + suffix, "kind": kind,
                    "capacity": cap + 2 * bigger, "equipment": "",
                    "hourly_price_cents": hourly + 500 * bigger if hourly else 0,
                    "half_day_price_cents": half, "daily_price_cents": daily,
                    "vat_rate_bp": 2000, "bookable_by": who, "buffer_minutes": buf,
                    "min_minutes": 30, "max_minutes": 900 if kind in (
                        "event_hall", "office", "desk", "hot_desk_zone") else 480,
                    "max_advance_days": 90, "color": "", "status": "active",
                    "sort_order": order, "created_at": _stamp(opened),
                    "updated_at": _stamp(opened)})
    ids = _insert(conn, m.Resource, rows)
    return [_Res(rid, r["site_id"], r["kind"], r["capacity"], r["hourly_price_cents"],
                 r["half_day_price_cents"], r["daily_price_cents"], r["buffer_minutes"])
            for rid, r in zip(ids, rows, strict=True)]


# -- organisations and people ---------------------------------------------------------------

def _org_name(rng: random.Random, kind: str, taken: set[str]) -> str:
    word, part = rng.choice(ORG_WORDS), rng.choice(ORG_TAILS[kind])
    name = f"{word} {part}" if kind in ("startup", "company", "association") \
        else f"{part} {word}"
    for extra in (None, *CITIES, *range(2, 100)):
        candidate = name if extra is None else f"{name} {extra}"
        if compact(candidate) not in taken:
            taken.add(compact(candidate))
            return candidate
    raise AssertionError("no free organisation name")


def _organizations(conn: Connection, rng: random.Random, world: _World) -> None:
    specs = [(o.name, o.kind, o.city, o.notes, o.registered) for o in demo.ORGANIZATIONS]
    taken = {compact(n) for n, *_ in specs}
    for kind, wanted in ORG_KINDS:
        have = sum(1 for _, k, *_ in specs if k == kind)
        specs += [(_org_name(rng, kind, taken), kind, rng.choice(CITIES), "",
                   kind not in ("association",) or rng.random() < 0.5)
                  for _ in range(wanted - have)]
    rows: Rows = []
    for name, kind, city, notes, registered in specs:
        siren = demo._siren(rng) if registered else ""
        domain = f"{compact(name)}.example"
        since = _between(rng, FIRST_DAY - timedelta(days=400), REFERENCE - timedelta(days=30))
        rows.append({
            "name": name, "name_key": compact(name), "kind": kind,
            "siret": demo._siret(rng, siren) if siren else "",
            "vat_number": demo._vat(siren) if siren and kind in ("startup", "company") else "",
            "email": f"contact@{domain}", "phone": "+334" + _digits(rng, 8, ("72", "78")),
            "website": f"https://www.{domain}", "city": city, "notes": notes,
            "status": "active", "archived_at": None, "created_at": _stamp(since),
            "updated_at": _stamp(since)})
    ids = _insert(conn, m.Organization, rows)
    world.orgs = [(oid, r["kind"], r["name"]) for oid, r in zip(ids, rows, strict=True)]


def _digits(rng: random.Random, n: int, prefixes: tuple[str, ...]) -> str:
    head = rng.choice(prefixes)
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - len(head)))


# two digits after "+336" that make a valid French mobile number (not 39, 90-97)
_MOBILE = tuple(f"{n:02d}" for n in range(10, 90) if n != 39)


def _people(conn: Connection, rng: random.Random, world: _World) -> None:
    """People (the small demo's fixed ones first), their links, tags and consents."""
    tag_ids = dict(zip(demo.SKILLS, _insert(conn, m.Tag, [
        {"name": t, "key": fold(t)} for t in demo.SKILLS]), strict=True))
    org_by_name = {name: (oid, kind) for oid, kind, name in world.orgs}
    specs: list[tuple[str, str, str | None, list[tuple[int, str]]]] = [
        (f, last, email, [(org_by_name[o][0], r) for o, r in links])
        for f, last, email, links in demo.SPECIAL_PEOPLE]
    seats = {(oid, r) for *_, links in specs for oid, r in links}
    for oid, kind, _name in world.orgs:
        for role, low, high in demo._QUOTAS[kind]:
            n = rng.randint(low, high) - (1 if (oid, role) in seats else 0)
            specs += [(rng.choice(demo.FIRST_NAMES), rng.choice(demo.LAST_NAMES), None,
                       [(oid, role)]) for _ in range(max(0, n))]
    while len(specs) < PEOPLE:
        specs.append((rng.choice(demo.FIRST_NAMES), rng.choice(demo.LAST_NAMES), None, []))
    specs = specs[:PEOPLE]
    kind_of = {oid: kind for oid, kind, _ in world.orgs}
    name_of = {oid: name for oid, _, name in world.orgs}
    associations = [oid for oid, kind, _ in world.orgs if kind == "association"]
    used: set[str] = set()
    rows: Rows = []
    extra: list[tuple[list[tuple[int, str]], list[str], date]] = []
    for i, (first, last, email, links) in enumerate(specs):
        links = list(links)
        if rng.random() < 0.12:
            links.append((rng.choice(associations), "member"))
            links = list(dict((o, (o, r)) for o, r in links).values())
        role, kind = (links[0][1], kind_of[links[0][0]]) if links else ("", "")
        category = (demo._CATEGORY_BY_KIND.get(kind) or demo._CATEGORY_BY_ROLE.get(role)
                    or demo._weighted(rng, demo._FREE_CATEGORIES))
        work = next((name_of[o] for o, r in links if r in ("founder", "employee", "manager",
                                                          "contact")), None)
        email = email or _email(rng, first, last, work, used)
        used.add(email)
        joined = _between(rng, FIRST_DAY - timedelta(days=200), REFERENCE - timedelta(days=2))
        sites = [sid for sid, _, opened in world.sites if opened <= joined] or \
            [world.sites[0][0]]
        tags = sorted(rng.sample(demo.SKILLS, rng.choice((0, 1, 1, 2, 2, 3))))
        archived = i >= len(demo.SPECIAL_PEOPLE) and rng.random() < 0.06
        words = search_words(first, last, f"{first} {last}", email,
                             *[name_of[o] for o, _ in links], *tags)
        rows.append({
            "first_name": first, "last_name": last, "email": email, "email_key": email.casefold(),
            "phone": "+336" + rng.choice(_MOBILE) + _digits(rng, 6, ("",))
            if rng.random() < 0.85 else "", "public_category": category, "joined_on": joined,
            "status": "archived" if archived else "active",
            "archived_at": _stamp(_between(rng, joined, REFERENCE)) if archived else None,
            "notes": demo._notes(rng), "site_id": rng.choice(sites),
            "search_blob": " " + " ".join(words), "sort_key": f"{fold(last)} {fold(first)}"[:420],
            "badge_code": None, "pin_hash": "", "created_at": _stamp(joined),
            "updated_at": _stamp(joined)})
        extra.append((links, tags, joined))
    ids = _insert(conn, m.Person, rows)
    link_rows: Rows = []
    tag_rows: Rows = []
    consents: Rows = []
    for pid, row, (links, tags, joined) in zip(ids, rows, extra, strict=True):
        if row["status"] == "active":
            world.people.append(pid)
        world.joined[pid] = joined
        for oid, role in links:
            link_rows.append({"person_id": pid, "organization_id": oid, "role": role,
                              "since": joined - timedelta(days=rng.randint(0, 400))})
            if role == "founder":
                world.founders.setdefault(oid, []).append(pid)
        tag_rows += [{"person_id": pid, "tag_id": tag_ids[t]} for t in tags]
        signed = _stamp(joined, rng.randint(8, 17))
        newsletter = rng.random() < 0.6
        consents += [{"person_id": pid, "kind": "photo", "granted": rng.random() < 0.7,
                      "at": signed, "text_version": 1},
                     {"person_id": pid, "kind": "newsletter", "granted": newsletter,
                      "at": signed, "text_version": 1}]
        if newsletter and rng.random() < 0.1:
            consents.append({"person_id": pid, "kind": "newsletter", "granted": False,
                             "at": _stamp(_between(rng, joined + timedelta(days=1), REFERENCE)),
                             "text_version": 1})
    _insert(conn, m.PersonOrganization, link_rows)
    _insert(conn, m.PersonTag, tag_rows)
    _insert(conn, m.Consent, consents)
    world.counts.update(people=len(ids), links=len(link_rows), consents=len(consents),
                        archived=sum(1 for r in rows if r["status"] == "archived"))


def _email(rng: random.Random, first: str, last: str, work: str | None, used: set[str]) -> str:
    domain = f"{compact(work)}.example" if work and rng.random() < 0.8 \
        else rng.choice(demo.PERSONAL_DOMAINS)
    local = f"{demo._ascii(first)}.{demo._ascii(last)}".strip(".") or "membre"
    candidate, n = f"{local}@{domain}", 1
    while candidate in used:
        n += 1
        candidate = f"{local}{n}@{domain}"
    return candidate


# -- bookings -------------------------------------------------------------------------------

MEETING_TITLES = ("Point d'équipe", "Rendez-vous client", "Atelier design", "Comité de pilotage",
                  "Entretien", "Réunion associative", "Formation", "Rétrospective",
                  "Visio investisseurs", "Permanence juridique")
EVENTS = ("Hackathon", "Conférence", "Forum de l'emploi", "Bootcamp", "Assemblée générale")
BUSY = {0: 0.6, 1: 0.85, 2: 1.0, 3: 1.0, 4: 0.55, 5: 0.2}


def _open_days(world: _World) -> dict[int, list[tuple[date, time, time]]]:
    """Per site, each day it is open: (day, opens, closes), local wall time."""
    from tierslieu.services.spaces import public_holidays

    out: dict[int, list[tuple[date, time, time]]] = {}
    for sid, subdiv, opened in world.sites:
        days = []
        day = max(opened, FIRST_DAY)
        while day < LAST_DAY:
            wd = day.weekday()
            closed = wd == 6 or day in public_holidays(day.year, subdiv) or \
                (day.month, day.day) >= (12, 24) or (day.month, day.day) == (1, 1)
            if not closed:
                days.append((day, time(8), time(20)) if wd < 5 else (day, time(9), time(13)))
            day += timedelta(days=1)
        out[sid] = days
    return out


def _bookings(conn: Connection, rng: random.Random, world: _World, resources: list[_Res],
              step: Callable[[], None]) -> int:
    """About 500,000 bookings, written by chunks as the days go by (day by day, so
    ``start_at`` grows and the indexes fill in order)."""
    people = world.people
    span = (REFERENCE - FIRST_DAY).days
    by_site: dict[int, list[_Res]] = {}
    for r in resources:
        by_site.setdefault(r.site, []).append(r)
    open_days = _open_days(world)
    calendar = sorted({d for days in open_days.values() for d, _, _ in days})
    opening = {sid: {d: (o, c) for d, o, c in days} for sid, days in open_days.items()}
    rows: Rows = []
    total = 0
    for n, day in enumerate(calendar):
        offset = PARIS.utcoffset(datetime.combine(day, time(12))) or timedelta(0)
        growth = min(1.0, 0.55 + 0.45 * (day - FIRST_DAY).days / span)
        busy = BUSY[day.weekday()] * (growth if day <= REFERENCE else 0.45)
        for sid, res_list in by_site.items():
            hours = opening[sid].get(day)
            if hours is None:
                continue
            for res in res_list:
                for start, minutes, title, attendees, price, who in _day_slots(
                        rng, res, day, hours, busy):
                    utc = datetime.combine(day, start, tzinfo=UTC) - offset
                    rows.append(_booking_row(rng, res.id, utc, minutes,
                                             rng.choice(people) if who else None, title,
                                             attendees, price))
        if len(rows) >= CHUNK:
            conn.execute(insert(m.Booking), rows)
            total += len(rows)
            rows = []
        if n % 400 == 399:
            step()
    if rows:
        conn.execute(insert(m.Booking), rows)
        total += len(rows)
    return total


def _day_slots(rng: random.Random, res: _Res, day: date, hours: tuple[time, time],
               busy: float) -> Iterator[tuple[time, int, str, int, int, bool]]:
    """(local start, minutes, title, attendees, price, has a member) of one resource's day."""
    opens, closes = hours
    day_minutes = (closes.hour - opens.hour) * 60
    if res.kind in ("desk", "office"):
        if rng.random() < 0.85 * busy:
            yield opens, day_minutes, "", 1 if res.kind == "desk" else res.capacity, \
                res.daily, True
        return
    if res.kind == "hot_desk_zone":
        for _ in range(int(res.capacity * busy * rng.uniform(0.5, 0.95))):
            half = rng.random() < 0.3
            start = opens if not half or rng.random() < 0.5 else time(13)
            minutes = min(4 * 60 if half else day_minutes,
                          (closes.hour - start.hour) * 60)
            if minutes >= 60:
                yield start, minutes, "", 1, res.half_day if half else res.daily, True
        return
    if res.kind == "event_hall":
        if day.weekday() < 5 and rng.random() < 0.05 * busy:
            yield time(9), 8 * 60, rng.choice(EVENTS), rng.randint(30, 110), res.daily, False
        return
    # meeting rooms and phone booths: a morning peak, fewer afternoon slots
    cursor = opens.hour * 60
    end = closes.hour * 60
    while cursor < end:
        if rng.random() < (0.8 if cursor < 12 * 60 + 30 else 0.5) * busy:
            minutes = rng.choice((30, 60, 60, 90, 120)) if res.kind == "meeting_room" \
                else rng.choice((30, 30, 60))
            if cursor + minutes <= end:
                title = rng.choice(MEETING_TITLES) if res.kind == "meeting_room" else ""
                yield time(cursor // 60, cursor % 60), minutes, title, \
                    rng.randint(1, res.capacity), (res.hourly * minutes + 30) // 60, True
                cursor += minutes + res.buffer
                cursor += -cursor % 30          # next half hour
                continue
        cursor += 30


def _booking_row(rng: random.Random, resource_id: int, start: datetime, minutes: int,
                 person: int | None, title: str, attendees: int, price: int) -> dict[str, Any]:
    end = start + timedelta(minutes=minutes)
    status, checked, cancelled = "confirmed", None, None
    roll = rng.random()
    if roll < 0.08:
        status, cancelled = "cancelled", start - timedelta(days=rng.randint(1, 10))
    elif end < NOW:
        if roll < 0.14:
            status = "no_show"
        else:
            checked = start + timedelta(minutes=rng.randint(-8, 12))
    created = start - timedelta(days=rng.randint(1, 20))
    return {"resource_id": resource_id, "person_id": person, "series_id": None,
            "title": title, "start_at": start, "end_at": end, "attendees": attendees,
            "status": status, "price_cents": price, "checked_in_at": checked,
            "cancelled_at": cancelled, "sequence": 1 if cancelled else 0, "notes": "",
            "created_at": created, "updated_at": cancelled or created}


# -- incubation -----------------------------------------------------------------------------

@dataclass
class _Enr:
    """One application, planned before it is written."""

    cohort: int
    org: int
    program: int
    status: str
    applied_on: date
    start: date | None = None
    graduated_on: date | None = None
    ended_on: date | None = None
    events: list[tuple[str | None, str, date, str]] = field(default_factory=list)


def _incubation(conn: Connection, rng: random.Random, world: _World) -> None:
    from tierslieu.services.demo_incubation import DROP_REASONS, REJECT_REASONS

    program_ids = _insert(conn, m.Program, [
        {"name": name, "name_key": compact(name), "kind": kind, "description": "",
         "weight_team": 3, "weight_market": 2, "weight_product": 2, "weight_fit": 1,
         "mentoring_minutes": minutes, "created_at": _stamp(FIRST_DAY),
         "updated_at": _stamp(FIRST_DAY)} for name, kind, minutes, *_ in PROGRAMS])
    templates: Rows = [{"program_id": pid, "position": pos, "name": name, "offset_months": offset}
                 for pid, spec in zip(program_ids, PROGRAMS, strict=True)
                 for pos, (name, offset) in enumerate(spec[5], start=1)]
    template_ids = _insert(conn, m.MilestoneTemplate, templates)
    cohorts: Rows = []
    for k in range(40):
        year = 2019 + (k + 1) // 5
        prog, month = COHORT_SLOTS[(k + 1) % 5]
        start = date(year, month, 8)
        start += timedelta(days=-start.weekday() % 7)           # a Monday
        name, _kind, _minutes, months, capacity, _ms = PROGRAMS[prog]
        cohorts.append({"program_id": program_ids[prog], "capacity": capacity,
                        "name": f"{name} {year} · {SITES[(k + 1) % 5][2]}",
                        "start_on": start,
                        "end_on": start + relativedelta(months=months) - timedelta(days=3),
                        "created_at": _stamp(start - timedelta(days=120)),
                        "updated_at": _stamp(start - timedelta(days=120))})
    for c in cohorts:
        c["name_key"] = compact(c["name"])
    cohort_ids = _insert(conn, m.Cohort, cohorts)
    startups = [oid for oid, kind, _ in world.orgs if kind == "startup"]
    plans: list[_Enr] = []
    for cid, c in zip(cohort_ids, cohorts, strict=True):
        prog = program_ids.index(c["program_id"])
        mine = [_Enr(cid, org, prog, "applied", REFERENCE)
                for org in rng.sample(startups, c["capacity"] + rng.randint(3, 6))]
        _fates(rng, mine, c, DROP_REASONS, REJECT_REASONS)
        plans += mine
    rows = [{"cohort_id": e.cohort, "organization_id": e.org, "status": e.status,
             "applied_on": e.applied_on, "incubation_start": e.start,
             "graduated_on": e.graduated_on, "ended_on": e.ended_on,
             "mentoring_budget_minutes": PROGRAMS[e.program][2], "notes": "",
             "created_at": _stamp(e.applied_on), "updated_at": _stamp(e.events[-1][2])}
            for e in plans]
    ids = _insert(conn, m.Enrollment, rows)
    world.counts["enrollments"] = len(ids)
    world.enrollments = list(zip(ids, plans, strict=True))
    _insert(conn, m.EnrollmentEvent, [
        {"enrollment_id": eid, "from_status": a, "to_status": b,
         "at": _stamp(day, 10), "reason": reason, "actor": "Comité" if a else "Démo"}
        for eid, e in zip(ids, plans, strict=True) for a, b, day, reason in e.events])
    reviewers = [p for p in world.people if not any(p in f for f in world.founders.values())][:12]
    scores: Rows = []
    for eid, e in zip(ids, plans, strict=True):
        good = e.status not in ("rejected", "applied")
        for reviewer in rng.sample(reviewers, 3) if e.status != "applied" else []:
            base = rng.randint(3, 5) if good else rng.randint(1, 3)
            grades = [max(0, min(5, base + rng.choice((-1, 0, 0, 1)))) for _ in range(4)]
            scores.append({"enrollment_id": eid, "reviewer_id": reviewer, "team": grades[0],
                           "market": grades[1], "product": grades[2], "fit": grades[3],
                           "comment": "", "at": _stamp(e.applied_on + timedelta(days=10))})
    _insert(conn, m.ApplicationScore, scores)
    by_program: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for tid, t in zip(template_ids, templates, strict=True):
        by_program.setdefault(program_ids.index(t["program_id"]), []).append((tid, t))
    _milestones(conn, rng, list(zip(ids, plans, strict=True)), by_program)
    _follow_ups_and_kpis(conn, rng, list(zip(ids, plans, strict=True)))


def _fates(rng: random.Random, plans: list[_Enr], cohort: dict[str, Any],
           drop_reasons: tuple[str, ...], reject_reasons: tuple[str, ...]) -> None:
    """Each application's path through the statuses, with the dates of its events."""
    start, end, capacity = cohort["start_on"], cohort["end_on"], cohort["capacity"]
    future = start > REFERENCE
    seated = capacity - rng.randint(0, 1)
    fates = ["seated"] * seated + ["rejected"] * (len(plans) - seated)
    rng.shuffle(fates)
    dates = {"shortlisted": start - timedelta(days=30), "selected": start - timedelta(days=12),
             "incubated": start, "graduated": end}
    if future:
        dates = {"shortlisted": REFERENCE - timedelta(days=12),
                 "selected": REFERENCE - timedelta(days=4)}
    dropped_one = False
    for e, fate in zip(plans, fates, strict=True):
        e.applied_on = (REFERENCE - timedelta(days=rng.randint(20, 50)) if future
                        else start - timedelta(days=rng.randint(45, 75)))
        e.events = [(None, "applied", e.applied_on, "")]
        if fate == "rejected":
            if rng.random() < 0.5:
                e.events.append(("applied", "shortlisted", dates["shortlisted"], ""))
            e.ended_on = dates["selected"]
            e.events.append((e.events[-1][1], "rejected", e.ended_on, rng.choice(reject_reasons)))
            e.status = "rejected"
            continue
        if future and rng.random() < 0.4:
            continue                       # still "applied": the committee has not met
        target = "selected" if future else "graduated" if end < REFERENCE else "incubated"
        for status in PATH[:PATH.index(target) + 1]:
            e.events.append((e.events[-1][1], status, dates[status], ""))
        e.status = target
        if target in ("incubated", "graduated"):
            e.start = start
        drop_on = start + timedelta(days=rng.randint(90, 200))
        if e.start and not dropped_one and drop_on < min(end, REFERENCE) and rng.random() < 0.3:
            dropped_one = True
            e.events = [x for x in e.events if x[1] != "graduated"]
            e.events.append(("incubated", "dropped", drop_on, rng.choice(drop_reasons)))
            e.status, e.ended_on = "dropped", drop_on
        elif target == "graduated":
            e.graduated_on = end


def _milestones(conn: Connection, rng: random.Random, enrollments: list[tuple[int, _Enr]],
                by_program: dict[int, list[tuple[int, dict[str, Any]]]]) -> None:
    rows: Rows = []
    for eid, e in enrollments:
        if e.start is None:
            continue
        horizon = min(e.ended_on or e.graduated_on or REFERENCE, REFERENCE)
        for tid, t in by_program[e.program]:
            offset = t["offset_months"]
            due = None if offset is None else e.start + relativedelta(months=offset)
            reached = None
            chance = 0.85 if e.status == "graduated" else 0.6
            if due is not None and due <= horizon and rng.random() < chance:
                reached = max(min(due + timedelta(days=rng.randint(-40, 20)), horizon),
                              e.start + timedelta(days=7))
            rows.append({"enrollment_id": eid, "template_id": tid, "position": t["position"],
                         "name": t["name"], "due_on": due, "reached_on": reached,
                         "evidence": "Compte rendu du comité." if reached else "",
                         "validated_by_id": None,
                         "validated_by_text": "Comité d'incubation" if reached else ""})
    _insert(conn, m.Milestone, rows)


def _follow_ups_and_kpis(conn: Connection, rng: random.Random,
                         enrollments: list[tuple[int, _Enr]]) -> None:
    from tierslieu.services.demo_incubation import _periods
    from tierslieu.services.kpis import parse_period

    follow: Rows = []
    latest: dict[int, _Enr] = {}
    for eid, e in enrollments:
        if e.start is not None and (e.org not in latest
                                    or (latest[e.org].start or e.start) < e.start):
            latest[e.org] = e
        if e.graduated_on is None:
            continue
        for horizon in (6, 12, 36):
            on = e.graduated_on + relativedelta(months=horizon)
            if on > REFERENCE:
                break
            status = "alive" if rng.random() < 0.9 else rng.choice(("closed", "acquired"))
            follow.append({"enrollment_id": eid, "horizon_months": horizon, "status": status,
                           "on_date": on, "notes": ""})
            if status != "alive":
                break
    _insert(conn, m.AlumniFollowUp, follow)
    kpis: Rows = []
    for org, e in sorted(latest.items()):
        assert e.start is not None
        until = min(e.ended_on or REFERENCE, REFERENCE)
        quarterly = e.start.year < 2026
        headcount, jobs, women = rng.randint(1, 3), 0, rng.randint(0, 2)
        for period in _periods(e.start, until, quarterly):
            _, first, last = parse_period(period)
            if rng.random() < (0.3 if quarterly else 0.12):
                headcount += 1
                jobs += rng.choice((50, 100, 100))
            raised = {k: 0 for k in ("honour_loan", "grant", "equity", "bank_loan")}
            if rng.random() < (0.2 if quarterly else 0.08):
                raised[rng.choice(tuple(raised))] = rng.choice((15, 20, 30, 50, 80)) * 100_000
            kpis.append({"organization_id": org, "period": period, "start_on": first,
                         "end_on": last, "headcount": headcount, "jobs_created_fte100": jobs,
                         "women_founders": women,
                         "revenue_cents": rng.randint(2, 40) * 100_000 * (3 if quarterly else 1),
                         **{f"raised_{k}_cents": v for k, v in raised.items()},
                         "created_at": _stamp(last + timedelta(days=10)),
                         "updated_at": _stamp(last + timedelta(days=10))})
    _insert(conn, m.KpiRecord, kpis)


# -- mentoring ------------------------------------------------------------------------------

def _mentoring(conn: Connection, rng: random.Random, world: _World) -> None:
    """300 mentor profiles, the needs of the startups being supported, one or two mentors
    for each startup incubated since 2023 and their sessions (about one a month)."""
    founders = {p for people in world.founders.values() for p in people}
    mentors = sorted(rng.sample([p for p in world.people if p not in founders], 300))
    _insert(conn, m.MentorProfile, [
        {"person_id": pid,
         "expertise": {t: rng.choice((1, 2, 2, 3, 3)) for t in sorted(
             rng.sample(EXPERTISE, rng.randint(2, 4)))},
         "sectors": sorted(rng.sample(SECTORS, rng.randint(1, 3))),
         "stages": sorted(rng.sample(STAGES, rng.randint(1, 2))),
         "languages": ["fr", "en"] if rng.random() < 0.5 else ["fr"],
         "capacity": rng.choice((1, 2, 2, 3)), "hours_per_month": rng.choice((2, 4, 6, 8)),
         "conflicts": [], "exclusions": [], "active": True, "notes": "",
         "created_at": _stamp(world.joined[pid]), "updated_at": _stamp(world.joined[pid])}
        for pid in mentors])
    enrollments = world.enrollments
    _insert(conn, m.MentoringNeed, [
        {"enrollment_id": eid,
         "tags": [[t, rng.randint(1, 3)] for t in rng.sample(EXPERTISE, rng.randint(2, 3))],
         "sector": rng.choice(SECTORS), "stage": rng.choice(STAGES), "languages": ["fr"],
         "wanted": rng.choice((1, 1, 2)), "created_at": _stamp(e.applied_on),
         "updated_at": _stamp(e.applied_on)}
        for eid, e in enrollments if e.status in ("selected", "incubated")])
    pairs: list[tuple[int, int, date, date | None]] = []
    for eid, e in enrollments:
        if e.start is None or e.start.year < 2023:
            continue
        ended = e.ended_on or e.graduated_on
        for mentor in rng.sample(mentors, rng.choice((1, 1, 2))):
            pairs.append((mentor, eid, e.start + timedelta(days=14), ended))
    ids = _insert(conn, m.Assignment, [
        {"mentor_id": mentor, "enrollment_id": eid, "run_id": None, "score": None,
         "active": ended is None, "created_at": _stamp(since),
         "ended_at": _stamp(ended) if ended else None}
        for mentor, eid, since, ended in pairs])
    sessions: Rows = []
    for aid, (_mentor, _eid, since, ended) in zip(ids, pairs, strict=True):
        day, last = since, min(ended or REFERENCE, REFERENCE - timedelta(days=5))
        while day <= last:
            rated = rng.random() < 0.85
            sessions.append({
                "assignment_id": aid, "held_on": day,
                "duration_minutes": rng.choice((45, 60, 60, 90, 120)),
                "topics": rng.choice(("Prévisionnel financier", "Pitch investisseurs",
                                      "Stratégie de prix", "Recrutement", "Plan marketing")),
                "notes": "", "rating_mentor": rng.choice((3, 4, 4, 5)) if rated else None,
                "rating_startup": rng.choice((2, 3, 4, 5, 5)) if rated else None,
                "created_at": _stamp(day), "updated_at": _stamp(day)})
            day += timedelta(days=rng.randint(24, 40))
    _insert(conn, m.MentoringSession, sessions)


# -- billing --------------------------------------------------------------------------------

def _subscriptions(conn: Connection, rng: random.Random, world: _World) -> None:
    """About 3,300 subscriptions: 2,800 members, startups paying their founders' desks,
    offices for teams, domiciliations for associations, day-pass packs."""
    from tierslieu.services.billing import plans
    from tierslieu.services.demo_billing import PLANS

    # plans survive a replaced demo (nothing of it points at them): reuse them by name
    kept = {key: pid for pid, key in conn.execute(select(m.Plan.id, m.Plan.name_key))}
    specs = [plans.validate(p) for p in PLANS if compact(p.name) not in kept]
    plan_ids = dict(zip((str(s["name"]) for s in specs), _insert(conn, m.Plan, [
        {**s, "name_key": compact(str(s["name"])), "active": True,
         "created_at": _stamp(FIRST_DAY), "updated_at": _stamp(FIRST_DAY)} for s in specs]),
        strict=True))
    plan_ids.update({p.name: kept[compact(p.name)] for p in PLANS if compact(p.name) in kept})
    rows: Rows = []

    def add(plan: str, start: date, end: date | None = None, *, person: int | None = None,
            org: int | None = None, payer_org: int | None = None) -> None:
        rows.append({"plan_id": plan_ids[plan], "person_id": person, "organization_id": org,
                     "payer_person_id": None if payer_org or org else person,
                     "payer_organization_id": payer_org or org, "start_on": start,
                     "end_on": end, "price_override_cents": None, "previous_id": None,
                     "notes": "", "created_at": _stamp(start), "updated_at": _stamp(start)})

    def first_of_month(first: date, last: date) -> date:
        return _between(rng, first, last).replace(day=1)

    taken: set[int] = set()
    active = set(world.people)
    startups = [org for org, people in sorted(world.founders.items())
                if all(p in active for p in people)]
    for org in startups[:60]:
        start = first_of_month(date(2024, 1, 1), date(2026, 6, 1))
        for pid in world.founders[org]:
            add("Coworking nomade", start, person=pid, payer_org=org)
            taken.add(pid)
    for org in startups[60:100]:
        add("Bureau privatif", first_of_month(date(2023, 1, 1), date(2026, 6, 1)), org=org)
    associations = [oid for oid, kind, _ in world.orgs if kind == "association"]
    for org in associations[:120]:
        add("Domiciliation", first_of_month(date(2022, 1, 1), date(2026, 9, 1)), org=org)
    pool = [p for p in world.people if p not in taken]
    chosen = rng.sample(pool, 3_000)
    for n, pid in enumerate(chosen):
        if n >= 2_800:        # day-pass packs, bought lately
            start = _between(rng, date(2026, 6, 1), date(2026, 10, 31))
            add("Pack 10 journées", start, start + timedelta(days=179), person=pid)
            continue
        start = _between(rng, max(world.joined[pid], date(2023, 1, 2)), date(2026, 10, 20))
        end = None
        if rng.random() < 0.25:
            stop = start + timedelta(days=rng.randint(60, 500))
            end = stop if stop < date(2026, 10, 15) else None
        add("Poste fixe" if n % 3 == 0 else "Coworking nomade", start, end, person=pid)
    ids = _insert(conn, m.Subscription, rows)
    pack = plan_ids["Pack 10 journées"]
    _insert(conn, m.CreditEntry, [
        {"subscription_id": sid, "unit": "desk_days", "kind": "pack", "amount": 10,
         "month": None, "expires_on": r["end_on"], "booking_id": None,
         "at": _stamp(r["start_on"]), "actor": "", "note": "Pack « Pack 10 journées »"}
        for sid, r in zip(ids, rows, strict=True) if r["plan_id"] == pack])
    world.counts["subscriptions"] = len(ids)


def _payments(engine: Engine, rng: random.Random, issued: list[Any]) -> None:
    """Most invoices paid within a month, some partly, some not at all (bulk insert)."""
    methods = ("transfer", "transfer", "transfer", "card", "cheque", "cash")
    rows: Rows = []
    for inv in issued:
        roll = rng.random()
        day = inv.issued_on + timedelta(days=rng.randint(3, 35))
        if roll < 0.12 or day >= REFERENCE or inv.total_incl_cents <= 0:
            continue
        method = rng.choice(methods) if inv.customer.kind == "person" else "transfer"
        rows.append({"invoice_id": inv.id, "method": method, "paid_on": day,
                     "amount_cents": max(1, inv.total_incl_cents // 2) if roll < 0.18
                     else inv.total_incl_cents,
                     "reference": f"VIR-{inv.number}" if method == "transfer" else "",
                     "reverses_id": None, "note": "", "actor": "demo",
                     "recorded_at": _stamp(day, 16)})
    with transaction(engine) as s:
        _insert(s.connection(), m.Payment, rows)
