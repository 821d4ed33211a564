"""The reliability group: faults injected (kill -9, full disk, busy, corruption), hostile
inputs, and a summary line computed from what the tests recorded.

Each test records through the ``recorder`` fixture *what it actually did and checked*:
``fault()`` after the checks that follow an injected fault passed, ``bad_input()`` per
hostile value tried, ``lost(n)`` with the number of acknowledged records missing
afterwards (recorded before the test asserts it is 0). At the end of a run that included
any of these tests, pytest prints::

    reliability: faults survived N, bad inputs tried M, records lost 0
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHILD = Path(__file__).with_name("child.py")


@dataclass
class Recorder:
    faults: int = 0
    bad_inputs: int = 0
    records_lost: int = 0
    used: bool = False
    details: list[str] = field(default_factory=list)

    def fault(self, what: str, count: int = 1) -> None:
        """``count`` injected faults of kind ``what`` were survived (checks passed)."""
        self.faults += count
        self.details.append(f"{what} x{count}")

    def bad_input(self, count: int = 1) -> None:
        self.bad_inputs += count

    def lost(self, count: int) -> None:
        """Acknowledged records missing after a fault (recorded before asserting 0)."""
        self.records_lost += count

    def summary(self) -> str:
        return (f"reliability: faults survived {self.faults}, bad inputs tried "
                f"{self.bad_inputs}, records lost {self.records_lost}")


RECORDER = Recorder()


@pytest.fixture
def recorder() -> Recorder:
    RECORDER.used = True
    return RECORDER


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: Any) -> None:
    if RECORDER.used:
        terminalreporter.write_sep("-", "reliability")
        terminalreporter.write_line(RECORDER.summary())


@dataclass
class Child:
    """Runs ``tests/reliability/child.py MODE ARGS…``: the app's real code in a process of
    its own, reporting each acknowledged step as one flushed line on stdout."""

    data_dir: Path

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("TIERSLIEU_DB", None)
        env.update(TIERSLIEU_DATA_DIR=str(self.data_dir), TIERSLIEU_LANG="fr",
                   PYTHONUNBUFFERED="1")
        return env

    def start(self, *args: object) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, str(CHILD), *map(str, args)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=self.env())

    def run(self, *args: object, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(CHILD), *map(str, args)],
                              capture_output=True, text=True, env=self.env(),
                              timeout=timeout, check=False)


@pytest.fixture
def child(tmp_path: Path) -> Child:
    data = tmp_path / "child-data"
    data.mkdir()
    return Child(data)
