"""Invoice numbers: F2026-00042, continuous per year, with no gap.

The counter is a row of ``invoice_counter`` read ``FOR UPDATE`` and incremented in the
transaction that writes the invoice: if anything fails before COMMIT, the number goes
back with the rest (a PostgreSQL sequence would have burnt it and left a gap). On
SQLite the engine's ``BEGIN IMMEDIATE`` already serialises writers. Credit notes have
their own series, A2026-00001.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tierslieu.db.models import Invoice, InvoiceCounter
from tierslieu.errors import ValidationError
from tierslieu.services.billing.common import d

PREFIX = {"invoice": "F", "credit_note": "A"}
CHAIN = "#chain"


def series(kind: str, issued_on: date) -> str:
    return f"{PREFIX[kind]}{issued_on.year}"


def _counter(session: Session, name: str) -> InvoiceCounter:
    stmt = select(InvoiceCounter).where(InvoiceCounter.series == name).with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None:
        # the first number of a year: two PCs may create the row at once; the loser
        # reads the winner's row (a savepoint keeps its transaction usable)
        try:
            with session.begin_nested():
                row = InvoiceCounter(series=name, last_number=0)
                session.add(row)
        except IntegrityError:
            row = session.execute(stmt).scalar_one()
    return row


def lock_chain(session: Session) -> InvoiceCounter:
    """Take the lock every billing write goes through, first thing in its transaction:
    one writer of the chain at a time, and (PostgreSQL, READ COMMITTED) what it reads
    next includes what the previous writer committed, so two PCs never bill twice."""
    return _counter(session, CHAIN)


def check_date(session: Session, kind: str, issued_on: date) -> None:
    """Numbers follow the dates: no invoice dated before the last one of its series."""
    name = series(kind, issued_on)
    last = session.scalar(select(func.max(Invoice.issued_on)).where(
        Invoice.number.like(f"{name}-%")))
    if last is not None and issued_on < last:
        raise ValidationError("invoice_date_before_last", "issued_on", value=d(issued_on),
                              last=d(last))


def take_many(session: Session, kind: str, issued_on: date, count: int) -> list[str]:
    """The next ``count`` numbers of the series, inside the caller's transaction."""
    row = _counter(session, series(kind, issued_on))
    first = row.last_number + 1
    row.last_number += count
    session.flush()
    return [f"{row.series}-{n:05d}" for n in range(first, first + count)]


def split(number: str) -> tuple[str, int]:
    """``"F2026-00042"`` -> ``("F2026", 42)``."""
    name, _, n = number.partition("-")
    return name, int(n)
