"""The journal for the accountant: sales (VT) and receipts (BQ bank, CA cash), as CSV.

One balanced entry per invoice (customer 411 debit; 706 revenue and 44571 VAT credit,
per rate), credit notes the other way round, one entry per payment (512 or 530 debit,
411 credit). French Excel format: ``;``, UTF-8 with BOM, amounts ``1234,50``, dates
``25/11/2026``; cells a spreadsheet would evaluate are neutralised.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Invoice, InvoiceLine, Payment
from tierslieu.errors import ValidationError
from tierslieu.services.billing.dto import DraftLine, Party
from tierslieu.services.billing.lines import totals

REVENUE, VAT, BANK, CASH = "706000", "445710", "512000", "530000"
HEADERS = ("Journal", "Date", "Pièce", "Compte", "Compte auxiliaire", "Libellé", "Débit",
           "Crédit")


@dataclass(frozen=True)
class JournalLine:
    journal: str
    on: date
    piece: str
    account: str
    auxiliary: str
    label: str
    debit_cents: int
    credit_cents: int


def customer_account(party: Party) -> str:
    """``411P00012`` for person #12, ``411O00003`` for organisation #3."""
    return f"411{'P' if party.kind == 'person' else 'O'}{party.id or 0:05d}"


def lines(engine: Engine, start: date, end: date) -> list[JournalLine]:
    security.require("billing.read")
    out: list[JournalLine] = []
    with transaction(engine, readonly=True) as s:
        invoices = list(s.scalars(select(Invoice).where(
            Invoice.issued_on >= start, Invoice.issued_on <= end).order_by(Invoice.chain_index)))
        by_invoice: dict[int, list[InvoiceLine]] = {}
        for line in s.scalars(select(InvoiceLine).where(
                InvoiceLine.invoice_id.in_([i.id for i in invoices]))):
            by_invoice.setdefault(line.invoice_id, []).append(line)
        payments = s.execute(select(Payment, Invoice).join(Invoice).where(
            Payment.paid_on >= start, Payment.paid_on <= end).order_by(Payment.paid_on,
                                                                       Payment.id)).all()
    for inv in invoices:
        party = Party.from_dict(inv.customer)
        sign = 1 if inv.kind == "invoice" else -1
        label = f"{'Facture' if sign > 0 else 'Avoir'} {inv.number} {party.name}"
        t = totals([DraftLine(x.kind, x.label, "", x.quantity_milli, x.unit,
                              x.unit_price_cents, x.amount_excl_cents, x.vat_rate_bp)
                    for x in by_invoice.get(inv.id, [])])
        out.append(_line("VT", inv.issued_on, inv.number, "411000", customer_account(party),
                         label, sign * t.incl_cents))
        for vat in t.vat:
            if vat.base_cents:
                out.append(_line("VT", inv.issued_on, inv.number, REVENUE, "",
                                 f"{label} HT {vat.rate_bp / 100:g} %",
                                 -sign * vat.base_cents))
            if vat.vat_cents:
                out.append(_line("VT", inv.issued_on, inv.number, VAT, "",
                                 f"{label} TVA {vat.rate_bp / 100:g} %", -sign * vat.vat_cents))
    for pay, inv in payments:
        party = Party.from_dict(inv.customer)
        journal, account = ("CA", CASH) if pay.method == "cash" else ("BQ", BANK)
        label = f"Règlement {inv.number} {party.name} ({pay.method})"
        if pay.reverses_id:
            label = f"Annulation du règlement n° {pay.reverses_id} — {label}"
        piece = f"R{pay.id:06d}"
        out.append(_line(journal, pay.paid_on, piece, account, "", label, pay.amount_cents))
        out.append(_line(journal, pay.paid_on, piece, "411000", customer_account(party), label,
                         -pay.amount_cents))
    return out


def _line(journal: str, on: date, piece: str, account: str, aux: str, label: str,
          debit_minus_credit: int) -> JournalLine:
    debit = max(0, debit_minus_credit)
    credit = max(0, -debit_minus_credit)
    return JournalLine(journal, on, piece, account, aux, label, debit, credit)


def _amount(cents: int) -> str:
    units, rest = divmod(cents, 100)
    return f"{units},{rest:02d}"


def write(engine: Engine, path: str | os.PathLike[str], start: date, end: date) -> int:
    """Write the journal of [start, end] to ``path``; returns the number of lines."""
    security.require("billing.export")
    from tierslieu.io.csv_members import protect

    rows = lines(engine, start, end)
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            writer.writerow(HEADERS)
            for r in rows:
                writer.writerow([r.journal, r.on.strftime("%d/%m/%Y"), protect(r.piece),
                                 r.account, r.auxiliary, protect(r.label),
                                 _amount(r.debit_cents), _amount(r.credit_cents)])
    except OSError as exc:
        raise ValidationError("file_unwritable", "file", value=str(path),
                              reason=exc.strerror or type(exc).__name__) from exc
    return len(rows)
