"""The community directory: who here knows accounting, who does hardware.

Only people whose newest ``directory`` consent is granted (and who are active and not
anonymised) appear, and only with the fields they chose (:data:`DIRECTORY_FIELDS`; the
name always). An organisation appears only while its profile is ``listed``. Filters never
leak a hidden field: a person who hides their organisations is not found by sector or
kind, a person who hides their skills is not found by skill.

:func:`search` feeds the front desk and the printable directory (``directory.read``,
refused to the kiosk); :func:`kiosk_search` and :func:`kiosk_skills` are the kiosk-safe
variants (``directory.kiosk``: an identified member, never the bare device): members
only, chosen fields only, as plain (field, value) pairs. Both go through the unchecked
:func:`_search`, so one rule decides who is listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Consent,
    DirectoryProfile,
    Organization,
    Person,
    PersonOrganization,
    PersonTag,
    Tag,
)
from tierslieu.db.models.organization import ORG_KINDS
from tierslieu.db.models.visits import DIRECTORY_FIELDS
from tierslieu.errors import NotFoundError, ValidationError
from tierslieu.services import validation as v
from tierslieu.services.gdpr import is_anonymised
from tierslieu.text import fold

DEFAULT_FIELDS = ("headline", "organizations", "tags")


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""
    skill: str | None = None
    sector: str | None = None
    kind: str | None = None              # an organisation kind (startup, association...)
    people: bool = True
    organizations: bool = True


@dataclass(frozen=True)
class DirectoryEntry:
    kind: str                            # "person" | "organization"
    id: int
    name: str
    headline: str = ""
    organizations: tuple[str, ...] = ()
    org_kinds: tuple[str, ...] = ()
    sector: str = ""
    tags: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    city: str = ""
    website: str = ""
    description: str = ""
    members: tuple[str, ...] = ()        # an organisation's listed members


@dataclass(frozen=True)
class KioskEntry:
    name: str
    fields: tuple[tuple[str, str], ...]  # (field code, value), only what the member chose


@dataclass(frozen=True)
class PersonListing:
    person_id: int
    consent: bool
    fields: tuple[str, ...]
    headline: str


# -- consent and profiles -----------------------------------------------------------------

def _check_fields(fields: Iterable[str]) -> tuple[str, ...]:
    out = tuple(dict.fromkeys(f.strip() for f in fields if f.strip()))
    bad = [f for f in out if f not in DIRECTORY_FIELDS]
    if bad:
        raise ValidationError("choice_invalid", "fields", value=", ".join(bad),
                              allowed=", ".join(DIRECTORY_FIELDS))
    return out


def _profile(s: Session, *, person_id: int | None = None,
             organization_id: int | None = None) -> DirectoryProfile:
    stmt = select(DirectoryProfile).where(
        DirectoryProfile.person_id == person_id if person_id is not None
        else DirectoryProfile.organization_id == organization_id)
    prof = s.scalar(stmt)
    if prof is None:
        prof = DirectoryProfile(person_id=person_id, organization_id=organization_id,
                                fields=",".join(DEFAULT_FIELDS), listed=False)
        s.add(prof)
    return prof


def set_person_listing(engine: Engine, person_id: int, *, consent: bool,
                       fields: Iterable[str] | None = None, headline: str | None = None,
                       now: datetime | None = None) -> PersonListing:
    """Record a person's directory consent (kept as history) and what they show."""
    security.require("directory.write")
    chosen = _check_fields(fields) if fields is not None else None
    title = v.text(headline, "headline") if headline is not None else None
    now = now or datetime.now(UTC)
    with transaction(engine) as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFoundError("person_not_found", ref=str(person_id))
        current = _consents(s, [person_id]).get(person_id, False)
        if current != consent or not s.scalar(select(Consent.id).where(
                Consent.person_id == person_id, Consent.kind == "directory").limit(1)):
            s.add(Consent(person_id=person_id, kind="directory", granted=consent, at=now))
        prof = _profile(s, person_id=person_id)
        if chosen is not None:
            prof.fields = ",".join(chosen)
        if title is not None:
            prof.headline = title
        prof.listed = consent
        s.flush()
        return PersonListing(person_id, consent, _fields(prof.fields), prof.headline)


def person_listing(engine: Engine, person_id: int) -> PersonListing:
    security.require("directory.read")
    with transaction(engine, readonly=True) as s:
        prof = s.scalar(select(DirectoryProfile).where(DirectoryProfile.person_id == person_id))
        return PersonListing(person_id, _consents(s, [person_id]).get(person_id, False),
                             _fields(prof.fields) if prof else DEFAULT_FIELDS,
                             prof.headline if prof else "")


