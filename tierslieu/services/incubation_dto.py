"""Plain data of the incubation services (programmes to alumni): no ORM objects.

Money is integer cents; jobs created are integer hundredths of a full-time equivalent
(``150`` = 1.5 FTE); scores are 0-5 with two decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from tierslieu.db.models.incubation import FUND_KINDS

# today in the default site zone, for callers that give no date (timeutil's own)
from tierslieu.timeutil import local_today as local_today

# the pipeline: where an enrollment may go from each status
NEXT_STATUSES: dict[str, tuple[str, ...]] = {
    "applied": ("shortlisted", "rejected"),
    "shortlisted": ("selected", "rejected"),
    "selected": ("incubated", "dropped", "rejected"),
    "incubated": ("graduated", "dropped"),
    "graduated": (),
    "dropped": (),
    "rejected": (),
}
REASON_REQUIRED = ("dropped", "rejected")
# statuses that hold one of the cohort's places
SEATED = ("selected", "incubated", "graduated")
CRITERIA = ("team", "market", "product", "fit")


# -- programmes and cohorts ---------------------------------------------------------------

@dataclass(frozen=True)
class MilestoneSpec:
    """One step of a programme's template; no offset means no due date."""

    name: str
    offset_months: int | None = None


@dataclass(frozen=True)
class ProgramInput:
    name: str
    kind: str = "incubation"        # pre_incubation | incubation | acceleration | nursery
    description: str = ""
    weights: tuple[int, int, int, int] = (1, 1, 1, 1)   # team, market, product, fit
    mentoring_minutes: int = 0      # default budget of each new enrollment
    milestones: tuple[MilestoneSpec, ...] = ()


@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    kind: str
    description: str
    weights: tuple[int, int, int, int]
    mentoring_minutes: int
    milestones: tuple[MilestoneSpec, ...]
    cohorts: int = 0


@dataclass(frozen=True)
class CohortInput:
    program_id: int
    name: str
    start_on: date | str
    end_on: date | str
    capacity: int | str


@dataclass(frozen=True)
class SurvivalFigure:
    """Survivors among the graduated startups whose fate at ``horizon_months`` is known."""

    horizon_months: int
    survivors: int
    known: int

    @property
    def rate_percent(self) -> int | None:
        if not self.known:
            return None
        return (200 * self.survivors + self.known) // (2 * self.known)  # half up


@dataclass(frozen=True)
class CohortKpis:
    """KPI totals of a cohort's supported startups (those that reached incubation).

    Stocks (headcount, jobs, women founders) add up each startup's latest reported value
    up to the end of ``year``; flows (revenue, funds) add up the records of ``year`` and,
    for ``*_total_*``, of every period.
    """

    year: int
    startups: int
    reporting: int
    headcount: int
    jobs_created_fte100: int
    women_founders: int
    revenue_year_cents: int
    revenue_total_cents: int
    raised_year_cents: dict[str, int]
    raised_total_cents: dict[str, int]


@dataclass(frozen=True)
class CohortRow:
    """A cohort with the figures its board and the programme tree show."""

    id: int
    program_id: int
    program_name: str
    program_kind: str
    name: str
    start_on: date
    end_on: date
    capacity: int
    seats_taken: int
    counts: dict[str, int]               # enrollments per status (every status present)
    milestones_total: int = 0
    milestones_reached: int = 0
    milestones_late: int = 0
    kpis: CohortKpis | None = None
    survival: tuple[SurvivalFigure, ...] = ()
    finished: bool = False               # its end date has passed


# -- enrollments --------------------------------------------------------------------------

@dataclass(frozen=True)
class EventRow:
    """One status change; ``from_status`` is None for the application itself."""

    id: int
    from_status: str | None
    to_status: str
    at: datetime
    reason: str
    actor: str


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    enrollment_id: int
    position: int
    name: str
    due_on: date | None
    reached_on: date | None
    evidence: str
    validated_by_id: int | None
    validated_by: str                    # the person's name, or the free text given
    late: bool                           # not reached and due before ``today``


@dataclass(frozen=True)
class MentoringBudget:
    enrollment_id: int
    budget_minutes: int
    used_minutes: int

    @property
    def remaining_minutes(self) -> int:
        return self.budget_minutes - self.used_minutes


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    enrollment_id: int
    horizon_months: int
    status: str                          # alive | closed | acquired
    on_date: date
    notes: str


