"""The billing run's arithmetic for one month, inside the caller's transaction.

What is billed for month M (nothing twice: what an earlier run issued is left out):

- each monthly subscription overlapping M, prorated by days (``days / days in M``):
  a plan change bills the old plan to the day before and the new one from the day;
- each pack bought in M, once;
- the month's bookings, from the booking table as it stands (the bookings service is
  not involved). **Policy**: a booking is consumed when its status is ``confirmed``,
  checked in or not; ``cancelled`` bookings and ``no_show`` ones (released by the
  planning 30 min after their start, so the room went back to others) consume nothing,
  nor do bookings without a member (staff events) or of free resources (phone booths).
  Bookings are taken in time order, the month being the site's local calendar month.

For each booking of person P on day D: included when a subscription of P (or of one of
P's organisations) valid on D includes the resource's kind; otherwise meeting rooms
draw minutes and desks a day from P's credits valid on D, the soonest expiring first (a
month's allowance expires at the month's end, a pack at its own date); what is left is
overage, at the resource's hourly rate for rooms and at the booking's price otherwise.
Credits are usable only inside a valid subscription: after its end date they are not.
The payer of the overage is the payer of P's subscription valid on D, else P.

Check-ins (:func:`.credits.use_for_visit`) draw a desk day at the door when P has no desk
booking that day: a ``use`` entry of the ledger without a booking, written when P
arrives, whose ``at`` is the visit's arrival instant (that is how the run finds whose
day it was: :func:`visit_days`). Its month's pots are already net of it, and a desk
booking of P made later on a day already drawn at the door draws nothing: one day,
counted once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from tierslieu import timeutil
from tierslieu.db.models import (
    Booking,
    BookingConsumption,
    CreditEntry,
    Invoice,
    InvoiceLine,
    PersonOrganization,
    Plan,
    Resource,
    Site,
    Subscription,
    Visit,
)
from tierslieu.services.billing import parties
from tierslieu.services.billing.common import (
    UNIT_BY_KIND,
    Month,
    amount_of,
    d,
    euros,
    half_up,
    overlap,
)
from tierslieu.services.billing.dto import (
    BookingConsumption as ConsumptionDTO,
)
from tierslieu.services.billing.dto import (
    CreditDraw,
    DraftInvoice,
    DraftLine,
    Party,
)
from tierslieu.services.billing.lines import fee_lines

QUARTER = 15


@dataclass
class Sub:
    row: Subscription
    plan: Plan
    subject: Party
    payer: Party

    @property
    def price(self) -> int:
        o = self.row.price_override_cents
        return self.plan.price_cents if o is None else o

    def covers(self, day: date) -> bool:
        return self.row.start_on <= day and (self.row.end_on is None or day <= self.row.end_on)


@dataclass
class Pot:
    """A source of credits during the computation."""

    sub: Sub
    unit: str
    source: str               # allowance | pack
    valid_from: date
    expires_on: date
    granted: int
    remaining: int
    persisted: bool           # its grant is already in the ledger
    used: int = 0
    bookings: int = 0
    at_door: int = 0          # desk days drawn at check-in this month (in the ledger)


@dataclass
class Use:
    """One booking's consumption, before it is frozen."""

    booking: Booking
    resource: Resource
    timezone: str
    person: Party
    day: date
    payer: Party
    included: Sub | None = None
    unit: str | None = None
    needed: int = 0
    draws: list[tuple[Pot, int, int]] = field(default_factory=list)  # pot, amount, left
    overage_units: int = 0
    overage_cents: int = 0
    explanation: str = ""

    def dto(self, state: str, invoice_number: str = "") -> ConsumptionDTO:
        b, r = self.booking, self.resource
        return ConsumptionDTO(
            b.id, b.person_id, self.person.name, r.name, r.kind, b.start_at, b.end_at,
            self.day, state, self.included.plan.name if self.included else "",
            self.included.row.id if self.included else None, self.unit, self.needed,
            tuple(CreditDraw(p.sub.row.id, p.source, p.sub.plan.name, p.unit, amount, left,
                             p.expires_on) for p, amount, left in self.draws),
            self.overage_units, self.overage_cents, self.payer, invoice_number,
            self.explanation)


