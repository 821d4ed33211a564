"""Subscriptions: a member (or an organisation) on a plan, paid by them or by someone else.

- The payer may differ from the user: a startup pays for its three founders, and the
  billing run sends it ONE invoice with a line per founder.
- A plan change on day D ends the subscription on D - 1 and starts a new one on D, so
  the month is billed old plan to the day before, new plan from the day.
- A member who comes back after a gap gets a new subscription: nothing is billed for
  the gap, the first month back is prorated.
- A pack (``billing="once"``) is valid ``validity_days`` from its start; its credits
  are written to the ledger when it is bought.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import CreditEntry, Invoice, InvoiceLine, Plan, Subscription
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import validation as v
from tierslieu.services.billing import parties
from tierslieu.services.billing.common import d
from tierslieu.services.billing.dto import SubscriptionInput, SubscriptionRow


def _rows(session: Session, subs: list[Subscription]) -> list[SubscriptionRow]:
    plans = {p.id: p for p in session.scalars(
        select(Plan).where(Plan.id.in_({s.plan_id for s in subs})))} if subs else {}
    known = parties.load(session, [x for s in subs for x in (s.person_id, s.payer_person_id)],
                         [x for s in subs for x in (s.organization_id,
                                                    s.payer_organization_id)])
    out = []
    for s in subs:
        plan = plans[s.plan_id]
        subject = known[parties.key_of(s.person_id, s.organization_id)]
        payer = known[parties.key_of(s.payer_person_id, s.payer_organization_id)]
        price = s.price_override_cents if s.price_override_cents is not None \
            else plan.price_cents
        out.append(SubscriptionRow(s.id, plan.id, plan.name, plan.kind, plan.billing,
                                   s.person_id, s.organization_id, subject.name, payer,
                                   s.start_on, s.end_on, price, s.price_override_cents,
                                   s.previous_id, s.notes))
    return out


def _date(value: date | str | None, field: str, *, required: bool = False) -> date | None:
    parsed = v.parse_date(value, field)
    if parsed is None and required:
        raise ValidationError("required", field)
    return parsed


def _validated(data: SubscriptionInput) -> tuple[date, date | None, int | None]:
    c = v.Collector()
    start = c.check(lambda: _date(data.start_on, "start_on", required=True), None)
    end = c.check(lambda: _date(data.end_on, "end_on"), None)
    if (data.person_id is None) == (data.organization_id is None):
        c.errors.append(ValidationError("subscription_subject", "person"))
    if data.payer_person_id is not None and data.payer_organization_id is not None:
        c.errors.append(ValidationError("subscription_one_payer", "payer"))
    override = data.price_override_cents
    if override is not None and (isinstance(override, bool) or not isinstance(override, int)
                                 or override < 0):
        c.errors.append(ValidationError("number_min", "price_override_cents", value=override,
                                        min=0))
    if start and end and end < start:
        c.errors.append(ValidationError("date_order", "end_on", value=d(end)))
    c.raise_if_any()
    assert start is not None
    return start, end, override


def _check_overlap(session: Session, plan: Plan, sub: Subscription) -> None:
    """The same member cannot hold the same monthly plan twice over the same days."""
    if plan.billing != "monthly":
        return
    stmt = select(Subscription).where(
        Subscription.plan_id == plan.id, Subscription.id != (sub.id or 0),
        Subscription.start_on <= (sub.end_on or date.max),
        or_(Subscription.end_on.is_(None), Subscription.end_on >= sub.start_on))
    stmt = stmt.where(Subscription.person_id == sub.person_id) if sub.person_id else \
        stmt.where(Subscription.organization_id == sub.organization_id)
    other = session.scalars(stmt.order_by(Subscription.start_on)).first()
    if other is not None:
        raise ConflictError("subscription_overlap", "start_on", plan=plan.name, ref=other.id,
                            start=d(other.start_on), end=d(other.end_on) or "…")


def _insert(session: Session, plan: Plan, data: SubscriptionInput, start: date,
            end: date | None, override: int | None, previous_id: int | None = None
            ) -> Subscription:
    parties.one(session, data.person_id, data.organization_id)        # exists, or 4
    payer_person, payer_org = data.payer_person_id, data.payer_organization_id
    if payer_person is None and payer_org is None:
        payer_person, payer_org = data.person_id, data.organization_id
    parties.one(session, payer_person, payer_org)
    if plan.billing == "once" and end is None:
        end = start + timedelta(days=(plan.validity_days or 365) - 1)
    sub = Subscription(plan_id=plan.id, person_id=data.person_id,
                       organization_id=data.organization_id, payer_person_id=payer_person,
                       payer_organization_id=payer_org, start_on=start, end_on=end,
                       price_override_cents=override, previous_id=previous_id,
                       notes=v.notes(data.notes))
    _check_overlap(session, plan, sub)
    session.add(sub)
    session.flush()
    if plan.billing == "once":
        for unit, amount in (("room_minutes", plan.room_minutes),
                             ("desk_days", plan.desk_days)):
            if amount:
                session.add(CreditEntry(subscription_id=sub.id, unit=unit, kind="pack",
                                        amount=amount, expires_on=end,
                                        note=f"Pack « {plan.name} »"))
        session.flush()
    return sub


def _plan(session: Session, plan_id: int, *, for_new: bool = True) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFoundError("plan_not_found", ref=str(plan_id))
    if for_new and not plan.active:
        raise ValidationError("plan_inactive", "plan", value=plan.name)
    return plan


def create(engine: Engine, data: SubscriptionInput) -> SubscriptionRow:
    security.require("billing.write")
    start, end, override = _validated(data)
    with transaction(engine) as s:
        sub = _insert(s, _plan(s, data.plan_id), data, start, end, override)
        return _rows(s, [sub])[0]


def _load(session: Session, sub_id: int) -> Subscription:
    sub = session.get(Subscription, sub_id)
    if sub is None:
        raise NotFoundError("subscription_not_found", ref=str(sub_id))
    return sub


def billed_until(session: Session, sub_id: int) -> date | None:
    """The last day of this subscription already on an issued invoice."""
    return session.scalar(select(func.max(InvoiceLine.period_end)).join(Invoice).where(
        InvoiceLine.subscription_id == sub_id, Invoice.kind == "invoice"))


def _end(session: Session, sub: Subscription, end_on: date) -> None:
    if end_on < sub.start_on:
        raise ValidationError("date_order", "end_on", value=d(end_on))
    until = billed_until(session, sub.id)
    if until is not None and end_on < until:
        raise ConflictError("subscription_already_billed", "end_on", until=d(until))
    sub.end_on = end_on


def end(engine: Engine, sub_id: int, end_on: date | str) -> SubscriptionRow:
    """Set the last day (inclusive). Refused before a day already invoiced: that needs a
    credit note first."""
    security.require("billing.write")
    day = _date(end_on, "end_on", required=True)
    assert day is not None
    with transaction(engine) as s:
        sub = _load(s, sub_id)
        _end(s, sub, day)
        s.flush()
        return _rows(s, [sub])[0]


def change_plan(engine: Engine, sub_id: int, plan_id: int, on: date | str, *,
                price_override_cents: int | None = None) -> SubscriptionRow:
    """Move to another plan from ``on``: the old one ends the day before. Returns the new."""
    security.require("billing.write")
    day = _date(on, "start_on", required=True)
    assert day is not None
    with transaction(engine) as s:
        old = _load(s, sub_id)
        if day <= old.start_on or (old.end_on is not None and day > old.end_on):
            raise ValidationError("plan_change_date", "start_on", value=d(day),
                                  start=d(old.start_on), end=d(old.end_on) or "…")
        previous_end = old.end_on
        _end(s, old, day - timedelta(days=1))
        s.flush()
        data = SubscriptionInput(plan_id, day, old.person_id, old.organization_id,
                                 old.payer_person_id, old.payer_organization_id,
                                 previous_end, price_override_cents, old.notes)
        new = _insert(s, _plan(s, plan_id), data, day, previous_end, price_override_cents,
                      previous_id=old.id)
        return _rows(s, [new])[0]


def get(engine: Engine, sub_id: int) -> SubscriptionRow:
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        return _rows(s, [_load(s, sub_id)])[0]


def list_subscriptions(engine: Engine, *, person_id: int | None = None,
                       organization_id: int | None = None, payer_person_id: int | None = None,
                       payer_organization_id: int | None = None,
                       active_on: date | None = None) -> list[SubscriptionRow]:
    """Subscriptions, newest first; filters combine (a person's own, or those they pay)."""
    security.require("billing.read")
    stmt = select(Subscription).order_by(Subscription.start_on.desc(), Subscription.id.desc())
    if person_id is not None:
        stmt = stmt.where(Subscription.person_id == person_id)
    if organization_id is not None:
        stmt = stmt.where(Subscription.organization_id == organization_id)
    if payer_person_id is not None:
        stmt = stmt.where(Subscription.payer_person_id == payer_person_id)
    if payer_organization_id is not None:
        stmt = stmt.where(Subscription.payer_organization_id == payer_organization_id)
    if active_on is not None:
        stmt = stmt.where(Subscription.start_on <= active_on,
                          or_(Subscription.end_on.is_(None), Subscription.end_on >= active_on))
    with transaction(engine, readonly=True) as s:
        return _rows(s, list(s.scalars(stmt)))
