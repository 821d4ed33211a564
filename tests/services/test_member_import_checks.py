"""The CSV import's field checks give :mod:`validation`'s results and errors, each
distinct value checked once; French numbers are read without libphonenumber's parser but
against its own patterns, so they come out exactly as :func:`validation.phone` says."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from tierslieu.errors import ValidationError, ValidationErrors
from tierslieu.services import member_import, members
from tierslieu.services import validation as v
from tierslieu.services.dto import PersonInput
from tierslieu.services.member_import_checks import ImportChecks, french_phone


def _reference(raw: str) -> str | None:
    try:
        return v.phone(raw)
    except ValidationError:
        return None


def _forms(national: str) -> list[str]:
    """How a French number is written: 06 12 34 56 78, 0612345678, 06.12…, +33 6 12…"""
    pairs = " ".join(national[i:i + 2] for i in range(1, 9, 2))
    return [f"0{national[0]} {pairs}", f"0{national}", f"0{national[0]}.{pairs.replace(' ', '.')}",
            f"+33 {national[0]} {pairs}", f"+33{national}"]


def test_french_numbers_come_out_as_libphonenumber_says() -> None:
    """Every 4-digit start of a national number (validity depends on the first digits),
    with random ends, in every spelling the fast path reads."""
    rng = random.Random(4)
    accepted = 0
    for start in range(1000, 10000, 3):
        national = f"{start}{rng.randrange(10**5):05d}"
        for raw in _forms(national)[rng.randrange(5)::5]:
            fast = french_phone(raw)     # None: validation.phone decides, as before
            if fast is not None:
                accepted += 1
                assert fast == _reference(raw), raw
    assert accepted > 2000


@pytest.mark.parametrize("raw", [
    "06 39 12 34 56",          # not a mobile range: libphonenumber's error
    "06 12 34 56", "06 12 34 56 78 90", "00 12 34 56 78", "06-12-34-56-78",
    "+33 06 12 34 56 78", "06 12 34 56 7٨", "+44 20 7946 0958", "  06 12 34 56 78  ",
    "06\u00a012\u00a034\u00a056\u00a078", "061234 5678", "tel. 06 12 34 56 78"])
def test_other_spellings_go_through_validation(raw: str) -> None:
    checks = ImportChecks()
    try:
        expected: str | ValidationError = v.phone(raw)
    except ValidationError as exc:
        expected = exc
    if isinstance(expected, str):
        assert checks.phone(raw) == expected
    else:
        with pytest.raises(ValidationError) as got:
            checks.phone(raw)
        assert (got.value.key, got.value.field, got.value.params) == (
            expected.key, expected.field, expected.params)


def _errors(fn: object, *args: object) -> list[tuple[str, str | None, dict[str, object]]]:
    try:
        fn(*args)  # type: ignore[operator]
    except ValidationErrors as exc:
        return [(e.key, e.field, e.params) for e in exc.errors]
    return []


def test_validate_with_import_checks_equals_validate() -> None:
    checks = ImportChecks()
    cases = [
        PersonInput(first_name=" Hélène ", last_name="Dupont", email="h@exemple.fr",
                    phone="06 12 34 56 78", public_category="Étudiant·e",
                    joined_on="25/11/2024", tags="Design, data; Design", organization="Kinésens",
                    role="Fondatrice"),
        PersonInput(first_name="", last_name="", email="pas-un-mail", phone="06 39 12 34 56",
                    public_category="astronaute", joined_on="31/02/2024", tags="x" * 81),
        PersonInput(first_name="Noël", last_name="Martin", phone="+44 20 7946 0958",
                    joined_on="45000", notes=" ligne 1\nligne 2 "),
    ]
    for data in cases * 2:          # the second time, from what was remembered
        try:
            expected = members.validate(data)
        except ValidationErrors:
            expected = None
        if expected is None:
            assert _errors(members.validate, data, checks) == _errors(members.validate, data)
        else:
            got = members.validate(data, checks)
            assert got == expected
            assert got["tags"] is not checks.tags(data.tags), "a copy: callers may change it"


def test_the_same_bad_value_on_two_lines_is_two_errors(engine: Engine, tmp_path: Path) -> None:
    source = tmp_path / "membres.csv"
    source.write_text("Prénom;Nom;E-mail;Téléphone;Date d'adhésion\n"
                      "Léa;Roux;lea@exemple.fr;06 39 12 34 56;01/02/2024\n"
                      "Hugo;Roux;hugo@exemple.fr;06 12 34 56 78;31/02/2024\n"
                      "Inès;Roux;ines@exemple.fr;06 39 12 34 56;31/02/2024\n", encoding="utf-8")
    with pytest.raises(member_import.ImportRejected) as err:
        member_import.import_file(engine, source)
    assert [(line, field) for line, field, _ in err.value.report.errors] == [
        (2, "phone"), (3, "joined_on"), (4, "phone"), (4, "joined_on")]
    assert all("06 39 12 34 56" in message for _, field, message in err.value.report.errors
               if field == "phone")


def _people(engine: Engine) -> list[tuple[object, ...]]:
    from sqlalchemy import text

    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT p.id, first_name, last_name, email, email_key, phone, public_category,"
            " joined_on, status, archived_at, notes, site_id, search_blob, sort_key,"
            " badge_code, pin_hash, p.created_at = p.updated_at, p.created_at GLOB"
            " '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
            ".[0-9][0-9][0-9][0-9][0-9][0-9]', typeof(joined_on),"
            " (SELECT group_concat(t.name, '|') FROM person_tag pt JOIN tag t"
            "  ON t.id = pt.tag_id WHERE pt.person_id = p.id),"
            " (SELECT group_concat(o.name || ':' || po.role, '|') FROM person_organization po"
            "  JOIN organization o ON o.id = po.organization_id WHERE po.person_id = p.id),"
            " (SELECT group_concat(c.kind, '|') FROM consent c WHERE c.person_id = p.id)"
            " FROM person p ORDER BY p.id"))]


def test_bulk_insert_on_sqlite_stores_what_sqlalchemy_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template_db: Path) -> None:
    from tests.conftest import copy_sqlite
    from tierslieu.db.engine import make_engine

    lines = ["Prénom;Nom;E-mail;Téléphone;Organisation;Rôle;Catégorie;Date d'adhésion;"
             "Compétences;Notes;Consentement photo"]
    for i in range(120):
        lines.append(f"Zoé{i % 7};N'Diaye-{i % 11};z{i}@exemple.fr;"
                     f"{'06 12 34 56 ' + str(10 + i % 80) if i % 3 else '+44 20 7946 0958'};"
                     f"{'Kinésens | Atelier « Ici »' if i % 4 == 0 else ''};"
                     f"{'Fondatrice' if i % 4 == 0 else ''};{'Étudiant' if i % 2 else ''};"
                     f"{'' if i % 5 == 0 else '25/11/2024'};{'Design, Data' if i % 2 else ''};"
                     f"\"ligne 1\nligne 2 ; «{i}»\";{'oui' if i % 6 == 0 else ''}")
    source = tmp_path / "membres.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stored = []
    for bulk in (True, False):
        monkeypatch.setattr(member_import, "BULK_SQLITE", bulk)
        engine = make_engine(copy_sqlite(template_db, tmp_path / f"bulk-{bulk}.sqlite"))
        report = member_import.import_file(engine, source)
        assert report.created == 120
        stored.append(_people(engine))
        person = members.find(engine, "z6@exemple.fr")       # read back through the ORM
        assert person.joined_on is not None and person.created_at.tzinfo is not None
        engine.dispose()
    assert stored[0] == stored[1]