@dataclass
class Computation:
    month: Month
    subs: list[Sub]
    pots: list[Pot]
    fees: list[tuple[Party, DraftLine]]
    uses: list[Use]
    already_billed: int
    ended: dict[int, list[Sub]]           # person id -> their subscriptions ending in M
    by_holder: dict[tuple[str, int], list[Sub]] | None = None
    pots_of: dict[int, list[Pot]] | None = None        # subscription id -> its pots
    # (person id, local day) whose desk day was drawn at check-in (see visit_days)
    visit_days: set[tuple[int, date]] = field(default_factory=set)

    def use_of(self, booking_id: int) -> Use | None:
        return next((u for u in self.uses if u.booking.id == booking_id), None)

    def drafts(self, *, vat_exempt: bool, include_zero: bool = False) -> list[DraftInvoice]:
        """One draft invoice per payer (see :mod:`.lines`)."""
        from tierslieu.services.billing.lines import drafts

        return drafts(self, vat_exempt=vat_exempt, include_zero=include_zero)


# -- loading --------------------------------------------------------------------------------

def _subs(session: Session, m: Month, holder: tuple[int, set[int]] | None = None
          ) -> list[Sub]:
    """The subscriptions overlapping M; ``holder`` (person id, their organisations)
    keeps that person's own and their organisations' only."""
    stmt = select(Subscription, Plan).join(Plan).where(
        Subscription.start_on <= m.last,
        or_(Subscription.end_on.is_(None), Subscription.end_on >= m.first))
    if holder is not None:
        stmt = stmt.where(or_(Subscription.person_id == holder[0],
                              Subscription.organization_id.in_(holder[1])))
    rows = session.execute(stmt.order_by(Subscription.id)).all()
    known = parties.load(
        session, [x for s, _ in rows for x in (s.person_id, s.payer_person_id)],
        [x for s, _ in rows for x in (s.organization_id, s.payer_organization_id)])
    return [Sub(s, p, known[parties.key_of(s.person_id, s.organization_id)],
                known[parties.key_of(s.payer_person_id, s.payer_organization_id)])
            for s, p in rows]


def _billed(session: Session, m: Month, subs: list[Sub]) -> set[int]:
    """Subscriptions whose month M (monthly) or purchase (pack) is already invoiced."""
    ids = [s.row.id for s in subs]
    if not ids:
        return set()
    stmt = (select(InvoiceLine.subscription_id, InvoiceLine.period_start,
                   InvoiceLine.period_end, InvoiceLine.kind).join(Invoice)
            .where(Invoice.kind == "invoice", InvoiceLine.subscription_id.in_(ids),
                   InvoiceLine.kind.in_(("subscription", "pack"))))
    billed: set[int] = set()
    for sid, start, end, kind in session.execute(stmt):
        if sid is None:
            continue
        if kind == "pack" or (start and end and start <= m.last and end >= m.first):
            billed.add(sid)
    return billed


def _ledger(session: Session, m: Month, subs: list[Sub]
            ) -> dict[tuple[int, str], tuple[int, int, int]]:
    """(sub, unit) -> (allowance granted in M, sum of M's entries, sum of all entries)."""
    ids = [s.row.id for s in subs]
    out: dict[tuple[int, str], tuple[int, int, int]] = {}
    if not ids:
        return out
    stmt = (select(CreditEntry.subscription_id, CreditEntry.unit, CreditEntry.kind,
                   CreditEntry.month, func.sum(CreditEntry.amount))
            .where(CreditEntry.subscription_id.in_(ids))
            .group_by(CreditEntry.subscription_id, CreditEntry.unit, CreditEntry.kind,
                      CreditEntry.month))
    for sid, unit, kind, month, total in session.execute(stmt):
        granted, in_month, overall = out.get((sid, unit), (-1, 0, 0))
        total = int(total or 0)
        if month == m.key:
            in_month += total
            if kind == "allowance":
                granted = total
        out[(sid, unit)] = (granted, in_month, overall + total)
    return out


