"""The members' kiosk: identification by e-mail or badge plus PIN, self-service booking.

The kiosk calls the same booking service as the front desk with ``as_staff=False``, so
every member rule (cut-offs, opening hours, staff-only rooms) applies; it sees other
members' bookings only as "reserved".
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import Person
from tierslieu.errors import ConflictError, PermissionDenied, ValidationError
from tierslieu.services import bookings
from tierslieu.services.bookings import BookingRow
from tierslieu.services.validation import email_key

_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def _verify(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                             p=int(p), maxmem=64 * 1024 * 1024)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def set_credentials(engine: Engine, person_id: int, pin: str, badge_code: str | None = None) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError("pin_invalid", "pin")
    with transaction(engine) as s:
        person = s.get_one(Person, person_id)
        if badge_code:
            other = s.scalar(select(Person.id).where(Person.badge_code == badge_code.strip()))
            if other is not None and other != person_id:
                raise ConflictError("badge_taken", "badge_code", value=badge_code)
            person.badge_code = badge_code.strip()
        person.pin_hash = hash_pin(pin)


@dataclass(frozen=True)
class KioskUser:
    person_id: int
    display_name: str


_DUMMY = hash_pin("000000")


def identify(engine: Engine, identifier: str, pin: str) -> KioskUser:
    """The member behind an e-mail or badge code and PIN. The same error, and about the
    same time, whether the member is unknown or the PIN wrong."""
    ident = identifier.strip()
    with transaction(engine, readonly=True) as s:
        row = s.execute(select(Person.id, Person.first_name, Person.last_name, Person.pin_hash)
                        .where(Person.status == "active",
                               or_(Person.email_key == email_key(ident),
                                   Person.badge_code == ident))).first()
    if row is None or not row.pin_hash:
        _verify(pin, _DUMMY)
        raise PermissionDenied("kiosk_bad_credentials")
    if not _verify(pin, row.pin_hash):
        raise PermissionDenied("kiosk_bad_credentials")
    return KioskUser(row.id, f"{row.first_name} {row.last_name}".strip())


@dataclass(frozen=True)
class KioskSlot:
    """A booking as the kiosk shows it: other members' bookings are anonymous."""

    id: int | None
    resource_id: int
    start_at: datetime
    end_at: datetime
    mine: bool
    label: str
    checked_in: bool


def occupancy(engine: Engine, user: KioskUser, start: datetime, end: datetime,
              resource_ids: list[int] | None = None) -> list[KioskSlot]:
    from tierslieu.i18n import translate

    reserved = translate("kiosk_reserved")
    out = []
    for b in bookings.between(engine, start, end, resource_ids=resource_ids):
        if b.status != "confirmed":
            continue
        mine = b.person_id == user.person_id
        out.append(KioskSlot(b.id if mine else None, b.resource_id, b.start_at, b.end_at, mine,
                             (b.title or b.resource_name) if mine else reserved,
                             b.checked_in_at is not None))
    return out


def my_bookings(engine: Engine, user: KioskUser, start: datetime, end: datetime) -> list[BookingRow]:
    return [b for b in bookings.between(engine, start, end, person_id=user.person_id)
            if b.status == "confirmed"]
