from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, SmallInteger, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped

RESOURCE_KINDS = ("desk", "hot_desk_zone", "meeting_room", "office", "event_hall", "phone_booth")
BOOKABLE_BY = ("members", "staff")


class Resource(Timestamped, Base):
    """Something bookable on a site. Hot-desk zones take ``capacity`` concurrent bookings;
    every other kind takes one booking at a time with up to ``capacity`` attendees."""

    __tablename__ = "resource"
    __table_args__ = (
        CheckConstraint("capacity >= 0", name="capacity"),
        CheckConstraint("hourly_price_cents >= 0 AND daily_price_cents >= 0"
                        " AND half_day_price_cents >= 0", name="prices"),
        CheckConstraint("buffer_minutes >= 0 AND min_minutes > 0 AND max_minutes >= min_minutes",
                        name="durations"),
        CheckConstraint("kind IN ('desk', 'hot_desk_zone', 'meeting_room', 'office',"
                        " 'event_hall', 'phone_booth')", name="kind"),
        CheckConstraint("bookable_by IN ('members', 'staff')", name="bookable_by"),
        CheckConstraint("length(name) <= 200", name="name_len"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    equipment: Mapped[str] = mapped_column(Text, default="")
    hourly_price_cents: Mapped[int] = mapped_column(Integer, default=0)
    half_day_price_cents: Mapped[int] = mapped_column(Integer, default=0)
    daily_price_cents: Mapped[int] = mapped_column(Integer, default=0)
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=2000)  # basis points: 20 %
    bookable_by: Mapped[str] = mapped_column(String(16), default="members")
    buffer_minutes: Mapped[int] = mapped_column(Integer, default=0)
    min_minutes: Mapped[int] = mapped_column(Integer, default=30)
    max_minutes: Mapped[int] = mapped_column(Integer, default=600)
    max_advance_days: Mapped[int] = mapped_column(Integer, default=90)
    color: Mapped[str] = mapped_column(String(9), default="")
    status: Mapped[str] = mapped_column(String(16), default="active")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class OpeningHours(Base):
    """One opening interval of a site on a weekday (0 = Monday), in local wall time."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("closes > opens", name="order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)


class Closure(Base):
    """A custom closure of a site (or of one resource), whole local days inclusive.
    French public holidays are computed, not stored."""

    __tablename__ = "closure"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    resource_id: Mapped[int | None] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")
