"""Open a database ready for use: engine, checks, migrations to head."""

from __future__ import annotations

import os

from sqlalchemy.engine import URL, Engine

from tierslieu.db import migrate
from tierslieu.db.engine import make_engine


def open_database(db: str | os.PathLike[str] | URL | None = None, *,
                  upgrade: bool = True) -> Engine:
    """The engine for ``db``, upgraded to the newest schema (after a backup) if asked."""
    engine = make_engine(db)
    if upgrade:
        migrate.upgrade(engine)
    return engine
