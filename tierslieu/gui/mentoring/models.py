"""Table models of the Mentoring page, and the display formats they share.

Scores are per mille in the services (0-1000, integers so totals compare exactly); they
are shown out of 100 with one decimal ("59,2"). The mentoring service imports numpy and
scipy, so nothing here imports it: its DTOs are only named for the type checker.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tierslieu.gui.fmt import fmt_date, fmt_datetime
from tierslieu.gui.incubation.models import fmt_hours
from tierslieu.gui.models.base import CENTER, RIGHT, Column, RowTableModel
from tierslieu.i18n import current_language
from tierslieu.text import fold

if TYPE_CHECKING:
    # MentorRow and NeedRow are named as strings in the models' bases below
    from tierslieu.services.mentoring import (  # noqa: F401
        AssignmentRow,
        MentorRow,
        NeedRow,
        RunRow,
        SessionRow,
    )

FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FONT = Qt.ItemDataRole.FontRole
BAR_ROLE = Qt.ItemDataRole.UserRole + 20      # (fraction 0-1+, QColor) painted by BarDelegate

MUTED_BRUSH = QBrush(QColor("#90a4ae"))
ALERT_BRUSH = QBrush(QColor("#b3261e"))
UNMATCHED_BRUSH = QBrush(QColor("#fdecea"))
GOOD = QColor("#2e7d32")
FAIR = QColor("#1f6f78")
WEAK = QColor("#ef8a17")
OVER = QColor("#b3261e")

# called by this name with literal arguments: lupdate extracts translate("Context", "text")
translate = QCoreApplication.translate


# -- formats ------------------------------------------------------------------------------

def fmt_points(per_mille: int | None) -> str:
    """A per mille score out of 100 with one decimal: 592 -> ``59,2`` (``59.2`` in English)."""
    if per_mille is None:
        return ""
    sign = "-" if per_mille < 0 else ""
    whole, tenth = divmod(abs(per_mille), 10)
    sep = "." if current_language() == "en" else ","
    return f"{sign}{whole}{sep}{tenth}"


def fmt_rating(value: float | int | None) -> str:
    if value is None:
        return ""
    text = f"{value:.1f}"
    return text if current_language() == "en" else text.replace(".", ",")


def fmt_graded(rows: tuple[tuple[str, int], ...]) -> str:
    """``financement (3), tech (2)``: tags with their level or priority, highest first (a
    narrow column then still shows what matters most)."""
    ordered = sorted(rows, key=lambda r: (-r[1], fold(r[0])))
    return ", ".join(f"{tag} ({grade})" for tag, grade in ordered)


def fmt_languages(codes: tuple[str, ...]) -> str:
    return ", ".join(c.upper() for c in codes)


def score_colour(per_mille: int) -> QColor:
    return GOOD if per_mille >= 700 else FAIR if per_mille >= 400 else WEAK


def criterion_label(key: str) -> str:
    labels = {"needs": translate("MentoringCriteria", "Needs"),
              "sector": translate("MentoringCriteria", "Sector"),
              "stage": translate("MentoringCriteria", "Stage"),
              "language": translate("MentoringCriteria", "Language"),
              "load": translate("MentoringCriteria", "Availability"),
              "rating": translate("MentoringCriteria", "Ratings"),
              "novelty": translate("MentoringCriteria", "Novelty")}
    return labels.get(key, key)


def criterion_tip(key: str) -> str:
    tips = {"needs": translate("MentoringCriteria", "How well the mentor's expertise levels "
                                                   "cover the startup's needs, by priority"),
            "sector": translate("MentoringCriteria", "The mentor knows the startup's sector"),
            "stage": translate("MentoringCriteria", "The mentor follows startups at this "
                                                    "stage"),
            "language": translate("MentoringCriteria", "Full points for the startup's first "
                                                       "language, half for another shared one"),
            "load": translate("MentoringCriteria", "Mentors who follow fewer startups in "
                                                   "other cohorts score higher"),
            "rating": translate("MentoringCriteria", "Mean rating given by the startups the "
                                                     "mentor followed (neutral without any)"),
            "novelty": translate("MentoringCriteria", "The mentor has not followed this "
                                                      "startup before")}
    return tips.get(key, "")


def reason_label(key: str | None) -> str:
    """Why a startup keeps empty places after a run."""
    reasons = {"no_language": translate("MentoringReasons", "no mentor speaks its language"),
               "conflict": translate("MentoringReasons", "conflicts of interest or exclusions "
                                                         "rule out every mentor"),
               "full": translate("MentoringReasons", "the suitable mentors are full")}
    return reasons.get(key or "", key or "")


def pair_reason_label(key: str | None) -> str:
    """Why one mentor cannot be forced on one startup ("why not?")."""
    reasons = {"no_language": translate("MentoringReasons", "they share no language"),
               "conflict": translate("MentoringReasons", "a conflict of interest"),
               "excluded": translate("MentoringReasons", "the pair was excluded from this run"),
               "match_pin_full": translate("MentoringReasons", "the mentor's places or the "
                                                               "startup's are taken by pinned "
                                                               "pairs"),
               "match_pin_forbidden": translate("MentoringReasons", "the pair is not allowed"),
               "match_pin_unknown": translate("MentoringReasons", "the mentor or the startup "
                                                                  "is not part of the run")}
    return reasons.get(key or "", key or "")


def _yes(flag: bool) -> str:
    return translate("MentoringModels", "Yes") if flag else translate("MentoringModels", "No")


# -- rows the page builds from the services' DTOs ----------------------------------------

@dataclass(frozen=True)
class PairLine:
    """A pair of the run shown, with names and what the next run will do with it."""

    startup_id: int
    startup: str
    mentor_id: int
    mentor: str
    score: int
    breakdown: tuple[tuple[str, int, int], ...]
    pinned: bool                  # pinned in this run
    next_run: str = ""            # "pin", "exclude" or ""

    @property
    def key(self) -> tuple[int, int]:
        return self.startup_id, self.mentor_id


@dataclass(frozen=True)
class StartupOutcome:
    """One startup of the run: mentors obtained, its best possible score, its regret."""

    startup_id: int
    startup: str
    assigned: int
    wanted: int
    best: int
    obtained: int
    reason: str | None            # why slots stay empty (None when all filled)

    @property
    def regret(self) -> int:
        return self.best - self.obtained


@dataclass(frozen=True)
class PendingPair:
    kind: str                     # "pin" or "exclude"
    startup_id: int
    startup: str
    mentor_id: int
    mentor: str


@dataclass(frozen=True)
class BudgetLine:
    enrollment_id: int
    startup: str
    sessions: int
    used_minutes: int
    budget_minutes: int

    @property
    def remaining_minutes(self) -> int:
        return self.budget_minutes - self.used_minutes


@dataclass(frozen=True)
class MentorActivity:
    mentor_id: int
    mentor: str
    startups: int
    sessions: int
    minutes: int
    rating: float | None          # mean of the startups' ratings of the sessions


def pair_lines(run: RunRow, pins: set[tuple[int, int]], excluded: set[tuple[int, int]]
               ) -> list[PairLine]:
    return [PairLine(p.startup_id, run.startup_names.get(p.startup_id, str(p.startup_id)),
                     p.mentor_id, run.mentor_names.get(p.mentor_id, str(p.mentor_id)),
                     p.score, p.breakdown, p.pinned,
                     "pin" if (p.startup_id, p.mentor_id) in pins
                     else "exclude" if (p.startup_id, p.mentor_id) in excluded else "")
            for p in run.result.pairs]


def startup_outcomes(run: RunRow) -> list[StartupOutcome]:
    result = run.result
    assigned: dict[int, int] = defaultdict(int)
    for p in result.pairs:
        assigned[p.startup_id] += 1
    missing = {u.startup_id: u for u in result.unmatched}
    out = []
    for r in result.regrets:
        u = missing.get(r.startup_id)
        out.append(StartupOutcome(r.startup_id, run.startup_names.get(r.startup_id, ""),
                                  assigned[r.startup_id],
                                  assigned[r.startup_id] + (u.missing if u else 0),
                                  r.best, r.assigned, u.reason if u else None))
    return out


def mentor_activity(sessions: list[SessionRow], assignments: list[AssignmentRow]
                    ) -> list[MentorActivity]:
    """Per mentor of the cohort: startups followed now, sessions, time, mean rating."""
    mentor_of = {a.id: a.mentor_id for a in assignments}
    names = {a.mentor_id: a.mentor_name for a in assignments}
    startups: dict[int, set[int]] = defaultdict(set)
    for a in assignments:
        if a.active:
            startups[a.mentor_id].add(a.enrollment_id)
    count: dict[int, int] = defaultdict(int)
    minutes: dict[int, int] = defaultdict(int)
    ratings: dict[int, list[int]] = defaultdict(list)
    for s in sessions:
        mid = mentor_of.get(s.assignment_id)
        if mid is None:
            continue
        count[mid] += 1
        minutes[mid] += s.duration_minutes
        if s.rating_startup is not None:
            ratings[mid].append(s.rating_startup)
    ids = sorted(set(names), key=lambda m: names[m])
    return [MentorActivity(m, names[m], len(startups[m]), count[m], minutes[m],
                           round(sum(ratings[m]) / len(ratings[m]), 2) if ratings[m] else None)
            for m in ids if startups[m] or count[m]]


# -- models -------------------------------------------------------------------------------

class MentorsModel(RowTableModel["MentorRow"]):
    """Mentor profiles; inactive ones greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("name", translate("MentorsModel", "Mentor"), lambda m: m.name,
                   tooltip=lambda m: m.email or None),
            Column("expertise", translate("MentorsModel", "Expertise (level 1-3)"),
                   lambda m: fmt_graded(m.expertise),
                   tooltip=lambda m: fmt_graded(m.expertise) or None),
            Column("sectors", translate("MentorsModel", "Sectors"), lambda m: ", ".join(m.sectors),
                   tooltip=lambda m: ", ".join(m.sectors) or None),
            Column("stages", translate("MentorsModel", "Stages"), lambda m: ", ".join(m.stages)),
            Column("languages", translate("MentorsModel", "Languages"),
                   lambda m: fmt_languages(m.languages)),
            Column("load", translate("MentorsModel", "Load"), lambda m: f"{m.load} / {m.capacity}",
                   sort_key=lambda m: (m.load - m.capacity, m.capacity), align=CENTER,
                   header_tip=translate("MentorsModel", "Startups followed now / how many the mentor "
                                                 "can follow at once (capacity)")),
            Column("hours", translate("MentorsModel", "h/month"), lambda m: f"{m.hours_per_month} h",
                   sort_key=lambda m: m.hours_per_month, align=RIGHT,
                   header_tip=translate("MentorsModel", "Hours the mentor offers each month")),
            Column("rating", translate("MentorsModel", "Rating"), lambda m: fmt_rating(m.rating),
                   sort_key=lambda m: m.rating, align=RIGHT,
                   header_tip=translate("MentorsModel", "Mean rating given by the startups (1-5)")),
            Column("active", translate("MentorsModel", "Active"), lambda m: _yes(m.active),
                   align=CENTER),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND:
            return None if self.row_at(index).active else MUTED_BRUSH
        return super().data(index, role)


