"""Billing: the cases members complain about, on SQLite and PostgreSQL.

Plan change mid-month, end date on the 15th, a member coming back after a gap, credits
after the end date, an organisation paying for three founders (one invoice), a €0
month (no invoice), expiring credits first, what each booking consumed, payments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import BookingConsumption, CreditEntry
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import bookings, members, organizations, sites, spaces
from tierslieu.services.billing import (
    credits,
    invoicing,
    payments,
    plans,
    run,
    subscriptions,
)
from tierslieu.services.billing import seller as sellers
from tierslieu.services.billing.dto import PlanInput, SubscriptionInput
from tierslieu.services.bookings import BookingRequest
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.services.spaces import ResourceInput

SELLER = sellers.Seller(name="La Fabrique du Lien", address="14 rue de la Soie",
                        postcode="69100", city="Villeurbanne", siret="73282932000017",
                        vat_number="FR44732829320", iban="FR7630004000031234567890143")


@dataclass
class World:
    engine: Engine
    room: int            # Salle Lovelace, 25 €/h
    zone: int            # Open space (hot desk), 15 €/day
    office: int          # Bureau 12, 45 €/day
    hot: int             # Coworking nomade: 150 €/month, 4 h of rooms, hot desk included
    fixed: int           # Poste fixe: 290 €/month, 8 h of rooms
    office_plan: int     # Bureau privatif: 1 200 €/month, 20 h, offices included
    pack: int            # Pack 10 journées: 160 € once, 10 desk days, 180 days
    helene: int
    loic: int
    zoe: int
    compost: int         # Compost'Up, a startup
    founders: tuple[int, int, int]


def world(engine: Engine) -> World:
    sellers.save(engine, SELLER)
    site = sites.create(engine, "La Fabrique")
    res = [spaces.create_resource(engine, ResourceInput(site.id, name, kind, capacity=cap, **p))
           for name, kind, cap, p in (
               ("Salle Lovelace", "meeting_room", 8, {"hourly_price_cents": 2500}),
               ("Open space", "hot_desk_zone", 20, {"daily_price_cents": 1500,
                                                    "half_day_price_cents": 900}),
               ("Bureau 12", "office", 4, {"daily_price_cents": 4500}))]
    hot = plans.create(engine, PlanInput("Coworking nomade", "hot_desk", 15000,
                                         room_minutes=240, resource_kinds=("hot_desk_zone",)))
    fixed = plans.create(engine, PlanInput("Poste fixe", "fixed_desk", 29000, room_minutes=480,
                                           resource_kinds=("desk", "hot_desk_zone")))
    office = plans.create(engine, PlanInput("Bureau privatif", "private_office", 120000,
                                            room_minutes=1200, resource_kinds=("office",)))
    pack = plans.create(engine, PlanInput("Pack 10 journées", "day_pass_pack", 16000,
                                          desk_days=10, billing="once", validity_days=180))
    people = [members.create(engine, PersonInput(first_name=f, last_name=ln, email=e)).id
              for f, ln, e in (("Hélène", "Le Clerc", "helene@exemple.fr"),
                               ("Loïc", "Martin", "loic@exemple.fr"),
                               ("Zoé", "Durand", "zoe@exemple.fr"),
                               ("Ana", "Silva", "ana@compost.example"),
                               ("Noé", "Petit", "noe@compost.example"),
                               ("Inès", "Roux", "ines@compost.example"))]
    org = organizations.create(engine, OrganizationInput(
        name="Compost'Up", kind="startup", siret="73282932000017", city="Villeurbanne"))
    members.set_organizations(engine, people[0], [(org.id, "member")])
    for pid in people[3:]:
        members.set_organizations(engine, pid, [(org.id, "founder")])
    return World(engine, res[0].id, res[1].id, res[2].id, hot.id, fixed.id, office.id,
                 pack.id, people[0], people[1], people[2], org.id,
                 (people[3], people[4], people[5]))


def book(w: World, person: int, resource: int, day: date, start: int, hours: float) -> int:
    begin = datetime.combine(day, time(start))
    end = datetime.combine(day, time(start + int(hours), int(hours * 60) % 60))
    return bookings.create(w.engine, BookingRequest(resource, begin, end, person_id=person,
                                                    as_staff=True, outside_hours=True)).id


def sub(w: World, plan: int, start: str, end: str | None = None, **who: int) -> int:
    return subscriptions.create(w.engine, SubscriptionInput(plan, start, end_on=end,
                                                            **who)).id  # type: ignore[arg-type]


def draft_for(preview, name: str):  # type: ignore[no-untyped-def]
    return next(d for d in preview.drafts if d.customer.name == name)


def test_plan_change_mid_month_bills_old_plan_to_the_day_before(engine: Engine) -> None:
    w = world(engine)
    first = sub(w, w.hot, "2026-10-01", person_id=w.helene)
    new = subscriptions.change_plan(engine, first, w.fixed, "16/10/2026")
    assert subscriptions.get(engine, first).end_on == date(2026, 10, 15)
    assert (new.start_on, new.previous_id) == (date(2026, 10, 16), first)
    early = book(w, w.helene, w.room, date(2026, 10, 5), 9, 2)    # old plan's allowance
    late = book(w, w.helene, w.room, date(2026, 10, 20), 9, 3)    # new plan's allowance

    d = draft_for(run.preview(engine, "2026-10"), "Hélène Le Clerc")
    fees = [x for x in d.lines if x.kind == "subscription"]
    assert [(x.period_start, x.period_end, x.amount_excl_cents) for x in fees] == [
        (date(2026, 10, 1), date(2026, 10, 15), 7258),        # 150 € × 15/31
        (date(2026, 10, 16), date(2026, 10, 31), 14968)]      # 290 € × 16/31
    assert "15 jour(s) sur 31" in fees[0].detail and "fin le 15/10/2026" in fees[0].detail
    assert "changement de formule le 16/10/2026 (avant : « Coworking nomade »)" in \
        fees[1].detail
    by_booking = {c.booking_id: c for c in d.consumptions}
    # old allowance: 4 h × 15/31 = 1 h 56, rounded down to the quarter: 1 h 45
    assert [(x.plan_name, x.amount) for x in by_booking[early].draws] == [
        ("Coworking nomade", 105)]
    assert by_booking[early].overage_units == 15 and by_booking[early].overage_cents == 625
    assert [(x.plan_name, x.amount) for x in by_booking[late].draws] == [("Poste fixe", 180)]
    assert by_booking[late].overage_cents == 0
    overage = next(x for x in d.lines if x.kind == "overage")
    assert overage.amount_excl_cents == 625 and overage.booking_ids == (early,)
    assert d.totals.excl_cents == 7258 + 14968 + 625
    assert d.totals.vat_cents == (d.totals.excl_cents * 2000 + 5000) // 10000


def test_end_date_on_the_15th_and_credits_after_it_refused(engine: Engine) -> None:
    w = world(engine)
    s = sub(w, w.hot, "2026-11-01", person_id=w.helene)
    subscriptions.end(engine, s, "15/11/2026")
    inside = book(w, w.helene, w.room, date(2026, 11, 10), 10, 1)
    after = book(w, w.helene, w.room, date(2026, 11, 20), 10, 1)
    desk_after = book(w, w.helene, w.zone, date(2026, 11, 20), 8, 10)

    with pytest.raises(ValidationError) as err:
        credits.use_for_booking(engine, after)
    assert err.value.key == "credits_outside_subscription"
    assert "15/11/2026" in err.value.message("fr") and "20/11/2026" in err.value.message("fr")
    settled = credits.use_for_booking(engine, inside)          # inside: drawn at the desk
    assert settled.state == "settled" and settled.drawn == 60
    with pytest.raises(ConflictError):
        credits.use_for_booking(engine, inside)

    d = draft_for(run.preview(engine, "2026-11"), "Hélène Le Clerc")
    fee = next(x for x in d.lines if x.kind == "subscription")
    assert fee.amount_excl_cents == 7500                        # 150 € × 15/30
    assert (fee.period_start, fee.period_end) == (date(2026, 11, 1), date(2026, 11, 15))
    late = credits.consumption_for_booking(engine, after)
    assert late.state == "draft" and late.draws == () and late.overage_cents == 2500
    assert "terminé le 15/11/2026" in late.explanation
    desk = credits.consumption_for_booking(engine, desk_after)
    assert desk.included_in == "" and desk.overage_cents == 1500  # hot desk no longer included
    assert credits.consumption_for_booking(engine, inside).state == "settled"
    # the allowance (4 h × 15/30 = 2 h) lost the hour settled at the desk
    left = credits.balances(engine, w.helene, date(2026, 11, 12))
    assert [(b.source, b.granted, b.remaining) for b in left] == [("allowance", 120, 60)]


def test_returning_member_after_a_gap(engine: Engine) -> None:
    w = world(engine)
    sub(w, w.hot, "2026-01-01", "2026-03-31", person_id=w.helene)
    sub(w, w.hot, "2026-06-16", person_id=w.helene)
    march = draft_for(run.preview(engine, "2026-03"), "Hélène Le Clerc")
    assert [x.amount_excl_cents for x in march.lines] == [15000]
    for gap in ("2026-04", "2026-05"):
        assert run.preview(engine, gap).drafts == ()
    june = draft_for(run.preview(engine, "2026-06"), "Hélène Le Clerc")
    assert [x.amount_excl_cents for x in june.lines] == [7500]  # 15 days of 30
    assert "du 16/06/2026 au 30/06/2026" in june.lines[0].detail
    assert "début le 16/06/2026" in june.lines[0].detail
    with pytest.raises(ConflictError):   # the same plan twice over the same days
        sub(w, w.hot, "2026-07-01", person_id=w.helene)


def test_an_organisation_pays_for_three_founders_with_one_invoice(engine: Engine) -> None:
    w = world(engine)
    for pid in w.founders:
        sub(w, w.hot, "2026-09-01", person_id=pid, payer_organization_id=w.compost)
    booked = book(w, w.founders[1], w.room, date(2026, 10, 7), 9, 5)   # 1 h over the 4 h
    report = run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    assert [r.customer.name for r in report.invoices] == ["Compost'Up"]
    detail = invoicing.get(engine, report.invoices[0].number)
    fees = [x for x in detail.lines if x.kind == "subscription"]
    assert sorted(x.label.rsplit(" — ", 1)[1] for x in fees) == [
        "Ana Silva", "Inès Roux", "Noé Petit"]
    assert detail.customer.professional and detail.customer.siret == "73282932000017"
    overage = next(x for x in detail.lines if x.kind == "overage")
    assert overage.amount_excl_cents == 2500 and "(Noé Petit)" in overage.label
    assert any("40 €" in m and "pénalités" in m for m in detail.mentions)
    assert credits.consumption_for_booking(engine, booked).invoice_number == detail.number
    assert [d.state for d in detail.consumptions] == ["billed"]
    # the founders themselves get nothing
    assert invoicing.list_invoices(engine, customer=("person", w.founders[0])) == []


def test_a_month_with_nothing_to_pay_makes_no_invoice_unless_asked(engine: Engine) -> None:
    w = world(engine)
    subscriptions.create(engine, SubscriptionInput(w.fixed, "2026-10-01", person_id=w.zoe,
                                                   price_override_cents=0))
    book(w, w.zoe, w.room, date(2026, 10, 8), 9, 2)    # within the allowance
    preview = run.preview(engine, "2026-10")
    assert [(d.customer.name, d.skip_reason) for d in preview.drafts] == [("Zoé Durand", "zero")]
    assert preview.to_issue == ()
    report = run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    assert report.invoices == () and report.skipped_zero == 1 and report.consumptions == 1
    assert invoicing.list_invoices(engine) == []
    # the use is in the ledger all the same, and the unused allowance expired
    with transaction(engine) as s:
        kinds = sorted((e.kind, e.amount) for e in s.scalars(select(CreditEntry)))
    assert kinds == [("allowance", 480), ("expiry", -360), ("use", -120)]
    # asked for: €0 invoices (Zoé's month was left unbilled, so it is billed now)
    subscriptions.create(engine, SubscriptionInput(w.fixed, "2026-10-01", person_id=w.loic,
                                                   price_override_cents=0))
    report = run.issue(engine, "2026-10", issued_on=date(2026, 11, 3), include_zero=True)
    assert sorted((r.customer.name, r.total_incl_cents) for r in report.invoices) == [
        ("Loïc Martin", 0), ("Zoé Durand", 0)]
    assert run.preview(engine, "2026-10").drafts == ()


def test_soonest_expiring_credits_are_used_first(engine: Engine) -> None:
    w = world(engine)
    short = plans.create(engine, PlanInput("Pack 5 h de salle", "day_pass_pack", 10000,
                                           room_minutes=300, billing="once",
                                           validity_days=30))
    sub(w, w.fixed, "2026-11-01", person_id=w.helene)             # 8 h, until 30/11
    pack = sub(w, short.id, "2026-10-21", person_id=w.helene)     # 5 h, until 19/11
    assert subscriptions.get(engine, pack).end_on == date(2026, 11, 19)
    a = book(w, w.helene, w.room, date(2026, 11, 3), 9, 4)        # pack: 4 h, 1 h left
    b = book(w, w.helene, w.room, date(2026, 11, 10), 9, 2)       # pack 1 h, allowance 1 h
    c = book(w, w.helene, w.room, date(2026, 11, 24), 9, 2)       # pack expired: allowance
    d = draft_for(run.preview(engine, "2026-11"), "Hélène Le Clerc")
    got = {x.booking_id: [(y.source, y.amount) for y in x.draws] for x in d.consumptions}
    assert got == {a: [("pack", 240)], b: [("pack", 60), ("allowance", 60)],
                   c: [("allowance", 120)]}
    assert not [x for x in d.lines if x.kind == "overage"]
    run.issue(engine, "2026-11", issued_on=date(2026, 12, 1))
    entries = [(e.kind, e.amount) for e in credits.ledger(engine, pack)]
    assert entries == [("pack", 300), ("use", -240), ("use", -60)]


def test_office_included_for_the_team_and_packs_billed_once(engine: Engine) -> None:
    w = world(engine)
    sub(w, w.office_plan, "2026-10-01", organization_id=w.compost)
    inside = book(w, w.founders[0], w.office, date(2026, 10, 6), 8, 10)
    outsider = book(w, w.loic, w.office, date(2026, 10, 7), 8, 10)
    sub(w, w.pack, "2026-10-12", person_id=w.zoe)
    desk = book(w, w.zoe, w.zone, date(2026, 10, 13), 8, 10)
    preview = run.preview(engine, "2026-10")
    team = credits.consumption_for_booking(engine, inside)
    assert team.included_in == "Bureau privatif" and team.overage_cents == 0
    assert "Incluse dans l'abonnement « Bureau privatif »" in team.explanation
    assert credits.consumption_for_booking(engine, outsider).overage_cents == 4500
    zoe = draft_for(preview, "Zoé Durand")
    assert [(x.kind, x.amount_excl_cents) for x in zoe.lines] == [("pack", 16000),
                                                                  ("credits", 0)]
    assert "10\u00a0jours" in zoe.lines[0].detail and "09/04/2027" in zoe.lines[0].detail
    assert [(x.source, x.amount) for x in credits.consumption_for_booking(engine,
                                                                          desk).draws] == [
        ("pack", 1)]
    run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    # billed once: November bills no pack, its remaining days carry over
    assert all(x.kind != "pack" for d in run.preview(engine, "2026-11").drafts
               for x in d.lines)
    left = credits.balances(engine, w.zoe, date(2026, 11, 5))
    assert [(b.source, b.unit, b.remaining) for b in left] == [("pack", "desk_days", 9)]


def test_consumption_states_and_running_a_month_twice(engine: Engine) -> None:
    w = world(engine)
    b1 = book(w, w.loic, w.room, date(2026, 10, 5), 14, 2)   # no subscription: pay per use
    b2 = book(w, w.loic, w.room, date(2026, 10, 6), 14, 1)
    bookings.cancel(engine, b2)
    assert credits.consumption_for_booking(engine, b1).overage_cents == 5000
    gone = credits.consumption_for_booking(engine, b2)
    assert gone.state == "not_billable" and "annulée" in gone.explanation
    with pytest.raises(ValidationError):
        run.issue(engine, "2026-10", issued_on=date(2026, 10, 31))   # month not over
    first = run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    assert [r.total_excl_cents for r in first.invoices] == [5000]
    assert credits.consumption_for_booking(engine, b1).invoice_number == "F2026-00001"
    # a late booking of October: the second run bills it alone
    b3 = book(w, w.loic, w.room, date(2026, 10, 30), 9, 1)
    second = run.issue(engine, "2026-10", issued_on=date(2026, 11, 3))
    assert [(r.number, r.total_excl_cents) for r in second.invoices] == [("F2026-00002", 2500)]
    assert run.preview(engine, "2026-10").drafts == ()
    with transaction(engine) as s:
        assert {c.booking_id for c in s.scalars(select(BookingConsumption))} == {b1, b3}
    with pytest.raises(ValidationError):     # numbers follow dates
        run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))


def test_payments_partial_reversal_balances_and_aged_debtors(engine: Engine) -> None:
    w = world(engine)
    for day in (date(2026, 7, 6), date(2026, 8, 4), date(2026, 9, 8), date(2026, 10, 6)):
        book(w, w.loic, w.room, day, 10, 4)                  # 100 € HT each month
    for month, issued in (("2026-07", date(2026, 8, 3)), ("2026-08", date(2026, 9, 1)),
                          ("2026-09", date(2026, 10, 1)), ("2026-10", date(2026, 11, 2))):
        run.issue(engine, month, issued_on=issued)
    p = payments.record(engine, "F2026-00004", 5000, "cheque", paid_on=date(2026, 11, 5),
                        reference="CHQ 1234")
    assert p.amount_cents == 5000
    with pytest.raises(ConflictError) as err:                  # 70 € left, not 100
        payments.record(engine, "f2026-00004", 10000, "transfer", paid_on=date(2026, 11, 6))
    assert "70,00" in err.value.message("fr")
    with pytest.raises(ValidationError):
        payments.record(engine, "F2026-00004", 100, "bitcoin")
    with pytest.raises(NotFoundError):
        payments.record(engine, "F2026-09999", 100, "cash")
    assert invoicing.get(engine, "F2026-00004").row.status == "partial"
    back = payments.reverse(engine, p.id, reason="Chèque sans provision",
                            on=date(2026, 11, 20))
    assert back.amount_cents == -5000 and back.reverses_id == p.id
    with pytest.raises(ConflictError):
        payments.reverse(engine, p.id, reason="encore")
    with pytest.raises(ValidationError):
        payments.reverse(engine, back.id, reason="annuler l'annulation")
    rows = payments.list_payments(engine, number="F2026-00004")
    assert [(r.amount_cents, r.reversed) for r in rows] == [(5000, True), (-5000, False)]
    payments.record(engine, "F2026-00001", 12000, "transfer", paid_on=date(2026, 8, 20))
    report = payments.aged_debtors(engine, today=date(2026, 11, 25))
    (row,) = report.rows
    # F…01 paid; F…02 due 01/10 (55 days late); F…03 due 31/10 (25); F…04 due 02/12
    assert (row.not_due_cents, row.d0_30_cents, row.d31_60_cents, row.d61_90_cents,
            row.over_90_cents) == (12000, 12000, 12000, 0, 0)
    assert report.totals.total_cents == 36000
    (balance,) = payments.balances(engine, today=date(2026, 11, 25))
    assert (balance.invoiced_cents, balance.paid_cents, balance.balance_cents,
            balance.overdue_cents) == (48000, 12000, 36000, 24000)


def test_credit_notes_cancel_lines_once(engine: Engine) -> None:
    w = world(engine)
    sub(w, w.fixed, "2026-10-01", person_id=w.helene)
    book(w, w.helene, w.room, date(2026, 10, 5), 9, 10)        # 2 h over the 8 h
    (inv,) = run.issue(engine, "2026-10", issued_on=date(2026, 11, 2)).invoices
    detail = invoicing.get(engine, inv.number)
    over = next(x.position for x in detail.lines if x.kind == "overage")
    note = invoicing.credit_note(engine, inv.number, reason="Salle en travaux",
                                 positions=[over], issued_on=date(2026, 11, 10))
    assert note.number == "A2026-00001" and note.row.corrects_number == inv.number
    assert note.row.total_excl_cents == 5000 and note.row.kind == "credit_note"
    assert note.note == "Motif : Salle en travaux"
    assert f"Avoir sur la facture {inv.number} du 02/11/2026." in note.mentions
    with pytest.raises(ConflictError):
        invoicing.credit_note(engine, inv.number, reason="encore", positions=[over])
    with pytest.raises(ValidationError):
        invoicing.credit_note(engine, note.number, reason="un avoir d'avoir")
    with pytest.raises(ValidationError):
        payments.record(engine, note.number, 100, "cash")
    after = invoicing.get(engine, inv.number).row
    assert after.credited_cents == 6000 and after.balance_cents == inv.total_incl_cents - 6000
    rest = invoicing.credit_note(engine, inv.number, reason="Départ",
                                 issued_on=date(2026, 11, 12))
    assert rest.row.total_excl_cents == 29000                 # the rest of the invoice
    assert invoicing.get(engine, inv.number).row.status == "credited"
    # a credit note does not reopen the month: nothing to bill again
    assert run.preview(engine, "2026-10").drafts == ()
    with pytest.raises(ConflictError):                         # already billed to 31/10
        subscriptions.end(engine, detail.lines[0].subscription_id or 0, "2026-10-20")


def test_seller_identity_is_required_and_exemption_applies(engine: Engine) -> None:
    w = world(engine)
    sub(w, w.hot, "2026-10-01", person_id=w.helene)
    sellers.save(engine, sellers.Seller(name="Repair Café", address="2 rue Verte",
                                        postcode="69100", city="Villeurbanne",
                                        siret="732829320", vat_exempt=True))
    d = draft_for(run.preview(engine, "2026-10"), "Hélène Le Clerc")
    assert d.totals.vat_cents == 0 and {x.vat_rate_bp for x in d.lines} == {0}
    (inv,) = run.issue(engine, "2026-10", issued_on=date(2026, 11, 2)).invoices
    assert "TVA non applicable, art. 293 B du CGI" in invoicing.get(engine, inv.number).mentions
    with transaction(engine) as s:
        from tierslieu.db.models import Setting

        s.delete(s.get_one(Setting, "seller.siret"))
    with pytest.raises(ValidationError) as err:
        run.issue(engine, "2026-11", issued_on=date(2026, 12, 1))
    assert err.value.key == "seller_incomplete" and err.value.field == "seller_siret"
    assert run.preview(engine, "2026-11").warnings == ("seller_incomplete:siret",)
    with pytest.raises(ValidationError):
        sellers.save(engine, sellers.Seller(name="X", siret="123", iban="FR76 1234"))
