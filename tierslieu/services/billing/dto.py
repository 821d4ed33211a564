"""Plain data of billing, for the GUI, the CLI, the PDF and Factur-X: no ORM objects.

Money is integer cents; quantities are thousandths (1,5 h = 1500); VAT rates are basis
points. Every line and every consumption carries its explanation as French text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class PlanInput:
    name: str
    kind: str
    price_cents: int
    vat_rate_bp: int = 2000
    room_minutes: int = 0
    desk_days: int = 0
    resource_kinds: tuple[str, ...] = ()
    billing: str = "monthly"            # monthly | once (a pack)
    validity_days: int | None = None    # packs: how long their credits last
    description: str = ""


@dataclass(frozen=True)
class PlanRow:
    id: int
    name: str
    kind: str
    billing: str
    price_cents: int
    vat_rate_bp: int
    room_minutes: int
    desk_days: int
    resource_kinds: tuple[str, ...]
    validity_days: int | None
    description: str
    active: bool


@dataclass(frozen=True)
class Party:
    """Seller or customer as printed on an invoice (a snapshot: never rewritten)."""

    kind: str                 # person | organization | seller
    id: int | None
    name: str
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "FR"
    siret: str = ""
    vat_number: str = ""
    email: str = ""
    professional: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "name": self.name, "address": self.address,
                "postcode": self.postcode, "city": self.city, "country": self.country,
                "siret": self.siret, "vat_number": self.vat_number, "email": self.email,
                "professional": self.professional}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Party:
        return cls(**{k: data.get(k, getattr(cls, k, "")) for k in (
            "kind", "id", "name", "address", "postcode", "city", "country", "siret",
            "vat_number", "email", "professional")})

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id or 0)


@dataclass(frozen=True)
class SubscriptionInput:
    plan_id: int
    start_on: date | str
    person_id: int | None = None          # the member who uses it
    organization_id: int | None = None    # or an organisation (an office for the team)
    payer_person_id: int | None = None    # who pays; by default the subscriber
    payer_organization_id: int | None = None
    end_on: date | str | None = None      # last day included; None: open-ended
    price_override_cents: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class SubscriptionRow:
    id: int
    plan_id: int
    plan_name: str
    plan_kind: str
    billing: str
    person_id: int | None
    organization_id: int | None
    subscriber_name: str
    payer: Party
    start_on: date
    end_on: date | None
    price_cents: int                      # the price applied (override or plan)
    price_override_cents: int | None
    previous_id: int | None
    notes: str

    def active_on(self, day: date) -> bool:
        return self.start_on <= day and (self.end_on is None or day <= self.end_on)


@dataclass(frozen=True)
class CreditDraw:
    """Credits a booking took from one source (a month's allowance or a pack)."""

    subscription_id: int
    source: str               # allowance | pack
    plan_name: str
    unit: str                 # room_minutes | desk_days
    amount: int
    remaining_after: int
    expires_on: date


@dataclass(frozen=True)
class BookingConsumption:
    """What a booking consumed: included in a plan, credits drawn, overage charged."""

    booking_id: int
    person_id: int | None
    person_name: str
    resource_name: str
    resource_kind: str
    start_at: datetime
    end_at: datetime
    day: date
    state: str                # draft | billed | settled | not_billable
    included_in: str = ""     # the plan that includes it
    subscription_id: int | None = None
    unit: str | None = None
    needed: int = 0
    draws: tuple[CreditDraw, ...] = ()
    overage_units: int = 0
    overage_cents: int = 0
    payer: Party | None = None
    invoice_number: str = ""
    explanation: str = ""

    @property
    def drawn(self) -> int:
        return sum(d.amount for d in self.draws)


@dataclass(frozen=True)
class DraftLine:
    kind: str                 # subscription | pack | credits | overage | manual | credit
    label: str
    detail: str
    quantity_milli: int
    unit: str                 # UN/ECE rec. 20: C62 (one), HUR (hour), DAY
    unit_price_cents: int
    amount_excl_cents: int
    vat_rate_bp: int
    subscription_id: int | None = None
    period_start: date | None = None
    period_end: date | None = None
    booking_ids: tuple[int, ...] = ()
    credited_line_id: int | None = None


@dataclass(frozen=True)
class VatRow:
    rate_bp: int
    base_cents: int
    vat_cents: int


@dataclass(frozen=True)
class Totals:
    excl_cents: int
    vat_cents: int
    incl_cents: int
    vat: tuple[VatRow, ...]


@dataclass(frozen=True)
class DraftInvoice:
    """One customer's invoice as the run would issue it."""

    customer: Party
    month: str
    period_start: date
    period_end: date
    lines: tuple[DraftLine, ...]
    totals: Totals
    consumptions: tuple[BookingConsumption, ...] = ()
    skip_reason: str = ""     # "zero": nothing to pay, not issued unless asked

    @property
    def total_incl_cents(self) -> int:
        return self.totals.incl_cents


@dataclass(frozen=True)
class BillingPreview:
    month: str
    label: str
    drafts: tuple[DraftInvoice, ...]
    warnings: tuple[str, ...] = ()
    already_billed: int = 0   # subscriptions of the month invoiced by an earlier run

    @property
    def to_issue(self) -> tuple[DraftInvoice, ...]:
        return tuple(d for d in self.drafts if not d.skip_reason)

    @property
    def total_incl_cents(self) -> int:
        return sum(d.totals.incl_cents for d in self.to_issue)


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    kind: str                 # invoice | credit_note
    issued_on: date
    due_on: date
    month: str | None
    customer: Party
    total_excl_cents: int
    total_vat_cents: int
    total_incl_cents: int
    credited_cents: int
    paid_cents: int
    balance_cents: int
    status: str               # paid | partial | unpaid | overdue | credited | credit_note
    corrects_number: str = ""


@dataclass(frozen=True)
class InvoiceLineRow:
    id: int
    position: int
    kind: str
    label: str
    detail: str
    quantity_milli: int
    unit: str
    unit_price_cents: int
    amount_excl_cents: int
    vat_rate_bp: int
    subscription_id: int | None
    period_start: date | None
    period_end: date | None
    credited_line_id: int | None


@dataclass(frozen=True)
class PaymentRow:
    id: int
    invoice_number: str
    amount_cents: int
    method: str
    paid_on: date
    reference: str
    reverses_id: int | None
    reversed: bool
    note: str
    actor: str
    recorded_at: datetime


@dataclass(frozen=True)
class InvoiceDetail:
    row: InvoiceRow
    seller: Party
    seller_extra: dict[str, Any]          # IBAN, payment terms, VAT exemption...
    period_start: date | None
    period_end: date | None
    lines: tuple[InvoiceLineRow, ...]
    totals: Totals
    vat_exempt: bool
    payments: tuple[PaymentRow, ...]
    credit_notes: tuple[str, ...]         # numbers of the credit notes against it
    mentions: tuple[str, ...]             # legal mentions, in print order
    note: str
    hash: str
    prev_hash: str
    consumptions: tuple[BookingConsumption, ...] = ()

    @property
    def number(self) -> str:
        return self.row.number

    @property
    def customer(self) -> Party:
        return self.row.customer


@dataclass(frozen=True)
class IssueReport:
    month: str
    invoices: tuple[InvoiceRow, ...]
    skipped_zero: int
    consumptions: int


@dataclass(frozen=True)
class ChainProblem:
    number: str
    reason: str               # altered | broken_link | missing_link | totals | gap
    detail: str = ""


@dataclass(frozen=True)
class ChainReport:
    checked: int
    problems: tuple[ChainProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CustomerBalance:
    customer: Party
    invoiced_cents: int
    credited_cents: int
    paid_cents: int
    balance_cents: int
    overdue_cents: int


@dataclass(frozen=True)
class CustomerAccount:
    """One customer's invoices in a few figures, for their file (member, organisation)."""

    invoices: int                     # invoices issued to them (credit notes aside)
    invoiced_cents: int
    balance_cents: int                # still due: totals less payments and credit notes
    overdue_cents: int                # of which past the due date
    unpaid: tuple[str, ...] = ()      # numbers with a balance, oldest first
    last_number: str = ""
    last_issued_on: date | None = None


@dataclass(frozen=True)
class AgedRow:
    customer: Party | None    # None: the totals row
    not_due_cents: int = 0
    d0_30_cents: int = 0
    d31_60_cents: int = 0
    d61_90_cents: int = 0
    over_90_cents: int = 0
    invoices: tuple[str, ...] = ()

    @property
    def total_cents(self) -> int:
        return (self.not_due_cents + self.d0_30_cents + self.d31_60_cents
                + self.d61_90_cents + self.over_90_cents)


@dataclass(frozen=True)
class AgedReport:
    today: date
    rows: tuple[AgedRow, ...]
    totals: AgedRow = field(default_factory=lambda: AgedRow(None))


@dataclass(frozen=True)
class CreditBalance:
    """One source of credits and what is left of it on a day."""

    subscription_id: int
    plan_name: str
    source: str               # allowance | pack
    unit: str
    granted: int
    used: int
    remaining: int
    valid_from: date
    expires_on: date
