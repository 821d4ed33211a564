"""Members (people): create, edit, archive, search. One transaction per call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Consent, Organization, Person, PersonOrganization, PersonTag, Tag
from tierslieu.db.models.organization import LINK_ROLES
from tierslieu.db.models.person import PUBLIC_CATEGORIES
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import audit
from tierslieu.services import validation as v
from tierslieu.services.dto import (
    ConsentState,
    MemberQuery,
    OrgLink,
    PersonDetail,
    PersonInput,
    PersonRow,
)
from tierslieu.text import compact, fold, search_tokens, search_words


def validate(data: PersonInput, checks: Any = v) -> dict[str, object]:
    """Normalised field values, or :class:`ValidationErrors` naming every bad field.

    ``checks``: where the field checks come from (the CSV import passes its own, which
    check each distinct value once)."""
    c, ck = v.Collector(), checks
    out: dict[str, object] = {
        "first_name": c.check(lambda: ck.text(data.first_name, "first_name"), ""),
        "last_name": c.check(lambda: ck.text(data.last_name, "last_name"), ""),
        "email": c.check(lambda: ck.email(data.email), None),
        "phone": c.check(lambda: ck.phone(data.phone), ""),
        "public_category": c.check(
            lambda: ck.choice(data.public_category, "public_category", PUBLIC_CATEGORIES), None),
        "joined_on": c.check(lambda: ck.parse_date(data.joined_on, "joined_on"), None),
        "notes": c.check(lambda: ck.notes(data.notes), ""),
        "tags": c.check(lambda: ck.tags(data.tags), []),
        "organization": c.check(lambda: ck.text(data.organization, "organization") or None,
                                None),
        "role": c.check(lambda: ck.choice(data.role, "role", LINK_ROLES), None),
    }
    if not out["first_name"] and not out["last_name"] and not any(
            e.field in ("first_name", "last_name") for e in c.errors):
        c.errors.insert(0, ValidationError("required", "last_name"))
    c.raise_if_any()
    return out


# -- queries ------------------------------------------------------------------------------

def _load(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id, options=[
        selectinload(Person.links).selectinload(PersonOrganization.organization),
        selectinload(Person.tags), selectinload(Person.consents)])
    if person is None:
        raise NotFoundError("person_not_found", ref=str(person_id))
    return person


def _detail(p: Person) -> PersonDetail:
    return PersonDetail(
        id=p.id, first_name=p.first_name, last_name=p.last_name, email=p.email or "",
        phone=p.phone, phone_display=v.format_phone(p.phone),
        public_category=p.public_category or "", joined_on=p.joined_on, status=p.status,
        notes=p.notes, site_id=p.site_id,
        links=tuple(OrgLink(link.organization_id, link.organization.name, link.role)
                    for link in sorted(p.links, key=lambda x: fold(x.organization.name))),
        tags=tuple(t.name for t in p.tags),
        consents=tuple(ConsentState(c.kind, c.granted, c.at) for c in p.consents),
        created_at=p.created_at, updated_at=p.updated_at)


def get(engine: Engine, person_id: int) -> PersonDetail:
    security.require("members.read")
    with transaction(engine, readonly=True) as s:
        return _detail(_load(s, person_id))


def find(engine: Engine, ref: str) -> PersonDetail:
    """A person by e-mail (case-insensitive) or numeric id."""
    security.require("members.read")
    with transaction(engine, readonly=True) as s:
        key = v.email_key(ref.strip())
        pid = s.scalar(select(Person.id).where(Person.email_key == key))
        if pid is None and ref.strip().isdigit():
            pid = int(ref.strip())
        if pid is None:
            raise NotFoundError("person_not_found", ref=ref)
        try:
            return _detail(_load(s, pid))
        except NotFoundError:
            raise NotFoundError("person_not_found", ref=ref) from None


def _filtered(query: MemberQuery):  # type: ignore[no-untyped-def]
    stmt = select(Person.id)
    if query.status in ("active", "archived"):
        stmt = stmt.where(Person.status == query.status)
    for token in search_tokens(query.text):
        # every token must start one of the person's search words ("le" finds "Le Clerc",
        # not "Hélène"); the compacted form covers "le-clerc" typed for "Le Clerc"
        alternatives = [Person.search_blob.contains(" " + token, autoescape=True)]
        if compact(token) and compact(token) != token:
            alternatives.append(Person.search_blob.contains(" " + compact(token),
                                                            autoescape=True))
        stmt = stmt.where(or_(*alternatives))
    if query.organization_id is not None:
        stmt = stmt.where(exists().where(
            PersonOrganization.person_id == Person.id,
            PersonOrganization.organization_id == query.organization_id))
    if query.tag:
        stmt = stmt.where(exists().where(
            PersonTag.person_id == Person.id, PersonTag.tag_id == Tag.id,
            Tag.key == fold(query.tag)))
    if query.category:
        stmt = stmt.where(Person.public_category == query.category)
    return stmt


def search(engine: Engine, query: MemberQuery | None = None) -> list[PersonRow]:
    """People matching ``query``, sorted by last then first name (accent-insensitive)."""
    security.require("members.read")
    query = query or MemberQuery()
    ids = _filtered(query)
    with transaction(engine, readonly=True) as s:
        # the filter inline, not "id IN (filter)": the (status, sort_key) index then
        # gives the order, and the text filter's scan runs once
        stmt = (ids.with_only_columns(
            Person.id, Person.first_name, Person.last_name, Person.email, Person.phone,
            Person.public_category, Person.joined_on, Person.status)
            .order_by(Person.sort_key, Person.id))
        if query.limit:
            stmt = stmt.limit(query.limit)
        conn = s.connection()  # Core rows: no ORM bookkeeping for thousands of lines
        rows = conn.execute(stmt).all()
        if not rows:
            return []
        # a search typed in the box scans every person's words: reuse the ids it found
        # rather than scanning again for organisations and tags
        chunks = ([[r[0] for r in rows[i:i + 900]] for i in range(0, len(rows), 900)]
                  if query.text.strip() or query.limit else [ids])
        orgs: dict[int, list[str]] = {}
        tags: dict[int, list[str]] = {}
        for part in chunks:
            _add_orgs_and_tags(conn, part, orgs, tags)
    fmt = v.format_phone
    return [PersonRow(pid, first, last, email or "", fmt(phone) if phone else "", cat or "",
                      joined, status, tuple(orgs.get(pid, ())), tuple(tags.get(pid, ())))
            for pid, first, last, email, phone, cat, joined, status in rows]


def _add_orgs_and_tags(conn: Any, ids: Sequence[int], orgs: dict[int, list[str]],
                       tags: dict[int, list[str]]) -> None:
    """The organisations and tags of ``ids`` (at most ``_IN_CHUNK``), sorted by name, into
    ``orgs`` and ``tags``: two queries, never one per person."""
    for pid, name in conn.execute(
            select(PersonOrganization.person_id, Organization.name).join(Organization)
            .where(PersonOrganization.person_id.in_(ids)).order_by(Organization.name)):
        orgs.setdefault(pid, []).append(name)
    for pid, name in conn.execute(
            select(PersonTag.person_id, Tag.name).join(Tag)
            .where(PersonTag.person_id.in_(ids)).order_by(Tag.name)):
        tags.setdefault(pid, []).append(name)


# -- the members page: every match's id in display order, details a screenful at a time ---

SORTS = ("name", "email", "phone", "organizations", "category", "joined_on", "tags", "status")
_IN_CHUNK = 900          # ids per "IN (...)": under SQLite's oldest limit of 999 variables


@dataclass(frozen=True)
class MemberPage:
    """What the members page shows first: ``ids`` of every match in display order (one
    index scan), ``rows`` the details of the first ones (:func:`rows_for` gives the rest)."""

    ids: list[int]
    rows: list[PersonRow]


def _label_rank(codes: Sequence[str], lang: str | None):  # type: ignore[no-untyped-def]
    """Codes ranked as their labels read in ``lang`` (the list shows labels, not codes)."""
    from tierslieu.i18n import choice_label

    return {c: i for i, c in enumerate(sorted(codes, key=lambda c: fold(choice_label(c, lang))))}


def _order_by(sort: str, descending: bool, lang: str | None) -> list:  # type: ignore[type-arg]
    """ORDER BY for a column of the list, as the page sorted it in memory before: empty
    cells last in both directions, ties by last then first name, then id."""
    from sqlalchemy import case

    if sort not in SORTS:
        raise ValidationError("choice_invalid", "sort", value=sort, allowed=", ".join(SORTS))
    if sort == "name":      # the (status, sort_key) index gives this order
        return [Person.sort_key.desc() if descending else Person.sort_key, Person.id]
    missing = None
    key: Any
    if sort == "email":
        key = Person.email_key
        missing = or_(Person.email_key.is_(None), Person.email_key == "")
    elif sort == "phone":
        key = Person.phone
        missing = or_(Person.phone.is_(None), Person.phone == "")
    elif sort == "joined_on":
        key = Person.joined_on
        missing = Person.joined_on.is_(None)
    elif sort == "organizations":   # the first organisation shown (names sorted)
        key = (select(func.min(Organization.name_key)).join(PersonOrganization)
               .where(PersonOrganization.person_id == Person.id).scalar_subquery())
        missing = key.is_(None)
    elif sort == "tags":
        key = (select(func.min(Tag.key)).join(PersonTag)
               .where(PersonTag.person_id == Person.id).scalar_subquery())
        missing = key.is_(None)
    elif sort == "category":
        ranks = _label_rank(PUBLIC_CATEGORIES, lang)
        key = case(ranks, value=Person.public_category, else_=len(ranks))
        missing = or_(Person.public_category.is_(None), Person.public_category == "")
    else:  # status
        key = case(_label_rank(("active", "archived"), lang), value=Person.status, else_=2)
    order = [] if missing is None else [case((missing, 1), else_=0)]
    return [*order, key.desc() if descending else key, Person.sort_key, Person.id]


def _rows(conn: Any, ids: Sequence[int]) -> list[PersonRow]:
    """The list's rows for ``ids``, in that order; one query each for the people, their
    organisations and their tags per chunk of ids (never one per person)."""
    people: dict[int, Any] = {}
    orgs: dict[int, list[str]] = {}
    tags: dict[int, list[str]] = {}
    for i in range(0, len(ids), _IN_CHUNK):
        part = list(ids[i:i + _IN_CHUNK])
        for row in conn.execute(select(
                Person.id, Person.first_name, Person.last_name, Person.email, Person.phone,
                Person.public_category, Person.joined_on, Person.status)
                .where(Person.id.in_(part))):
            people[row[0]] = row
        _add_orgs_and_tags(conn, part, orgs, tags)
    fmt = v.format_phone
    out = []
    for pid in ids:
        found = people.get(pid)
        if found is None:        # deleted since the ids were read
            continue
        _id, first, last, email, phone, cat, joined, status = found
        out.append(PersonRow(pid, first, last, email or "", fmt(phone) if phone else "",
                             cat or "", joined, status, tuple(orgs.get(pid, ())),
                             tuple(tags.get(pid, ()))))
    return out


def _sorted_ids(query: MemberQuery | None, sort: str, descending: bool,
                lang: str | None) -> Any:
    """The ids of the people matching ``query`` in the list's order (up to its limit)."""
    query = query or MemberQuery()
    stmt = _filtered(query).order_by(*_order_by(sort, descending, lang))
    return stmt.limit(query.limit) if query.limit else stmt


