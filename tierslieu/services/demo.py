"""Demo data: "La Fabrique du Lien", a fictional tiers-lieu in Villeurbanne.

The data is reproducible: everything comes from ``random.Random(seed)`` and a fixed
reference date (:data:`REFERENCE_DATE`), never from today's date, so the same seed
always gives the same people, organisations, tags and consents. Every person and
organisation goes through the services' validation, as a form or a CSV row would.

E-mail domains end in ``.example`` (reserved, RFC 2606) so that a demo database used to
try a newsletter export can never reach a real mailbox.

Later issues add aggregates (resources, bookings, plans...): one ``_make_*`` function
per aggregate, called in order from :func:`generate`.
"""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Consent,
    Organization,
    Person,
    PersonOrganization,
    PersonTag,
    Site,
    Tag,
)
from tierslieu.errors import ConflictError, ValidationError
from tierslieu.services import members, organizations
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.text import compact

REFERENCE_DATE = date(2026, 11, 25)
SCALES = {"small": 200, "large": 10_000}  # "large" is for the benchmarks issue
PARIS = ZoneInfo("Europe/Paris")
_BATCH = 500

Progress = Callable[[int, int], None]

# how many people each kind of organisation brings, as (role, min, max) per role
_QUOTAS: dict[str, tuple[tuple[str, int, int], ...]] = {
    "startup": (("founder", 1, 3), ("employee", 0, 3), ("intern", 0, 1)),
    "company": (("manager", 1, 1), ("employee", 2, 5)),
    "association": (("manager", 1, 1), ("member", 3, 6)),
    "institution": (("contact", 2, 2),),
    "research_lab": (("employee", 3, 5), ("intern", 1, 1)),
    "school": (("contact", 1, 1), ("member", 4, 6)),
    "public_service": (("contact", 1, 2),),
}
# the public category that goes with a role in a kind of organisation
_CATEGORY_BY_ROLE = {"founder": "entrepreneur", "intern": "student", "manager": "employee",
                     "contact": "employee", "employee": "employee"}
_CATEGORY_BY_KIND = {"research_lab": "researcher", "school": "student"}
_FREE_CATEGORIES = (("independent", 30), ("job_seeker", 16), ("retiree", 9), ("volunteer", 9),
                    ("student", 8), ("employee", 14), ("entrepreneur", 8), ("other", 6))


# -- the fictional tiers-lieu -------------------------------------------------------------

SITE = {"name": "La Fabrique du Lien", "address": "14 rue de la Soie", "city": "Villeurbanne",
        "postcode": "69100", "timezone": "Europe/Paris"}


@dataclass(frozen=True)
class OrgSpec:
    name: str
    kind: str
    domain: str
    city: str = "Villeurbanne"
    registered: bool = True   # has a SIRET (and a VAT number if it trades)
    notes: str = ""