class NeedsModel(RowTableModel["NeedRow"]):
    """The matched startups of a cohort and what they need."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("startup", translate("NeedsModel", "Startup"), lambda n: n.startup_name),
            Column("tags", translate("NeedsModel", "Needs (priority 1-3)"),
                   lambda n: fmt_graded(n.tags), tooltip=lambda n: fmt_graded(n.tags) or None),
            Column("sector", translate("NeedsModel", "Sector"), lambda n: n.sector),
            Column("stage", translate("NeedsModel", "Stage"), lambda n: n.stage),
            Column("languages", translate("NeedsModel", "Languages"),
                   lambda n: fmt_languages(n.languages),
                   header_tip=translate("NeedsModel", "The first one is preferred")),
            Column("wanted", translate("NeedsModel", "Mentors wanted"), lambda n: n.wanted,
                   sort_key=lambda n: n.wanted, align=RIGHT),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND and index.column() == 1 and not self.row_at(index).tags:
            return MUTED_BRUSH
        return super().data(index, role)


class PairsModel(RowTableModel[PairLine]):
    """The pairs of a run; the score column is painted as a bar (BAR_ROLE)."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._marks = {"pin": translate("PairsModel", "Pin next run"),
                       "exclude": translate("PairsModel", "Exclude next run")}
        super().__init__([
            Column("startup", translate("PairsModel", "Startup"), lambda p: p.startup),
            Column("mentor", translate("PairsModel", "Mentor"), lambda p: p.mentor),
            Column("score", translate("PairsModel", "Score"), lambda p: fmt_points(p.score),
                   sort_key=lambda p: p.score, align=RIGHT,
                   header_tip=translate("PairsModel", "Out of 100: the weighted criteria")),
            Column("pinned", translate("PairsModel", "Pinned"), self._pin_text,
                   tooltip=self._pin_tip),
        ], parent)
        self._score_col = self.column_index("score")
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def _pin_text(self, p: PairLine) -> str:
        if p.next_run:
            return self._marks[p.next_run]
        return translate("PairsModel", "Pinned") if p.pinned else ""

    def _pin_tip(self, p: PairLine) -> str | None:
        if p.pinned:
            return translate("PairsModel", "This pair was imposed on this run")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == BAR_ROLE:
            if index.column() != self._score_col:
                return None
            p = self.row_at(index)
            return p.score / 1000, score_colour(p.score)
        if role == FONT:
            p = self.row_at(index)
            return self._struck if p.next_run == "exclude" else \
                self._bold if p.pinned or p.next_run == "pin" else None
        return super().data(index, role)