def search_ids(engine: Engine, query: MemberQuery | None = None, *, sort: str = "name",
               descending: bool = False, lang: str | None = None) -> list[int]:
    """The ids of the people matching ``query``, sorted in SQL on a column of the list."""
    security.require("members.read")
    stmt = _sorted_ids(query, sort, descending, lang)
    with transaction(engine, readonly=True) as s:
        return list(s.connection().execute(stmt).scalars())


def rows_for(engine: Engine, ids: Sequence[int]) -> list[PersonRow]:
    """The list's rows of ``ids`` (in that order; people deleted meanwhile left out)."""
    security.require("members.read")
    if not ids:
        return []
    with transaction(engine, readonly=True) as s:
        return _rows(s.connection(), ids)


def search_page(engine: Engine, query: MemberQuery | None = None, *, sort: str = "name",
                descending: bool = False, first: int = 100,
                lang: str | None = None) -> MemberPage:
    """Every match's id in display order and the rows of the first ``first`` of them, in
    one snapshot: four statements whatever the number of people."""
    security.require("members.read")
    stmt = _sorted_ids(query, sort, descending, lang)
    with transaction(engine, readonly=True) as s:
        conn = s.connection()
        ids = list(conn.execute(stmt).scalars())
        return MemberPage(ids, _rows(conn, ids[:first]) if ids else [])


