"""kill -9 in the middle of 1,000 writes through the real member service.

The child prints each id once ``members.create`` has returned (its COMMIT is done); the
parent kills it at a random point, reopens the file like the app does and checks that
``integrity_check`` is ok and every acknowledged id is there. Committed-but-not-yet-printed
rows may exist too, so the rule is "acknowledged ⊆ present", never equality.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

from tierslieu.db.setup import open_database


def _present_ids(path: Path) -> set[int]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT id FROM person")}
    finally:
        con.close()


def _integrity(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


def test_kill_during_a_thousand_writes_loses_nothing_acknowledged(
        db_path: Path, child: Any, recorder: Any) -> None:
    rnd = random.Random(20261125)
    acked: set[int] = set()
    for round_no in range(2):  # the second child starts on the file the first one left
        kill_after = rnd.randint(100, 600)
        proc = child.start("writes", db_path, 1000, round_no)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        seen, started = 0, time.monotonic()
        for line in proc.stdout:
            acked.add(int(line))
            seen += 1
            # a random point of the 1,000, or sooner on a slow disk: a few seconds at most
            if seen >= kill_after or (seen >= 20 and time.monotonic() - started > 1.0):
                os.kill(proc.pid, signal.SIGKILL)
                break
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, "the child finished before the kill"
        for line in proc.stdout:  # lines already in the pipe were acknowledged too
            acked.add(int(line))
        assert _integrity(db_path) == ["ok"]
        missing = acked - _present_ids(db_path)
        recorder.lost(len(missing))
        assert missing == set()
        recorder.fault("kill -9 during writes")
    # the app opens the file without asking anything, and it is sound
    engine = open_database(db_path)
    engine.dispose()
    assert len(acked) >= 40
