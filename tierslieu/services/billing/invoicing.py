"""Issued invoices and credit notes: writing them (numbered, hash-chained), reading them.

Nothing here updates an invoice: there is no such function, the models refuse it and
the database triggers too. A mistake is corrected by a credit note (:func:`credit_note`,
series A2026-…), followed if needed by a manual invoice (:func:`issue_manual`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import func, insert, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import Invoice, InvoiceLine, Payment
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import audit
from tierslieu.services import validation as v
from tierslieu.services.billing import chain, numbering, parties
from tierslieu.services.billing import seller as sellers
from tierslieu.services.billing.common import d
from tierslieu.services.billing.dto import (
    DraftLine,
    InvoiceDetail,
    InvoiceLineRow,
    InvoiceRow,
    Party,
)
from tierslieu.services.billing.lines import totals
from tierslieu.text import clean

PENALTIES = ("En cas de retard de paiement, pénalités de retard au taux de {rate}, exigibles "
             "dès le lendemain de l'échéance, et indemnité forfaitaire pour frais de "
             "recouvrement de 40 € (art. L441-10 et D441-5 du Code de commerce). "
             "Pas d'escompte pour paiement anticipé.")


# -- writing --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Spec:
    """One invoice to write: who, what, for which period."""

    customer: Party
    lines: Sequence[DraftLine]
    month: str | None = None
    period: tuple[date | None, date | None] = (None, None)
    corrects: Invoice | None = None
    note: str = ""


def write_many(session: Session, specs: Sequence[Spec], *, kind: str, issued_on: date,
               seller: sellers.Seller, actor: str = "") -> list[Invoice]:
    """Number, chain and insert invoices with their lines, in the caller's transaction.

    The chain lock is taken first, then the series' counter; numbers and links follow
    the order of ``specs``. Nothing is committed here: a failure later in the caller's
    transaction takes the numbers back."""
    head = numbering.lock_chain(session)
    numbering.check_date(session, kind, issued_on)
    prev = session.scalar(select(Invoice.hash).where(
        Invoice.chain_index == head.last_number)) or chain.GENESIS
    numbers = numbering.take_many(session, kind, issued_on, len(specs))
    days = seller.payment_days if kind == "invoice" else 0
    sold = {**seller.party().to_dict(), **seller.extra()}
    now = datetime.now(UTC)
    first = head.last_number + 1
    invoices, all_lines = [], []
    for spec, number in zip(specs, numbers, strict=True):
        t = totals(list(spec.lines))
        who = spec.customer
        inv = dict(
            number=number, kind=kind, chain_index=head.last_number + 1, issued_on=issued_on,
            due_on=issued_on + timedelta(days=days), month=spec.month,
            period_start=spec.period[0], period_end=spec.period[1],
            customer_person_id=who.id if who.kind == "person" else None,
            customer_organization_id=who.id if who.kind == "organization" else None,
            customer=who.to_dict(), seller=dict(sold), vat_exempt=seller.vat_exempt,
            total_excl_cents=t.excl_cents, total_vat_cents=t.vat_cents,
            total_incl_cents=t.incl_cents,
            corrects_id=spec.corrects.id if spec.corrects else None, note=spec.note,
            actor=actor, created_at=now)
        rows = [dict(position=i, kind=x.kind, label=x.label[:300], detail=x.detail,
                     quantity_milli=x.quantity_milli, unit=x.unit,
                     unit_price_cents=x.unit_price_cents,
                     amount_excl_cents=x.amount_excl_cents, vat_rate_bp=x.vat_rate_bp,
                     subscription_id=x.subscription_id, credited_line_id=x.credited_line_id,
                     period_start=x.period_start, period_end=x.period_end)
                for i, x in enumerate(spec.lines, start=1)]
        inv["prev_hash"] = prev
        # hashed as plain attributes: no ORM object is made for a row written in bulk
        inv["hash"] = prev = chain.digest(prev, cast(Any, SimpleNamespace(**inv)),
                                          [cast(Any, SimpleNamespace(**r)) for r in rows])
        head.last_number += 1
        invoices.append(inv)
        all_lines.append(rows)
    if not invoices:
        return []
    # one executemany per table: an ORM flush of 10,000 invoices and their lines took seconds
    conn = session.connection()
    ids = conn.execute(insert(Invoice).returning(Invoice.id, sort_by_parameter_order=True),
                       invoices).scalars().all()
    conn.execute(insert(InvoiceLine),
                 [{**r, "invoice_id": iid} for iid, rows in zip(ids, all_lines, strict=True)
                  for r in rows])
    audit.record(session, f"{kind}.issue", "invoice", invoices[0]["number"],
                 {"count": len(invoices), "last": invoices[-1]["number"]})
    return list(session.scalars(select(Invoice).where(
        Invoice.chain_index >= first, Invoice.chain_index <= head.last_number)
        .order_by(Invoice.chain_index)))


def write(session: Session, spec: Spec, *, kind: str, issued_on: date,
          seller: sellers.Seller, actor: str = "") -> Invoice:
    """One invoice (see :func:`write_many`)."""
    return write_many(session, [spec], kind=kind, issued_on=issued_on, seller=seller,
                      actor=actor)[0]


@dataclass(frozen=True)
class ManualLine:
    label: str
    unit_price_cents: int
    quantity_milli: int = 1000
    vat_rate_bp: int = 2000
    detail: str = ""


def issue_manual(engine: Engine, customer_kind: str, customer_id: int,
                 lines: Sequence[ManualLine], *, issued_on: date | None = None,
                 note: str = "", actor: str = "") -> InvoiceDetail:
    """An invoice typed by the staff (a hall rented to a company, a re-billing)."""
    security.require("billing.write")
    from tierslieu.services.billing.common import half_up
    from tierslieu.services.billing.plans import VAT_RATES_FR

    if not lines:
        raise ValidationError("required", "lines")
    drafts = []
    for line in lines:
        label = v.text(line.label, "label", required=True, max_len=300)
        if line.vat_rate_bp not in VAT_RATES_FR:
            raise ValidationError("vat_rate_invalid", "vat_rate_bp",
                                  value=line.vat_rate_bp / 100, allowed="20, 10, 5,5, 2,1, 0")
        if line.quantity_milli <= 0 or line.unit_price_cents < 0:
            raise ValidationError("number_min", "quantity", value=line.quantity_milli, min=0)
        amount = half_up(line.quantity_milli * line.unit_price_cents, 1000)
        drafts.append(DraftLine("manual", label, clean(line.detail), line.quantity_milli,
                                "C62", line.unit_price_cents, amount, line.vat_rate_bp))
    day = issued_on or timeutil.local_today()
    with transaction(engine) as s:
        seller = sellers.require(s)
        if seller.vat_exempt:
            from dataclasses import replace

            drafts = [replace(x, vat_rate_bp=0) for x in drafts]
        who = parties.one(s, customer_id if customer_kind == "person" else None,
                          customer_id if customer_kind == "organization" else None)
        inv = write(s, Spec(who, drafts, note=clean(note)), kind="invoice", issued_on=day,
                    seller=seller, actor=actor)
        return _detail(s, inv)


def credit_note(engine: Engine, number: str, *, reason: str,
                positions: Iterable[int] | None = None, issued_on: date | None = None,
                actor: str = "") -> InvoiceDetail:
    """A credit note cancelling an invoice, whole or some of its lines (by position)."""
    security.require("billing.write")
    reason = v.text(reason, "reason", required=True, max_len=500)
    day = issued_on or timeutil.local_today()
    with transaction(engine) as s:
        numbering.lock_chain(s)
        inv = _by_number(s, number)
        if inv.kind != "invoice":
            raise ValidationError("credit_note_of_credit_note", "number", value=inv.number)
        if day < inv.issued_on:
            raise ValidationError("date_order", "issued_on", value=d(day))
        lines = list(s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                               .order_by(InvoiceLine.position)))
        wanted = set(positions) if positions is not None else None
        if wanted is not None:
            unknown = wanted - {x.position for x in lines}
            if unknown:
                raise NotFoundError("invoice_line_not_found", ref=str(min(unknown)),
                                    number=inv.number)
        credited = set(s.scalars(select(InvoiceLine.credited_line_id).where(
            InvoiceLine.credited_line_id.in_([x.id for x in lines]))))
        chosen = [x for x in lines if (wanted is None or x.position in wanted)
                  and x.amount_excl_cents]
        again = [x for x in chosen if x.id in credited]
        if again and (wanted is not None or len(again) == len(chosen)):
            raise ConflictError("line_already_credited", position=again[0].position,
                                number=inv.number)
        chosen = [x for x in chosen if x.id not in credited]
        if not chosen:
            raise ConflictError("nothing_to_credit", number=inv.number)
        drafts = [DraftLine("credit", f"Avoir : {x.label}"[:300], x.detail, x.quantity_milli,
                            x.unit, x.unit_price_cents, x.amount_excl_cents, x.vat_rate_bp,
                            x.subscription_id, x.period_start, x.period_end,
                            credited_line_id=x.id) for x in chosen]
        seller = sellers.require(s)
        note = f"Motif : {reason}"
        cn = write(s, Spec(Party.from_dict(inv.customer), drafts, inv.month,
                           (inv.period_start, inv.period_end), inv, note),
                   kind="credit_note", issued_on=day, seller=seller, actor=actor)
        return _detail(s, cn)


# -- reading --------------------------------------------------------------------------------

def _by_number(session: Session, number: str) -> Invoice:
    inv = session.scalar(select(Invoice).where(Invoice.number == number.strip().upper()))
    if inv is None:
        raise NotFoundError("invoice_not_found", ref=number)
    return inv


def money(session: Session, ids: Sequence[int]) -> tuple[dict[int, int], dict[int, int]]:
    """(credited incl. VAT, paid) per invoice id."""
    credited: dict[int, int] = defaultdict(int)
    paid: dict[int, int] = defaultdict(int)
    if not ids:
        return credited, paid
    for cid, total in session.execute(
            select(Invoice.corrects_id, func.sum(Invoice.total_incl_cents))
            .where(Invoice.corrects_id.in_(ids)).group_by(Invoice.corrects_id)):
        credited[cid or 0] = int(total or 0)
    for iid, total in session.execute(
            select(Payment.invoice_id, func.sum(Payment.amount_cents))
            .where(Payment.invoice_id.in_(ids)).group_by(Payment.invoice_id)):
        paid[iid] = int(total or 0)
    return credited, paid


def status_of(inv: Invoice, credited: int, paid: int, today: date) -> str:
    if inv.kind == "credit_note":
        return "credit_note"
    balance = inv.total_incl_cents - credited - paid
    if credited >= inv.total_incl_cents and inv.total_incl_cents:
        return "credited"
    if balance <= 0:
        return "paid"
    if inv.due_on < today:
        return "overdue"
    return "partial" if paid > 0 else "unpaid"


def rows(session: Session, invoices: Sequence[Invoice], today: date | None = None
         ) -> list[InvoiceRow]:
    today = today or timeutil.local_today()
    ids = [i.id for i in invoices]
    credited, paid = money(session, ids)
    corrected = {i.id: i.number for i in session.scalars(select(Invoice).where(
        Invoice.id.in_({i.corrects_id for i in invoices if i.corrects_id})))} \
        if any(i.corrects_id for i in invoices) else {}
    out = []
    for inv in invoices:
        c, p = credited[inv.id], paid[inv.id]
        balance = 0 if inv.kind == "credit_note" else inv.total_incl_cents - c - p
        out.append(InvoiceRow(inv.id, inv.number, inv.kind, inv.issued_on, inv.due_on,
                              inv.month, Party.from_dict(inv.customer), inv.total_excl_cents,
                              inv.total_vat_cents, inv.total_incl_cents, c, p, balance,
                              status_of(inv, c, p, today),
                              corrected.get(inv.corrects_id or 0, "")))
    return out


@dataclass(frozen=True)
class OverdueInvoice:
    id: int
    number: str
    customer: Party
    due_on: date
    balance_cents: int


@dataclass(frozen=True)
class Overdue:
    first: tuple[OverdueInvoice, ...]   # the most overdue, then the biggest
    count: int                          # all overdue invoices
    total_cents: int                    # all that is overdue


def overdue(engine: Engine, *, today: date | None = None, limit: int = 10) -> Overdue:
    """Invoices past their due date with something still due (the ``overdue`` status of
    :func:`status_of`), computed in SQL: the ``limit`` most overdue (then biggest) and the
    count and sum of all — the home page must not load every invoice to show ten."""
    security.require("billing.read")
    today = today or timeutil.local_today()
    credited = (select(Invoice.corrects_id.label("iid"),
                       func.sum(Invoice.total_incl_cents).label("amount"))
                .where(Invoice.corrects_id.is_not(None)).group_by(Invoice.corrects_id)
                .subquery())
    paid = (select(Payment.invoice_id.label("iid"), func.sum(Payment.amount_cents).label("amount"))
            .group_by(Payment.invoice_id).subquery())
    due = (Invoice.total_incl_cents - func.coalesce(credited.c.amount, 0)
           - func.coalesce(paid.c.amount, 0))
    late = (select(Invoice.id, Invoice.number, Invoice.customer, Invoice.due_on,
                   due.label("due"))
            .outerjoin(credited, credited.c.iid == Invoice.id)
            .outerjoin(paid, paid.c.iid == Invoice.id)
            .where(Invoice.kind == "invoice", Invoice.due_on < today, due > 0)).subquery()
    # one pass: the first rows, with the count and the sum of all of them (window functions)
    stmt = (select(late, func.count().over().label("n"), func.sum(late.c.due).over().label("all"))
            .order_by(late.c.due_on, late.c.due.desc(), late.c.number).limit(limit))
    with transaction(engine, readonly=True) as s:
        first = s.execute(stmt).all()
    count, total = (first[0].n, first[0].all) if first else (0, 0)
    return Overdue(tuple(OverdueInvoice(r.id, r.number, Party.from_dict(r.customer), r.due_on,
                                        int(r.due)) for r in first), int(count), int(total))


def list_invoices(engine: Engine, *, month: str | None = None, kind: str | None = None,
                  status: str | None = None, customer: tuple[str, int] | None = None,
                  search: str = "", start: date | None = None, end: date | None = None,
                  today: date | None = None) -> list[InvoiceRow]:
    """Invoices and credit notes, newest first, filtered (all filters combine)."""
    security.require("billing.read")
    stmt = select(Invoice).order_by(Invoice.chain_index.desc())
    if month:
        from tierslieu.services.billing.common import Month

        stmt = stmt.where(Invoice.month == Month.parse(month).key)
    if kind:
        stmt = stmt.where(Invoice.kind == kind)
    if customer is not None:
        col = Invoice.customer_person_id if customer[0] == "person" \
            else Invoice.customer_organization_id
        stmt = stmt.where(col == customer[1])
    if start:
        stmt = stmt.where(Invoice.issued_on >= start)
    if end:
        stmt = stmt.where(Invoice.issued_on <= end)
    with transaction(engine, readonly=True) as s:
        found = rows(s, list(s.scalars(stmt)), today)
    if search:
        from tierslieu.text import fold

        key = fold(clean(search))
        found = [r for r in found if key in fold(r.number) or key in fold(r.customer.name)]
    if status:
        found = [r for r in found if r.status == status
                 or (status == "unpaid" and r.status in ("unpaid", "partial", "overdue"))]
    return found


def mentions(inv: Invoice, corrects: Invoice | None = None) -> tuple[str, ...]:
    """Legal mentions printed at the bottom of the invoice, from its frozen snapshots."""
    extra = inv.seller
    out = []
    if inv.vat_exempt:
        out.append(sellers.EXEMPTION)
    if corrects is not None:
        out.append(f"Avoir sur la facture {corrects.number} du {d(corrects.issued_on)}.")
    if inv.kind == "invoice":
        terms = f"Date d'échéance : {d(inv.due_on)}."
        if extra.get("iban"):
            terms += f" Règlement par virement : IBAN {extra['iban']}"
            terms += f", BIC {extra['bic']}." if extra.get("bic") else "."
        out.append(terms)
        if inv.customer.get("professional"):
            out.append(PENALTIES.format(rate=extra.get("late_penalty")
                                        or sellers.DEFAULT_PENALTY))
    return tuple(out)


def _detail(session: Session, inv: Invoice) -> InvoiceDetail:
    from tierslieu.services.billing.payments import payment_rows

    row = rows(session, [inv])[0]
    lines = tuple(InvoiceLineRow(x.id, x.position, x.kind, x.label, x.detail,
                                 x.quantity_milli, x.unit, x.unit_price_cents,
                                 x.amount_excl_cents, x.vat_rate_bp, x.subscription_id,
                                 x.period_start, x.period_end, x.credited_line_id)
                  for x in session.scalars(select(InvoiceLine).where(
                      InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position)))
    t = totals([DraftLine(x.kind, x.label, x.detail, x.quantity_milli, x.unit,
                          x.unit_price_cents, x.amount_excl_cents, x.vat_rate_bp)
                for x in lines])
    pays = payment_rows(session, list(session.scalars(
        select(Payment).where(Payment.invoice_id == inv.id).order_by(Payment.id))))
    notes = tuple(session.scalars(select(Invoice.number).where(Invoice.corrects_id == inv.id)
                                  .order_by(Invoice.chain_index)))
    corrects = session.get(Invoice, inv.corrects_id) if inv.corrects_id else None
    seller_party = Party.from_dict({**inv.seller, "kind": "seller", "id": None})
    extra = {k: val for k, val in inv.seller.items() if k not in seller_party.to_dict()}
    return InvoiceDetail(row, seller_party, extra, inv.period_start, inv.period_end, lines, t,
                         inv.vat_exempt, tuple(pays), notes, mentions(inv, corrects), inv.note,
                         inv.hash, inv.prev_hash, _consumptions(session, inv))


def _consumptions(session: Session, inv: Invoice) -> tuple:  # type: ignore[type-arg]
    from tierslieu.services.billing.credits import frozen_consumptions

    return tuple(frozen_consumptions(session, invoice_id=inv.id))


def get(engine: Engine, number: str) -> InvoiceDetail:
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        return _detail(s, _by_number(s, number))


def customers_with_invoices(engine: Engine) -> list[Party]:
    """Everyone who was ever invoiced (for a GUI filter)."""
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        snaps = s.execute(select(Invoice.customer_person_id, Invoice.customer_organization_id)
                          .where(or_(Invoice.customer_person_id.is_not(None),
                                     Invoice.customer_organization_id.is_not(None)))
                          .distinct()).all()
        known = parties.load(s, [p for p, _ in snaps], [o for _, o in snaps])
    return sorted(known.values(), key=lambda p: p.name.casefold())
