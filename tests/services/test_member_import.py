"""Importing and exporting members as CSV, against a real database (SQLite, and PostgreSQL)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from tierslieu.db.engine import make_engine
from tierslieu.errors import ValidationError
from tierslieu.io.csv_members import read_table
from tierslieu.services import member_import, members, organizations
from tierslieu.services.dto import MemberQuery, OrganizationQuery, PersonInput
from tierslieu.services.member_import import ImportRejected

FRENCH = ("Prénom;Nom;Courriel;Téléphone;Organisation;Date d'adhésion;Tags\r\n"
          "Hélène;Dupont;helene@example.org;06 12 34 56 78;Café Fort;25/11/2024;vélo, bois\r\n"
          "Françoise;Noël;francoise@example.org;;Café Fort;01/02/2023;\r\n"
          "Noël;Lefèvre;noel@example.org;+44 20 7946 0958;;31/12/2022;bois\r\n")


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def empty_sqlite(template_db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second, empty database, to import an export into."""
    dest = tmp_path / "other.sqlite"
    with sqlite3.connect(template_db) as src, sqlite3.connect(dest) as dst:
        src.backup(dst)
    eng = make_engine(dest)
    yield eng
    eng.dispose()


def test_windows_1252_french_file_imports_with_accents(engine: Engine, tmp_path: Path) -> None:
    report = member_import.import_file(engine, write(tmp_path, FRENCH, "cp1252"))
    assert (report.created, report.updated, report.written) == (3, 0, True)
    assert report.encoding == "cp1252" and report.delimiter == ";"
    assert any("Windows-1252" in w for w in report.warnings)
    assert report.organizations_created == ["Café Fort"]
    helene = members.find(engine, "helene@example.org")
    assert (helene.first_name, helene.last_name, helene.phone) == ("Hélène", "Dupont",
                                                                    "+33612345678")
    assert helene.joined_on == date(2024, 11, 25)
    assert sorted(helene.tags) == ["bois", "vélo"]
    assert [(link.organization_name, link.role) for link in helene.links] == [
        ("Café Fort", "member")]
    francoise = members.find(engine, "FRANCOISE@example.org")
    assert (francoise.first_name, francoise.last_name) == ("Françoise", "Noël")
    assert francoise.joined_on == date(2023, 2, 1)
    assert members.find(engine, "noel@example.org").phone == "+442079460958"
    [org] = organizations.search(engine, OrganizationQuery())
    assert (org.name, org.kind) == ("Café Fort", "company")


def test_utf8_bom_comma_file_imports(engine: Engine, tmp_path: Path) -> None:
    text = "\ufeffFirst name,Last name,E-mail,Joined on\r\nZoé,Åberg,zoe@example.org,46351\r\n"
    report = member_import.import_file(engine, write(tmp_path, text))
    assert (report.created, report.encoding, report.delimiter) == (1, "utf-8-sig", ",")
    zoe = members.find(engine, "zoe@example.org")
    assert (zoe.first_name, zoe.last_name, zoe.joined_on) == ("Zoé", "Åberg", date(2026, 11, 25))


def test_one_bad_email_rejects_the_whole_file(engine: Engine, tmp_path: Path) -> None:
    members.create(engine, PersonInput(first_name="Déjà", last_name="Là"))
    before = members.count(engine)
    text = FRENCH.replace("francoise@example.org", "francoise(at)example.org")
    with pytest.raises(ValidationError) as err:
        member_import.import_file(engine, write(tmp_path, text))
    exc = err.value
    assert isinstance(exc, ImportRejected)
    assert exc.exit_code == 2
    assert exc.key == "csv_invalid_rows" and exc.params["count"] == 1
    message = exc.message("fr")
    assert "Ligne 3" in message and "E-mail" in message and "francoise(at)example.org" in message
    assert "Line 3" in exc.message("en")
    assert exc.report.errors == [(3, "email", exc.row_errors[0][1].message())]
    assert exc.report.written is False
    assert members.count(engine) == before
    assert organizations.search(engine, OrganizationQuery()) == []


