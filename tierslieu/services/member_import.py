"""Members in and out of CSV files: one transaction, all or nothing unless told otherwise.

Import rules:

* every row is validated first and *all* errors are collected, as (line, field, message);
* the same e-mail twice in the file is an error on each of those lines;
* by default one bad row means nothing is written (:class:`ImportRejected`, exit code 2);
  ``skip_invalid`` imports the good rows and reports the others;
* a row whose e-mail (case-insensitive) is already known updates that person; an empty
  cell, or a column the file does not have, leaves the current value alone;
* named organisations that do not exist are created (kind "company");
* ``dry_run`` does the whole import in the transaction, then rolls it back, so its counts
  are exact.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import chain
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Consent, Organization, Person, PersonOrganization
from tierslieu.db.models.organization import LINK_ROLES
from tierslieu.errors import ConflictError, ValidationError, ValidationErrors
from tierslieu.i18n import translate
from tierslieu.io.csv_members import (
    MemberExport,
    ParsedTable,
    guess_mapping,
    mapping_notices,
    read_table,
    rows_to_inputs,
    write_members,
)
from tierslieu.services import audit, members
from tierslieu.services import validation as v
from tierslieu.services.dto import ImportReport, MemberQuery, PersonInput, PersonRow
from tierslieu.services.member_import_checks import ImportChecks

T = TypeVar("T")
Progress = Callable[[int, int], None]
Mapping = dict[int, str | None]

PROGRESS_EVERY = 200
CHUNK = 500            # rows flushed, then forgotten by the session, per batch
MAX_LISTED = 50        # row errors spelled out in the exception's message
# values an update keeps when the file leaves them empty
_KEEP_IF_EMPTY = ("first_name", "last_name", "phone", "public_category", "joined_on", "notes")


class ImportRejected(ValidationError):
    """Some rows are invalid, so nothing was written; ``report`` lists every error."""

    def __init__(self, report: ImportReport, row_errors: list[tuple[int, ValidationError]]):
        self.report = report
        self.row_errors = row_errors
        super().__init__("csv_invalid_rows", count=len({line for line, _ in row_errors}))

    def message(self, lang: str | None = None) -> str:
        lines = [translate("csv_invalid_rows", lang, **self.params)]
        lines += [translate("csv_line", lang, line=line, message=err.message(lang))
                  for line, err in self.row_errors[:MAX_LISTED]]
        if len(self.row_errors) > MAX_LISTED:
            lines.append(translate("csv_more_errors", lang,
                                   count=len(self.row_errors) - MAX_LISTED))
        return "\n".join(lines)


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


@dataclass
class _Row:
    line: int
    data: PersonInput
    values: dict[str, object]
    more_orgs: list[tuple[str, str | None]]     # organisations after the first, with roles

    @cached_property      # looked up four times per row (duplicates, creations, updates)
    def email_key(self) -> str:
        email = self.values["email"]
        return (v.email_key(email) or "") if isinstance(email, str) else ""


class _Ticker:
    """Calls ``progress(done, total)`` every few rows; validation is the first half."""

    def __init__(self, progress: Progress | None, rows: int) -> None:
        self.progress, self.total, self.done = progress, 2 * rows, 0

    def step(self, done: int) -> None:
        if self.progress and (done // PROGRESS_EVERY != self.done // PROGRESS_EVERY):
            self.progress(done, self.total)
        self.done = done

    def finish(self) -> None:
        if self.progress and self.done != self.total:
            self.progress(self.total, self.total)
        self.done = self.total


# -- import -------------------------------------------------------------------------------

def import_file(engine: Engine, path: str | os.PathLike[str], *, dry_run: bool = False,
                skip_invalid: bool = False, mapping: Mapping | None = None,
                progress: Progress | None = None) -> ImportReport:
    """Read ``path`` and import it; see :func:`import_table`."""
    security.require("members.import")
    with _collector_paused():
        table = read_table(path)
    return import_table(engine, table, mapping, dry_run=dry_run, skip_invalid=skip_invalid,
                        progress=progress)


def import_table(engine: Engine, table: ParsedTable, mapping: Mapping | None = None, *,
                 dry_run: bool = False, skip_invalid: bool = False,
                 progress: Progress | None = None) -> ImportReport:
    """Import parsed rows with ``mapping`` (column -> field; guessed when None).

    Raises :class:`ImportRejected` (a :class:`ValidationError`, with ``.report``) when a
    row is invalid and ``skip_invalid`` is False; nothing is written then.
    """
    security.require("members.import")
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    report = ImportReport(dry_run=dry_run, encoding=table.encoding, delimiter=table.delimiter)
    notices = [n for n in table.warnings if n.key != "csv_unknown_column"]
    notices += mapping_notices(table.headers, mapping)
    report.warnings = [n.message() for n in notices]

    ticker = _Ticker(progress, len(table.rows))
    row_errors: list[tuple[int, ValidationError]] = []
    with _collector_paused():
        inputs = rows_to_inputs(table, mapping, errors=row_errors)
        prepared = _validate_rows(inputs, row_errors, ticker)
        _reject_duplicate_emails(prepared, row_errors)

    row_errors.sort(key=lambda item: item[0])
    report.errors = [(line, err.field, err.message()) for line, err in row_errors]
    bad_lines = {line for line, _ in row_errors}
    if row_errors and not skip_invalid:
        raise ImportRejected(report, row_errors)
    valid = [row for row in prepared if row.line not in bad_lines]

    try:
        with transaction(engine) as session:
            _write(session, valid, report, ticker, len(table.rows))
            if dry_run:
                raise _DryRun
            audit.record(session, "member.import", "person", "",
                         {"created": report.created, "updated": report.updated,
                          "organizations_created": len(report.organizations_created)})
    except _DryRun:
        pass
    except IntegrityError as exc:
        # only a concurrent writer (PostgreSQL) can take an e-mail between check and insert
        raise ConflictError("email_taken", "email", value="?", other="?") from exc
    report.written = not dry_run
    ticker.finish()
    return report


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while rows are read, checked and inserted in bulk:
    they are hundreds of thousands of small objects that reference counting frees, and
    the collector ran 277 times on 10,000 rows (a fifth of the import) finding nothing
    to free. It runs again afterwards (and during updates, which go through the ORM)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _validate_rows(inputs: Sequence[tuple[int, PersonInput]],
                   row_errors: list[tuple[int, ValidationError]],
                   ticker: _Ticker) -> list[_Row]:
    prepared: list[_Row] = []
    checks = ImportChecks()     # each distinct value checked once in the file
    for done, (line, data) in enumerate(inputs, 1):
        ticker.step(done)
        # "A | B" in Organisation (and "Fondateur | Membre" in Rôle) is what export writes
        orgs, roles = _split(data.organization), _split(data.role)
        if len(roles) == 1:
            roles *= max(len(orgs), 1)
        org, role = orgs[0] if orgs else None, roles[0] if roles else None
        first = data if (org, role) == (data.organization, data.role) else replace(
            data, organization=org, role=role)
        errors: list[ValidationError] = []
        values: dict[str, object] = {}
        try:
            values = members.validate(first, checks)
        except ValidationErrors as exc:
            errors += exc.errors
        more: list[tuple[str, str | None]] = []
        for i, org in enumerate(orgs[1:], 1):
            try:
                more.append((checks.text(org, "organization"), checks.choice(
                    roles[i] if i < len(roles) else None, "role", LINK_ROLES)))
            except ValidationError as exc:
                errors.append(exc)
        if errors:
            row_errors.extend((line, err) for err in errors)
        else:
            prepared.append(_Row(line, first, values, more))
    return prepared


def _reject_duplicate_emails(rows: list[_Row],
                             row_errors: list[tuple[int, ValidationError]]) -> None:
    """The same address on several lines is ambiguous: every one of those lines is an error."""
    lines: dict[str, list[_Row]] = {}
    for row in rows:
        if row.email_key:
            lines.setdefault(row.email_key, []).append(row)
    for same in lines.values():
        if len(same) < 2:
            continue
        for row in same:
            others = ", ".join(str(o.line) for o in same if o is not row)
            row_errors.append((row.line, ValidationError(
                "csv_duplicate_email", "email", value=row.values["email"], other=others)))


def _create_many(session: Session, rows: Sequence[_Row]) -> list[str]:
    """Insert new people with their tags, organisations (created when missing, kind
    "company") and consents, exactly as :func:`members.apply` would for a new person, in
    a few ``executemany``; returns the organisations created."""
    from datetime import UTC, datetime

    from sqlalchemy import insert

    from tierslieu.db.models import PersonTag, Tag
    from tierslieu.text import compact, fold, search_words

    if not rows:
        return []
    now = datetime.now(UTC)
    # names, organisations and tags recur in a file: each value folded once
    folded, compacted = _memo(fold), _memo(compact)
    spelled: dict[str, str] = {}       # a new tag takes its first spelling in the file
    for row in rows:
        for t in row.values["tags"]:  # type: ignore[attr-defined]
            spelled.setdefault(folded(str(t)), str(t))
    tags = _named(session, Tag.__table__, Tag.key, Tag.name, spelled,
                  lambda key, name: {"name": name, "key": key})
    wanted: dict[str, str] = {}
    plans: list[tuple[list[tuple[str, str]], list[str]]] = []
    for row in rows:
        roles: dict[str, str] = {}
        for name, role in [(row.values["organization"], row.values["role"]), *row.more_orgs]:
            if name:
                key = compacted(str(name))
                wanted.setdefault(key, str(name))
                if key not in roles or role:
                    roles[key] = str(role or roles.get(key) or "member")
        keys = list(dict.fromkeys(folded(str(t)) for t in row.values["tags"]))  # type: ignore[attr-defined]
        plans.append((list(roles.items()), keys))
    existing = set(session.scalars(select(Organization.name_key).where(
        Organization.name_key.in_(list(wanted)))))
    created = [wanted[k] for k in wanted if k not in existing]
    orgs = _named(session, Organization.__table__, Organization.name_key, Organization.name,
                  wanted, lambda key, name: {
                      "name": name, "name_key": key, "kind": "company", "status": "active",
                      "created_at": now, "updated_at": now})
    words_of = _memo(lambda value: search_words(value))
    people = []
    for row, (links, keys) in zip(rows, plans, strict=True):
        val = row.values
        first, last, email = str(val["first_name"]), str(val["last_name"]), val["email"]
        # search_words(a, b, …) is each value's words in turn, without repeats: names,
        # organisations and tags recur in a file, so each value's words are made once
        words = list(dict.fromkeys(chain.from_iterable(words_of(value) for value in (
            first, last, f"{first} {last}", email, *[orgs[k][1] for k, _ in links],
            *[tags[k][1] for k in keys]))))
        people.append({
            "first_name": first, "last_name": last, "email": email,
            "email_key": v.email_key(email),  # type: ignore[arg-type]
            "phone": val["phone"], "public_category": val["public_category"],
            "joined_on": val["joined_on"], "notes": val["notes"], "status": "active",
            "site_id": row.data.site_id, "search_blob": " " + " ".join(words),
            "sort_key": f"{folded(last)} {folded(first)}"[:420], "pin_hash": "",
            "created_at": now, "updated_at": now})
    ids = _insert_people(session, people)
    links_rows, tag_rows, consents = [], [], []
    for pid, row, (links, keys) in zip(ids, rows, plans, strict=True):
        links_rows += [{"person_id": pid, "organization_id": orgs[k][0], "role": role}
                       for k, role in links]
        tag_rows += [{"person_id": pid, "tag_id": tags[k][0]} for k in keys]
        consents += [{"person_id": pid, "kind": kind, "granted": True, "at": now,
                      "text_version": 1}
                     for kind, wanted_ in (("photo", row.data.consent_photo),
                                           ("newsletter", row.data.consent_newsletter))
                     if wanted_]
    for model, values in ((PersonOrganization, links_rows), (PersonTag, tag_rows),
                          (Consent, consents)):
        if values:
            session.connection().execute(insert(model), values)
    return created


BULK_SQLITE = True    # False: SQLAlchemy's INSERT … RETURNING there too (tests compare both)
_PERSON_COLUMNS = ("first_name", "last_name", "email", "email_key", "phone", "public_category",
                   "joined_on", "notes", "status", "site_id", "search_blob", "sort_key",
                   "pin_hash", "created_at", "updated_at")


def _insert_people(session: Session, people: list[dict[str, Any]]) -> list[int]:
    """Insert the new people; their ids in the same order.

    SQLite: one ``executemany`` of plain values (SQLAlchemy's per-value processing and
    RETURNING batches took 300 ms of a 10,000-row import, the insert itself 70 ms), then
    the new ids: the transaction holds the write lock, so each new row's id is larger
    than every id before it and than the previous new row's."""
    from sqlalchemy import insert

    from tierslieu.services.bookings_fast import db_time

    conn = session.connection()
    table = Person.__table__
    defaulted = {c.key for c in table.c if c.default is not None and not c.primary_key}
    if not BULK_SQLITE or conn.dialect.name != "sqlite" \
            or not defaulted <= set(_PERSON_COLUMNS) \
            or any(set(p) != set(_PERSON_COLUMNS) for p in people):
        return list(conn.execute(insert(Person).returning(
            Person.id, sort_by_parameter_order=True), people).scalars())
    stamps: dict[Any, str] = {}

    def stamp(at: Any) -> str:        # the same "now" for every row: formatted once
        if at not in stamps:
            stamps[at] = db_time(at)
        return stamps[at]

    values = [(p["first_name"], p["last_name"], p["email"], p["email_key"], p["phone"],
               p["public_category"],
               p["joined_on"].isoformat() if p["joined_on"] is not None else None,
               p["notes"], p["status"], p["site_id"], p["search_blob"], p["sort_key"],
               p["pin_hash"], stamp(p["created_at"]), stamp(p["updated_at"])) for p in people]
    last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM person").scalar()
    conn.exec_driver_sql(f"INSERT INTO person ({', '.join(_PERSON_COLUMNS)}) VALUES"
                         f" ({', '.join('?' * len(_PERSON_COLUMNS))})", values)
    ids = list(conn.exec_driver_sql("SELECT id FROM person WHERE id > ? ORDER BY id",
                                    (last,)).scalars())
    if len(ids) != len(people):     # never: the lock keeps other writers out
        raise RuntimeError(f"{len(people)} people inserted, {len(ids)} found")
    return ids