def visit_days(session: Session, m: Month, subs: list[Sub]
               ) -> list[tuple[int, int | None, date]]:
    """(subscription, person, local day) of each desk day drawn at check-in in M.

    A check-in's ``use`` entry has no booking; its ``at`` is the visit's arrival, which
    names the person (an organisation's credits serve several members). A visit deleted
    by the retention rule leaves the subscription's own person, if any."""
    ids = [s.row.id for s in subs]
    if not ids:
        return []
    holder = {s.row.id: s.row.person_id for s in subs}
    stmt = (select(CreditEntry.subscription_id, CreditEntry.at, Visit.person_id,
                   Site.timezone)
            .outerjoin(Visit, and_(Visit.arrived_at == CreditEntry.at, Visit.kind == "member",
                                   Visit.person_id.is_not(None)))
            .outerjoin(Site, Site.id == Visit.site_id)
            .where(CreditEntry.subscription_id.in_(ids), CreditEntry.kind == "use",
                   CreditEntry.unit == "desk_days", CreditEntry.booking_id.is_(None),
                   CreditEntry.month == m.key))
    return [(sid, person_id or holder.get(sid), timeutil.to_local(
        at, tz or timeutil.DEFAULT_TZ).date()) for sid, at, person_id, tz in session.execute(stmt)]


def _with_visits(comp: Computation, draws: list[tuple[int, int | None, date]]
                 ) -> Computation:
    """Note the days drawn at the door: on their pots (``at_door``) and per person."""
    if not draws:
        return comp
    desk: dict[int, list[Pot]] = defaultdict(list)
    for p in comp.pots:
        if p.unit == "desk_days":
            desk[p.sub.row.id].append(p)
    for sid, person_id, day in draws:
        if person_id:
            comp.visit_days.add((person_id, day))
        pot = next((p for p in desk.get(sid, ()) if p.valid_from <= day <= p.expires_on),
                   None)
        if pot is not None:
            pot.at_door += 1
    return comp


def for_holder(session: Session, m: Month, person_id: int, orgs: set[int]) -> Computation:
    """One person's (and their organisations') subscriptions and credits in M, without
    bookings nor fees: what a check-in at the door needs."""
    subs = _subs(session, m, (person_id, orgs))
    pots = _pots(m, subs, _ledger(session, m, subs))
    return _with_visits(Computation(m, subs, pots, [], [], 0, {}),
                        visit_days(session, m, subs))


def _pots(m: Month, subs: list[Sub], ledger: dict[tuple[int, str], tuple[int, int, int]]
          ) -> list[Pot]:
    pots = []
    for sub in subs:
        for unit, monthly in (("room_minutes", sub.plan.room_minutes),
                              ("desk_days", sub.plan.desk_days)):
            granted, in_month, overall = ledger.get((sub.row.id, unit), (-1, 0, 0))
            if sub.plan.billing == "once":
                if (sub.row.id, unit) in ledger:
                    pots.append(Pot(sub, unit, "pack", sub.row.start_on,
                                    sub.row.end_on or date.max, monthly, max(0, overall),
                                    True))
                continue
            span = overlap(sub.row.start_on, sub.row.end_on, m.first, m.last)
            if not monthly or span is None:
                continue
            days = (span[1] - span[0]).days + 1
            virtual = monthly if days >= m.days else monthly * days // m.days
            if unit == "room_minutes" and days < m.days:
                virtual -= virtual % QUARTER   # prorated hours, rounded down to 15 min
            persisted = granted >= 0
            amount = granted if persisted else virtual
            remaining = in_month if persisted else virtual + in_month
            pots.append(Pot(sub, unit, "allowance", span[0], span[1], amount,
                            max(0, remaining), persisted))
    return pots