def test_every_error_of_every_row_is_reported(engine: Engine, tmp_path: Path) -> None:
    text = ("Nom;Prénom;E-mail;Téléphone;Date d'adhésion;Consentement photo\n"
            "Martin;Paul;pas-un-mail;123;31/02/2024;oui\n"
            ";;ok@example.org;;;peut-être\n"
            "Durand;Léa;lea@example.org;;;non\n")
    with pytest.raises(ImportRejected) as err:
        member_import.import_file(engine, write(tmp_path, text))
    assert [(line, field) for line, field, _ in err.value.report.errors] == [
        (2, "email"), (2, "phone"), (2, "joined_on"), (3, "consent_photo")]
    assert err.value.params["count"] == 2
    assert members.count(engine) == 0


def test_skip_invalid_imports_the_other_rows(engine: Engine, tmp_path: Path) -> None:
    text = FRENCH.replace("francoise@example.org", "francoise(at)example.org")
    report = member_import.import_file(engine, write(tmp_path, text), skip_invalid=True)
    assert (report.created, report.updated, report.written) == (2, 0, True)
    assert [(line, field) for line, field, _ in report.errors] == [(3, "email")]
    assert members.count(engine) == 2
    assert [p.first_name for p in members.search(engine)] == ["Hélène", "Noël"]


def test_existing_email_in_another_case_updates(engine: Engine, tmp_path: Path) -> None:
    original = members.create(engine, PersonInput(
        first_name="Helene", last_name="Dupont", email="Helene@Example.org",
        phone="0612345678", notes="garder", tags=("ancien",), public_category="student"))
    text = ("Prénom;Nom;E-mail;Téléphone;Notes;Tags\n"
            "Hélène;Dupont;HELENE@EXAMPLE.ORG;;;nouveau\n")
    report = member_import.import_file(engine, write(tmp_path, text))
    assert (report.created, report.updated) == (0, 1)
    assert members.count(engine) == 1
    after = members.get(engine, original.id)
    assert after.first_name == "Hélène"
    # empty cells and absent columns leave what was known
    assert (after.phone, after.notes, after.public_category) == ("+33612345678", "garder",
                                                                 "student")
    assert after.tags == ("nouveau",)


def test_same_email_twice_in_the_file_names_both_lines(engine: Engine, tmp_path: Path) -> None:
    text = ("Nom;E-mail\nMartin;a@example.org\nDurand;b@example.org\nMartine;A@Example.org\n")
    with pytest.raises(ImportRejected) as err:
        member_import.import_file(engine, write(tmp_path, text))
    errors = err.value.report.errors
    assert [(line, field) for line, field, _ in errors] == [(2, "email"), (4, "email")]
    assert "ligne 4" in errors[0][2] and "ligne 2" in errors[1][2]
    assert members.count(engine) == 0
    report = member_import.import_file(engine, write(tmp_path, text), skip_invalid=True)
    assert report.created == 1
    assert [p.last_name for p in members.search(engine)] == ["Durand"]


def test_quoted_semicolons_and_line_breaks(engine: Engine, tmp_path: Path) -> None:
    text = ('Nom;Prénom;E-mail;Notes\r\n'
            '"Dupont; Fils";Jean;jean@example.org;"Ligne 1\r\nLigne 2 ; ""citée"""\r\n'
            'Bad;Row;mauvais;\r\n')
    with pytest.raises(ImportRejected) as err:
        member_import.import_file(engine, write(tmp_path, text))
    assert [line for line, _, _ in err.value.report.errors] == [4]   # physical line
    member_import.import_file(engine, write(tmp_path, text), skip_invalid=True)
    jean = members.find(engine, "jean@example.org")
    assert jean.last_name == "Dupont; Fils"
    assert jean.notes == 'Ligne 1\r\nLigne 2 ; "citée"'


