from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base


class Setting(Base):
    """A key/value setting of the tiers-lieu (name, SIRET, defaults), value stored as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
