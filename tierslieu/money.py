"""Money: integer cents in, integer cents out; euros only at the edges (input, display).

One parser and one formatter for the whole application, so "1 234,50 €" reads and prints
the same in the CLI, the dialogs and the reports. Never a float.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tierslieu.errors import ValidationError
from tierslieu.i18n import current_language
from tierslieu.text import clean

_AMOUNT = re.compile(r"^\d+([.,]\d{1,2})?$")
_SPACES = re.compile(r"[\s\u00a0\u202f]")
NNBSP, NBSP = "\u202f", "\u00a0"


def parse_euros(value: Decimal | int | str | None, field: str) -> int | None:
    """Integer cents from euros ("25", "25,50", "1 234,50 €"); None when empty.

    Negative amounts, more than two decimals, "1.234,50" (ambiguous) and floats are refused.
    """
    if value is None:
        return None
    if isinstance(value, (bool, float)):
        raise ValidationError("amount_invalid", field, value=value)
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    else:
        text = _SPACES.sub("", clean(value)).removesuffix("€").removesuffix("EUR")
        if not text:
            return None
        if not _AMOUNT.match(text.removeprefix("-")):
            raise ValidationError("amount_invalid", field, value=clean(value))
        if text.startswith("-"):
            raise ValidationError("number_min", field, value=clean(value), min=0)
        amount = Decimal(text.replace(",", "."))
    if amount < 0:
        raise ValidationError("number_min", field, value=amount, min=0)
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValidationError("amount_invalid", field, value=amount)
    return int(cents)


def format_euros(cents: int, lang: str | None = None, *, decimals: bool = True) -> str:
    """``1 234,50 €`` in French (narrow no-break spaces), ``€1,234.50`` in English."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    if (lang or current_language()) == "en":
        return f"{sign}€{units:,}" + (f".{rest:02d}" if decimals else "")
    grouped = f"{units:,}".replace(",", NNBSP)
    return f"{sign}{grouped}" + (f",{rest:02d}" if decimals else "") + f"{NBSP}€"