def count(engine: Engine, status: str | None = None) -> int:
    security.require("members.read")
    with transaction(engine, readonly=True) as s:
        stmt = select(func.count(Person.id))
        if status:
            stmt = stmt.where(Person.status == status)
        return int(s.scalar(stmt) or 0)


def all_tags(engine: Engine) -> list[str]:
    security.require("members.read")
    with transaction(engine, readonly=True) as s:
        return list(s.scalars(select(Tag.name).order_by(Tag.key)))


# -- changes ------------------------------------------------------------------------------

def refresh_search(person: Person) -> None:
    """Recompute the denormalised search words and sort key of one person."""
    orgs = [link.organization.name for link in person.links if link.organization]
    words = search_words(person.first_name, person.last_name,
                         f"{person.first_name} {person.last_name}", person.email, *orgs,
                         *[t.name for t in person.tags])
    # leading space: every word can be matched as a prefix with LIKE '% token%'
    person.search_blob = " " + " ".join(words)
    person.sort_key = f"{fold(person.last_name)} {fold(person.first_name)}"[:420]


def _tag(session: Session, name: str) -> Tag:
    # cached per session: an import of 50,000 rows asks for the same few tags again and again
    cache: dict[str, Tag] = session.info.setdefault("tierslieu_tags", {})
    key = fold(name)
    tag = cache.get(key)
    if tag is None:
        tag = session.scalar(select(Tag).where(Tag.key == key))
        if tag is None:
            tag = Tag(name=name, key=key)
            session.add(tag)
            session.flush()
        cache[key] = tag
    return tag


