"""The launcher pauses the cyclic garbage collector for start-up; the application turns
it back on by itself once it is up (and start-up's survivors are frozen)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from tierslieu import launcher


@pytest.fixture
def collector() -> Iterator[None]:
    was = gc.isenabled()
    yield
    launcher._gc_paused = False
    gc.unfreeze()
    if was:
        gc.enable()


def test_pause_then_resume_collects_freezes_and_enables(collector: None) -> None:
    launcher.pause_gc()
    assert not gc.isenabled() and launcher.gc_paused()
    cycle: list[Any] = []
    cycle.append(cycle)           # garbage only the cyclic collector can free
    del cycle
    launcher.resume_gc()
    assert gc.isenabled() and not launcher.gc_paused()
    assert gc.get_freeze_count() > 0
    launcher.resume_gc()          # a second call changes nothing
    assert gc.isenabled()


def test_resume_without_pause_leaves_the_collector_alone(collector: None) -> None:
    gc.disable()                  # somebody else's choice (a test, an embedding program)
    launcher.resume_gc()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_the_application_resumes_it_by_itself(qtbot: Any, collector: None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from tierslieu.gui import app as gui_app

    monkeypatch.setattr(gui_app, "RESUME_GC_MS", 50)
    launcher.pause_gc()
    gui_app.create_application("fr")
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=5_000)
    assert not launcher.gc_paused()
