"""SQLite fast paths for the hottest booking reads: the availability check, a range of
bookings, and the planning's screen (a site's resources, openings and bookings: one
statement).

SQLAlchemy's statement execution costs ten times the query itself on these reads (a
session, a transaction, a compiled statement, result processors: 265 µs for a 22 µs
index range). On SQLite they run the same bounded SQL on the pooled DBAPI connection
instead, datetimes as the text SQLAlchemy stores (``2026-06-01 08:00:00.000000``, UTC).

What does not change:

* the SQL is one text, written here; an engine someone watches (``before_cursor_execute``
  or ``after_cursor_execute`` listeners, ``echo``) gets it through SQLAlchemy's
  ``exec_driver_sql``, so statement counts and query-plan tests see what really runs;
* a database error makes the statement run again through SQLAlchemy, whose error
  mapping (:func:`tierslieu.db.integrity.install_error_mapping`) names it;
* PostgreSQL (and ``ENABLED = False``, which the tests use to compare both) takes the
  portable SQLAlchemy statements of :mod:`tierslieu.services.bookings`.

Nothing is cached between calls: every check reads the resource and the bookings as
they are now, so a rule or a booking changed by another front-desk PC counts at once
(a site's zone is only guessed from the last answer, and checked in the new one).
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.processors import str_to_date, str_to_time

from tierslieu import timeutil

ENABLED = True

# the status a booking holds its slot with (bookings.ACTIVE is this one value)
ACTIVE = "confirmed"

RESOURCE_SQL = "SELECT kind, capacity, buffer_minutes FROM resource WHERE id = ?"
# bounded on both sides of start_at: an index range of ix_booking_resource_time
FREE_SQL = ("SELECT id, start_at, end_at FROM booking WHERE resource_id = ?"
            f" AND status = '{ACTIVE}' AND start_at < ? AND start_at > ? AND end_at > ?")

_WEEK_COLUMNS = (
    "SELECT booking.id, booking.resource_id, resource.name, booking.person_id,"
    " person.first_name, person.last_name, booking.title, booking.start_at, booking.end_at,"
    " booking.status, booking.attendees, booking.price_cents, booking.checked_in_at,"
    " booking.series_id, booking.sequence, site.timezone FROM booking"
    " JOIN resource ON resource.id = booking.resource_id JOIN site ON site.id = resource.site_id"
    " LEFT JOIN person ON person.id = booking.person_id"
    " WHERE booking.start_at < ? AND booking.start_at > ? AND booking.end_at > ?")


def enabled(engine: Engine | Connection) -> bool:
    return ENABLED and engine.dialect.name == "sqlite"


def _watched(engine: Engine) -> bool:
    """Someone counts, logs or checks statements: let them see this one."""
    dispatch = engine.dispatch
    return bool(engine.echo or dispatch.before_cursor_execute
                or dispatch.after_cursor_execute)


def db_time(instant: datetime) -> str:
    """A UTC instant as SQLAlchemy stores it in SQLite (``%Y-%m-%d %H:%M:%S.%f``)."""
    return instant.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


_PARSED: dict[str, datetime] = {}


def instant(value: Any) -> datetime | None:
    """An aware UTC datetime from the stored text (or a driver's datetime).

    A week's bookings share few distinct instants (slots start on the quarter hour):
    each text is parsed once (a pure function of the text; the memo is bounded)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    found = _PARSED.get(value)
    if found is None:
        if len(_PARSED) > 50_000:
            _PARSED.clear()
        found = _PARSED[value] = datetime.fromisoformat(value).replace(tzinfo=UTC)
    return found


def local_time(value: Any) -> time:
    """An opening hour as SQLAlchemy reads the stored text (its own SQLite processor)."""
    return value if isinstance(value, time) else str_to_time(value)


def local_date(value: Any) -> date:
    """A closure's day as SQLAlchemy reads the stored text (its own SQLite processor)."""
    return value if isinstance(value, date) else str_to_date(value)


def parsed() -> dict[str, datetime]:
    """:func:`instant`'s memo, for a loop that looks each text up before calling it."""
    return _PARSED


def rows(conn: Connection, sql: str, params: Sequence[Any] | Mapping[str, Any]) -> list[Any]:
    """``sql`` (qmark or named parameters) on ``conn``'s own DBAPI connection, in its
    transaction."""
    if not _watched(conn.engine):
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error:
            pass          # once more through SQLAlchemy: its error mapping speaks
        finally:
            cursor.close()
    bound = params if isinstance(params, Mapping) else tuple(params)
    return list(conn.exec_driver_sql(sql, bound).all())


# -- the availability check ----------------------------------------------------------------

def is_free(engine: Engine, resource_id: int, start: datetime, end: datetime,
            reach: timedelta) -> bool | None:
    """Whether [start, end) (UTC) is free on a resource, or None when the portable path
    must answer (no such resource: it raises the error; a database error: it maps it)."""
    if _watched(engine):
        # through SQLAlchemy (events fire, echo logs), in a deferred read transaction
        with engine.connect() as conn:
            conn.execution_options(tierslieu_readonly=True)
            return _free(lambda sql, p: conn.exec_driver_sql(sql, p).all(),
                         resource_id, start, end, reach)
    try:
        dbapi = engine.raw_connection()
        try:
            # autocommit reads (the engine's connections have isolation_level=None): no
            # BEGIN/COMMIT round for one answer; each statement sees committed data
            cursor = dbapi.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                return _free(lambda sql, p: cursor.execute(sql, p).fetchall(),
                             resource_id, start, end, reach)
            finally:
                cursor.close()
        finally:
            dbapi.close()
    except sqlite3.Error:
        return None


def _free(run: Any, resource_id: int, start: datetime, end: datetime,
          reach: timedelta) -> bool | None:
    resource = run(RESOURCE_SQL, (resource_id,))
    if not resource:
        return None
    kind, capacity, buffer_minutes = resource[0]
    found = run(FREE_SQL, free_params(resource_id, start, end,
                                      timedelta(minutes=buffer_minutes), reach))
    if kind != "hot_desk_zone" or not found:
        return not found
    taken = [(instant(s), instant(e)) for _, s, e in found]
    return not over_capacity(taken, start, end, capacity)


def free_params(resource_id: int, start: datetime, end: datetime, buffer: timedelta,
                reach: timedelta) -> tuple[int, str, str, str]:
    """:data:`FREE_SQL`'s parameters: the slot widened by the buffer, start_at bounded
    below by the longest booking allowed."""
    return (resource_id, db_time(end + buffer), db_time(start - buffer - reach),
            db_time(start - buffer))


def over_capacity(taken: Sequence[tuple[Any, Any]], start: datetime, end: datetime,
                  capacity: int) -> bool:
    """A hot-desk zone is full where ``capacity`` bookings overlap at one instant; the
    count can only rise at the slot's start or at another booking's start."""
    instants = [start] + [s for s, _ in taken if start < s < end]
    return max(sum(1 for s, e in taken if s <= t < e) for t in instants) >= capacity


# -- a range of bookings (the planning's week) ---------------------------------------------

def between(conn: Connection, start: datetime, end: datetime, reach: timedelta, *,
            resource_ids: Sequence[int] | None, person_id: int | None,
            include_cancelled: bool) -> list[Any]:
    """The rows of :func:`tierslieu.services.bookings._between`, as plain tuples."""
    sql = _WEEK_COLUMNS
    params: list[Any] = [db_time(end), db_time(start - reach), db_time(start)]
    if resource_ids is not None:
        if not resource_ids:
            return []
        sql += f" AND booking.resource_id IN ({', '.join('?' * len(resource_ids))})"
        params += resource_ids
    if person_id is not None:
        sql += " AND booking.person_id = ?"
        params.append(person_id)
    if not include_cancelled:
        sql += " AND booking.status != 'cancelled'"
    return rows(conn, sql + " ORDER BY booking.start_at, booking.id", params)


# -- a site's days (the planning's screen): one statement ----------------------------------

# Each row of site_days_sql() is tagged by its first column.
SITE, RESOURCE, HOURS, CLOSURE, BOOKING = range(5)
_WIDTH = 16              # the widest part: the tag, a resource's 14 columns, its sort key


def _part(tag: int, columns: str, rest: str) -> str:
    width = columns.count(",") + 2                 # the tag and the columns
    return f"SELECT {tag}, {columns}{', NULL' * (_WIDTH - width)} {rest}"


# the planning's resources (bookings.site_days adds the site's columns and the status)
_OF_SITE = "resource.site_id = :site AND resource.status = 'active'{kinds}"
_SITE_DAYS_PARTS = (
    _part(SITE, "id, name, timezone, holiday_subdiv", "FROM site WHERE id = :site"),
    _part(RESOURCE, "id, name, kind, capacity, equipment, hourly_price_cents,"
          " half_day_price_cents, daily_price_cents, bookable_by, buffer_minutes,"
          " min_minutes, max_minutes, max_advance_days, color, sort_order",
          f"FROM resource WHERE {_OF_SITE}"),
    _part(HOURS, "weekday, opens, closes", "FROM opening_hours WHERE site_id = :site"),
    _part(CLOSURE, "start_date, end_date, resource_id, reason, id",
          "FROM closure WHERE site_id = :site"
          " AND start_date <= :last_day AND end_date >= :first_day"),
    # bounded on both sides of start_at: an index range of ix_booking_resource_time for
    # each resource; its name and zone are the resource's and the site's rows' (two
    # text columns less on each of a week's 512 rows: 0.2 ms)
    _part(BOOKING, "booking.id, booking.resource_id, booking.person_id, person.first_name,"
          " person.last_name, booking.title, booking.start_at, booking.end_at,"
          " booking.status, booking.attendees, booking.price_cents, booking.checked_in_at,"
          " booking.series_id, booking.sequence",
          "FROM booking JOIN resource ON resource.id = booking.resource_id"
          " LEFT JOIN person ON person.id = booking.person_id"
          f" WHERE {_OF_SITE} AND booking.start_at < :end AND booking.start_at > :low"
          " AND booking.end_at > :start AND booking.status != 'cancelled'"),
)


@lru_cache(maxsize=8)
def site_days_sql(kinds: int) -> str:
    """The site, its active resources (of the kinds ``:k0``, ``:k1``… when ``kinds``),
    its opening hours, the closures touching the days and the resources' bookings over
    them, in one statement: one snapshot, one round. Unordered: the rows are sorted in
    Python (a compound ORDER BY sorted every part's wide rows, 0.5 ms more)."""
    in_kinds = (f" AND resource.kind IN ({', '.join(f':k{i}' for i in range(kinds))})"
                if kinds else "")
    return " UNION ALL ".join(_SITE_DAYS_PARTS).replace("{kinds}", in_kinds)


_TAG = itemgetter(0)

# the zone each site had last time: a guess for the range's UTC bounds, checked against
# the site's row of the same answer (a wrong guess runs the statement again)
_ZONES: dict[int, str] = {}


def site_days(conn: Connection, site_id: int, days: Sequence[date], kinds: Sequence[str],
              reach: timedelta) -> dict[int, list[Any]] | None:
    """The rows of :func:`site_days_sql` by tag (``SITE``: one row, ``RESOURCE``…),
    for the site's local ``days`` (consecutive, at least one); None when no such site."""
    names = {f"k{i}": kind for i, kind in enumerate(kinds)}
    sql = site_days_sql(len(kinds))
    tz = _ZONES.get(site_id, timeutil.DEFAULT_TZ)
    while True:
        start, _ = timeutil.day_bounds_utc(days[0], tz)
        _, end = timeutil.day_bounds_utc(days[-1], tz)
        found = rows(conn, sql, {
            "site": site_id, "first_day": days[0].isoformat(),
            "last_day": days[-1].isoformat(), "end": db_time(end),
            "low": db_time(start - reach), "start": db_time(start), **names})
        # by tag (a stable sort, linear on the parts as SQLite gives them): the bookings,
        # nearly every row, are the last slice
        found.sort(key=_TAG)
        cut = bisect_left(found, BOOKING, key=_TAG)
        parts: dict[int, list[Any]] = {SITE: [], RESOURCE: [], HOURS: [], CLOSURE: [],
                                       BOOKING: found[cut:]}
        for row in found[:cut]:
            parts[row[0]].append(row)
        if not parts[SITE]:
            return None
        if parts[SITE][0][3] == tz:
            return parts
        tz = _ZONES[site_id] = parts[SITE][0][3]
