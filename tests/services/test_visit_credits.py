"""A member's check-in draws a desk day when their plan says so (SQLite and PostgreSQL):
once per local day, never when a plan includes desk access or a desk is booked that day,
never blocking the door; the ledger, the balances and the monthly run count it once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import BookingConsumption, CreditEntry
from tierslieu.errors import PermissionDenied, ValidationError
from tierslieu.services import bookings, members, organizations, sites, spaces, visits
from tierslieu.services.billing import credits, plans, run, subscriptions
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
    zone: int            # Open space (hot desk), 15 €/day
    nomad: int           # hot desk included
    eight: int           # 8 desk days a month
    two: int             # 2 desk days a month
    pack: int            # 10 desk days, once, 180 days
    helene: int
    loic: int
    zoe: int
    ana: int
    noe: int
    org: int


@pytest.fixture
def w(engine: Engine) -> World:
    sellers.save(engine, SELLER)
    site = sites.create(engine, "La Fabrique")
    zone = spaces.create_resource(engine, ResourceInput(
        site.id, "Open space", "hot_desk_zone", capacity=20, daily_price_cents=1500,
        half_day_price_cents=900))
    nomad = plans.create(engine, PlanInput("Coworking nomade", "hot_desk", 15000,
                                           resource_kinds=("hot_desk_zone",)))
    eight = plans.create(engine, PlanInput("Huit journées", "hot_desk", 9000, desk_days=8))
    two = plans.create(engine, PlanInput("Deux journées", "hot_desk", 3000, desk_days=2))
    pack = plans.create(engine, PlanInput("Pack 10 journées", "day_pass_pack", 16000,
                                          desk_days=10, billing="once", validity_days=180))
    people = [members.create(engine, PersonInput(first_name=f, last_name=ln, email=e)).id
              for f, ln, e in (("Hélène", "Le Clerc", "helene@exemple.fr"),
                               ("Loïc", "Martin", "loic@exemple.fr"),
                               ("Zoé", "Durand", "zoe@exemple.fr"),
                               ("Ana", "Silva", "ana@compost.example"),
                               ("Noé", "Petit", "noe@compost.example"))]
    org = organizations.create(engine, OrganizationInput(name="Compost'Up", kind="startup"))
    for pid in people[3:]:
        members.set_organizations(engine, pid, [(org.id, "founder")])
    return World(engine, zone.id, nomad.id, eight.id, two.id, pack.id, *people, org.id)


def at(day: int, hour: int = 9, month: int = 11) -> datetime:
    """``hour`` o'clock in Paris (UTC+1 in November) on 2026-``month``-``day``."""
    return datetime(2026, month, day, hour - 1, tzinfo=UTC)


def sub(w: World, plan: int, start: str, **who: int) -> int:
    return subscriptions.create(w.engine, SubscriptionInput(plan, start, **who)).id  # type: ignore[arg-type]


def book_desk(w: World, person: int, day: int, month: int = 11) -> int:
    d = date(2026, month, day)
    return bookings.create(w.engine, BookingRequest(
        w.zone, datetime.combine(d, time(9)), datetime.combine(d, time(18)), person_id=person,
        as_staff=True, outside_hours=True)).id


def arrive(w: World, person: int, when: datetime) -> credits.VisitCredit:
    row = visits.check_in(w.engine, person, now=when)
    assert row.credit is not None
    visits.check_out(w.engine, person_id=person, now=when + timedelta(hours=1))
    return row.credit


def door_entries(w: World) -> list[CreditEntry]:
    with transaction(w.engine, readonly=True) as s:
        return list(s.scalars(select(CreditEntry).where(
            CreditEntry.kind == "use", CreditEntry.booking_id.is_(None))
            .order_by(CreditEntry.id)))


