"""The Sessions tab: the cohort's mentoring sessions, hours against each startup's budget,
and each mentor's activity."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tierslieu.errors import TiersLieuError
from tierslieu.gui.errors import show_error
from tierslieu.gui.incubation.models import fmt_hours
from tierslieu.gui.mentoring import dialogs
from tierslieu.gui.mentoring.common import CohortTab, EmptyHint, arrange, icon, table
from tierslieu.gui.mentoring.models import (
    ActivityModel,
    BudgetLine,
    BudgetModel,
    SessionsModel,
    mentor_activity,
)
from tierslieu.gui.mentoring.widgets import BarDelegate
from tierslieu.gui.permissions import guard

if TYPE_CHECKING:
    from tierslieu.gui.mentoring.page import MentoringPage
    from tierslieu.services.incubation_dto import EnrollmentRow
    from tierslieu.services.mentoring import AssignmentRow, SessionRow

# startups the budget table lists even without a session: matched now or mentored before
MATCHED_OR_DONE = ("selected", "incubated", "graduated")

def budget_lines(enrollments: list[EnrollmentRow], sessions: list[SessionRow],
                 assignments: list[AssignmentRow]) -> list[BudgetLine]:
    """The startups being (or having been) mentored, with their sessions and budget."""
    enrollment_of = {a.id: a.enrollment_id for a in assignments}
    count = Counter(enrollment_of.get(s.assignment_id) for s in sessions)
    return [BudgetLine(e.id, e.startup_name, count[e.id], e.mentoring.used_minutes,
                       e.mentoring.budget_minutes)
            for e in enrollments
            if e.status in MATCHED_OR_DONE or count[e.id] or e.mentoring.used_minutes]


class SessionsTab(CohortTab):
    def __init__(self, page: MentoringPage) -> None:
        super().__init__(page)
        self.assignments: list[AssignmentRow] = []
        self.sessions_model = SessionsModel(self)
        self.budget_model = BudgetModel(self)
        self.activity_model = ActivityModel(self)
        self.new_button = QPushButton(icon("add-white"), self.tr("New session"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Record a session of one of the cohort's pairs "
                                           "(Ctrl+N)"))
        self.new_button.clicked.connect(self.new_session)
        guard("mentoring.write", self.new_button)
        self.summary = QLabel()
        self.summary.setProperty("hint", True)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.new_button)
        self.sessions_view = table(self.sessions_model, row_height=26)
        self.sessions_view.setAccessibleName(self.tr("Sessions"))
        self.sessions_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        arrange(self.sessions_view, stretch=4, widths={1: 220, 2: 200})
        self.sessions_empty = EmptyHint(self.sessions_view, self.tr(
            "No session recorded for this cohort yet."))

        budget_box = QGroupBox(self.tr("Mentoring hours per startup"))
        b_lay = QVBoxLayout(budget_box)
        self.budget_view = table(self.budget_model, self.tr(
            "Hours of sessions against the startup's mentoring budget"), row_height=26)
        self.budget_view.setItemDelegateForColumn(self.budget_model.column_index("remaining"),
                                                  BarDelegate(self.budget_view))
        arrange(self.budget_view, stretch=4, widths={0: 175})
        b_lay.addWidget(self.budget_view)
        activity_box = QGroupBox(self.tr("Mentors' activity in this cohort"))
        a_lay = QVBoxLayout(activity_box)
        self.activity_view = table(self.activity_model, row_height=26)
        self.activity_view.setAccessibleName(self.tr("Mentors' activity in this cohort"))
        arrange(self.activity_view, stretch=0)
        self.activity_empty = EmptyHint(self.activity_view, self.tr(
            "No mentor follows a startup of this cohort yet: accept a matching run."))
        a_lay.addWidget(self.activity_view)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(budget_box)
        bottom.addWidget(activity_box)
        bottom.setSizes([650, 570])
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        t_lay = QVBoxLayout(top)
        t_lay.setContentsMargins(0, 0, 0, 0)
        t_lay.addLayout(head)
        t_lay.addWidget(self.sessions_view, 1)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([420, 320])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(split)

    def set_data(self, sessions: list[SessionRow], assignments: list[AssignmentRow],
                 enrollments: list[EnrollmentRow]) -> None:
        self.assignments = list(assignments)
        self.sessions_model.set_rows(sessions)
        self.budget_model.set_rows(budget_lines(enrollments, sessions, assignments))
        self.activity_model.set_rows(mentor_activity(sessions, assignments))
        minutes = sum(s.duration_minutes for s in sessions)
        active = sum(1 for a in assignments if a.active)
        self.summary.setText(self.tr("{sessions} session(s), {hours} in all · {pairs} active "
                                     "pair(s)").format(sessions=len(sessions),
                                                       hours=fmt_hours(minutes), pairs=active))
        self.new_button.setEnabled(active > 0)
        self.new_button.setToolTip(
            self.tr("Record a session of one of the cohort's pairs (Ctrl+N)") if active
            else self.tr("No active pair in this cohort: accept a matching run first"))

    def new_session(self) -> None:
        active = [a for a in self.assignments if a.active]
        if not active:
            self.page.sig_status.emit(self.tr("No active pair in this cohort: accept a "
                                              "matching run first"))
            return
        try:
            dialog = dialogs.SessionDialog(self.page.ctx.engine, active, self)
        except TiersLieuError as exc:
            show_error(self, exc)
            return
        self.page.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        s = dialog.saved
        self.page.sig_status.emit(self.tr("Session of {startup} with {mentor} recorded").format(
            startup=s.startup_name, mentor=s.mentor_name))
        self.page.refresh()