class OutcomesModel(RowTableModel[StartupOutcome]):
    """Per startup of a run: mentors obtained, best possible score, regret, why unmatched."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("startup", translate("OutcomesModel", "Startup"), lambda o: o.startup),
            Column("mentors", translate("OutcomesModel", "Mentors"),
                   lambda o: f"{o.assigned} / {o.wanted}",
                   sort_key=lambda o: (o.assigned - o.wanted, o.assigned), align=CENTER),
            Column("best", translate("OutcomesModel", "Best"), lambda o: fmt_points(o.best),
                   sort_key=lambda o: o.best, align=RIGHT,
                   header_tip=translate("OutcomesModel", "The score its best allowed mentors would "
                                                  "give it, ignoring the other startups")),
            Column("obtained", translate("OutcomesModel", "Obtained"),
                   lambda o: fmt_points(o.obtained), sort_key=lambda o: o.obtained,
                   align=RIGHT),
            Column("regret", translate("OutcomesModel", "Regret"), lambda o: fmt_points(o.regret),
                   sort_key=lambda o: o.regret, align=RIGHT,
                   header_tip=translate("OutcomesModel", "Best possible minus obtained: what the "
                                                  "startup gives up for the others")),
            Column("reason", translate("OutcomesModel", "Without a mentor because"),
                   lambda o: reason_label(o.reason) if o.reason else "",
                   tooltip=lambda o: reason_label(o.reason) if o.reason else None),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == BACKGROUND:
            return UNMATCHED_BRUSH if self.row_at(index).reason else None
        return super().data(index, role)


class RunsModel(RowTableModel["RunRow"]):
    """A cohort's matching runs, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("id", translate("RunsModel", "Run"),
                   lambda r: f"#{r.id} \u2713" if r.accepted else f"#{r.id}",
                   sort_key=lambda r: r.id, align=RIGHT, tooltip=self._state),
            Column("at", translate("RunsModel", "Date"), lambda r: fmt_date(r.created_at),
                   sort_key=lambda r: r.created_at,
                   tooltip=lambda r: fmt_datetime(r.created_at)),
            Column("pairs", translate("RunsModel", "Pairs"), lambda r: r.result.matched,
                   sort_key=lambda r: r.result.matched, align=RIGHT),
            Column("total", translate("RunsModel", "Total"), lambda r: fmt_points(r.result.total),
                   sort_key=lambda r: r.result.total, align=RIGHT,
                   header_tip=translate("RunsModel", "Sum of the pairs' scores")),
        ], parent)
        self._accepted = QBrush(GOOD)

    @staticmethod
    def _state(r: RunRow) -> str | None:
        parts = []
        if r.accepted:
            parts.append(translate("RunsModel", "Accepted: its pairs are the cohort's mentors"))
        if r.fair:
            parts.append(translate("RunsModel", "Fairness: the worst score raised first"))
        return "\n".join(parts) or None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND:
            return self._accepted if self.row_at(index).accepted else None
        return super().data(index, role)


