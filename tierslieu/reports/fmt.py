"""How a figure reads in a report: French (1 234,5 h · 63,4 % · 1 234,56 €) or English.

One formatter per unit, used by the PDF documents and by the tests that look for the
``report indicators --json`` figures in the PDF text: both sides format the same way.
Thousands are separated by a narrow no-break space (U+202F) in French, and a no-break
space (U+00A0) ties a number to its unit so a table cell never breaks between them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tierslieu.money import NBSP, NNBSP, format_euros

COUNT_UNITS = ("people", "organisations", "startups", "bookings", "sessions", "milestones",
               "applications", "days", "resources", "subscriptions", "events", "registrations",
               "visits")
NOT_RECORDED = ("non renseigné", "not recorded")
WHOLE_EUROS = 100_00   # changes of money from 100 € on are shown in whole euros


def not_recorded(lang: str) -> str:
    return NOT_RECORDED[1] if lang == "en" else NOT_RECORDED[0]


def rounded(numerator: int | float | Decimal, denominator: int | float | Decimal = 1,
            places: int = 1) -> float:
    """``numerator / denominator`` rounded half up (not to even), as a float for JSON."""
    q = Decimal(numerator) / Decimal(denominator)
    return float(q.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def number(value: int | float, lang: str = "fr", decimals: int = 0) -> str:
    """``1 234,5`` (fr, narrow no-break space) or ``1,234.5`` (en)."""
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", NNBSP).replace(".", ",")


def _trimmed(value: float, lang: str) -> str:
    text = number(value, lang, 2)
    sep = "." if lang == "en" else ","
    if sep in text:
        text = text.rstrip("0").rstrip(sep)
    return text


def _pct_space(lang: str) -> str:
    """French puts a (no-break) space before %, English none."""
    return "" if lang == "en" else NBSP


def value(v: Any, unit: str, lang: str = "fr") -> str:
    """One scalar figure with its unit; None reads « non renseigné »."""
    if v is None:
        return not_recorded(lang)
    if unit == "hours":
        return f"{number(v, lang, 1)}{NBSP}h"
    if unit == "percent":
        return f"{number(v, lang, 1)}{_pct_space(lang)}%"
    if unit == "cents":
        return format_euros(int(v), lang)
    if unit == "fte":
        return f"{_trimmed(v, lang)}{NBSP}{'FTE' if lang == 'en' else 'ETP'}"
    if isinstance(v, float) and not v.is_integer():
        return number(v, lang, 1)
    return number(int(v), lang)


def change(current: Any, before: Any, unit: str, lang: str = "fr") -> str:
    """The change from ``before`` to ``current``: ``+12 (+8,3 %)``, ``-2,1 pts``, ``—``."""
    if current is None or before is None or not isinstance(current, (int, float)) \
            or not isinstance(before, (int, float)):
        return "—"
    diff = current - before
    if diff == 0:
        return "±0"
    sign = "+" if diff > 0 else "-"
    if unit == "percent":
        return f"{sign}{number(abs(rounded(diff)), lang, 1)}{NBSP}pts"
    if unit != "cents":
        shown = value(abs(diff), unit, lang)
    elif abs(diff) >= WHOLE_EUROS:  # a change of 1 129,90 € reads +1 130 €: tables stay narrow
        shown = format_euros(int(rounded(abs(diff), 100, 0)) * 100, lang, decimals=False)
    else:
        shown = format_euros(abs(int(diff)), lang)
    if before == 0:
        return f"{sign}{shown}"
    pct = rounded(abs(diff) * 100, abs(before))
    return f"{sign}{shown} ({sign}{number(pct, lang, 1)}{_pct_space(lang)}%)"


def day(d: date | datetime | None, lang: str = "fr") -> str:
    """25/11/2026 (fr) or 2026-11-25 (en); datetimes are shown in Paris time."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        from tierslieu import timeutil

        d = timeutil.to_local(d, None).date()
    return d.isoformat() if lang == "en" else d.strftime("%d/%m/%Y")
