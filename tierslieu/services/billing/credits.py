"""The credits ledger and what each booking consumed.

Monthly allowances (meeting-room minutes, desk days) come with monthly plans and do not
roll over: their unused part expires at the month's end. Packs roll over until their
own expiry. The soonest-expiring credits are used first. Credits are usable only for a
booking inside a valid subscription: after the end date, :func:`use_for_booking` refuses
with ``credits_outside_subscription`` and the billing run charges the booking as
overage, saying why.

The ledger (``credit_entry``) is append-only: grants, uses, expiries, adjustments; a
mistake is corrected by an adjustment, never by editing a row.

Check-in (:func:`use_for_visit`, run by ``visits.check_in`` inside its transaction): a
member who arrives on a day without a desk booking draws one desk day, once per local
day, from their credits valid that day (soonest expiring first) unless a plan of
theirs includes desk access. No credit left, or no plan: the arrival still goes
through (nobody is held at the door) and the result says so, for the front desk to
sell a day pass. The draw is part of the check-in: it needs ``visits.write``, not
``billing.write``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Booking,
    BookingConsumption,
    CreditEntry,
    Invoice,
    Person,
    Plan,
    Resource,
    Site,
    Subscription,
)
from tierslieu.db.models.billing import CREDIT_UNITS
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import validation as v
from tierslieu.services.billing import parties
from tierslieu.services.billing.common import Month, amount_of, d
from tierslieu.services.billing.compute import Computation, Pot, Use, compute, is_free
from tierslieu.services.billing.dto import BookingConsumption as ConsumptionDTO
from tierslieu.services.billing.dto import CreditBalance, CreditDraw, Party

if TYPE_CHECKING:
    from tierslieu.services.visits import VisitRow

# a plan including one of these gives desk access (nothing drawn at the door), and a
# booking of one of them pays for the day (nothing drawn either)
SEAT_KINDS = ("desk", "hot_desk_zone", "office")
VISIT_STATUSES = ("included", "booking", "drawn", "already", "none_left", "no_plan")


@dataclass(frozen=True)
class LedgerRow:
    id: int
    subscription_id: int
    unit: str
    kind: str
    amount: int
    month: str | None
    expires_on: date | None
    booking_id: int | None
    at: datetime
    actor: str
    note: str


@dataclass(frozen=True)
class VisitCredit:
    """What a member's check-in consumed.

    ``status``: ``included`` (their plan includes desk access), ``booking`` (a desk or
    office booked that day pays for it), ``drawn`` (one desk day taken now),
    ``already`` (drawn at an earlier check-in the same day), ``none_left`` (a plan, but
    no desk day left: sell a day pass), ``no_plan`` (no valid subscription that day).
    ``remaining``: desk days left that day after this check-in (None when not counted).
    """

    status: str
    day: date
    plan_name: str = ""
    subscription_id: int | None = None
    drawn: int = 0
    remaining: int | None = None
    expires_on: date | None = None
    booking_id: int | None = None
    resource_name: str = ""
    entry_id: int | None = None
    explanation: str = ""

    @property
    def day_pass_needed(self) -> bool:
        """Nothing pays for the day: the front desk may sell a day pass."""
        return self.status in ("none_left", "no_plan")


# -- writing the ledger ------------------------------------------------------------------------

def persist(session: Session, comp: Computation, invoice_of: dict[tuple[str, int], int],
            *, expire: bool, actor: str = "") -> int:
    """Freeze the computation: allowance grants, uses, consumptions, and (when the month is
    over) expiries. ``invoice_of`` maps a payer to the invoice carrying its overage."""
    m = comp.month
    now = datetime.now(UTC)
    entries: list[dict[str, object]] = []
    used: list[dict[str, object]] = []

    def entry(pot: Pot, kind: str, amount: int, **extra: object) -> None:
        entries.append({"subscription_id": pot.sub.row.id, "unit": pot.unit, "kind": kind,
                        "amount": amount, "month": m.key, "expires_on": None,
                        "booking_id": None, "at": now, "actor": actor, "note": "", **extra})

    for pot in comp.pots:
        if pot.source == "allowance" and not pot.persisted and (pot.granted or pot.used):
            entry(pot, "allowance", pot.granted, expires_on=pot.expires_on,
                  note=f"Allocation {m.of_label}")
            pot.persisted = True
    for use in comp.uses:
        for pot, amount, _left in use.draws:
            entry(pot, "use", -amount, booking_id=use.booking.id, note=use.resource.name)
        used.append(dict(
            booking_id=use.booking.id, month=m.key, person_id=use.booking.person_id,
            included_subscription_id=use.included.row.id if use.included else None,
            unit=use.unit, needed=use.needed, drawn=sum(a for _, a, _ in use.draws),
            overage_units=use.overage_units, overage_cents=use.overage_cents,
            invoice_id=invoice_of.get(use.payer.key) if use.overage_cents else None,
            explanation=use.explanation, at=now))
    if expire:
        for pot in comp.pots:
            if pot.remaining > 0 and pot.expires_on <= m.last:
                entry(pot, "expiry", -pot.remaining, expires_on=pot.expires_on,
                      note="Non utilisé en fin de mois (pas de report)"
                      if pot.source == "allowance" else "Pack expiré")
                pot.remaining = 0
    # one executemany per table, not an ORM object per row (10,000 members' month)
    session.flush()
    conn = session.connection()
    if entries:
        conn.execute(insert(CreditEntry), entries)
    if used:
        conn.execute(insert(BookingConsumption), used)
    return len(comp.uses)


def use_for_booking(engine: Engine, booking_id: int, *, actor: str = ""
                    ) -> ConsumptionDTO:
    """Settle a booking now from the member's credits (at the front desk), all or nothing.

    Refused when the booking falls outside every valid subscription with credits
    (``credits_outside_subscription``, naming the end date when one ended before), when
    the credits do not cover it (``credits_insufficient``), or when it was settled or
    billed already. A booking included in a plan is settled with nothing drawn.
    """
    security.require("billing.write")
    with transaction(engine) as s:
        from tierslieu.services.billing.numbering import lock_chain

        lock_chain(s)            # one billing writer at a time: no credit drawn twice
        b, r, tz = _booking(s, booking_id)
        if s.get(BookingConsumption, booking_id) is not None:
            raise ConflictError("booking_already_settled", ref=booking_id)
        if b.status != "confirmed" or b.person_id is None or is_free(r, b):
            raise ValidationError("booking_not_billable", "booking", ref=booking_id)
        day = timeutil.to_local(b.start_at, tz).date()
        comp = compute(s, Month.parse(day), only_booking=booking_id)
        use = comp.use_of(booking_id)
        assert use is not None
        if use.included is None:
            if use.unit is None:
                raise ValidationError("credits_not_applicable", "booking", resource=r.name)
            if use.needed and not use.draws:      # needed 0: the day was drawn at check-in
                raise _outside(s, b.person_id, day)
            if use.overage_units:
                raise ConflictError("credits_insufficient", needed=amount_of(
                    use.unit, use.needed), available=amount_of(
                    use.unit, sum(a for _, a, _ in use.draws)))
        persist(s, comp, {}, expire=False, actor=actor)
        return use.dto("settled")


def use_for_visit(session: Session, visit: VisitRow, *, actor: str = "") -> VisitCredit:
    """Draw the desk day of a member's check-in, inside the check-in's transaction.

    Nothing is drawn when a plan of theirs valid that day includes desk access, when
    they booked a desk or an office that day (the booking counts the day, see
    :mod:`.compute`), or when an earlier check-in drew the day already. Otherwise one
    desk day from the credits valid that day, soonest expiring first; none left: the
    result says so (``none_left`` / ``no_plan``) and nothing is refused. The permission
    is the check-in's (``visits.write``): this is a rule applied at the door.
    """
    from tierslieu.services.billing.compute import for_holder, subs_for
    from tierslieu.services.billing.numbering import lock_chain

    if visit.kind != "member" or visit.person_id is None:
        raise ValidationError("credits_not_applicable", "visit", resource=visit.name)
    person_id, day = visit.person_id, visit.local_arrival.date()
    lock_chain(session)          # one billing writer at a time: no day drawn twice
    orgs = _orgs(session, person_id)
    comp = for_holder(session, Month.parse(day), person_id, orgs)
    valid = subs_for(comp, person_id, orgs, day)
    seat = next((x for x in valid if set(x.plan.resource_kinds or ()) & set(SEAT_KINDS)),
                None)
    if seat is not None:
        return VisitCredit("included", day, seat.plan.name, seat.row.id, explanation=(
            f"Accès aux postes inclus dans l'abonnement « {seat.plan.name} »"))
    ids = {x.row.id for x in valid}
    pots = sorted((p for p in comp.pots if p.sub.row.id in ids and p.unit == "desk_days"
                   and p.valid_from <= day <= p.expires_on),
                  key=lambda p: (p.expires_on, p.source != "allowance", p.sub.row.id))
    left = sum(p.remaining for p in pots)
    booked = _seat_booking(session, person_id, day, visit.timezone)
    if booked is not None:
        return VisitCredit("booking", day, remaining=left if pots else None,
                           booking_id=booked[0], resource_name=booked[1], explanation=(
                               f"« {booked[1]} » réservé ce jour (réservation n° {booked[0]})"
                               " : la réservation compte la journée"))
    if (person_id, day) in comp.visit_days:
        return VisitCredit("already", day, remaining=left, explanation=(
            f"Journée du {d(day)} déjà décomptée à une arrivée précédente"))
    if not valid:
        return VisitCredit("no_plan", day, explanation=(
            f"Aucun abonnement valable le {d(day)} : proposer un pass journée"))
    pot = next((p for p in pots if p.remaining > 0), None)
    if pot is None:
        return VisitCredit("none_left", day, remaining=0, explanation=(
            f"Plus de journée de coworking le {d(day)} : proposer un pass journée"))
    return _draw_at_door(session, comp, pot, visit, day, left, actor)


def _draw_at_door(session: Session, comp: Computation, pot: Pot, visit: VisitRow, day: date,
                  left: int, actor: str) -> VisitCredit:
    m = comp.month
    if pot.source == "allowance" and not pot.persisted:
        # freeze the month's allowance as the billing run would (see persist)
        session.add(CreditEntry(subscription_id=pot.sub.row.id, unit=pot.unit,
                                kind="allowance", amount=pot.granted, month=m.key,
                                expires_on=pot.expires_on, actor=actor,
                                note=f"Allocation {m.of_label}"))
        pot.persisted = True
    # ``at`` is the arrival instant: it ties the entry to the visit (compute.visit_days)
    entry = CreditEntry(subscription_id=pot.sub.row.id, unit="desk_days", kind="use",
                        amount=-1, month=m.key, at=visit.arrived_at, actor=actor,
                        note=f"Passage à l'accueil le {d(day)} — {visit.name}")
    session.add(entry)
    session.flush()
    pot.remaining -= 1
    where = (f"l'allocation {m.of_label}" if pot.source == "allowance"
             else f"le pack (valable jusqu'au {d(pot.expires_on)})")
    return VisitCredit("drawn", day, pot.sub.plan.name, pot.sub.row.id, 1, left - 1,
                       pot.expires_on, entry_id=entry.id, explanation=(
                           f"1 journée prise sur {where} de « {pot.sub.plan.name} »,"
                           f" reste {amount_of('desk_days', left - 1)}"))


def _seat_booking(session: Session, person_id: int, day: date, tz: str
                  ) -> tuple[int, str] | None:
    """A confirmed booking of a desk or an office by the person on that local day."""
    start, end = timeutil.day_bounds_utc(day, tz)
    row = session.execute(
        select(Booking.id, Resource.name).join(Resource, Booking.resource_id == Resource.id)
        .where(Booking.person_id == person_id, Booking.status == "confirmed",
               Resource.kind.in_(SEAT_KINDS), Booking.start_at < end, Booking.end_at > start)
        .order_by(Booking.start_at, Booking.id).limit(1)).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def _outside(session: Session, person_id: int, day: date) -> ValidationError:
    ended = session.execute(
        select(Subscription.end_on, Plan.name).join(Plan)
        .where(Subscription.person_id == person_id, Subscription.end_on < day)
        .order_by(Subscription.end_on.desc())).first()
    if ended is not None:
        return ValidationError("credits_outside_subscription", "booking", day=d(day),
                               plan=ended[1], end=d(ended[0]))
    return ValidationError("credits_none", "booking", day=d(day))


def adjust(engine: Engine, subscription_id: int, unit: str, amount: int, *, note: str,
           month: str | None = None, actor: str = "") -> LedgerRow:
    """Add (or remove, negative) credits by hand, with the reason. A monthly plan's
    adjustment belongs to a month (its allowance); a pack's to the pack."""
    security.require("billing.write")
    if unit not in CREDIT_UNITS:
        raise ValidationError("choice_invalid", "unit", value=unit,
                              allowed=", ".join(CREDIT_UNITS))
    if isinstance(amount, bool) or not isinstance(amount, int) or amount == 0:
        raise ValidationError("number_invalid", "amount", value=amount)
    note = v.text(note, "reason", required=True, max_len=500)
    with transaction(engine) as s:
        sub = s.get(Subscription, subscription_id)
        if sub is None:
            raise NotFoundError("subscription_not_found", ref=str(subscription_id))
        plan = s.get_one(Plan, sub.plan_id)
        key = Month.parse(month).key if month else None
        if plan.billing == "monthly" and key is None:
            raise ValidationError("required", "month")
        entry = CreditEntry(subscription_id=sub.id, unit=unit, kind="adjustment",
                            amount=amount, month=key if plan.billing == "monthly" else None,
                            actor=actor, note=note)
        s.add(entry)
        s.flush()
        return _ledger_row(entry)


