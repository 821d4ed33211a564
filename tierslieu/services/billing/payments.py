"""Payments (transfer, cheque, card, cash), balances per customer, aged debtors.

The payment log is append-only: a payment is never edited nor deleted (the models and
the database triggers refuse it); a mistake is cancelled by a reversing entry, a
negative amount pointing at the payment it cancels, with who did it and when.

Cash from private individuals: a VAT-registered structure that records cash takes
falls under the French certified cash-register rule (CGI art. 286 I 3° bis); this log
is not a certified till (see the README).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import Invoice, Payment
from tierslieu.db.models.billing import PAYMENT_METHODS
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.money import format_euros
from tierslieu.services import audit
from tierslieu.services import validation as v
from tierslieu.services.billing.common import d
from tierslieu.services.billing.dto import (
    AgedReport,
    AgedRow,
    CustomerAccount,
    CustomerBalance,
    Party,
    PaymentRow,
)
from tierslieu.services.billing.invoicing import _by_number, money


def payment_rows(session: Session, payments: Sequence[Payment]) -> list[PaymentRow]:
    if not payments:
        return []
    numbers = dict(session.execute(select(Invoice.id, Invoice.number).where(
        Invoice.id.in_({p.invoice_id for p in payments}))).all())
    reversed_ids = set(session.scalars(select(Payment.reverses_id).where(
        Payment.reverses_id.in_([p.id for p in payments]))))
    return [PaymentRow(p.id, numbers[p.invoice_id], p.amount_cents, p.method, p.paid_on,
                       p.reference, p.reverses_id, p.id in reversed_ids, p.note, p.actor,
                       p.recorded_at) for p in payments]


@dataclass(frozen=True)
class PaymentInput:
    number: str
    amount_cents: int
    method: str
    paid_on: date | None = None
    reference: str = ""
    note: str = ""


def _validated(item: PaymentInput) -> PaymentInput:
    method = v.choice(item.method, "method", PAYMENT_METHODS, required=True) or ""
    amount = item.amount_cents
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationError("number_min", "amount", value=amount, min="0,01")
    day = item.paid_on or timeutil.local_today()
    if day > timeutil.local_today():
        raise ValidationError("date_future", "paid_on", value=d(day))
    return PaymentInput(item.number, amount, method, day, v.text(item.reference, "reference"),
                        v.notes(item.note))


def _insert(session: Session, items: Sequence[PaymentInput], actor: str) -> list[Payment]:
    """Check every payment against what is still due (in order), then insert them all."""
    wanted = {i.number.strip().upper() for i in items}
    found = {inv.number: inv for inv in session.scalars(
        select(Invoice).where(Invoice.number.in_(wanted)).with_for_update())}
    credited, paid = money(session, [inv.id for inv in found.values()])
    due = {n: inv.total_incl_cents - credited[inv.id] - paid[inv.id]
           for n, inv in found.items()}
    out = []
    for item in items:
        number = item.number.strip().upper()
        inv = found.get(number)
        if inv is None:
            raise NotFoundError("invoice_not_found", ref=item.number)
        if inv.kind != "invoice":
            raise ValidationError("payment_on_credit_note", "number", value=inv.number)
        if item.amount_cents > due[number]:
            raise ConflictError("payment_exceeds_balance", number=inv.number,
                                amount=format_euros(item.amount_cents),
                                due=format_euros(max(0, due[number])))
        due[number] -= item.amount_cents
        out.append(Payment(invoice_id=inv.id, amount_cents=item.amount_cents,
                           method=item.method, paid_on=item.paid_on, reference=item.reference,
                           note=item.note, actor=actor))
    session.add_all(out)
    session.flush()
    if out:
        audit.record(session, "payment.record", "payment", out[0].id,
                     {"ids": audit.ids([p.id for p in out]), "count": len(out)})
    return out


def record(engine: Engine, number: str, amount_cents: int, method: str, *,
           paid_on: date | None = None, reference: str = "", note: str = "",
           actor: str = "") -> PaymentRow:
    """Record a (possibly partial) payment of an invoice; more than is due is refused."""
    security.require("billing.write")
    return record_many(engine, [PaymentInput(number, amount_cents, method, paid_on, reference,
                                             note)], actor=actor)[0]


def record_many(engine: Engine, items: Sequence[PaymentInput], *, actor: str = ""
                ) -> list[PaymentRow]:
    """Several payments (a bank statement) in one transaction: all or none."""
    security.require("billing.write")
    checked = [_validated(i) for i in items]
    with transaction(engine) as s:
        return payment_rows(s, _insert(s, checked, actor))


def reverse(engine: Engine, payment_id: int, *, reason: str, on: date | None = None,
            actor: str = "") -> PaymentRow:
    """Cancel a payment by a reversing entry (the original stays in the log)."""
    security.require("billing.write")
    reason = v.text(reason, "reason", required=True, max_len=500)
    with transaction(engine) as s:
        original = s.get(Payment, payment_id)
        if original is None:
            raise NotFoundError("payment_not_found", ref=str(payment_id))
        if original.reverses_id is not None:
            raise ValidationError("payment_is_reversal", "payment", ref=payment_id)
        if s.scalar(select(Payment.id).where(Payment.reverses_id == payment_id)) is not None:
            raise ConflictError("payment_already_reversed", ref=payment_id)
        p = Payment(invoice_id=original.invoice_id, amount_cents=-original.amount_cents,
                    method=original.method, paid_on=on or timeutil.local_today(),
                    reference=original.reference, reverses_id=original.id, note=reason,
                    actor=actor)
        s.add(p)
        s.flush()
        audit.record(s, "payment.reverse", "payment", p.id, {"reverses": original.id})
        return payment_rows(s, [p])[0]


def list_payments(engine: Engine, *, number: str | None = None, start: date | None = None,
                  end: date | None = None) -> list[PaymentRow]:
    security.require("billing.read")
    stmt = select(Payment).order_by(Payment.paid_on, Payment.id)
    with transaction(engine, readonly=True) as s:
        if number:
            stmt = stmt.where(Payment.invoice_id == _by_number(s, number).id)
        if start:
            stmt = stmt.where(Payment.paid_on >= start)
        if end:
            stmt = stmt.where(Payment.paid_on <= end)
        return payment_rows(s, list(s.scalars(stmt)))


def _open_invoices(session: Session) -> list[tuple[Invoice, int]]:
    """Every invoice with what is still due on it (credit notes and payments deducted)."""
    invoices = list(session.scalars(select(Invoice).where(Invoice.kind == "invoice")
                                    .order_by(Invoice.issued_on, Invoice.id)))
    credited, paid = money(session, [i.id for i in invoices])
    return [(i, i.total_incl_cents - credited[i.id] - paid[i.id]) for i in invoices]


def balances(engine: Engine, *, today: date | None = None,
             customer: tuple[str, int] | None = None) -> list[CustomerBalance]:
    """Invoiced, credited, paid and due per customer (everyone ever invoiced)."""
    security.require("billing.read")
    today = today or timeutil.local_today()
    stmt = select(Invoice).where(Invoice.kind == "invoice")
    if customer is not None:
        stmt = stmt.where(_customer_is(customer))
    with transaction(engine, readonly=True) as s:
        invoices = list(s.scalars(stmt))
        credited, paid = money(s, [i.id for i in invoices])
    sums: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    who: dict[tuple[str, int], Party] = {}
    for inv in invoices:
        party = Party.from_dict(inv.customer)
        if customer is not None and party.key != customer:
            continue
        who[party.key] = party
        row = sums[party.key]
        due = inv.total_incl_cents - credited[inv.id] - paid[inv.id]
        row[0] += inv.total_incl_cents
        row[1] += credited[inv.id]
        row[2] += paid[inv.id]
        row[3] += due if inv.due_on < today and due > 0 else 0
    return sorted((CustomerBalance(who[k], a, c, p, a - c - p, o)
                   for k, (a, c, p, o) in sums.items()),
                  key=lambda b: (-b.balance_cents, b.customer.name.casefold()))


def _customer_is(customer: tuple[str, int]) -> Any:
    """The invoices of one customer: ("person", id) or ("organization", id)."""
    kind, cid = customer
    if kind not in ("person", "organization"):
        raise ValidationError("choice_invalid", "customer", value=kind,
                              allowed="person, organization")
    column = Invoice.customer_person_id if kind == "person" \
        else Invoice.customer_organization_id
    return column == cid


def account(engine: Engine, customer: tuple[str, int], *, today: date | None = None
            ) -> CustomerAccount:
    """One customer's invoices in a few figures (their file shows them): how many, what
    is still due and how much of it is late, the unpaid ones oldest first, the last."""
    security.require("billing.read")
    today = today or timeutil.local_today()
    with transaction(engine, readonly=True) as s:
        invoices = list(s.scalars(
            select(Invoice).where(Invoice.kind == "invoice", _customer_is(customer))
            .order_by(Invoice.issued_on, Invoice.id)))
        credited, paid = money(s, [i.id for i in invoices])
    due = {i.id: i.total_incl_cents - credited[i.id] - paid[i.id] for i in invoices}
    unpaid = [i for i in invoices if due[i.id] > 0]
    last = invoices[-1] if invoices else None
    return CustomerAccount(
        len(invoices), sum(i.total_incl_cents for i in invoices),
        sum(due[i.id] for i in unpaid),
        sum(due[i.id] for i in unpaid if i.due_on < today),
        tuple(i.number for i in unpaid), last.number if last else "",
        last.issued_on if last else None)


def aged_debtors(engine: Engine, *, today: date | None = None) -> AgedReport:
    """What is due per customer by days past the due date: not yet due, 0-30, 31-60,
    61-90, more than 90; customers who owe nothing are left out."""
    security.require("billing.read")
    today = today or timeutil.local_today()
    with transaction(engine, readonly=True) as s:
        open_ = [(i, due) for i, due in _open_invoices(s) if due > 0]
    buckets: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    numbers: dict[tuple[str, int], list[str]] = defaultdict(list)
    who: dict[tuple[str, int], Party] = {}
    for inv, due in open_:
        party = Party.from_dict(inv.customer)
        who[party.key] = party
        late = (today - inv.due_on).days
        slot = 0 if late < 0 else 1 if late <= 30 else 2 if late <= 60 else 3 if late <= 90 \
            else 4
        buckets[party.key][slot] += due
        numbers[party.key].append(inv.number)
    rows = sorted((AgedRow(who[k], b[0], b[1], b[2], b[3], b[4], tuple(numbers[k]))
                   for k, b in buckets.items()),
                  key=lambda r: (-r.over_90_cents, -r.d61_90_cents, -r.d31_60_cents,
                                 -r.total_cents, r.customer.name.casefold()
                                 if r.customer else ""))
    total = AgedRow(None, sum(r.not_due_cents for r in rows), sum(r.d0_30_cents for r in rows),
                    sum(r.d31_60_cents for r in rows), sum(r.d61_90_cents for r in rows),
                    sum(r.over_90_cents for r in rows))
    return AgedReport(today, tuple(rows), total)
