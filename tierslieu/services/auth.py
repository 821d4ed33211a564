"""Users, passwords and PINs: Argon2id hashes, staff lockout, sign-in.

Hashes: Argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1). A hash made with
weaker parameters (or the kiosk's older scrypt PINs) is re-made on the next successful
sign-in (``check_needs_rehash``). Tests swap :data:`HASHER` for a cheap one with
monkeypatch; the product never lowers these numbers.

Staff lockout: after 5 failures in a row each new failure locks the account for a delay
that doubles from 1 s up to 15 min; the counters live in the database, so a restart
does not reset them. An unknown login, a wrong password and a locked account get the
same message and about the same time (a dummy hash is checked).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import User
from tierslieu.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from tierslieu.security import ROLES, Principal
from tierslieu.services import audit

# OWASP Password Storage Cheat Sheet, Argon2id minimum: m=19 MiB, t=2, p=1
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32,
                        salt_len=16, type=Type.ID)
FREE_FAILURES = 5                      # failures before the first lock
FIRST_LOCK = timedelta(seconds=1)
MAX_LOCK = timedelta(minutes=15)
PASSWORD_MIN = 8                       # with lockout (CNIL deliberation 2022-100)
PASSWORD_MAX = 1024                    # nobody types more; a 1 MB "password" is an attack
LOGIN_RE = re.compile(r"^[\w.@-]{1,80}$")

_dummies: dict[str, str] = {}


# -- hashing --------------------------------------------------------------------------------

def hash_secret(secret: str) -> str:
    return HASHER.hash(secret)


def _dummy() -> str:
    key = f"{HASHER.time_cost}:{HASHER.memory_cost}:{HASHER.parallelism}"
    if key not in _dummies:
        _dummies[key] = HASHER.hash("not a real secret")
    return _dummies[key]


def _verify_scrypt(secret: str, stored: str) -> bool:
    """The kiosk's PINs before Argon2: ``scrypt$n$r$p$salt$digest`` (still accepted)."""
    try:
        _, n, r, p, salt, digest = stored.split("$")
        got = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                             p=int(p), maxmem=64 * 1024 * 1024)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def verify_secret(secret: str, stored: str) -> tuple[bool, bool]:
    """``(matches, needs_rehash)`` for an Argon2 (or legacy scrypt) hash."""
    if stored.startswith("scrypt$"):
        ok = _verify_scrypt(secret, stored)
        return ok, ok
    try:
        HASHER.verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, False
    return True, HASHER.check_needs_rehash(stored)


def burn_time(secret: str) -> None:
    """Check a dummy hash: an unknown account costs the same time as a known one."""
    verify_secret(secret, _dummy())


# -- users ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    role: str
    active: bool
    person_id: int | None
    failed_count: int
    locked_until: datetime | None
    last_login_at: datetime | None


def _row(u: User) -> UserRow:
    return UserRow(u.id, u.login, u.display_name, u.role, u.active, u.person_id,
                   u.failed_count, u.locked_until, u.last_login_at)


def login_key(login: str) -> str:
    return login.strip().casefold()


def check_login(login: str) -> str:
    """The login, stripped, or ``login_invalid`` naming the field."""
    login = (login or "").strip()
    if not LOGIN_RE.match(login):
        raise ValidationError("login_invalid", "login")
    return login


