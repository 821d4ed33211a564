"""Members as CSV: read what real spreadsheets produce, write what French Excel opens.

Reading is forgiving about form (BOM or not, Windows-1252, ``;``/``,``/tab, French or
English headers, Excel's ``sep=`` line) and strict about meaning: a duplicate header, a
row with more values than columns or an unreadable encoding is an error, never a guess.
Nothing here touches the database; :mod:`tierslieu.services.member_import` does.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tierslieu.errors import ValidationError, ValidationErrors
from tierslieu.i18n import choice_label, field_label, translate
from tierslieu.services.dto import PersonInput
from tierslieu.text import clean, compact, fold

# Field names a column can feed; the order is the export's column order.
FIELDS = ("first_name", "last_name", "email", "phone", "organization", "role",
          "public_category", "joined_on", "tags", "notes", "consent_photo",
          "consent_newsletter")

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("Prénom", "Prénoms", "First name", "Firstname", "Given name"),
    "last_name": ("Nom", "Nom de famille", "Last name", "Lastname", "Surname", "Family name"),
    "email": ("E-mail", "Email", "Courriel", "Mail", "Adresse e-mail", "Adresse mail",
              "Adresse électronique", "E-mail address", "Email address"),
    "phone": ("Téléphone", "Tel", "Tél", "Phone", "Mobile", "Portable", "Téléphone portable",
              "Numéro de téléphone", "Phone number"),
    "organization": ("Organisation", "Organization", "Structure", "Entreprise", "Company",
                     "Société"),
    "role": ("Rôle", "Role"),
    "joined_on": ("Date d'adhésion", "Adhésion", "Joined", "Joined on", "Member since",
                  "Membre depuis"),
    "public_category": ("Catégorie", "Category", "Public"),
    "tags": ("Tags", "Compétences", "Skills", "Étiquettes"),
    "notes": ("Notes", "Note", "Commentaire", "Commentaires", "Comment", "Comments"),
    "consent_photo": ("Consentement photo", "Photo consent", "Droit à l'image"),
    "consent_newsletter": ("Consentement newsletter", "Newsletter", "Newsletter consent",
                           "Lettre d'information"),
}

# "Consentement photo (oui/non)" and "Nom *" still match: bracketed hints and symbols go
_HINT = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def header_key(header: str) -> str:
    """Case-, accent- and punctuation-free header: "Date d'adhésion" -> "datedadhesion"."""
    return compact(_HINT.sub("", clean(header)))


_ALIAS_INDEX: dict[str, str] = {
    header_key(alias): name for name, aliases in HEADER_ALIASES.items() for alias in aliases}

_TRUE = {"oui", "o", "yes", "y", "1", "x", "vrai", "true"}
_FALSE = {"non", "n", "no", "0", "faux", "false"}

# A cell that a spreadsheet would run as a formula; the export prefixes it with "'".
# Counting leading quotes keeps export/import a bijection: "'=x" is written "''=x".
_DANGEROUS = re.compile(r"'*[=+\-@\t\r]")
_PROTECTED = re.compile(r"'+[=+\-@\t\r]")

# UTF-8 for é/à/ç..., ’/“/…/€ and nbsp/«/»/°: read as Windows-1252 they are "Ã©", "â€™",
# "Â«", pairs real French Windows-1252 text does not contain
_UTF8_SEQUENCE = re.compile(
    rb"\xc3[\x80-\xbf]|\xe2\x80[\x80-\xbf]|\xe2\x82\xac|\xc2[\xa0-\xbf]")
_SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")   # xlsx/ods (zip), old .xls (OLE)


@dataclass
class Notice:
    """A warning about the file, translated when shown."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return translate(self.key, lang, **self.params)


