"""Member services on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tierslieu.errors import ConflictError, NotFoundError, ValidationErrors
from tierslieu.services import members, organizations
from tierslieu.services.dto import MemberQuery, OrganizationInput, PersonInput


def _names(engine, q: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.display_name for r in members.search(engine, MemberQuery(text=q, **kw))]


@pytest.fixture
def people(engine):  # type: ignore[no-untyped-def]
    organizations.create(engine, OrganizationInput(name="Dupont & Fils <SARL>", kind="company"))
    organizations.create(engine, OrganizationInput(name="Graines d'Avenir", kind="association"))
    data = [
        PersonInput(first_name="Hélène", last_name="Le Clerc", email="helene@exemple.fr",
                    organization="Dupont & Fils <SARL>", role="founder", tags="Design, UX"),
        PersonInput(first_name="Marie-Hélène", last_name="N'Diaye", email="mh@exemple.fr",
                    organization="Graines d'Avenir", tags="Juridique"),
        PersonInput(first_name="Helene", last_name="Martin", phone="+44 20 7946 0958"),
        PersonInput(first_name="王", last_name="小明", email="wang@exemple.cn"),
        PersonInput(first_name="Jean-Baptiste", last_name="de La Tour d'Auvergne",
                    email="jb@exemple.fr", public_category="Étudiant·e"),
    ]
    return [members.create(engine, d) for d in data]


def test_search_is_accent_and_case_insensitive(engine, people) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_names(engine, "helene")) == ["Helene Martin", "Hélène Le Clerc",
                                                "Marie-Hélène N'Diaye"]
    assert _names(engine, "HÉLÈNE le") == ["Hélène Le Clerc"]  # "le" starts a word, not "hélène"
    assert _names(engine, "leclerc") == ["Hélène Le Clerc"]
    assert _names(engine, "ndiaye") == ["Marie-Hélène N'Diaye"]
    assert _names(engine, "latour") == ["Jean-Baptiste de La Tour d'Auvergne"]
    assert _names(engine, "小明") == ["王 小明"]
    assert _names(engine, "nobody") == []


def test_search_by_email_organisation_and_tag(engine, people) -> None:  # type: ignore[no-untyped-def]
    assert _names(engine, "MH@EXEMPLE") == ["Marie-Hélène N'Diaye"]
    assert _names(engine, "dupont") == ["Hélène Le Clerc"]
    assert _names(engine, "graines") == ["Marie-Hélène N'Diaye"]
    assert _names(engine, "ux") == ["Hélène Le Clerc"]
    assert _names(engine, "100%") == []  # LIKE wildcards are escaped


def test_filters(engine, people) -> None:  # type: ignore[no-untyped-def]
    org = organizations.find(engine, "graines d’avenir")
    assert _names(engine, "", organization_id=org.id) == ["Marie-Hélène N'Diaye"]
    assert _names(engine, "", tag="design") == ["Hélène Le Clerc"]
    assert _names(engine, "", category="student") == ["Jean-Baptiste de La Tour d'Auvergne"]


def test_sorted_by_last_name_ignoring_accents(engine, people) -> None:  # type: ignore[no-untyped-def]
    lasts = [r.last_name for r in members.search(engine)]
    assert lasts == ["de La Tour d'Auvergne", "Le Clerc", "Martin", "N'Diaye", "小明"]


def test_values_are_normalised(engine) -> None:  # type: ignore[no-untyped-def]
    p = members.create(engine, PersonInput(
        first_name="  Zoe\u0308 \u200b", last_name="O\u2019Brien", email=" Zoe+cowork@Exemple.FR ",
        phone="06.12.34.56.78", joined_on="25/11/2026"))
    assert p.first_name == "Zoë" and len(p.first_name) == 3  # NFC, invisible char gone
    assert p.last_name == "O\u2019Brien"
    assert p.email == "Zoe+cowork@Exemple.FR"  # +tag kept
    assert p.phone == "+33612345678" and p.phone_display == "06 12 34 56 78"
    assert p.joined_on == date(2026, 11, 25)
    assert members.find(engine, "zoe+cowork@exemple.fr").id == p.id


def test_bad_input_names_every_field_and_writes_nothing(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationErrors) as err:
        members.create(engine, PersonInput(email="pas-un-email", phone="123",
                                           joined_on="2026-13-45", public_category="martien"))
    fields = [e.field for e in err.value.errors]
    assert fields == ["last_name", "email", "phone", "public_category", "joined_on"]
    assert "E-mail : « pas-un-email »" in err.value.message("fr")
    assert 'Phone: "123"' in err.value.message("en")
    assert members.count(engine) == 0


def test_overlong_and_huge_input_is_refused(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationErrors) as err:
        members.create(engine, PersonInput(last_name="x" * 5_000_000, notes="y" * 10_001))
    assert [e.field for e in err.value.errors] == ["last_name", "notes"]
    assert members.count(engine) == 0


def test_email_unique_case_insensitively(engine, people) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConflictError) as err:
        members.create(engine, PersonInput(last_name="Autre", email="HELENE@exemple.FR"))
    assert err.value.field == "email" and err.value.exit_code == 3
    assert "Hélène Le Clerc" in err.value.message("fr")
    # the same person may keep (or re-case) her own address
    h = people[0]
    updated = members.update(engine, h.id, PersonInput(
        first_name=h.first_name, last_name=h.last_name, email="Helene@Exemple.fr"))
    assert updated.email == "Helene@Exemple.fr"


def test_update_edit_and_links(engine, people) -> None:  # type: ignore[no-untyped-def]
    h = people[0]
    assert [(lk.organization_name, lk.role) for lk in h.links] == [("Dupont & Fils <SARL>",
                                                                     "founder")]
    graines = organizations.find(engine, "Graines d'Avenir")
    dupont = organizations.find(engine, "Dupont & Fils <SARL>")
    d = members.set_organizations(engine, h.id, [(graines.id, "employee"), (dupont.id, "founder")])
    assert sorted(lk.organization_name for lk in d.links) == ["Dupont & Fils <SARL>",
                                                              "Graines d'Avenir"]
    assert _names(engine, "graines") == ["Hélène Le Clerc", "Marie-Hélène N'Diaye"]
    with pytest.raises(NotFoundError):
        members.update(engine, 999_999, PersonInput(last_name="X"))


def test_consents_keep_their_history(engine) -> None:  # type: ignore[no-untyped-def]
    p = members.create(engine, PersonInput(last_name="Durand"))
    assert not p.consent("photo") and not p.consent("newsletter")  # unticked by default
    p = members.update(engine, p.id, PersonInput(last_name="Durand", consent_photo=True,
                                                 consent_newsletter=True))
    p = members.update(engine, p.id, PersonInput(last_name="Durand", consent_newsletter=False))
    assert p.consent("photo") and not p.consent("newsletter")
    assert [(c.kind, c.granted) for c in p.consents] == [
        ("photo", True), ("newsletter", True), ("newsletter", False)]


def test_archive_never_deletes(engine, people) -> None:  # type: ignore[no-untyped-def]
    ids = [people[0].id, people[1].id]
    assert members.archive(engine, ids) == 2
    assert len(members.search(engine)) == 3
    assert len(members.search(engine, MemberQuery(status="archived"))) == 2
    assert len(members.search(engine, MemberQuery(status="all"))) == 5
    assert members.get(engine, ids[0]).status == "archived"
    members.restore(engine, ids[:1])
    assert len(members.search(engine)) == 4
    with pytest.raises(NotFoundError):
        members.archive(engine, [424242])


def test_failed_change_rolls_back_everything(engine, people) -> None:  # type: ignore[no-untyped-def]
    """An unknown organisation aborts the whole change: no new tag, no half-edited person."""
    before = members.get(engine, people[2].id)
    with pytest.raises(NotFoundError):
        members.update(engine, before.id, PersonInput(
            first_name="Changé", last_name="Martin", tags="Nouveau tag",
            organization="Inconnue SA"))
    assert members.get(engine, before.id) == before
    assert "Nouveau tag" not in members.all_tags(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM tag WHERE name = 'Nouveau tag'")).scalar() == 0
