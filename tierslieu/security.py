"""Who is acting, and what each role may do: the one table every service checks.

A :class:`Principal` (a user, or the owner of the database file) is held in a
``ContextVar``; services call :func:`require` first thing, so the GUI, the CLI and the
kiosk cannot bypass a rule by calling a service another way.

Who is acting, in order: the principal set by :func:`acting_as` in this context (the
kiosk wraps each call for the member it identified); else the *session* principal set by
the GUI after its login (:func:`set_session`, process-wide so the database worker thread
sees it too); else :data:`OWNER`, the owner of the database file, an administrator. The
CLI acts as the owner (``tierslieu --help`` says so), and so do tests that set nothing.

:data:`PERMISSIONS` is the single source of truth (the README prints it with
:func:`markdown_table`); ``tests/services/test_security_table.py`` checks it action by
action through the real services. A grant is ``YES``, ``NO`` or ``OWN``: allowed only
for the principal's own person (a kiosk member's own bookings).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from tierslieu.errors import PermissionDenied

ROLES = ("admin", "front_desk", "incubation", "director", "kiosk")
STAFF_ROLES = ROLES[:4]

YES, NO, OWN = "yes", "no", "own"


def _grants(admin: str, front_desk: str, incubation: str, director: str,
            kiosk: str) -> dict[str, str]:
    return {"admin": admin, "front_desk": front_desk, "incubation": incubation,
            "director": director, "kiosk": kiosk}


Y, N, OW = YES, NO, OWN

# action -> role -> grant. Reads are open to every staff role (the director reads
# everything); the director's only "writes" are reports and exports; the kiosk acts for
# the member it identified and never reads another member's e-mail or phone (unless that
# member chose to show it in the directory).
PERMISSIONS: dict[str, dict[str, str]] = {
    #                                  admin front incub direc kiosk
    "members.read":            _grants(Y, Y, Y, Y, N),
    "members.write":           _grants(Y, Y, Y, N, N),
    "members.import":          _grants(Y, Y, N, N, N),
    "members.export":          _grants(Y, Y, N, Y, N),
    "organizations.read":      _grants(Y, Y, Y, Y, N),
    "organizations.write":     _grants(Y, Y, Y, N, N),
    "sites.read":              _grants(Y, Y, Y, Y, Y),
    "sites.write":             _grants(Y, N, N, N, N),
    "spaces.read":             _grants(Y, Y, Y, Y, Y),
    "spaces.write":            _grants(Y, Y, N, N, N),
    "bookings.read":           _grants(Y, Y, Y, Y, OW),
    "bookings.write":          _grants(Y, Y, Y, N, OW),
    # staff overrides: staff-only rooms, cut-offs, outside opening hours, series
    "bookings.staff":          _grants(Y, Y, Y, N, N),
    # automatic no-show release (the planning and the kiosk run it every minute): a rule
    # applied, the same whoever triggers it
    "bookings.housekeeping":   _grants(Y, Y, Y, Y, Y),
    "kiosk.identify":          _grants(Y, Y, N, N, Y),
    "kiosk.use":               _grants(Y, Y, N, N, OW),
    "kiosk.credentials":       _grants(Y, Y, N, N, N),
    "incubation.read":         _grants(Y, Y, Y, Y, N),
    "incubation.write":        _grants(Y, N, Y, N, N),
    "mentoring.read":          _grants(Y, Y, Y, Y, N),
    "mentoring.write":         _grants(Y, N, Y, N, N),
    "billing.read":            _grants(Y, Y, N, Y, N),
    "billing.write":           _grants(Y, Y, N, N, N),
    "billing.export":          _grants(Y, Y, N, Y, N),
    "events.read":             _grants(Y, Y, Y, Y, N),
    "events.write":            _grants(Y, Y, Y, N, N),
    "visits.read":             _grants(Y, Y, Y, Y, N),
    "visits.write":            _grants(Y, Y, Y, N, N),
    # the community directory: people who consented; the kiosk is refused (no e-mail
    # or phone of another member ever reaches it)
    "directory.read":          _grants(Y, Y, Y, Y, N),
    "directory.write":         _grants(Y, Y, Y, N, N),
    # the kiosk's directory (kiosk_search): an identified member browses consenting
    # members' chosen fields only; never the bare device (the public at the entrance)
    "directory.kiosk":         _grants(Y, Y, N, N, OW),
    "dashboard.read":          _grants(Y, Y, Y, Y, N),
    "reports.build":           _grants(Y, Y, Y, Y, N),
    "opendata.export":         _grants(Y, Y, Y, Y, N),
    "settings.read":           _grants(Y, Y, Y, Y, N),
    "settings.write":          _grants(Y, N, N, N, N),
    "backup.create":           _grants(Y, Y, N, N, N),
    "backup.restore":          _grants(Y, N, N, N, N),
    "users.manage":            _grants(Y, N, N, N, N),
    "audit.read":              _grants(Y, N, N, N, N),
    "gdpr.export":             _grants(Y, Y, N, N, N),
    "gdpr.anonymize":          _grants(Y, N, N, N, N),
    # start-up retention rules: inactive accounts flagged, visitor logs purged
    "gdpr.retention":          _grants(Y, Y, N, N, N),
}


@dataclass(frozen=True)
class Principal:
    """Who acts: a user of the application, or the owner of the database file."""

    role: str
    login: str = ""
    user_id: int | None = None
    person_id: int | None = None     # the member a kiosk principal acts for

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}")

    @property
    def label(self) -> str:
        return self.login or self.role


# the CLI and anything that set no principal: the owner of the database file
OWNER = Principal("admin", "owner")
# the kiosk before a member identified: rooms and opening hours only
KIOSK_DEVICE = Principal("kiosk", "kiosk")

_current: ContextVar[Principal | None] = ContextVar("tierslieu_principal", default=None)
_session: Principal | None = None


class PermissionDeniedError(PermissionDenied):
    """``action`` is not allowed to ``role`` (exit code 5)."""

    def __init__(self, action: str, role: str) -> None:
        self.action = action
        self.role = role
        super().__init__("permission_denied", action=action, role=role)

    def message(self, lang: str | None = None) -> str:
        from tierslieu.i18n import choice_label, translate

        return translate(self.key, lang, action=self.action,
                         role=choice_label(self.role, lang))


def current() -> Principal:
    """The principal acting now (see the module's docstring for the order)."""
    p = _current.get()
    if p is not None:
        return p
    return _session if _session is not None else OWNER


@contextmanager
def acting_as(principal: Principal) -> Iterator[Principal]:
    """Run the block as ``principal`` (this thread / task only)."""
    token = _current.set(principal)
    try:
        yield principal
    finally:
        _current.reset(token)


def set_session(principal: Principal | None) -> None:
    """The GUI's signed-in user for the whole process (``None``: back to the owner)."""
    global _session
    _session = principal


def session() -> Principal | None:
    return _session


def allowed(action: str, *, person_id: int | None = None,
            principal: Principal | None = None) -> bool:
    """Whether ``principal`` (default: the current one) may do ``action``.

    ``person_id``: whose data the action touches, for ``OWN`` grants (a kiosk member
    may act only for their own person).
    """
    p = principal or current()
    grant = PERMISSIONS[action][p.role]   # KeyError: an action missing from the table
    if grant == YES:
        return True
    if grant == OWN:
        return person_id is not None and p.person_id is not None and person_id == p.person_id
    return False


def require(action: str, *, person_id: int | None = None) -> Principal:
    """Return the current principal, or raise :class:`PermissionDeniedError`."""
    p = current()
    if not allowed(action, person_id=person_id, principal=p):
        raise PermissionDeniedError(action, p.role)
    return p


def actor() -> str:
    """The acting user's login, for the ``actor`` columns services already keep."""
    return current().label


def markdown_table(lang: str = "fr") -> str:
    """:data:`PERMISSIONS` as the Markdown table printed in the README."""
    from tierslieu.i18n import choice_label

    marks = {YES: "✓", NO: "—", OWN: "les siennes" if lang == "fr" else "own"}
    head = "| Action | " + " | ".join(choice_label(r, lang) for r in ROLES) + " |"
    lines = [head, "|" + " --- |" * (len(ROLES) + 1)]
    for action, grants in PERMISSIONS.items():
        lines.append(f"| `{action}` | " + " | ".join(marks[grants[r]] for r in ROLES) + " |")
    return "\n".join(lines)


def describe(principal: Principal | None = None) -> dict[str, Any]:
    p = principal or current()
    return {"role": p.role, "login": p.login, "user_id": p.user_id, "person_id": p.person_id}


# -- the PostgreSQL password: in the system keyring, never in QSettings or logs -------------

KEYRING_SERVICE = "tierslieu-postgresql"


def _keyring_target(url: Any) -> str:
    """The keyring's user name for a server and database: ``user@host:port/db``."""
    from sqlalchemy.engine import make_url

    u = make_url(str(url)) if not hasattr(url, "drivername") else url
    return f"{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def _keyring() -> Any:
    try:
        import keyring
    except ImportError:
        from tierslieu.errors import DatabaseError

        raise DatabaseError("keyring_missing") from None
    return keyring


def store_pg_password(url: Any, password: str) -> str:
    """Keep the password of ``url``'s user in the system keyring; returns the target."""
    target = _keyring_target(url)
    _keyring().set_password(KEYRING_SERVICE, target, password)
    return target


def pg_url(url: Any) -> Any:
    """``url`` with its password from the keyring when it has none (PostgreSQL only).

    Use the result to build the engine; show and log only :func:`redact` of it.
    """
    from sqlalchemy.engine import make_url

    u = make_url(str(url)) if not hasattr(url, "drivername") else url
    if not u.drivername.startswith("postgres") or u.password:
        return u
    try:
        secret = _keyring().get_password(KEYRING_SERVICE, _keyring_target(u))
    except Exception:  # noqa: BLE001 - no keyring backend (a bare server): no password
        return u
    return u.set(password=secret) if secret else u


def redact(url: Any) -> str:
    """A URL safe for logs and screens: the password replaced by ``***``."""
    from sqlalchemy.engine import make_url

    u = make_url(str(url)) if not hasattr(url, "drivername") else url
    return u.render_as_string(hide_password=True)