def _bookings(session: Session, m: Month, only: int | None
              ) -> list[tuple[Booking, Resource, str]]:
    lo = datetime.combine(m.first - timedelta(days=1), time(0), tzinfo=UTC)
    hi = datetime.combine(m.last + timedelta(days=2), time(0), tzinfo=UTC)
    done = select(BookingConsumption.booking_id).where(
        BookingConsumption.booking_id == Booking.id).exists()
    stmt = (select(Booking, Resource, Site.timezone).join(Resource, Booking.resource_id ==
                                                         Resource.id).join(Site)
            .where(Booking.start_at >= lo, Booking.start_at < hi,
                   Booking.status == "confirmed", Booking.person_id.is_not(None), ~done,
                   _billable())
            .order_by(Booking.start_at, Booking.id))
    if only is not None:
        stmt = stmt.where(Booking.id == only)
    out = []
    for b, r, tz in session.execute(stmt).all():
        if timeutil.to_local(b.start_at, tz).date().replace(day=1) == m.first:
            out.append((b, r, tz))
    return out


def _billable():  # type: ignore[no-untyped-def]
    """SQL for ``not is_free``: free bookings (phone booths...) are not even loaded."""
    rooms = Resource.kind.in_([k for k, u in UNIT_BY_KIND.items() if u == "room_minutes"])
    return or_(and_(rooms, Resource.hourly_price_cents > 0),
               and_(~rooms, Booking.price_cents > 0))


def is_free(resource: Resource, booking: Booking) -> bool:
    unit = UNIT_BY_KIND.get(resource.kind)
    if unit == "room_minutes":
        return resource.hourly_price_cents == 0
    return booking.price_cents == 0


# -- the computation ------------------------------------------------------------------------

def compute(session: Session, month: Month | str, *, only_booking: int | None = None
            ) -> Computation:
    """Everything month M would bill now; ``only_booking`` consumes that booking alone
    (fees are still computed, for the caller to ignore)."""
    m = Month.parse(month)
    subs = _subs(session, m)
    billed = _billed(session, m, subs)
    pots = _pots(m, subs, _ledger(session, m, subs))
    bookings = [(b, r, tz) for b, r, tz in _bookings(session, m, only_booking)
                if not is_free(r, b)]
    pids = {b.person_id for b, _, _ in bookings if b.person_id}
    orgs: dict[int, set[int]] = defaultdict(set)
    for pid, oid in session.execute(select(PersonOrganization.person_id,
                                           PersonOrganization.organization_id)
                                    .where(PersonOrganization.person_id.in_(pids))):
        orgs[pid].add(oid)
    people = {key[1]: party for key, party in parties.load(session, pids).items()}
    ended: dict[int, list[Sub]] = defaultdict(list)
    for sub in subs:
        if sub.row.person_id and sub.row.end_on and sub.row.end_on <= m.last:
            ended[sub.row.person_id].append(sub)
    comp = _with_visits(Computation(m, subs, pots, fee_lines(m, subs, billed), [],
                                    len(billed), ended), visit_days(session, m, subs))
    for b, r, tz in bookings:
        comp.uses.append(_consume(comp, b, r, tz, people[b.person_id or 0],
                                  orgs.get(b.person_id or 0, set())))
    return comp