def set_organization_listing(engine: Engine, organization_id: int, *, listed: bool,
                             sector: str | None = None,
                             description: str | None = None) -> None:
    """List (or unlist) an organisation, with its sector and a short description."""
    security.require("directory.write")
    with transaction(engine) as s:
        if s.get(Organization, organization_id) is None:
            raise NotFoundError("org_not_found", ref=str(organization_id))
        prof = _profile(s, organization_id=organization_id)
        prof.listed = listed
        if sector is not None:
            prof.sector = v.text(sector, "sector", max_len=100)
        if description is not None:
            prof.description = v.notes(description, "description")


def _fields(raw: str) -> tuple[str, ...]:
    return tuple(f for f in raw.split(",") if f in DIRECTORY_FIELDS)


def _consents(s: Session, person_ids: Iterable[int] | None = None) -> dict[int, bool]:
    """The newest directory consent of each person (history rows are kept)."""
    stmt = select(Consent.person_id, Consent.granted).where(Consent.kind == "directory")
    if person_ids is not None:
        stmt = stmt.where(Consent.person_id.in_(list(person_ids)))
    latest: dict[int, bool] = {}
    for pid, granted in s.execute(stmt.order_by(Consent.at, Consent.id)):
        latest[pid] = bool(granted)
    return latest


# -- search -------------------------------------------------------------------------------

def _people(s: Session) -> list[DirectoryEntry]:
    consenting = [pid for pid, ok in _consents(s).items() if ok]
    if not consenting:
        return []
    people = s.execute(select(Person.id, Person.first_name, Person.last_name, Person.email,
                              Person.phone, Person.sort_key)
                       .where(Person.id.in_(consenting), Person.status == "active")
                       .order_by(Person.sort_key, Person.id)).all()
    ids = [p.id for p in people]
    profiles = {p.person_id: p for p in s.scalars(
        select(DirectoryProfile).where(DirectoryProfile.person_id.in_(ids)))}
    tags: dict[int, list[str]] = {}
    for pid, name in s.execute(select(PersonTag.person_id, Tag.name).join(Tag)
                               .where(PersonTag.person_id.in_(ids)).order_by(Tag.key)):
        tags.setdefault(pid, []).append(name)
    orgs: dict[int, list[tuple[str, str, str]]] = {}
    sectors = _org_sectors(s)
    for pid, oid, name, kind in s.execute(
            select(PersonOrganization.person_id, Organization.id, Organization.name,
                   Organization.kind).join(Organization)
            .where(PersonOrganization.person_id.in_(ids), Organization.status == "active")
            .order_by(Organization.name_key)):
        orgs.setdefault(pid, []).append((name, kind, sectors.get(oid, "")))
    out = []
    for p in people:
        if is_anonymised(p.id, p.first_name, p.last_name):
            continue   # anonymised (gdpr.anonymize), even if restored to active later
        prof = profiles.get(p.id)
        shown = set(_fields(prof.fields) if prof else DEFAULT_FIELDS)
        links = orgs.get(p.id, []) if "organizations" in shown else []
        out.append(DirectoryEntry(
            "person", p.id, f"{p.first_name} {p.last_name}".strip(),
            headline=prof.headline if prof and "headline" in shown else "",
            organizations=tuple(n for n, _, _ in links),
            org_kinds=tuple(dict.fromkeys(k for _, k, _ in links)),
            sector=", ".join(dict.fromkeys(sec for _, _, sec in links if sec)),
            tags=tuple(tags.get(p.id, ())) if "tags" in shown else (),
            email=(p.email or "") if "email" in shown else "",
            phone=v.format_phone(p.phone) if "phone" in shown and p.phone else ""))
    return out


def _org_sectors(s: Session) -> dict[int, str]:
    return {oid: sector for oid, sector in s.execute(
        select(DirectoryProfile.organization_id, DirectoryProfile.sector)
        .where(DirectoryProfile.organization_id.is_not(None), DirectoryProfile.listed))
        if oid is not None}