def _memo(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """``fn`` remembered for one import (a dict: cheaper than lru_cache's bookkeeping)."""
    seen: dict[Any, T] = {}

    def once(value: Any) -> T:
        try:
            return seen[value]
        except KeyError:
            found = seen[value] = fn(value)
            return found

    return once


def _named(session: Session, table: Any, key_col: Any, name_col: Any, wanted: dict[str, str],
           make: Callable[[str, str], dict[str, object]]) -> dict[str, tuple[int, str]]:
    """key -> (id, stored name) of tags or organisations, creating the missing ones."""
    from sqlalchemy import insert

    if not wanted:
        return {}
    found = {k: (i, n) for i, k, n in session.execute(
        select(table.c.id, key_col, name_col).where(key_col.in_(list(wanted))))}
    missing = [k for k in wanted if k not in found]
    if missing:
        session.connection().execute(insert(table), [make(k, wanted[k]) for k in missing])
        found.update({k: (i, n) for i, k, n in session.execute(
            select(table.c.id, key_col, name_col).where(key_col.in_(missing)))})
    return found


def _chunks(rows: Sequence[_Row], size: int) -> Iterator[Sequence[_Row]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _write(session: Session, rows: Sequence[_Row], report: ImportReport, ticker: _Ticker,
           half: int) -> None:
    # one query instead of one per row to tell updates from creations
    known: dict[str, int] = {str(key): pid for key, pid in session.execute(
        select(Person.email_key, Person.id).where(Person.email_key.is_not(None)))}
    created_orgs: list[str] = []
    # new people in bulk (executemany, no ORM object per row: 10,000 took seconds);
    # updates through members.apply, which merges with what the person already has
    fresh = [row for row in rows if row.email_key not in known]
    with _collector_paused():
        created_orgs += _create_many(session, fresh)
    report.created += len(fresh)
    rows = [row for row in rows if row.email_key in known]
    done = len(fresh)
    ticker.step(half + done * half // max(len(rows) + done, 1))
    for chunk in _chunks(rows, CHUNK):
        ids = [known[row.email_key] for row in chunk if row.email_key in known]
        people = {p.id: p for p in session.scalars(
            select(Person).where(Person.id.in_(ids)).options(
                selectinload(Person.links).selectinload(PersonOrganization.organization),
                selectinload(Person.tags), selectinload(Person.consents)))} if ids else {}
        for row in chunk:
            pid = known.get(row.email_key)
            if pid is None:
                person = Person(status="active")
                session.add(person)
                report.created += 1
            else:
                person = people[pid]
                report.updated += 1
                for key in _KEEP_IF_EMPTY:
                    if row.values[key] in ("", None):
                        row.values[key] = getattr(person, key)
            # duplicates were ruled out above; without autoflush a new person is one INSERT
            with session.no_autoflush:
                created_orgs += members.apply(session, person, row.values, row.data,
                                              create_missing_org=True, check_email=False)
                for org, role in row.more_orgs:
                    extra = dict(row.values, organization=org, role=role, tags=[])
                    created_orgs += members.apply(
                        session, person, extra,
                        replace(row.data, tags=(), consent_photo=None, consent_newsletter=None),
                        create_missing_org=True, check_email=False)
            done += 1
            ticker.step(half + done * half // max(len(rows), 1))
        session.flush()
        # keep memory flat on 50,000 rows: the rows are in the transaction, not needed here
        session.expunge_all()
        for cache in ("tierslieu_tags", "tierslieu_orgs"):  # they held expunged objects
            session.info.pop(cache, None)
    report.organizations_created = list(dict.fromkeys(created_orgs))


# -- export -------------------------------------------------------------------------------

def _ids_in(ids: list[int], size: int = 900) -> Iterator[list[int]]:
    # SQLite caps bound parameters per statement
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def export_rows(engine: Engine, query: MemberQuery | None = None) -> list[MemberExport]:
    """The people ``query`` selects, with organisations, roles, notes and consents."""
    security.require("members.export")
    rows: list[PersonRow] = members.search(engine, query)
    ids = [r.id for r in rows]
    notes: dict[int, str] = {}
    links: dict[int, list[tuple[str, str]]] = {}
    consents: dict[int, dict[str, bool]] = {}
    with transaction(engine) as s:
        for part in _ids_in(ids):
            notes.update(s.execute(select(Person.id, Person.notes)
                                   .where(Person.id.in_(part))).all())
            for pid, name, role in s.execute(
                    select(PersonOrganization.person_id, Organization.name, PersonOrganization.role)
                    .join(Organization).where(PersonOrganization.person_id.in_(part))
                    .order_by(Organization.name)):
                links.setdefault(pid, []).append((name, role))
            # oldest first: the last decision per kind wins
            for pid, kind, granted in s.execute(
                    select(Consent.person_id, Consent.kind, Consent.granted)
                    .where(Consent.person_id.in_(part)).order_by(Consent.id)):
                consents.setdefault(pid, {})[kind] = bool(granted)
    out = []
    for r in rows:
        person_links = links.get(r.id, [])
        state: dict[str, Any] = consents.get(r.id, {})
        out.append(MemberExport(
            first_name=r.first_name, last_name=r.last_name, email=r.email, phone=r.phone,
            public_category=r.public_category, joined_on=r.joined_on,
            organizations=tuple(n for n, _ in person_links),
            roles=tuple(role for _, role in person_links), tags=r.tags,
            notes=notes.get(r.id, ""), consent_photo=state.get("photo"),
            consent_newsletter=state.get("newsletter")))
    return out


def export_file(engine: Engine, path: str | os.PathLike[str], query: MemberQuery | None = None,
                *, excel_fr: bool = True) -> int:
    """Write the people ``query`` selects (default: active ones) to ``path``; returns a count."""
    security.require("members.export")
    count = write_members(export_rows(engine, query), path, excel_fr=excel_fr)
    audit.log(engine, "member.export", "person", "", {"count": count})
    return count
