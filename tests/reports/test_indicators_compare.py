"""A compared month (the month, the month before, the same month last year) is read in
one transaction: the same figures as three separate computations, the rows that do not
depend on the period read once, and the garbage collector left as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from tests.reports.conftest import NOW
from tierslieu.reports.indicators import compute, headline_keys
from tierslieu.reports.period import parse_period

OCT = parse_period("2026-10")


@pytest.mark.parametrize("site", [None, 1])
def test_compared_figures_equal_separate_computations(demo_engine: Engine,
                                                       site: int | None) -> None:
    compared = compute(demo_engine, OCT, site, now=NOW, compare=True)
    heads = headline_keys()
    before = compute(demo_engine, OCT.previous(), site, keys=heads, now=NOW)
    year_ago = compute(demo_engine, OCT.last_year(), site, keys=heads, now=NOW)
    alone = compute(demo_engine, OCT, site, now=NOW)
    assert compared["bookings"] > 0 and before["bookings"] > 0
    for key in heads:
        v = compared.values[key]
        assert (v.value, v.previous, v.last_year) == (alone[key], before[key], year_ago[key])
    assert {k: v.value for k, v in compared.values.items()} == {
        k: v.value for k, v in alone.values.items()}


def _statements(engine: Engine, run: object) -> list[str]:
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        run()  # type: ignore[operator]
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def test_rows_that_do_not_depend_on_the_period_are_read_once(demo_engine: Engine) -> None:
    alone = _statements(demo_engine, lambda: compute(demo_engine, OCT, now=NOW))
    compared = _statements(demo_engine,
                           lambda: compute(demo_engine, OCT, now=NOW, compare=True))
    for table in ("opening_hours", "closure", "FROM milestone"):
        assert sum(table in s for s in compared) == sum(table in s for s in alone) >= 1
    # the two other periods: one read of their bookings each, no query per booking
    bookings = [s for s in compared if "FROM booking" in s]
    assert len(bookings) == len([s for s in alone if "FROM booking" in s]) + 2
    assert len(compared) < 2 * len(alone)


@pytest.fixture
def collector_state() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_state")
@pytest.mark.parametrize("enabled", [True, False])
def test_garbage_collection_is_left_as_it_was(demo_engine: Engine, enabled: bool,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from tierslieu.reports import indicators

    gc.enable() if enabled else gc.disable()
    seen = []
    evaluate = indicators._evaluate

    def watched(*args: object) -> object:
        seen.append(gc.isenabled())
        return evaluate(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(indicators, "_evaluate", watched)
    compute(demo_engine, OCT, now=NOW, compare=True)
    assert seen == [False] * 3 and gc.isenabled() is enabled

    def failing(*_: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(indicators, "_evaluate", failing)
    with pytest.raises(RuntimeError):
        compute(demo_engine, OCT, now=NOW)
    assert gc.isenabled() is enabled