ORGANIZATIONS: tuple[OrgSpec, ...] = (
    OrgSpec("Compost'Up", "startup", "compostup.example",
            notes="Collecte de biodéchets à vélo ; incubée depuis 2024."),
    OrgSpec("Vélocité Logistique", "startup", "velocite.example", "Lyon"),
    OrgSpec("Datagora", "startup", "datagora.example"),
    OrgSpec("Lumen Robotique", "startup", "lumen-robotique.example", "Vaulx-en-Velin"),
    OrgSpec("Brique & Bois", "startup", "brique-bois.example"),
    OrgSpec("Solaris Énergies Citoyennes", "startup", "solaris-energies.example", "Lyon"),
    OrgSpec("Kalmi Santé", "startup", "kalmi.example"),
    OrgSpec("Miel Urbain", "startup", "miel-urbain.example", "Bron"),
    OrgSpec("Tisse-Lien", "startup", "tisse-lien.example"),
    OrgSpec("Repair Café de la Soie", "association", "repaircafe-soie.example",
            registered=False),
    OrgSpec("Jardins partagés des Gratte-Ciel", "association", "jardins-gratteciel.example",
            registered=False),
    OrgSpec("Ateliers Numériques Solidaires", "association", "ans-asso.example"),
    OrgSpec("Compagnie Théâtre en Friche", "association", "theatre-friche.example", "Lyon"),
    OrgSpec("Cycl'Avenir", "association", "cyclavenir.example"),
    OrgSpec("Imprimerie Martin & Fils", "company", "imprimerie-martin.example"),
    OrgSpec("Dupont & Fils", "company", "dupont-fils.example", "Caluire-et-Cuire"),
    OrgSpec("Atelier Le Clerc Architecture", "company", "leclerc-archi.example", "Lyon"),
    OrgSpec("Communauté de communes du Pays de la Soie", "institution", "cc-paysdelasoie.example",
            notes="Financeur du programme d'incubation ; convention 2025-2027."),
    OrgSpec("Laboratoire d'Innovation Sociale et Territoires", "research_lab",
            "list-labo.example", "Lyon"),
    OrgSpec("Laboratoire Matériaux Biosourcés", "research_lab", "matbio-labo.example"),
    OrgSpec("Lycée professionnel Marie-Curie", "school", "lp-mariecurie.example"),
    OrgSpec("École de design Confluences", "school", "ecole-confluences.example", "Lyon"),
    OrgSpec("France Travail – Agence de Villeurbanne", "public_service",
            "francetravail-villeurbanne.example", registered=False),
    OrgSpec("Médiathèque Jean-Jaurès", "public_service", "mediatheque-jaures.example",
            registered=False),
    OrgSpec("Mission locale de la Soie", "public_service", "missionlocale-soie.example"),
)

# never "Hélène" here: the fixed people below are the only ones, so a search can be checked
FIRST_NAMES: tuple[str, ...] = (
    "Françoise", "Jean-Baptiste", "Noël", "Zoé", "Éloïse", "Anaïs", "Maëlle", "Loïc", "Gaël",
    "Thérèse", "Jérôme", "Clément", "Léa", "Chloé", "Inès", "Maël", "Raphaël", "Joël",
    "Agnès", "Cécile", "Benoît", "François", "Aurélien", "Mathéo", "Célia", "Océane",
    "Amélie", "Léon", "Gaëtan", "Émilie", "Sébastien", "Valérie", "Stéphane", "Hugo",
    "Camille", "Lucas", "Manon", "Nathan", "Sarah", "Thomas", "Julie", "Nicolas", "Pauline",
    "Antoine", "Mélanie", "Yannick", "Rémi", "Solène", "Aïcha", "Karim", "Fatoumata",
    "Mamadou", "Yasmine", "Samir", "Leïla", "Moussa", "Jean-Pierre", "Marie-Claire",
    "Anne-Sophie", "Pierre-Yves", "Ève", "Côme", "Bérénice", "Hervé", "Régis", "Gwenaëlle",
    "Marc-Antoine", "Lou", "Jade", "Théo", "Arthur", "Louise", "Kévin", "Sofiane",
)
LAST_NAMES: tuple[str, ...] = (
    "Le Clerc", "Dupont", "N'Diaye", "Martin-Lefèvre", "Martin", "Bernard", "Dubois",
    "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
    "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
    "Legrand", "Gauthier", "Perrin", "Robin", "Morin", "Roussel", "Mathieu", "Masson",
    "Marchand", "Duval", "Lemaire", "Dumont", "Brunet", "Rousseau", "Lacroix", "Faure",
    "Bouvier", "Ménard", "Caron", "Côté", "Lefèvre", "Müller", "Da Silva", "Ferreira",
    "Benali", "Haddad", "Traoré", "Diallo", "Koné", "Kowalski", "Rossi", "O'Brien",
    "Sanchez", "Lopez", "Aubert", "Chabert", "Jolivet", "Desmoulins", "Le Goff", "Kerjean",
    "d'Almeida", "Saint-Martin", "Ben Saïd",
)
PERSONAL_DOMAINS = ("courriel.example", "boitemail.example", "webmel.example", "lien.example")

