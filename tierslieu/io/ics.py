"""iCalendar export and import of bookings (the ``icalendar`` library).

Export: stable UIDs (``booking-<id>@<host id>``), SEQUENCE from the booking's change
counter, cancelled bookings as STATUS:CANCELLED, instants in UTC. Import: each VEVENT of
a file becomes a staff booking on one resource (closures, external events); events that
collide are reported, not booked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from tierslieu import security
from tierslieu.services.bookings import BookingRow

PRODID = "-//TiersLieu//TiersLieu 0.1//FR"
UID_DOMAIN = "tierslieu.local"


def booking_uid(booking_id: int) -> str:
    return f"booking-{booking_id}@{UID_DOMAIN}"


def bookings_to_ics(rows: Iterable[BookingRow], *, name: str = "TiersLieu") -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for b in rows:
        ev = Event()
        ev.add("uid", booking_uid(b.id))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", b.start_at.astimezone(UTC))
        ev.add("dtend", b.end_at.astimezone(UTC))
        ev.add("sequence", b.sequence)
        ev.add("summary", b.title or b.resource_name)
        ev.add("location", b.resource_name)
        if b.person_name:
            ev.add("description", b.person_name)
        ev.add("status", "CANCELLED" if b.status == "cancelled" else "CONFIRMED")
        cal.add_component(ev)
    return cal.to_ical()


def write_ics(rows: Iterable[BookingRow], path: str | Path, *, name: str = "TiersLieu") -> Path:
    path = Path(path)
    path.write_bytes(bookings_to_ics(rows, name=name))
    return path


@dataclass
class IcsImportReport:
    booked: list[int] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (summary, message)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _instant(value: object, tz_name: str, *, end: bool = False) -> datetime:
    from tierslieu import timeutil

    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating time: the site's wall clock
            return timeutil.to_utc(value, tz_name, "end" if end else "start", fold=0)
        return value.astimezone(UTC)
    if isinstance(value, date):  # all-day: local midnight
        return timeutil.to_utc(datetime.combine(value, time(0)), tz_name, fold=0)
    raise ValueError(f"unsupported date value {value!r}")


def import_ics(engine, path: str | Path, resource_id: int) -> IcsImportReport:  # type: ignore[no-untyped-def]
    """Book each event of the file on ``resource_id`` (as staff); report conflicts."""
    security.require("bookings.staff")
    from icalendar import Calendar

    from tierslieu.errors import ConflictError, ValidationError
    from tierslieu.services import bookings, spaces
    from tierslieu.services.bookings import BookingRequest

    resource = spaces.get_resource(engine, resource_id)
    cal = Calendar.from_ical(Path(path).read_bytes())
    report = IcsImportReport()
    for ev in cal.walk("VEVENT"):
        summary = str(ev.get("summary", ""))[:200]
        if str(ev.get("status", "")).upper() == "CANCELLED":
            report.skipped.append((summary, "cancelled"))
            continue
        try:
            start = _instant(ev.decoded("dtstart"), resource.timezone)
            if ev.get("dtend") is not None:
                end = _instant(ev.decoded("dtend"), resource.timezone, end=True)
            else:
                end = start + (ev.decoded("duration") if ev.get("duration") is not None
                               else timedelta(days=1))
            row = bookings.create(engine, BookingRequest(
                resource_id, start, end, title=summary or "Fermeture", as_staff=True,
                outside_hours=True),
                now=start - timedelta(seconds=1))
            report.booked.append(row.id)
        except ConflictError as exc:
            report.conflicts.append((summary, exc.message()))
        except (ValidationError, ValueError, KeyError) as exc:
            msg = exc.message() if isinstance(exc, ValidationError) else str(exc)
            report.skipped.append((summary, msg))
    return report
