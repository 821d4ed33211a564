from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime

BOOKING_STATUSES = ("confirmed", "cancelled", "no_show")


class BookingSeries(Timestamped, Base):
    """A recurring booking: an RRULE expanded in the site's local wall time."""

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resource.id", ondelete="RESTRICT"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    rrule: Mapped[str] = mapped_column(String(500))
    local_start: Mapped[str] = mapped_column(String(16))  # "2026-12-01T09:00", site zone
    duration_minutes: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")


class Booking(Timestamped, Base):
    """A resource held over [start, end) (UTC instants)."""

    __tablename__ = "booking"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="order"),
        CheckConstraint("attendees >= 1", name="attendees"),
        CheckConstraint("price_cents >= 0", name="price"),
        CheckConstraint("status IN ('confirmed', 'cancelled', 'no_show')", name="status"),
        Index("ix_booking_resource_time", "resource_id", "start_at", "end_at"),
        Index("ix_booking_person_time", "person_id", "start_at"),
        Index("ix_booking_time", "start_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resource.id", ondelete="RESTRICT"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("booking_series.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    start_at: Mapped[datetime] = mapped_column(UTCDateTime())
    end_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attendees: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default="confirmed")
    price_cents: Mapped[int] = mapped_column(Integer, default=0)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iCalendar SEQUENCE
    notes: Mapped[str] = mapped_column(Text, default="")