# (first name, last name, e-mail, [(organisation, role)]): always present, whatever the seed
SPECIAL_PEOPLE: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...] = (
    ("Hélène", "Le Clerc", "helene.leclerc@compostup.example", (("Compost'Up", "founder"),)),
    ("Marie-Hélène", "Dupont", "mh.dupont@dupont-fils.example", (("Dupont & Fils", "manager"),)),
    ("Hélène", "N'Diaye", "helene.ndiaye@list-labo.example",
     (("Laboratoire d'Innovation Sociale et Territoires", "employee"),)),
    ("Jean-Baptiste", "de La Tour d'Auvergne", "jb.delatour@courriel.example",
     (("Cycl'Avenir", "manager"),)),
    ("Françoise", "Martin-Lefèvre", "francoise.martin-lefevre@cc-paysdelasoie.example",
     (("Communauté de communes du Pays de la Soie", "contact"),)),
    ("Thị Hằng", "Nguyễn", "hang.nguyen@datagora.example", (("Datagora", "founder"),)),
    ("小明", "王", "xiaoming.wang@lumen-robotique.example", (("Lumen Robotique", "founder"),)),
    ("محمد", "العلي", "mohammed.alali@webmel.example", ()),
    ("Ólafur", "Jónsson", "olafur.jonsson@matbio-labo.example",
     (("Laboratoire Matériaux Biosourcés", "employee"),)),
    ("Noël", "Kerjean", "noel.kerjean@mediatheque-jaures.example",
     (("Médiathèque Jean-Jaurès", "contact"),)),
)

SKILLS: tuple[str, ...] = (
    "Design", "Développement web", "Marketing", "Juridique", "Finance", "Data",
    "Impression 3D", "Agriculture urbaine", "Économie sociale et solidaire", "Communication",
    "Levée de fonds", "Électronique", "Menuiserie", "Photographie", "Comptabilité",
    "Ressources humaines", "Mobilité douce", "Réemploi", "Médiation numérique", "UX",
)


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    scale: str
    site: str
    people: int
    archived: int
    organizations: int
    links: int
    tags: int
    consents: int
    resources: int = 0
    bookings: int = 0


@dataclass
class _PersonSpec:
    first_name: str
    last_name: str
    links: list[tuple[str, str]] = field(default_factory=list)  # (organisation name, role)
    category: str | None = None
    email: str | None = None
    archived: bool = False


# -- public API ---------------------------------------------------------------------------