def test_dry_run_writes_nothing_and_counts_exactly(engine: Engine, tmp_path: Path) -> None:
    members.create(engine, PersonInput(first_name="Hélène", last_name="Dupont",
                                       email="helene@example.org", phone="0611111111"))
    report = member_import.import_file(engine, write(tmp_path, FRENCH), dry_run=True)
    assert (report.created, report.updated) == (2, 1)
    assert report.organizations_created == ["Café Fort"]
    assert (report.dry_run, report.written) == (True, False)
    assert members.count(engine) == 1
    helene = members.find(engine, "helene@example.org")
    assert (helene.phone, helene.links, helene.tags) == ("+33611111111", (), ())
    assert organizations.search(engine, OrganizationQuery()) == []
    real = member_import.import_file(engine, write(tmp_path, FRENCH))
    assert (real.created, real.updated, real.organizations_created) == (
        report.created, report.updated, report.organizations_created)
    assert members.count(engine) == 3


def test_mapping_chosen_by_the_user(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path, "Qui;Contact;Pointure\nMartin;m@example.org;42\n")
    report = member_import.import_file(engine, path, mapping={0: "last_name", 1: "email"})
    assert report.created == 1
    assert report.warnings == ["Colonne « Pointure » non reconnue : ignorée."]
    assert members.find(engine, "m@example.org").last_name == "Martin"


def test_five_thousand_rows(engine: Engine, tmp_path: Path) -> None:
    lines = ["Prénom;Nom;E-mail;Téléphone;Organisation;Date d'adhésion;Tags;Newsletter"]
    lines += [f"Prénom{i};Nom{i};p{i}@example.org;06{i:08d};Org {i % 40};"
              f"{1 + i % 28:02d}/{1 + i % 12:02d}/2024;tag{i % 7}, commun;"
              f"{'oui' if i % 2 else 'non'}"
              for i in range(5000)]
    calls: list[tuple[int, int]] = []
    report = member_import.import_file(engine, write(tmp_path, "\n".join(lines)),
                                       progress=lambda done, total: calls.append((done, total)))
    assert report.created == 5000
    assert members.count(engine) == 5000
    assert len(report.organizations_created) == 40
    assert calls[-1] == (10000, 10000)
    assert len(calls) >= 25
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    p = members.find(engine, "p4321@example.org")
    assert (p.phone, p.joined_on, p.consent("newsletter")) == ("+33600004321",
                                                                date(2024, 2, 10), True)
    assert [link.organization_name for link in p.links] == ["Org 1"]


