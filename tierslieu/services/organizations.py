"""Organisations (startups, associations, labs...): create, edit, archive, search."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Organization, PersonOrganization
from tierslieu.db.models.organization import ORG_KINDS
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import audit, members
from tierslieu.services import validation as v
from tierslieu.services.dto import OrganizationInput, OrganizationQuery, OrganizationRow
from tierslieu.text import compact, search_tokens


def validate(data: OrganizationInput) -> dict[str, object]:
    c = v.Collector()
    out: dict[str, object] = {
        "name": c.check(lambda: v.text(data.name, "name", required=True), ""),
        "kind": c.check(lambda: v.choice(data.kind, "kind", ORG_KINDS, required=True), "company"),
        "siret": c.check(lambda: v.siret(data.siret), ""),
        "vat_number": c.check(lambda: v.vat_number(data.vat_number), ""),
        "email": c.check(lambda: v.email(data.email) or "", ""),
        "phone": c.check(lambda: v.phone(data.phone), ""),
        "website": c.check(lambda: v.text(data.website, "website", max_len=300), ""),
        "city": c.check(lambda: v.text(data.city, "city"), ""),
        "notes": c.check(lambda: v.notes(data.notes), ""),
    }
    c.raise_if_any()
    return out


def _row(o: Organization, member_count: int = 0) -> OrganizationRow:
    return OrganizationRow(o.id, o.name, o.kind, o.siret, o.vat_number, o.email,
                           v.format_phone(o.phone), o.website, o.city, o.notes, o.status,
                           member_count)


def _check_name_free(session, name: str, org_id: int | None) -> None:  # type: ignore[no-untyped-def]
    other = session.scalar(select(Organization.id).where(Organization.name_key == compact(name)))
    if other is not None and other != org_id:
        raise ConflictError("org_name_taken", "name", value=name)


def _members_count(session, org_id: int) -> int:  # type: ignore[no-untyped-def]
    return int(session.scalar(select(func.count()).where(
        PersonOrganization.organization_id == org_id)) or 0)


def create(engine: Engine, data: OrganizationInput) -> OrganizationRow:
    security.require("organizations.write")
    values = validate(data)
    try:
        with transaction(engine) as s:
            _check_name_free(s, str(values["name"]), None)
            org = Organization(status="active", name_key=compact(str(values["name"])), **values)
            s.add(org)
            s.flush()
            audit.record(s, "organization.create", "organization", org.id)
            return _row(org)
    except IntegrityError as exc:
        raise ConflictError("org_name_taken", "name", value=values["name"]) from exc


def update(engine: Engine, org_id: int, data: OrganizationInput) -> OrganizationRow:
    security.require("organizations.write")
    values = validate(data)
    with transaction(engine) as s:
        org = s.get(Organization, org_id)
        if org is None:
            raise NotFoundError("org_not_found", ref=str(org_id))
        _check_name_free(s, str(values["name"]), org_id)
        renamed = org.name != values["name"]
        for key, value in values.items():
            setattr(org, key, value)
        org.name_key = compact(org.name)
        s.flush()
        if renamed:  # members' search text mentions the organisation's name
            for link in org.links:
                members.refresh_search(link.person)
        audit.record(s, "organization.update", "organization", org.id)
        return _row(org, _members_count(s, org.id))


def get(engine: Engine, org_id: int) -> OrganizationRow:
    security.require("organizations.read")
    with transaction(engine, readonly=True) as s:
        org = s.get(Organization, org_id)
        if org is None:
            raise NotFoundError("org_not_found", ref=str(org_id))
        return _row(org, _members_count(s, org.id))


def find(engine: Engine, name: str) -> OrganizationRow:
    security.require("organizations.read")
    with transaction(engine, readonly=True) as s:
        org = s.scalar(select(Organization).where(Organization.name_key == compact(name)))
        if org is None:
            raise NotFoundError("org_not_found", ref=name)
        return _row(org, _members_count(s, org.id))


def search(engine: Engine, query: OrganizationQuery | None = None) -> list[OrganizationRow]:
    security.require("organizations.read")
    query = query or OrganizationQuery()
    counts = (select(PersonOrganization.organization_id, func.count().label("n"))
              .group_by(PersonOrganization.organization_id).subquery())
    stmt = (select(Organization, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.organization_id == Organization.id)
            .order_by(Organization.name_key))
    if query.status in ("active", "archived"):
        stmt = stmt.where(Organization.status == query.status)
    if query.kind:
        stmt = stmt.where(Organization.kind == query.kind)
    for token in search_tokens(query.text):
        key = compact(token)
        stmt = stmt.where(or_(Organization.name_key.contains(key, autoescape=True),
                              func.lower(Organization.city).contains(token, autoescape=True)))
    with transaction(engine, readonly=True) as s:
        return [_row(o, n) for o, n in s.execute(stmt).all()]


def names(engine: Engine, *, include_archived: bool = False) -> list[tuple[int, str]]:
    security.require("organizations.read")
    stmt = select(Organization.id, Organization.name).order_by(Organization.name_key)
    if not include_archived:
        stmt = stmt.where(Organization.status == "active")
    with transaction(engine, readonly=True) as s:
        return [(r.id, r.name) for r in s.execute(stmt)]


def set_status(engine: Engine, org_ids: Sequence[int], status: str) -> int:
    security.require("organizations.write")
    if status not in ("active", "archived"):
        raise ValidationError("choice_invalid", "status", value=status, allowed="active, archived")
    with transaction(engine) as s:
        orgs = s.scalars(select(Organization).where(Organization.id.in_(list(org_ids)))).all()
        if len(orgs) != len(set(org_ids)):
            raise NotFoundError("org_not_found", ref=", ".join(map(str, org_ids)))
        for o in orgs:
            o.status = status
            o.archived_at = datetime.now(UTC) if status == "archived" else None
            audit.record(s, "organization.archive" if status == "archived"
                         else "organization.restore", "organization", o.id)
        return len(orgs)


def archive(engine: Engine, org_ids: Sequence[int]) -> int:
    security.require("organizations.write")
    return set_status(engine, org_ids, "archived")


def restore(engine: Engine, org_ids: Sequence[int]) -> int:
    security.require("organizations.write")
    return set_status(engine, org_ids, "active")
