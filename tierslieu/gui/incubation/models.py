"""Qt item models of the incubation page, over the frozen DTOs of the incubation services.

Tables subclass :class:`~tierslieu.gui.models.base.RowTableModel` (display strings computed
once per row); the only additions are a colour or a background for the cells that need
attention (late milestones, reviewers who disagree). The programme tree is a small
QStandardItemModel: a handful of rows, rebuilt whole on refresh.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from tierslieu.db.models.incubation import FUND_KINDS
from tierslieu.gui.fmt import fmt_date, fmt_datetime, sort_date
from tierslieu.gui.models.base import CENTER, RIGHT, TOOLTIP, Column, RowTableModel
from tierslieu.i18n import choice_label, current_language
from tierslieu.money import format_euros
from tierslieu.services.incubation_dto import (
    CRITERIA,
    Alert,
    ApplicationRanking,
    CohortRow,
    EventRow,
    KpiRow,
    MilestoneRow,
    ProgramRow,
)

FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FONT = Qt.ItemDataRole.FontRole
COHORT_ROLE = Qt.ItemDataRole.UserRole + 10     # tree: the CohortRow of a cohort node
PROGRAM_ROLE = Qt.ItemDataRole.UserRole + 11    # tree: the ProgramRow of a programme node

LATE_BRUSH = QBrush(QColor("#b3261e"))
REACHED_BRUSH = QBrush(QColor("#2e7d32"))
PENDING_BRUSH = QBrush(QColor("#607d8b"))
DISAGREE_BRUSH = QBrush(QColor("#fff1d6"))
# reviewers whose weighted totals differ by this much (on 0-5) are flagged
DISAGREEMENT_SPREAD = 1.5

_NBSP = "\u202f"


# called by this name with literal arguments: lupdate extracts translate("Context", "text")
translate = QCoreApplication.translate


def status_label(code: str | None) -> str:
    return choice_label(code, current_language()) if code else ""


def fmt_money(cents: int | None, *, decimals: bool = True) -> str:
    """``1 234,50 €`` in French, ``€1,234.50`` in English; empty when unknown."""
    return "" if cents is None else format_euros(cents, decimals=decimals)


def fmt_fte(fte100: int | None) -> str:
    """Hundredths of a full-time equivalent: 150 -> ``1,5``."""
    if fte100 is None:
        return ""
    whole, rest = divmod(fte100, 100)
    text = str(whole) if not rest else f"{whole}.{rest:02d}".rstrip("0")
    return text if current_language() == "en" else text.replace(".", ",")


def fmt_score(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}"
    return text if current_language() == "en" else text.replace(".", ",")


def fmt_hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h" if not rest else f"{hours} h {rest:02d}"


def milestone_state(m: MilestoneRow) -> str:
    """``reached``, ``late``, ``pending`` (due later) or ``open`` (no due date)."""
    if m.reached_on is not None:
        return "reached"
    if m.late:
        return "late"
    return "pending" if m.due_on is not None else "open"


def raised_total(k: KpiRow) -> int:
    return sum(k.raised_cents.values())


# -- tables -------------------------------------------------------------------------------

class MilestonesModel(RowTableModel[MilestoneRow]):
    """An enrollment's milestones; the state column is coloured (late in red)."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._state_text = {"reached": translate("MilestonesModel", "Reached"),
                            "late": translate("MilestonesModel", "Late"),
                            "pending": translate("MilestonesModel", "To come"),
                            "open": translate("MilestonesModel", "No due date")}
        super().__init__([
            Column("position", "#", lambda m: m.position, sort_key=lambda m: m.position,
                   align=RIGHT),
            Column("name", translate("MilestonesModel", "Milestone"), lambda m: m.name),
            Column("due", translate("MilestonesModel", "Due"), lambda m: fmt_date(m.due_on),
                   sort_key=lambda m: sort_date(m.due_on), align=CENTER),
            Column("reached", translate("MilestonesModel", "Reached on"),
                   lambda m: fmt_date(m.reached_on),
                   sort_key=lambda m: sort_date(m.reached_on), align=CENTER),
            Column("state", translate("MilestonesModel", "State"),
                   lambda m: self._state_text[milestone_state(m)],
                   tooltip=lambda m: m.evidence or None),
            Column("evidence", translate("MilestonesModel", "Evidence"), lambda m: m.evidence,
                   tooltip=lambda m: m.evidence or None),
            Column("validated_by", translate("MilestonesModel", "Validated by"),
                   lambda m: m.validated_by),
        ], parent)
        self._state_col = self.column_index("state")
        self._brushes = {"reached": REACHED_BRUSH, "late": LATE_BRUSH,
                         "pending": PENDING_BRUSH, "open": PENDING_BRUSH}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND:
            if index.column() != self._state_col:
                return None
            return self._brushes[milestone_state(self.row_at(index))]
        return super().data(index, role)


