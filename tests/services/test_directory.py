"""The community directory on SQLite and PostgreSQL: consent rules it, chosen fields only,
filters never leak hidden fields, the kiosk variant and the PDF."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tierslieu.errors import ValidationError
from tierslieu.services import directory, members, organizations
from tierslieu.services.directory import DirectoryQuery
from tierslieu.services.dto import OrganizationInput, PersonInput

T0 = datetime(2026, 11, 1, 9, tzinfo=UTC)


@pytest.fixture
def community(engine):  # type: ignore[no-untyped-def]
    kalmi = organizations.create(engine, OrganizationInput(name="Kalmi", kind="startup",
                                                           city="Lyon"))
    asso = organizations.create(engine, OrganizationInput(name="Vélo Cité", kind="association"))
    ana = members.create(engine, PersonInput(
        first_name="Ana", last_name="Lima", email="ana@kalmi.example", phone="0612345678",
        tags=("Comptabilité", "Python"), organization="Kalmi", role="founder"))
    bob = members.create(engine, PersonInput(
        first_name="Bob", last_name="Secret", email="bob@kalmi.example",
        tags=("Comptabilité",), organization="Kalmi"))
    cyd = members.create(engine, PersonInput(
        first_name="Cyd", last_name="Durand", tags=("Électronique",), organization="Vélo Cité"))
    directory.set_person_listing(engine, ana.id, consent=True,
                                 fields=("headline", "organizations", "tags", "email"),
                                 headline="CFO à temps partagé", now=T0)
    directory.set_person_listing(engine, cyd.id, consent=True, fields=("tags",), now=T0)
    directory.set_organization_listing(engine, kalmi.id, listed=True, sector="Agritech",
                                       description="Capteurs pour serres")
    return {"engine": engine, "ana": ana, "bob": bob, "cyd": cyd, "kalmi": kalmi, "asso": asso}


def _names(entries) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in entries]


def test_only_consenting_people_and_listed_organisations(community) -> None:  # type: ignore[no-untyped-def]
    found = directory.search(community["engine"])
    assert _names(found) == ["Cyd Durand", "Ana Lima", "Kalmi"]
    ana = found[1]
    assert (ana.headline, ana.organizations, ana.email, ana.phone) == (
        "CFO à temps partagé", ("Kalmi",), "ana@kalmi.example", "")
    kalmi = found[2]
    assert (kalmi.sector, kalmi.members, kalmi.org_kinds) == ("Agritech", ("Ana Lima",),
                                                              ("startup",))


def test_a_member_without_consent_never_appears(community) -> None:  # type: ignore[no-untyped-def]
    e = community["engine"]
    everywhere = [directory.search(e, DirectoryQuery(text="secret")),
                  directory.search(e, DirectoryQuery(skill="comptabilite")),
                  directory.search(e, DirectoryQuery(kind="startup"))]
    for found in everywhere:
        assert "Bob Secret" not in _names(found)
        assert all("Bob Secret" not in x.members for x in found)
    assert "Bob Secret" not in {k.name for k in directory.kiosk_search(e)}
    # consent withdrawn: gone at once; the history keeps both decisions
    directory.set_person_listing(e, community["ana"].id, consent=False,
                                 now=datetime(2026, 11, 20, tzinfo=UTC))
    assert "Ana Lima" not in _names(directory.search(e))
    detail = members.get(e, community["ana"].id)
    assert [c.granted for c in detail.consents if c.kind == "directory"] == [True, False]
    assert detail.consent("directory") is False
    # archived people leave the directory too
    members.archive(e, [community["cyd"].id])
    assert _names(directory.search(e)) == ["Kalmi"]


def test_filters_never_reveal_hidden_fields(community) -> None:  # type: ignore[no-untyped-def]
    e = community["engine"]
    assert _names(directory.search(e, DirectoryQuery(skill="COMPTABILITE"))) == ["Ana Lima"]
    assert _names(directory.search(e, DirectoryQuery(skill="électronique"))) == ["Cyd Durand"]
    # Cyd hides her organisation: a search by kind or by its name does not find her
    assert _names(directory.search(e, DirectoryQuery(kind="association"))) == []
    assert _names(directory.search(e, DirectoryQuery(text="velo"))) == []
    assert _names(directory.search(e, DirectoryQuery(sector="agri"))) == ["Ana Lima", "Kalmi"]
    assert _names(directory.search(e, DirectoryQuery(text="serres"))) == ["Kalmi"]
    with pytest.raises(ValidationError):
        directory.search(e, DirectoryQuery(kind="guild"))


def test_kiosk_shows_members_only_with_their_chosen_fields(community) -> None:  # type: ignore[no-untyped-def]
    entries = directory.kiosk_search(community["engine"])
    assert [k.name for k in entries] == ["Cyd Durand", "Ana Lima"]
    assert dict(entries[0].fields) == {"tags": "Électronique"}
    shown = dict(entries[1].fields)
    assert shown["email"] == "ana@kalmi.example" and "phone" not in shown
    assert directory.kiosk_search(community["engine"], "python")[0].name == "Ana Lima"


def test_bad_fields_are_refused(community) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        directory.set_person_listing(community["engine"], community["bob"].id, consent=True,
                                     fields=("notes",))
    assert err.value.field == "fields"
    assert "Bob Secret" not in _names(directory.search(community["engine"]))


def test_directory_pdf_holds_only_consenting_members(community, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from tierslieu.reports.directory_pdf import build_directory

    out = build_directory(directory.search(community["engine"]), tmp_path / "annuaire.pdf",
                          title="La Fabrique", lang="fr")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Ana Lima" in text and "Cyd Durand" in text and "Kalmi" in text
    assert "Secret" not in text and "bob@kalmi.example" not in text
    assert "0612345678" not in text and "06 12 34 56 78" not in text
