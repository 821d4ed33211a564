"""The Mentoring page: mentors, the needs of a cohort's startups, matching runs, sessions.

The cohort picker at the top is shared by the Needs, Matching and Sessions tabs. The
mentoring service pulls in numpy and scipy (the matching engine), so it is imported
inside the load functions only, and the page loads when it is first shown: opening the
main window never waits for scipy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from tierslieu.gui import settings_store
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import show_error
from tierslieu.gui.mentoring.matching_tab import MatchingTab
from tierslieu.gui.mentoring.mentors_tab import MentorsTab
from tierslieu.gui.mentoring.needs_tab import NeedsTab
from tierslieu.gui.mentoring.sessions_tab import SessionsTab
from tierslieu.gui.tasks import run_task
from tierslieu.services import incubation as inc
from tierslieu.services.incubation_dto import CohortRow, EnrollmentRow

if TYPE_CHECKING:
    from tierslieu.services.mentoring import (
        AssignmentRow,
        MentorRow,
        NeedRow,
        RunRow,
        SessionRow,
    )

SETTINGS_KEY = "mentoring_page"
MATCHED = ("selected", "incubated")


@dataclass(frozen=True)
class _Overview:
    cohorts: list[CohortRow]
    mentors: list[MentorRow]
    criteria: tuple[str, ...]
    default_weights: dict[str, int]


@dataclass(frozen=True)
class _CohortData:
    cohort_id: int
    needs: list[NeedRow]
    runs: list[RunRow]
    assignments: list[AssignmentRow]
    sessions: list[SessionRow]
    enrollments: list[EnrollmentRow]


def _matched(c: CohortRow) -> int:
    return sum(c.counts.get(s, 0) for s in MATCHED)


class MentoringPage(QWidget):
    """Page protocol: ``icon_name``, ``page_title``, ``refresh``, ``focus_search``, ``new_item``."""

    icon_name = "mentoring"

    sig_status = Signal(str)
    """text for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort_id: int | None = None
        self.cohorts: list[CohortRow] = []
        self.dialog: QWidget | None = None      # the last dialog opened (tests look at it)
        self._loaded = False
        self._build()
        self._restore()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.cohort_combo = QComboBox()
        self.cohort_combo.setMinimumWidth(340)
        self.cohort_combo.setToolTip(self.tr("The cohort whose needs, matching and sessions "
                                             "are shown"))
        self.cohort_combo.currentIndexChanged.connect(self._on_cohort_chosen)
        cohort_label = QLabel(self.tr("&Cohort:"))
        cohort_label.setBuddy(self.cohort_combo)
        self.cohort_info = QLabel()
        self.cohort_info.setProperty("muted", True)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(cohort_label)
        head.addWidget(self.cohort_combo)
        head.addWidget(self.cohort_info, 1)

        self.tabs = QTabWidget()
        self.mentors_tab = MentorsTab(self)
        self.needs_tab = NeedsTab(self)
        self.matching_tab = MatchingTab(self)
        self.sessions_tab = SessionsTab(self)
        self.tabs.addTab(self.mentors_tab, self.tr("Mentors"))
        self.tabs.addTab(self.needs_tab, self.tr("Needs"))
        self.tabs.addTab(self.matching_tab, self.tr("Matching"))
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        self.tabs.setTabToolTip(0, self.tr("Every mentor, whatever the cohort"))
        self.tabs.setTabToolTip(2, self.tr("Compute, compare and accept mentor assignments"))
        self.search_edit = self.mentors_tab.search_edit

        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 6)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.tabs, 1)

    def _restore(self) -> None:
        s = settings_store.settings()
        cohort = s.value(f"{SETTINGS_KEY}/cohort")
        self.cohort_id = int(str(cohort)) if cohort not in (None, "") else None
        tab = s.value(f"{SETTINGS_KEY}/tab")
        if tab not in (None, ""):
            self.tabs.setCurrentIndex(int(str(tab)))

    def _save(self) -> None:
        s = settings_store.settings()
        s.setValue(f"{SETTINGS_KEY}/tab", self.tabs.currentIndex())
        if self.cohort_id is not None:
            s.setValue(f"{SETTINGS_KEY}/cohort", self.cohort_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def hideEvent(self, event: Any) -> None:
        self._save()
        super().hideEvent(event)

    # -- page protocol --------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Mentoring")

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.mentors_tab)
        self.mentors_tab.focus_search()

    def new_item(self) -> None:
        """Ctrl+N: a session on the Sessions tab, a mentor everywhere else."""
        if self.tabs.currentWidget() is self.sessions_tab and self.cohort_id is not None:
            self.sessions_tab.new_session()
            return
        self.tabs.setCurrentWidget(self.mentors_tab)
        self.mentors_tab.new_mentor()

    def refresh(self) -> None:
        """Reload cohorts and mentors, then the chosen cohort."""
        self._loaded = True
        engine = self.ctx.engine

        def work(_progress: Any) -> _Overview:
            from tierslieu.services import mentoring
            from tierslieu.services.matching import CRITERIA, DEFAULT_WEIGHTS

            return _Overview(inc.list_cohorts(engine), mentoring.list_mentors(engine),
                             tuple(CRITERIA), dict(DEFAULT_WEIGHTS))

        run_task(self, work, on_done=self._show_overview, on_error=self.show_error,
                 label=self.tr("Loading the mentoring…"))

    def show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    # -- loading --------------------------------------------------------------------------

    def _show_overview(self, data: _Overview) -> None:
        self.matching_tab.set_criteria(data.criteria, data.default_weights)
        self.mentors_tab.set_mentors(data.mentors)
        self.cohorts = list(data.cohorts)
        combo = self.cohort_combo
        combo.blockSignals(True)
        combo.clear()
        for c in self.cohorts:
            combo.addItem(f"{c.program_name} — {c.name}", c.id)
        combo.blockSignals(False)
        combo.setEnabled(bool(self.cohorts))
        for tab in (self.needs_tab, self.matching_tab, self.sessions_tab):
            tab.set_has_cohort(bool(self.cohorts))
        active = sum(1 for m in data.mentors if m.active)
        self.sig_status.emit(self.tr("{mentors} mentor(s), {active} active").format(
            mentors=len(data.mentors), active=active))
        if not self.cohorts:
            self.cohort_id = None
            self.cohort_info.setText(self.tr("No cohort yet"))
            return
        ids = [c.id for c in self.cohorts]
        wanted = self.cohort_id if self.cohort_id in ids else self._default_cohort()
        combo.blockSignals(True)
        combo.setCurrentIndex(ids.index(wanted))
        combo.blockSignals(False)
        self.load_cohort(wanted)

    def _default_cohort(self) -> int:
        """The latest running cohort with startups to match, else the latest one."""
        running = [c for c in self.cohorts if not c.finished and _matched(c)]
        return (running or self.cohorts)[-1].id

    def _on_cohort_chosen(self, index: int) -> None:
        cohort_id = self.cohort_combo.itemData(index)
        if cohort_id is not None:
            self.load_cohort(int(cohort_id))

    def select_cohort(self, cohort_id: int) -> None:
        index = self.cohort_combo.findData(cohort_id)
        if index >= 0:
            self.cohort_combo.setCurrentIndex(index)

    def load_cohort(self, cohort_id: int) -> None:
        if cohort_id != self.cohort_id:
            self.matching_tab.set_cohort()
        self.cohort_id = cohort_id
        engine = self.ctx.engine

        def work(_progress: Any) -> _CohortData:
            from tierslieu.services import mentoring

            assignments = mentoring.list_assignments(engine, cohort_id=cohort_id,
                                                     active_only=False)
            ids = {a.id for a in assignments}
            sessions = [s for s in mentoring.list_sessions(engine) if s.assignment_id in ids]
            return _CohortData(cohort_id, mentoring.list_needs(engine, cohort_id),
                               mentoring.list_runs(engine, cohort_id), assignments, sessions,
                               inc.list_enrollments(engine, cohort_id))

        def done(data: _CohortData) -> None:
            if data.cohort_id == self.cohort_id:  # a newer choice wins over a slow answer
                self._show_cohort(data)

        run_task(self, work, on_done=done, on_error=self.show_error)

    def reload_cohort(self) -> None:
        if self.cohort_id is not None:
            self.load_cohort(self.cohort_id)

    def _show_cohort(self, data: _CohortData) -> None:
        self.needs_tab.set_needs(data.needs)
        self.matching_tab.set_runs(data.runs)
        self.sessions_tab.set_data(data.sessions, data.assignments, data.enrollments)
        active = sum(1 for a in data.assignments if a.active)
        self.cohort_info.setText(self.tr(
            "{startups} startup(s) to match · {pairs} active pair(s) · {runs} run(s)").format(
                startups=len(data.needs), pairs=active, runs=len(data.runs)))

    def reload_mentors(self, *, select: int | None = None) -> None:
        engine = self.ctx.engine

        def work(_progress: Any) -> list[MentorRow]:
            from tierslieu.services import mentoring

            return mentoring.list_mentors(engine)

        run_task(self, work, on_done=lambda rows: self.mentors_tab.set_mentors(
            rows, select=select), on_error=self.show_error)

    def known_sectors_and_stages(self) -> tuple[list[str], list[str]]:
        """Sectors and stages already used by mentors and needs (the need editor's lists)."""
        mentors = self.mentors_tab.mentors()
        needs = self.needs_tab.model.rows()
        sectors = {s for m in mentors for s in m.sectors} | {n.sector for n in needs}
        stages = {s for m in mentors for s in m.stages} | {n.stage for n in needs}
        return sorted(sectors - {""}), sorted(stages - {""})


__all__ = ["MentoringPage"]
