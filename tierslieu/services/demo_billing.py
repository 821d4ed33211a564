"""Demo billing: the seller, five plans, two years of subscriptions (plan changes,
departures, members coming back, a startup paying for its founders, offices, packs),
the invoices of August to October 2026 and their payments, a few left unpaid.

Deterministic for a seed: ``random.Random(seed)``, fixed dates, every write through the
billing services (so the same rules apply as in the app). Invoices are issued on the
first working days of the following month, payments dated before the demo's reference
date (25/11/2026).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import Invoice, InvoiceCounter, Organization, Person, PersonOrganization
from tierslieu.services.billing import payments, plans, run, subscriptions
from tierslieu.services.billing import seller as sellers
from tierslieu.services.billing.dto import InvoiceRow, PlanInput, SubscriptionInput

REFERENCE = date(2026, 11, 25)
FIRST = date(2024, 12, 1)
MONTHS = ("2026-08", "2026-09", "2026-10")
ISSUE_DAYS = {"2026-08": date(2026, 9, 1), "2026-09": date(2026, 10, 1),
              "2026-10": date(2026, 11, 2)}
SELLER = sellers.Seller(
    name="La Fabrique du Lien", legal_form="SCIC SAS à capital variable",
    address="14 rue de la Soie", postcode="69100", city="Villeurbanne",
    siret="73282932000017", vat_number="FR44732829320", email="contact@fabrique-lien.example",
    phone="04 72 00 00 00", iban="FR7630004000031234567890143", bic="BNPAFRPPXXX")
PLANS = (
    PlanInput("Coworking nomade", "hot_desk", 15000, room_minutes=4 * 60,
              resource_kinds=("hot_desk_zone",),
              description="Accès à l'espace partagé, 4 h de salle de réunion par mois."),
    PlanInput("Poste fixe", "fixed_desk", 29000, room_minutes=8 * 60,
              resource_kinds=("desk", "hot_desk_zone"),
              description="Un poste attitré, 8 h de salle de réunion par mois."),
    PlanInput("Bureau privatif", "private_office", 120000, room_minutes=20 * 60,
              resource_kinds=("office", "hot_desk_zone"),
              description="Un bureau fermé pour l'équipe, 20 h de salle par mois."),
    PlanInput("Pack 10 journées", "day_pass_pack", 16000, desk_days=10, billing="once",
              validity_days=180, description="10 journées de coworking, valables 6 mois."),
    PlanInput("Domiciliation", "domiciliation", 3500,
              description="Adresse du siège social et réception du courrier."),
)


@dataclass
class DemoBillingSummary:
    plans: int
    subscriptions: int
    invoices: int
    payments: int
    unpaid: int


def _month_start(rng: random.Random, first: date, last: date) -> date:
    days = (last - first).days
    return first + timedelta(days=rng.randint(0, max(0, days)))


def generate(engine: Engine, *, seed: int = 1) -> DemoBillingSummary:
    rng = random.Random(seed * 7919 + 23)
    with transaction(engine) as s:
        if not s.scalar(select(func.count()).select_from(Invoice)):
            s.execute(delete(InvoiceCounter))   # a replaced demo starts at F2026-00001
        people = list(s.scalars(select(Person.id).where(Person.status == "active")
                                .order_by(Person.id)))
        founders: dict[int, list[int]] = {}
        for org_id, pid in s.execute(
                select(PersonOrganization.organization_id, PersonOrganization.person_id)
                .join(Organization).where(Organization.kind == "startup",
                                          PersonOrganization.role == "founder")
                .order_by(PersonOrganization.organization_id, PersonOrganization.person_id)):
            founders.setdefault(org_id, []).append(pid)
        associations = list(s.scalars(select(Organization.id).where(
            Organization.kind == "association").order_by(Organization.id)))
    if not sellers.get(engine).name:
        sellers.save(engine, SELLER)
    existing = {p.name: p for p in plans.list_plans(engine, include_inactive=True)}
    ids = {spec.name: (existing.get(spec.name) or plans.create(engine, spec)).id
           for spec in PLANS}
    count = _subscribe(engine, rng, ids, people, founders, associations)
    issued: list[InvoiceRow] = []
    for month in MONTHS:
        issued += run.issue(engine, month, issued_on=ISSUE_DAYS[month], actor="demo").invoices
    paid, unpaid = _pay(engine, rng, issued)
    return DemoBillingSummary(len(ids), count, len(issued), paid, unpaid)


def _subscribe(engine: Engine, rng: random.Random, ids: dict[str, int], people: list[int],
               founders: dict[int, list[int]], associations: list[int]) -> int:
    def add(plan: str, start: date, end: date | None = None, **who: int | None) -> int:
        return subscriptions.create(engine, SubscriptionInput(
            ids[plan], start, end_on=end, **who)).id  # type: ignore[arg-type]

    made = 0
    startups = [org for org, fs in founders.items() if fs]
    # startups pay their founders' desks: one invoice per startup, a line per founder
    for org in startups[:3]:
        start = _month_start(rng, date(2025, 1, 1), date(2026, 3, 1))
        for pid in founders[org]:
            add("Coworking nomade", start, person_id=pid, payer_organization_id=org)
            made += 1
    # two teams in private offices
    for org in startups[3:5]:
        add("Bureau privatif", _month_start(rng, FIRST, date(2026, 2, 1)).replace(day=1),
            organization_id=org)
        made += 1
    for org in associations[:3]:
        add("Domiciliation", _month_start(rng, FIRST, date(2026, 6, 1)).replace(day=1),
            organization_id=org)
        made += 1
    taken = {pid for org in startups[:3] for pid in founders[org]}
    pool = [p for p in people if p not in taken]
    members = rng.sample(pool, min(36, len(pool)))
    for n, pid in enumerate(members):
        plan = "Poste fixe" if n % 3 == 0 else "Coworking nomade"
        start = _month_start(rng, FIRST, date(2026, 10, 20))
        roll = rng.random()
        if n % 9 == 4:        # a member who changes plan mid-month
            sub = add("Coworking nomade", start, person_id=pid)
            change = start + timedelta(days=rng.randint(40, 200))
            if change < REFERENCE:
                subscriptions.change_plan(engine, sub, ids["Poste fixe"], change)
                made += 1
        elif n % 9 == 7:      # a member who leaves and comes back after a gap
            end = start + timedelta(days=rng.randint(60, 150))
            add(plan, start, end, person_id=pid)
            back = end + timedelta(days=rng.randint(45, 120))
            if back < REFERENCE:
                add(plan, back, person_id=pid)
                made += 1
        elif roll < 0.3:      # departures, often mid-month
            end = min(start + timedelta(days=rng.randint(60, 400)), date(2026, 10, 15))
            add(plan, start, end if end > start + timedelta(days=30) else None, person_id=pid)
        elif n == 5:          # a solidarity price
            subscriptions.create(engine, SubscriptionInput(
                ids[plan], start, person_id=pid, price_override_cents=9000,
                notes="Tarif solidaire (demandeur d'emploi)"))
        else:
            add(plan, start, person_id=pid)
        made += 1
    for pid in rng.sample([p for p in pool if p not in members], 8):
        add("Pack 10 journées", _month_start(rng, date(2026, 6, 1), date(2026, 10, 31)),
            person_id=pid)
        made += 1
    return made


def _pay(engine: Engine, rng: random.Random, issued: list[InvoiceRow]) -> tuple[int, int]:
    """Most invoices paid within a month; some partly, some not at all (aged debtors)."""
    paid = unpaid = 0
    batch: list[payments.PaymentInput] = []
    methods = ("transfer", "transfer", "transfer", "card", "cheque", "cash")
    for inv in issued:
        roll = rng.random()
        day = inv.issued_on + timedelta(days=rng.randint(3, 35))
        if roll < 0.12 or day >= REFERENCE:
            unpaid += 1
            continue
        method = rng.choice(methods) if inv.customer.kind == "person" else "transfer"
        amount = inv.total_incl_cents
        if roll < 0.18:                 # a partial payment
            amount = max(1, amount // 2)
        batch.append(payments.PaymentInput(
            inv.number, amount, method, day,
            reference=f"VIR-{inv.number}" if method == "transfer" else ""))
        paid += 1
    payments.record_many(engine, batch, actor="demo")
    return paid, unpaid
