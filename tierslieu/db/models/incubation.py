"""Incubation: programmes, cohorts, enrollments of startups and what is tracked about them.

Startups are :class:`Organization` rows of kind ``startup`` and their founders are
:class:`Person` rows linked with the role ``founder``: nothing here copies them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime, utcnow

PROGRAM_KINDS = ("pre_incubation", "incubation", "acceleration", "nursery")
ENROLLMENT_STATUSES = ("applied", "shortlisted", "selected", "incubated", "graduated",
                       "dropped", "rejected")
FUND_KINDS = ("honour_loan", "grant", "equity", "bank_loan")
FOLLOW_UP_HORIZONS = (6, 12, 36)
FOLLOW_UP_STATUSES = ("alive", "closed", "acquired")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Program(Timestamped, Base):
    """A support programme; its weights grade applications, its template makes milestones."""

    __tablename__ = "program"
    __table_args__ = (
        CheckConstraint(_in("kind", PROGRAM_KINDS), name="kind"),
        CheckConstraint("weight_team >= 0 AND weight_market >= 0 AND weight_product >= 0"
                        " AND weight_fit >= 0", name="weights"),
        CheckConstraint("mentoring_minutes >= 0", name="mentoring"),
        CheckConstraint("length(name) <= 200", name="name_len"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    weight_team: Mapped[int] = mapped_column(Integer, default=1)
    weight_market: Mapped[int] = mapped_column(Integer, default=1)
    weight_product: Mapped[int] = mapped_column(Integer, default=1)
    weight_fit: Mapped[int] = mapped_column(Integer, default=1)
    # default mentoring budget given to each enrollment of the programme
    mentoring_minutes: Mapped[int] = mapped_column(Integer, default=0)


class MilestoneTemplate(Base):
    """One step of a programme's template; ``offset_months`` from the incubation start."""

    __tablename__ = "milestone_template"
    __table_args__ = (
        UniqueConstraint("program_id", "position", name="uq_milestone_template_position"),
        CheckConstraint("offset_months IS NULL OR offset_months >= 0", name="offset"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    offset_months: Mapped[int | None] = mapped_column(Integer)


class Cohort(Timestamped, Base):
    __tablename__ = "cohort"
    __table_args__ = (
        CheckConstraint("capacity >= 1", name="capacity"),
        CheckConstraint("end_on >= start_on", name="order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    capacity: Mapped[int] = mapped_column(Integer)


class Enrollment(Timestamped, Base):
    """A startup's application to a cohort and everything after it (one per pair)."""

    __tablename__ = "enrollment"
    __table_args__ = (
        UniqueConstraint("organization_id", "cohort_id", name="uq_enrollment_startup_cohort"),
        CheckConstraint(_in("status", ENROLLMENT_STATUSES), name="status"),
        CheckConstraint("mentoring_budget_minutes >= 0", name="mentoring"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(
        ForeignKey("cohort.id", ondelete="RESTRICT"), index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="applied")
    applied_on: Mapped[date] = mapped_column(Date)
    incubation_start: Mapped[date | None] = mapped_column(Date)
    graduated_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)  # dropped or rejected
    mentoring_budget_minutes: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class EnrollmentEvent(Base):
    """One status change of an enrollment, kept forever (the first has no ``from_status``)."""

    __tablename__ = "enrollment_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")


class ApplicationScore(Base):
    """One reviewer's grades (0-5) of one application."""

    __tablename__ = "application_score"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "reviewer_id", name="uq_application_score_reviewer"),
        CheckConstraint("team BETWEEN 0 AND 5 AND market BETWEEN 0 AND 5"
                        " AND product BETWEEN 0 AND 5 AND fit BETWEEN 0 AND 5", name="range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    team: Mapped[int] = mapped_column(SmallInteger)
    market: Mapped[int] = mapped_column(SmallInteger)
    product: Mapped[int] = mapped_column(SmallInteger)
    fit: Mapped[int] = mapped_column(SmallInteger)
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Milestone(Base):
    """A milestone of one enrollment, copied from the template when incubation starts."""

    __tablename__ = "milestone"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "position", name="uq_milestone_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"))
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone_template.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    reached_on: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")
    validated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"))
    validated_by_text: Mapped[str] = mapped_column(String(200), default="")


class KpiRecord(Timestamped, Base):
    """A startup's figures for a month ("2026-10") or a quarter ("2026-Q4").

    Stocks at the end of the period: ``headcount``, ``jobs_created_fte100`` (FTE created
    since the startup entered support, in hundredths: 150 = 1.5 FTE), ``women_founders``.
    Flows during the period: ``revenue_cents`` and the ``raised_*_cents`` by kind of funds.
    NULL means "not reported"; money is integer cents.
    """

    __tablename__ = "kpi_record"
    __table_args__ = (
        UniqueConstraint("organization_id", "period", name="uq_kpi_record_period"),
        CheckConstraint("end_on >= start_on", name="order"),
        CheckConstraint(
            "(headcount IS NULL OR headcount >= 0) AND (jobs_created_fte100 IS NULL OR"
            " jobs_created_fte100 >= 0) AND (women_founders IS NULL OR women_founders >= 0)"
            " AND (revenue_cents IS NULL OR revenue_cents >= 0) AND raised_honour_loan_cents"
            " >= 0 AND raised_grant_cents >= 0 AND raised_equity_cents >= 0"
            " AND raised_bank_loan_cents >= 0", name="non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(7))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    headcount: Mapped[int | None] = mapped_column(Integer)
    jobs_created_fte100: Mapped[int | None] = mapped_column(Integer)
    women_founders: Mapped[int | None] = mapped_column(Integer)
    revenue_cents: Mapped[int | None] = mapped_column(BigInteger)
    raised_honour_loan_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    raised_grant_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    raised_equity_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    raised_bank_loan_cents: Mapped[int] = mapped_column(BigInteger, default=0)


class AlumniFollowUp(Base):
    """News of a graduated startup at +6, +12 or +36 months: alive, closed or acquired."""

    __tablename__ = "alumni_follow_up"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "horizon_months", name="uq_alumni_follow_up_horizon"),
        CheckConstraint("horizon_months IN (6, 12, 36)", name="horizon"),
        CheckConstraint(_in("status", FOLLOW_UP_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"))
    horizon_months: Mapped[int] = mapped_column(SmallInteger)
    status: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[date] = mapped_column(Date)  # when it was checked, or closed / acquired
    notes: Mapped[str] = mapped_column(Text, default="")
