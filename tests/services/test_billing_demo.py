"""The demo's billing: a consistent, reproducible set of invoices and payments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import Invoice
from tierslieu.io import facturx as fx
from tierslieu.reports import invoice as report
from tierslieu.services import demo_billing
from tierslieu.services.billing import chain, invoicing, payments, subscriptions

BILLING_TABLES = ("payment", "booking_consumption", "credit_entry", "invoice_line", "invoice",
                  "invoice_counter", "subscription", "plan")


def test_demo_billing_is_consistent(demo_read: Engine) -> None:
    engine = demo_read
    result = chain.verify_chain(engine)
    assert result.ok and result.checked > 100
    rows = invoicing.list_invoices(engine, today=date(2026, 11, 25))
    assert {r.month for r in rows} == {"2026-08", "2026-09", "2026-10"}
    assert {"paid", "partial", "overdue", "unpaid"} <= {r.status for r in rows}
    aged = payments.aged_debtors(engine, today=date(2026, 11, 25)).totals
    assert aged.not_due_cents and aged.d0_30_cents and aged.d31_60_cents
    # startups pay their founders' desks: one invoice with a line per founder
    org_rows = [r for r in rows if r.customer.kind == "organization"
                and r.month == "2026-10"]
    founders = max((invoicing.get(engine, r.number) for r in org_rows),
                   key=lambda d: sum(x.kind == "subscription" for x in d.lines))
    assert sum(x.kind == "subscription" for x in founders.lines) >= 2
    changed = [s for s in subscriptions.list_subscriptions(engine) if s.previous_id]
    assert changed and any(s.end_on for s in subscriptions.list_subscriptions(engine))
    pdf = report.build(founders)
    assert fx.extract(fx.embed(pdf, founders)) is not None


def test_demo_billing_is_reproducible(demo_sqlite_engine: Engine) -> None:
    engine = demo_sqlite_engine
    with transaction(engine) as s:
        before = s.execute(select(Invoice.number, Invoice.hash)
                           .order_by(Invoice.chain_index)).all()
    with engine.begin() as conn:
        for table in BILLING_TABLES:
            conn.execute(text(f"DELETE FROM {table}"))
    summary = demo_billing.generate(engine, seed=1)
    with transaction(engine) as s:
        after = s.execute(select(Invoice.number, Invoice.hash)
                          .order_by(Invoice.chain_index)).all()
    assert summary.invoices == len(before) and after == before
    assert 0 < summary.unpaid < summary.invoices


def test_a_customers_account_adds_up_their_invoices(demo_engine: Engine) -> None:
    """The figures a member's or an organisation's file shows, against their invoices
    (on every backend: the customer is chosen in SQL)."""
    engine = demo_engine
    today = date(2026, 11, 25)
    rows = invoicing.list_invoices(engine, kind="invoice", today=today)
    owing = {r.customer.key for r in rows if r.balance_cents > 0}
    settled = {r.customer.key for r in rows} - owing
    chosen = sorted(owing)[:6] + sorted(settled)[:3]
    assert {k[0] for k in chosen} == {"person", "organization"} and settled
    for key in chosen:
        mine = sorted((r for r in rows if r.customer.key == key),
                      key=lambda r: (r.issued_on, r.id))
        acc = payments.account(engine, key, today=today)
        assert acc.invoices == len(mine) and acc.last_number == mine[-1].number
        assert acc.invoiced_cents == sum(r.total_incl_cents for r in mine)
        assert acc.balance_cents == sum(max(r.balance_cents, 0) for r in mine)
        assert acc.overdue_cents == sum(r.balance_cents for r in mine
                                        if r.balance_cents > 0 and r.due_on < today)
        assert acc.unpaid == tuple(r.number for r in mine if r.balance_cents > 0)
        [bal] = payments.balances(engine, today=today, customer=key)
        assert (bal.balance_cents, bal.overdue_cents) == (acc.balance_cents, acc.overdue_cents)
    nobody = payments.account(engine, ("person", 10**9), today=today)
    assert (nobody.invoices, nobody.balance_cents, nobody.unpaid) == (0, 0, ())