# -- reading ----------------------------------------------------------------------------------

def _ledger_row(e: CreditEntry) -> LedgerRow:
    return LedgerRow(e.id, e.subscription_id, e.unit, e.kind, e.amount, e.month, e.expires_on,
                     e.booking_id, e.at, e.actor, e.note)


def ledger(engine: Engine, subscription_id: int) -> list[LedgerRow]:
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        return [_ledger_row(e) for e in s.scalars(
            select(CreditEntry).where(CreditEntry.subscription_id == subscription_id)
            .order_by(CreditEntry.id))]


def balances(engine: Engine, person_id: int, on: date) -> list[CreditBalance]:
    """The member's credits valid on ``on``, once the month's bookings are counted."""
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        comp = compute(s, Month.parse(on))
        orgs = _orgs(s, person_id)
    from tierslieu.services.billing.compute import subs_for

    ids = {x.row.id for x in subs_for(comp, person_id, orgs, on)}
    return [CreditBalance(p.sub.row.id, p.sub.plan.name, p.source, p.unit, p.granted,
                          p.granted - p.remaining if p.source == "allowance"
                          else p.used + p.at_door,
                          p.remaining, p.valid_from, p.expires_on)
            for p in comp.pots if p.sub.row.id in ids and p.valid_from <= on <= p.expires_on]


