"""Field validation shared by forms, the CLI and CSV import.

Each ``check_*`` returns the normalised value or raises a field-named
:class:`ValidationError`; :class:`Collector` gathers several at once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Literal, TypeVar, overload

from tierslieu import i18n
from tierslieu.errors import ValidationError, ValidationErrors
from tierslieu.text import clean

T = TypeVar("T")

NAME_MAX = 200
NOTES_MAX = 10_000
TAG_MAX = 80
# deliberately minimal: one @, a non-empty local part, a dotted domain, no spaces
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class Collector:
    """Run several checks and raise all their errors together."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, fn: Callable[[], T], default: T) -> T:
        try:
            return fn()
        except ValidationErrors as exc:
            self.errors.extend(exc.errors)
        except ValidationError as exc:
            self.errors.append(exc)
        return default

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)


def text(value: str | None, field: str, *, max_len: int = NAME_MAX,
         required: bool = False) -> str:
    value = clean(value)
    if required and not value:
        raise ValidationError("required", field)
    if len(value) > max_len:
        raise ValidationError("too_long", field, max=max_len)
    return value


def notes(value: str | None, field: str = "notes") -> str:
    # keep line breaks in notes, only trim the ends
    import unicodedata

    value = unicodedata.normalize("NFC", value or "").strip()
    if len(value) > NOTES_MAX:
        raise ValidationError("too_long", field, max=NOTES_MAX)
    return value


def email(value: str | None, field: str = "email") -> str | None:
    value = clean(value).replace(" ", "")
    if not value:
        return None
    if len(value) > 320 or not _EMAIL.match(value):
        raise ValidationError("email_invalid", field, value=value)
    return value


def email_key(value: str | None) -> str | None:
    return value.casefold() if value else None


def phone(value: str | None, field: str = "phone") -> str:
    """E.164 form (+33612345678) of a French or international number."""
    import phonenumbers

    raw = clean(value)
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, "FR")
    except phonenumbers.NumberParseException:
        raise ValidationError("phone_invalid", field, value=raw) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone_invalid", field, value=raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@functools.lru_cache(maxsize=65536)
def format_phone(e164: str) -> str:
    """Display form: national for French numbers (06 12 34 56 78), international otherwise."""
    if not e164:
        return ""
    if len(e164) == 12 and e164.startswith("+33") and e164[3] in "12345679" \
            and e164[3:].isdigit():
        # what phonenumbers prints for these French numbers (checked on every valid one
        # of a large random sample; 08 numbers differ), without its ~35 µs per number:
        # the members list formats 10,000 of them
        d = e164[3:]
        return f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:9]}"
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "FR")
    except phonenumbers.NumberParseException:
        return e164
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 33
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt)


@overload
def choice(value: str | None, field: str, allowed: Iterable[str], *,
           required: Literal[True]) -> str: ...
@overload
def choice(value: str | None, field: str, allowed: Iterable[str], *,
           required: bool = False) -> str | None: ...
def choice(value: str | None, field: str, allowed: Iterable[str], *,
           required: bool = False) -> str | None:
    """A code from ``allowed``; also accepts its French or English label."""
    allowed = tuple(allowed)
    raw = clean(value)
    if not raw:
        if required:
            raise ValidationError("required", field)
        return None
    from tierslieu.text import fold

    found = _choice_names(allowed).get(fold(raw).replace(" ", "_")) or \
        _choice_names(allowed).get(fold(raw))
    if found:
        return found
    raise ValidationError("choice_invalid", field, value=raw,
                          allowed=", ".join(i18n.choice_label(c) for c in allowed))


@functools.lru_cache(maxsize=64)
def _choice_names(allowed: tuple[str, ...]) -> dict[str, str]:
    """Every accepted spelling (code, French and English labels, gendered forms), folded,
    -> its code; built once per list of choices, not once per CSV row."""
    from tierslieu.text import fold

    names: dict[str, str] = {}
    for code in reversed(allowed):  # the first code wins a shared spelling, as before
        fr = i18n.choice_label(code, "fr")
        for name in (code, fr, i18n.choice_label(code, "en"), *gendered_forms(fr)):
            names[fold(name)] = code
    return names


def _feminine(match: re.Match[str]) -> str:
    base, suffix = match.group(1), match.group(2)
    if base.endswith("eur") and suffix == "rice":      # Fondateur·rice -> Fondatrice
        return base[:-3] + "rice"
    if base.endswith("eur") and suffix == "se":        # Chercheur·se -> Chercheuse
        return base[:-1] + "se"
    return base + suffix                                # Salarié·e -> Salariée


def gendered_forms(label: str) -> tuple[str, str]:
    """Masculine and feminine forms of an inclusive label ("Demandeur·se d'emploi")."""
    masculine = re.sub(r"(\w+)·(\w+)", r"\1", label)
    feminine = re.sub(r"(\w+)·(\w+)", _feminine, label)
    return masculine, feminine


_DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(value: str | date | None, field: str) -> date | None:
    """DD/MM/YYYY (never MM/DD), DD/MM/YY, ISO, or an Excel serial (1900 system)."""
    if value is None or isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    raw = clean(value)
    if not raw:
        return None
    if raw.isdigit() and 20000 <= int(raw) <= 80000:
        from datetime import timedelta

        return date(1899, 12, 30) + timedelta(days=int(raw))
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValidationError("date_invalid", field, value=raw)


def siret(value: str | None, field: str = "siret") -> str:
    from stdnum.fr import siren as stdsiren
    from stdnum.fr import siret as stdsiret

    raw = clean(value)
    if not raw:
        return ""
    digits = re.sub(r"[\s.\-]", "", raw)
    if len(digits) == 14 and stdsiret.is_valid(digits):
        return digits
    if len(digits) == 9 and stdsiren.is_valid(digits):
        return digits
    raise ValidationError("siret_invalid", field, value=raw)


def vat_number(value: str | None, field: str = "vat_number") -> str:
    from stdnum.eu import vat as stdvat

    raw = clean(value)
    if not raw:
        return ""
    try:
        return str(stdvat.validate(raw))
    except Exception:  # stdnum raises several ValidationError subclasses
        raise ValidationError("vat_invalid", field, value=raw) from None


def tags(values: Iterable[str] | str | None, field: str = "tags") -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = re.split(r"[,;|]", values)
    seen: dict[str, str] = {}
    from tierslieu.text import fold

    for raw in values:
        name = clean(raw)
        if not name:
            continue
        if len(name) > TAG_MAX:
            raise ValidationError("too_long", field, max=TAG_MAX)
        seen.setdefault(fold(name), name)
    return list(seen.values())
