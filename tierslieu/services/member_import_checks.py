"""The field checks of a CSV import: :mod:`tierslieu.services.validation`'s, each distinct
value checked once, French numbers without libphonenumber's parser.

A file of 10,000 members repeats first names, last names, categories, dates and skills:
their checks run once per distinct value (a failed check is not remembered, so each bad
line raises its own error, named exactly as :func:`members.validate` names it). Phone
numbers are nearly all distinct; libphonenumber's ``parse`` took 40 µs of the 60 µs per
number. A number written the French way (``06 12 34 56 78``, ``0612345678``,
``+33 6 12 34 56 78``) is read here and checked against libphonenumber's own French
patterns, as its validity test does; anything else, and any number these patterns
refuse, goes through :func:`validation.phone` (its result or its error).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import Any, TypeVar

from tierslieu.services import validation as v

T = TypeVar("T")

# "0X XX XX XX XX" (spaces, dots or nothing between pairs), "+33 X XX XX XX XX", "+33XXXXXXXXX"
_FRENCH = re.compile(r"(?:0|\+33 ?)([1-9])([ .]?)([0-9]{2})\2([0-9]{2})\2([0-9]{2})\2([0-9]{2})")
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager",
          "uan", "voicemail", "fixed_line", "mobile")


@cache
def _french_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """libphonenumber's French general pattern and its number types' patterns as one
    alternation (``is_valid_number``: the general one and any type's), compiled once."""
    from phonenumbers import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region("FR")
    assert meta is not None, "libphonenumber knows France"

    def pattern(desc: Any) -> str | None:
        if desc is None or not desc.national_number_pattern:
            return None
        if desc.possible_length and 9 not in desc.possible_length:
            return None       # the number type has no 9-digit numbers
        return f"(?:{desc.national_number_pattern})"

    general = pattern(meta.general_desc)
    names = [n for n in _TYPES if not (n == "mobile" and meta.same_mobile_and_fixed_line_pattern)]
    types = [p for p in (pattern(getattr(meta, n)) for n in names) if p is not None]
    assert general is not None and types
    return re.compile(general), re.compile("|".join(types))


def french_phone(raw: str) -> str | None:
    """The E.164 form of a valid French number written the French way, else None."""
    m = _FRENCH.fullmatch(raw)
    if m is None:
        return None
    national = m.group(1) + m.group(3) + m.group(4) + m.group(5) + m.group(6)
    general, types = _french_patterns()
    if general.fullmatch(national) and types.fullmatch(national):
        return "+33" + national
    return None


class ImportChecks:
    """Drop-in for :mod:`validation` in :func:`members.validate` (the functions it calls),
    remembering each distinct value's outcome for one import."""

    def __init__(self) -> None:
        self._seen: dict[tuple[Any, ...], Any] = {}

    def _once(self, key: tuple[Any, ...], check: Callable[[], T]) -> T:
        try:
            return self._seen[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        except TypeError:          # an unhashable value: checked every time
            return check()
        value = self._seen[key] = check()
        return value

    def text(self, value: str | None, field: str, **kw: Any) -> str:
        return self._once(("text", value, field, *kw.items()),
                          lambda: v.text(value, field, **kw))

    def email(self, value: str | None, field: str = "email") -> str | None:
        return v.email(value, field)           # nearly always distinct: nothing to share

    def phone(self, value: str | None, field: str = "phone") -> str:
        if value:
            fast = french_phone(value.strip())
            if fast is not None:
                return fast
        return self._once(("phone", value, field), lambda: v.phone(value, field))

    def choice(self, value: str | None, field: str, allowed: Iterable[str],
               **kw: Any) -> str | None:
        allowed = tuple(allowed)
        return self._once(("choice", value, field, allowed, *kw.items()),
                          lambda: v.choice(value, field, allowed, **kw))

    def parse_date(self, value: str | date | None, field: str) -> date | None:
        return self._once(("date", value, field), lambda: v.parse_date(value, field))

    def notes(self, value: str | None, field: str = "notes") -> str:
        return self._once(("notes", value, field), lambda: v.notes(value, field))

    def tags(self, values: Iterable[str] | str | None, field: str = "tags") -> list[str]:
        key = values if isinstance(values, str | None) else tuple(values)
        return list(self._once(("tags", key, field), lambda: tuple(v.tags(key, field))))
