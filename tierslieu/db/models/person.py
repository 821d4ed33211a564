from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime, utcnow

if TYPE_CHECKING:
    from tierslieu.db.models.organization import PersonOrganization

PUBLIC_CATEGORIES = ("employee", "independent", "entrepreneur", "student", "job_seeker",
                     "researcher", "retiree", "volunteer", "other")
STATUSES = ("active", "archived")
CONSENT_KINDS = ("photo", "newsletter", "directory")


class Person(Timestamped, Base):
    """Anyone the tiers-lieu knows: member, founder, mentor, visitor; roles are relations."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("length(first_name) <= 200 AND length(last_name) <= 200",
                        name="name_len"),
        CheckConstraint("length(notes) <= 10000", name="notes_len"),
        CheckConstraint("status IN ('active', 'archived')", name="status"),
        Index("ix_person_status_sort", "status", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(320))
    # case-folded e-mail: uniqueness is case-insensitive
    email_key: Mapped[str | None] = mapped_column(String(320), unique=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    public_category: Mapped[str | None] = mapped_column(String(32))
    joined_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    notes: Mapped[str] = mapped_column(Text, default="")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    # accent-free, case-free text of names, e-mail, organisations and tags (search)
    search_blob: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(420), default="")
    # kiosk identification: a badge code (or the e-mail) plus a PIN, stored hashed
    badge_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    pin_hash: Mapped[str] = mapped_column(String(200), default="")

    links: Mapped[list[PersonOrganization]] = relationship(
        back_populates="person", cascade="all, delete-orphan")
    tags: Mapped[list[Tag]] = relationship(secondary="person_tag", order_by="Tag.name")
    consents: Mapped[list[Consent]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Consent.id")


class Tag(Base):
    """A skill or interest; matched case- and accent-insensitively."""

    __tablename__ = "tag"
    __table_args__ = (CheckConstraint("length(name) <= 80", name="name_len"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(80), unique=True)


class PersonTag(Base):
    __tablename__ = "person_tag"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True)


class Consent(Base):
    """One consent decision; the newest row per kind is the current one, older rows the history."""

    __tablename__ = "consent"
    __table_args__ = (CheckConstraint("kind IN ('photo', 'newsletter', 'directory')",
                                      name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    granted: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    text_version: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person] = relationship(back_populates="consents")
