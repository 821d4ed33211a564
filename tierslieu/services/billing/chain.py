"""The hash chain of issued invoices: tamper evidence.

Each invoice stores ``hash = sha256(prev_hash + canonical content)``, the content being
a canonical JSON of everything printed (number, dates, parties, lines, totals). Changing
any of it behind the application's back (the database triggers dropped, a raw UPDATE)
breaks that invoice's hash; deleting or inserting one breaks the next link.
:func:`verify_chain` recomputes everything and names the invoices that do not match.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Invoice, InvoiceCounter, InvoiceLine
from tierslieu.services.billing.dto import ChainProblem, ChainReport
from tierslieu.services.billing.numbering import CHAIN, split

GENESIS = "0" * 64
LINE_FIELDS = ("position", "kind", "label", "detail", "quantity_milli", "unit",
               "unit_price_cents", "amount_excl_cents", "vat_rate_bp", "subscription_id",
               "credited_line_id", "period_start", "period_end")
INVOICE_FIELDS = ("number", "kind", "chain_index", "issued_on", "due_on", "month",
                  "period_start", "period_end", "customer_person_id",
                  "customer_organization_id", "customer", "seller", "vat_exempt",
                  "total_excl_cents", "total_vat_cents", "total_incl_cents", "corrects_id",
                  "note")


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


def canonical(invoice: Invoice, lines: Sequence[InvoiceLine]) -> str:
    """The JSON that is hashed: sorted keys, no spaces, lines by position."""
    data = {f: _plain(getattr(invoice, f)) for f in INVOICE_FIELDS}
    data["lines"] = [{f: _plain(getattr(line, f)) for f in LINE_FIELDS}
                     for line in sorted(lines, key=lambda x: x.position)]
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(prev_hash: str, invoice: Invoice, lines: Sequence[InvoiceLine]) -> str:
    return hashlib.sha256((prev_hash + canonical(invoice, lines)).encode("utf-8")).hexdigest()


def verify_chain(engine: Engine) -> ChainReport:
    """Recompute every link; a problem names its invoice (or credit note)."""
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        invoices = list(s.scalars(select(Invoice).order_by(Invoice.chain_index)))
        lines: dict[int, list[InvoiceLine]] = defaultdict(list)
        for line in s.scalars(select(InvoiceLine)):
            lines[line.invoice_id].append(line)
        counters = {c.series: c.last_number for c in s.scalars(select(InvoiceCounter))}
    problems: list[ChainProblem] = []
    prev, expected = GENESIS, 1
    for inv in invoices:
        mine = lines[inv.id]
        if inv.chain_index != expected:
            problems.append(ChainProblem(inv.number, "missing_link",
                                         f"#{expected} expected, #{inv.chain_index} found"))
        if inv.prev_hash != prev:
            problems.append(ChainProblem(inv.number, "broken_link",
                                         "prev_hash does not match the previous invoice"))
        if digest(inv.prev_hash, inv, mine) != inv.hash:
            problems.append(ChainProblem(inv.number, "altered",
                                         "content does not match its hash"))
        problems.extend(_check_totals(inv, mine))
        prev, expected = inv.hash, inv.chain_index + 1
    if counters.get(CHAIN, 0) != len(invoices):
        last = invoices[-1].number if invoices else ""
        problems.append(ChainProblem(last, "missing_link",
                                     f"{counters.get(CHAIN, 0)} issued, {len(invoices)} found"))
    problems.extend(_check_numbers(invoices, counters))
    return ChainReport(len(invoices), tuple(problems))


def _check_totals(inv: Invoice, lines: list[InvoiceLine]) -> list[ChainProblem]:
    from tierslieu.services.billing.dto import DraftLine
    from tierslieu.services.billing.lines import totals

    drafts = [DraftLine(x.kind, x.label, x.detail, x.quantity_milli, x.unit,
                        x.unit_price_cents, x.amount_excl_cents, x.vat_rate_bp)
              for x in lines]
    t = totals(drafts)
    if (t.excl_cents, t.vat_cents, t.incl_cents) != (
            inv.total_excl_cents, inv.total_vat_cents, inv.total_incl_cents):
        return [ChainProblem(inv.number, "totals",
                             f"lines give {t.incl_cents}, invoice says {inv.total_incl_cents}")]
    return []


def _check_numbers(invoices: list[Invoice], counters: dict[str, int]) -> list[ChainProblem]:
    """Numbers 1..n of each series, no gap, none beyond the counter."""
    by_series: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for inv in invoices:
        name, n = split(inv.number)
        by_series[name].append((n, inv.number))
    out = []
    for name, numbers in by_series.items():
        numbers.sort()
        for want, (n, number) in enumerate(numbers, start=1):
            if n != want:
                out.append(ChainProblem(number, "gap", f"{name}-{want:05d} missing"))
                break
        if counters.get(name, 0) != len(numbers):
            out.append(ChainProblem(numbers[-1][1], "gap",
                                    f"counter {counters.get(name, 0)}, {len(numbers)} found"))
    return out