def _org_by_name(session: Session, name: str) -> Organization | None:
    cache: dict[str, Organization] = session.info.setdefault("tierslieu_orgs", {})
    key = compact(name)
    org = cache.get(key)
    if org is None:
        org = session.scalar(select(Organization).where(Organization.name_key == key))
        if org is not None:
            cache[key] = org
    return org


def _check_email_free(session: Session, email: str | None, person_id: int | None) -> None:
    if not email:
        return
    other = session.execute(select(Person.id, Person.first_name, Person.last_name)
                            .where(Person.email_key == v.email_key(email))).first()
    if other is not None and other.id != person_id:
        raise ConflictError("email_taken", "email", value=email,
                            other=f"{other.first_name} {other.last_name}".strip())


def apply(session: Session, person: Person, values: dict[str, object], data: PersonInput,
          *, create_missing_org: bool = False, check_email: bool = True) -> list[str]:
    """Write validated ``values`` onto ``person`` inside the caller's transaction.

    Returns the names of organisations created on the way (CSV import only).
    ``check_email=False`` only for callers that checked every address already (import);
    the unique index still guards the database.
    """
    created: list[str] = []
    if check_email:
        _check_email_free(session, values["email"], person.id)  # type: ignore[arg-type]
    for key in ("first_name", "last_name", "email", "phone", "public_category", "joined_on",
                "notes"):
        setattr(person, key, values[key])
    person.email_key = v.email_key(values["email"])  # type: ignore[arg-type]
    if data.site_id is not None:
        person.site_id = data.site_id
    if data.tags != () or values["tags"]:
        person.tags = [_tag(session, t) for t in values["tags"]]  # type: ignore[attr-defined]
    org_name = values["organization"]
    if data.links is not None:
        _replace_links(session, person, data.links)
    elif org_name:
        org = _org_by_name(session, str(org_name))
        if org is None:
            if not create_missing_org:
                raise NotFoundError("org_not_found", ref=org_name)
            org = Organization(name=str(org_name), name_key=compact(str(org_name)),
                               kind="company")
            session.add(org)
            session.flush()
            session.info.setdefault("tierslieu_orgs", {})[org.name_key] = org
            created.append(str(org_name))
        role = str(values["role"] or "member")
        link = next((lk for lk in person.links if lk.organization_id == org.id), None)
        if link is None:
            person.links.append(PersonOrganization(organization=org, role=role))
        elif values["role"]:
            link.role = role
    now = datetime.now(UTC)
    for kind, wanted in (("photo", data.consent_photo), ("newsletter", data.consent_newsletter)):
        if wanted is None:
            continue
        current = [c for c in person.consents if c.kind == kind]
        if (current[-1].granted if current else False) != wanted or (not current and wanted):
            person.consents.append(Consent(kind=kind, granted=wanted, at=now))
    refresh_search(person)
    return created


