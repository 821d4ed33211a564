"""Is the database whole? Physical damage on one side, logical inconsistencies on the other.

*Physical* damage (a file that is not a database, b-trees that ``quick_check`` or
``integrity_check`` reject) cannot be repaired: the damaged file is moved aside as
``<name>.corrupt-<YYYYmmdd-HHMMSS>`` (Firefox's habit: never overwritten, never deleted)
and a backup that passes its checks is restored instead.

*Logical* inconsistencies are rows SQLite's checks cannot see: a link to a row that no
longer exists (written while foreign keys were off), two confirmed bookings of one room at
the same time, a booking that ends before it starts. :func:`repair` fixes them all in ONE
transaction and says what it did (Anki's "check database").
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, event, exists, inspect, literal, select, update
from sqlalchemy.exc import IntegrityError

from tierslieu.errors import DatabaseDamagedError, DatabaseError

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
_CORRUPT, _NOTADB = 11, 26          # SQLite primary result codes meaning "damaged file"
_BUSY, _LOCKED = 5, 6
_FULL, _IOERR = 13, 10
SIDECARS = ("-journal", "-wal", "-shm")


# -- physical ------------------------------------------------------------------------------

def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def _code(exc: BaseException) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def physical_problem(path: Path, *, full: bool = False, readonly: bool = False,
                     timeout: float = 10) -> str | None:
    """None when ``path`` is a sound SQLite file (or empty: a new database), else what is wrong.

    ``full`` runs ``integrity_check`` (also compares indexes with their tables) instead of
    the faster ``quick_check``. A read-write connection lets SQLite roll back a hot journal
    left by a crash (ordinary recovery); nothing else is written. A database locked by
    another program raises ``DatabaseError("db_busy")``: busy is not damaged.
    """
    try:
        if path.stat().st_size == 0:
            return None
    except FileNotFoundError:
        return None
    if not has_sqlite_header(path):
        return "not a SQLite database (bad header)"
    mode = "ro" if readonly else "rw"
    try:
        con = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, timeout=timeout)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}(20)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        code = _code(exc)
        if code in (_CORRUPT, _NOTADB) or "malformed" in str(exc) or "not a database" in str(exc):
            return str(exc)
        if code in (_BUSY, _LOCKED):
            raise DatabaseError("db_busy", detail=str(exc)) from exc
        raise
    damage = physical_lines(rows)
    return "; ".join(r.replace("\n", " ") for r in damage[:3]) or None


def physical_lines(rows: list[str]) -> list[str]:
    """The lines of an integrity/quick check that mean damage. A row breaking a CHECK or
    NOT NULL constraint (written with checks off) is a logical problem of a sound file."""
    return [r for r in rows if r != "ok"
            and not r.startswith(("CHECK constraint failed in ", "NULL value in "))]


def _rename_no_replace(src: Path, dest: Path) -> None:
    """Rename without ever replacing an existing file (a hard link fails if ``dest`` exists)."""
    try:
        os.link(src, dest)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this filesystem
        if dest.exists():
            raise FileExistsError(dest) from None
        os.rename(src, dest)
        return
    os.unlink(src)


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its journal/WAL) to ``<name>.corrupt-<time>``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    n = 0
    while True:
        aside = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n else ""))
        if not any(Path(str(aside) + s).exists() for s in ("", *SIDECARS)):
            try:
                _rename_no_replace(path, aside)
                break
            except FileExistsError:
                pass
        n += 1
    # the main file first: a journal left behind next to a new, empty file is discarded by
    # SQLite, whereas a journal applied to the wrong file would damage it
    for suffix in SIDECARS:
        side = Path(str(path) + suffix)
        if side.exists():
            try:
                _rename_no_replace(side, Path(str(aside) + suffix))
            except OSError:
                log.warning("could not move %s aside", side)
    fsync_dir(path.parent)
    log.info("damaged database moved aside: %s -> %s", path, aside)
    return aside


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def pending_aside(path: Path) -> Path | None:
    """The newest ``<name>.corrupt-<time>`` next to ``path`` (its journal files aside)."""
    from tierslieu.db.backup import glob_escape

    found = [p for p in path.parent.glob(glob_escape(path.name) + ".corrupt-*")
             if not p.name.endswith(SIDECARS)]
    return max(found, key=lambda p: p.name) if found else None


def check_on_open(path: Path, now: datetime | None = None) -> None:
    """``quick_check`` a SQLite file before use; a damaged one goes aside and we say which
    backups can replace it (:class:`DatabaseDamagedError`).

    Until something is put back in its place, the recovery path is offered again at each
    start rather than a new, empty database quietly created where the data used to be
    (with no good backup there is nothing to offer, and a new database is started).
    """
    from tierslieu.db.backup import good_backups

    if not path.exists():
        aside = pending_aside(path)
        candidates = good_backups(path) if aside is not None else []
        if aside is not None and candidates:
            from tierslieu.i18n import translate

            raise DatabaseDamagedError(path, aside, candidates,
                                       detail=translate("db_damaged_pending"))
        return
    problem = physical_problem(path)
    if problem is None:
        return
    aside = move_aside(path, now)
    raise DatabaseDamagedError(path, aside, good_backups(path), detail=problem)


# -- errors while running ------------------------------------------------------------------

def install_error_mapping(engine: Engine) -> None:
    """A full disk, a lock held too long or a damaged page become domain errors, so the
    GUI and the CLI say what happened instead of showing a driver traceback."""

    @event.listens_for(engine, "handle_error")
    def _map(ctx: Any) -> None:
        orig = ctx.original_exception
        sqlstate = getattr(orig, "sqlstate", None)
        if sqlstate == "53100":  # PostgreSQL: disk full
            raise DatabaseError("db_write_failed", detail=str(orig).strip()) from orig
        if not isinstance(orig, sqlite3.Error):
            return
        code = _code(orig)
        if code in (_FULL, _IOERR):
            raise DatabaseError("db_write_failed", detail=str(orig)) from orig
        if code in (_BUSY, _LOCKED):
            raise DatabaseError("db_busy", detail=str(orig)) from orig
        if code in (_CORRUPT, _NOTADB):
            raise DatabaseError("db_physical_damage", detail=str(orig)) from orig


# -- logical -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """One inconsistent row and how :func:`repair` fixes it."""

    kind: str                  # orphan | overlap | bad_interval
    table: str
    key: dict[str, Any]        # primary key of the row at fault
    fix: str                   # delete | set_null | cancel
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        from tierslieu.i18n import translate

        row = ", ".join(f"{k}={v}" for k, v in self.key.items())
        text = translate(f"problem_{self.kind}", lang, table=self.table, row=row, **self.params)
        return f"{text} → {translate('fix_' + self.fix, lang)}"

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "table": self.table, "key": self.key, "fix": self.fix,
                **self.params}


@dataclass
class RepairReport:
    fixed: list[Problem] = field(default_factory=list)
    left: list[Problem] = field(default_factory=list)
    backup: Path | None = None


def _tables(session: Session) -> list[Table]:
    from tierslieu.db.models import Base

    present = set(inspect(session.connection()).get_table_names())
    return [t for t in Base.metadata.sorted_tables if t.name in present]


def _orphans(session: Session, tables: list[Table]) -> list[Problem]:
    """Rows whose foreign key names a row that does not exist (any backend)."""
    names = {t.name for t in tables}
    problems: list[Problem] = []
    for table in tables:
        pk = list(table.primary_key.columns)
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            ref = fk.column
            if ref.table.name not in names or ref.table is table:
                continue
            col = fk.parent
            missing = ~exists(select(literal(1)).select_from(ref.table).where(ref == col))
            rule = (fk.ondelete or "").upper()
            fix = ("delete" if rule == "CASCADE" else "set_null" if rule == "SET NULL"
                   else "set_null" if col.nullable else "delete")
            for row in session.execute(select(*pk, col).where(col.is_not(None), missing)):
                problems.append(Problem(
                    "orphan", table.name, {c.name: row[i] for i, c in enumerate(pk)}, fix,
                    {"column": col.name, "references": ref.table.name, "value": row[-1]}))
    return problems


def _booking_problems(session: Session) -> list[Problem]:
    from sqlalchemy.orm import aliased

    from tierslieu.db.models import Booking, Resource

    problems = [Problem("bad_interval", "booking", {"id": bid}, "delete", {"id": bid})
                for bid in session.scalars(select(Booking.id).where(
                    Booking.end_at <= Booking.start_at).order_by(Booking.id))]
    a, b = aliased(Booking), aliased(Booking)
    pairs = session.execute(
        select(a.id, b.id, a.resource_id, Resource.name)
        # a range on (resource_id, start_at) per booking: b starts inside a (an OR here
        # would make SQLite scan every pair of a resource's bookings)
        .join(b, and_(b.resource_id == a.resource_id, b.start_at >= a.start_at,
                      b.start_at < a.end_at, b.id != a.id, b.status == "confirmed",
                      b.end_at > b.start_at))
        .join(Resource, Resource.id == a.resource_id)
        .where(a.status == "confirmed", a.end_at > a.start_at,
               Resource.kind != "hot_desk_zone")).all()
    involved: dict[int, set[int]] = defaultdict(set)
    names: dict[int, str] = {}
    for aid, bid, rid, name in pairs:
        involved[rid].update((aid, bid))
        names[rid] = name
    for rid, ids in sorted(involved.items()):
        rows = session.execute(select(Booking.id, Booking.start_at, Booking.end_at)
                               .where(Booking.id.in_(ids)).order_by(Booking.id)).all()
        kept: list[tuple[int, datetime, datetime]] = []
        for bid, start, end in rows:  # the first booked keeps the slot; later ones are cancelled
            other = next((k for k in kept if start < k[2] and k[1] < end), None)
            if other is None:
                kept.append((bid, start, end))
            else:
                problems.append(Problem("overlap", "booking", {"id": bid}, "cancel",
                                        {"id": bid, "other": other[0], "resource": names[rid]}))
    return problems


def logical_problems(session: Session) -> list[Problem]:
    """Every inconsistency :func:`repair` knows how to fix, orphans first."""
    tables = _tables(session)
    problems = _orphans(session, tables)
    if "booking" in {t.name for t in tables} and "resource" in {t.name for t in tables}:
        problems += _booking_problems(session)
    return problems


def _apply(session: Session, problem: Problem, now: datetime) -> None:
    from tierslieu.db.models import Base, Booking

    table = Base.metadata.tables[problem.table]
    where = and_(*[table.c[k] == v for k, v in problem.key.items()])
    if problem.fix == "delete":
        session.execute(delete(table).where(where))
    elif problem.fix == "set_null":
        session.execute(update(table).where(where).values({problem.params["column"]: None}))
    elif problem.fix == "cancel":
        session.execute(update(Booking).where(Booking.id == problem.key["id"]).values(
            status="cancelled", cancelled_at=now, sequence=Booking.sequence + 1))
    else:  # pragma: no cover - every Problem is built above
        raise ValueError(problem.fix)


def repair(engine: Engine, now: datetime | None = None) -> RepairReport:
    """Fix every logical problem in ONE transaction; rows that other data still needs are
    left alone (a savepoint undoes just that fix) and reported."""
    from tierslieu.db.engine import transaction

    now = now or datetime.now(UTC)
    report = RepairReport()
    with transaction(engine) as s:
        seen: set[tuple[str, str]] = set()
        for _ in range(3):  # a deleted row can cascade; look again until nothing new
            todo = [p for p in logical_problems(s) if (p.table, repr(p.key)) not in seen]
            if not todo:
                break
            for p in todo:
                seen.add((p.table, repr(p.key)))
                savepoint = s.begin_nested()
                try:
                    _apply(s, p, now)
                    savepoint.commit()
                    report.fixed.append(p)
                except IntegrityError:
                    savepoint.rollback()
                    report.left.append(Problem(p.kind, p.table, p.key, "none", p.params))
    return report
