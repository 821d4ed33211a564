"""Open a database ready for use: safe path, integrity, daily backup, migrations to head.

For a SQLite file, in this order: a network drive or a synced folder is refused;
``quick_check`` runs (a damaged file is moved aside and :class:`DatabaseDamagedError`
lists the backups that can replace it); the daily backup is taken when asked (the GUI
asks); the schema is upgraded (after its own backup). Write errors (disk full, a lock
held too long) then surface as domain errors.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime

from sqlalchemy.engine import URL, Engine

from tierslieu.db import migrate
from tierslieu.db.engine import make_engine, resolve_url, sqlite_path

log = logging.getLogger(__name__)


def open_database(db: str | os.PathLike[str] | URL | None = None, *,
                  upgrade: bool = True, check: bool = True, daily_backup: bool = False,
                  now: datetime | None = None) -> Engine:
    """The engine for ``db``, upgraded to the newest schema (after a backup) if asked.

    ``check``: ``quick_check`` a SQLite file first (the ``db`` maintenance commands skip
    it: they inspect or replace the file themselves). ``daily_backup``: take the
    once-a-day backup (first start of the day) and rotate the old ones.
    """
    from tierslieu.db import integrity

    url = db if isinstance(db, URL) else resolve_url(db)
    if url.get_backend_name() == "postgresql" and not url.password:
        from tierslieu.security import pg_url

        url = pg_url(url)  # the password saved by `tierslieu db pg-password` (system keyring)
    path = sqlite_path(url)
    if path is not None:
        from tierslieu.db.safety import check_path

        check_path(path)  # before anything is created or moved
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if check:
            integrity.check_on_open(path, now)
    engine = make_engine(url)
    integrity.install_error_mapping(engine)
    try:
        if daily_backup and path is not None:
            _daily_backup(path, now)
        if upgrade:
            migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _daily_backup(path: os.PathLike[str], now: datetime | None) -> None:
    """A failed daily backup is logged, not fatal: the work of the day can still be saved."""
    from pathlib import Path

    from tierslieu.db import backup

    try:
        backup.auto_backup(Path(path), now=now)
    except Exception:  # noqa: BLE001 - never block opening for a missed backup
        log.exception("daily backup failed for %s", path)