class KpiModel(RowTableModel[KpiRow]):
    """A startup's KPI records, oldest period first as the service gives them."""

    def __init__(self, parent: QObject | None = None) -> None:
        def raised_tip(k: KpiRow) -> str | None:
            lines = [f"{choice_label(kind, current_language())}: {fmt_money(k.raised_cents[kind])}"
                     for kind in FUND_KINDS if k.raised_cents.get(kind)]
            return "\n".join(lines) or None

        def num(value: int | None) -> str:
            return "" if value is None else str(value)

        super().__init__([
            Column("period", translate("KpiModel", "Period"), lambda k: k.period,
                   sort_key=lambda k: k.start_on),
            Column("headcount", translate("KpiModel", "Headcount"), lambda k: num(k.headcount),
                   sort_key=lambda k: k.headcount, align=RIGHT),
            Column("jobs", translate("KpiModel", "Jobs created (FTE)"),
                   lambda k: fmt_fte(k.jobs_created_fte100),
                   sort_key=lambda k: k.jobs_created_fte100, align=RIGHT,
                   header_tip=translate("KpiModel", "Full-time equivalents created since "
                                                    "the start of support")),
            Column("revenue", translate("KpiModel", "Revenue"),
                   lambda k: fmt_money(k.revenue_cents),
                   sort_key=lambda k: k.revenue_cents, align=RIGHT),
            Column("raised", translate("KpiModel", "Funds raised"),
                   lambda k: fmt_money(raised_total(k)) if raised_total(k) else "",
                   sort_key=raised_total, align=RIGHT, tooltip=raised_tip),
            Column("women", translate("KpiModel", "Women founders"),
                   lambda k: num(k.women_founders),
                   sort_key=lambda k: k.women_founders, align=RIGHT),
        ], parent)


class HistoryModel(RowTableModel[EventRow]):
    """Status changes of an enrollment, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("at", translate("HistoryModel", "Date"), lambda e: fmt_datetime(e.at),
                   sort_key=lambda e: e.at),
            Column("from", translate("HistoryModel", "From"),
                   lambda e: status_label(e.from_status) or "—"),
            Column("to", translate("HistoryModel", "To"), lambda e: status_label(e.to_status)),
            Column("reason", translate("HistoryModel", "Reason"), lambda e: e.reason,
                   tooltip=lambda e: e.reason or None),
            Column("actor", translate("HistoryModel", "By"), lambda e: e.actor),
        ], parent)


def _criterion_column(code: str, title: str, tip: str) -> Column[ApplicationRanking]:
    """The mean grade of one criterion (a function, so each column keeps its own code)."""
    return Column(code, title, lambda r: fmt_score(r.criteria.get(code)),
                  sort_key=lambda r: r.criteria.get(code), align=RIGHT, header_tip=tip)


class RankingModel(RowTableModel[ApplicationRanking]):
    """The review grid: a cohort's applications by average weighted score."""

    def __init__(self, parent: QObject | None = None) -> None:
        names = {"team": translate("RankingModel", "Team"),
                 "market": translate("RankingModel", "Market"),
                 "product": translate("RankingModel", "Product"),
                 "fit": translate("RankingModel", "Fit")}
        tip = translate("RankingModel", "Mean grade of the reviewers (0-5)")
        criteria = [_criterion_column(c, names[c], tip) for c in CRITERIA]
        self._disagree_tip = translate("RankingModel", "Reviewers disagree: their totals "
                                                       "differ by {spread} points")
        super().__init__([
            Column("rank", translate("RankingModel", "Rank"), lambda r: r.rank,
                   sort_key=lambda r: r.rank, align=RIGHT),
            Column("startup", translate("RankingModel", "Startup"), lambda r: r.startup_name),
            Column("status", translate("RankingModel", "Status"), lambda r: status_label(r.status)),
            Column("reviewers", translate("RankingModel", "Reviewers"), lambda r: r.reviewers,
                   sort_key=lambda r: r.reviewers, align=RIGHT),
            *criteria,
            Column("average", translate("RankingModel", "Weighted average"),
                   lambda r: fmt_score(r.average),
                   sort_key=lambda r: r.average, align=RIGHT,
                   header_tip=translate("RankingModel", "Mean of the reviewers' totals, "
                                                        "weighted by the programme")),
            Column("spread", translate("RankingModel", "Spread"), lambda r: fmt_score(r.spread),
                   sort_key=lambda r: r.spread, align=RIGHT,
                   header_tip=translate("RankingModel", "Highest minus lowest reviewer total: "
                                                        "disagreement")),
        ], parent)

    @staticmethod
    def disagrees(r: ApplicationRanking) -> bool:
        return r.spread is not None and r.spread >= DISAGREEMENT_SPREAD

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == BACKGROUND:
            return DISAGREE_BRUSH if self.disagrees(self.row_at(index)) else None
        if role == TOOLTIP:
            r = self.row_at(index)
            if self.disagrees(r):
                return self._disagree_tip.format(spread=fmt_score(r.spread))
        return super().data(index, role)


