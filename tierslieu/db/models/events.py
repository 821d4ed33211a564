"""Events (hackathons, bootcamps, workshops...), their rooms, registrations and teams.

An event's rooms are ordinary bookings (``event_room`` links them), so the planning
shows them and the booking rules refuse a collision exactly as for any other booking.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime, utcnow

EVENT_KINDS = ("hackathon", "bootcamp", "workshop", "meetup", "training", "open_day")
EVENT_STATUSES = ("planned", "cancelled")
REGISTRATION_STATUSES = ("registered", "waitlisted", "cancelled")


class Event(Timestamped, Base):
    """Something that happens at a site over [start_at, end_at) (UTC instants)."""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="order"),
        CheckConstraint("capacity >= 1", name="capacity"),
        CheckConstraint("price_cents >= 0", name="price"),
        CheckConstraint("min_registrations >= 0 AND alert_days >= 0", name="alert"),
        CheckConstraint("kind IN ('hackathon', 'bootcamp', 'workshop', 'meetup', 'training',"
                        " 'open_day')", name="kind"),
        CheckConstraint("status IN ('planned', 'cancelled')", name="status"),
        CheckConstraint("length(title) <= 200", name="title_len"),
        Index("ix_event_time", "start_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    start_at: Mapped[datetime] = mapped_column(UTCDateTime())
    end_at: Mapped[datetime] = mapped_column(UTCDateTime())
    capacity: Mapped[int] = mapped_column(Integer, default=20)
    price_cents: Mapped[int] = mapped_column(Integer, default=0)  # 0: free; VAT included
    # registrations are taken from opens_at (None: at once) until closes_at (None: the start)
    registration_opens_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    registration_closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # alert when fewer than min_registrations are registered alert_days before the start
    min_registrations: Mapped[int] = mapped_column(Integer, default=0)
    alert_days: Mapped[int] = mapped_column(Integer, default=7)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # hackathon teams: editable until published
    teams_published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class EventRoom(Base):
    """One room of an event: a normal booking, held for the event."""

    __tablename__ = "event_room"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        ForeignKey("booking.id", ondelete="CASCADE"), primary_key=True, unique=True)


class Registration(Base):
    """Someone registered to an event: a member (``person_id``) or an outside person
    (name and e-mail). ``attendee_key`` ("p:12" or "e:ana@example.org") makes a second
    registration of the same person to the same event impossible."""

    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("event_id", "attendee_key", name="uq_registration_attendee"),
        CheckConstraint("status IN ('registered', 'waitlisted', 'cancelled')", name="status"),
        CheckConstraint("price_cents >= 0", name="price"),
        CheckConstraint("length(name) <= 200", name="name_len"),
        Index("ix_registration_event_status", "event_id", "status", "registered_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    attendee_key: Mapped[str] = mapped_column(String(330))
    status: Mapped[str] = mapped_column(String(16), default="registered")
    # the waitlist is served in order of registration (then id)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    promoted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    price_cents: Mapped[int] = mapped_column(Integer, default=0)


class Team(Base):
    """A hackathon team of an event (number 1, 2...)."""

    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("event_id", "number", name="uq_team_event_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200), default="")
    # the settings the teams were formed with, for the record
    allow_same_org: Mapped[bool] = mapped_column(Boolean, default=False)


class TeamMember(Base):
    __tablename__ = "team_member"

    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), primary_key=True, unique=True)