class PendingModel(RowTableModel[PendingPair]):
    """Pairs pinned or excluded for the next run."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._kinds = {"pin": translate("PendingModel", "Pinned"),
                       "exclude": translate("PendingModel", "Excluded")}
        super().__init__([
            Column("kind", translate("PendingModel", "Rule"), lambda p: self._kinds[p.kind]),
            Column("startup", translate("PendingModel", "Startup"), lambda p: p.startup),
            Column("mentor", translate("PendingModel", "Mentor"), lambda p: p.mentor),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND and index.column() == 0:
            return ALERT_BRUSH if self.row_at(index).kind == "exclude" else QBrush(FAIR)
        return super().data(index, role)


class SessionsModel(RowTableModel["SessionRow"]):
    """The mentoring sessions of a cohort, newest first as the page gives them."""

    def __init__(self, parent: QObject | None = None) -> None:

        def rating(value: int | None) -> str:
            return f"{value}/5" if value is not None else ""

        super().__init__([
            Column("date", translate("SessionsModel", "Date"), lambda s: fmt_date(s.held_on),
                   sort_key=lambda s: s.held_on, align=CENTER),
            Column("startup", translate("SessionsModel", "Startup"), lambda s: s.startup_name),
            Column("mentor", translate("SessionsModel", "Mentor"), lambda s: s.mentor_name),
            Column("duration", translate("SessionsModel", "Duration"),
                   lambda s: fmt_hours(s.duration_minutes),
                   sort_key=lambda s: s.duration_minutes, align=RIGHT),
            Column("topics", translate("SessionsModel", "Topics"), lambda s: s.topics,
                   tooltip=lambda s: "\n\n".join(filter(None, [s.topics, s.notes])) or None),
            Column("rating_mentor", translate("SessionsModel", "Mentor's rating"),
                   lambda s: rating(s.rating_mentor), sort_key=lambda s: s.rating_mentor,
                   align=CENTER),
            Column("rating_startup", translate("SessionsModel", "Startup's rating"),
                   lambda s: rating(s.rating_startup), sort_key=lambda s: s.rating_startup,
                   align=CENTER),
        ], parent)


class BudgetModel(RowTableModel[BudgetLine]):
    """Mentoring hours used by each startup against its budget (bar in the last column)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("startup", translate("BudgetModel", "Startup"), lambda b: b.startup),
            Column("sessions", translate("BudgetModel", "Sessions"), lambda b: b.sessions,
                   sort_key=lambda b: b.sessions, align=RIGHT),
            Column("used", translate("BudgetModel", "Used"), lambda b: fmt_hours(b.used_minutes),
                   sort_key=lambda b: b.used_minutes, align=RIGHT),
            Column("budget", translate("BudgetModel", "Budget"),
                   lambda b: fmt_hours(b.budget_minutes) if b.budget_minutes else "—",
                   sort_key=lambda b: b.budget_minutes, align=RIGHT),
            Column("remaining", translate("BudgetModel", "Remaining"), self._remaining,
                   sort_key=lambda b: b.remaining_minutes, align=RIGHT),
        ], parent)
        self._bar_col = self.column_index("remaining")

    @staticmethod
    def _remaining(b: BudgetLine) -> str:
        if not b.budget_minutes:
            return ""
        if b.remaining_minutes < 0:
            return translate("BudgetModel", "{hours} over").format(
                hours=fmt_hours(-b.remaining_minutes))
        return fmt_hours(b.remaining_minutes)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == BAR_ROLE:
            b = self.row_at(index)
            if index.column() != self._bar_col or not b.budget_minutes:
                return None
            used = b.used_minutes / b.budget_minutes
            return used, OVER if used > 1 else FAIR
        return super().data(index, role)


class ActivityModel(RowTableModel[MentorActivity]):
    """Each mentor's activity in the cohort."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("mentor", translate("ActivityModel", "Mentor"), lambda a: a.mentor),
            Column("startups", translate("ActivityModel", "Startups"), lambda a: a.startups,
                   sort_key=lambda a: a.startups, align=RIGHT,
                   header_tip=translate("ActivityModel", "Startups of the cohort followed now")),
            Column("sessions", translate("ActivityModel", "Sessions"), lambda a: a.sessions,
                   sort_key=lambda a: a.sessions, align=RIGHT),
            Column("hours", translate("ActivityModel", "Time"), lambda a: fmt_hours(a.minutes),
                   sort_key=lambda a: a.minutes, align=RIGHT),
            Column("rating", translate("ActivityModel", "Rating"),
                   lambda a: fmt_rating(a.rating), sort_key=lambda a: a.rating, align=RIGHT,
                   header_tip=translate("ActivityModel", "Mean of the startups' ratings (1-5)")),
        ], parent)
