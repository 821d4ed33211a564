"""Local wall time <-> UTC instants, refusing what the clock change makes ambiguous.

Instants are stored in UTC; opening hours, recurrence and display are in the site's
local time. On the last Sunday of March 02:00-02:59 does not exist in Europe/Paris, and on
the last Sunday of October 02:00-02:59 happens twice: both get a clear error (or, for the
fold, an explicit choice), never a silent shift.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from tierslieu.errors import ValidationError

DEFAULT_TZ = "Europe/Paris"


@lru_cache(maxsize=64)
def zone(name: str | None) -> ZoneInfo:
    return ZoneInfo(name or DEFAULT_TZ)


def is_nonexistent(local: datetime, tz: ZoneInfo) -> bool:
    aware = local.replace(tzinfo=tz)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return back != local.replace(tzinfo=None, fold=0)


def is_ambiguous(local: datetime, tz: ZoneInfo) -> bool:
    a = local.replace(tzinfo=tz, fold=0).utcoffset()
    b = local.replace(tzinfo=tz, fold=1).utcoffset()
    return a != b


def to_utc(local: datetime, tz_name: str | None, field: str = "start", *,
           fold: int | None = None) -> datetime:
    """The UTC instant of a naive local wall time in ``tz_name``.

    A nonexistent time raises ``time_nonexistent`` (suggesting the next valid hour); an
    ambiguous one raises ``time_ambiguous`` unless ``fold`` (0 = first, 1 = second) says
    which of the two is meant.
    """
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    tz = zone(tz_name)
    if is_nonexistent(local, tz):
        suggestion = (local.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)
                      .replace(tzinfo=None))
        raise ValidationError("time_nonexistent", field, value=fmt_local(local),
                              suggestion=suggestion.strftime("%H:%M"))
    if is_ambiguous(local, tz):
        if fold is None:
            raise ValidationError("time_ambiguous", field, value=fmt_local(local))
        return local.replace(tzinfo=tz, fold=fold).astimezone(UTC)
    return local.replace(tzinfo=tz).astimezone(UTC)


def to_local(instant: datetime, tz_name: str | None) -> datetime:
    """The aware local time of a UTC instant."""
    return instant.astimezone(zone(tz_name))


def local_naive(instant: datetime, tz_name: str | None) -> datetime:
    return to_local(instant, tz_name).replace(tzinfo=None)


def duration(start: datetime, end: datetime) -> timedelta:
    """Real elapsed time: computed in UTC (same-zone subtraction uses wall clock)."""
    return end.astimezone(UTC) - start.astimezone(UTC)


def fmt_local(value: datetime) -> str:
    return value.strftime("%d/%m/%Y %H:%M")


def day_bounds_utc(day: date, tz_name: str | None) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day as UTC instants (23 or 25 h around DST)."""
    tz = zone(tz_name)
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def parse_local(value: str, field: str = "start") -> datetime:
    """``2026-12-01T10:00``, ``2026-12-01 10:00`` or ``01/12/2026 10:00`` -> naive local."""
    raw = value.strip()
    for fmt in ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(raw, fmt)
        except ValueError:
            continue
    raise ValidationError("datetime_invalid", field, value=raw)


def local_today(tz_name: str | None = None) -> date:
    """Today where the tiers-lieu is (Europe/Paris by default), not on the machine's clock
    zone: at 00:30 in Paris a UTC machine still says yesterday."""
    return to_local(datetime.now(UTC), tz_name).date()


# month names for « octobre 2026 » / "October 2026" (reports, invoices, the Reports page)
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
