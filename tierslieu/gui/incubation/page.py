"""The Incubation page: programmes and cohorts (left), then for the chosen cohort its board,
its application review grid, the alerts of every cohort, and a startup's detail.

Every change goes through :mod:`tierslieu.services.incubation`; a refused move shows the
service's message and the board is reloaded from the database, so cards never lie.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tierslieu.errors import TiersLieuError
from tierslieu.gui import settings_store
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_date
from tierslieu.gui.incubation import dialogs
from tierslieu.gui.incubation.board import CohortBoard
from tierslieu.gui.incubation.detail import StartupDetailView, make_table
from tierslieu.gui.incubation.models import (
    COHORT_ROLE,
    AlertsModel,
    CohortTreeModel,
    RankingModel,
    fmt_score,
    status_label,
)
from tierslieu.gui.incubation.score_dialog import ScoreDialog
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard
from tierslieu.gui.tasks import run_task
from tierslieu.services import incubation as inc
from tierslieu.services.incubation_dto import (
    Alert,
    ApplicationRanking,
    CohortRow,
    EnrollmentRow,
    ProgramRow,
)
from tierslieu.services.selection import SCORABLE

SETTINGS_KEY = "incubation_page"
SEARCH_DELAY_MS = 200


@dataclass(frozen=True)
class _Overview:
    programs: list[ProgramRow]
    cohorts: list[CohortRow]
    alerts: list[Alert]


@dataclass(frozen=True)
class _CohortData:
    cohort: CohortRow
    cards: list[EnrollmentRow]
    ranking: list[ApplicationRanking]


class IncubationPage(QWidget):
    """Programmes, cohorts and startups; the main window's menus call the page protocol."""

    icon_name = "incubation"

    sig_status = Signal(str)
    """text for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort: CohortRow | None = None
        self._cohort_id: int | None = None
        self._select_after: int | None = None   # enrollment to select once the grid reloads
        self.tree_model = CohortTreeModel(self)
        self.ranking_model = RankingModel(self)
        self.alerts_model = AlertsModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._build()
        self._restore()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip(self.tr("Choose a cohort to see its board"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.splitter.addWidget(self.tree)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(8, 0, 0, 0)
        rlay.setSpacing(6)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.cohort_title = QLabel()
        self.cohort_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.cohort_title.setProperty("heading", True)  # its colour: app.qss / app-dark.qss
        self.cohort_info = QLabel()
        self.cohort_info.setProperty("muted", True)
        titles.addWidget(self.cohort_title)
        titles.addWidget(self.cohort_info)
        head.addLayout(titles, 1)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search a startup"))
        self.search.setPlaceholderText(self.tr("Search a startup or a founder (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setFixedWidth(280)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        head.addWidget(self.search, 0, Qt.AlignmentFlag.AlignBottom)
        rlay.addLayout(head)

        self.tabs = QTabWidget()
        self.board = CohortBoard()
        self.board.sig_move_requested.connect(self.move_enrollment)
        self.board.sig_open.connect(self.open_enrollment)
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.setTabToolTip(0, self.tr("Drag a startup to another column to change its "
                                           "status"))
        review = QWidget()
        review_lay = QVBoxLayout(review)
        review_lay.setContentsMargins(0, 6, 0, 0)
        review_head = QHBoxLayout()
        self.review_hint = QLabel(self.tr("Applications ranked by the reviewers' weighted "
                                          "average; rows in amber: reviewers disagree by 1,5 "
                                          "points or more. Double-click or Enter to score an "
                                          "application."))
        self.review_hint.setWordWrap(True)
        self.act_score = QAction(self.tr("&Score…"), self)
        self.act_score.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                     QKeySequence(Qt.Key.Key_Enter)])
        self.act_score.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_score.triggered.connect(self.score_current)
        self.act_open_startup = QAction(self.tr("&Open the startup"), self)
        self.act_open_startup.triggered.connect(self._open_current_startup)
        self.score_button = QPushButton(self.tr("Score…"))
        self.score_button.clicked.connect(self.score_current)
        review_head.addWidget(self.review_hint, 1)
        review_head.addWidget(self.score_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.review_view = make_table(self.ranking_model)
        self.review_view.setAccessibleName(self.tr("Review grid"))
        self.review_view.addAction(self.act_score)
        self.review_view.doubleClicked.connect(self._ranking_activated)
        self.review_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.review_view.customContextMenuRequested.connect(self._review_context_menu)
        self.review_view.selectionModel().currentRowChanged.connect(
            lambda _new, _old: self._update_score_action())
        self.ranking_model.modelReset.connect(self._update_score_action)
        self._update_score_action()
        guard("incubation.write", self.score_button, self.act_score)
        review_lay.addLayout(review_head)
        review_lay.addWidget(self.review_view, 1)
        self.tabs.addTab(review, self.tr("Review grid"))
        alerts = QWidget()
        alerts_lay = QVBoxLayout(alerts)
        alerts_lay.setContentsMargins(0, 6, 0, 0)
        self.alerts_hint = QLabel()
        self.alerts_view = make_table(self.alerts_model)
        self.alerts_view.setAccessibleName(self.tr("Alerts"))
        self.alerts_view.doubleClicked.connect(self._open_alert)
        alerts_lay.addWidget(self.alerts_hint)
        alerts_lay.addWidget(self.alerts_view, 1)
        self.tabs.addTab(alerts, self.tr("Alerts"))
        self.detail = StartupDetailView()
        self.detail.sig_record_kpis.connect(self.record_kpis)
        self.tabs.addTab(self.detail, self.tr("Startup"))
        rlay.addWidget(self.tabs, 1)

        self.right_stack = QStackedWidget()
        self.no_data = QLabel(self.tr("No programme yet. Programmes and cohorts are created "
                                      "from the command line (tierslieu programs, tierslieu "
                                      "cohorts), or try the demo: tierslieu --demo."))
        self.no_data.setWordWrap(True)
        self.no_data.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_data.setProperty("hint", True)
        self.right_stack.addWidget(self.no_data)
        self.right_stack.addWidget(right)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 1150])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.splitter)

    def _restore(self) -> None:
        s = settings_store.settings()
        state = s.value(f"{SETTINGS_KEY}/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        cohort = s.value(f"{SETTINGS_KEY}/cohort")
        self._cohort_id = int(cohort) if cohort not in (None, "") else None

    def _save(self) -> None:
        s = settings_store.settings()
        s.setValue(f"{SETTINGS_KEY}/splitter", self.splitter.saveState())
        if self._cohort_id is not None:
            s.setValue(f"{SETTINGS_KEY}/cohort", self._cohort_id)

    def hideEvent(self, event: Any) -> None:
        self._save()
        super().hideEvent(event)

    # -- page protocol --------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Incubation")

    def refresh(self) -> None:
        """Reload programmes, cohorts and alerts, then the chosen cohort."""
        engine = self.ctx.engine

        def work(_progress: Any) -> _Overview:
            return _Overview(inc.list_programs(engine), inc.list_cohorts(engine),
                             inc.alerts(engine))

        run_task(self, work, on_done=self._show_overview, on_error=self._error,
                 label=self.tr("Loading the incubation…"))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.board)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item(self) -> None:
        """A new application of a startup to the current cohort."""
        if self.cohort is None:
            self.sig_status.emit(self.tr("Choose a cohort first"))
            return
        taken = {r.organization_id for r in self.board.rows()}
        try:
            startups = [s for s in inc.list_startups(self.ctx.engine)
                        if s.organization_id not in taken]
        except TiersLieuError as exc:
            show_error(self, exc)
            return
        if not startups:
            self.sig_status.emit(self.tr("Every startup has already applied to this cohort"))
            return
        names = [s.name for s in startups]
        name, ok = QInputDialog.getItem(
            self, self.tr("New application"),
            self.tr("Startup applying to {cohort}:").format(cohort=self.cohort.name),
            names, 0, False)
        if not ok or not name:
            return
        org_id = startups[names.index(name)].organization_id
        try:
            inc.apply_to_cohort(self.ctx.engine, self.cohort.id, org_id)
        except TiersLieuError as exc:
            show_error(self, exc)
            return
        self.sig_status.emit(self.tr("{startup} applied to {cohort}").format(
            startup=name, cohort=self.cohort.name))
        self.refresh()

    # -- loading --------------------------------------------------------------------------

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _show_overview(self, data: _Overview) -> None:
        self.tree_model.set_content(data.programs, data.cohorts)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.alerts_model.set_rows(data.alerts)
        self.tabs.setTabText(2, self.tr("Alerts ({count})").format(count=len(data.alerts))
                             if data.alerts else self.tr("Alerts"))
        self.alerts_hint.setText(
            self.tr("Late milestones, KPI reports and alumni follow-ups due. Double-click "
                    "to open the startup.") if data.alerts
            else self.tr("Nothing to do: no late milestone, every KPI is up to date."))
        self.alerts_view.resizeColumnsToContents()
        self.right_stack.setCurrentIndex(1 if data.cohorts else 0)
        if not data.cohorts:
            self.cohort = None
            self.sig_status.emit(self.tr("No cohort yet"))
            return
        ids = [c.id for c in data.cohorts]
        wanted = self._cohort_id if self._cohort_id in ids else self._default_cohort(data)
        self.select_cohort(wanted)

    @staticmethod
    def _default_cohort(data: _Overview) -> int:
        running = [c for c in data.cohorts if not c.finished]
        return (running or data.cohorts)[-1].id

    def select_cohort(self, cohort_id: int) -> None:
        """Select a cohort in the tree (which loads its board)."""
        index = self.tree_model.cohort_index(cohort_id)
        if not index.isValid():
            return
        if self.tree.currentIndex() == index:
            self.load_cohort(cohort_id)
        else:
            self.tree.setCurrentIndex(index)

    def _on_tree_selection(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        row = indexes[0].data(COHORT_ROLE) if indexes else None
        if row is not None:
            self.load_cohort(row.id)

    def load_cohort(self, cohort_id: int) -> None:
        engine = self.ctx.engine
        self._cohort_id = cohort_id

        def work(_progress: Any) -> _CohortData:
            return _CohortData(inc.get_cohort(engine, cohort_id),
                               inc.list_enrollments(engine, cohort_id),
                               inc.ranking(engine, cohort_id))

        def done(data: _CohortData) -> None:
            if data.cohort.id == self._cohort_id:  # a newer choice wins over a slow answer
                self._show_cohort(data)

        run_task(self, work, on_done=done, on_error=self._error)

    def _show_cohort(self, data: _CohortData) -> None:
        c = data.cohort
        self.cohort = c
        self.board.set_rows(data.cards)
        self._apply_search()
        self.ranking_model.set_rows(data.ranking)
        self.review_view.resizeColumnsToContents()
        if self._select_after is not None:
            row = self.ranking_model.find_row(
                lambda r: r.enrollment_id == self._select_after)
            self._select_after = None
            if row >= 0:
                self.review_view.selectRow(row)
        self.cohort_title.setText(f"{c.program_name} — {c.name}")
        late = self.tr(", %n milestone(s) late", "", c.milestones_late) \
            if c.milestones_late else ""
        self.cohort_info.setText(self.tr(
            "{start} – {end} · {seats} of {capacity} places taken · milestones {reached}/"
            "{total} reached{late}").format(
                start=fmt_date(c.start_on), end=fmt_date(c.end_on), seats=c.seats_taken,
                capacity=c.capacity, reached=c.milestones_reached, total=c.milestones_total,
                late=late))
        self.sig_status.emit(self.tr("%n startup(s) in this cohort", "", len(data.cards)))

    def _apply_search(self) -> None:
        text = self.search.text()
        self.board.set_filter(text)
        if text.strip():
            shown = len(self.board.visible_rows())
            self.sig_status.emit(self.tr("No startup matches “{text}”. Clear the search").format(
                text=text.strip()) if not shown else
                self.tr("%n startup(s) match", "", shown))

    # -- actions --------------------------------------------------------------------------

    def move_enrollment(self, enrollment_id: int, to: str) -> bool:
        """Ask the reason, then move; True when the status changed."""
        row = self.board.row(enrollment_id)
        if row is None:
            return False
        try:
            # legality first: no point asking why for a move the pipeline refuses
            inc.check_transition(row.status, to, reason="-")
        except TiersLieuError as exc:
            show_error(self, exc)
            self.board.set_rows(self.board.rows())
            return False
        reason = dialogs.ask_reason(self, row, to)
        if reason is None:
            self.board.set_rows(self.board.rows())
            return False
        try:
            inc.transition(self.ctx.engine, enrollment_id, to, reason=reason)
        except TiersLieuError as exc:
            show_error(self, exc)
            self.load_cohort(row.cohort_id)
            return False
        self.sig_status.emit(self.tr("{startup} moved to “{status}”").format(
            startup=row.startup_name, status=status_label(to)))
        if self.detail.organization_id() == row.organization_id:
            self.open_startup(row.organization_id, switch=False)
        self.refresh()
        return True

    def open_enrollment(self, enrollment_id: int) -> None:
        row = self.board.row(enrollment_id)
        if row is not None:
            self.open_startup(row.organization_id)

    def open_startup(self, organization_id: int, *, switch: bool = True) -> None:
        engine = self.ctx.engine
        cohort_id = self.cohort.id if self.cohort else None

        def done(detail: Any) -> None:
            self.detail.show_startup(detail, cohort_id=cohort_id)
            if switch:
                self.tabs.setCurrentWidget(self.detail)

        run_task(self, lambda _p: inc.startup_detail(engine, organization_id),
                 on_done=done, on_error=self._error)

    # -- the review grid ------------------------------------------------------------------

    def current_ranking(self) -> ApplicationRanking | None:
        index = self.review_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update_score_action(self) -> None:
        row = self.current_ranking()
        can = row is not None and row.status in SCORABLE
        self.act_score.setEnabled(can)
        self.score_button.setEnabled(can)
        if row is None:
            tip = self.tr("Choose an application in the grid to score it")
        elif can:
            tip = self.tr("Enter your grades of {startup} (Enter)").format(
                startup=row.startup_name)
        else:
            tip = self.tr("{startup} is “{status}”: scoring is closed").format(
                startup=row.startup_name, status=status_label(row.status))
        self.score_button.setToolTip(tip)

    def _ranking_activated(self, index: QModelIndex) -> None:
        """Double-click: score an application under review, else open the startup."""
        row = index.data(ROW_ROLE)
        if row is None:
            return
        if row.status in SCORABLE:
            self.score_application(row.enrollment_id)
        else:
            self.open_startup(row.organization_id)

    def review_menu(self, row: ApplicationRanking) -> QMenu:
        """The grid's context menu for ``row`` (the current row)."""
        menu = QMenu(self)
        self._update_score_action()
        menu.addAction(self.act_score)
        menu.addAction(self.act_open_startup)
        menu.setDefaultAction(self.act_score if row.status in SCORABLE
                              else self.act_open_startup)
        return menu

    def _review_context_menu(self, pos: QPoint) -> None:
        index = self.review_view.indexAt(pos)
        if not index.isValid():
            return
        self.review_view.setCurrentIndex(index)
        menu = self.review_menu(index.data(ROW_ROLE))
        menu.exec(self.review_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _open_current_startup(self) -> None:
        row = self.current_ranking()
        if row is not None:
            self.open_startup(row.organization_id)

    def score_current(self) -> None:
        row = self.current_ranking()
        if row is None:
            self.sig_status.emit(self.tr("Choose an application in the grid to score it"))
            return
        self.score_application(row.enrollment_id)

    def score_application(self, enrollment_id: int) -> bool:
        """Open the score dialog; True when a score was saved (the grid then reloads)."""
        row = next((r for r in self.ranking_model.rows() if r.enrollment_id == enrollment_id),
                   None)
        if row is None:
            return False
        if row.status not in SCORABLE:
            self.sig_status.emit(self.tr("{startup} is “{status}”: scoring is closed").format(
                startup=row.startup_name, status=status_label(row.status)))
            return False
        try:
            dialog = ScoreDialog(self.ctx.engine, enrollment_id, self)
        except TiersLieuError as exc:
            show_error(self, exc)
            return False
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return False
        saved = dialog.saved
        self.sig_status.emit(self.tr("Score of {reviewer} for {startup} saved: {total} / 5")
                             .format(reviewer=saved.reviewer_name, startup=row.startup_name,
                                     total=fmt_score(saved.weighted)))
        self._select_after = enrollment_id
        if self.cohort is not None:
            self.load_cohort(self.cohort.id)
        return True

    def _open_alert(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_startup(row.organization_id)

    def record_kpis(self, organization_id: int) -> None:
        name = self.detail.detail.name if self.detail.detail else ""
        dialog = dialogs.KpiDialog(self.ctx.engine, organization_id, name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.sig_status.emit(self.tr("KPIs of {startup} recorded for {period}").format(
                startup=name, period=dialog.saved.period))
            self.open_startup(organization_id, switch=False)
            self.refresh()


__all__ = ["IncubationPage"]
