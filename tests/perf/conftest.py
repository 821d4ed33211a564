"""Performance guards (deterministic, no timings): query plans, statements per page load,
modules imported before the first window. Small demo only (tests/conftest.py fixtures)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

VERBS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")


@contextmanager
def statements(engine: Any) -> Iterator[list[tuple[str, Any]]]:
    """Every SQL statement (and its parameters) the engine runs inside the block, as the
    driver receives it; BEGIN, COMMIT and PRAGMAs are left out."""
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               _many: bool) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in VERBS:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def query_plan(engine: Any, statement: str, parameters: Any) -> list[str]:
    """SQLite's EXPLAIN QUERY PLAN of a statement, one detail line per step."""
    with engine.connect() as conn:
        return [row[3] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters)]


@pytest.fixture
def gui_sync(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Pages load inline (no worker thread) with empty settings of their own."""
    from PySide6.QtCore import QSettings

    from tierslieu.gui import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
