"""Billing: plans, subscriptions, the credits ledger, invoices, payments.

Money is integer cents excluding VAT, VAT rates in basis points (2000 = 20 %).
A customer (the one who pays) is a person *or* an organisation: two nullable foreign
keys and a CHECK that exactly one is set, so both stay real foreign keys.

Issued invoices, their lines, payments and credit entries are never updated: the
mapper events below refuse it in every service, and the migration adds database
triggers that refuse an ``UPDATE`` from raw SQL too (SQLite and PostgreSQL). An
invoice is corrected by a credit note; a payment by a reversing entry. Each invoice
stores ``sha256(previous hash + canonical content)`` (see
``tierslieu.services.billing.chain``), so a row altered behind the triggers' back is
still detected.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime, utcnow

PLAN_KINDS = ("hot_desk", "fixed_desk", "private_office", "day_pass_pack", "domiciliation")
BILLING_PERIODS = ("monthly", "once")
CREDIT_UNITS = ("room_minutes", "desk_days")
CREDIT_KINDS = ("allowance", "pack", "use", "expiry", "adjustment")
INVOICE_KINDS = ("invoice", "credit_note")
PAYMENT_METHODS = ("transfer", "cheque", "card", "cash")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


_ONE_SUBJECT = "(person_id IS NULL) <> (organization_id IS NULL)"
_ONE_PAYER = "(payer_person_id IS NULL) <> (payer_organization_id IS NULL)"
_ONE_CUSTOMER = "(customer_person_id IS NULL) <> (customer_organization_id IS NULL)"


class Plan(Timestamped, Base):
    """What a member subscribes to: a monthly price (or a one-off pack) with credits.

    ``resource_kinds``: bookings of these kinds are included in the plan (a hot-desk
    plan includes the hot-desk zone). ``room_minutes`` and ``desk_days`` are credits
    given each month (monthly plans, no roll-over) or once (packs, valid
    ``validity_days`` from the purchase).
    """

    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint(_in("kind", PLAN_KINDS), name="kind"),
        CheckConstraint(_in("billing", BILLING_PERIODS), name="billing"),
        CheckConstraint("price_cents >= 0", name="price"),
        CheckConstraint("vat_rate_bp BETWEEN 0 AND 10000", name="vat_rate"),
        CheckConstraint("room_minutes >= 0 AND desk_days >= 0", name="credits"),
        CheckConstraint("validity_days IS NULL OR validity_days > 0", name="validity"),
        CheckConstraint("length(name) <= 200", name="name_len"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    billing: Mapped[str] = mapped_column(String(16), default="monthly")
    price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=2000)
    room_minutes: Mapped[int] = mapped_column(Integer, default=0)
    desk_days: Mapped[int] = mapped_column(Integer, default=0)
    resource_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    validity_days: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Subscription(Timestamped, Base):
    """A person (or an organisation, for an office) on a plan from ``start_on`` to
    ``end_on`` inclusive (open-ended when null); the payer may be someone else.

    A plan change ends the subscription the day before and starts a new one
    (``previous_id``), so each keeps its own price and credits.
    """

    __tablename__ = "subscription"
    __table_args__ = (
        CheckConstraint(_ONE_SUBJECT, name="subject"),
        CheckConstraint(_ONE_PAYER, name="payer"),
        CheckConstraint("end_on IS NULL OR end_on >= start_on", name="dates"),
        CheckConstraint("price_override_cents IS NULL OR price_override_cents >= 0",
                        name="price"),
        Index("ix_subscription_dates", "start_on", "end_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="RESTRICT"),
                                         index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True)
    payer_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"))
    payer_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    price_override_cents: Mapped[int | None] = mapped_column(Integer)
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("subscription.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")


class CreditEntry(Base):
    """One line of the credits ledger (append-only), per subscription and unit.

    Positive: a month's allowance (``month``, expires at its end), a pack (expires
    ``expires_on``), an adjustment. Negative: a use by a booking, an expiry.
    """

    __tablename__ = "credit_entry"
    __table_args__ = (
        CheckConstraint(_in("unit", CREDIT_UNITS), name="unit"),
        CheckConstraint(_in("kind", CREDIT_KINDS), name="kind"),
        Index("ix_credit_entry_source", "subscription_id", "unit", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(
        ForeignKey("subscription.id", ondelete="RESTRICT"))
    unit: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(Integer)
    month: Mapped[str | None] = mapped_column(String(7))       # "2026-11"
    expires_on: Mapped[date | None] = mapped_column(Date)
    booking_id: Mapped[int | None] = mapped_column(
        ForeignKey("booking.id", ondelete="RESTRICT"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class BookingConsumption(Base):
    """What a booking consumed, frozen when it was billed (or settled at the desk):
    included in a plan, credits drawn (see the ledger), overage charged."""

    __tablename__ = "booking_consumption"
    __table_args__ = (
        CheckConstraint("drawn >= 0 AND overage_units >= 0 AND overage_cents >= 0",
                        name="amounts"),
    )

    booking_id: Mapped[int] = mapped_column(
        ForeignKey("booking.id", ondelete="RESTRICT"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    included_subscription_id: Mapped[int | None] = mapped_column(
        ForeignKey("subscription.id", ondelete="SET NULL"))
    unit: Mapped[str | None] = mapped_column(String(16))
    needed: Mapped[int] = mapped_column(Integer, default=0)
    drawn: Mapped[int] = mapped_column(Integer, default=0)
    overage_units: Mapped[int] = mapped_column(Integer, default=0)
    overage_cents: Mapped[int] = mapped_column(Integer, default=0)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT"), index=True)
    explanation: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class InvoiceCounter(Base):
    """The last number given in a series ("F2026", "A2026"), updated in the transaction
    that writes the invoice: a rollback takes the number back (a sequence would not).
    The row ``#chain`` serialises every issue and counts the hash chain's links."""

    __tablename__ = "invoice_counter"

    series: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    """An issued invoice or credit note: numbered, immutable, hash-chained.

    Seller and customer are copied as they were on the day of issue (a later change
    of address must not rewrite an old invoice).
    """

    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint(_in("kind", INVOICE_KINDS), name="kind"),
        CheckConstraint(_ONE_CUSTOMER, name="customer"),
        CheckConstraint("total_incl_cents = total_excl_cents + total_vat_cents",
                        name="totals"),
        CheckConstraint("due_on >= issued_on", name="due"),
        UniqueConstraint("chain_index", name="uq_invoice_chain_index"),
        Index("ix_invoice_customer", "customer_person_id", "customer_organization_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="invoice")
    chain_index: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    due_on: Mapped[date] = mapped_column(Date)
    month: Mapped[str | None] = mapped_column(String(7), index=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    customer_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"))
    customer_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"))
    customer: Mapped[dict[str, Any]] = mapped_column(JSON)
    seller: Mapped[dict[str, Any]] = mapped_column(JSON)
    vat_exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    total_excl_cents: Mapped[int] = mapped_column(Integer)
    total_vat_cents: Mapped[int] = mapped_column(Integer)
    total_incl_cents: Mapped[int] = mapped_column(Integer)
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class InvoiceLine(Base):
    """One line, excluding VAT; ``detail`` explains it (proration dates, credits drawn)."""

    __tablename__ = "invoice_line"
    __table_args__ = (
        CheckConstraint("vat_rate_bp BETWEEN 0 AND 10000", name="vat_rate"),
        UniqueConstraint("invoice_id", "position", name="uq_invoice_line_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="")
    quantity_milli: Mapped[int] = mapped_column(Integer, default=1000)   # 1.5 h = 1500
    unit: Mapped[str] = mapped_column(String(8), default="C62")         # UN/ECE rec. 20
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    amount_excl_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    subscription_id: Mapped[int | None] = mapped_column(
        ForeignKey("subscription.id", ondelete="RESTRICT"), index=True)
    credited_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice_line.id", ondelete="RESTRICT"), index=True)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)


class Payment(Base):
    """A payment received for an invoice (append-only). A mistake is corrected by a
    reversing entry: a negative amount pointing at the payment it cancels."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint(_in("method", PAYMENT_METHODS), name="method"),
        CheckConstraint("amount_cents <> 0", name="amount"),
        CheckConstraint("(reverses_id IS NULL AND amount_cents > 0) OR "
                        "(reverses_id IS NOT NULL AND amount_cents < 0)", name="reversal"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"),
                                            index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    paid_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(200), default="")
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("payment.id", ondelete="RESTRICT"), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


IMMUTABLE = (Invoice, InvoiceLine, Payment, CreditEntry, BookingConsumption)


def _refuse(_mapper: Any, _connection: Any, target: Any) -> None:
    from tierslieu.errors import ConflictError

    raise ConflictError("billing_immutable", table=type(target).__tablename__)


for _model in IMMUTABLE:
    event.listen(_model, "before_update", _refuse)
    event.listen(_model, "before_delete", _refuse)
