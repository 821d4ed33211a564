"""The members' kiosk: identification by e-mail or badge plus PIN, self-service booking.

The kiosk calls the same booking service as the front desk with ``as_staff=False``, so
every member rule (cut-offs, opening hours, staff-only rooms) applies; it sees other
members' bookings only as "reserved".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import KioskPinState, Person
from tierslieu.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from tierslieu.services import audit, auth, bookings
from tierslieu.services.bookings import BookingRow
from tierslieu.services.validation import email_key

# CNIL: a short code is blocked after 3 failed attempts, until the staff unblocks it
MAX_PIN_FAILURES = 3


def hash_pin(pin: str) -> str:
    """Argon2id, like passwords (older scrypt hashes still verify, then get re-made)."""
    return auth.hash_secret(pin)


def set_credentials(engine: Engine, person_id: int, pin: str, badge_code: str | None = None) -> None:
    security.require("kiosk.credentials")
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError("pin_invalid", "pin")
    with transaction(engine) as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFoundError("person_not_found", ref=str(person_id))
        if badge_code:
            other = s.scalar(select(Person.id).where(Person.badge_code == badge_code.strip()))
            if other is not None and other != person_id:
                raise ConflictError("badge_taken", "badge_code", value=badge_code)
            person.badge_code = badge_code.strip()
        person.pin_hash = hash_pin(pin)
        state = s.get(KioskPinState, person_id)
        if state is not None:
            state.failures, state.blocked_at = 0, None
        audit.record(s, "kiosk.credentials", "person", person_id, {"badge": bool(badge_code)})


def unblock_pin(engine: Engine, person_id: int) -> None:
    """The staff unblocks a PIN blocked after 3 failures."""
    security.require("kiosk.credentials")
    with transaction(engine) as s:
        if s.get(Person, person_id) is None:
            raise NotFoundError("person_not_found", ref=str(person_id))
        state = s.get(KioskPinState, person_id)
        if state is not None:
            state.failures, state.blocked_at = 0, None
        audit.record(s, "kiosk.unblock", "person", person_id)


def pin_blocked(engine: Engine, person_id: int) -> bool:
    security.require("kiosk.credentials")
    with transaction(engine, readonly=True) as s:
        state = s.get(KioskPinState, person_id)
        return state is not None and state.blocked_at is not None


@dataclass(frozen=True)
class KioskUser:
    person_id: int
    display_name: str


def identify(engine: Engine, identifier: str, pin: str, *,
             now: datetime | None = None) -> KioskUser:
    """The member behind an e-mail or badge code and PIN. The same error, and about the
    same time, whether the member is unknown or the PIN wrong; after 3 failures in a row
    the PIN is blocked (``kiosk_pin_blocked``) until the staff unblocks it."""
    security.require("kiosk.identify")
    ident = (identifier or "").strip()[:320]
    pin = (pin or "")[:64]
    now = (now or datetime.now(UTC)).astimezone(UTC)
    refusal: str | None = None
    with transaction(engine) as s:
        row = s.execute(select(Person.id, Person.first_name, Person.last_name, Person.pin_hash)
                        .where(Person.status == "active",
                               or_(Person.email_key == email_key(ident),
                                   Person.badge_code == ident))).first() if ident else None
        state = s.get(KioskPinState, row.id) if row is not None else None
        if row is None or not row.pin_hash:
            auth.burn_time(pin)
            refusal = "kiosk_bad_credentials"
        elif state is not None and state.blocked_at is not None:
            auth.burn_time(pin)
            refusal = "kiosk_pin_blocked"
        else:
            ok, rehash = auth.verify_secret(pin, row.pin_hash)
            if state is None:
                state = KioskPinState(person_id=row.id, failures=0)
                s.add(state)
            who = (None, f"kiosk:{row.id}", "kiosk")
            if ok:
                state.failures = 0
                if rehash:
                    s.get_one(Person, row.id).pin_hash = hash_pin(pin)
            else:
                state.failures += 1
                refusal = "kiosk_bad_credentials"
                if state.failures >= MAX_PIN_FAILURES:
                    state.blocked_at = now
                    refusal = "kiosk_pin_blocked"
                    audit.record(s, "kiosk.pin_blocked", "person", row.id,
                                 {"failures": state.failures}, who=who)
    if refusal is not None:  # committed: the failure counts even if the kiosk restarts
        raise PermissionDenied(refusal)
    assert row is not None
    return KioskUser(row.id, f"{row.first_name} {row.last_name}".strip())


def principal(user: KioskUser | None) -> security.Principal:
    """Who the kiosk acts as: the identified member, else the bare device."""
    if user is None:
        return security.KIOSK_DEVICE
    return security.Principal("kiosk", f"kiosk:{user.person_id}", None, user.person_id)


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

    security.require("kiosk.use", person_id=user.person_id)
    reserved = translate("kiosk_reserved")
    out = []
    # every booking, shown anonymously: read past bookings.between, whose rows name people
    for b in bookings._between(engine, start, end, resource_ids=resource_ids):
        if b.status != "confirmed":
            continue
        mine = b.person_id == user.person_id
        out.append(KioskSlot(b.id if mine else None, b.resource_id, b.start_at, b.end_at, mine,
                             (b.title or b.resource_name) if mine else reserved,
                             b.checked_in_at is not None))
    return out


def my_bookings(engine: Engine, user: KioskUser, start: datetime, end: datetime) -> list[BookingRow]:
    security.require("kiosk.use", person_id=user.person_id)
    return [b for b in bookings.between(engine, start, end, person_id=user.person_id)
            if b.status == "confirmed"]
