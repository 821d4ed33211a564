"""The audit log: who created, changed, deleted, exported or restored what.

:func:`record` writes one entry *inside the caller's transaction*, so a change and its
entry commit or roll back together. Entries carry identifiers and counts, never copies
of personal data (a name or an e-mail would survive the person's anonymisation).

The log is append-only (migration 0009's triggers refuse UPDATE and DELETE) and
hash-chained: ``hash = sha256(prev_hash + canonical row)``, so :func:`verify` finds an
entry altered behind the application's back (a trigger dropped, then a row edited).
Without a secret key the chain proves integrity against accidents and casual edits,
not against someone who rewrites every later hash too; the nightly backups keep older
copies to compare with.

:func:`purge` deletes entries older than 12 months (CNIL's recommendation for access
logs): the only deletion, through a gate the triggers check (``audit_state.purge_open``)
that is opened and closed inside the purge's own transaction, so no other connection
ever sees it open. The hash of the last purged entry becomes the anchor the oldest kept
entry must follow.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, cast

from dateutil.relativedelta import relativedelta
from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import AuditEntry, AuditState

GENESIS = "0" * 64
RETENTION_MONTHS = 12
MAX_LIST = 5000


def _json(detail: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(detail or {}), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False, default=str)


def canonical(e: AuditEntry) -> str:
    """The text an entry's hash covers: every column but the hashes, in a fixed order."""
    at = e.at.astimezone(UTC).isoformat(timespec="microseconds")
    return json.dumps([e.id, at, e.user_id, e.login, e.role, e.action, e.entity,
                       e.entity_id, e.detail], ensure_ascii=False, separators=(",", ":"))


def digest(prev_hash: str, e: AuditEntry) -> str:
    return hashlib.sha256((prev_hash + canonical(e)).encode("utf-8")).hexdigest()


def _state(session: Session) -> AuditState:
    """The chain's head, locked for this transaction (SQLite holds the write lock already)."""
    stmt = select(AuditState).where(AuditState.id == 1)
    if session.get_bind().dialect.name != "sqlite":
        stmt = stmt.with_for_update()
    state = session.scalar(stmt)
    if state is None:  # an emptied table (TRUNCATE): rebuild the head from the log itself
        last = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        state = AuditState(id=1, last_id=last.id if last else 0,
                           last_hash=last.hash if last else GENESIS,
                           anchor_hash=GENESIS, purge_open=False)
        session.add(state)
        session.flush()
    return state


_HEAD = select(AuditState.last_id, AuditState.last_hash).where(AuditState.id == 1)
_INSERT = insert(cast(Table, AuditEntry.__table__))
_MOVE_HEAD = update(cast(Table, AuditState.__table__)).where(AuditState.__table__.c.id == 1)


def _head(session: Session) -> tuple[int, str]:
    """The chain's last id and hash, locked for this transaction (SQLite holds the write
    lock already), read without loading the ORM object."""
    stmt = _HEAD if session.get_bind().dialect.name == "sqlite" else _HEAD.with_for_update()
    row = session.connection().execute(stmt).first()
    if row is None:
        state = _state(session)
        return state.last_id, state.last_hash
    return int(row[0]), str(row[1])


def record(session: Session, action: str, entity: str, entity_id: object = "",
           detail_ids: Mapping[str, Any] | None = None, *,
           at: datetime | None = None,
           who: tuple[int | None, str, str] | None = None) -> AuditEntry:
    """Append one entry for the current principal inside the caller's transaction.

    ``action``: what happened (``member.create``, ``booking.cancel``…); ``entity`` and
    ``entity_id``: the record; ``detail_ids``: identifiers and counts only. ``who``
    (user id, login, role) names someone else than the current principal: a sign-in
    attempt, for instance.
    """
    p = security.current()
    user_id, login, role = who or (p.user_id, p.label, p.role)
    head = _head(session)
    entry = AuditEntry(id=head[0] + 1, at=(at or datetime.now(UTC)).astimezone(UTC),
                       user_id=user_id, login=login[:80], role=role[:16],
                       action=action[:64], entity=entity[:64],
                       entity_id=str(entity_id if entity_id is not None else "")[:64],
                       detail=_json(detail_ids), prev_hash=head[1], hash="")
    # the stored instant is what the hash must cover (microseconds, UTC)
    entry.hash = digest(head[1], entry)
    # plain statements (the entry object stays out of the session): the audit row is in
    # every write of the application, and the ORM's flush was half a booking's save
    conn = session.connection()
    conn.execute(_INSERT, {"id": entry.id, "at": entry.at, "user_id": entry.user_id,
                           "login": entry.login, "role": entry.role, "action": entry.action,
                           "entity": entry.entity, "entity_id": entry.entity_id,
                           "detail": entry.detail, "prev_hash": entry.prev_hash,
                           "hash": entry.hash})
    conn.execute(_MOVE_HEAD, {"last_id": entry.id, "last_hash": entry.hash})
    return entry