def test_export_then_import_gives_the_same_people(engine: Engine, empty_sqlite: Engine,
                                                  tmp_path: Path) -> None:
    organizations_in = ["Atelier Noël", "Coop & Fils"]
    for name in organizations_in:
        member_import.import_table(engine, read_table(f"Nom;Organisation\nx;{name}\n".encode()))
    members.archive(engine, [p.id for p in members.search(engine)])
    people = [
        PersonInput(first_name="Hélène", last_name="Le Clerc", email="Helene@example.org",
                    phone="06 12 34 56 78", public_category="student", joined_on="25/11/2024",
                    tags=("vélo", "bois"), organization="Atelier Noël", role="founder",
                    notes="=SOMME(A1:A9)\n- à suivre", consent_photo=True,
                    consent_newsletter=False),
        PersonInput(first_name="@Noël", last_name="-Françoise", email="fn@example.org",
                    phone="+44 20 7946 0958", joined_on="2023-01-31",
                    organization="Coop & Fils", consent_newsletter=True),
        PersonInput(last_name="Sans Rien"),
    ]
    for data in people:
        members.create(engine, data)
    second = members.find(engine, "helene@example.org")
    members.set_organizations(engine, second.id, [
        (link.organization_id, link.role) for link in second.links] + [
        (members.find(engine, "fn@example.org").links[0].organization_id, "manager")])

    path = tmp_path / "export.csv"
    assert member_import.export_file(engine, path) == 3          # archived people stay out
    raw = path.read_text("utf-8-sig")
    assert "'=SOMME" in raw and "'+44 20 7946 0958" in raw and "'@Noël" in raw

    report = member_import.import_file(empty_sqlite, path)
    assert (report.created, report.errors) == (3, [])

    def snapshot(eng: Engine) -> list[tuple[object, ...]]:
        out = []
        for row in members.search(eng):
            d = members.get(eng, row.id)
            out.append((d.first_name, d.last_name, d.email, d.phone, d.public_category,
                        d.joined_on, d.notes, sorted(d.tags),
                        [(lk.organization_name, lk.role) for lk in d.links],
                        {(c.kind, c.granted) for c in d.consents}))
        return out

    before, after = snapshot(engine), snapshot(empty_sqlite)
    assert after == before
    by_email = {person[2]: person for person in after}
    assert by_email["fn@example.org"][3] == "+442079460958"
    assert by_email["fn@example.org"][1] == "-Françoise"
    assert by_email["Helene@example.org"][6] == "=SOMME(A1:A9)\n- à suivre"
    assert by_email["Helene@example.org"][8] == [("Atelier Noël", "founder"),
                                                 ("Coop & Fils", "manager")]
    # members.apply records a first "no" as nothing: never asked and refused look alike
    assert by_email["Helene@example.org"][9] == {("photo", True)}
    assert by_email["fn@example.org"][9] == {("newsletter", True)}
    assert by_email[""][9] == set()


def test_export_follows_the_query(engine: Engine, tmp_path: Path) -> None:
    members.create(engine, PersonInput(last_name="Étudiant", public_category="student"))
    members.create(engine, PersonInput(last_name="Autre", public_category="other"))
    path = tmp_path / "students.csv"
    assert member_import.export_file(engine, path, MemberQuery(category="student")) == 1
    table = read_table(path)
    assert [cells[1] for _, cells in table.rows] == ["Étudiant"]


def test_several_organisations_in_one_cell(engine: Engine, tmp_path: Path) -> None:
    text = ("Nom;E-mail;Organisation;Rôle\n"
            "Martin;m@example.org;Atelier | Coop;Fondateur·rice | Stagiaire\n"
            "Durand;d@example.org;Atelier | Coop;Membre\n"
            "Bad;pas-un-mail;Atelier | Coop;Membre | Capitaine\n")
    with pytest.raises(ImportRejected) as err:
        member_import.import_file(engine, write(tmp_path, text))
    assert [(line, field) for line, field, _ in err.value.report.errors] == [
        (4, "email"), (4, "role")]
    report = member_import.import_file(engine, write(tmp_path, text), skip_invalid=True)
    assert (report.created, report.organizations_created) == (2, ["Atelier", "Coop"])
    martin = members.find(engine, "m@example.org")
    assert [(lk.organization_name, lk.role) for lk in martin.links] == [
        ("Atelier", "founder"), ("Coop", "intern")]
    durand = members.find(engine, "d@example.org")
    assert [lk.role for lk in durand.links] == ["member", "member"]


def test_import_can_withdraw_a_consent(engine: Engine, tmp_path: Path) -> None:
    person = members.create(engine, PersonInput(last_name="Martin", email="m@example.org",
                                                consent_photo=True))
    path = write(tmp_path, "Nom;E-mail;Consentement photo;Newsletter\nMartin;m@example.org;non;\n")
    report = member_import.import_file(engine, path)
    assert report.updated == 1
    after = members.get(engine, person.id)
    assert [(c.kind, c.granted) for c in after.consents] == [("photo", True), ("photo", False)]
    assert after.consent("photo") is False
    assert not [c for c in after.consents if c.kind == "newsletter"]
