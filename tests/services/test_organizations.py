from __future__ import annotations

import pytest

from tierslieu.errors import ConflictError, ValidationErrors
from tierslieu.services import members, organizations
from tierslieu.services.dto import MemberQuery, OrganizationInput, OrganizationQuery, PersonInput


def test_create_validates_siret_vat_and_kind(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationErrors) as err:
        organizations.create(engine, OrganizationInput(
            name="", kind="ovni", siret="12345678901234", vat_number="FR00000000000"))
    assert [e.field for e in err.value.errors] == ["name", "kind", "siret", "vat_number"]
    assert organizations.search(engine, OrganizationQuery(status="all")) == []
    org = organizations.create(engine, OrganizationInput(
        name="Laboratoire d'Écologie", kind="Laboratoire", siret="732 829 320 00074",
        vat_number="FR 40 303 265 045"))
    assert org.kind == "research_lab"
    assert org.siret == "73282932000074"
    assert org.vat_number == "FR40303265045"


def test_names_unique_ignoring_case_and_accents(engine) -> None:  # type: ignore[no-untyped-def]
    organizations.create(engine, OrganizationInput(name="Éco-Lieu", kind="association"))
    with pytest.raises(ConflictError) as err:
        organizations.create(engine, OrganizationInput(name="eco lieu", kind="company"))
    assert err.value.field == "name"


def test_search_and_member_counts(engine) -> None:  # type: ignore[no-untyped-def]
    organizations.create(engine, OrganizationInput(name="Graines d'Avenir", kind="association",
                                                   city="Villeurbanne"))
    organizations.create(engine, OrganizationInput(name="Start Lyon", kind="startup"))
    members.create(engine, PersonInput(last_name="A", organization="Start Lyon"))
    members.create(engine, PersonInput(last_name="B", organization="Start Lyon"))
    rows = organizations.search(engine)
    assert [(r.name, r.member_count) for r in rows] == [("Graines d'Avenir", 0), ("Start Lyon", 2)]
    assert [r.name for r in organizations.search(engine, OrganizationQuery(text="graines"))] == [
        "Graines d'Avenir"]
    assert [r.name for r in organizations.search(engine, OrganizationQuery(text="villeurbanne"))] == [
        "Graines d'Avenir"]
    assert [r.name for r in organizations.search(engine, OrganizationQuery(kind="startup"))] == [
        "Start Lyon"]


def test_rename_updates_member_search(engine) -> None:  # type: ignore[no-untyped-def]
    org = organizations.create(engine, OrganizationInput(name="Ancien Nom", kind="startup"))
    members.create(engine, PersonInput(last_name="Membre", organization="Ancien Nom"))
    organizations.update(engine, org.id, OrganizationInput(name="Nouveau Nom", kind="startup"))
    assert [r.last_name for r in members.search(engine, MemberQuery(text="nouveau"))] == ["Membre"]
    assert members.search(engine, MemberQuery(text="ancien")) == []


def test_archive_and_restore(engine) -> None:  # type: ignore[no-untyped-def]
    org = organizations.create(engine, OrganizationInput(name="Fermée", kind="company"))
    organizations.archive(engine, [org.id])
    assert organizations.search(engine) == []
    assert organizations.get(engine, org.id).status == "archived"
    organizations.restore(engine, [org.id])
    assert [r.name for r in organizations.search(engine)] == ["Fermée"]