def subs_for(comp: Computation, person_id: int, orgs: set[int], day: date) -> list[Sub]:
    """The subscriptions whose credits and inclusions a person's booking on ``day`` uses:
    their own, then their organisations' (an office for the team)."""
    if comp.by_holder is None:
        comp.by_holder = defaultdict(list)
        for sub in comp.subs:
            key = ("person", sub.row.person_id) if sub.row.person_id \
                else ("organization", sub.row.organization_id or 0)
            comp.by_holder[key].append(sub)
    candidates = comp.by_holder.get(("person", person_id), []) + [
        s for org in orgs for s in comp.by_holder.get(("organization", org), [])]
    # a plan with neither inclusions nor credits (domiciliation) gives a booking nothing
    mine = [s for s in candidates if s.covers(day) and (
        s.plan.resource_kinds or s.plan.room_minutes or s.plan.desk_days)]
    return sorted(mine, key=lambda s: (s.row.person_id is None, s.plan.billing == "once",
                                       s.row.id))


def _consume(comp: Computation, b: Booking, r: Resource, tz: str, person: Party,
             orgs: set[int]) -> Use:
    day = timeutil.to_local(b.start_at, tz).date()
    valid = subs_for(comp, person.id or 0, orgs, day)
    payer = valid[0].payer if valid else person
    use = Use(b, r, tz, person, day, payer)
    included = next((s for s in valid if r.kind in (s.plan.resource_kinds or ())), None)
    if included is not None:
        use.included = included
        use.explanation = f"Incluse dans l'abonnement « {included.plan.name} »"
        return use
    unit = UNIT_BY_KIND.get(r.kind)
    if unit is None:
        use.overage_cents = b.price_cents
        use.explanation = f"Hors forfait : {euros(b.price_cents)} HT (prix de la réservation)"
        return use
    if unit == "desk_days" and (person.id or 0, day) in comp.visit_days:
        # the day was drawn when they checked in, before booking a desk: counted once
        use.unit = unit
        use.explanation = (f"Journée déjà décomptée à l'arrivée le {d(day)}"
                           " (passage à l'accueil) : rien de plus")
        return use
    minutes = int(timeutil.duration(b.start_at, b.end_at).total_seconds() // 60)
    use.unit, use.needed = unit, minutes if unit == "room_minutes" else 1
    if comp.pots_of is None:  # an index: 10,000 members' bookings x their pots is slow
        comp.pots_of = defaultdict(list)
        for pot in comp.pots:
            comp.pots_of[pot.sub.row.id].append(pot)
    pots = sorted((p for s in valid for p in comp.pots_of.get(s.row.id, ()) if p.unit == unit
                   and p.valid_from <= day <= p.expires_on and p.remaining > 0),
                  key=lambda p: (p.expires_on, p.source != "allowance", p.sub.row.id))
    need, parts = use.needed, []
    for pot in pots:
        if not need:
            break
        take = min(need, pot.remaining)
        pot.remaining -= take
        pot.used += take
        pot.bookings += 1
        need -= take
        use.draws.append((pot, take, pot.remaining))
        where = (f"l'allocation {comp.month.of_label}" if pot.source == "allowance"
                 else f"le pack (valable jusqu'au {d(pot.expires_on)})")
        parts.append(f"{amount_of(unit, take)} pris sur {where} de « {pot.sub.plan.name} »,"
                     f" reste {amount_of(unit, pot.remaining)}")
    use.overage_units = need
    if need:
        use.overage_cents = half_up(need * r.hourly_price_cents, 60) \
            if unit == "room_minutes" else b.price_cents
        rate_text = (f"au tarif horaire de {euros(r.hourly_price_cents)}"
                     if unit == "room_minutes" else "au prix de la réservation")
        why = ""
        if not pots:
            gone = [s for s in comp.ended.get(person.id or 0, []) if s.row.end_on
                    and s.row.end_on < day]
            why = (f" (abonnement « {gone[0].plan.name} » terminé le {d(gone[0].row.end_on)} :"
                   " crédits non utilisables après cette date)") if gone else \
                " (pas de crédits valables ce jour)"
        parts.append(f"{amount_of(unit, need)} hors crédits {rate_text} :"
                     f" {euros(use.overage_cents)} HT{why}")
    use.explanation = " ; ".join(parts)
    return use

