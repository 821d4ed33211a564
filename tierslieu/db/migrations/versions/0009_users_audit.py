"""users and roles, kiosk PIN state, append-only hash-chained audit log, retention flags

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25

``audit_log`` refuses UPDATE always and DELETE unless ``audit_state.purge_open`` is
true, which only the 12-month purge sets and clears inside its own transaction
(SQLite: ``RAISE(ABORT)`` triggers; PostgreSQL: a plpgsql trigger function). TRUNCATE
is left to the database owner (the test suite empties tables with it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
GENESIS = "0" * 64
ROLES = "role IN ('admin', 'front_desk', 'incubation', 'director', 'kiosk')"

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION tierslieu_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND COALESCE(
            (SELECT purge_open FROM audit_state WHERE id = 1), false) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'tierslieu: the audit log is append-only (% refused)', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END
$$
"""
SQLITE_TRIGGERS = (
    "CREATE TRIGGER tr_audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'tierslieu: the audit log is append-only (UPDATE refused)'); END",
    "CREATE TRIGGER tr_audit_log_no_delete BEFORE DELETE ON audit_log "
    "WHEN COALESCE((SELECT purge_open FROM audit_state WHERE id = 1), 0) = 0 BEGIN "
    "SELECT RAISE(ABORT, 'tierslieu: the audit log is append-only (DELETE refused)'); END",
)


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=80), nullable=False),
        sa.Column("login_key", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", TS, nullable=True),
        sa.Column("last_login_at", TS, nullable=True),
        sa.Column("password_changed_at", TS, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint(ROLES, name=op.f("ck_app_user_role")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_app_user_person_id_person"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login_key", name=op.f("uq_app_user_login_key")),
    )
    op.create_index(op.f("ix_app_user_person_id"), "app_user", ["person_id"], unique=False)
    op.create_table(
        "kiosk_pin_state",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("blocked_at", TS, nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_kiosk_pin_state_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_kiosk_pin_state")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("login", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    op.create_index(op.f("ix_audit_log_action"), "audit_log", ["action"], unique=False)
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"], unique=False)
    state = op.create_table(
        "audit_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("anchor_hash", sa.String(length=64), nullable=False),
        sa.Column("purge_open", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_state")),
    )
    op.bulk_insert(state, [{"id": 1, "last_id": 0, "last_hash": GENESIS,
                            "anchor_hash": GENESIS, "purge_open": False}])
    op.create_table(
        "retention_flag",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("flagged_at", TS, nullable=False),
        sa.Column("last_activity", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_retention_flag_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_retention_flag")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute("CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON "
                   "audit_log FOR EACH ROW EXECUTE FUNCTION tierslieu_audit_guard()")
    else:
        for sql in SQLITE_TRIGGERS:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tr_audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS tierslieu_audit_guard()")
    else:
        op.execute("DROP TRIGGER IF EXISTS tr_audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS tr_audit_log_no_delete")
    op.drop_table("retention_flag")
    op.drop_table("audit_state")
    op.drop_index("ix_audit_log_entity", table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_action"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_at"), table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("kiosk_pin_state")
    op.drop_index(op.f("ix_app_user_person_id"), table_name="app_user")
    op.drop_table("app_user")
