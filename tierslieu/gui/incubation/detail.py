"""A startup's detail: founders, mentoring budget, milestone timeline and table, KPI table and
chart, status history of the enrollment shown (the chosen cohort's, else the latest)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tierslieu import timeutil
from tierslieu.gui.incubation.board import STATUS_COLOURS
from tierslieu.gui.incubation.charts import KpiChart, MilestoneTimeline
from tierslieu.gui.incubation.models import (
    HistoryModel,
    KpiModel,
    MilestonesModel,
    fmt_hours,
    fmt_money,
    status_label,
)
from tierslieu.gui.models.base import RowTableModel
from tierslieu.gui.permissions import guard
from tierslieu.services.incubation_dto import EnrollmentDetail, StartupDetail


def make_table(model: RowTableModel, tip: str = "") -> QTableView:  # type: ignore[type-arg]
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    # enabling sorting sorts at once by the indicator, descending by default: start from
    # the first column ascending, which is the services' own order for these tables
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    view.setToolTip(tip)
    return view


class StartupDetailView(QWidget):
    """Shows one :class:`StartupDetail`; empty until :meth:`show_startup` is called."""

    sig_record_kpis = Signal(int)
    """the "Record KPIs" button was pressed: organisation id"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: StartupDetail | None = None
        self.enrollment: EnrollmentDetail | None = None
        self.milestones = MilestonesModel(self)
        self.kpis = KpiModel(self)
        self.history = HistoryModel(self)
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.empty = QLabel(self.tr("Double-click a startup on the board, or press Enter on "
                                    "its card, to see its details here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("hint", True)
        self.stack.addWidget(self.empty)
        # scrolls rather than forcing its full height onto the main window
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._build())
        self.stack.addWidget(scroll)

    def _build(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(8)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.sub_label = QLabel()
        self.sub_label.setTextFormat(Qt.TextFormat.RichText)
        self.founders_label = QLabel()
        self.founders_label.setWordWrap(True)
        self.founders_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(self.name_label)
        titles.addWidget(self.sub_label)
        titles.addWidget(self.founders_label)
        head.addLayout(titles, 1)
        side = QVBoxLayout()
        side.setSpacing(4)
        self.mentoring_label = QLabel()
        self.mentoring_bar = QProgressBar()
        self.mentoring_bar.setTextVisible(True)
        self.mentoring_bar.setFixedWidth(260)
        self.mentoring_bar.setToolTip(self.tr("Mentoring hours used of the budget of this "
                                              "enrollment"))
        self.kpi_button = QPushButton(self.tr("Record KPIs…"))
        self.kpi_button.setToolTip(self.tr("Enter headcount, revenue and funds raised for a "
                                           "month or a quarter"))
        self.kpi_button.clicked.connect(self._record_kpis)
        guard("incubation.write", self.kpi_button)
        side.addWidget(self.mentoring_label)
        side.addWidget(self.mentoring_bar)
        side.addWidget(self.kpi_button, 0, Qt.AlignmentFlag.AlignRight)
        head.addLayout(side)
        lay.addLayout(head)

        grid = QGridLayout()
        grid.setSpacing(8)
        ms_box = QGroupBox(self.tr("Milestones"))
        ms_lay = QVBoxLayout(ms_box)
        self.timeline = MilestoneTimeline()
        self.milestones_view = make_table(self.milestones)
        self.milestones_view.setAccessibleName(self.tr("Milestones"))
        ms_lay.addWidget(self.timeline)
        ms_lay.addWidget(self.milestones_view, 1)
        hist_box = QGroupBox(self.tr("Status history"))
        hist_lay = QVBoxLayout(hist_box)
        self.history_view = make_table(self.history)
        self.history_view.setAccessibleName(self.tr("Status history"))
        hist_lay.addWidget(self.history_view)
        kpi_box = QGroupBox(self.tr("KPIs"))
        kpi_lay = QVBoxLayout(kpi_box)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.kpi_view = make_table(self.kpis)
        self.kpi_view.setAccessibleName(self.tr("KPIs"))
        kpi_lay.addWidget(self.totals_label)
        kpi_lay.addWidget(self.kpi_view, 1)
        chart_box = QGroupBox(self.tr("Revenue and headcount"))
        chart_lay = QVBoxLayout(chart_box)
        self.chart = KpiChart()
        chart_lay.addWidget(self.chart)
        grid.addWidget(ms_box, 0, 0)
        grid.addWidget(hist_box, 0, 1)
        grid.addWidget(kpi_box, 1, 0)
        grid.addWidget(chart_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        lay.addLayout(grid, 1)
        return page

    # -- content --------------------------------------------------------------------------

    def clear(self) -> None:
        self.detail = None
        self.enrollment = None
        self.stack.setCurrentIndex(0)

    def organization_id(self) -> int | None:
        return self.detail.organization_id if self.detail else None

    def show_startup(self, detail: StartupDetail, *, cohort_id: int | None = None,
                     today: date | None = None) -> None:
        """Show ``detail``; the enrollment in ``cohort_id`` if any, else the latest."""
        self.detail = detail
        chosen = [e for e in detail.enrollments if e.cohort_id == cohort_id]
        self.enrollment = chosen[0] if chosen else (detail.enrollments[-1]
                                                     if detail.enrollments else None)
        e = self.enrollment
        self.name_label.setText(detail.name)
        parts = [html.escape(p) for p in (detail.city, detail.website) if p]
        if e is not None:
            colour = STATUS_COLOURS.get(e.status, "#78909c")
            parts.append(html.escape(f"{e.program_name} — {e.cohort_name}"))
            parts.append(f"<span style='color:{colour}; font-weight:600'>"
                         f"{html.escape(status_label(e.status))}</span>")
        self.sub_label.setText(" · ".join(parts))
        founders = ", ".join(f"{f.name} <{f.email}>" if f.email else f.name
                             for f in detail.founders)
        self.founders_label.setText(self.tr("Founders: {names}").format(
            names=founders or self.tr("none recorded")))
        self._show_mentoring(e)
        milestones = list(e.milestones) if e else []
        self.milestones.set_rows(milestones)
        self.timeline.set_milestones(milestones, e.incubation_start if e else None,
                                     today or timeutil.local_today())
        self.history.set_rows(list(e.history) if e else [])
        self.kpis.set_rows(list(detail.kpis))
        self.chart.set_rows(list(detail.kpis))
        latest = detail.latest
        raised = sum(latest.raised_total_cents.values())
        self.totals_label.setText(self.tr(
            "Latest period {period}: headcount {headcount}. Revenue since the first record "
            "{revenue}, funds raised {raised}.").format(
                period=latest.period or "—",
                headcount="—" if latest.headcount is None else latest.headcount,
                revenue=fmt_money(latest.revenue_total_cents), raised=fmt_money(raised)))
        for view in (self.milestones_view, self.kpi_view, self.history_view):
            view.resizeColumnsToContents()
        self.stack.setCurrentIndex(1)

    def _show_mentoring(self, e: EnrollmentDetail | None) -> None:
        budget = e.mentoring.budget_minutes if e else 0
        used = e.mentoring.used_minutes if e else 0
        self.mentoring_label.setText(self.tr("Mentoring: {used} used of {budget}").format(
            used=fmt_hours(used), budget=fmt_hours(budget)) if budget
            else self.tr("No mentoring budget"))
        self.mentoring_bar.setVisible(bool(budget))
        self.mentoring_bar.setRange(0, max(budget, 1))
        self.mentoring_bar.setValue(min(used, budget))
        self.mentoring_bar.setFormat(f"{fmt_hours(used)} / {fmt_hours(budget)}")

    def header_text(self) -> str:
        return f"{self.name_label.text()} {self.sub_label.text()}"

    def _record_kpis(self) -> None:
        if self.detail is not None:
            self.sig_record_kpis.emit(self.detail.organization_id)
