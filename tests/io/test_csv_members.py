"""CSV parsing and writing of members, on the kinds of files spreadsheets really produce."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from tierslieu.errors import ValidationError
from tierslieu.io.csv_members import (
    MemberExport,
    guess_mapping,
    parse_bool,
    protect,
    read_table,
    rows_to_inputs,
    write_members,
)
from tierslieu.services import members

FRENCH_HEADER = "Prénom;Nom;Courriel;Téléphone;Organisation;Date d'adhésion;Tags"


def test_utf8_bom_with_commas_and_english_headers() -> None:
    data = codecs.BOM_UTF8 + (
        "First name,Last name,Email,Phone,Company\r\n"
        "Hélène,Dupont,helene@example.org,06 12 34 56 78,Atelier Noël\r\n").encode()
    table = read_table(data)
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.headers[0] == "First name"          # no BOM glued to the first header
    assert table.warnings == []
    [(line, person)] = rows_to_inputs(table)
    assert line == 2
    assert (person.first_name, person.last_name, person.email, person.organization) == (
        "Hélène", "Dupont", "helene@example.org", "Atelier Noël")


def test_windows_1252_semicolons_french_headers_keep_accents(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes((FRENCH_HEADER + "\r\n"
                      "Françoise;Noël;fn@example.org;0612345678;Café Fort;25/11/2024;vélo\r\n")
                     .encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert [w.key for w in table.warnings] == ["csv_encoding"]
    assert "Windows-1252" in table.warnings[0].message("fr")
    [(_, person)] = rows_to_inputs(table)
    assert (person.first_name, person.last_name, person.organization, person.tags) == (
        "Françoise", "Noël", "Café Fort", "vélo")
    assert members.validate(person)["joined_on"] == date(2024, 11, 25)


def test_quoted_delimiters_quotes_and_line_breaks_keep_physical_line_numbers() -> None:
    data = ("Nom;Prénom;Notes\r\n"
            '"Le;Clerc";Anne;"première ligne\r\nseconde ""citée"""\r\n'
            "Martin;Paul;\r\n").encode()
    table = read_table(data)
    assert table.rows == [
        (2, ["Le;Clerc", "Anne", 'première ligne\r\nseconde "citée"']),
        (4, ["Martin", "Paul", ""]),
    ]


def test_blank_lines_empty_rows_and_empty_trailing_columns_are_ignored() -> None:
    data = b"\r\nNom;Prenom;;\r\nMartin;Paul;;\r\n;;;\r\n\r\nDurand;Lea;;\r\n"
    table = read_table(data)
    assert table.header_line == 2
    assert table.headers == ["Nom", "Prenom"]
    assert table.rows == [(3, ["Martin", "Paul"]), (6, ["Durand", "Lea"])]
    assert table.warnings == []


def test_excel_sep_line_sets_the_delimiter() -> None:
    table = read_table(b"sep=,\r\nNom;x,E-mail\r\nA;b,a@example.org\r\n")
    assert table.delimiter == ","
    assert table.rows == [(3, ["A;b", "a@example.org"])]


def test_utf16_unicode_text_export_with_tabs() -> None:
    data = codecs.BOM_UTF16_LE + "Nom\tPrénom\r\nNoël\tÉmile\r\n".encode("utf-16-le")
    table = read_table(data)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows == [(2, ["Noël", "Émile"])]


def test_utf8_and_windows_1252_mixed_in_one_file_is_refused_with_the_line() -> None:
    data = ("Nom;Prénom\nDupont;Hélène\n".encode()
            + "Noël;Françoise\n".encode("cp1252"))
    with pytest.raises(ValidationError) as err:
        read_table(data)
    assert (err.value.key, err.value.params["line"]) == ("csv_mixed_encoding", 3)


def test_windows_1252_french_typography_is_not_taken_for_utf8() -> None:
    text = "Nom;Notes\nMARTIN;«\xa0CAFÉ\xa0» RÉSUMÉ\xa0: l’été…\n"
    table = read_table(text.encode("cp1252"))
    assert table.encoding == "cp1252"
    assert table.rows == [(2, ["MARTIN", "«\xa0CAFÉ\xa0» RÉSUMÉ\xa0: l’été…"])]


