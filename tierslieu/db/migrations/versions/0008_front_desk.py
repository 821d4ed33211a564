"""front desk and community: events, rooms, registrations, teams, visits, notifications,
directory profiles; a "directory" consent kind

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25

The consent CHECK grows a kind: a batch rebuild of ``consent``, a child table with no
children of its own, so nothing can cascade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def _consent_kinds(kinds: str) -> None:
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_consent_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_consent_kind"), f"kind IN ({kinds})")


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("start_at", TS, nullable=False),
        sa.Column("end_at", TS, nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("registration_opens_at", TS, nullable=True),
        sa.Column("registration_closes_at", TS, nullable=True),
        sa.Column("min_registrations", sa.Integer(), nullable=False),
        sa.Column("alert_days", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("cancelled_at", TS, nullable=True),
        sa.Column("teams_published_at", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint("kind IN ('hackathon', 'bootcamp', 'workshop', 'meetup', 'training',"
                           " 'open_day')", name=op.f("ck_event_kind")),
        sa.CheckConstraint("status IN ('planned', 'cancelled')", name=op.f("ck_event_status")),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_event_capacity")),
        sa.CheckConstraint("end_at > start_at", name=op.f("ck_event_order")),
        sa.CheckConstraint("length(title) <= 200", name=op.f("ck_event_title_len")),
        sa.CheckConstraint("min_registrations >= 0 AND alert_days >= 0",
                           name=op.f("ck_event_alert")),
        sa.CheckConstraint("price_cents >= 0", name=op.f("ck_event_price")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_event_site_id_site"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_site_id"), ["site_id"], unique=False)
        batch_op.create_index("ix_event_time", ["start_at"], unique=False)

    op.create_table(
        "directory_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("headline", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("fields", sa.String(length=200), nullable=False),
        sa.Column("listed", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint("(person_id IS NULL) <> (organization_id IS NULL)",
                           name=op.f("ck_directory_profile_owner")),
        sa.CheckConstraint("length(headline) <= 200 AND length(sector) <= 100",
                           name=op.f("ck_directory_profile_len")),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"],
                                name=op.f("fk_directory_profile_organization_id_organization"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_directory_profile_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_profile")),
        sa.UniqueConstraint("organization_id", name=op.f("uq_directory_profile_organization_id")),
        sa.UniqueConstraint("person_id", name=op.f("uq_directory_profile_person_id")),
    )
    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("attendee_key", sa.String(length=330), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("registered_at", TS, nullable=False),
        sa.Column("promoted_at", TS, nullable=True),
        sa.Column("cancelled_at", TS, nullable=True),
        sa.Column("checked_in_at", TS, nullable=True),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('registered', 'waitlisted', 'cancelled')",
                           name=op.f("ck_registration_status")),
        sa.CheckConstraint("length(name) <= 200", name=op.f("ck_registration_name_len")),
        sa.CheckConstraint("price_cents >= 0", name=op.f("ck_registration_price")),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"],
                                name=op.f("fk_registration_event_id_event"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_registration_person_id_person"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
        sa.UniqueConstraint("event_id", "attendee_key", name="uq_registration_attendee"),
    )
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.create_index("ix_registration_event_status",
                              ["event_id", "status", "registered_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_registration_person_id"), ["person_id"],
                              unique=False)

    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("allow_same_org", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], name=op.f("fk_team_event_id_event"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
        sa.UniqueConstraint("event_id", "number", name="uq_team_event_number"),
    )
    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("visitor_name", sa.String(length=200), nullable=False),
        sa.Column("visitor_email", sa.String(length=320), nullable=False),
        sa.Column("visitor_company", sa.String(length=200), nullable=False),
        sa.Column("host_person_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("arrived_at", TS, nullable=False),
        sa.Column("left_at", TS, nullable=True),
        sa.Column("badge_token", sa.String(length=32), nullable=False),
        sa.CheckConstraint("kind IN ('member', 'visitor', 'guest')", name=op.f("ck_visit_kind")),
        sa.CheckConstraint("left_at IS NULL OR left_at >= arrived_at",
                           name=op.f("ck_visit_order")),
        sa.CheckConstraint("length(visitor_name) <= 200", name=op.f("ck_visit_name_len")),
        sa.ForeignKeyConstraint(["host_person_id"], ["person.id"],
                                name=op.f("fk_visit_host_person_id_person"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_visit_person_id_person"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_visit_site_id_site"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_arrived", ["arrived_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_host_person_id"), ["host_person_id"],
                              unique=False)
        batch_op.create_index("ix_visit_person_arrived", ["person_id", "arrived_at"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_visit_site_id"), ["site_id"], unique=False)

    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("read_at", TS, nullable=True),
        sa.CheckConstraint("kind IN ('visitor_arrived', 'event_promoted', 'event_underfilled')",
                           name=op.f("ck_notification_kind")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_notification_person_id_person"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"],
                                name=op.f("fk_notification_visit_id_visit"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notification_person_id"), ["person_id"],
                              unique=False)
        batch_op.create_index("ix_notification_unread", ["read_at", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_notification_visit_id"), ["visit_id"],
                              unique=False)

    op.create_table(
        "team_member",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["registration_id"], ["registration.id"],
                                name=op.f("fk_team_member_registration_id_registration"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"],
                                name=op.f("fk_team_member_team_id_team"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("team_id", "registration_id", name=op.f("pk_team_member")),
        sa.UniqueConstraint("registration_id", name=op.f("uq_team_member_registration_id")),
    )
    op.create_table(
        "event_room",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["booking_id"], ["booking.id"],
                                name=op.f("fk_event_room_booking_id_booking"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"],
                                name=op.f("fk_event_room_event_id_event"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "booking_id", name=op.f("pk_event_room")),
        sa.UniqueConstraint("booking_id", name=op.f("uq_event_room_booking_id")),
    )
    _consent_kinds("'photo', 'newsletter', 'directory'")


def downgrade() -> None:
    op.execute("DELETE FROM consent WHERE kind = 'directory'")
    _consent_kinds("'photo', 'newsletter'")
    op.drop_table("event_room")
    op.drop_table("team_member")
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_visit_id"))
        batch_op.drop_index("ix_notification_unread")
        batch_op.drop_index(batch_op.f("ix_notification_person_id"))
    op.drop_table("notification")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_site_id"))
        batch_op.drop_index("ix_visit_person_arrived")
        batch_op.drop_index(batch_op.f("ix_visit_host_person_id"))
        batch_op.drop_index("ix_visit_arrived")
    op.drop_table("visit")
    op.drop_table("team")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_person_id"))
        batch_op.drop_index("ix_registration_event_status")
    op.drop_table("registration")
    op.drop_table("directory_profile")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_time")
        batch_op.drop_index(batch_op.f("ix_event_site_id"))
    op.drop_table("event")
