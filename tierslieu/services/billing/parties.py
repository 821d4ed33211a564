"""Customers as invoices print them: a person (a consumer) or an organisation (a
professional customer: late-payment penalties and the €40 indemnity apply)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from tierslieu.db.models import Organization, Person
from tierslieu.errors import NotFoundError
from tierslieu.services.billing.dto import Party


def person_party(p: Person) -> Party:
    name = f"{p.first_name} {p.last_name}".strip() or (p.email or f"#{p.id}")
    return Party("person", p.id, name, email=p.email or "", professional=False)


def org_party(o: Organization) -> Party:
    return Party("organization", o.id, o.name, city=o.city, siret=o.siret,
                 vat_number=o.vat_number, email=o.email, professional=True)


def load(session: Session, person_ids: Iterable[int | None] = (),
         org_ids: Iterable[int | None] = ()) -> dict[tuple[str, int], Party]:
    """Parties by ``(kind, id)``, in two queries."""
    out: dict[tuple[str, int], Party] = {}
    pids = {i for i in person_ids if i}
    oids = {i for i in org_ids if i}
    # columns, not ORM objects: a month's billing loads thousands of parties
    if pids:
        for p in session.execute(select(Person.id, Person.first_name, Person.last_name,
                                        Person.email).where(Person.id.in_(pids))):
            out[("person", p.id)] = person_party(p)  # type: ignore[arg-type]
    if oids:
        for o in session.execute(select(
                Organization.id, Organization.name, Organization.city, Organization.siret,
                Organization.vat_number, Organization.email).where(Organization.id.in_(oids))):
            out[("organization", o.id)] = org_party(o)  # type: ignore[arg-type]
    return out


def one(session: Session, person_id: int | None, org_id: int | None) -> Party:
    if person_id:
        p = session.get(Person, person_id)
        if p is None:
            raise NotFoundError("person_not_found", ref=str(person_id))
        return person_party(p)
    o = session.get(Organization, org_id) if org_id else None
    if o is None:
        raise NotFoundError("org_not_found", ref=str(org_id))
    return org_party(o)


def key_of(person_id: int | None, org_id: int | None) -> tuple[str, int]:
    return ("person", person_id) if person_id else ("organization", org_id or 0)
