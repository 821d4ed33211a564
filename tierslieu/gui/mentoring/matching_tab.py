"""The Matching tab: weights and options, runs solved off the GUI thread, their results.

Left: the weight of each criterion of the engine, the fairness and keep options, the pairs
pinned or excluded for the next run, the "Run" button and the cohort's previous runs.
Middle: the run shown — its pairs with a score bar, and per startup the mentors obtained,
the best possible score, the regret and why slots stayed empty. Right: the selected pair's
score by criterion and the answer to "why not this mentor?".

Runs, "why not" and accepting go through :mod:`tierslieu.services.mentoring` in
:func:`run_task`; a pin or an exclusion only changes what the next run is asked.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tierslieu.gui import theme
from tierslieu.gui.fmt import fmt_datetime
from tierslieu.gui.mentoring import dialogs
from tierslieu.gui.mentoring.common import SPIN_STYLE, CohortTab, EmptyHint, arrange, table
from tierslieu.gui.mentoring.models import (
    OutcomesModel,
    PairLine,
    PairsModel,
    PendingModel,
    PendingPair,
    RunsModel,
    criterion_label,
    criterion_tip,
    fmt_points,
    pair_lines,
    pair_reason_label,
    startup_outcomes,
)
from tierslieu.gui.mentoring.widgets import BarDelegate, BreakdownChart
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard
from tierslieu.gui.tasks import run_task
from tierslieu.text import fold

if TYPE_CHECKING:
    from tierslieu.gui.mentoring.page import MentoringPage
    from tierslieu.services.matching import WhyNot
    from tierslieu.services.mentoring import RunRow

Pair = tuple[int, int]


def _b(text: str) -> str:
    return f"<b>{html.escape(text)}</b>"


class MatchingTab(CohortTab):
    def __init__(self, page: MentoringPage) -> None:
        super().__init__(page)
        self.run: RunRow | None = None
        self.runs: list[RunRow] = []
        self.pins: dict[Pair, PendingPair] = {}
        self.excluded: dict[Pair, PendingPair] = {}
        self.defaults: dict[str, int] = {}
        self.spins: dict[str, QSpinBox] = {}
        self.last_why_not: WhyNot | None = None
        self.running = False
        self.pairs_model = PairsModel(self)
        self.outcomes_model = OutcomesModel(self)
        self.runs_model = RunsModel(self)
        self.pending_model = PendingModel(self)
        self._focus_startup: int | None = None
        self._build()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._build_options())
        self.splitter.addWidget(self._build_results())
        self.splitter.addWidget(self._build_side())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([330, 590, 330])
        self.content.setStyleSheet(theme.adapt(SPIN_STYLE))
        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(self.splitter)
        self._build_actions()
        self._update_actions()

    def _build_options(self) -> QWidget:
        box = QWidget()
        box.setMinimumWidth(320)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(8)
        self.weights_box = QGroupBox(self.tr("Weights of the criteria"))
        self.weights_box.setToolTip(self.tr("How much each criterion counts in a pair's "
                                            "score (0: ignored)"))
        self.weights_grid = QGridLayout(self.weights_box)
        self.weights_grid.setHorizontalSpacing(6)
        self.weights_grid.setVerticalSpacing(4)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the default weights"))
        self.reset_button.clicked.connect(self.reset_weights)
        lay.addWidget(self.weights_box)
        self.fair_check = QCheckBox(self.tr("Fairness (maximise the worst score)"))
        self.fair_check.setToolTip(self.tr("First raise the weakest pair's score as high as "
                                           "possible, then the total"))
        self.keep_check = QCheckBox(self.tr("Keep the existing pairs"))
        self.keep_check.setToolTip(self.tr("The cohort's current pairs stay, as long as they "
                                           "are still allowed; only free places are matched"))
        lay.addWidget(self.fair_check)
        lay.addWidget(self.keep_check)

        self.pending_box = QGroupBox(self.tr("For the next run"))
        pending_lay = QVBoxLayout(self.pending_box)
        self.pending_view = table(self.pending_model, row_height=24)
        self.pending_view.setAccessibleName(self.tr("For the next run"))
        self.pending_view.setMinimumHeight(80)
        self.pending_view.setMaximumHeight(110)
        arrange(self.pending_view, stretch=1, widths={2: 110})
        self.pending_hint = EmptyHint(self.pending_view, self.tr(
            "Pin or exclude pairs from the results."))
        self.remove_pending_button = QPushButton(self.tr("Remove"))
        self.remove_pending_button.setToolTip(self.tr("Forget the selected pin or exclusion"))
        self.remove_pending_button.clicked.connect(self.remove_pending)
        pending_lay.addWidget(self.pending_view)
        pending_lay.addWidget(self.remove_pending_button, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.pending_box)

        self.run_button = QPushButton(self.tr("Run the matching"))
        self.run_button.setProperty("primary", True)
        self.run_button.setToolTip(self.tr("Compute the best pairs with these weights; the "
                                           "run is kept, nothing changes until it is accepted"))
        self.run_button.clicked.connect(self.run_matching)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        lay.addWidget(self.run_button)
        lay.addWidget(self.busy)

        runs_box = QGroupBox(self.tr("Runs of the cohort"))
        runs_lay = QVBoxLayout(runs_box)
        self.runs_view = table(self.runs_model, row_height=24)
        self.runs_view.setAccessibleName(self.tr("Runs of the cohort"))
        self.runs_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.runs_view.horizontalHeader().setSortIndicatorShown(False)
        arrange(self.runs_view, stretch=1)
        self.runs_view.doubleClicked.connect(lambda _i: self.show_selected_run())
        self.runs_view.setToolTip(self.tr("Double-click a run to show it again"))
        self.show_run_button = QPushButton(self.tr("Show"))
        self.show_run_button.setToolTip(self.tr("Show the selected run's results and weights"))
        self.show_run_button.clicked.connect(self.show_selected_run)
        runs_lay.addWidget(self.runs_view, 1)
        runs_lay.addWidget(self.show_run_button, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(runs_box, 1)
        return box

    def _build_results(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.setSpacing(6)
        self.run_title = QLabel()
        self.run_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.run_title.setProperty("heading", True)     # its colour: app.qss / app-dark.qss
        self.run_info = QLabel()
        self.run_info.setWordWrap(True)
        self.run_info.setProperty("muted", True)
        lay.addWidget(self.run_title)
        lay.addWidget(self.run_info)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.setToolTip(self.tr("Impose this pair on the next run"))
        self.pin_button.clicked.connect(self.toggle_pin)
        self.exclude_button = QPushButton(self.tr("Exclude"))
        self.exclude_button.setToolTip(self.tr("Forbid this pair on the next run"))
        self.exclude_button.clicked.connect(self.toggle_exclude)
        self.why_button = QPushButton(self.tr("Why not?…"))
        self.why_button.setToolTip(self.tr("Compare the selected startup's mentor with "
                                           "another one: what forcing it would cost"))
        self.why_button.clicked.connect(self.why_not)
        self.accept_button = QPushButton(self.tr("Accept…"))
        self.accept_button.setProperty("primary", True)
        self.accept_button.setToolTip(self.tr("Make this run's pairs the cohort's mentors"))
        self.accept_button.clicked.connect(self.accept_run)
        for b in (self.pin_button, self.exclude_button, self.why_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        lay.addLayout(buttons)
        self.pairs_view = table(self.pairs_model, row_height=28)
        self.pairs_view.setAccessibleName(self.tr("Pairs of the run"))
        self.pairs_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bar_delegate = BarDelegate(self.pairs_view)
        self.pairs_view.setItemDelegateForColumn(self.pairs_model.column_index("score"),
                                                 self.bar_delegate)
        arrange(self.pairs_view, stretch=1, widths={0: 175, 2: 150})
        self.pairs_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.pairs_view.customContextMenuRequested.connect(self._pairs_menu)
        self.pairs_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._on_pair_selected())
        self.pairs_empty = EmptyHint(self.pairs_view)
        lay.addWidget(self.pairs_view, 3)
        self.outcomes_label = QLabel(self.tr("Per startup"))
        self.outcomes_label.setStyleSheet("font-weight: 600;")
        self.outcomes_label.setProperty("heading", True)
        lay.addWidget(self.outcomes_label)
        self.outcomes_view = table(self.outcomes_model, row_height=24)
        self.outcomes_view.setAccessibleName(self.tr("Per startup"))
        self.outcomes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        arrange(self.outcomes_view, stretch=0)
        self.outcomes_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._on_outcome_selected())
        self.outcomes_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.outcomes_view.customContextMenuRequested.connect(self._outcomes_menu)
        lay.addWidget(self.outcomes_view, 2)
        return box

    def _build_side(self) -> QWidget:
        box = QWidget()
        box.setMinimumWidth(310)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(6, 0, 0, 0)
        lay.setSpacing(8)
        self.breakdown_box = QGroupBox(self.tr("Score by criterion"))
        b_lay = QVBoxLayout(self.breakdown_box)
        self.pair_title = QLabel()
        self.pair_title.setWordWrap(True)
        self.pair_title.setTextFormat(Qt.TextFormat.RichText)
        self.chart = BreakdownChart()
        self.chart_hint = QLabel(self.tr("Each bar is as long as the points the criterion can "
                                         "give with these weights; the coloured part is what "
                                         "the pair earns. Hover for details."))
        self.chart_hint.setWordWrap(True)
        self.chart_hint.setProperty("hint", True)
        self.chart_hint.setStyleSheet("font-size: 9pt;")
        b_lay.addWidget(self.pair_title)
        b_lay.addWidget(self.chart)
        b_lay.addWidget(self.chart_hint)
        lay.addWidget(self.breakdown_box)
        self.why_box = QGroupBox(self.tr("Why not another mentor?"))
        w_lay = QVBoxLayout(self.why_box)
        self.why_label = QLabel(self.tr("Select a startup, then “Why not?” to see what forcing "
                                        "another mentor would cost the cohort."))
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.RichText)
        self.why_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        w_lay.addWidget(self.why_label, 1)
        lay.addWidget(self.why_box, 1)
        return box

    def _build_actions(self) -> None:
        self.act_pin = QAction(self.tr("&Pin for the next run"), self)
        self.act_pin.triggered.connect(self.toggle_pin)
        self.act_exclude = QAction(self.tr("&Exclude from the next run"), self)
        self.act_exclude.triggered.connect(self.toggle_exclude)
        self.act_why = QAction(self.tr("&Why not another mentor?…"), self)
        self.act_why.triggered.connect(self.why_not)
        self.act_accept = QAction(self.tr("&Accept the run…"), self)
        self.act_accept.triggered.connect(self.accept_run)
        # a run is stored, pins and exclusions feed the next one: writes
        guard("mentoring.write", self.run_button, self.pin_button, self.exclude_button,
              self.accept_button, self.remove_pending_button, self.act_pin, self.act_exclude,
              self.act_accept)

    # -- criteria -------------------------------------------------------------------------

    def set_criteria(self, criteria: tuple[str, ...], defaults: dict[str, int]) -> None:
        """Build one spin box per criterion of the engine (once: the criteria are fixed)."""
        if self.spins:
            return
        self.defaults = dict(defaults)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for position, key in enumerate(criteria):
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(defaults.get(key, 0))
            spin.setMinimumWidth(58)
            spin.setAlignment(right)
            spin.setToolTip(criterion_tip(key))
            spin.setAccessibleName(criterion_label(key))
            label = QLabel(criterion_label(key))
            label.setToolTip(criterion_tip(key))
            label.setBuddy(spin)
            row, col = divmod(position, 2)
            self.weights_grid.addWidget(label, row, 2 * col, right)
            self.weights_grid.addWidget(spin, row, 2 * col + 1)
            self.spins[key] = spin
        last = (len(criteria) - 1) // 2
        if len(criteria) % 2:
            self.weights_grid.addWidget(self.reset_button, last, 2, 1, 2)
        else:
            self.weights_grid.addWidget(self.reset_button, last + 1, 0, 1, 4)
        self._update_actions()

    def weights(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def set_weights(self, weights: dict[str, int]) -> None:
        for key, spin in self.spins.items():
            spin.setValue(int(weights.get(key, 0)))

    def reset_weights(self) -> None:
        self.set_weights(self.defaults)
        self.fair_check.setChecked(False)

    # -- the cohort's runs ----------------------------------------------------------------

    def set_cohort(self) -> None:
        """A new cohort: forget the run shown and the pins and exclusions."""
        self.run = None
        self.pins.clear()
        self.excluded.clear()
        self.last_why_not = None
        self._refresh_pending()

    def set_runs(self, runs: list[RunRow]) -> None:
        """The cohort's runs; keeps showing the same run (fresh from the database), else the
        latest one."""
        self.runs = list(runs)
        self.runs_model.set_rows(runs)
        same = next((r for r in runs if self.run is not None and r.id == self.run.id), None)
        self.show_run(same or (runs[-1] if runs else None), apply_settings=same is None)

    def show_selected_run(self) -> None:
        index = self.runs_view.currentIndex()
        run = index.data(ROW_ROLE) if index.isValid() else None
        if run is not None:
            self.show_run(run, apply_settings=True)
            self.page.sig_status.emit(self.tr("Run #{id} shown").format(id=run.id))

    def show_run(self, run: RunRow | None, *, apply_settings: bool = False) -> None:
        keep = self.current_pair()
        self.run = run
        if run is not None and apply_settings:
            self.set_weights(run.weights)
            self.fair_check.setChecked(run.fair)
        self._fill_results()
        if keep is not None:
            self.select_pair(*keep.key)
        self._select_run_row()
        self._on_pair_selected()
        self._update_actions()

    def _fill_results(self) -> None:
        run = self.run
        if run is None:
            self.pairs_model.set_rows([])
            self.outcomes_model.set_rows([])
            self.run_title.setText(self.tr("No run yet"))
            self.run_info.setText(self.tr("Set the weights, then “Run the matching”: the best "
                                          "assignment of mentors to the cohort's startups is "
                                          "computed and kept, to accept or not."))
            self.pairs_empty.set_text("")
            return
        self.pairs_model.set_rows(pair_lines(run, set(self.pins), set(self.excluded)))
        self.outcomes_model.set_rows(startup_outcomes(run))
        # the reason column only matters when a startup is short of mentors
        self.outcomes_view.setColumnHidden(self.outcomes_model.column_index("reason"),
                                           not run.result.unmatched)
        r = run.result
        title = self.tr("Run #{id} of {date}").format(id=run.id,
                                                      date=fmt_datetime(run.created_at))
        if run.accepted:
            title += " — " + self.tr("accepted")
        self.run_title.setText(title)
        parts = [self.tr("%n pair(s)", "", r.matched),
                 self.tr("total score {total}").format(total=fmt_points(r.total))]
        if r.min_score is not None:
            parts.append(self.tr("weakest pair {score}").format(score=fmt_points(r.min_score)))
        if r.unmatched:
            parts.append(self.tr("%n startup(s) short of mentors", "", len(r.unmatched)))
        if run.fair:
            parts.append(self.tr("fairness"))
        if r.dropped_keep:
            parts.append(self.tr("%n kept pair(s) no longer allowed", "", len(r.dropped_keep)))
        self.run_info.setText(" · ".join(parts))
        self.pairs_empty.set_text(self.tr("No pair: no mentor can follow these startups "
                                          "(languages, conflicts, capacity)."))

    def _select_run_row(self) -> None:
        if self.run is None:
            self.runs_view.clearSelection()
            return
        row = self.runs_model.find_row(lambda r: r.id == self.run.id)  # type: ignore[union-attr]
        if row >= 0:
            self.runs_view.selectRow(row)

    # -- selection and the breakdown ------------------------------------------------------

    def current_pair(self) -> PairLine | None:
        index = self.pairs_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_pair(self, startup_id: int, mentor_id: int) -> bool:
        row = self.pairs_model.find_row(lambda p: p.key == (startup_id, mentor_id))
        if row >= 0:
            self.pairs_view.selectRow(row)
        return row >= 0

    def _on_pair_selected(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self._focus_startup = pair.startup_id
            self.pair_title.setText(self.tr("{startup} with {mentor}").format(
                startup=_b(pair.startup), mentor=_b(pair.mentor)))
        else:
            self.pair_title.setText("")
        self.chart.set_pair(pair, self.run.weights if self.run else {})
        self._update_actions()

    def _on_outcome_selected(self) -> None:
        index = self.outcomes_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self._focus_startup = row.startup_id
        self._update_actions()

    def _update_actions(self) -> None:
        pair = self.current_pair()
        has_run = self.run is not None
        idle = not self.running
        self.run_button.setEnabled(idle and bool(self.spins))
        for widget in (self.pin_button, self.exclude_button, self.act_pin, self.act_exclude):
            widget.setEnabled(pair is not None and idle)
        self.pin_button.setText(self.tr("Unpin") if pair and pair.key in self.pins
                                else self.tr("Pin"))
        self.exclude_button.setText(self.tr("Allow again") if pair and pair.key in self.excluded
                                    else self.tr("Exclude"))
        can_why = has_run and idle and self._focus_startup is not None
        self.why_button.setEnabled(can_why)
        self.act_why.setEnabled(can_why)
        can_accept = has_run and idle and not self.run.accepted  # type: ignore[union-attr]
        self.accept_button.setEnabled(can_accept)
        self.act_accept.setEnabled(can_accept)
        self.remove_pending_button.setEnabled(self.pending_model.rowCount() > 0)
        self.show_run_button.setEnabled(self.runs_model.rowCount() > 0)

    def _pairs_menu(self, pos: QPoint) -> None:
        index = self.pairs_view.indexAt(pos)
        if not index.isValid():
            return
        self.pairs_view.setCurrentIndex(index)
        menu = self.pair_menu()
        menu.exec(self.pairs_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def pair_menu(self) -> QMenu:
        pair = self.current_pair()
        self.act_pin.setText(self.tr("Un&pin") if pair and pair.key in self.pins
                             else self.tr("&Pin for the next run"))
        self.act_exclude.setText(self.tr("Allow &again") if pair and pair.key in self.excluded
                                 else self.tr("&Exclude from the next run"))
        menu = QMenu(self)
        for act in (self.act_pin, self.act_exclude, self.act_why):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.act_accept)
        return menu

    def _outcomes_menu(self, pos: QPoint) -> None:
        index = self.outcomes_view.indexAt(pos)
        if not index.isValid():
            return
        self.outcomes_view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.act_why)
        menu.exec(self.outcomes_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- pins and exclusions for the next run ---------------------------------------------

    def _pending(self, kind: str, pair: PairLine) -> PendingPair:
        return PendingPair(kind, pair.startup_id, pair.startup, pair.mentor_id, pair.mentor)

    def toggle_pin(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        if self.pins.pop(pair.key, None) is not None:
            message = self.tr("{startup} – {mentor} will no longer be pinned")
        else:
            self.excluded.pop(pair.key, None)
            self.pins[pair.key] = self._pending("pin", pair)
            message = self.tr("{startup} – {mentor} will be pinned on the next run")
        self.page.sig_status.emit(message.format(startup=pair.startup, mentor=pair.mentor))
        self._refresh_pending()

    def toggle_exclude(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        if self.excluded.pop(pair.key, None) is not None:
            message = self.tr("{startup} – {mentor} is allowed again")
        else:
            self.pins.pop(pair.key, None)
            self.excluded[pair.key] = self._pending("exclude", pair)
            message = self.tr("{startup} – {mentor} will be excluded from the next run")
        self.page.sig_status.emit(message.format(startup=pair.startup, mentor=pair.mentor))
        self._refresh_pending()

    def remove_pending(self) -> None:
        index = self.pending_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None and self.pending_model.rowCount():
            row = self.pending_model.row_at(0)
        if row is None:
            return
        key = (row.startup_id, row.mentor_id)
        self.pins.pop(key, None)
        self.excluded.pop(key, None)
        self._refresh_pending()

    def _refresh_pending(self) -> None:
        self.pending_model.set_rows(sorted([*self.pins.values(), *self.excluded.values()],
                                           key=lambda p: (p.kind, fold(p.startup))))
        if self.run is not None:
            keep = self.current_pair()
            self.pairs_model.set_rows(pair_lines(self.run, set(self.pins), set(self.excluded)))
            if keep is not None:
                self.select_pair(*keep.key)
        self._update_actions()

    # -- running --------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.busy.setVisible(running)
        self.run_button.setText(self.tr("Computing…") if running else self.tr("Run the matching"))
        self._update_actions()

    def run_matching(self) -> None:
        cohort_id = self.page.cohort_id
        if cohort_id is None or self.running:
            return
        engine = self.page.ctx.engine
        weights, fair, keep = self.weights(), self.fair_check.isChecked(), \
            self.keep_check.isChecked()
        pins, excluded = sorted(self.pins), sorted(self.excluded)

        def work(_progress: Any) -> tuple[RunRow, list[RunRow]]:
            from tierslieu.services import mentoring

            run = mentoring.run_matching(engine, cohort_id, weights=weights, fair=fair,
                                         pins=pins, excluded=excluded, keep_existing=keep)
            return run, mentoring.list_runs(engine, cohort_id)

        def done(result: tuple[RunRow, list[RunRow]]) -> None:
            self._set_running(False)
            run, runs = result
            if cohort_id != self.page.cohort_id:
                return
            self.run = run
            self.set_runs(runs)
            self.page.sig_status.emit(self.tr("Run #{id}: %n pair(s), total score {total}", "",
                                              run.result.matched).format(
                id=run.id, total=fmt_points(run.result.total)))

        def failed(exc: BaseException) -> None:
            self._set_running(False)
            self.page.show_error(exc)

        self._set_running(True)
        run_task(self, work, on_done=done, on_error=failed,
                 label=self.tr("Matching mentors and startups…"))

    # -- why not ----------------------------------------------------------------------------

    def why_not(self) -> None:
        run, startup_id = self.run, self._focus_startup
        if run is None or startup_id is None or self.running:
            return
        chosen = {p.mentor_id for p in run.result.pairs if p.startup_id == startup_id}
        choices = sorted(((name, mid) for mid, name in run.mentor_names.items()
                          if mid not in chosen), key=lambda c: fold(c[0]))
        startup = run.startup_names.get(startup_id, "")
        mentor_id = dialogs.ask_mentor(self, startup, choices)
        if mentor_id is None:
            return
        engine, run_id = self.page.ctx.engine, run.id

        def work(_progress: Any) -> WhyNot:
            from tierslieu.services import mentoring

            return mentoring.why_not(engine, run_id, startup_id, mentor_id)

        def done(answer: WhyNot) -> None:
            self._set_running(False)
            if self.run is not None and self.run.id == run_id:
                self.show_why_not(answer)

        def failed(exc: BaseException) -> None:
            self._set_running(False)
            self.page.show_error(exc)

        self._set_running(True)
        run_task(self, work, on_done=done, on_error=failed,
                 label=self.tr("Solving again with this mentor forced…"))

    def show_why_not(self, w: WhyNot) -> None:
        self.last_why_not = w
        run = self.run
        assert run is not None
        startups, mentors = run.startup_names, run.mentor_names
        names = {"startup": _b(startups.get(w.startup_id, "")),
                 "mentor": _b(mentors.get(w.mentor_id, ""))}

        def pairs(items: tuple[tuple[int, int], ...]) -> str:
            return "".join(f"<li>{html.escape(startups.get(s, str(s)))} – "
                           f"{html.escape(mentors.get(m, str(m)))}</li>" for s, m in items) \
                or "<li>—</li>"

        if not w.feasible:
            text = self.tr("{mentor} cannot mentor {startup}: {reason}.").format(
                reason=html.escape(pair_reason_label(w.reason)), **names)
        elif w.loss == 0 and w.lost_matches == 0 and not w.displaced:
            text = self.tr("{mentor} is already the best choice for {startup} (pair score "
                           "{score}).").format(score=fmt_points(w.score), **names)
        else:
            text = self.tr("Forcing {mentor} for {startup} (pair score {score}) would cost "
                           "<b>{loss}</b> point(s) of total score.").format(
                score=fmt_points(w.score), loss=fmt_points(w.loss), **names)
            if w.lost_matches:
                text += " " + self.tr("It would also leave %n mentor place(s) empty.", "",
                                      w.lost_matches)
            going = self.tr("Pairs that would go:")
            coming = self.tr("Pairs that would replace them:")
            text += (f"<p>{going}</p><ul>{pairs(w.displaced)}</ul>"
                     f"<p>{coming}</p><ul>{pairs(w.added)}</ul>")
        self.why_label.setText(text)
        self.why_box.setTitle(self.tr("Why not {mentor}?").format(
            mentor=mentors.get(w.mentor_id, "")))

    # -- accepting --------------------------------------------------------------------------

    def accept_run(self) -> None:
        run = self.run
        if run is None or run.accepted or self.running:
            return
        answer = QMessageBox.question(
            self, self.tr("Accept the run"),
            self.tr("Accept run #{id}? Its %n pair(s) become the cohort's mentors; pairs it "
                    "does not keep end (their sessions stay in the log).", "",
                    run.result.matched).format(id=run.id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        engine, run_id = self.page.ctx.engine, run.id

        def work(_progress: Any) -> int:
            from tierslieu.services import mentoring

            return len(mentoring.accept_run(engine, run_id))

        def done(count: int) -> None:
            self._set_running(False)
            self.page.sig_status.emit(self.tr("Run #{id} accepted: %n active pair(s)", "",
                                              count).format(id=run_id))
            self.page.refresh()

        def failed(exc: BaseException) -> None:
            self._set_running(False)
            self.page.show_error(exc)

        self._set_running(True)
        run_task(self, work, on_done=done, on_error=failed)
