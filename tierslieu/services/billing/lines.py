"""The invoice lines of a billing run, each explaining itself (French: the invoice's
language): fees with proration, credits used and left, bookings outside the plan."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from tierslieu import timeutil
from tierslieu.services.billing.common import (
    UNIT_LABELS,
    Month,
    amount_of,
    d,
    euros,
    half_up,
    overlap,
    prorate,
    vat_of,
)
from tierslieu.services.billing.dto import DraftInvoice, DraftLine, Party, Totals, VatRow

if TYPE_CHECKING:
    from tierslieu.services.billing.compute import Computation, Pot, Sub, Use

MAX_LISTED = 8  # bookings named in an overage line's detail


def drafts(comp: Computation, *, vat_exempt: bool, include_zero: bool = False
       ) -> list[DraftInvoice]:
    """One draft per payer: fees, credits used, overage; €0 ones marked to skip."""
    lines: dict[tuple[str, int], list[DraftLine]] = defaultdict(list)
    who: dict[tuple[str, int], Party] = {}
    for payer, line in comp.fees:
        lines[payer.key].append(line)
        who[payer.key] = payer
    for payer, line in credit_lines(comp) + overage_lines(comp):
        lines[payer.key].append(line)
        who[payer.key] = payer
    uses = defaultdict(list)
    for u in comp.uses:
        uses[u.payer.key].append(u.dto("draft"))
    out = []
    for key in sorted(lines, key=lambda k: (who[k].name.casefold(), k)):
        items = tuple(exempt(line) if vat_exempt else line for line in lines[key])
        total = totals(items)
        skip = "zero" if total.excl_cents == 0 and not include_zero else ""
        out.append(DraftInvoice(who[key], comp.month.key, comp.month.first,
                                comp.month.last, items, total, tuple(uses[key]), skip))
    return out

def credit_lines(comp: Computation) -> list[tuple[Party, DraftLine]]:
    """A €0 line per credit source used, saying how much is used and left."""
    out = []
    for pot in comp.pots:
        used = pot.used + pot.at_door
        if not used:
            continue
        sub = pot.sub
        label = f"Crédits « {sub.plan.name} » — {UNIT_LABELS[pot.unit]}"
        if sub.subject.key != sub.payer.key:
            label += f" ({sub.subject.name})"
        left = pot.remaining
        if pot.source == "allowance":
            detail = (f"Allocation {comp.month.of_label} : {amount_of(pot.unit, used)}"
                      f" sur {amount_of(pot.unit, pot.granted)} ({_uses(pot)})")
            if left:
                detail += f" ; reste {amount_of(pot.unit, left)}, non reporté"
        else:
            detail = (f"Pack valable jusqu'au {d(pot.expires_on)} :"
                      f" {amount_of(pot.unit, used)} ce mois ({_uses(pot)})"
                      f" ; reste {amount_of(pot.unit, left)}")
        qty = half_up(used * 1000, 60) if pot.unit == "room_minutes" else used * 1000
        unit = "HUR" if pot.unit == "room_minutes" else "DAY"
        out.append((sub.payer, DraftLine("credits", label, detail, qty, unit, 0, 0,
                                         sub.plan.vat_rate_bp, sub.row.id)))
    return out

def overage_lines(comp: Computation) -> list[tuple[Party, DraftLine]]:
    """Bookings charged outside the plan, grouped by payer, person, resource and price."""
    groups: dict[tuple[tuple[str, int], tuple[str, int], int, int, str], list[Use]] = \
        defaultdict(list)
    for u in comp.uses:
        if u.overage_cents:
            price = u.resource.hourly_price_cents if u.unit == "room_minutes" \
                else u.booking.price_cents
            groups[(u.payer.key, u.person.key, u.resource.id, price, u.unit or "")].append(u)
    out = []
    for (_payer, _person, _rid, price, unit), uses in groups.items():
        first = uses[0]
        label = f"{first.resource.name} — réservations hors forfait"
        if first.person.key != first.payer.key:
            label += f" ({first.person.name})"
        listed = ", ".join(
            f"{timeutil.to_local(u.booking.start_at, u.timezone):%d/%m %H:%M}-"
            f"{timeutil.to_local(u.booking.end_at, u.timezone):%H:%M}"
            for u in uses[:MAX_LISTED]) + ("…" if len(uses) > MAX_LISTED else "")
        if unit == "room_minutes":
            minutes = sum(u.overage_units for u in uses)
            qty, code = half_up(minutes * 1000, 60), "HUR"
            amount = half_up(minutes * price, 60)
            detail = (f"{bookings(len(uses))} : {listed} ;"
                      f" {amount_of('room_minutes', minutes)} hors crédits au tarif horaire"
                      f" de {euros(price)}")
        else:
            qty, code = len(uses) * 1000, "DAY" if unit == "desk_days" else "C62"
            amount = sum(u.overage_cents for u in uses)
            detail = f"{bookings(len(uses))} : {listed}"
        out.append((first.payer, DraftLine(
            "overage", label, detail, qty, code, price, amount,
            first.resource.vat_rate_bp, None, None, None,
            tuple(u.booking.id for u in uses))))
    return out


def bookings(n: int) -> str:
    return f"{n} réservation" + ("s" if n > 1 else "")


def _uses(pot: Pot) -> str:
    """What drew on a credit source: bookings, and desk days taken at check-in."""
    parts = [bookings(pot.bookings)] if pot.bookings or not pot.at_door else []
    if pot.at_door:
        parts.append(f"{pot.at_door} jour" + ("s" if pot.at_door > 1 else "") + " à l'accueil")
    return ", ".join(parts)


def totals(lines: tuple[DraftLine, ...] | list[DraftLine]) -> Totals:
    by_rate: dict[int, int] = defaultdict(int)
    for line in lines:
        by_rate[line.vat_rate_bp] += line.amount_excl_cents
    vat = tuple(VatRow(r, base, vat_of(base, r)) for r, base in
                sorted(by_rate.items(), reverse=True))
    excl = sum(v.base_cents for v in vat)
    tax = sum(v.vat_cents for v in vat)
    return Totals(excl, tax, excl + tax, vat)


def exempt(line: DraftLine) -> DraftLine:
    return replace(line, vat_rate_bp=0)


def fee_lines(m: Month, subs: list[Sub], billed: set[int]) -> list[tuple[Party, DraftLine]]:
    out = []
    by_id = {s.row.id: s for s in subs}
    for sub in sorted(subs, key=lambda s: (s.payer.name.casefold(), s.subject.name.casefold(),
                                           s.row.start_on, s.row.id)):
        if sub.row.id in billed:
            continue
        who = f" — {sub.subject.name}" if sub.subject.key != sub.payer.key else ""
        if sub.plan.billing == "once":
            if not m.first <= sub.row.start_on <= m.last:
                continue
            credits = " et ".join(amount_of(u, a) for u, a in (
                ("room_minutes", sub.plan.room_minutes), ("desk_days", sub.plan.desk_days)) if a)
            detail = f"Acheté le {d(sub.row.start_on)}, valable jusqu'au {d(sub.row.end_on)}"
            if credits:
                detail = f"{credits} ; " + detail[0].lower() + detail[1:]
            out.append((sub.payer, DraftLine(
                "pack", f"Achat « {sub.plan.name} »{who}", detail, 1000, "C62", sub.price,
                sub.price, sub.plan.vat_rate_bp, sub.row.id, sub.row.start_on,
                sub.row.start_on)))
            continue
        span = overlap(sub.row.start_on, sub.row.end_on, m.first, m.last)
        if span is None:
            continue
        days = (span[1] - span[0]).days + 1
        amount = prorate(sub.price, days, m.days)
        if days >= m.days:
            detail = f"Du {d(span[0])} au {d(span[1])}"
        else:
            detail = (f"Au prorata : du {d(span[0])} au {d(span[1])}, {days} jour(s) sur"
                      f" {m.days} × {euros(sub.price)} HT par mois")
        notes = []
        previous = by_id.get(sub.row.previous_id or 0)
        if sub.row.previous_id and span[0] == sub.row.start_on:
            before = f" (avant : « {previous.plan.name} »)" if previous else ""
            notes.append(f"changement de formule le {d(sub.row.start_on)}{before}")
        elif span[0] == sub.row.start_on and sub.row.start_on != m.first:
            notes.append(f"début le {d(sub.row.start_on)}")
        if sub.row.end_on is not None and span[1] == sub.row.end_on and span[1] != m.last:
            notes.append(f"fin le {d(sub.row.end_on)}")
        if sub.row.price_override_cents is not None and sub.price != sub.plan.price_cents:
            notes.append(f"prix convenu {euros(sub.price)} HT par mois (tarif"
                         f" {euros(sub.plan.price_cents)})")
        if notes:
            detail += " ; " + " ; ".join(notes)
        out.append((sub.payer, DraftLine(
            "subscription", f"Abonnement « {sub.plan.name} » — {m.label}{who}", detail, 1000,
            "C62", amount, amount, sub.plan.vat_rate_bp, sub.row.id, span[0], span[1])))
    return out
