from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar

from tierslieu.io.ics import booking_uid, bookings_to_ics, import_ics
from tierslieu.services import bookings, sites, spaces
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def _room(engine):  # type: ignore[no-untyped-def]
    site = sites.create(engine, "Site ICS")
    return spaces.create_resource(engine, ResourceInput(site.id, "Salle Curie", max_minutes=900))


def test_export_parses_back_with_the_right_instants(sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    room = _room(sqlite_engine)
    before = bookings.create(sqlite_engine, BookingRequest(
        room.id, datetime(2026, 3, 27, 9), datetime(2026, 3, 27, 10), title="Café & <réunion>",
        as_staff=True), now=NOW)
    after = bookings.create(sqlite_engine, BookingRequest(
        room.id, datetime(2026, 3, 30, 9), datetime(2026, 3, 30, 10), as_staff=True), now=NOW)
    bookings.cancel(sqlite_engine, after.id, now=NOW)
    rows = bookings.between(sqlite_engine, NOW, datetime(2026, 4, 1, tzinfo=UTC),
                            include_cancelled=True)
    cal = Calendar.from_ical(bookings_to_ics(rows))
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    first = events[booking_uid(before.id)]
    assert first.decoded("dtstart") == datetime(2026, 3, 27, 8, tzinfo=UTC)  # UTC+1
    assert str(first["summary"]) == "Café & <réunion>"
    second = events[booking_uid(after.id)]
    assert second.decoded("dtstart") == datetime(2026, 3, 30, 7, tzinfo=UTC)  # UTC+2 now
    assert str(second["status"]) == "CANCELLED" and int(second["sequence"]) == 1


def test_import_books_events_and_reports_conflicts(sqlite_engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    room = _room(sqlite_engine)
    taken = bookings.create(sqlite_engine, BookingRequest(
        room.id, datetime(2026, 4, 2, 14), datetime(2026, 4, 2, 15), as_staff=True), now=NOW)
    ics = tmp_path / "ext.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Paris:20260401T100000\r\n"
        "DTEND;TZID=Europe/Paris:20260401T120000\r\nSUMMARY:Atelier externe\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260402T123000Z\r\nDTEND:20260402T133000Z\r\n"
        "SUMMARY:Collision\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n", encoding="utf-8")
    report = import_ics(sqlite_engine, ics, room.id)
    assert len(report.booked) == 1
    assert report.conflicts and report.conflicts[0][0] == "Collision"
    assert f"#{taken.id}" in report.conflicts[0][1]
    made = bookings.get(sqlite_engine, report.booked[0])
    assert made.start_at == datetime(2026, 4, 1, 8, tzinfo=UTC)
