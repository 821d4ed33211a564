"""What every page needs from the application: the database and how to name it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from tierslieu.db.engine import is_sqlite, sqlite_path


def describe_database(engine: Engine) -> str:
    """A short, password-free name for the status bar: a file name or "PostgreSQL host/db"."""
    if is_sqlite(engine):
        path = sqlite_path(engine)
        return path.name if path is not None else ":memory:"
    url = engine.url
    host = url.host or "localhost"
    return f"PostgreSQL {host}/{url.database or ''}"


def database_location(engine: Engine) -> str:
    """The full location (path or URL without password), for the About box."""
    if is_sqlite(engine):
        path = sqlite_path(engine)
        return str(path) if path is not None else ":memory:"
    return engine.url.render_as_string(hide_password=True)


@dataclass
class AppContext:
    """Shared by the main window and its pages (pages receive it in their constructor)."""

    engine: Engine
    db_label: str

    @classmethod
    def for_engine(cls, engine: Engine) -> AppContext:
        return cls(engine=engine, db_label=describe_database(engine))

    @property
    def db_location(self) -> str:
        return database_location(self.engine)