def _replace_links(session: Session, person: Person, links: Sequence[tuple[int, str]]) -> None:
    wanted = {oid: v.choice(role, "role", LINK_ROLES) or "member" for oid, role in links}
    for link in list(person.links):
        if link.organization_id not in wanted:
            person.links.remove(link)
    present = {lk.organization_id: lk for lk in person.links}
    for oid, role in wanted.items():
        if oid in present:
            present[oid].role = role
            continue
        org = session.get(Organization, oid)
        if org is None:
            raise NotFoundError("org_not_found", ref=str(oid))
        person.links.append(PersonOrganization(organization=org, role=role))
    session.flush()


def _commit_errors(exc: IntegrityError, email: object) -> Exception:
    """A unique e-mail lost to a concurrent writer becomes the usual conflict."""
    if "email_key" in str(exc.orig):
        return ConflictError("email_taken", "email", value=email, other="?")
    return exc


def create(engine: Engine, data: PersonInput) -> PersonDetail:
    security.require("members.write")
    values = validate(data)
    try:
        with transaction(engine) as s:
            person = Person(status="active")
            s.add(person)
            apply(s, person, values, data)
            s.flush()
            audit.record(s, "member.create", "person", person.id)
            return _detail(_load(s, person.id))
    except IntegrityError as exc:
        raise _commit_errors(exc, values["email"]) from exc


def update(engine: Engine, person_id: int, data: PersonInput) -> PersonDetail:
    security.require("members.write")
    values = validate(data)
    try:
        with transaction(engine) as s:
            person = _load(s, person_id)
            apply(s, person, values, data)
            s.flush()
            audit.record(s, "member.update", "person", person.id)
            return _detail(person)
    except IntegrityError as exc:
        raise _commit_errors(exc, values["email"]) from exc


def set_organizations(engine: Engine, person_id: int, links: Sequence[tuple[int, str]]) -> PersonDetail:
    """Replace a person's organisation links with ``(organization_id, role)`` pairs."""
    security.require("members.write")
    with transaction(engine) as s:
        person = _load(s, person_id)
        _replace_links(s, person, links)
        refresh_search(person)
        audit.record(s, "member.links", "person", person.id,
                     {"organization_ids": sorted(oid for oid, _ in links)})
        return _detail(person)


def set_status(engine: Engine, person_ids: Sequence[int], status: str) -> int:
    """Archive (``archived``) or restore (``active``) people; never deletes. Returns a count."""
    security.require("members.write")
    if status not in ("active", "archived"):
        raise ValidationError("choice_invalid", "status", value=status, allowed="active, archived")
    with transaction(engine) as s:
        people = s.scalars(select(Person).where(Person.id.in_(list(person_ids)))).all()
        if len(people) != len(set(person_ids)):
            missing = set(person_ids) - {p.id for p in people}
            raise NotFoundError("person_not_found", ref=", ".join(map(str, sorted(missing))))
        for p in people:
            p.status = status
            p.archived_at = datetime.now(UTC) if status == "archived" else None
        for p in people:
            audit.record(s, "member.archive" if status == "archived" else "member.restore",
                         "person", p.id)
        return len(people)


def archive(engine: Engine, person_ids: Sequence[int]) -> int:
    security.require("members.write")
    return set_status(engine, person_ids, "archived")


def restore(engine: Engine, person_ids: Sequence[int]) -> int:
    security.require("members.write")
    return set_status(engine, person_ids, "active")
