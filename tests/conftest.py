"""Shared fixtures: a migrated template database copied per test; PostgreSQL when asked."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# before anything imports Qt: no display in CI
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TIERSLIEU_LANG", "fr")

import pytest  # noqa: E402

PG_URL = os.environ.get("TIERSLIEU_TEST_PG", "")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data folder or settings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("TIERSLIEU_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    monkeypatch.delenv("TIERSLIEU_DB", raising=False)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tierslieu.db.setup import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = open_database(path)
    engine.dispose()
    return path


def copy_sqlite(src: Path, dest: Path) -> Path:
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    return dest


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A fresh, migrated, empty SQLite database file for this test."""
    return copy_sqlite(template_db, tmp_path / "test.sqlite")


# how the run's seed-1 demo was generated on each backend: (summary, progress calls)
DEMO_GENERATIONS: dict[str, tuple[Any, list[tuple[int, int]]]] = {}


def _generate_demo(engine: Any, backend: str) -> None:
    """The seed-1 demo, its summary and progress kept for the tests that check them."""
    from tierslieu.services import demo

    calls: list[tuple[int, int]] = []
    summary = demo.generate(engine, seed=1, progress=lambda done, total: calls.append(
        (done, total)))
    DEMO_GENERATIONS[backend] = (summary, calls)


@pytest.fixture(scope="session")
def demo_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed-1 demo tiers-lieu, generated once per run. Read it, or copy it (demo_db)."""
    from tierslieu.db.engine import make_engine

    path = copy_sqlite(template_db, tmp_path_factory.mktemp("demo") / "demo-seed1.sqlite")
    engine = make_engine(path)
    _generate_demo(engine, "sqlite")
    engine.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private, writable copy of the seed-1 demo database."""
    return copy_sqlite(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_sqlite_engine(demo_db: Path) -> Iterator[object]:
    from tierslieu.db.engine import make_engine

    engine = make_engine(demo_db)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo_read(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """An engine over a copy of the seed-1 demo shared by the whole run: READ ONLY.

    Tests that write take ``demo_db``, ``demo_sqlite_engine`` or ``demo_engine``.
    """
    from tierslieu.db.engine import make_engine

    engine = make_engine(copy_sqlite(demo_template,
                                     tmp_path_factory.mktemp("demo-read") / "demo.sqlite"))
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(db_path: Path) -> Iterator[object]:
    from tierslieu.db.engine import make_engine

    engine = make_engine(db_path)
    yield engine
    engine.dispose()


_pg_ready = False


def _pg_engine() -> object:
    global _pg_ready
    from sqlalchemy import text

    from tierslieu.db.engine import make_engine
    from tierslieu.db.models import Base

    engine = make_engine(PG_URL)
    if not _pg_ready:
        from tierslieu.db.migrate import upgrade

        upgrade(engine)
        _pg_ready = True
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return engine


BACKENDS = ["sqlite"] + (["pg"] if PG_URL else [])


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, db_path: Path) -> Iterator[object]:
    """A migrated, empty database: SQLite always, PostgreSQL too when TIERSLIEU_TEST_PG is set."""
    if request.param == "pg":
        eng = _pg_engine()
    else:
        from tierslieu.db.engine import make_engine

        eng = make_engine(db_path)
    yield eng
    eng.dispose()  # type: ignore[attr-defined]


_PG_DEMO_TEMPLATE = "tierslieu_test_demo_template"
_PG_DEMO = "tierslieu_test_demo"


def _pg_database(name: str) -> str:
    """The URL of another database on the test server."""
    from sqlalchemy.engine import make_url

    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _pg_admin(statements: list[str]) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(_pg_database("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            for sql in statements:
                conn.execute(text(sql))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def pg_demo_template() -> Iterator[str]:
    """The seed-1 demo generated once on PostgreSQL, in a template database that each
    ``demo_engine`` test copies (``CREATE DATABASE … TEMPLATE``: about a second, where
    generating the demo again took 13 s per test)."""
    from tierslieu.db.engine import make_engine
    from tierslieu.db.migrate import upgrade

    _pg_admin([f"DROP DATABASE IF EXISTS {_PG_DEMO} WITH (FORCE)",
               f"DROP DATABASE IF EXISTS {_PG_DEMO_TEMPLATE} WITH (FORCE)",
               f"CREATE DATABASE {_PG_DEMO_TEMPLATE}"])
    engine = make_engine(_pg_database(_PG_DEMO_TEMPLATE))
    try:
        upgrade(engine)
        _generate_demo(engine, "pg")
    finally:
        engine.dispose()
    yield _PG_DEMO_TEMPLATE
    _pg_admin([f"DROP DATABASE IF EXISTS {_PG_DEMO} WITH (FORCE)",
               f"DROP DATABASE IF EXISTS {_PG_DEMO_TEMPLATE} WITH (FORCE)"])


@pytest.fixture
def demo_generation(demo_engine: Any) -> tuple[Any, list[tuple[int, int]]]:
    """How ``demo_engine``'s demo was generated this run: (summary, progress calls)."""
    return DEMO_GENERATIONS["sqlite" if demo_engine.dialect.name == "sqlite" else "pg"]


@pytest.fixture
def demo_engine(engine: object, demo_template: Path,
                request: pytest.FixtureRequest) -> Iterator[object]:
    """The seed-1 demo on each backend, for tests that may write: a copy of the run's demo
    file on SQLite; on PostgreSQL a fresh copy of the demo generated there once."""
    if engine.dialect.name == "sqlite":  # type: ignore[attr-defined]
        copy_sqlite(demo_template, Path(engine.url.database))  # type: ignore[attr-defined]
        yield engine
        return
    from tierslieu.db.engine import make_engine

    template = request.getfixturevalue("pg_demo_template")
    _pg_admin([f"DROP DATABASE IF EXISTS {_PG_DEMO} WITH (FORCE)",
               f"CREATE DATABASE {_PG_DEMO} TEMPLATE {template}"])
    copy = make_engine(_pg_database(_PG_DEMO))
    yield copy
    copy.dispose()  # type: ignore[attr-defined]
