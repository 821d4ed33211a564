"""The front desk and the community: visits, in-app notifications, directory profiles.

A visit is one stay in the building: a member's check-in/check-out, or a visitor or guest
received by a host member. Visit rows are personal data kept only as long as the
retention setting says (``visits.retention_days``, 365 by default).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime, utcnow

VISIT_KINDS = ("member", "visitor", "guest")
NOTIFICATION_KINDS = ("visitor_arrived", "event_promoted", "event_underfilled")
DIRECTORY_FIELDS = ("headline", "organizations", "tags", "email", "phone")


class Visit(Base):
    """One stay: ``left_at`` is None while the person is in the building."""

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint("kind IN ('member', 'visitor', 'guest')", name="kind"),
        CheckConstraint("left_at IS NULL OR left_at >= arrived_at", name="order"),
        CheckConstraint("length(visitor_name) <= 200", name="name_len"),
        Index("ix_visit_arrived", "arrived_at"),
        Index("ix_visit_person_arrived", "person_id", "arrived_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    # the member who came in (kind "member"), None for visitors and guests
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    visitor_name: Mapped[str] = mapped_column(String(200), default="")
    visitor_email: Mapped[str] = mapped_column(String(320), default="")
    visitor_company: Mapped[str] = mapped_column(String(200), default="")
    host_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True)
    purpose: Mapped[str] = mapped_column(String(200), default="")
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # printed as a QR code on the badge; random, so a badge number cannot be guessed
    badge_token: Mapped[str] = mapped_column(String(32), default="")


class Notification(Base):
    """A message for a member shown in the app (the dashboard); ``params`` is JSON."""

    __tablename__ = "notification"
    __table_args__ = (
        CheckConstraint("kind IN ('visitor_arrived', 'event_promoted', 'event_underfilled')",
                        name="kind"),
        Index("ix_notification_unread", "read_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    kind: Mapped[str] = mapped_column(String(32))
    params: Mapped[str] = mapped_column(Text, default="{}")
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"),
                                                 index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DirectoryProfile(Timestamped, Base):
    """What a person or an organisation shows in the community directory.

    A person appears only while their newest ``directory`` consent is granted, and then
    only with the fields listed in ``fields`` (a comma list of :data:`DIRECTORY_FIELDS`);
    an organisation appears only while ``listed`` is true (its representative agreed).
    """

    __tablename__ = "directory_profile"
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (organization_id IS NULL)", name="owner"),
        CheckConstraint("length(headline) <= 200 AND length(sector) <= 100", name="len"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), unique=True)
    headline: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[str] = mapped_column(String(200), default="headline,organizations,tags")
    listed: Mapped[bool] = mapped_column(Boolean, default=False)
