"""The seed-1 demo database, generated once for every report test (about 10 s).

Report tests only read it; a test that writes copies it with ``copy_sqlite`` first.
``NOW`` is the demo's own "now" (25/11/2026 noon UTC), so check-in and no-show rates never
depend on the machine's clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


@pytest.fixture(scope="session")
def report_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tierslieu.db.setup import open_database
    from tierslieu.services import demo

    path = tmp_path_factory.mktemp("report-demo") / "demo.sqlite"
    engine = open_database(path)
    try:
        demo.generate(engine, seed=1)
    finally:
        engine.dispose()
    return path


@pytest.fixture(scope="module")
def demo_engine(report_demo: Path) -> Iterator[Engine]:
    from tierslieu.db.engine import make_engine

    engine = make_engine(report_demo)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def annual_2026(report_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The text of each page of the French annual report of 2026 (built once)."""
    from tests.reports.test_report_pdfs import pages
    from tierslieu.db.engine import make_engine
    from tierslieu.reports import build

    engine = make_engine(report_demo)
    try:
        return pages(build("annual", engine, year=2026, now=NOW,
                           out=tmp_path_factory.mktemp("annual") / "annual-2026.pdf"))
    finally:
        engine.dispose()
