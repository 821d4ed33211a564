from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime

if TYPE_CHECKING:
    from tierslieu.db.models.person import Person

ORG_KINDS = ("startup", "association", "company", "institution", "research_lab", "school",
             "public_service")
LINK_ROLES = ("founder", "employee", "member", "manager", "intern", "contact")


class Organization(Timestamped, Base):
    __tablename__ = "organization"
    __table_args__ = (
        CheckConstraint("length(name) <= 200", name="name_len"),
        CheckConstraint(
            "kind IN ('startup', 'association', 'company', 'institution', 'research_lab',"
            " 'school', 'public_service')", name="kind"),
        CheckConstraint("status IN ('active', 'archived')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # compacted, accent-free name: two organisations cannot differ only by case or accents
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    siret: Mapped[str] = mapped_column(String(14), default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="active")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    links: Mapped[list[PersonOrganization]] = relationship(
        back_populates="organization", cascade="all, delete-orphan")


class PersonOrganization(Base):
    """A person's role in an organisation (founder of a startup, employee of a lab...)."""

    __tablename__ = "person_organization"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(32), default="member")
    since: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="links")
    organization: Mapped[Organization] = relationship(back_populates="links")
