"""Small pieces shared by the billing modules: months, proration, French wording."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from tierslieu import timeutil
from tierslieu.errors import ValidationError
from tierslieu.money import format_euros

MONTHS_FR = timeutil.MONTHS_FR
# what a booking of a resource kind draws from: meeting-room time or desk days
UNIT_BY_KIND = {"meeting_room": "room_minutes", "hot_desk_zone": "desk_days",
                "desk": "desk_days"}
UNIT_LABELS = {"room_minutes": "Salles de réunion", "desk_days": "Jours de coworking"}
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_MONTH_FR = re.compile(r"^\s*(\d{1,2})/(\d{4})\s*$")


@dataclass(frozen=True)
class Month:
    """A calendar month: ``Month.parse("2026-11")``."""

    year: int
    month: int

    @classmethod
    def parse(cls, value: str | date | Month, field: str = "month") -> Month:
        if isinstance(value, Month):
            return value
        if isinstance(value, date):
            return cls(value.year, value.month)
        m = _MONTH.match(value or "")
        if m:
            year, month = int(m.group(1)), int(m.group(2))
        else:
            fr = _MONTH_FR.match(value or "")
            if not fr:
                raise ValidationError("month_invalid", field, value=value)
            month, year = int(fr.group(1)), int(fr.group(2))
        if not 1 <= month <= 12 or not 2000 <= year <= 2200:
            raise ValidationError("month_invalid", field, value=value)
        return cls(year, month)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    @property
    def last(self) -> date:
        return date(self.year, self.month, self.days)

    @property
    def label(self) -> str:
        """``novembre 2026``."""
        return f"{MONTHS_FR[self.month - 1]} {self.year}"

    @property
    def of_label(self) -> str:
        """``de novembre 2026``, ``d'octobre 2026``."""
        return ("d'" if self.label[0] in "aeiouyâéè" else "de ") + self.label

    def next(self) -> Month:
        return Month.parse(self.last + timedelta(days=1))

    def __str__(self) -> str:
        return self.key


def half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half up, for non-negative integers."""
    return (2 * numerator + denominator) // (2 * denominator)


def prorate(amount: int, days: int, month_days: int) -> int:
    """The share of a monthly amount for ``days`` days of a ``month_days``-day month."""
    return amount if days >= month_days else half_up(amount * days, month_days)


def vat_of(base_cents: int, rate_bp: int) -> int:
    """VAT on a base, rounded half up to the cent (half away from zero for credits)."""
    sign = -1 if base_cents < 0 else 1
    return sign * half_up(abs(base_cents) * rate_bp, 10_000)


def overlap(a_start: date, a_end: date | None, b_start: date, b_end: date
            ) -> tuple[date, date] | None:
    """The common days of [a_start, a_end] (open when None) and [b_start, b_end]."""
    start = max(a_start, b_start)
    end = min(a_end or b_end, b_end)
    return (start, end) if start <= end else None


def d(value: date | None) -> str:
    """``25/11/2026``."""
    return value.strftime("%d/%m/%Y") if value else ""


def euros(cents: int) -> str:
    return format_euros(cents, "fr")


def rate(rate_bp: int) -> str:
    """``20 %``, ``5,5 %``."""
    whole, rest = divmod(rate_bp, 100)
    text = f"{whole}" if not rest else f"{whole},{rest:02d}".rstrip("0")
    return f"{text}\u00a0%"


def amount_of(unit: str, amount: int) -> str:
    """``3 h 30`` for meeting-room minutes, ``2 jours`` for desk days."""
    if unit == "room_minutes":
        sign = "-" if amount < 0 else ""
        hours, minutes = divmod(abs(amount), 60)
        return f"{sign}{hours}\u00a0h\u00a0{minutes:02d}"
    return f"{amount}\u00a0jour" + ("s" if abs(amount) > 1 else "")


def quantity_text(milli: int) -> str:
    """``1``, ``1,5``, ``0,333`` (thousandths, French decimal comma)."""
    whole, rest = divmod(milli, 1000)
    return f"{whole}" if not rest else f"{whole},{rest:03d}".rstrip("0")
