from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tierslieu.errors import PermissionDenied, ValidationError
from tierslieu.services import bookings, kiosk, members, sites, spaces
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import PersonInput
from tierslieu.services.spaces import ResourceInput

NOW = datetime(2026, 11, 25, 8, tzinfo=UTC)


def test_identify_by_email_or_badge_and_pin(engine) -> None:  # type: ignore[no-untyped-def]
    p = members.create(engine, PersonInput(first_name="Zoé", last_name="Martin",
                                           email="zoe@exemple.fr"))
    with pytest.raises(ValidationError):
        kiosk.set_credentials(engine, p.id, "12")
    kiosk.set_credentials(engine, p.id, "4821", badge_code="B-0042")
    assert kiosk.identify(engine, "ZOE@exemple.fr", "4821").person_id == p.id
    assert kiosk.identify(engine, "B-0042", "4821").display_name == "Zoé Martin"
    with pytest.raises(PermissionDenied) as wrong:
        kiosk.identify(engine, "zoe@exemple.fr", "0000")
    with pytest.raises(PermissionDenied) as unknown:
        kiosk.identify(engine, "personne@exemple.fr", "4821")
    assert wrong.value.message() == unknown.value.message()  # no user enumeration


def test_kiosk_sees_others_as_reserved(engine) -> None:  # type: ignore[no-untyped-def]
    site = sites.create(engine, "K")
    room = spaces.create_resource(engine, ResourceInput(site.id, "Salle"))
    a = members.create(engine, PersonInput(first_name="A", last_name="Un"))
    b = members.create(engine, PersonInput(first_name="B", last_name="Deux"))
    bookings.create(engine, BookingRequest(room.id, datetime(2026, 12, 1, 10),
                                           datetime(2026, 12, 1, 11), a.id, "Secret"), now=NOW)
    mine = bookings.create(engine, BookingRequest(room.id, datetime(2026, 12, 1, 14),
                                                  datetime(2026, 12, 1, 15), b.id, "Moi"),
                           now=NOW)
    user = kiosk.KioskUser(b.id, "B Deux")
    slots = kiosk.occupancy(engine, user, NOW, datetime(2026, 12, 2, tzinfo=UTC))
    assert [(s.label, s.mine, s.id) for s in slots] == [("Réservé", False, None),
                                                       ("Moi", True, mine.id)]