@pytest.mark.parametrize("header", ["Nom;E-mail;nom", "Nom;Email;E-mail", "Nom;Prénom;PRENOM"])
def test_duplicate_headers_are_refused(header: str) -> None:
    with pytest.raises(ValidationError) as err:
        read_table((header + "\nA;b;c\n").encode())
    assert err.value.key == "csv_duplicate_header"
    assert err.value.exit_code == 2


def test_unknown_columns_are_warned_and_ignored() -> None:
    table = read_table(b"Nom;Pointure;E-mail;Mail\nMartin;42;m@example.org;autre@example.org\n")
    assert [(w.key, w.params["value"]) for w in table.warnings] == [
        ("csv_unknown_column", "Pointure"), ("csv_unknown_column", "Mail")]
    [(_, person)] = rows_to_inputs(table)
    assert person.email == "m@example.org"        # the first e-mail column wins


def test_headers_match_without_case_accents_or_punctuation() -> None:
    headers = ["PRENOM", "nom de famille", "Adresse e-mail", "Tél.", "Date d\u2019adhésion",
               "Consentement photo (oui/non)", "Newsletter", "Compétences", "Structure",
               "Member since", "Catégorie", "Rôle", "Commentaire", "Mobile *"]
    assert guess_mapping(headers) == {
        0: "first_name", 1: "last_name", 2: "email", 3: "phone", 4: "joined_on",
        5: "consent_photo", 6: "consent_newsletter", 7: "tags", 8: "organization",
        9: None, 10: "public_category", 11: "role", 12: "notes", 13: None}


def test_a_file_without_name_columns_is_refused() -> None:
    table = read_table(b"E-mail;Telephone\na@example.org;0612345678\n")
    with pytest.raises(ValidationError) as err:
        rows_to_inputs(table)
    assert err.value.key == "csv_no_header"


def test_mapping_override_and_same_field_twice() -> None:
    table = read_table(b"Col A;Col B\nMartin;m@example.org\n")
    [(_, person)] = rows_to_inputs(table, {0: "last_name", 1: "email"})
    assert (person.last_name, person.email) == ("Martin", "m@example.org")
    with pytest.raises(ValidationError) as err:
        rows_to_inputs(table, {0: "last_name", 1: "last_name"})
    assert (err.value.key, err.value.params["value"]) == ("csv_duplicate_header", "Col B")


def test_more_values_than_columns_is_a_row_error_not_a_shift() -> None:
    table = read_table(b"Nom;E-mail\nMartin;m@example.org\nDupont;Jean;d@example.org\n")
    errors: list[tuple[int, ValidationError]] = []
    inputs = rows_to_inputs(table, errors=errors)
    assert [line for line, _ in inputs] == [2]
    assert [(line, e.key) for line, e in errors] == [(3, "csv_too_many_cells")]


@pytest.mark.parametrize(("cell", "expected"), [
    ("oui", True), ("Non", False), ("YES", True), ("no", False), ("1", True), ("0", False),
    ("x", True), ("Vrai", True), ("faux", False), ("TRUE", True), ("false", False),
    ("", None), ("  ", None)])
def test_yes_no_cells(cell: str, expected: bool | None) -> None:
    assert parse_bool(cell, "consent_photo") is expected


def test_bad_yes_no_cell_is_a_row_error_naming_the_field() -> None:
    table = read_table("Nom;Consentement photo\nMartin;peut-être\nDurand;oui\n".encode())
    errors: list[tuple[int, ValidationError]] = []
    inputs = rows_to_inputs(table, errors=errors)
    assert [(line, p.consent_photo) for line, p in inputs] == [(3, True)]
    [(line, err)] = errors
    assert (line, err.field) == (2, "consent_photo")
    assert "Consentement photo" in err.message("fr")


@pytest.mark.parametrize("cell", ["46351", "46351.0", "25/11/2026", "25/11/26", "2026-11-25",
                                  "25/11/2026 00:00:00", "2026-11-25 00:00"])
def test_date_cells_from_spreadsheets(cell: str) -> None:
    table = read_table(f"Nom;Date d'adhésion\nMartin;{cell}\n".encode())
    [(_, person)] = rows_to_inputs(table)
    assert members.validate(person)["joined_on"] == date(2026, 11, 25)


