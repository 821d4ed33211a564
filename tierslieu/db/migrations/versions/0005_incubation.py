"""incubation: programmes, cohorts, enrollments, scores, milestones, KPIs, follow-ups

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "program",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("weight_team", sa.Integer(), nullable=False),
        sa.Column("weight_market", sa.Integer(), nullable=False),
        sa.Column("weight_product", sa.Integer(), nullable=False),
        sa.Column("weight_fit", sa.Integer(), nullable=False),
        sa.Column("mentoring_minutes", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint(
            "kind IN ('pre_incubation', 'incubation', 'acceleration', 'nursery')",
            name=op.f("ck_program_kind"),
        ),
        sa.CheckConstraint("length(name) <= 200", name=op.f("ck_program_name_len")),
        sa.CheckConstraint("mentoring_minutes >= 0", name=op.f("ck_program_mentoring")),
        sa.CheckConstraint(
            "weight_team >= 0 AND weight_market >= 0 AND weight_product >= 0 AND weight_fit >= 0",
            name=op.f("ck_program_weights"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program")),
        sa.UniqueConstraint("name_key", name=op.f("uq_program_name_key")),
    )
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_cohort_capacity")),
        sa.CheckConstraint("end_on >= start_on", name=op.f("ck_cohort_order")),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_cohort_program_id_program"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort")),
        sa.UniqueConstraint("name_key", name=op.f("uq_cohort_name_key")),
    )
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cohort_program_id"), ["program_id"], unique=False)

    op.create_table(
        "kpi_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=True),
        sa.Column("jobs_created_fte100", sa.Integer(), nullable=True),
        sa.Column("women_founders", sa.Integer(), nullable=True),
        sa.Column("revenue_cents", sa.BigInteger(), nullable=True),
        sa.Column("raised_honour_loan_cents", sa.BigInteger(), nullable=False),
        sa.Column("raised_grant_cents", sa.BigInteger(), nullable=False),
        sa.Column("raised_equity_cents", sa.BigInteger(), nullable=False),
        sa.Column("raised_bank_loan_cents", sa.BigInteger(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint(
            "(headcount IS NULL OR headcount >= 0) AND (jobs_created_fte100 IS NULL OR jobs_created_fte100 >= 0) AND (women_founders IS NULL OR women_founders >= 0) AND (revenue_cents IS NULL OR revenue_cents >= 0) AND raised_honour_loan_cents >= 0 AND raised_grant_cents >= 0 AND raised_equity_cents >= 0 AND raised_bank_loan_cents >= 0",
            name=op.f("ck_kpi_record_non_negative"),
        ),
        sa.CheckConstraint("end_on >= start_on", name=op.f("ck_kpi_record_order")),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_kpi_record_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_record")),
        sa.UniqueConstraint("organization_id", "period", name="uq_kpi_record_period"),
    )
    with op.batch_alter_table("kpi_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kpi_record_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "milestone_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("offset_months", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "offset_months IS NULL OR offset_months >= 0", name=op.f("ck_milestone_template_offset")
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_milestone_template_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone_template")),
        sa.UniqueConstraint("program_id", "position", name="uq_milestone_template_position"),
    )
    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("incubation_start", sa.Date(), nullable=True),
        sa.Column("graduated_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("mentoring_budget_minutes", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint(
            "status IN ('applied', 'shortlisted', 'selected', 'incubated', 'graduated', 'dropped', 'rejected')",
            name=op.f("ck_enrollment_status"),
        ),
        sa.CheckConstraint("mentoring_budget_minutes >= 0", name=op.f("ck_enrollment_mentoring")),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_enrollment_cohort_id_cohort"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_enrollment_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
        sa.UniqueConstraint("organization_id", "cohort_id", name="uq_enrollment_startup_cohort"),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_cohort_id"), ["cohort_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enrollment_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "alumni_follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("horizon_months", sa.SmallInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('alive', 'closed', 'acquired')", name=op.f("ck_alumni_follow_up_status")
        ),
        sa.CheckConstraint(
            "horizon_months IN (6, 12, 36)", name=op.f("ck_alumni_follow_up_horizon")
        ),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_alumni_follow_up_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alumni_follow_up")),
        sa.UniqueConstraint("enrollment_id", "horizon_months", name="uq_alumni_follow_up_horizon"),
    )
    op.create_table(
        "application_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("team", sa.SmallInteger(), nullable=False),
        sa.Column("market", sa.SmallInteger(), nullable=False),
        sa.Column("product", sa.SmallInteger(), nullable=False),
        sa.Column("fit", sa.SmallInteger(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.CheckConstraint(
            "team BETWEEN 0 AND 5 AND market BETWEEN 0 AND 5 AND product BETWEEN 0 AND 5 AND fit BETWEEN 0 AND 5",
            name=op.f("ck_application_score_range"),
        ),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_application_score_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["person.id"],
            name=op.f("fk_application_score_reviewer_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_score")),
        sa.UniqueConstraint("enrollment_id", "reviewer_id", name="uq_application_score_reviewer"),
    )
    with op.batch_alter_table("application_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_score_reviewer_id"), ["reviewer_id"], unique=False
        )

    op.create_table(
        "enrollment_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_enrollment_event_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment_event")),
    )
    with op.batch_alter_table("enrollment_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrollment_event_enrollment_id"), ["enrollment_id"], unique=False
        )

    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("reached_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("validated_by_id", sa.Integer(), nullable=True),
        sa.Column("validated_by_text", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_milestone_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["milestone_template.id"],
            name=op.f("fk_milestone_template_id_milestone_template"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["validated_by_id"],
            ["person.id"],
            name=op.f("fk_milestone_validated_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
        sa.UniqueConstraint("enrollment_id", "position", name="uq_milestone_position"),
    )


def downgrade() -> None:
    op.drop_table("milestone")
    with op.batch_alter_table("enrollment_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_event_enrollment_id"))

    op.drop_table("enrollment_event")
    with op.batch_alter_table("application_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_score_reviewer_id"))

    op.drop_table("application_score")
    op.drop_table("alumni_follow_up")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_organization_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_cohort_id"))

    op.drop_table("enrollment")
    op.drop_table("milestone_template")
    with op.batch_alter_table("kpi_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_record_organization_id"))

    op.drop_table("kpi_record")
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_program_id"))

    op.drop_table("cohort")
    op.drop_table("program")