def generate(engine: Engine, *, seed: int = 1, scale: str = "small",
             progress: Progress | None = None, replace: bool = False) -> DemoSummary:
    """Fill the database with the demo tiers-lieu, in one transaction.

    Refuses a database that already holds people or organisations (``db_not_empty``,
    a :class:`ConflictError`) unless ``replace`` is true: then people, organisations,
    tags, consents, links and sites are deleted first, in the same transaction, so a
    failure leaves the old data in place.
    """
    if scale not in SCALES:
        raise ValidationError("choice_invalid", "scale", value=scale, allowed=", ".join(SCALES))
    if scale == "large":  # the benchmarks' network, written in bulk (issue 11)
        from tierslieu.services import demo_large

        return demo_large.generate(engine, seed=seed, progress=progress, replace=replace)
    rng = random.Random(seed)
    with transaction(engine) as s:
        if replace:
            wipe(s)
        else:
            _refuse_if_not_empty(s)
        site = _make_site(s)
        orgs = _make_organizations(s, rng)
        specs = _plan_people(rng, list(orgs.values()), SCALES[scale])
        archived = _make_people(s, rng, specs, orgs, site.id, progress)
        summary = DemoSummary(
            seed=seed, scale=scale, site=site.name, people=len(specs), archived=archived,
            organizations=len(orgs),
            links=_count(s, PersonOrganization), tags=_count(s, Tag),
            consents=_count(s, Consent))
        site_id = site.id
        people = list(s.scalars(select(Person.id).where(Person.status == "active")
                                .order_by(Person.id)))
    # the spaces and two years of bookings (their own transactions, written in bulk)
    from tierslieu.services import demo_incubation, demo_mentoring, demo_spaces, demo_users

    made = demo_spaces.generate(engine, site_id, people, seed=seed)
    _kiosk_credentials(engine, people)
    demo_users.generate(engine)  # one account per role, listed on the login screen
    demo_incubation.generate(engine, seed=seed)
    demo_mentoring.generate(engine, seed=seed)
    from tierslieu.services import demo_billing

    demo_billing.generate(engine, seed=seed)  # plans, subscriptions, invoices, payments
    from tierslieu.services import demo_events

    front = demo_events.generate(engine, seed=seed)  # events, visits, directory consents
    return dataclasses.replace(summary, resources=made.resources, bookings=made.bookings,
                               consents=summary.consents + front.consents)


# who can sign in at the demo kiosk (documented in the README)
KIOSK_DEMO = (("helene.leclerc@compostup.example", "B-0001", "1234"),)


def _kiosk_credentials(engine: Engine, active_ids: list[int]) -> None:
    """Known PINs for the demo kiosk: Hélène Le Clerc, and the first few active members."""
    from tierslieu.errors import NotFoundError
    from tierslieu.services import kiosk, members

    for n, pid in enumerate(active_ids[:5], start=2):
        kiosk.set_credentials(engine, pid, "1234", badge_code=f"B-{n:04d}")
    for email, badge, pin in KIOSK_DEMO:  # last: wins if she was among the first five
        try:
            kiosk.set_credentials(engine, members.find(engine, email).id, pin, badge_code=badge)
        except NotFoundError:  # another seed may not have her
            pass


def wipe(session: Session) -> None:
    """Delete the demo's aggregates inside the caller's transaction.

    People, organisations, tags, consents, links and sites go, with every table that
    points at them (bookings, resources...): a ``RESTRICT`` foreign key would otherwise
    stop the delete. Settings, and tables unrelated to these, stay.
    """
    from tierslieu.db.models import Base, Cohort, Program

    doomed = {m.__table__ for m in (Consent, PersonTag, PersonOrganization, Tag, Person,
                                    Organization, Site, Program, Cohort)}
    grew = True
    while grew:  # add the tables that depend on a doomed one, transitively
        extra = {t for t in Base.metadata.sorted_tables if t not in doomed
                 and any(fk.column.table in doomed for fk in t.foreign_keys)}
        doomed |= extra
        grew = bool(extra)
    for table in reversed(Base.metadata.sorted_tables):  # children first
        if table in doomed:
            session.execute(delete(table))


def is_empty(engine: Engine) -> bool:
    with transaction(engine) as s:
        return _count(s, Person) == 0 and _count(s, Organization) == 0


def ensure_demo_database(path: Path | None = None, *, seed: int = 1) -> Path:
    """The demo database file, created (migrated, then generated) when missing or empty."""
    from tierslieu.db.setup import open_database
    from tierslieu.paths import demo_db_path

    path = path or demo_db_path()
    engine = open_database(path)
    try:
        if is_empty(engine):
            generate(engine, seed=seed)
    finally:
        engine.dispose()
    return path


# -- aggregates ---------------------------------------------------------------------------

def _count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _refuse_if_not_empty(session: Session) -> None:
    people = _count(session, Person)
    if people or _count(session, Organization):
        raise ConflictError("db_not_empty", count=people)