@dataclass
class ParsedTable:
    """A CSV file as cells: nothing validated yet, ready for a mapping wizard."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]        # (physical line of the row's start, cells)
    encoding: str = "utf-8"
    delimiter: str = ","
    warnings: list[Notice] = field(default_factory=list)
    header_line: int = 1


@dataclass(frozen=True)
class MemberExport:
    """One exported person: a :class:`PersonRow` plus what a round trip needs."""

    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    public_category: str = ""
    joined_on: date | None = None
    organizations: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()                # aligned with ``organizations``
    tags: tuple[str, ...] = ()
    notes: str = ""
    consent_photo: bool | None = None          # None: never asked
    consent_newsletter: bool | None = None


# -- reading ------------------------------------------------------------------------------

def _load(source: str | os.PathLike[str] | bytes) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray):
        return bytes(source), "<données>"
    try:
        return Path(source).read_bytes(), str(source)
    except OSError as exc:
        raise ValidationError("file_unreadable", "file", value=str(source),
                              reason=exc.strerror or type(exc).__name__) from exc


def _decode(data: bytes, name: str) -> tuple[str, str, list[Notice]]:
    if data.startswith(_SPREADSHEET_MAGIC):
        raise ValidationError("csv_is_spreadsheet", "file", value=name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError as exc:
            raise ValidationError("file_unreadable", "file", value=name,
                                  reason="UTF-16") from exc
    try:
        encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
        return data.decode("utf-8-sig"), encoding, []
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    if _UTF8_SEQUENCE.search(data):
        # valid UTF-8 accents *and* invalid bytes: read as Windows-1252, the UTF-8 part
        # would silently become "Ã©"; better to stop and say where
        raise ValidationError("csv_mixed_encoding", "file", value=name,
                              line=data.count(b"\n", 0, bad_at) + 1)
    try:
        # what French Excel writes as "CSV (séparateur : point-virgule)"
        return data.decode("cp1252"), "cp1252", [Notice("csv_encoding")]
    except UnicodeDecodeError as exc:
        raise ValidationError("file_unreadable", "file", value=name,
                              reason="UTF-8 / Windows-1252") from exc


def _sniff_delimiter(line: str) -> str:
    """The separator used most often outside quotes; ties prefer ``;`` (French Excel)."""
    counts = {";": 0, "\t": 0, ",": 0}
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    priority = {";": 2, "\t": 1, ",": 0}
    best = max(counts, key=lambda d: (counts[d], priority[d]))
    return best if counts[best] else ","


def _unprotect(cell: str) -> str:
    # nearly no cell starts with a quote: the regex only for those (80,000 cells a file)
    return cell[1:] if cell[:1] == "'" and _PROTECTED.match(cell) else cell


def read_table(source: str | os.PathLike[str] | bytes) -> ParsedTable:
    """Parse a CSV file (path or bytes) into headers and rows, with warnings."""
    data, name = _load(source)
    text, encoding, notices = _decode(data, name)
    if not text.strip():
        raise ValidationError("csv_empty", "file")
    # the same line breaks as the csv module's reader: CRLF, LF or a lone CR
    physical = re.split(r"\r\n|\r|\n", text)
    sep_hint = re.fullmatch(r'"?sep=(.)"?', physical[0].strip())   # Excel's own hint line
    header_text = next((line for line in physical[1 if sep_hint else 0:] if line.strip()), None)
    if header_text is None:
        raise ValidationError("csv_empty", "file")
    delimiter = sep_hint.group(1) if sep_hint else _sniff_delimiter(header_text)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    header_line = 1
    rows: list[tuple[int, list[str]]] = []
    previous_end = 0
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if (sep_hint and start == 1) or not any(c.strip() for c in cells):
                continue          # the sep= line and blank lines
            if headers is None:
                headers, header_line = [clean(c) for c in cells], start
                while headers and not headers[-1]:
                    headers.pop()
                continue
            while len(cells) > len(headers) and not cells[-1].strip():
                cells.pop()
            rows.append((start, [_unprotect(c) for c in cells]))
    except csv.Error as exc:
        raise ValidationError("file_unreadable", "file", value=name,
                              reason=f"ligne {reader.line_num} : {exc}") from exc
    if not headers:
        raise ValidationError("csv_empty", "file")
    _check_duplicate_headers(headers)
    table = ParsedTable(headers, rows, encoding, delimiter, notices, header_line)
    table.warnings.extend(mapping_notices(headers, guess_mapping(headers)))
    return table


def _check_duplicate_headers(headers: list[str]) -> None:
    seen: set[str] = set()
    for header in headers:
        key = header_key(header)
        if key and key in seen:
            raise ValidationError("csv_duplicate_header", "file", value=header)
        seen.add(key)


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    """Column index -> field name (None: ignored). The first column for a field wins."""
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = _ALIAS_INDEX.get(header_key(header))
        if name in taken:
            name = None
        if name:
            taken.add(name)
        mapping[index] = name
    return mapping


def mapping_notices(headers: list[str], mapping: dict[int, str | None]) -> list[Notice]:
    """Warnings for the named columns a mapping leaves out."""
    return [Notice("csv_unknown_column", {"value": header})
            for index, header in enumerate(headers) if header and not mapping.get(index)]


def _check_mapping(headers: list[str], mapping: dict[int, str | None]) -> None:
    used: set[str] = set()
    for index, name in sorted(mapping.items()):
        if not name:
            continue
        if name not in FIELDS:
            raise ValueError(f"unknown field {name!r} in the column mapping")
        if name in used:
            header = headers[index] if index < len(headers) else str(index + 1)
            raise ValidationError("csv_duplicate_header", "file", value=header)
        used.add(name)
    if not used & {"first_name", "last_name"}:
        raise ValidationError("csv_no_header", "file")


def parse_bool(value: str, field_name: str) -> bool | None:
    """oui/non, yes/no, 1/0, x, vrai/faux, true/false; empty means "not said"."""
    if not value or value.isspace():       # most cells of an import: nothing said
        return None
    key = fold(clean(value))
    if not key:
        return None
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValidationError("choice_invalid", field_name, value=clean(value),
                          allowed="oui, non")


_MIDNIGHT = re.compile(r"(\S+)\s+0?0:00(:00)?")
_SERIAL = re.compile(r"(\d+)[.,]0+")


def _date_cell(value: str) -> str:
    """Undo spreadsheet decorations: "25/11/2026 00:00:00" and the serial "46351.0"."""
    raw = clean(value)
    midnight = _MIDNIGHT.fullmatch(raw) if " " in raw else None   # clean() made spaces " "
    if midnight:
        return midnight.group(1)
    serial = _SERIAL.fullmatch(raw)
    return serial.group(1) if serial else raw


def rows_to_inputs(table: ParsedTable, mapping: dict[int, str | None] | None = None, *,
                   errors: list[tuple[int, ValidationError]] | None = None,
                   ) -> list[tuple[int, PersonInput]]:
    """One :class:`PersonInput` per data row, with the line it starts on.

    Problems the CSV layer alone can see (a yes/no cell that is neither, more values than
    columns) go to ``errors`` as ``(line, error)``, and their rows are left out; without an
    ``errors`` list the first one is raised.
    """
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    _check_mapping(table.headers, mapping)
    columns = [(index, name) for index, name in sorted(mapping.items()) if name]
    width = len(table.headers)
    out: list[tuple[int, PersonInput]] = []
    for line, cells in table.rows:
        try:
            extra = [c for c in cells[width:] if c.strip()]
            if extra:
                raise ValidationError("csv_too_many_cells", None, count=len(extra),
                                      delimiter=table.delimiter.replace("\t", "tab"))
            raw = {name: (cells[index] if index < len(cells) else "") for index, name in columns}
            out.append((line, _to_input(raw)))
        except ValidationError as exc:
            if errors is None:
                raise
            errors.append((line, exc))
    return out


def _to_input(raw: dict[str, str]) -> PersonInput:
    def blank_none(name: str) -> str | None:
        return raw.get(name, "").strip() or None

    tags = raw.get("tags", "")
    bad: list[ValidationError] = []
    consents: dict[str, bool | None] = {}
    for name in ("consent_photo", "consent_newsletter"):
        try:
            consents[name] = parse_bool(raw.get(name, ""), name)
        except ValidationError as exc:
            bad.append(exc)
    if bad:
        raise ValidationErrors(bad)
    return PersonInput(
        first_name=raw.get("first_name", ""), last_name=raw.get("last_name", ""),
        email=blank_none("email"), phone=raw.get("phone", ""),
        public_category=blank_none("public_category"),
        joined_on=_date_cell(raw.get("joined_on", "")) or None,
        notes=raw.get("notes", ""), tags=tags if tags.strip() else (),
        organization=blank_none("organization"), role=blank_none("role"),
        consent_photo=consents["consent_photo"],
        consent_newsletter=consents["consent_newsletter"])


# -- writing ------------------------------------------------------------------------------

def protect(cell: str) -> str:
    """Prefix a cell a spreadsheet would evaluate (=, +, -, @, tab, CR) with ``'``."""
    return "'" + cell if _DANGEROUS.match(cell) else cell


