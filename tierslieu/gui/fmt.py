"""Display formats for the GUI, in the chosen language's conventions.

French: ``25/11/2026``, ``12 345``, ``3,5``, ``1 234,50 €``, ``12,5 %``. English is
British English: the day still comes first (``25/11/2026``, the 24-hour clock), but
``12,345``, ``3.5``, ``€1,234.50``, ``12.5%``. Times are Europe/Paris unless a site's zone
is given.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from tierslieu import timeutil
from tierslieu.i18n import current_language

PARIS = timeutil.zone(timeutil.DEFAULT_TZ)

# French groups thousands with a narrow no-break space, so "12 345" never wraps
_FR_GROUP = "\u202f"


def fmt_date(d: date | datetime | None) -> str:
    """``25/11/2026``; empty for no date (a datetime shows its Paris calendar day)."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = to_local(d).date()
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def to_local(dt: datetime, zone: ZoneInfo = PARIS) -> datetime:
    """Instants are stored in UTC; a naive value is therefore read as UTC."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(zone)


def fmt_datetime(dt: datetime | None, zone: ZoneInfo = PARIS) -> str:
    """``25/11/2026 14:30`` in the site's wall time (Europe/Paris by default)."""
    if dt is None:
        return ""
    local = to_local(dt, zone)
    return f"{fmt_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def fmt_count(n: int, lang: str | None = None) -> str:
    """``12 345`` in French, ``12,345`` in English."""
    grouped = f"{n:,}"
    if (lang or current_language()) == "en":
        return grouped
    return grouped.replace(",", _FR_GROUP)


def sort_date(d: date | None) -> date:
    """A sort key that puts missing dates first without comparing None to a date."""
    return d if d is not None else date.min


def fmt_decimal(value: float | int | None, places: int = 1, lang: str | None = None) -> str:
    """``3,5`` in French, ``3.5`` in English, thousands grouped; empty for no value."""
    if value is None:
        return ""
    text = f"{value:,.{places}f}"
    if (lang or current_language()) == "en":
        return text
    return text.replace(",", _FR_GROUP).replace(".", ",")


def fmt_percent(value: float | int | None, places: int = 1, lang: str | None = None) -> str:
    """``12,5 %`` (a no-break space before the sign) in French, ``12.5%`` in English."""
    if value is None:
        return ""
    number = fmt_decimal(value, places, lang)
    return f"{number}%" if (lang or current_language()) == "en" else f"{number}\u00a0%"


def fmt_money(cents: int | None, lang: str | None = None, *, decimals: bool = True) -> str:
    """``1 234,50 €`` / ``€1,234.50`` from integer cents (:func:`tierslieu.money.format_euros`)."""
    from tierslieu.money import format_euros

    return "" if cents is None else format_euros(cents, lang, decimals=decimals)