@dataclass(frozen=True)
class EnrollmentRow:
    """One card of a cohort board."""

    id: int
    cohort_id: int
    cohort_name: str
    program_id: int
    program_name: str
    organization_id: int
    startup_name: str
    status: str
    applied_on: date
    incubation_start: date | None
    graduated_on: date | None
    ended_on: date | None
    next_statuses: tuple[str, ...]
    founders: tuple[str, ...]
    milestones_total: int
    milestones_reached: int
    milestones_late: int
    mentoring: MentoringBudget
    average_score: float | None = None
    reviewers: int = 0


@dataclass(frozen=True)
class ScoreInput:
    team: int | str
    market: int | str
    product: int | str
    fit: int | str
    comment: str = ""


@dataclass(frozen=True)
class ScoreRow:
    id: int
    enrollment_id: int
    reviewer_id: int
    reviewer_name: str
    team: int
    market: int
    product: int
    fit: int
    comment: str
    weighted: float                      # this reviewer's total, weighted, on 0-5


@dataclass(frozen=True)
class ApplicationRanking:
    """A cohort's application in the review grid; unscored ones come last (rank None)."""

    enrollment_id: int
    organization_id: int
    startup_name: str
    status: str
    rank: int | None
    reviewers: int
    average: float | None                # mean of the reviewers' weighted totals
    stdev: float | None                  # disagreement: population std. dev. of the totals
    spread: float | None                 # disagreement: highest minus lowest total
    criteria: dict[str, float | None]    # mean grade per criterion


@dataclass(frozen=True)
class EnrollmentDetail(EnrollmentRow):
    notes: str = ""
    history: tuple[EventRow, ...] = ()
    milestones: tuple[MilestoneRow, ...] = ()
    scores: tuple[ScoreRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = ()


# -- KPIs ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class KpiInput:
    """Figures for one period; None leaves a figure as it was (or unreported).

    ``revenue`` and raised amounts are in euros ("1 234,50", "1234.50", Decimal, int
    euros); ``jobs_created`` in FTE ("1,5"). ``raised`` gives (kind, amount) pairs, the
    kind among :data:`FUND_KINDS` (or its French/English label).
    """

    period: str
    headcount: int | str | None = None
    jobs_created: Decimal | int | str | None = None
    revenue: Decimal | int | str | None = None
    raised: tuple[tuple[str, Decimal | int | str], ...] = ()
    women_founders: int | str | None = None


@dataclass(frozen=True)
class KpiRow:
    id: int
    organization_id: int
    period: str                          # "2026-10" or "2026-Q4"
    start_on: date
    end_on: date
    headcount: int | None
    jobs_created_fte100: int | None
    women_founders: int | None
    revenue_cents: int | None
    raised_cents: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FUND_KINDS, 0))


@dataclass(frozen=True)
class LatestKpis:
    """Each figure's latest reported value (stocks) and totals since the first record."""

    period: str | None                   # the newest record's period
    headcount: int | None
    jobs_created_fte100: int | None
    women_founders: int | None
    revenue_cents: int | None            # of the newest record that reports revenue
    revenue_total_cents: int
    raised_total_cents: dict[str, int]


# -- startups -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Founder:
    person_id: int
    name: str
    email: str


@dataclass(frozen=True)
class StartupRow:
    """A startup in a list: its enrollment in the asked cohort, else its latest one."""

    organization_id: int
    name: str
    city: str
    founders: tuple[str, ...]
    enrollment: EnrollmentRow | None
    latest: LatestKpis


@dataclass(frozen=True)
class StartupDetail:
    organization_id: int
    name: str
    city: str
    website: str
    status: str                          # the organisation's: active | archived
    founders: tuple[Founder, ...]
    enrollments: tuple[EnrollmentDetail, ...]   # oldest cohort first
    kpis: tuple[KpiRow, ...]                    # oldest period first
    latest: LatestKpis


@dataclass(frozen=True)
class Alert:
    """Something staff should act on: ``milestone_late``, ``kpi_due`` or ``follow_up_due``."""

    kind: str
    organization_id: int
    startup_name: str
    enrollment_id: int
    cohort_name: str
    detail: str                          # the milestone, the period or the horizon
    due_on: date | None