def _latest_consent(consents: Iterable[Any], kind: str) -> bool | None:
    granted = None
    for c in consents:
        if c.kind == kind:
            granted = bool(c.granted)
    return granted


def as_export(obj: Any) -> MemberExport:
    """A :class:`MemberExport` from itself, a ``PersonRow`` or a ``PersonDetail``."""
    if isinstance(obj, MemberExport):
        return obj
    links = getattr(obj, "links", None)
    if links:
        orgs = tuple(link.organization_name for link in links)
        roles = tuple(link.role for link in links)
    else:
        orgs = tuple(getattr(obj, "organizations", ()))
        roles = tuple(getattr(obj, "roles", ()))
    consents = getattr(obj, "consents", None)
    if consents is not None:
        photo = _latest_consent(consents, "photo")
        newsletter = _latest_consent(consents, "newsletter")
    else:
        photo = getattr(obj, "consent_photo", None)
        newsletter = getattr(obj, "consent_newsletter", None)
    return MemberExport(
        first_name=obj.first_name, last_name=obj.last_name, email=obj.email or "",
        phone=getattr(obj, "phone_display", None) or obj.phone or "",
        public_category=obj.public_category or "", joined_on=obj.joined_on,
        organizations=orgs, roles=roles, tags=tuple(getattr(obj, "tags", ())),
        notes=getattr(obj, "notes", "") or "", consent_photo=photo,
        consent_newsletter=newsletter)


