"""The home page's billing alerts (SQLite and PostgreSQL): subscriptions ending without a
follow-up, overdue invoices (most overdue first, bounded), only for roles that read
billing, in a number of queries that does not grow with the rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.engine import Engine

from tests.perf.conftest import statements
from tierslieu import security
from tierslieu.services import dashboard, members, organizations
from tierslieu.services.billing import invoicing, payments, plans, subscriptions
from tierslieu.services.billing import seller as sellers
from tierslieu.services.billing.dto import PlanInput, SubscriptionInput
from tierslieu.services.billing.invoicing import ManualLine
from tierslieu.services.dto import OrganizationInput, PersonInput

TODAY = date(2025, 6, 20)            # in the past: payments may not be dated in the future
NOW = datetime(2025, 6, 20, 10, tzinfo=UTC)
DEMO_NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)
SELLER = sellers.Seller(name="La Fabrique du Lien", address="14 rue de la Soie",
                        postcode="69100", city="Villeurbanne", siret="73282932000017",
                        vat_number="FR44732829320", iban="FR7630004000031234567890143")


def person(engine: Engine, first: str, last: str) -> int:
    return members.create(engine, PersonInput(first_name=first, last_name=last,
                                              email=f"{first.lower()}@exemple.fr")).id


def of(alerts: list[dashboard.DashboardAlert], kind: str) -> list[dashboard.DashboardAlert]:
    return [a for a in alerts if a.kind == kind]


def test_subscriptions_ending_without_a_follow_up(engine: Engine) -> None:
    nomad = plans.create(engine, PlanInput("Coworking nomade", "hot_desk", 15000)).id
    fixed = plans.create(engine, PlanInput("Poste fixe", "fixed_desk", 29000)).id

    def sub(pid: int | None, end: date | None, start: str = "2025-01-01",
            plan: int = nomad, org: int | None = None) -> int:
        return subscriptions.create(engine, SubscriptionInput(
            plan, start, end_on=end, person_id=pid, organization_id=org)).id

    sub(person(engine, "Hélène", "Le Clerc"), TODAY + timedelta(days=10))      # listed
    changing = sub(person(engine, "Loïc", "Martin"), None)
    subscriptions.change_plan(engine, changing, fixed, TODAY + timedelta(days=5))  # follow-up
    sub(person(engine, "Zoé", "Durand"), TODAY - timedelta(days=3))            # listed, ended
    sub(person(engine, "Ana", "Silva"), TODAY - timedelta(days=10))            # too old
    sub(person(engine, "Noé", "Petit"), TODAY + timedelta(days=20))            # too far
    renewed = person(engine, "Inès", "Roux")                                    # renewed
    sub(renewed, TODAY + timedelta(days=2))
    sub(renewed, None, start=(TODAY + timedelta(days=3)).isoformat())
    org = organizations.create(engine, OrganizationInput(name="Compost'Up", kind="startup"))
    sub(None, TODAY + timedelta(days=14), plan=fixed, org=org.id)              # listed, org

    ending = of(dashboard.alerts(engine, NOW, TODAY), "subscription_ending")
    assert [(a.title, a.detail, a.due, a.days) for a in ending] == [
        ("Zoé Durand", "Coworking nomade", TODAY - timedelta(days=3), -3),
        ("Hélène Le Clerc", "Coworking nomade", TODAY + timedelta(days=10), 10),
        ("Compost'Up", "Poste fixe", TODAY + timedelta(days=14), 14)]


def test_overdue_invoices_most_overdue_first_and_bounded(engine: Engine) -> None:
    sellers.save(engine, SELLER)          # 30 days to pay
    people = [person(engine, f"Client{n}", "Test") for n in range(14)]
    numbers = []
    for n, pid in enumerate(people):      # issued from 01/04/2025, one a day
        numbers.append(invoicing.issue_manual(
            engine, "person", pid, [ManualLine("Location de salle", 10000 + 1000 * n,
                                               vat_rate_bp=0)],
            issued_on=date(2025, 4, 1) + timedelta(days=n)).row.number)
    payments.record(engine, numbers[0], 4000, "transfer", paid_on=date(2025, 5, 2))  # partial
    payments.record(engine, numbers[1], 11000, "cheque", paid_on=date(2025, 5, 2))   # paid
    invoicing.credit_note(engine, numbers[2], reason="Erreur", issued_on=date(2025, 5, 3))
    # 0 part paid, 1 paid, 2 credited, 3..13 unpaid: due 01/05 to 14/05, all late on 20/06
    unpaid = of(dashboard.alerts(engine, NOW, TODAY), "invoice_unpaid")
    assert len(unpaid) == dashboard.UNPAID_LISTED
    first = unpaid[0]
    assert (first.title, first.detail, first.amount_cents, first.due, first.days) == (
        "Client0 Test", numbers[0], 6000, date(2025, 5, 1), 50)      # 100 € - 40 € paid
    assert [a.detail for a in unpaid] == [numbers[0]] + numbers[3:12]
    assert [a.days for a in unpaid] == sorted((a.days for a in unpaid), reverse=True)
    more = of(dashboard.alerts(engine, NOW, TODAY), "invoice_unpaid_more")
    assert [(m.count, m.amount_cents) for m in more] == [(2, 22000 + 23000)]
    # the same money as billing's aged balance says is overdue
    aged = payments.aged_debtors(engine, today=TODAY).totals
    assert sum(a.amount_cents for a in unpaid + more) == aged.total_cents - aged.not_due_cents

    # a role that does not read billing sees no billing alert, and no error
    with security.acting_as(security.Principal("incubation", "ines")):
        assert not of(dashboard.alerts(engine, NOW, TODAY), "invoice_unpaid")
    # the queries do not grow with the invoices
    with statements(engine) as before:
        dashboard.alerts(engine, NOW, TODAY)
    for pid in people[:6]:
        invoicing.issue_manual(engine, "person", pid, [ManualLine("Café", 500, vat_rate_bp=0)],
                               issued_on=date(2025, 5, 10))
    with statements(engine) as after:
        assert len(of(dashboard.alerts(engine, NOW, TODAY), "invoice_unpaid")) == 10
    assert len(after) == len(before)


def test_the_demo_shows_its_unpaid_invoices_and_ending_packs(demo_engine: Engine) -> None:
    data = dashboard.load(demo_engine, now=DEMO_NOW)
    unpaid = of(list(data.alerts), "invoice_unpaid")
    more = of(list(data.alerts), "invoice_unpaid_more")
    # the demo leaves August and September invoices unpaid (due 01/10/2026)
    assert len(unpaid) == 10 and more and more[0].count > 0
    assert all(a.days == 55 and a.due == date(2026, 10, 1) for a in unpaid)
    assert [a.amount_cents for a in unpaid] == sorted((a.amount_cents for a in unpaid),
                                                      reverse=True)
    aged = payments.aged_debtors(demo_engine, today=date(2026, 11, 25)).totals
    assert sum(a.amount_cents for a in unpaid + more) == aged.total_cents - aged.not_due_cents
    ending = of(list(data.alerts), "subscription_ending")
    assert [(a.title, a.detail, a.due, a.days) for a in ending] == [
        ("Nicolas Richard", "Pack 10 journées", date(2026, 11, 30), 5),
        ("Anaïs Gauthier", "Pack 10 journées", date(2026, 12, 9), 14)]


def test_overdue_in_sql_equals_the_invoice_statuses(demo_engine: Engine) -> None:
    from tierslieu.services.billing import invoicing

    today = date(2026, 11, 25)
    late = sorted(invoicing.list_invoices(demo_engine, kind="invoice", status="overdue",
                                          today=today),
                  key=lambda r: (r.due_on, -r.balance_cents, r.number))
    found = invoicing.overdue(demo_engine, today=today, limit=25)
    assert found.count == len(late) > 25
    assert found.total_cents == sum(r.balance_cents for r in late)
    assert [(r.number, r.balance_cents, r.customer) for r in found.first] == [
        (r.number, r.balance_cents, r.customer) for r in late[:25]]


def test_the_home_page_asks_for_late_milestones_alone(demo_engine: Engine) -> None:
    """``kinds`` narrows startups.alerts without changing what it finds: the late
    milestones alone equal that family of the full list, and every family still comes."""
    from tierslieu.services import startups

    today = DEMO_NOW.date()
    every = startups.alerts(demo_engine, today=today)
    late = startups.alerts(demo_engine, today=today, kinds=("milestone_late",))
    assert late and late == [a for a in every if a.kind == "milestone_late"]
    assert {a.kind for a in every} >= {"milestone_late", "kpi_due"}
    assert [a for a in startups.alerts(demo_engine, today=today, kinds=("kpi_due",))] == \
        [a for a in every if a.kind == "kpi_due"]
    home = dashboard.load(demo_engine, now=DEMO_NOW)
    assert [(a.title, a.detail) for a in of(list(home.alerts), "milestone_late")] == \
        [(a.startup_name, a.detail) for a in late]
