"""Child processes of the crash tests: the app's real code, killed or starved on purpose.

``python child.py MODE ARGS…``. Every step the child has been *told* is saved (its
commit returned) is printed on stdout and flushed, so the parent knows exactly what must
survive. Some modes kill themselves with SIGKILL at a chosen point (a statement of a
migration, a fraction of a copy) to land the kill exactly inside the operation.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import time
from pathlib import Path


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def writes(db: str, count: str, seed: str = "0") -> None:
    """``count`` members created through the real service; prints each id once committed."""
    import random

    from tierslieu.db.setup import open_database
    from tierslieu.services import members
    from tierslieu.services.dto import PersonInput

    rnd = random.Random(int(seed))
    engine = open_database(db)
    print("ready", flush=True)
    for i in range(int(count)):
        row = members.create(engine, PersonInput(
            first_name="Crash", last_name=f"Test {seed}-{i}", notes="n" * rnd.randint(0, 3000)))
        print(row.id, flush=True)
    print("done", flush=True)


def migrate(db: str, kill_at: str) -> None:
    """Upgrade to head, SIGKILLed just before the ``kill_at``-th SQL statement (0: never)."""
    from sqlalchemy import event

    from tierslieu.db import migrate as mig
    from tierslieu.db.engine import make_engine

    engine = make_engine(db)
    seen = 0

    @event.listens_for(engine, "before_cursor_execute")
    def _count(*_args: object) -> None:
        nonlocal seen
        seen += 1
        if seen == int(kill_at):
            _die()

    mig.upgrade(engine)
    print(f"done {seen}", flush=True)


def _killer(fraction: str):  # type: ignore[no-untyped-def]
    limit = float(fraction)

    def progress(_status: int, remaining: int, total: int) -> None:
        if total and remaining <= total * limit:
            _die()
    return progress if limit >= 0 else None


def backup(db: str, dest: str, fraction: str) -> None:
    """One backup, SIGKILLed when only ``fraction`` of the pages remain to copy."""
    from tierslieu.db.backup import backup_sqlite_file

    backup_sqlite_file(Path(db), Path(dest), progress=_killer(fraction))
    print("done", flush=True)


def backup_loop(db: str, dest: str) -> None:
    """Back up again and again to the same file (the parent kills at a random time)."""
    from tierslieu.db.backup import backup_sqlite_file

    n = 0
    while True:
        backup_sqlite_file(Path(db), Path(dest))
        n += 1
        print(f"backup {n}", flush=True)


def restore(db: str, source: str, fraction: str) -> None:
    """One restore, SIGKILLed when only ``fraction`` of the copy remains (-1: never)."""
    from tierslieu.db.backup import restore as do_restore

    do_restore(Path(db), Path(source), progress=_killer(fraction))
    print("done", flush=True)


def restore_loop(db: str, first: str, second: str) -> None:
    """Restore two backups in turn, forever (the parent kills at a random time)."""
    from tierslieu.db.backup import restore as do_restore

    n = 0
    while True:
        do_restore(Path(db), Path(first if n % 2 == 0 else second))
        n += 1
        print(f"restored {n}", flush=True)


def disk_full(db: str, headroom: str) -> None:
    """Write members until the file size limit stops SQLite; print the domain error."""
    import resource

    from tierslieu.db.setup import open_database
    from tierslieu.errors import TiersLieuError
    from tierslieu.services import members
    from tierslieu.services.dto import PersonInput

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a fatal signal
    engine = open_database(db)
    limit = os.path.getsize(db) + int(headroom)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    print("ready", flush=True)
    try:
        for i in range(100_000):
            row = members.create(engine, PersonInput(first_name="Plein", last_name=f"D{i}",
                                                     notes="x" * 2000))
            print(row.id, flush=True)
    except TiersLieuError as exc:
        print(f"error {type(exc).__name__} {exc.key} {exc.message('fr')}", flush=True)
        return
    print("no error", flush=True)


def hold(db: str, seconds: str) -> None:
    """Hold the write lock (an open write transaction) for ``seconds``, then commit."""
    con = sqlite3.connect(db, isolation_level=None, timeout=10)
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO setting (key, value) VALUES ('held', '1')")
    print("locked", flush=True)
    time.sleep(float(seconds))
    con.execute("COMMIT")
    con.close()
    print("released", flush=True)


MODES = {"writes": writes, "migrate": migrate, "backup": backup, "backup_loop": backup_loop,
         "restore": restore, "restore_loop": restore_loop, "disk_full": disk_full, "hold": hold}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
