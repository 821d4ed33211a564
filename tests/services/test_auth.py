"""Accounts and credentials: Argon2id with rehash, staff lockout with back-off, one
message for every failed sign-in, kiosk PINs blocked after 3 failures."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError

from tierslieu import security
from tierslieu.db.engine import make_engine, transaction
from tierslieu.db.models import Person, User
from tierslieu.errors import ConflictError, PermissionDenied, ValidationError
from tierslieu.services import audit, auth, kiosk, members
from tierslieu.services.audit import AuditQuery
from tierslieu.services.dto import PersonInput

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PRODUCT = auth.HASHER          # taken at import, before any fixture swaps it


def test_the_product_uses_owasps_argon2id_minimum() -> None:
    from argon2 import Type

    h = PRODUCT
    assert (h.memory_cost, h.time_cost, h.parallelism, h.type) == (19 * 1024, 2, 1, Type.ID)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "HASHER", CHEAP)


def _params(stored: str) -> str:
    return stored.split("$")[3]      # "m=8,t=1,p=1"


def test_password_hashes_are_argon2id_and_rehashed_when_parameters_rise(
        engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    u = auth.create_user(engine, "camille", "correct horse", "front_desk")
    with transaction(engine) as s:
        stored = s.get_one(User, u.id).password_hash
    assert stored.startswith("$argon2id$") and _params(stored) == "m=8,t=1,p=1"
    assert "correct horse" not in stored

    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    monkeypatch.setattr(auth, "HASHER", stronger)
    p = auth.login(engine, "Camille", "correct horse")        # logins are case-insensitive
    assert (p.role, p.login, p.user_id) == ("front_desk", "camille", u.id)
    with transaction(engine) as s:
        rehashed = s.get_one(User, u.id).password_hash
    assert _params(rehashed) == "m=16,t=2,p=1" and rehashed != stored
    auth.login(engine, "camille", "correct horse")            # the new hash verifies
    entries = audit.entries(engine, AuditQuery(action="user.login"))
    assert [e.detail["rehashed"] for e in entries] == [False, True]


def test_lockout_doubles_from_one_second_to_fifteen_minutes() -> None:
    assert [auth.lock_delay(n).total_seconds() for n in range(1, 9)] == \
        [0, 0, 0, 0, 1, 2, 4, 8]
    assert auth.lock_delay(14) == timedelta(seconds=512)
    assert auth.lock_delay(15) == timedelta(minutes=15) < timedelta(seconds=1024)
    assert auth.lock_delay(50) == timedelta(minutes=15)


def _refused(engine: Any, login: str, password: str, at: datetime) -> str:
    with pytest.raises(PermissionDenied) as err:
        auth.login(engine, login, password, now=at)
    return err.value.message("fr")


def test_lockout_with_an_injected_clock_and_it_survives_a_restart(engine: Any) -> None:
    auth.create_user(engine, "sam", "bon-mot-de-passe", "front_desk")
    messages = {_refused(engine, "sam", "faux", T0 + timedelta(seconds=i)) for i in range(5)}
    # locked for 1 s after the 5th failure (at T0+4 s): even the right password is refused
    messages.add(_refused(engine, "sam", "bon-mot-de-passe", T0 + timedelta(seconds=4.5)))
    # the counters live in the database: a new engine (a restart) sees the same lock
    again = make_engine(engine.url)
    try:
        messages.add(_refused(again, "sam", "bon-mot-de-passe", T0 + timedelta(seconds=4.9)))
    finally:
        again.dispose()
    # the lock expired: a 6th failure locks for 2 s, a 7th for 4 s
    messages.add(_refused(engine, "sam", "faux", T0 + timedelta(seconds=5.1)))
    messages.add(_refused(engine, "sam", "bon-mot-de-passe", T0 + timedelta(seconds=7.0)))
    messages.add(_refused(engine, "sam", "faux", T0 + timedelta(seconds=7.2)))
    with transaction(engine) as s:
        user = s.scalar(auth.select(User).where(User.login_key == "sam"))
        assert user.failed_count == 7
        assert user.locked_until == T0 + timedelta(seconds=7.2 + 4)
    p = auth.login(engine, "sam", "bon-mot-de-passe", now=T0 + timedelta(seconds=11.3))
    assert p.login == "sam"
    with transaction(engine) as s:
        user = s.scalar(auth.select(User).where(User.login_key == "sam"))
        assert (user.failed_count, user.locked_until) == (0, None)
    # one message whatever went wrong: unknown login, wrong password, locked account
    messages.add(_refused(engine, "personne", "faux", T0))
    assert messages == {"Identifiant ou mot de passe incorrect. Après plusieurs échecs, "
                        "patientez un moment avant de réessayer."}


def test_unknown_logins_are_logged_without_the_typed_text(engine: Any) -> None:
    _refused(engine, "mon-mot-de-passe-tapé-au-mauvais-endroit", "x", T0)
    entry = audit.entries(engine)[0]
    assert (entry.action, entry.login, entry.role) == ("user.login_failed", "?", "-")
    assert "mauvais" not in repr(entry)


def test_disabled_accounts_cannot_sign_in(engine: Any) -> None:
    admin = auth.create_user(engine, "admin", "admin-password", "admin")
    u = auth.create_user(engine, "ines", "incubation!", "incubation")
    auth.set_active(engine, u.id, False)
    _refused(engine, "ines", "incubation!", T0)
    auth.set_active(engine, u.id, True)
    assert auth.login(engine, "ines", "incubation!").role == "incubation"
    with pytest.raises(ConflictError, match="administrator|administrateur"):
        auth.set_active(engine, admin.id, False)        # the last administrator stays
    with pytest.raises(ConflictError):
        auth.set_role(engine, admin.id, "director")


def test_account_rules(engine: Any) -> None:
    with pytest.raises(ValidationError) as err:
        auth.create_user(engine, "x", "court", "admin")
    assert err.value.field == "password"
    with pytest.raises(ValidationError):
        auth.create_user(engine, "x", "a" * 2000, "admin")
    with pytest.raises(ValidationError) as err:
        auth.create_user(engine, "a b", "assez-long", "admin")
    assert err.value.field == "login"
    with pytest.raises(ValidationError):
        auth.create_user(engine, "x", "assez-long", "superuser")
    auth.create_user(engine, "Zoé", "assez-long", "director")
    with pytest.raises(ConflictError):
        auth.create_user(engine, "zoé", "assez-long", "director")


def test_the_first_administrator_only_while_there_is_no_account(engine: Any) -> None:
    assert not auth.has_users(engine)
    with security.acting_as(security.Principal("kiosk", "kiosk")):   # nobody signed in yet
        first = auth.create_first_admin(engine, "patron", "premier-compte",
                                        display_name="Pat")
    assert first.role == "admin" and auth.has_users(engine)
    with security.acting_as(security.Principal("kiosk", "kiosk")), \
            pytest.raises(PermissionDenied):
        auth.create_first_admin(engine, "intrus", "deuxieme-compte")
    assert auth.set_password(engine, first.id, "nouveau-mot-de-passe").failed_count == 0
    assert auth.login(engine, "patron", "nouveau-mot-de-passe").role == "admin"


# -- kiosk PINs -----------------------------------------------------------------------------

@pytest.fixture
def member(engine: Any) -> int:
    p = members.create(engine, PersonInput(first_name="Hélène", last_name="Le Clerc",
                                           email="helene@exemple.fr"))
    kiosk.set_credentials(engine, p.id, "1234", badge_code="B-1")
    return p.id


def _pin_refusal(engine: Any, ident: str, pin: str) -> str:
    with pytest.raises(PermissionDenied) as err:
        kiosk.identify(engine, ident, pin)
    return err.value.key


def test_a_kiosk_pin_blocks_after_three_failures_until_the_staff_unblocks(
        engine: Any, member: int) -> None:
    assert kiosk.identify(engine, "B-1", "1234").person_id == member
    assert _pin_refusal(engine, "B-1", "0000") == "kiosk_bad_credentials"
    assert _pin_refusal(engine, "helene@exemple.fr", "1111") == "kiosk_bad_credentials"
    assert _pin_refusal(engine, "B-1", "2222") == "kiosk_pin_blocked"
    assert _pin_refusal(engine, "B-1", "1234") == "kiosk_pin_blocked"   # even the right one
    assert kiosk.pin_blocked(engine, member)
    assert audit.entries(engine, AuditQuery(action="kiosk.pin_blocked"))[0].entity_id == \
        str(member)
    with security.acting_as(security.Principal("kiosk", "kiosk")), \
            pytest.raises(PermissionDenied):
        kiosk.unblock_pin(engine, member)                      # not from the kiosk itself
    kiosk.unblock_pin(engine, member)
    assert kiosk.identify(engine, "B-1", "1234").person_id == member
    # a success resets the count: two failures, a success, two failures: not blocked
    for pin in ("0000", "0001"):
        _pin_refusal(engine, "B-1", pin)
    kiosk.identify(engine, "B-1", "1234")
    for pin in ("0000", "0001"):
        assert _pin_refusal(engine, "B-1", pin) == "kiosk_bad_credentials"


def _scrypt(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1,
                            maxmem=64 * 1024 * 1024)
    return f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"


def test_old_scrypt_pins_still_work_and_become_argon2(engine: Any, member: int) -> None:
    with transaction(engine) as s:
        s.get_one(Person, member).pin_hash = _scrypt("4321")
    assert _pin_refusal(engine, "B-1", "1234") == "kiosk_bad_credentials"
    assert kiosk.identify(engine, "B-1", "4321").person_id == member
    with transaction(engine) as s:
        stored = s.get_one(Person, member).pin_hash
    assert stored.startswith("$argon2id$")
    assert kiosk.identify(engine, "B-1", "4321").person_id == member


def test_verify_secret_refuses_garbage() -> None:
    assert auth.verify_secret("x", "not a hash") == (False, False)
    assert auth.verify_secret("x", "scrypt$1$2") == (False, False)
    with pytest.raises(InvalidHashError):
        CHEAP.verify("nothing", "x")