def export_cells(member: MemberExport, *, excel_fr: bool = True) -> list[str]:
    def label(code: str) -> str:
        return choice_label(code, "fr") if excel_fr and code else code

    def yes_no(value: bool | None) -> str:
        if value is None:
            return ""
        return ("oui" if value else "non") if excel_fr else ("yes" if value else "no")

    joined = ""
    if member.joined_on:
        joined = member.joined_on.strftime("%d/%m/%Y") if excel_fr else member.joined_on.isoformat()
    roles = member.roles if member.organizations else ()
    cells = [member.first_name, member.last_name, member.email, member.phone,
             " | ".join(member.organizations), " | ".join(label(r) for r in roles),
             label(member.public_category), joined, ", ".join(member.tags), member.notes,
             yes_no(member.consent_photo), yes_no(member.consent_newsletter)]
    return [protect(c) for c in cells]


def export_headers(*, excel_fr: bool = True) -> list[str]:
    return [field_label(name, "fr" if excel_fr else "en") for name in FIELDS]


def write_members(rows: Iterable[Any], path: str | os.PathLike[str], *,
                  excel_fr: bool = True) -> int:
    """Write people to ``path``; returns how many.

    ``excel_fr``: ``;``, UTF-8 with BOM, French headers and labels, DD/MM/YYYY (what a
    French Excel opens by double-click). Otherwise ``,``, UTF-8, English headers, codes and
    ISO dates. Either way the file imports back unchanged.
    """
    count = 0
    try:
        with open(path, "w", encoding="utf-8-sig" if excel_fr else "utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";" if excel_fr else ",", lineterminator="\r\n")
            writer.writerow(export_headers(excel_fr=excel_fr))
            for obj in rows:
                writer.writerow(export_cells(as_export(obj), excel_fr=excel_fr))
                count += 1
    except OSError as exc:
        raise ValidationError("file_unwritable", "file", value=str(path),
                              reason=exc.strerror or type(exc).__name__) from exc
    return count