def check_password(password: str) -> str:
    if len(password or "") < PASSWORD_MIN:
        raise ValidationError("password_too_short", "password", min=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        raise ValidationError("too_long", "password", max=PASSWORD_MAX)
    return password


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("choice_invalid", "role", value=role, allowed=", ".join(ROLES))
    return role


def _load(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFoundError("user_not_found", ref=str(user_id))
    return user


def _admins_left(s: Session, leaving: User) -> int:
    return int(s.scalar(select(func.count()).select_from(User).where(
        User.role == "admin", User.active.is_(True), User.id != leaving.id)) or 0)


def has_users(engine: Engine) -> bool:
    """Whether anybody can sign in yet (no permission needed: the GUI asks before login)."""
    with transaction(engine, readonly=True) as s:
        return s.scalar(select(User.id).limit(1)) is not None


def _insert(s: Session, login: str, password: str, role: str, display_name: str,
            person_id: int | None) -> User:
    if s.scalar(select(User.id).where(User.login_key == login_key(login))) is not None:
        raise ConflictError("login_taken", "login", value=login)
    user = User(login=login, login_key=login_key(login), display_name=display_name.strip()[:200],
                role=role, password_hash=hash_secret(password), person_id=person_id,
                active=True, failed_count=0)
    s.add(user)
    s.flush()
    audit.record(s, "user.create", "user", user.id, {"role": role, "person_id": person_id})
    return user


def create_user(engine: Engine, login: str, password: str, role: str, *,
                display_name: str = "", person_id: int | None = None) -> UserRow:
    security.require("users.manage")
    login, role = check_login(login), _check_role(role)
    check_password(password)
    try:
        with transaction(engine) as s:
            return _row(_insert(s, login, password, role, display_name, person_id))
    except IntegrityError as exc:
        raise ConflictError("login_taken", "login", value=login) from exc


def create_first_admin(engine: Engine, login: str, password: str, *,
                       display_name: str = "") -> UserRow:
    """The first account of a new database: allowed only while there is none."""
    login = check_login(login)
    check_password(password)
    with transaction(engine) as s:
        return _row(insert_first_admin(s, login, password, display_name))


def insert_first_admin(s: Session, login: str, password: str, display_name: str = "") -> User:
    """The first administrator inside the caller's transaction (the set-up wizard creates it
    with the rest of the new database): refused once any account exists."""
    if s.scalar(select(User.id).limit(1)) is not None:
        raise security.PermissionDeniedError("users.manage", security.current().role)
    with security.acting_as(Principal("admin", login)):
        return _insert(s, login, password, "admin", display_name, None)


def list_users(engine: Engine) -> list[UserRow]:
    security.require("users.manage")
    with transaction(engine, readonly=True) as s:
        return [_row(u) for u in s.scalars(select(User).order_by(User.login_key))]


def find_user(engine: Engine, ref: str) -> UserRow:
    security.require("users.manage")
    with transaction(engine, readonly=True) as s:
        user = s.scalar(select(User).where(User.login_key == login_key(ref)))
        if user is None and ref.strip().isdigit():
            user = s.get(User, int(ref.strip()))
        if user is None:
            raise NotFoundError("user_not_found", ref=ref)
        return _row(user)


def set_role(engine: Engine, user_id: int, role: str) -> UserRow:
    security.require("users.manage")
    role = _check_role(role)
    with transaction(engine) as s:
        user = _load(s, user_id)
        if user.role == "admin" and role != "admin" and _admins_left(s, user) == 0:
            raise ConflictError("last_admin", "role")
        old, user.role = user.role, role
        audit.record(s, "user.role", "user", user.id, {"from": old, "to": role})
        return _row(user)


def set_active(engine: Engine, user_id: int, active: bool) -> UserRow:
    security.require("users.manage")
    with transaction(engine) as s:
        user = _load(s, user_id)
        if not active and user.role == "admin" and _admins_left(s, user) == 0:
            raise ConflictError("last_admin", "status")
        user.active = active
        audit.record(s, "user.activate" if active else "user.deactivate", "user", user.id)
        return _row(user)


def set_password(engine: Engine, user_id: int, password: str) -> UserRow:
    """An administrator sets (resets) a password; the lockout counters are cleared."""
    security.require("users.manage")
    check_password(password)
    with transaction(engine) as s:
        user = _load(s, user_id)
        user.password_hash = hash_secret(password)
        user.password_changed_at = datetime.now(UTC)
        user.failed_count, user.locked_until = 0, None
        audit.record(s, "user.password_reset", "user", user.id)
        return _row(user)


def unlock(engine: Engine, user_id: int) -> UserRow:
    security.require("users.manage")
    with transaction(engine) as s:
        user = _load(s, user_id)
        user.failed_count, user.locked_until = 0, None
        audit.record(s, "user.unlock", "user", user.id)
        return _row(user)


# -- sign-in --------------------------------------------------------------------------------

def lock_delay(failures: int) -> timedelta:
    """How long the account is locked after ``failures`` failures in a row."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return min(FIRST_LOCK * 2 ** (failures - FREE_FAILURES), MAX_LOCK)


def principal_of(user: User | UserRow) -> Principal:
    return Principal(user.role, user.login, user.id, user.person_id)


def login(engine: Engine, login_name: str, password: str, *,
          now: datetime | None = None) -> Principal:
    """The principal of a user whose password matches, else :class:`PermissionDenied`
    (``login_failed``) with one message for every reason."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    password = password or ""
    if len(password) > PASSWORD_MAX or not login_name or len(login_name) > 200:
        burn_time("x")
        raise PermissionDenied("login_failed")
    result: Principal | None = None
    with transaction(engine) as s:
        user = s.scalar(select(User).where(User.login_key == login_key(login_name)))
        if user is None or not user.active:
            burn_time(password)
            # an unknown login is not written down: it may be a password typed in the
            # wrong field
            audit.record(s, "user.login_failed", "user", user.id if user else "",
                         {"reason": "unknown" if user is None else "inactive"},
                         who=(None, "?", "-") if user is None else
                         (user.id, user.login, user.role))
        elif user.locked_until is not None and now < user.locked_until:
            burn_time(password)
            with security.acting_as(principal_of(user)):
                audit.record(s, "user.login_failed", "user", user.id, {"reason": "locked"})
        else:
            ok, rehash = verify_secret(password, user.password_hash)
            with security.acting_as(principal_of(user)):
                if ok:
                    user.failed_count, user.locked_until = 0, None
                    user.last_login_at = now
                    if rehash:
                        user.password_hash = hash_secret(password)
                    audit.record(s, "user.login", "user", user.id, {"rehashed": rehash})
                    result = principal_of(user)
                else:
                    user.failed_count += 1
                    delay = lock_delay(user.failed_count)
                    user.locked_until = now + delay if delay else None
                    audit.record(s, "user.login_failed", "user", user.id,
                                 {"reason": "password", "failures": user.failed_count})
    if result is None:  # committed: the counters survive a restart
        raise PermissionDenied("login_failed")
    return result


def session_user(engine: Engine, principal: Principal) -> UserRow | None:
    """The account behind a principal (no permission needed: one's own account)."""
    if principal.user_id is None:
        return None
    with transaction(engine, readonly=True) as s:
        user = s.get(User, principal.user_id)
        return _row(user) if user is not None else None
