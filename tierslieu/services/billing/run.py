"""The monthly billing run: :func:`preview` explains, :func:`issue` numbers and writes.

Both compute the same thing (:mod:`.compute`): one draft invoice per payer, whose lines
say why (proration with dates, credits used, overage with the bookings). ``issue`` does
it all in ONE transaction: the invoices, their numbers (the counter row), the hash
chain, the credits ledger and the frozen consumptions; if anything fails half-way,
nothing is left, numbers included, so the numbering has no gap. A customer with nothing
to pay gets no €0 invoice unless ``include_zero`` asks for one. Running a month again
only bills what the earlier runs did not (a late subscription, a late booking).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.errors import ValidationError
from tierslieu.services.billing import credits, invoicing, numbering
from tierslieu.services.billing import seller as sellers
from tierslieu.services.billing.common import Month, d
from tierslieu.services.billing.compute import compute
from tierslieu.services.billing.dto import BillingPreview, IssueReport


def preview(engine: Engine, month: str | date | Month, *, include_zero: bool = False
            ) -> BillingPreview:
    """The drafts of ``month``: nothing is written."""
    security.require("billing.read")
    m = Month.parse(month)
    with transaction(engine, readonly=True) as s:
        seller = sellers.load(s)
        comp = compute(s, m)
        drafts = comp.drafts(vat_exempt=seller.vat_exempt, include_zero=include_zero)
    warnings = []
    missing = seller.missing()
    if missing:
        warnings.append("seller_incomplete:" + ",".join(missing))
    return BillingPreview(m.key, m.label, tuple(drafts), tuple(warnings), comp.already_billed)


def issue(engine: Engine, month: str | date | Month, *, issued_on: date | None = None,
          include_zero: bool = False, actor: str = "") -> IssueReport:
    """Issue the month's invoices (after the month is over), all or nothing."""
    security.require("billing.write")
    m = Month.parse(month)
    day = issued_on or timeutil.local_today()
    if day <= m.last:
        raise ValidationError("billing_month_not_over", "issued_on", month=m.key,
                              first=d(m.next().first))
    with transaction(engine) as s:
        numbering.lock_chain(s)
        seller = sellers.require(s)
        comp = compute(s, m)
        drafts = comp.drafts(vat_exempt=seller.vat_exempt, include_zero=include_zero)
        chosen = [x for x in drafts if not x.skip_reason]
        issued = invoicing.write_many(
            s, [invoicing.Spec(x.customer, x.lines, m.key, (x.period_start, x.period_end))
                for x in chosen], kind="invoice", issued_on=day, seller=seller, actor=actor)
        invoice_of = {x.customer.key: inv.id for x, inv in zip(chosen, issued, strict=True)}
        count = credits.persist(s, comp, invoice_of, expire=True, actor=actor)
        rows = invoicing.rows(s, issued, day)
    return IssueReport(m.key, tuple(rows), sum(1 for x in drafts if x.skip_reason), count)