def _orgs(session: Session, person_id: int) -> set[int]:
    from tierslieu.db.models import PersonOrganization

    return set(session.scalars(select(PersonOrganization.organization_id).where(
        PersonOrganization.person_id == person_id)))


def _booking(session: Session, booking_id: int) -> tuple[Booking, Resource, str]:
    row = session.execute(select(Booking, Resource, Site.timezone)
                          .join(Resource, Booking.resource_id == Resource.id).join(Site)
                          .where(Booking.id == booking_id)).first()
    if row is None:
        raise NotFoundError("booking_not_found", ref=booking_id)
    return row[0], row[1], row[2]


def frozen_consumptions(session: Session, *, invoice_id: int | None = None,
                        booking_ids: list[int] | None = None) -> list[ConsumptionDTO]:
    """Consumptions as they were frozen by a run (or at the desk)."""
    stmt = (select(BookingConsumption, Booking, Resource, Site.timezone)
            .join(Booking, BookingConsumption.booking_id == Booking.id)
            .join(Resource, Booking.resource_id == Resource.id).join(Site)
            .order_by(Booking.start_at, Booking.id))
    if invoice_id is not None:
        stmt = stmt.where(BookingConsumption.invoice_id == invoice_id)
    if booking_ids is not None:
        stmt = stmt.where(BookingConsumption.booking_id.in_(booking_ids))
    found = session.execute(stmt).all()
    if not found:
        return []
    bids = [c.booking_id for c, _, _, _ in found]
    draws: dict[int, list[CreditDraw]] = {}
    for e, plan_name, billing, end_on in session.execute(
            select(CreditEntry, Plan.name, Plan.billing, Subscription.end_on)
            .join(Subscription, CreditEntry.subscription_id == Subscription.id).join(Plan)
            .where(CreditEntry.booking_id.in_(bids), CreditEntry.kind == "use")
            .order_by(CreditEntry.id)):
        if billing == "monthly" and e.month:
            last = Month.parse(e.month).last
            source, expires = "allowance", min(last, end_on or last)
        else:
            source, expires = "pack", end_on or date.max
        draws.setdefault(e.booking_id or 0, []).append(CreditDraw(
            e.subscription_id, source, plan_name, e.unit, -e.amount, -1, expires))
    pids = {b.person_id for _, b, _, _ in found if b.person_id}
    people = {p.id: parties.person_party(p) for p in session.scalars(
        select(Person).where(Person.id.in_(pids)))} if pids else {}
    numbers = dict(session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(
        {c.invoice_id for c, _, _, _ in found if c.invoice_id}))).all()) if any(
        c.invoice_id for c, _, _, _ in found) else {}
    plans = dict(session.execute(select(Subscription.id, Plan.name).join(Plan).where(
        Subscription.id.in_({c.included_subscription_id for c, _, _, _ in found
                             if c.included_subscription_id}))).all())
    out = []
    for c, b, r, tz in found:
        person = people.get(b.person_id or 0) or Party("person", b.person_id, "")
        out.append(ConsumptionDTO(
            b.id, b.person_id, person.name, r.name, r.kind, b.start_at, b.end_at,
            timeutil.to_local(b.start_at, tz).date(), "billed" if c.invoice_id else "settled",
            plans.get(c.included_subscription_id or 0, ""), c.included_subscription_id,
            c.unit, c.needed, tuple(draws.get(b.id, ())), c.overage_units, c.overage_cents,
            None, numbers.get(c.invoice_id or 0, ""), c.explanation))
    return out