def _make_site(session: Session) -> Site:
    site = session.scalar(select(Site).where(Site.name == SITE["name"]))
    if site is None:
        site = Site(**SITE)
        session.add(site)
        session.flush()
    return site


def _siren(rng: random.Random) -> str:
    from stdnum import luhn

    body = str(rng.randint(30_000_000, 99_999_999))
    return body + luhn.calc_check_digit(body)


def _siret(rng: random.Random, siren: str) -> str:
    from stdnum import luhn

    body = siren + f"{rng.randint(1, 99):04d}"
    return body + luhn.calc_check_digit(body)


def _vat(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def _phone(rng: random.Random, prefixes: tuple[str, ...]) -> str:
    """A valid French number in national display form ("06 12 34 56 78")."""
    import phonenumbers

    while True:
        digits = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "FR")):
            return " ".join(digits[i:i + 2] for i in range(0, 10, 2))


def _make_organizations(session: Session, rng: random.Random) -> dict[str, Organization]:
    made: dict[str, Organization] = {}
    for spec in ORGANIZATIONS:
        siren = _siren(rng) if spec.registered else ""
        data = OrganizationInput(
            name=spec.name, kind=spec.kind, city=spec.city,
            siret=_siret(rng, siren) if siren else "",
            vat_number=_vat(siren) if siren and spec.kind in ("startup", "company") else "",
            email=f"contact@{spec.domain}", website=f"https://www.{spec.domain}",
            phone=_phone(rng, ("04",)), notes=spec.notes)
        values = organizations.validate(data)
        org = Organization(status="active", name_key=compact(str(values["name"])), **values)
        session.add(org)
        made[spec.name] = org
    session.flush()
    return made


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _plan_people(rng: random.Random, orgs: list[Organization], total: int) -> list[_PersonSpec]:
    """Who exists and how they relate to organisations, before any row is written."""
    factor = max(1, total // SCALES["small"])
    specs = [_PersonSpec(first, last, links=list(links), email=email)
             for first, last, email, links in SPECIAL_PEOPLE]
    taken = {(org, role) for s in specs for org, role in s.links}

    def random_name() -> tuple[str, str]:
        return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)

    for org in orgs:
        for role, low, high in _QUOTAS[org.kind]:
            wanted = rng.randint(low, high) * factor
            # the fixed people already fill some seats (Hélène founded Compost'Up...)
            wanted -= sum(1 for o, r in taken if o == org.name and r == role)
            for _ in range(max(0, wanted)):
                specs.append(_PersonSpec(*random_name(), links=[(org.name, role)]))
    associations = [o.name for o in orgs if o.kind == "association"]
    while len(specs) < total:
        specs.append(_PersonSpec(*random_name()))
    specs = specs[:total]
    for i, spec in enumerate(specs):
        main_kind = next((o.kind for o in orgs if spec.links and o.name == spec.links[0][0]), "")
        main_role = spec.links[0][1] if spec.links else ""
        spec.category = (_CATEGORY_BY_KIND.get(main_kind) or _CATEGORY_BY_ROLE.get(main_role)
                         or _weighted(rng, _FREE_CATEGORIES))
        # some people are also members of an association of the neighbourhood
        if associations and rng.random() < 0.12:
            extra = rng.choice(associations)
            if all(extra != name for name, _ in spec.links):
                spec.links.append((extra, "member"))
        spec.archived = i >= len(SPECIAL_PEOPLE) and rng.random() < 0.06
    return specs


def _ascii(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9-]", "", plain.replace(" ", ""))


def _email(spec: _PersonSpec, orgs: dict[str, Organization], used: set[str],
           rng: random.Random) -> str:
    if spec.email:
        used.add(spec.email)
        return spec.email
    work = next((org_name for org_name, role in spec.links
                 if role in ("founder", "employee", "manager", "contact")), None)
    domain = (_domain_of(orgs[work]) if work and rng.random() < 0.8
              else rng.choice(PERSONAL_DOMAINS))
    local = f"{_ascii(spec.first_name)}.{_ascii(spec.last_name)}".strip(".") or "membre"
    candidate, n = f"{local}@{domain}", 1
    while candidate in used:
        n += 1
        candidate = f"{local}{n}@{domain}"
    used.add(candidate)
    return candidate


