"""Mentoring: mentor profiles, startups' needs, matching runs, assignments and sessions.

A mentor is a :class:`Person` with a profile row; a need belongs to an
:class:`Enrollment`. Short lists of codes (tags with a level, sectors, languages) are
JSON: they are read and written whole by one form and never queried alone.
Conflicts and exclusions are organisation ids, also JSON: an id that no longer matches
an enrollment simply never applies.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from tierslieu.db.models.base import Base, Timestamped, UTCDateTime, utcnow


class MentorProfile(Timestamped, Base):
    """What makes a person a mentor: expertise ``{tag: level 1-3}``, capacity..."""

    __tablename__ = "mentor_profile"
    __table_args__ = (
        CheckConstraint("capacity >= 0 AND hours_per_month >= 0", name="capacity"),
    )

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    expertise: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    stages: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    hours_per_month: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[list[int]] = mapped_column(JSON, default=list)
    exclusions: Mapped[list[int]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class MentoringNeed(Timestamped, Base):
    """A startup's needs for one enrollment: tags ``[[tag, priority 1-3], …]``."""

    __tablename__ = "mentoring_need"
    __table_args__ = (CheckConstraint("wanted >= 1", name="wanted"),)

    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), primary_key=True)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sector: Mapped[str] = mapped_column(String(64), default="")
    stage: Mapped[str] = mapped_column(String(32), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    wanted: Mapped[int] = mapped_column(Integer, default=1)


class MatchRun(Base):
    """One run of the engine: its exact input, weights, solver and result, kept forever."""

    __tablename__ = "match_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(
        ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    weights: Mapped[dict[str, Any]] = mapped_column(JSON)
    fair: Mapped[bool] = mapped_column(Boolean, default=False)
    solver: Mapped[str] = mapped_column(String(64))
    solver_version: Mapped[str] = mapped_column(String(32))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    total: Mapped[int] = mapped_column(Integer, default=0)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(200), default="")


class Assignment(Base):
    """A mentor following a startup's enrollment; ``active`` until it ends."""

    __tablename__ = "mentor_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("match_run.id", ondelete="SET NULL"))
    score: Mapped[int | None] = mapped_column(Integer)   # per mille, when from a run
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MentoringSession(Timestamped, Base):
    """One meeting of an assignment, rated 1-5 by each side (or not yet)."""

    __tablename__ = "mentoring_session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration"),
        CheckConstraint("(rating_mentor IS NULL OR rating_mentor BETWEEN 1 AND 5) AND"
                        " (rating_startup IS NULL OR rating_startup BETWEEN 1 AND 5)",
                        name="ratings"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("mentor_assignment.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    topics: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    rating_mentor: Mapped[int | None] = mapped_column(SmallInteger)
    rating_startup: Mapped[int | None] = mapped_column(SmallInteger)
