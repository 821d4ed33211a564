"""Money indicators: invoiced, collected, overdue and aged debtors, revenue by plan kind,
subscriptions. All amounts in integer cents.

Invoices are not tied to a site: these figures cover the whole tiers-lieu even when a
report is asked for one site. Invoices, credit notes and payments are immutable and dated
(``issued_on``, ``paid_on``), so a figure "at the end of the period" is a snapshot of
what was dated on or before its last day: what happened later never changes it. The
billing services' own :func:`~tierslieu.services.billing.payments.aged_debtors` and
:func:`~tierslieu.services.billing.payments.balances` answer for today only; the
figures here follow the same rules (a credit note reduces what is due on the invoice it
corrects; days late counted from the due date) at any period end, in a few aggregate
queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import aliased

from tierslieu.db.models import Invoice, InvoiceLine, Payment, Person, Plan, Subscription
from tierslieu.db.models.billing import PLAN_KINDS
from tierslieu.reports.fmt import rounded
from tierslieu.reports.indicators.data import PeriodData
from tierslieu.reports.indicators.incubation import Detailed
from tierslieu.reports.indicators.registry import indicator
from tierslieu.services.billing.dto import Party

# buckets of days past the due date at the end of the period (``91+``: more than 90)
AGE_BUCKETS = ("0-30", "31-60", "61-90", "91+")
OVERAGE, OTHER = "overage", "other"   # lines for bookings beyond a plan; manual lines
REVENUE_KINDS = (*PLAN_KINDS, OVERAGE, OTHER)


def _bucket(days_late: int) -> str:
    return (AGE_BUCKETS[0] if days_late <= 30 else AGE_BUCKETS[1] if days_late <= 60
            else AGE_BUCKETS[2] if days_late <= 90 else AGE_BUCKETS[3])


def cents_ratio(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` in whole cents, rounded half up (away from zero)."""
    q = Decimal(numerator) / Decimal(denominator)
    return int(q.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class OpenInvoice:
    """An invoice still owed at the end of the period, past its due date."""

    number: str
    customer: dict[str, Any]
    due_on: date
    due_cents: int
    days_late: int


class MoneyData:
    """The billing rows behind one period's money figures (one query each, lazily)."""

    def __init__(self, d: PeriodData) -> None:
        self.d = d
        self.s = d.s
        self.start, self.end = d.start, d.end
        self.last_day = d.end - timedelta(days=1)

    def _in_period(self) -> Any:
        return and_(Invoice.issued_on >= self.start, Invoice.issued_on < self.end)

    @cached_property
    def invoiced(self) -> tuple[int, int, int]:
        """(excl. VAT, incl. VAT, customers invoiced): invoices minus credit notes issued
        in the period."""
        sign = case((Invoice.kind == "credit_note", -1), else_=1)
        excl, incl = self.s.execute(
            select(func.sum(sign * Invoice.total_excl_cents),
                   func.sum(sign * Invoice.total_incl_cents)).where(self._in_period())).one()
        customers = self.s.scalar(select(func.count()).select_from(
            select(Invoice.customer_person_id, Invoice.customer_organization_id)
            .where(self._in_period()).distinct().subquery()))
        return int(excl or 0), int(incl or 0), int(customers or 0)

    @cached_property
    def collected(self) -> int:
        """Payments dated in the period, reversals (negative entries) included."""
        return int(self.s.scalar(select(func.sum(Payment.amount_cents)).where(
            Payment.paid_on >= self.start, Payment.paid_on < self.end)) or 0)

    def _credited_by_end(self) -> Any:
        cn = aliased(Invoice)
        return (select(cn.corrects_id.label("invoice_id"),
                       func.sum(cn.total_incl_cents).label("total"))
                .where(cn.kind == "credit_note", cn.issued_on < self.end)
                .group_by(cn.corrects_id).subquery())

    def _paid_by_end(self) -> Any:
        return (select(Payment.invoice_id.label("invoice_id"),
                       func.sum(Payment.amount_cents).label("total"))
                .where(Payment.paid_on < self.end)
                .group_by(Payment.invoice_id).subquery())

    @cached_property
    def period_invoices_paid(self) -> tuple[int, int]:
        """(owed, paid by the end) on the invoices issued in the period: their amount
        incl. VAT less their credit notes issued by the end, and their payments by then."""
        credited, paid = self._credited_by_end(), self._paid_by_end()
        owed, settled = self.s.execute(
            select(func.sum(Invoice.total_incl_cents - func.coalesce(credited.c.total, 0)),
                   func.sum(func.coalesce(paid.c.total, 0)))
            .outerjoin(credited, credited.c.invoice_id == Invoice.id)
            .outerjoin(paid, paid.c.invoice_id == Invoice.id)
            .where(Invoice.kind == "invoice", self._in_period())).one()
        return int(owed or 0), int(settled or 0)

    @cached_property
    def overdue(self) -> list[OpenInvoice]:
        """Invoices issued and due by the period's last day with something still owed at
        the end of that day (credit notes and payments dated by then deducted)."""
        credited, paid = self._credited_by_end(), self._paid_by_end()
        due = (Invoice.total_incl_cents - func.coalesce(credited.c.total, 0)
               - func.coalesce(paid.c.total, 0))
        rows = self.s.execute(
            select(Invoice.number, Invoice.customer, Invoice.due_on, due)
            .outerjoin(credited, credited.c.invoice_id == Invoice.id)
            .outerjoin(paid, paid.c.invoice_id == Invoice.id)
            .where(Invoice.kind == "invoice", Invoice.issued_on < self.end,
                   Invoice.due_on < self.end, due > 0)
            .order_by(Invoice.due_on, Invoice.number))
        return [OpenInvoice(number, customer, due_on, int(amount),
                            (self.last_day - due_on).days)
                for number, customer, due_on, amount in rows]

    @cached_property
    def revenue_by_kind(self) -> dict[str, int]:
        """Line amounts excl. VAT of the period's invoices less its credit notes, by the
        kind of plan of the line's subscription (a credit-note line takes the kind of the
        line it credits)."""
        credited_line = aliased(InvoiceLine)
        sign = case((Invoice.kind == "credit_note", -1), else_=1)
        line_kind = func.coalesce(credited_line.kind, InvoiceLine.kind)
        kind = func.coalesce(Plan.kind, case((line_kind == OVERAGE, OVERAGE), else_=OTHER))
        rows = self.s.execute(
            select(kind, func.sum(sign * InvoiceLine.amount_excl_cents))
            .select_from(InvoiceLine)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .outerjoin(credited_line, credited_line.id == InvoiceLine.credited_line_id)
            .outerjoin(Subscription, Subscription.id == InvoiceLine.subscription_id)
            .outerjoin(Plan, Plan.id == Subscription.plan_id)
            .where(self._in_period())
            .group_by(kind))
        out = dict.fromkeys(REVENUE_KINDS, 0)
        for k, amount in rows:
            out[k if k in out else OTHER] += int(amount or 0)
        return out

    @cached_property
    def active_subscriptions(self) -> int:
        """Subscriptions running on the period's last day (packs while valid)."""
        return int(self.s.scalar(
            select(func.count()).select_from(Subscription)
            .where(Subscription.start_on <= self.last_day,
                   or_(Subscription.end_on.is_(None),
                       Subscription.end_on >= self.last_day))) or 0)

    @cached_property
    def active_members(self) -> int:
        """Members at the end of the period on every site (as ``active_members``)."""
        if self.d.site_id is None:
            return sum(active for active, _, _ in self.d.members.values())
        return int(self.s.scalar(
            select(func.count()).select_from(Person)
            .where(Person.joined_on.is_not(None), Person.joined_on < self.end,
                   or_(Person.archived_at.is_(None),
                       Person.archived_at >= self.d.end_utc))) or 0)


def money(d: PeriodData) -> MoneyData:
    """The period's :class:`MoneyData`, made once per :class:`PeriodData`."""
    cache = vars(d)
    if "_money" not in cache:
        cache["_money"] = MoneyData(d)
    data: MoneyData = cache["_money"]
    return data


@indicator("invoiced_excl_vat", "cents", "money", headline=True,
           en="Invoiced excl. VAT", fr=(
               "Facturé HT",
               "Montant hors taxes des factures émises dans la période (date d'émission), "
               "moins celui des avoirs émis dans la période."))
def invoiced_excl_vat(d: PeriodData) -> Detailed:
    """Amount excluding VAT of the invoices issued in the period (issue date), less that
    of the credit notes issued in the period."""
    excl, _, customers = money(d).invoiced
    return Detailed(excl, {"customers": customers})


@indicator("invoiced_incl_vat", "cents", "money", public=False,
           en="Invoiced incl. VAT", fr=(
               "Facturé TTC",
               "Montant toutes taxes comprises des factures émises dans la période, moins "
               "celui des avoirs émis dans la période."))
def invoiced_incl_vat(d: PeriodData) -> int:
    """Amount including VAT of the invoices issued in the period, less that of the credit
    notes issued in the period."""
    return money(d).invoiced[1]


@indicator("collected", "cents", "money", headline=True, public=False,
           en="Collected", fr=(
               "Encaissé",
               "Règlements reçus dans la période (date du règlement), toutes factures "
               "confondues, nets des annulations de règlement datées de la période."))
def collected(d: PeriodData) -> int:
    """Payments received in the period (payment date), whatever the invoice, net of the
    payment reversals dated in the period."""
    return money(d).collected


@indicator("collection_rate", "percent", "money", public=False,
           en="Collection rate", fr=(
               "Taux d'encaissement",
               "Pour les factures émises dans la période : montant réglé à la fin de la "
               "période ÷ montant TTC diminué des avoirs émis à cette date."))
def collection_rate(d: PeriodData) -> Detailed:
    """For the invoices issued in the period: amount paid by the end of the period ÷
    amount including VAT less the credit notes issued by then."""
    owed, paid = money(d).period_invoices_paid
    return Detailed(rounded(paid * 100, owed) if owed > 0 else None,
                    {"owed": owed, "paid": paid})


@indicator("overdue", "cents", "money", public=False,
           en="Overdue at the end of the period", fr=(
               "Impayés échus en fin de période",
               "Reste dû, à la fin du dernier jour de la période, sur les factures dont "
               "l'échéance est à cette date ou avant (avoirs et règlements datés jusqu'à ce "
               "jour déduits)."))
def overdue(d: PeriodData) -> Detailed:
    """Amount still owed, at the end of the period's last day, on the invoices due on or
    before that day (credit notes and payments dated up to that day deducted)."""
    rows = money(d).overdue
    return Detailed(sum(r.due_cents for r in rows),
                    {"invoices": len(rows),
                     "customers": len({_customer_key(r.customer) for r in rows})})


def _customer_key(customer: dict[str, Any]) -> tuple[str, int]:
    """``Party.from_dict(customer).key`` without making the Party (1,800 overdue invoices
    on the large demo): its kind, and its id or 0."""
    return (customer.get("kind", ""), customer.get("id") or 0)


@indicator("aged_debtors", "cents", "money", shape="breakdown", public=False,
           en="Aged debtors at the end of the period", fr=(
               "Balance âgée en fin de période",
               "Impayés échus en fin de période selon le nombre de jours écoulés depuis "
               "l'échéance jusqu'au dernier jour de la période : 0 à 30, 31 à 60, 61 à 90, "
               "plus de 90."))
def aged_debtors(d: PeriodData) -> dict[str, int]:
    """Overdue amounts at the end of the period by the days from the due date to the
    period's last day: 0 to 30, 31 to 60, 61 to 90, more than 90."""
    out = dict.fromkeys(AGE_BUCKETS, 0)
    for r in money(d).overdue:
        out[_bucket(r.days_late)] += r.due_cents
    return out


@indicator("revenue_by_plan_kind", "cents", "money", shape="breakdown", public=False,
           en="Revenue by plan kind", fr=(
               "Chiffre d'affaires HT par type de formule",
               "Facturé HT de la période (avoirs déduits) selon le type de formule de "
               "l'abonnement facturé ; « dépassements » pour les réservations hors "
               "forfait, « autre » pour les factures saisies à la main."))
def revenue_by_plan_kind(d: PeriodData) -> dict[str, int]:
    """Invoiced excl. VAT in the period (credit notes deducted) by the kind of plan of
    the subscription billed; "overage" for bookings beyond a plan, "other" for invoices
    typed by hand."""
    return money(d).revenue_by_kind


@indicator("active_subscriptions", "subscriptions", "money", public=False,
           en="Active subscriptions at the end of the period", fr=(
               "Abonnements actifs en fin de période",
               "Abonnements en cours le dernier jour de la période (packs de journées "
               "compris tant qu'ils sont valables)."))
def active_subscriptions(d: PeriodData) -> int:
    """Subscriptions running on the period's last day (day-pass packs included while
    valid)."""
    return money(d).active_subscriptions


@indicator("revenue_per_member", "cents", "money", public=False,
           en="Revenue per active member", fr=(
               "Chiffre d'affaires HT par membre actif",
               "Facturé HT de la période ÷ membres actifs en fin de période, tous sites "
               "confondus, arrondi au centime."))
def revenue_per_member(d: PeriodData) -> int | None:
    """Invoiced excl. VAT in the period ÷ active members at the end of the period, every
    site included, rounded to the cent."""
    members = money(d).active_members
    return cents_ratio(money(d).invoiced[0], members) if members else None


@indicator("debtors_over_90", "cents", "money", shape="rows", public=False,
           en="Customers more than 90 days late", fr=(
               "Clients en retard de plus de 90 jours",
               "Pour chaque client : factures dont l'échéance est dépassée de plus de 90 "
               "jours le dernier jour de la période, montant restant dû et plus ancienne "
               "échéance."))
def debtors_over_90(d: PeriodData) -> list[dict[str, Any]]:
    """For each customer: invoices more than 90 days past their due date on the period's
    last day, amount still owed and oldest due date."""
    by_customer: dict[tuple[str, Any], dict[str, Any]] = {}
    for r in money(d).overdue:
        if r.days_late <= 90:
            continue
        row = by_customer.setdefault(_customer_key(r.customer), {
            "customer": Party.from_dict(r.customer).name, "invoices": [], "amount": 0,
            "oldest_due": r.due_on.isoformat()})
        row["invoices"].append(r.number)
        row["amount"] += r.due_cents
    return sorted(by_customer.values(), key=lambda x: (-x["amount"], x["customer"]))