def consumption_for_booking(engine: Engine, booking_id: int) -> ConsumptionDTO:
    """What a booking consumed (frozen by a run or at the desk) or would consume if its
    month were billed now (``state="draft"``); cancelled bookings, no-shows, staff
    bookings and free resources consume nothing (``not_billable``, with the reason)."""
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        b, r, tz = _booking(s, booking_id)
        frozen = frozen_consumptions(s, booking_ids=[booking_id])
        if frozen:
            return frozen[0]
        day = timeutil.to_local(b.start_at, tz).date()
        reason = ""
        if b.status == "cancelled":
            reason = "Réservation annulée : rien n'est consommé"
        elif b.status == "no_show":
            reason = "Non honorée (salle libérée) : rien n'est consommé"
        elif b.person_id is None:
            reason = "Réservation de l'équipe, sans membre : rien n'est consommé"
        elif is_free(r, b):
            reason = "Ressource gratuite : rien n'est consommé"
        if not reason:
            use: Use | None = compute(s, Month.parse(day)).use_of(booking_id)
            if use is not None:
                return use.dto("draft")
            reason = "Rien n'est consommé"
        person = s.get(Person, b.person_id) if b.person_id else None
        return ConsumptionDTO(b.id, b.person_id,
                              parties.person_party(person).name if person else "", r.name,
                              r.kind, b.start_at, b.end_at, day, "not_billable",
                              explanation=reason)