def test_a_pack_loses_one_day_per_day_of_presence(w: World) -> None:
    pack = sub(w, w.pack, "2026-11-02", person_id=w.zoe)
    first = arrive(w, w.zoe, at(25, 9))
    assert (first.status, first.drawn, first.remaining, first.plan_name) == (
        "drawn", 1, 9, "Pack 10 journées")
    assert first.expires_on == date(2027, 4, 30) and not first.day_pass_needed
    assert "reste 9\u00a0jours" in first.explanation
    again = arrive(w, w.zoe, at(25, 14))          # back after lunch: the same day
    assert (again.status, again.drawn, again.remaining) == ("already", 0, 9)
    nextday = arrive(w, w.zoe, at(26, 9))
    assert (nextday.status, nextday.remaining) == ("drawn", 8)

    # the ledger shows both days, dated by the arrival, and the balances count them
    uses = [e for e in credits.ledger(w.engine, pack) if e.kind == "use"]
    assert [(e.amount, e.month, e.booking_id, e.at) for e in uses] == [
        (-1, "2026-11", None, at(25, 9)), (-1, "2026-11", None, at(26, 9))]
    assert "Passage à l'accueil le 25/11/2026 — Zoé Durand" in uses[0].note
    assert uses[0].actor == "owner"
    left = credits.balances(w.engine, w.zoe, date(2026, 11, 27))
    assert [(b.source, b.unit, b.used, b.remaining) for b in left] == [
        ("pack", "desk_days", 2, 8)]


def test_the_monthly_run_counts_a_day_once(w: World) -> None:
    sub(w, w.eight, "2026-11-01", person_id=w.helene)
    for day in (2, 3, 4):
        assert arrive(w, w.helene, at(day)).status == "drawn"
    # checked in on the 5th, then booked a desk that same day: one day, not two
    assert arrive(w, w.helene, at(5)).remaining == 4
    same_day = book_desk(w, w.helene, 5)
    other_day = book_desk(w, w.helene, 6)
    draft = credits.consumption_for_booking(w.engine, same_day)
    assert (draft.needed, draft.draws, draft.overage_cents) == (0, (), 0)
    assert "déjà décomptée à l'arrivée le 05/11/2026" in draft.explanation
    assert credits.balances(w.engine, w.helene, date(2026, 11, 10))[0].remaining == 3

    # the invoice's credits line counts the days taken at the door with the bookings
    detail = {x.kind: x.detail for x in run.preview(w.engine, "2026-11").drafts[0].lines}
    assert "(1 réservation, 4 jours à l'accueil)" in detail["credits"], detail
    report = run.issue(w.engine, "2026-11", issued_on=date(2026, 12, 1))
    assert [r.total_excl_cents for r in report.invoices] == [9000]      # no overage
    with transaction(w.engine, readonly=True) as s:
        frozen = {c.booking_id: (c.needed, c.drawn, c.overage_cents)
                  for c in s.scalars(select(BookingConsumption))}
        ledger = [(e.kind, e.amount) for e in s.scalars(select(CreditEntry).where(
            CreditEntry.unit == "desk_days").order_by(CreditEntry.id))]
    assert frozen == {same_day: (0, 0, 0), other_day: (1, 1, 0)}
    # 8 granted, 4 days at the door, 1 desk booking, 3 expired at the month's end
    assert sorted(ledger) == sorted([("allowance", 8)] + [("use", -1)] * 5 + [("expiry", -3)])
    assert sum(a for _, a in ledger) == 0
    # running the month again bills nothing more and draws nothing more
    assert run.issue(w.engine, "2026-11", issued_on=date(2026, 12, 2)).invoices == ()


def test_overage_when_the_door_used_the_month_up(w: World) -> None:
    sub(w, w.two, "2026-11-01", person_id=w.helene)
    assert [arrive(w, w.helene, at(d)).status for d in (2, 3, 4)] == [
        "drawn", "drawn", "none_left"]
    late = book_desk(w, w.helene, 9)
    use = credits.consumption_for_booking(w.engine, late)
    assert (use.needed, use.overage_units, use.overage_cents) == (1, 1, 1500)
    preview = run.preview(w.engine, "2026-11")
    lines = [(x.kind, x.amount_excl_cents) for x in preview.drafts[0].lines]
    assert lines == [("subscription", 3000), ("credits", 0), ("overage", 1500)]