def log(engine: Engine, action: str, entity: str, entity_id: object = "",
        detail_ids: Mapping[str, Any] | None = None) -> None:
    """:func:`record` in a transaction of its own: for reads worth logging (exports)."""
    with transaction(engine) as s:
        record(s, action, entity, entity_id, detail_ids)


# -- reading ------------------------------------------------------------------------------

@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_id: int | None
    login: str
    role: str
    action: str
    entity: str
    entity_id: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditQuery:
    login: str | None = None
    action: str | None = None          # exact action, or a prefix ending in "." ("member.")
    entity: str | None = None
    entity_id: str | None = None
    start: date | None = None          # local days, both included
    end: date | None = None
    limit: int = MAX_LIST


def _row(e: AuditEntry) -> AuditRow:
    try:
        detail = json.loads(e.detail) if e.detail else {}
    except ValueError:
        detail = {"raw": e.detail}
    return AuditRow(e.id, e.at, e.user_id, e.login, e.role, e.action, e.entity, e.entity_id,
                    detail)


def _day_start(day: date) -> datetime:
    from tierslieu import timeutil

    return timeutil.to_utc(datetime.combine(day, time()), timeutil.DEFAULT_TZ, "start", fold=0)


def entries(engine: Engine, query: AuditQuery | None = None) -> list[AuditRow]:
    """Entries matching ``query``, newest first."""
    security.require("audit.read")
    q = query or AuditQuery()
    stmt = select(AuditEntry)
    if q.login:
        stmt = stmt.where(AuditEntry.login == q.login)
    if q.action:
        stmt = stmt.where(AuditEntry.action.startswith(q.action, autoescape=True)
                          if q.action.endswith(".") else AuditEntry.action == q.action)
    if q.entity:
        stmt = stmt.where(AuditEntry.entity == q.entity)
    if q.entity_id:
        stmt = stmt.where(AuditEntry.entity_id == q.entity_id)
    if q.start:
        stmt = stmt.where(AuditEntry.at >= _day_start(q.start))
    if q.end:
        stmt = stmt.where(AuditEntry.at < _day_start(q.end + relativedelta(days=1)))
    stmt = stmt.order_by(AuditEntry.id.desc()).limit(max(1, min(q.limit, MAX_LIST)))
    with transaction(engine, readonly=True) as s:
        return [_row(e) for e in s.scalars(stmt)]


def facets(engine: Engine) -> tuple[list[str], list[str]]:
    """The logins and the actions present in the log (for the view's filters)."""
    security.require("audit.read")
    with transaction(engine, readonly=True) as s:
        logins = list(s.scalars(select(AuditEntry.login).distinct().order_by(AuditEntry.login)))
        actions = list(s.scalars(select(AuditEntry.action).distinct()
                                 .order_by(AuditEntry.action)))
    return logins, actions


# -- integrity ----------------------------------------------------------------------------

@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int
    bad_id: int | None = None
    problem: str = ""


def verify(engine: Engine) -> VerifyReport:
    """Walk the chain from the anchor: each entry must follow the previous one's hash and
    hash to what it says; the head must name the last entry."""
    security.require("audit.read")
    with transaction(engine, readonly=True) as s:
        state = s.get(AuditState, 1)
        prev = state.anchor_hash if state else GENESIS
        checked = 0
        last_id = None
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id)
                           .execution_options(yield_per=2000)):
            if e.prev_hash != prev:
                return VerifyReport(False, checked, e.id, "chain broken (an entry is missing "
                                    "or was re-ordered)")
            if digest(prev, e) != e.hash:
                return VerifyReport(False, checked, e.id, "content altered")
            prev, last_id = e.hash, e.id
            checked += 1
        if state is not None and checked and (state.last_hash != prev
                                              or state.last_id != last_id):
            return VerifyReport(False, checked, state.last_id,
                                "the newest entries are missing")
    return VerifyReport(True, checked)


def purge(engine: Engine, today: date | None = None) -> int:
    """Delete entries older than 12 months before ``today``; returns how many went.

    The purge itself is recorded (count and the last id purged).
    """
    security.require("audit.read")
    today = today or timeutil.local_today()
    first_kept = today - relativedelta(months=RETENTION_MONTHS)
    cutoff = _day_start(first_kept)
    with transaction(engine) as s:
        state = _state(s)
        last = s.scalar(select(AuditEntry).where(AuditEntry.at < cutoff)
                        .order_by(AuditEntry.id.desc()).limit(1))
        if last is None:
            return 0
        count = int(s.scalar(select(func.count()).where(AuditEntry.id <= last.id)) or 0)
        state.purge_open = True
        s.flush()
        s.execute(delete(AuditEntry).where(AuditEntry.id <= last.id))
        state.anchor_hash = last.hash
        state.purge_open = False
        s.flush()
        record(s, "audit.purge", "audit_log", last.id, {"count": count,
                                                         "before": first_kept.isoformat()})
        return count


def count(engine: Engine) -> int:
    security.require("audit.read")
    with transaction(engine, readonly=True) as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def ids(values: Sequence[int]) -> list[int]:
    """A short, sorted list of identifiers for ``detail_ids`` (at most 200 kept)."""
    return sorted(values)[:200]
