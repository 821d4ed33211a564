"""Users and their roles, kiosk PIN state, the append-only audit log, retention flags.

The audit log is hash-chained (``hash = sha256(prev_hash + canonical row)``) and the
database itself refuses an UPDATE or a DELETE of it (triggers, migration 0009); the
only deletion is the 12-month purge, allowed while ``audit_state.purge_open`` is true
inside the purge's own transaction.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime, utcnow

USER_ROLES = ("admin", "front_desk", "incubation", "director", "kiosk")
_ROLE_CHECK = "role IN (" + ", ".join(f"'{r}'" for r in USER_ROLES) + ")"


class User(Timestamped, Base):
    """Someone who signs in to the application (staff, or a kiosk device account)."""

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint(_ROLE_CHECK, name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(80))
    # case-folded login: "Admin" and "admin" are the same account
    login_key: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # lockout: failures since the last success, and until when sign-in is refused
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class KioskPinState(Base):
    """Failed PIN attempts of one member; blocked after 3 until the staff unblocks."""

    __tablename__ = "kiosk_pin_state"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    """Who did what to which record: identifiers only, never copies of personal data."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    login: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    # JSON of identifiers and counts (canonical: sorted keys, no spaces)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditState(Base):
    """One row: the chain's head (taken FOR UPDATE by every writer on PostgreSQL), the
    hash the oldest kept row follows (after a purge), and the purge gate."""

    __tablename__ = "audit_state"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    anchor_hash: Mapped[str] = mapped_column(String(64))
    purge_open: Mapped[bool] = mapped_column(Boolean, default=False)


class RetentionFlag(Base):
    """A person flagged by the start-up retention rules (inactive for 3 years)."""

    __tablename__ = "retention_flag"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(32))
    flagged_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_activity: Mapped[date | None] = mapped_column(Date)
