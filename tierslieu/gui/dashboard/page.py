"""The home page: what is happening today, and the front desk's quick actions.

Everything comes from one call, :func:`tierslieu.services.dashboard.load`, run off the GUI
thread (``run_task``) when the page opens, after each action, and every minute; a slower
older answer never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import tierslieu.gui.resources_rc  # noqa: F401  (registers :/icons when run without the app)
from tierslieu import timeutil
from tierslieu.errors import TiersLieuError
from tierslieu.gui import theme
from tierslieu.gui.context import AppContext
from tierslieu.gui.dashboard.models import (
    AlertItem,
    AlertsModel,
    ArrivalsModel,
    DashboardEventsModel,
    PresentModel,
    RoomsModel,
    alert_items,
)
from tierslieu.gui.dashboard.widgets import PANEL_STYLE, MemberPicker, Panel, Tile
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_count, fmt_date
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard
from tierslieu.gui.tasks import run_task
from tierslieu.services import dashboard, visits
from tierslieu.services.dashboard import Dashboard

if TYPE_CHECKING:
    from tierslieu.services.billing.credits import VisitCredit

REFRESH_MS = 60_000


def _icon(name: str) -> QIcon:
    # recoloured for a dark background in dark mode
    from tierslieu.gui.theme import icon as themed_icon

    return themed_icon(name)


class DashboardPage(QWidget):
    """Page protocol: ``icon_name``, ``page_title``, ``refresh``, ``focus_search``, ``new_item``."""

    icon_name = "home"

    sig_status = Signal(str)
    """text for the status bar"""
    sig_show_event = Signal(int)
    """the user opened an event from the home page (its id)"""
    sig_show_person = Signal(int)
    """... a member (a subscription ending, an unpaid invoice): the person's id"""
    sig_show_organization = Signal(int)
    """... an organisation (its subscription or unpaid invoice): its id"""
    sig_show_startup = Signal(int)
    """... a startup with a late milestone: the organisation's id"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or (lambda: datetime.now(UTC))
        self.data: Dashboard | None = None
        self._generation = 0
        self.setStyleSheet(theme.adapt(PANEL_STYLE))
        self._build()
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.present_tile = Tile(self.tr("in now"))
        self.arrivals_tile = Tile(self.tr("arrivals today"))
        self.occupancy_tile = Tile(self.tr("of the seats taken"))
        self.rooms_tile = Tile(self.tr("rooms in use"))
        self.events_tile = Tile(self.tr("events today"))
        self.alerts_tile = Tile(self.tr("alerts"))
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in (self.present_tile, self.arrivals_tile, self.occupancy_tile,
                     self.rooms_tile, self.events_tile, self.alerts_tile):
            tiles.addWidget(tile, 1)

        self.search_edit = MemberPicker(self.ctx.engine, self)
        self.search_edit.setPlaceholderText(self.tr("Member arriving: type a name…"))
        self.search_edit.setToolTip(self.tr("Check a member in (Ctrl+F to come here)"))
        self.search_edit.setMinimumWidth(260)
        self.search_edit.returnPressed.connect(self.check_in)
        self.checkin_button = QPushButton(_icon("add-white"), self.tr("Check in"))
        self.checkin_button.setProperty("primary", True)
        self.checkin_button.clicked.connect(self.check_in)
        self.visitor_button = QPushButton(_icon("members"), self.tr("Register a visitor…"))
        self.visitor_button.setToolTip(self.tr("A visitor or a guest for a member (Ctrl+N)"))
        self.visitor_button.clicked.connect(self.register_visitor)
        self.booking_button = QPushButton(_icon("planning"), self.tr("New booking…"))
        self.booking_button.clicked.connect(self.new_booking)
        self.updated_label = QLabel()
        self.updated_label.setStyleSheet("color: #78909c;")
        # the last check-in and what it consumed (a day drawn, or a day pass to sell)
        self.checkin_note = QLabel()
        self.checkin_note.setWordWrap(True)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.search_edit, 2)
        actions.addWidget(self.checkin_button)
        actions.addSpacing(12)
        actions.addWidget(self.visitor_button)
        actions.addWidget(self.booking_button)
        actions.addSpacing(12)
        actions.addWidget(self.checkin_note, 3)
        actions.addStretch(1)
        actions.addWidget(self.updated_label)

        self.present_model = PresentModel(self)
        self.arrivals_model = ArrivalsModel(self)
        self.rooms_model = RoomsModel(self)
        self.events_model = DashboardEventsModel(self, today=True)
        self.week_model = DashboardEventsModel(self)
        self.alerts_model = AlertsModel(self)
        self.present_panel = Panel(self.tr("In now"), self.present_model,
                                   self.tr("Nobody has checked in yet today."))
        self.present_panel.stretch("name")
        self.checkout_button = QPushButton(self.tr("Check out"))
        self.checkout_button.setToolTip(self.tr("The selected person leaves"))
        self.checkout_button.clicked.connect(self.check_out)
        self.badge_button = QPushButton(self.tr("Badge…"))
        self.badge_button.setToolTip(self.tr("Print the selected visitor's badge (PDF)"))
        self.badge_button.clicked.connect(self.print_badge)
        self.present_panel.add_button(self.badge_button)
        self.present_panel.add_button(self.checkout_button)
        self.arrivals_panel = Panel(self.tr("Arrivals today"), self.arrivals_model,
                                    self.tr("No arrival today."))
        self.arrivals_panel.stretch("name")
        self.rooms_panel = Panel(self.tr("Rooms today"), self.rooms_model,
                                 self.tr("No room is set up yet."))
        self.rooms_panel.stretch("now")
        self.events_panel = Panel(self.tr("Events today"), self.events_model,
                                  self.tr("No event today."))
        self.events_panel.stretch("title")
        self.week_panel = Panel(self.tr("Coming up this week"), self.week_model,
                                self.tr("No event in the next seven days."))
        self.week_panel.stretch("title")
        self.alerts_panel = Panel(self.tr("Alerts"), self.alerts_model,
                                  self.tr("Nothing needs your attention."))
        self.alerts_panel.stretch("detail")
        self.read_button = QPushButton(self.tr("Mark as read"))
        self.read_button.setToolTip(self.tr("The selected notification was passed on"))
        self.read_button.clicked.connect(self.mark_read)
        self.alerts_panel.add_button(self.read_button)
        for panel in (self.events_panel, self.week_panel):
            panel.view.activated.connect(self._event_activated)
        self.alerts_panel.view.activated.connect(self._alert_activated)
        self.alerts_panel.view.setToolTip(self.tr(
            "Double-click or Enter opens what the alert is about: the event, the startup's "
            "file, the member or the organisation"))
        guard("visits.write", self.search_edit, self.checkin_button, self.visitor_button,
              self.checkout_button, self.read_button)
        guard("bookings.write", self.booking_button)
        for panel in (self.present_panel, self.alerts_panel):
            panel.view.selectionModel().selectionChanged.connect(self._update_buttons)

        grid = QGridLayout()
        grid.setSpacing(8)
        # who is in (the front desk's first question) takes a whole column
        grid.addWidget(self.present_panel, 0, 0, 3, 1)
        grid.addWidget(self.rooms_panel, 0, 1, 2, 1)
        grid.addWidget(self.alerts_panel, 2, 1)
        grid.addWidget(self.events_panel, 0, 2)
        grid.addWidget(self.week_panel, 1, 2)
        grid.addWidget(self.arrivals_panel, 2, 2)
        for col, stretch in ((0, 10), (1, 11), (2, 10)):
            grid.setColumnStretch(col, stretch)
        for row, stretch in ((0, 3), (1, 3), (2, 5)):
            grid.setRowStretch(row, stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addLayout(tiles)
        layout.addLayout(actions)
        layout.addLayout(grid, 1)
        self._update_buttons()

    # -- page protocol --------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Home")

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def new_item(self) -> None:
        self.register_visitor()

    def refresh(self) -> None:
        """Reload everything off the GUI thread; only the newest answer is shown."""
        self._generation += 1
        generation = self._generation
        engine, now = self.ctx.engine, self.clock()

        def done(data: Dashboard) -> None:
            if generation == self._generation:
                self.show_data(data)

        run_task(self, lambda _progress: dashboard.load(engine, now=now), on_done=done)

    def show_data(self, data: Dashboard) -> None:
        self.data = data
        occ = data.occupancy
        self.present_model.set_rows(data.present)
        self.arrivals_model.set_rows(data.arrivals)
        self.rooms_model.set_rows(data.rooms)
        self.events_model.set_rows(data.events_today)
        self.week_model.set_rows(data.events_week)
        self.alerts_model.set_rows(alert_items(data.alerts, data.notifications))
        self.present_tile.set(fmt_count(occ.present))
        self.arrivals_tile.set(fmt_count(len(data.arrivals)))
        self.occupancy_tile.set(f"{occ.percent} %", self.tr("of {seats} seats taken").format(
            seats=fmt_count(occ.seats)))
        self.rooms_tile.set(f"{occ.rooms_busy} / {occ.rooms_total}")
        self.events_tile.set(fmt_count(len(data.events_today)))
        self.alerts_tile.set(fmt_count(self.alerts_model.rowCount()),
                             warn=self.alerts_model.rowCount() > 0)
        local = timeutil.to_local(data.now, data.timezone)
        self.updated_label.setText(self.tr("{day}, updated at {time}").format(
            day=fmt_date(data.today), time=f"{local:%H:%M}"))
        self.sig_status.emit(self.tr("%n person(s) in", "", occ.present))
        self._update_buttons()

    # -- actions ---------------------------------------------------------------------------

    def _selected(self, panel: Panel) -> Any:
        rows = panel.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self, *_args: Any) -> None:
        visit = self._selected(self.present_panel)
        self.checkout_button.setEnabled(visit is not None)
        self.badge_button.setEnabled(visit is not None)
        alert = self._selected(self.alerts_panel)
        self.read_button.setEnabled(isinstance(alert, AlertItem) and alert.kind == "notification")

    def _act(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except TiersLieuError as exc:
            show_error(self, exc)
            return None

    def check_in(self) -> None:
        """Check in the member typed in the search field."""
        pid = self.search_edit.person_id()
        if pid is None:
            self.sig_status.emit(self.tr("Choose a member in the suggestions first."))
            self.search_edit.setFocus()
            return
        # check_in draws the desk day itself (billing.credits.use_for_visit)
        visit = self._act(lambda: visits.check_in(self.ctx.engine, pid, now=self.clock()))
        if visit is not None:
            self.search_edit.clear_choice()
            text = self.tr("{name} checked in at {time}").format(
                name=visit.name, time=f"{visit.local_arrival:%H:%M}")
            credit = self.credit_text(visit.credit)
            if credit:
                text += f" — {credit}"
            self.checkin_note.setText(text)
            self.checkin_note.setToolTip(visit.credit.explanation if visit.credit else "")
            sell = visit.credit is not None and visit.credit.day_pass_needed
            self.checkin_note.setProperty("error", sell)
            self.checkin_note.setProperty("hint", not sell)
            self.checkin_note.style().unpolish(self.checkin_note)
            self.checkin_note.style().polish(self.checkin_note)
            self.sig_status.emit(text)
            self.refresh()

    def credit_text(self, credit: VisitCredit | None) -> str:
        """What the check-in consumed: "1 day drawn, 7 left", "no credit: offer a day
        pass"…"""
        if credit is None:
            return ""
        left = fmt_count(credit.remaining or 0)
        if credit.status == "included":
            return self.tr("desk access included in “{plan}”").format(plan=credit.plan_name)
        if credit.status == "booking":
            return self.tr("{resource} booked today: the booking counts the day").format(
                resource=credit.resource_name)
        if credit.status == "drawn":
            return self.tr("1 day drawn, {left} left").format(left=left)
        if credit.status == "already":
            return self.tr("day already counted today, {left} left").format(left=left)
        if credit.status == "none_left":
            return self.tr("no credit left: offer a day pass")
        return self.tr("no subscription: offer a day pass")

    def check_out(self) -> None:
        visit = self._selected(self.present_panel)
        if visit is None:
            return
        done = self._act(lambda: visits.check_out(self.ctx.engine, visit_id=visit.id,
                                                  now=self.clock()))
        if done is not None:
            self.sig_status.emit(self.tr("{name} checked out").format(name=done.name))
            self.refresh()

    def register_visitor(self) -> None:
        from tierslieu.gui.dashboard.dialogs import VisitorDialog

        dialog = VisitorDialog(self.ctx, self, clock=self.clock)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        self.sig_status.emit(self.tr("{name} registered; {host} is notified").format(
            name=dialog.saved.name, host=dialog.saved.host_name))
        if dialog.wants_badge:
            self.save_badge(dialog.saved.id, dialog.saved.name)
        self.refresh()

    def print_badge(self) -> None:
        visit = self._selected(self.present_panel)
        if visit is not None:
            self.save_badge(visit.id, visit.name)

    def save_badge(self, visit_id: int, name: str) -> None:
        from tierslieu.text import compact

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the badge"), f"badge-{compact(name) or visit_id}.pdf",
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        engine = self.ctx.engine

        def work(_progress: Any) -> str:
            from tierslieu.i18n import current_language
            from tierslieu.reports.badge import build_badge

            return str(build_badge(visits.get_visit(engine, visit_id), path,
                                   lang=current_language()))

        run_task(self, work, on_done=lambda p: self.sig_status.emit(
            self.tr("Badge saved: {path}").format(path=p)))

    def new_booking(self) -> None:
        from tierslieu.gui.dialogs.booking_dialog import BookingDialog

        dialog = BookingDialog(self.ctx, parent=self, clock=self.clock)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def mark_read(self) -> None:
        alert = self._selected(self.alerts_panel)
        if isinstance(alert, AlertItem) and alert.kind == "notification":
            self._act(lambda: visits.mark_read(self.ctx.engine, [alert.ref_id],
                                               now=self.clock()))
            self.refresh()

    def _event_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.sig_show_event.emit(row.id)

    def _alert_activated(self, index: QModelIndex) -> None:
        item = index.data(ROW_ROLE)
        if not isinstance(item, AlertItem):
            return
        if item.kind == "event_underfilled":
            self.sig_show_event.emit(item.ref_id)
        elif item.kind == "notification":
            self.mark_read()
        elif item.kind == "milestone_late" and item.organization_id is not None:
            self.sig_show_startup.emit(item.organization_id)
        elif item.person_id is not None:          # a subscription ending, an unpaid invoice
            self.sig_show_person.emit(item.person_id)
        elif item.organization_id is not None:
            self.sig_show_organization.emit(item.organization_id)


__all__ = ["DashboardPage"]