def _domain_of(org: Organization) -> str:
    return org.email.partition("@")[2]


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _instant(rng: random.Random, day: date) -> datetime:
    """A plausible office-hours moment in Paris on ``day``, stored as UTC."""
    local = datetime.combine(day, time(rng.randint(9, 18), rng.choice((0, 15, 30, 45))),
                             tzinfo=PARIS)
    return local.astimezone(UTC)


def _make_people(session: Session, rng: random.Random, specs: list[_PersonSpec],
                 orgs: dict[str, Organization], site_id: int,
                 progress: Progress | None) -> int:
    """Create the people with their links, tags and consents; returns how many are archived."""
    first_day = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - 3) + timedelta(days=1)
    used: set[str] = set()
    batch: list[Person] = []
    archived = 0
    for i, spec in enumerate(specs):
        joined = _day(rng, first_day, REFERENCE_DATE)
        tags = tuple(rng.sample(SKILLS, rng.choice((0, 1, 1, 2, 2, 3))))
        data = PersonInput(
            first_name=spec.first_name, last_name=spec.last_name,
            email=_email(spec, orgs, used, rng),
            phone=_phone(rng, ("06", "07")) if rng.random() < 0.85 else "",
            public_category=spec.category, joined_on=joined, tags=tags, site_id=site_id,
            notes=_notes(rng))
        # empty collections up front: a new person never needs a lazy load for them
        person = Person(status="active", links=[], tags=[], consents=[])
        session.add(person)
        with session.no_autoflush:  # e-mails are unique by construction; flush in batches
            members.apply(session, person, members.validate(data), data)
        for org_name, role in spec.links:
            since = _day(rng, joined - timedelta(days=400), joined)
            person.links.append(PersonOrganization(organization=orgs[org_name], role=role,
                                                   since=since))
        _make_consents(rng, person, joined)
        if spec.archived:
            person.status = "archived"
            person.archived_at = _instant(rng, _day(rng, joined, REFERENCE_DATE))
        members.refresh_search(person)
        batch.append(person)
        if len(batch) == _BATCH or i + 1 == len(specs):
            session.flush()
            archived += sum(1 for p in batch if p.status == "archived")
            for done in batch:  # keeps the session small: 10,000 people stay fast
                session.expunge(done)
            batch.clear()
        if progress is not None and (i + 1) % 50 == 0:
            progress(i + 1, len(specs))
    if progress is not None and len(specs) % 50:
        progress(len(specs), len(specs))
    return archived


def _notes(rng: random.Random) -> str:
    if rng.random() > 0.15:
        return ""
    return rng.choice((
        "Préfère être contacté·e par e-mail.",
        "Intéressé·e par le programme d'incubation 2027.",
        "A animé un atelier « Réparer son vélo ».\nDisponible le jeudi.",
        "Badge perdu en mars, remplacé.",
        "Souhaite un bureau fixe à partir de janvier.",
    ))


def _make_consents(rng: random.Random, person: Person, joined: date) -> None:
    """Consents given at sign-up; some newsletter consents withdrawn later (history kept)."""
    signed = _instant(rng, joined)
    person.consents.append(Consent(kind="photo", granted=rng.random() < 0.7, at=signed))
    newsletter = rng.random() < 0.6
    person.consents.append(Consent(kind="newsletter", granted=newsletter, at=signed))
    if newsletter and rng.random() < 0.1:
        later = _instant(rng, _day(rng, joined + timedelta(days=1), REFERENCE_DATE))
        if later > signed:
            person.consents.append(Consent(kind="newsletter", granted=False, at=later))