def test_a_booking_first_pays_for_the_day(w: World) -> None:
    sub(w, w.pack, "2026-11-02", person_id=w.zoe)
    desk = book_desk(w, w.zoe, 25)
    credit = arrive(w, w.zoe, at(25))
    assert (credit.status, credit.drawn, credit.booking_id, credit.resource_name) == (
        "booking", 0, desk, "Open space")
    assert credit.remaining == 10 and door_entries(w) == []
    settled = credits.use_for_booking(w.engine, desk)      # the booking draws the day
    assert [x.amount for x in settled.draws] == [1]


def test_a_booking_settled_at_the_desk_on_a_day_drawn_at_the_door(w: World) -> None:
    sub(w, w.pack, "2026-11-02", person_id=w.zoe)
    arrive(w, w.zoe, at(25))
    desk = book_desk(w, w.zoe, 25)
    settled = credits.use_for_booking(w.engine, desk)
    assert (settled.state, settled.draws, settled.overage_cents) == ("settled", (), 0)
    assert credits.balances(w.engine, w.zoe, date(2026, 11, 25))[0].remaining == 9


def test_included_no_plan_and_none_left_never_block_the_door(w: World) -> None:
    sub(w, w.nomad, "2026-11-01", person_id=w.helene)
    included = arrive(w, w.helene, at(25))
    assert (included.status, included.plan_name, included.remaining) == (
        "included", "Coworking nomade", None)
    nothing = arrive(w, w.loic, at(25))
    assert (nothing.status, nothing.day_pass_needed) == ("no_plan", True)
    assert "proposer un pass journée" in nothing.explanation
    # a plan ended the day before: no plan that day
    ended = sub(w, w.pack, "2026-05-01", person_id=w.zoe)
    assert subscriptions.get(w.engine, ended).end_on == date(2026, 10, 27)
    assert arrive(w, w.zoe, at(25)).status == "no_plan"
    assert door_entries(w) == []
    assert [v.name for v in visits.arrivals(w.engine, date(2026, 11, 25))] == [
        "Hélène Le Clerc", "Loïc Martin", "Zoé Durand"]


def test_an_organisations_days_are_drawn_per_member(w: World) -> None:
    sub(w, w.eight, "2026-11-01", organization_id=w.org)
    assert arrive(w, w.ana, at(25, 9)).status == "drawn"
    assert arrive(w, w.noe, at(25, 10)).remaining == 6        # her own day: another one
    assert arrive(w, w.ana, at(25, 15)).status == "already"
    ana_desk = book_desk(w, w.ana, 25)
    noe_desk = book_desk(w, w.noe, 26)
    assert credits.consumption_for_booking(w.engine, ana_desk).needed == 0
    assert [x.amount for x in credits.consumption_for_booking(w.engine, noe_desk).draws] == [1]


def test_the_draw_is_part_of_the_check_in(w: World) -> None:
    sub(w, w.pack, "2026-11-02", person_id=w.zoe)

    def refuse(session, visit):  # type: ignore[no-untyped-def]
        assert visit.credit.status == "drawn"
        raise ValidationError("required", "person")

    with pytest.raises(ValidationError):
        visits.check_in(w.engine, w.zoe, now=at(25), on_arrival=refuse)
    assert door_entries(w) == [] and visits.present(w.engine, now=at(25)) == []
    # the incubation team checks people in without any billing right; the director cannot
    with security.acting_as(security.Principal("incubation", "ines")):
        assert not security.allowed("billing.write")
        row = visits.check_in(w.engine, w.zoe, now=at(25))
    assert row.credit is not None and row.credit.status == "drawn"
    assert door_entries(w)[0].actor == "ines"
    with security.acting_as(security.Principal("director", "dir")), \
            pytest.raises(PermissionDenied):
        visits.check_in(w.engine, w.helene, now=at(25))