def _organizations(s: Session, people: list[DirectoryEntry]) -> list[DirectoryEntry]:
    rows = s.execute(select(Organization, DirectoryProfile)
                     .join(DirectoryProfile, DirectoryProfile.organization_id == Organization.id)
                     .where(DirectoryProfile.listed, Organization.status == "active")
                     .order_by(Organization.name_key)).all()
    members: dict[str, list[str]] = {}
    for p in people:
        for org in p.organizations:
            members.setdefault(org, []).append(p.name)
    return [DirectoryEntry("organization", o.id, o.name, organizations=(o.name,),
                           org_kinds=(o.kind,), sector=prof.sector, email=o.email,
                           phone=v.format_phone(o.phone) if o.phone else "", city=o.city,
                           website=o.website, description=prof.description,
                           members=tuple(members.get(o.name, ())))
            for o, prof in rows]


def _matches(e: DirectoryEntry, q: DirectoryQuery) -> bool:
    if q.kind and q.kind not in e.org_kinds:
        return False
    if q.sector and fold(q.sector) not in fold(e.sector):
        return False
    if q.skill and fold(q.skill) not in {fold(t) for t in e.tags}:
        return False
    words = fold(q.text).split()
    if words:
        blob = fold(" ".join([e.name, e.headline, e.sector, e.description, e.city,
                              *e.organizations, *e.tags]))
        return all(w in blob for w in words)
    return True


def _search(s: Session, q: DirectoryQuery) -> list[DirectoryEntry]:
    """Who is listed and matches ``q``; no permission check: callers check theirs."""
    people = _people(s)
    orgs = _organizations(s, people) if q.organizations else []
    found = (people if q.people else []) + orgs
    return [e for e in found if _matches(e, q)]


def search(engine: Engine, query: DirectoryQuery | None = None) -> list[DirectoryEntry]:
    """Consenting people and listed organisations matching ``query`` (people first)."""
    security.require("directory.read")
    q = query or DirectoryQuery()
    if q.kind and q.kind not in ORG_KINDS:
        raise ValidationError("choice_invalid", "kind", value=q.kind, allowed=", ".join(ORG_KINDS))
    with transaction(engine, readonly=True) as s:
        return _search(s, q)


# what a kiosk card may show, in this order; never notes, birth dates or addresses
KIOSK_FIELDS = ("headline", "organizations", "tags", "email", "phone")
KIOSK_TEXT_MAX = 200


def _viewer(viewer: int | None) -> int | None:
    """The member browsing the kiosk's directory: by default the one the kiosk principal
    acts for (the bare device has none, so ``directory.kiosk`` refuses it)."""
    return viewer if viewer is not None else security.current().person_id


def _kiosk_people(s: Session, text: str = "", skill: str | None = None
                  ) -> list[DirectoryEntry]:
    return _search(s, DirectoryQuery(text=(text or "")[:KIOSK_TEXT_MAX],
                                     skill=(skill or None), organizations=False))


def kiosk_search(engine: Engine, text: str = "", *, skill: str | None = None,
                 viewer: int | None = None) -> list[KioskEntry]:
    """The kiosk's directory: consenting, active, non-anonymised members only, with only
    their chosen fields (never the phone or e-mail unless they chose to show them).

    ``viewer``: the identified member browsing (default: the current kiosk principal's).
    Text and skill match accent- and case-insensitively, as :func:`search`.
    """
    security.require("directory.kiosk", person_id=_viewer(viewer))
    with transaction(engine, readonly=True) as s:
        entries = _kiosk_people(s, text, skill)
    out = []
    for e in entries:
        values = {"headline": e.headline, "organizations": ", ".join(e.organizations),
                  "tags": ", ".join(e.tags), "email": e.email, "phone": e.phone}
        out.append(KioskEntry(e.name, tuple((k, values[k]) for k in KIOSK_FIELDS
                                            if values[k])))
    return out


def kiosk_skills(engine: Engine, *, viewer: int | None = None) -> list[str]:
    """The skills the kiosk may offer as filters: those of listed members who show them."""
    security.require("directory.kiosk", person_id=_viewer(viewer))
    with transaction(engine, readonly=True) as s:
        found = {t for e in _kiosk_people(s) for t in e.tags}
    return sorted(found, key=fold)


def sectors(engine: Engine) -> list[str]:
    """The sectors of listed organisations, for filter lists."""
    security.require("directory.read")
    with transaction(engine, readonly=True) as s:
        values = {sec for sec in _org_sectors(s).values() if sec}
    return sorted(values, key=fold)


def skills(engine: Engine) -> list[str]:
    """The skills (tags) of people who show them in the directory."""
    security.require("directory.read")
    found = {t for e in search(engine, DirectoryQuery(organizations=False)) for t in e.tags}
    return sorted(found, key=fold)