def test_tags_split_on_commas_semicolons_and_bars() -> None:
    table = read_table(b'Nom,Tags\nMartin,"bois; metal| design, bois"\n')
    [(_, person)] = rows_to_inputs(table)
    assert members.validate(person)["tags"] == ["bois", "metal", "design"]


@pytest.mark.parametrize(("data", "key"), [
    (b"", "csv_empty"), (b"\r\n \r\n", "csv_empty"), (b"sep=;\r\n", "csv_empty"),
    (b"PK\x03\x04\x14\x00\x06\x00", "csv_is_spreadsheet"),
    (b"Nom\n\x81\x8d\x8f\n", "file_unreadable")])
def test_unusable_files(data: bytes, key: str) -> None:
    with pytest.raises(ValidationError) as err:
        read_table(data)
    assert err.value.key == key


def test_missing_file_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        read_table(tmp_path / "absent.csv")
    assert err.value.key == "file_unreadable"
    assert "absent.csv" in err.value.message("fr")


# -- writing ------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "written"), [
    ("=1+1", "'=1+1"), ("+33612345678", "'+33612345678"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"), ("abc", "abc"), ("'abc", "'abc"),
    ("a=b", "a=b"), ("", "")])
def test_protect(cell: str, written: str) -> None:
    assert protect(cell) == written


def test_formula_cells_are_neutralised_and_come_back_unchanged(tmp_path: Path) -> None:
    tricky = ["=HYPERLINK(\"http://x\")", "+33612345678", "-liste", "@cmd", "'=déjà", "'texte"]
    people = [MemberExport(first_name="Ana", last_name=f"N{i}", notes=value)
              for i, value in enumerate(tricky)]
    path = tmp_path / "out.csv"
    write_members(people, path)
    raw = path.read_text("utf-8-sig")
    assert "'=HYPERLINK" in raw and "'+33612345678" in raw and "''=déjà" in raw
    table = read_table(path)
    notes = table.headers.index("Notes")
    assert [cells[notes] for _, cells in table.rows] == tricky


def test_french_excel_format(tmp_path: Path) -> None:
    person = MemberExport(
        first_name="Hélène", last_name="Le;Clerc", email="h@example.org", phone="06 12 34 56 78",
        public_category="student", joined_on=date(2026, 11, 5),
        organizations=("Atelier", "Coop"), roles=("founder", "member"), tags=("bois", "vélo"),
        notes="deux\nlignes", consent_photo=True, consent_newsletter=False)
    path = tmp_path / "fr.csv"
    assert write_members([person], path) == 1
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ("Prénom;Nom;E-mail;Téléphone;Organisation;Rôle;Catégorie;"
                        "Date d'adhésion;Tags;Notes;Consentement photo;Consentement newsletter")
    assert lines[1].startswith('Hélène;"Le;Clerc";h@example.org;06 12 34 56 78;Atelier | Coop;'
                               "Fondateur·rice | Membre;Étudiant·e;05/11/2026;bois, vélo;")
    assert lines[1].endswith(';"deux\nlignes";oui;non')
    assert lines[2:] == [""]
    [(_, back)] = rows_to_inputs(read_table(path))
    assert (back.last_name, back.notes, back.consent_photo, back.consent_newsletter) == (
        "Le;Clerc", "deux\nlignes", True, False)


def test_plain_format(tmp_path: Path) -> None:
    person = MemberExport(first_name="Ana", last_name="Lopez", public_category="student",
                          joined_on=date(2026, 11, 5), consent_photo=None)
    path = tmp_path / "en.csv"
    write_members([person], path, excel_fr=False)
    data = path.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    assert data.decode().split("\r\n")[:2] == [
        "First name,Last name,E-mail,Phone,Organisation,Role,Category,Joined on,Tags,Notes,"
        "Photo consent,Newsletter consent",
        "Ana,Lopez,,,,,student,2026-11-05,,,,"]
    table = read_table(path)
    assert guess_mapping(table.headers) == dict(enumerate(
        ["first_name", "last_name", "email", "phone", "organization", "role", "public_category",
         "joined_on", "tags", "notes", "consent_photo", "consent_newsletter"]))


def test_unwritable_path_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        write_members([], tmp_path / "missing-folder" / "out.csv")
    assert err.value.key == "file_unwritable"
