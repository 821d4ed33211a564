"""The kiosk's directory on SQLite and PostgreSQL: consenting, active, non-anonymised
members only, the fields they chose only, and only for a member who signed in."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tierslieu import security
from tierslieu.security import KIOSK_DEVICE, Principal
from tierslieu.services import directory, gdpr, kiosk, members, organizations
from tierslieu.services.dto import OrganizationInput, PersonInput

T0 = datetime(2026, 11, 1, 9, tzinfo=UTC)
T1 = datetime(2026, 11, 20, 9, tzinfo=UTC)

# Bob never consented: none of this may ever reach the kiosk
BOB_SECRETS = ("Bob", "Secret", "bob.secret@kalmi.example", "0699887766", "06 99 88 77 66")
TEXTS = ("", "bob", "secret", "BOB SECRET", "kalmi", "comptabilite", "soudure",
         "bob.secret@kalmi.example", "0699887766", "06 99")
SKILLS = (None, "Comptabilité", "comptabilite", "COMPTABILITÉ", "Soudure", "soudure")


@pytest.fixture
def place(engine: Any) -> dict[str, Any]:
    e = engine
    organizations.create(e, OrganizationInput(name="Kalmi", kind="startup", city="Lyon"))
    ana = members.create(e, PersonInput(
        first_name="Ana", last_name="Lima", email="ana@kalmi.example", phone="0612345678",
        notes="Relance facture impayée", tags=("Comptabilité", "Python"),
        organization="Kalmi"))
    bob = members.create(e, PersonInput(
        first_name="Bob", last_name="Secret", email="bob.secret@kalmi.example",
        phone="0699887766", tags=("Comptabilité", "Soudure"), organization="Kalmi"))
    cyd = members.create(e, PersonInput(
        first_name="Cyd", last_name="Durand", email="cyd@velo.example", phone="0611111111",
        tags=("Électronique",)))
    eve = members.create(e, PersonInput(
        first_name="Ève", last_name="Moreau", email="eve@atelier.example",
        phone="0622222222", tags=("Menuiserie",)))
    old = members.create(e, PersonInput(first_name="Olga", last_name="Ancienne",
                                        email="olga@ancien.example", tags=("Juridique",)))
    gone = members.create(e, PersonInput(first_name="Gaston", last_name="Parti",
                                         email="gaston@parti.example", tags=("Design",)))
    helene = members.create(e, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                           email="helene@exemple.fr"))
    kiosk.set_credentials(e, helene.id, "1234")
    listing = directory.set_person_listing
    listing(e, ana.id, consent=True, fields=("headline", "organizations", "tags", "email"),
            headline="CFO à temps partagé", now=T0)
    listing(e, cyd.id, consent=True, fields=("tags",), now=T0)
    listing(e, eve.id, consent=True, fields=("phone",), headline="Ébéniste", now=T0)
    listing(e, old.id, consent=True, fields=("tags", "email"), now=T0)
    members.archive(e, [old.id])
    listing(e, gone.id, consent=True, fields=("tags", "email"), now=T0)
    gdpr.anonymize(e, str(gone.id))
    members.restore(e, [gone.id])        # back to "active" by mistake: still not listed
    return {"e": e, "ana": ana.id, "bob": bob.id, "cyd": cyd.id, "eve": eve.id,
            "old": old.id, "gone": gone.id, "helene": helene.id}


def member(place: dict[str, Any]) -> Principal:
    """The kiosk after Hélène signed in."""
    return kiosk.principal(kiosk.KioskUser(place["helene"], "Hélène Le Clerc"))


def names(entries: list[directory.KioskEntry]) -> list[str]:
    return [k.name for k in entries]


def test_a_member_without_consent_never_appears_whatever_the_search(place: dict[str, Any]
                                                                   ) -> None:
    e = place["e"]
    with security.acting_as(member(place)):
        found_any = 0
        for text in TEXTS:
            for skill in SKILLS:
                found = directory.kiosk_search(e, text, skill=skill)
                found_any += len(found)
                shown = repr(found)
                assert not any(s in shown for s in BOB_SECRETS), (text, skill, shown)
        assert found_any > 0                  # the searches do find the others
        assert names(directory.kiosk_search(e, skill="comptabilite")) == ["Ana Lima"]
        assert "Soudure" not in directory.kiosk_skills(e)   # only Bob has it


def test_everyone_listed_is_consenting_active_and_not_anonymised(place: dict[str, Any]
                                                                 ) -> None:
    with security.acting_as(member(place)):
        found = directory.kiosk_search(place["e"])
    assert names(found) == ["Cyd Durand", "Ana Lima", "Ève Moreau"]
    text = repr(found)
    assert "Olga" not in text and "olga@ancien.example" not in text      # archived
    assert "Anonyme" not in text and "Gaston" not in text                 # anonymised


def test_withdrawn_consent_disappears_at_once(place: dict[str, Any]) -> None:
    e = place["e"]
    directory.set_person_listing(e, place["ana"], consent=False, now=T1)
    with security.acting_as(member(place)):
        assert "Ana Lima" not in names(directory.kiosk_search(e))
        assert names(directory.kiosk_search(e, "ana")) == []
        assert "Python" not in directory.kiosk_skills(e)
    directory.set_person_listing(e, place["ana"], consent=True,
                                 now=datetime(2026, 11, 21, 9, tzinfo=UTC))
    with security.acting_as(member(place)):
        assert "Ana Lima" in names(directory.kiosk_search(e, "ana"))


def test_only_the_chosen_fields_and_never_contacts_unless_chosen(place: dict[str, Any]
                                                                ) -> None:
    with security.acting_as(member(place)):
        cards = {k.name: dict(k.fields) for k in directory.kiosk_search(place["e"])}
    assert cards["Ana Lima"] == {"headline": "CFO à temps partagé", "organizations": "Kalmi",
                                 "tags": "Comptabilité, Python", "email": "ana@kalmi.example"}
    assert cards["Cyd Durand"] == {"tags": "Électronique"}
    assert cards["Ève Moreau"] == {"phone": "06 22 22 22 22"}     # no headline: not chosen
    text = repr(cards)
    for hidden in ("0612345678", "06 12 34 56 78", "cyd@velo.example", "0611111111",
                   "06 11 11 11 11", "eve@atelier.example", "Ébéniste",
                   "Relance facture", "helene@exemple.fr"):
        assert hidden not in text
    assert {f for c in cards.values() for f in c} <= set(directory.KIOSK_FIELDS)


def test_search_by_text_and_skill_forgives_accents_and_case(place: dict[str, Any]) -> None:
    e = place["e"]
    with security.acting_as(member(place)):
        assert names(directory.kiosk_search(e, "electronique")) == ["Cyd Durand"]
        assert names(directory.kiosk_search(e, skill="ÉLECTRONIQUE")) == ["Cyd Durand"]
        assert names(directory.kiosk_search(e, "eve")) == ["Ève Moreau"]
        assert names(directory.kiosk_search(e, "cfo temps")) == ["Ana Lima"]
        # Ève hides her skills: not found by them; a contact is never searched
        assert names(directory.kiosk_search(e, skill="menuiserie")) == []
        assert names(directory.kiosk_search(e, "eve@atelier")) == []
        assert directory.kiosk_skills(e) == ["Comptabilité", "Électronique", "Python"]


@pytest.mark.parametrize("principal", [KIOSK_DEVICE, Principal("director", "d"),
                                       Principal("incubation", "i")],
                         ids=["kiosk-before-sign-in", "director", "incubation"])
def test_who_is_refused_the_kiosk_directory(place: dict[str, Any],
                                            principal: Principal) -> None:
    with security.acting_as(principal):
        for call in (lambda: directory.kiosk_search(place["e"]),
                     lambda: directory.kiosk_skills(place["e"])):
            with pytest.raises(security.PermissionDeniedError) as err:
                call()
            assert (err.value.action, err.value.role) == ("directory.kiosk", principal.role)


def test_the_signed_in_member_browses_for_herself_only(place: dict[str, Any]) -> None:
    e = place["e"]
    with security.acting_as(member(place)):
        assert directory.kiosk_search(e, viewer=place["helene"])
        with pytest.raises(security.PermissionDeniedError):
            directory.kiosk_search(e, viewer=place["bob"])
        # the staff directory (every listed field, organisations) stays refused
        with pytest.raises(security.PermissionDeniedError) as err:
            directory.search(e)
        assert err.value.action == "directory.read"
    for role in ("admin", "front_desk"):          # the staff may see what the kiosk shows
        with security.acting_as(Principal(role, role)):
            assert names(directory.kiosk_search(e, "ana")) == ["Ana Lima"]
