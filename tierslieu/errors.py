"""Domain errors raised by services; the CLI and the GUI decide how to show them.

Each error carries a message *key* from :mod:`tierslieu.i18n` plus parameters, so the
same error reads in French or English. ``exit_code`` follows the CLI contract.
"""

from __future__ import annotations

from typing import Any


class TiersLieuError(Exception):
    """Base class of every domain error."""

    exit_code = 1

    def __init__(self, key: str, /, field: str | None = None, **params: Any) -> None:
        self.key = key
        self.field = field
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        from tierslieu.i18n import field_label, translate

        return translate(self.key, lang, field=field_label(self.field, lang), **self.params)


class ValidationError(TiersLieuError):
    """Bad input; nothing was written. ``field`` names the offending field."""

    exit_code = 2


class ValidationErrors(ValidationError):
    """Several field errors at once (a form or a CSV row)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.key, first.field, **first.params)

    def message(self, lang: str | None = None) -> str:
        return "\n".join(e.message(lang) for e in self.errors)


class ConflictError(TiersLieuError):
    """The change collides with existing data (duplicate e-mail, taken slot)."""

    exit_code = 3


class NotFoundError(TiersLieuError):
    """The thing asked for does not exist."""

    exit_code = 4


class PermissionDenied(TiersLieuError):
    """The current user may not do this."""

    exit_code = 5


class DatabaseError(TiersLieuError):
    """The database cannot be used safely (unsafe path, newer schema, corruption)."""

    exit_code = 1


class DatabaseDamagedError(DatabaseError):
    """The database file is physically damaged; it was moved aside, never overwritten.

    ``aside`` is where the damaged file now lies; ``candidates`` the backups that pass
    their checks, newest first (``tierslieu.db.backup.BackupInfo``), so the GUI can offer
    to restore one and the CLI can name the command that does it.
    """

    def __init__(self, path: Any, aside: Any, candidates: Any = (), detail: str = "") -> None:
        self.path = path
        self.aside = aside
        self.candidates = list(candidates)
        if self.candidates:
            super().__init__("db_damaged", path=str(path), aside=str(aside), detail=detail,
                             backup=str(self.candidates[0].path))
        else:
            super().__init__("db_damaged_no_backup", path=str(path), aside=str(aside),
                             detail=detail)
