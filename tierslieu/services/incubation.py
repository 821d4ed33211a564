"""Incubation, in one import: programmes and cohorts, the application pipeline, selection,
milestones, KPIs, mentoring budget and alumni follow-ups.

The GUI, the CLI and the demo call these functions (they live in :mod:`programs`,
:mod:`enrollments`, :mod:`selection`, :mod:`kpis` and :mod:`startups`); each runs in one
transaction and returns the frozen DTOs of :mod:`incubation_dto`.
"""

from __future__ import annotations

from tierslieu.services.enrollments import (
    add_milestone,
    allowed_statuses,
    apply_to_cohort,
    check_transition,
    detail,
    find_enrollment,
    is_late,
    mentoring_budget,
    reach_milestone,
    record_follow_up,
    set_mentoring_budget,
    transition,
)
from tierslieu.services.incubation_dto import (
    CRITERIA,
    NEXT_STATUSES,
    REASON_REQUIRED,
    SEATED,
    Alert,
    ApplicationRanking,
    CohortInput,
    CohortKpis,
    CohortRow,
    EnrollmentDetail,
    EnrollmentRow,
    EventRow,
    FollowUpRow,
    Founder,
    KpiInput,
    KpiRow,
    LatestKpis,
    MentoringBudget,
    MilestoneRow,
    MilestoneSpec,
    ProgramInput,
    ProgramRow,
    ScoreInput,
    ScoreRow,
    StartupDetail,
    StartupRow,
    SurvivalFigure,
    local_today,
)
from tierslieu.services.kpis import (
    cohort_kpis,
    delete_kpis,
    kpi_history,
    parse_euros,
    parse_fte,
    parse_period,
    record_kpis,
)
from tierslieu.services.programs import (
    cohort_id_by_name,
    create_cohort,
    create_program,
    find_program,
    get_program,
    list_programs,
    startup_id_by_name,
    update_cohort,
    update_program,
)
from tierslieu.services.selection import ranking, score_application
from tierslieu.services.startups import (
    alerts,
    get_cohort,
    list_cohorts,
    list_enrollments,
    list_startups,
    startup_detail,
)

__all__ = [
    "CRITERIA", "NEXT_STATUSES", "REASON_REQUIRED", "SEATED", "Alert", "ApplicationRanking",
    "CohortInput", "CohortKpis", "CohortRow", "EnrollmentDetail", "EnrollmentRow", "EventRow",
    "FollowUpRow", "Founder", "KpiInput", "KpiRow", "LatestKpis", "MentoringBudget",
    "MilestoneRow", "MilestoneSpec", "ProgramInput", "ProgramRow", "ScoreInput", "ScoreRow",
    "StartupDetail", "StartupRow", "SurvivalFigure", "add_milestone", "alerts",
    "allowed_statuses", "apply_to_cohort", "check_transition", "cohort_id_by_name",
    "cohort_kpis", "create_cohort", "create_program", "delete_kpis", "detail",
    "find_enrollment", "find_program", "get_cohort", "get_program", "is_late", "kpi_history",
    "list_cohorts", "list_enrollments", "list_programs", "list_startups", "local_today",
    "mentoring_budget", "parse_euros", "parse_fte", "parse_period", "ranking", "reach_milestone",
    "record_follow_up", "record_kpis", "score_application", "set_mentoring_budget",
    "startup_detail", "startup_id_by_name", "transition", "update_cohort", "update_program",
]
