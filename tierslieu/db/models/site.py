from __future__ import annotations

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped


class Site(Timestamped, Base):
    """A place of the network; its zone rules opening hours and display."""

    __tablename__ = "site"
    __table_args__ = (CheckConstraint("length(name) <= 200", name="name_len"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(String(500), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    # "57", "67", "68": Alsace-Moselle public holidays (Good Friday, 26 December)
    holiday_subdiv: Mapped[str] = mapped_column(String(8), default="")
