"""billing: plans, subscriptions, credits ledger, invoices, payments; immutability triggers

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

Issued invoices, their lines, payments, credit entries and booking consumptions are
never updated: triggers refuse an UPDATE even from raw SQL (SQLite: ``RAISE(ABORT)``;
PostgreSQL: a plpgsql function). DELETE stays possible for the demo's wipe. Beware: a
later SQLite batch rebuild of one of these tables drops its trigger; create it again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
IMMUTABLE = ("invoice", "invoice_line", "payment", "credit_entry", "booking_consumption")
PG_FUNCTION = """
CREATE OR REPLACE FUNCTION tierslieu_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'tierslieu: rows of % are immutable (credit note or reversing entry)',
        TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END
$$
"""


def _create_triggers() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
    for table in IMMUTABLE:
        if bind.dialect.name == "postgresql":
            op.execute(f"CREATE TRIGGER tr_{table}_immutable BEFORE UPDATE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION tierslieu_refuse_update()")
        else:
            op.execute(f"CREATE TRIGGER tr_{table}_immutable BEFORE UPDATE ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, 'tierslieu: rows of {table} are immutable "
                       "(credit note or reversing entry)'); END")


def _drop_triggers() -> None:
    bind = op.get_bind()
    for table in IMMUTABLE:
        if bind.dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_immutable ON {table}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_immutable")
    if bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS tierslieu_refuse_update()")


def upgrade() -> None:
    op.create_table(
        "invoice_counter",
        sa.Column("series", sa.String(length=16), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", name=op.f("pk_invoice_counter")),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("billing", sa.String(length=16), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("room_minutes", sa.Integer(), nullable=False),
        sa.Column("desk_days", sa.Integer(), nullable=False),
        sa.Column("resource_kinds", sa.JSON(), nullable=False),
        sa.Column("validity_days", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint("billing IN ('monthly', 'once')", name=op.f("ck_plan_billing")),
        sa.CheckConstraint(
            "kind IN ('hot_desk', 'fixed_desk', 'private_office', 'day_pass_pack', 'domiciliation')",
            name=op.f("ck_plan_kind"),
        ),
        sa.CheckConstraint("length(name) <= 200", name=op.f("ck_plan_name_len")),
        sa.CheckConstraint("price_cents >= 0", name=op.f("ck_plan_price")),
        sa.CheckConstraint("room_minutes >= 0 AND desk_days >= 0", name=op.f("ck_plan_credits")),
        sa.CheckConstraint(
            "validity_days IS NULL OR validity_days > 0", name=op.f("ck_plan_validity")
        ),
        sa.CheckConstraint("vat_rate_bp BETWEEN 0 AND 10000", name=op.f("ck_plan_vat_rate")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
        sa.UniqueConstraint("name_key", name=op.f("uq_plan_name_key")),
    )
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("chain_index", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("customer_person_id", sa.Integer(), nullable=True),
        sa.Column("customer_organization_id", sa.Integer(), nullable=True),
        sa.Column("customer", sa.JSON(), nullable=False),
        sa.Column("seller", sa.JSON(), nullable=False),
        sa.Column("vat_exempt", sa.Boolean(), nullable=False),
        sa.Column("total_excl_cents", sa.Integer(), nullable=False),
        sa.Column("total_vat_cents", sa.Integer(), nullable=False),
        sa.Column("total_incl_cents", sa.Integer(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.CheckConstraint("kind IN ('invoice', 'credit_note')", name=op.f("ck_invoice_kind")),
        sa.CheckConstraint(
            "(customer_person_id IS NULL) <> (customer_organization_id IS NULL)",
            name=op.f("ck_invoice_customer"),
        ),
        sa.CheckConstraint("due_on >= issued_on", name=op.f("ck_invoice_due")),
        sa.CheckConstraint(
            "total_incl_cents = total_excl_cents + total_vat_cents", name=op.f("ck_invoice_totals")
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["invoice.id"],
            name=op.f("fk_invoice_corrects_id_invoice"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["customer_organization_id"],
            ["organization.id"],
            name=op.f("fk_invoice_customer_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["customer_person_id"],
            ["person.id"],
            name=op.f("fk_invoice_customer_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("chain_index", name="uq_invoice_chain_index"),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_corrects_id"), ["corrects_id"], unique=False)
        batch_op.create_index(
            "ix_invoice_customer", ["customer_person_id", "customer_organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_invoice_issued_on"), ["issued_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_month"), ["month"], unique=False)

    op.create_table(
        "subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("payer_person_id", sa.Integer(), nullable=True),
        sa.Column("payer_organization_id", sa.Integer(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("price_override_cents", sa.Integer(), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint(
            "(payer_person_id IS NULL) <> (payer_organization_id IS NULL)",
            name=op.f("ck_subscription_payer"),
        ),
        sa.CheckConstraint(
            "(person_id IS NULL) <> (organization_id IS NULL)", name=op.f("ck_subscription_subject")
        ),
        sa.CheckConstraint(
            "end_on IS NULL OR end_on >= start_on", name=op.f("ck_subscription_dates")
        ),
        sa.CheckConstraint(
            "price_override_cents IS NULL OR price_override_cents >= 0",
            name=op.f("ck_subscription_price"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_subscription_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["payer_organization_id"],
            ["organization.id"],
            name=op.f("fk_subscription_payer_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["payer_person_id"],
            ["person.id"],
            name=op.f("fk_subscription_payer_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_subscription_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_subscription_plan_id_plan"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["previous_id"],
            ["subscription.id"],
            name=op.f("fk_subscription_previous_id_subscription"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription")),
    )
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.create_index("ix_subscription_dates", ["start_on", "end_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_subscription_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_subscription_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_subscription_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("amount_excl_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("credited_line_id", sa.Integer(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "vat_rate_bp BETWEEN 0 AND 10000", name=op.f("ck_invoice_line_vat_rate")
        ),
        sa.ForeignKeyConstraint(
            ["credited_line_id"],
            ["invoice_line.id"],
            name=op.f("fk_invoice_line_credited_line_id_invoice_line"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_invoice_line_invoice_id_invoice"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_invoice_line_subscription_id_subscription"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
        sa.UniqueConstraint("invoice_id", "position", name="uq_invoice_line_position"),
    )
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoice_line_credited_line_id"), ["credited_line_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_invoice_line_subscription_id"), ["subscription_id"], unique=False
        )

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.CheckConstraint(
            "method IN ('transfer', 'cheque', 'card', 'cash')", name=op.f("ck_payment_method")
        ),
        sa.CheckConstraint(
            "(reverses_id IS NULL AND amount_cents > 0) OR (reverses_id IS NOT NULL AND amount_cents < 0)",
            name=op.f("ck_payment_reversal"),
        ),
        sa.CheckConstraint("amount_cents <> 0", name=op.f("ck_payment_amount")),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_payment_invoice_id_invoice"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["payment.id"],
            name=op.f("fk_payment_reverses_id_payment"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_payment_reverses_id")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "booking_consumption",
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("included_subscription_id", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(length=16), nullable=True),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.Column("drawn", sa.Integer(), nullable=False),
        sa.Column("overage_units", sa.Integer(), nullable=False),
        sa.Column("overage_cents", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.CheckConstraint(
            "drawn >= 0 AND overage_units >= 0 AND overage_cents >= 0",
            name=op.f("ck_booking_consumption_amounts"),
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["booking.id"],
            name=op.f("fk_booking_consumption_booking_id_booking"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["included_subscription_id"],
            ["subscription.id"],
            name=op.f("fk_booking_consumption_included_subscription_id_subscription"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_booking_consumption_invoice_id_invoice"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_booking_consumption_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("booking_id", name=op.f("pk_booking_consumption")),
    )
    with op.batch_alter_table("booking_consumption", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_booking_consumption_invoice_id"), ["invoice_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_booking_consumption_month"), ["month"], unique=False)

    op.create_table(
        "credit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('allowance', 'pack', 'use', 'expiry', 'adjustment')",
            name=op.f("ck_credit_entry_kind"),
        ),
        sa.CheckConstraint(
            "unit IN ('room_minutes', 'desk_days')", name=op.f("ck_credit_entry_unit")
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["booking.id"],
            name=op.f("fk_credit_entry_booking_id_booking"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_credit_entry_subscription_id_subscription"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_entry")),
    )
    with op.batch_alter_table("credit_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_credit_entry_booking_id"), ["booking_id"], unique=False
        )
        batch_op.create_index(
            "ix_credit_entry_source", ["subscription_id", "unit", "month"], unique=False
        )
    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table("credit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_credit_entry_source")
        batch_op.drop_index(batch_op.f("ix_credit_entry_booking_id"))

    op.drop_table("credit_entry")
    with op.batch_alter_table("booking_consumption", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_consumption_month"))
        batch_op.drop_index(batch_op.f("ix_booking_consumption_invoice_id"))

    op.drop_table("booking_consumption")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_invoice_id"))

    op.drop_table("payment")
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_line_subscription_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_line_credited_line_id"))

    op.drop_table("invoice_line")
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscription_plan_id"))
        batch_op.drop_index(batch_op.f("ix_subscription_person_id"))
        batch_op.drop_index(batch_op.f("ix_subscription_organization_id"))
        batch_op.drop_index("ix_subscription_dates")

    op.drop_table("subscription")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_month"))
        batch_op.drop_index(batch_op.f("ix_invoice_issued_on"))
        batch_op.drop_index("ix_invoice_customer")
        batch_op.drop_index(batch_op.f("ix_invoice_corrects_id"))

    op.drop_table("invoice")
    op.drop_table("plan")
    op.drop_table("invoice_counter")