class AlertsModel(RowTableModel[Alert]):
    """Late milestones, KPI reports and alumni follow-ups due, every cohort together."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._kinds = {"milestone_late": translate("AlertsModel", "Late milestone"),
                       "kpi_due": translate("AlertsModel", "KPIs to report"),
                       "follow_up_due": translate("AlertsModel", "Alumni follow-up due")}
        super().__init__([
            Column("kind", translate("AlertsModel", "Alert"),
                   lambda a: self._kinds.get(a.kind, a.kind)),
            Column("startup", translate("AlertsModel", "Startup"), lambda a: a.startup_name),
            Column("cohort", translate("AlertsModel", "Cohort"), lambda a: a.cohort_name),
            Column("detail", translate("AlertsModel", "Detail"), self._detail,
                   tooltip=self._detail),
            Column("due", translate("AlertsModel", "Due since"), lambda a: fmt_date(a.due_on),
                   sort_key=lambda a: sort_date(a.due_on), align=CENTER),
        ], parent)

    def _detail(self, a: Alert) -> str:
        if a.kind == "follow_up_due":
            return translate("AlertsModel", "{horizon} months after graduation").format(
                horizon=a.detail)
        if a.kind == "kpi_due":
            return translate("AlertsModel", "Period {period}").format(period=a.detail)
        return a.detail

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND and index.column() == 0:
            return LATE_BRUSH if self.row_at(index).kind == "milestone_late" else None
        return super().data(index, role)


# -- the programme tree -------------------------------------------------------------------

class CohortTreeModel(QStandardItemModel):
    """Programmes (bold) and their cohorts; a cohort node carries its CohortRow."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([translate("CohortTreeModel", "Programme / cohort"),
                                        translate("CohortTreeModel", "Seats")])

    def set_content(self, programs: list[ProgramRow], cohorts: list[CohortRow]) -> None:
        self.removeRows(0, self.rowCount())
        bold = QFont()
        bold.setBold(True)
        lang = current_language()
        for p in programs:
            node = QStandardItem(p.name)
            node.setFont(bold)
            node.setEditable(False)
            node.setData(p, PROGRAM_ROLE)
            node.setToolTip(f"{choice_label(p.kind, lang)}\n{p.description}".strip())
            kind = QStandardItem("")
            kind.setEditable(False)
            for c in (c for c in cohorts if c.program_id == p.id):
                item = QStandardItem(c.name)
                item.setEditable(False)
                item.setData(c, COHORT_ROLE)
                item.setToolTip(translate("CohortTreeModel", "{start} – {end}, {seats} of "
                                          "{capacity} places taken").format(
                    start=fmt_date(c.start_on), end=fmt_date(c.end_on),
                    seats=c.seats_taken, capacity=c.capacity))
                if c.finished:
                    item.setForeground(PENDING_BRUSH)
                seats = QStandardItem(f"{c.seats_taken}/{c.capacity}")
                seats.setEditable(False)
                seats.setTextAlignment(RIGHT)
                seats.setData(c, COHORT_ROLE)
                node.appendRow([item, seats])
            self.appendRow([node, kind])

    def cohort_index(self, cohort_id: int) -> QModelIndex:
        for r in range(self.rowCount()):
            prog = self.index(r, 0)
            for cr in range(self.rowCount(prog)):
                idx = self.index(cr, 0, prog)
                row = idx.data(COHORT_ROLE)
                if row is not None and row.id == cohort_id:
                    return idx
        return QModelIndex()

    def cohorts(self) -> list[CohortRow]:
        out: list[CohortRow] = []
        for r in range(self.rowCount()):
            prog = self.index(r, 0)
            out.extend(self.index(cr, 0, prog).data(COHORT_ROLE)
                       for cr in range(self.rowCount(prog)))
        return out
