"""The period of a report: a calendar month or a calendar year, half-open [start, end).

Bounds are local dates of the tiers-lieu (Europe/Paris unless a site says otherwise);
instants stored in UTC are compared with the UTC instants of those local midnights, so
a booking at 00:30 on 1 November (Paris) belongs to November even though it is still
31 October in UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from tierslieu import timeutil
from tierslieu.errors import ValidationError

MONTHS_FR, MONTHS_EN = timeutil.MONTHS_FR, timeutil.MONTHS_EN
SHORT_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc.")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True, order=True)
class Period:
    """A month (``month`` 1-12) or a whole year (``month`` None)."""

    year: int
    month: int | None = None

    @property
    def kind(self) -> str:
        return "year" if self.month is None else "month"

    @property
    def key(self) -> str:
        """``2026-10`` for a month, ``2026`` for a year (the open-data and JSON key)."""
        return str(self.year) if self.month is None else f"{self.year:04d}-{self.month:02d}"

    @property
    def start(self) -> date:
        return date(self.year, self.month or 1, 1)

    @property
    def end(self) -> date:
        """The first day *after* the period (exclusive bound)."""
        if self.month is None or self.month == 12:
            return date(self.year + 1, 1, 1)
        return date(self.year, self.month + 1, 1)

    def bounds_utc(self, tz_name: str | None = None) -> tuple[datetime, datetime]:
        """[start, end) as UTC instants of the local midnights in ``tz_name``."""
        return (timeutil.day_bounds_utc(self.start, tz_name)[0],
                timeutil.day_bounds_utc(self.end, tz_name)[0])

    def previous(self) -> Period:
        """The month before (or the year before)."""
        if self.month is None:
            return Period(self.year - 1)
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year,
                                                                         self.month - 1)

    def last_year(self) -> Period:
        """The same month (or the year) one year earlier."""
        return Period(self.year - 1, self.month)

    def months(self) -> list[Period]:
        """The months of the period (itself for a month)."""
        if self.month is not None:
            return [self]
        return [Period(self.year, m) for m in range(1, 13)]

    def label(self, lang: str = "fr") -> str:
        """« octobre 2026 », "October 2026", « 2026 »."""
        if self.month is None:
            return str(self.year)
        names = MONTHS_EN if lang == "en" else MONTHS_FR
        return f"{names[self.month - 1]} {self.year}"

    def short_label(self, lang: str = "fr") -> str:
        """« oct. » / "Oct" for a month (chart axes); the year for a year."""
        if self.month is None:
            return str(self.year)
        return MONTHS_EN[self.month - 1][:3] if lang == "en" else SHORT_FR[self.month - 1]

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end


def _year(value: int, field: str, raw: str) -> int:
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError("report_year_invalid", field, value=raw)
    return value


def parse_month(value: str, field: str = "month") -> Period:
    """``2026-10`` -> the month of October 2026; anything else is a ValidationError."""
    raw = (value or "").strip()
    m = _MONTH.match(raw)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError("report_month_invalid", field, value=raw)
    return Period(_year(int(m.group(1)), field, raw), int(m.group(2)))


def parse_year(value: str | int, field: str = "year") -> Period:
    raw = str(value).strip()
    if not _YEAR.match(raw):
        raise ValidationError("report_year_invalid", field, value=raw)
    return Period(_year(int(raw), field, raw))


def parse_period(value: str, field: str = "period") -> Period:
    """A month (``2026-10``) or a year (``2026``)."""
    raw = (value or "").strip()
    return parse_year(raw, field) if _YEAR.match(raw) else parse_month(raw, field)
