"""The events page: the list with filters, the editor, and the selected event's
registrations (waitlist positions, check-in, cancellation with automatic promotion,
certificates, hackathon teams)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import tierslieu.gui.resources_rc  # noqa: F401  (registers :/icons when run without the app)
from tierslieu import timeutil
from tierslieu.db.models.events import EVENT_KINDS
from tierslieu.errors import TiersLieuError
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import show_error
from tierslieu.gui.events.dialogs import EventDialog, RegisterDialog, TeamsDialog
from tierslieu.gui.events.models import EventsModel, RegistrationsModel, places_text
from tierslieu.gui.fmt import fmt_count
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import choice_label, current_language
from tierslieu.services import events
from tierslieu.services.events import EventRow, RegistrationRow

SEARCH_DELAY_MS = 250
UPCOMING, PAST, ALL = "upcoming", "past", "all"


def _icon(name: str) -> QIcon:
    # recoloured for a dark background in dark mode
    from tierslieu.gui.theme import icon as themed_icon

    return themed_icon(name)


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class EventsPage(QWidget):
    """Page protocol: ``icon_name``, ``page_title``, ``refresh``, ``focus_search``, ``new_item``."""

    icon_name = "events"

    sig_status = Signal(str)
    """text for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or (lambda: datetime.now(UTC))
        self.model = EventsModel(self)
        self.reg_model = RegistrationsModel(self)
        self._generation = 0
        self._select_id: int | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._build()
        self._update_buttons()
        self.refresh()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Search events"))
        self.search_edit.setPlaceholderText(self.tr("Search events…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr("Show only one kind of event"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        lang = current_language()
        for kind in EVENT_KINDS:
            self.kind_combo.addItem(choice_label(kind, lang), kind)
        self.period_combo = QComboBox()
        self.period_combo.setToolTip(self.tr("Upcoming, past or all events"))
        self.period_combo.addItem(self.tr("Upcoming"), UPCOMING)
        self.period_combo.addItem(self.tr("Past"), PAST)
        self.period_combo.addItem(self.tr("All dates"), ALL)
        for combo in (self.kind_combo, self.period_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(_icon("add-white"), self.tr("New event"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Create an event and book its rooms (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(_icon("edit"), self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button = QPushButton(self.tr("Cancel event"))
        self.cancel_button.setToolTip(self.tr("Cancel the event and free its rooms"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.cancel_button)

        self.view = _table(self.model)
        self.view.setAccessibleName(self.tr("Events"))
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(
            self.model.column_index("title"), QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { font-size: 11pt; }")
        self.empty_label.setProperty("muted", True)     # its colour: app.qss / app-dark.qss
        self.empty_label.hide()

        self.event_label = QLabel()
        self.event_label.setObjectName("eventSummary")
        self.event_label.setWordWrap(True)
        self.event_label.setStyleSheet("QLabel#eventSummary { font-weight: 600; }")
        self.register_button = QPushButton(_icon("add"), self.tr("Register…"))
        self.register_button.clicked.connect(self.register)
        self.checkin_button = QPushButton(self.tr("Check in"))
        self.checkin_button.setToolTip(self.tr("The selected person is here"))
        self.checkin_button.clicked.connect(self.check_in)
        self.unregister_button = QPushButton(self.tr("Cancel registration"))
        self.unregister_button.setToolTip(
            self.tr("The first person on the waitlist gets the place at once"))
        self.unregister_button.clicked.connect(self.cancel_registration)
        self.certificates_button = QPushButton(_icon("export"), self.tr("Certificates…"))
        self.certificates_button.setToolTip(
            self.tr("Attendance certificates of everyone checked in (PDF)"))
        self.certificates_button.clicked.connect(self.export_certificates)
        self.teams_button = QPushButton(self.tr("Teams…"))
        # (Edit stays: its dialog is also where a reader sees an event's details)
        guard("events.write", self.new_button, self.cancel_button,
              self.register_button, self.checkin_button, self.unregister_button,
              self.teams_button)
        self.teams_button.setToolTip(self.tr("Form balanced hackathon teams"))
        self.teams_button.clicked.connect(self.open_teams)
        reg_bar = QHBoxLayout()
        reg_bar.setSpacing(6)
        reg_bar.addWidget(self.event_label, 1)
        for b in (self.register_button, self.checkin_button, self.unregister_button,
                  self.certificates_button, self.teams_button):
            reg_bar.addWidget(b)
        self.reg_view = _table(self.reg_model)
        self.reg_view.setAccessibleName(self.tr("Registrations"))
        # registered first, then the waitlist in order, then the cancelled
        self.reg_view.sortByColumn(self.reg_model.column_index("status"),
                                   Qt.SortOrder.AscendingOrder)
        self.reg_view.horizontalHeader().setSectionResizeMode(
            self.reg_model.column_index("name"), QHeaderView.ResizeMode.Stretch)
        self.reg_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reg_view.activated.connect(lambda _i: self.check_in())
        self.reg_empty = QLabel(self.reg_view.viewport())
        self.reg_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reg_empty.setStyleSheet("QLabel { color: #78909c; }")

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(6)
        lower_layout.addLayout(reg_bar)
        lower_layout.addWidget(self.reg_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    # -- page protocol --------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Events")

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def new_item(self) -> None:
        dialog = EventDialog(self.ctx, self, clock=self.clock)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.sig_status.emit(self.tr("Event created: {title}").format(
                title=dialog.saved.title))
            self._select_id = dialog.saved.id
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        engine, now = self.ctx.engine, self.clock()
        period = self.period_combo.currentData()
        kind = self.kind_combo.currentData()
        text = self.search_edit.text()

        def work(_progress: Any) -> list[EventRow]:
            start = now if period == UPCOMING else None
            end = now if period == PAST else None
            return events.list_events(engine, start=start, end=end, kind=kind, text=text)

        def done(rows: list[EventRow]) -> None:
            if generation != self._generation:
                return
            current = self.selected_event()
            keep = self._select_id or (current.id if current else None)
            self._select_id = None
            # upcoming: the next one first; past: the latest first
            order = Qt.SortOrder.DescendingOrder if period == PAST else \
                Qt.SortOrder.AscendingOrder
            if self.view.horizontalHeader().sortIndicatorOrder() != order or \
                    self.view.horizontalHeader().sortIndicatorSection() != 0:
                self.view.sortByColumn(0, order)
            self.model.set_rows(rows)
            self._update_empty(text, kind, period)
            row = self.model.find_row(lambda e: e.id == keep) if keep else -1
            if row >= 0:
                self.view.selectRow(row)
            elif self.model.rowCount():
                self.view.selectRow(0)
            else:
                self._show_registrations(None)
            self.sig_status.emit(self.tr("%n event(s)", "", self.model.rowCount()))

        run_task(self, work, on_done=done)

    def show_event(self, event_id: int) -> None:
        """Select an event (from the home page), whatever the filters."""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.kind_combo.blockSignals(False)
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(ALL))
        self.period_combo.blockSignals(False)
        self._select_id = event_id
        self.refresh()

    def _update_empty(self, text: str, kind: str | None, period: str) -> None:
        if not self.model.is_empty():
            self.empty_label.hide()
            return
        if text.strip() or kind:
            self.empty_label.setText(self.tr("No event matches these filters."))
        elif period == UPCOMING:
            self.empty_label.setText(self.tr("No event planned. Create one with “New event” "
                                             "(Ctrl+N): its rooms are booked in the planning."))
        else:
            self.empty_label.setText(self.tr("No event."))
        area = self.view.viewport().rect()
        self.empty_label.setGeometry(area.adjusted(40, 0, -40, 0))
        self.empty_label.show()

    # -- selection -------------------------------------------------------------------------

    def selected_event(self) -> EventRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_registration(self) -> RegistrationRow | None:
        rows = self.reg_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        self._show_registrations(self.selected_event())

    def _show_registrations(self, event: EventRow | None) -> None:
        if event is None:
            self.reg_model.set_rows([])
            self.event_label.setText(self.tr("Select an event to see its registrations."))
            self.reg_empty.hide()
            self._update_buttons()
            return
        local = timeutil.to_local(event.start_at, event.timezone)
        self.event_label.setText(self.tr("{title} — {day} — {places} registered, {waiting} "
                                         "on the waitlist").format(
            title=event.title, day=f"{local:%d/%m/%Y %H:%M}", places=places_text(event),
            waiting=fmt_count(event.waitlisted)))
        try:
            rows = events.registrations(self.ctx.engine, event.id)
        except TiersLieuError as exc:
            show_error(self, exc)
            rows = []
        self.reg_model.set_rows(rows)
        self.reg_empty.setText(self.tr("Nobody registered yet."))
        self.reg_empty.setGeometry(self.reg_view.viewport().rect())
        self.reg_empty.setVisible(not rows)
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        ev = self.selected_event()
        reg = self.selected_registration()
        planned = ev is not None and ev.status == "planned"
        self.edit_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned)
        self.register_button.setEnabled(planned)
        self.checkin_button.setEnabled(planned and reg is not None
                                       and reg.status == "registered"
                                       and reg.checked_in_at is None)
        self.unregister_button.setEnabled(reg is not None and reg.status != "cancelled")
        self.certificates_button.setEnabled(ev is not None and ev.checked_in > 0)
        self.teams_button.setEnabled(ev is not None and ev.kind == "hackathon")

    # -- actions ---------------------------------------------------------------------------

    def _after(self, message: str) -> None:
        self.sig_status.emit(message)
        ev = self.selected_event()
        self._select_id = ev.id if ev else None
        self.refresh()

    def _act(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except TiersLieuError as exc:
            show_error(self, exc)
            return None

    def edit_selected(self) -> None:
        ev = self.selected_event()
        if ev is None or ev.status != "planned":
            return
        dialog = EventDialog(self.ctx, self, event_id=ev.id, clock=self.clock)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._after(self.tr("Event saved: {title}").format(title=dialog.saved.title))

    def cancel_selected(self) -> None:
        ev = self.selected_event()
        if ev is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Cancel the event"),
            self.tr("Cancel “{title}” and free its rooms? The {count} registrations are "
                    "kept.").format(title=ev.title, count=ev.registered + ev.waitlisted))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._act(lambda: events.cancel_event(self.ctx.engine, ev.id, now=self.clock())):
            self._after(self.tr("Event cancelled: {title}").format(title=ev.title))

    def register(self) -> None:
        ev = self.selected_event()
        if ev is None:
            return
        dialog = RegisterDialog(self.ctx, ev, self, clock=self.clock)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        reg = dialog.saved
        if reg.status == "waitlisted":
            text = self.tr("{name} is on the waitlist (#{n})").format(name=reg.name,
                                                                     n=reg.position)
        else:
            text = self.tr("{name} is registered").format(name=reg.name)
        self._after(text)

    def check_in(self) -> None:
        reg = self.selected_registration()
        if reg is None or reg.status != "registered" or reg.checked_in_at is not None:
            return
        done = self._act(lambda: events.check_in(self.ctx.engine, reg.id, now=self.clock()))
        if done is not None:
            self._after(self.tr("{name} is here").format(name=done.name))

    def cancel_registration(self) -> None:
        reg = self.selected_registration()
        if reg is None:
            return
        result = self._act(lambda: events.cancel_registration(self.ctx.engine, reg.id,
                                                              now=self.clock()))
        if result is None:
            return
        text = self.tr("Registration of {name} cancelled").format(name=reg.name)
        if result.promoted is not None:
            text += self.tr("; {name} gets the place").format(name=result.promoted.name)
        self._after(text)

    def export_certificates(self) -> None:
        ev = self.selected_event()
        if ev is None:
            return
        from tierslieu.text import compact

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificates"),
            f"attestations-{compact(ev.title) or ev.id}.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        engine, lang = self.ctx.engine, current_language()

        def work(_progress: Any) -> int:
            from tierslieu.reports.certificate import build_certificates

            certs = events.certificates(engine, ev.id)
            if certs:
                build_certificates(certs, path, lang=lang)
            return len(certs)

        run_task(self, work, on_done=lambda n: self.sig_status.emit(
            self.tr("%n certificate(s) saved", "", n)))

    def open_teams(self) -> None:
        ev = self.selected_event()
        if ev is not None:
            TeamsDialog(self.ctx, ev, self, clock=self.clock).exec()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.empty_label.isVisible():
            self.empty_label.setGeometry(self.view.viewport().rect().adjusted(40, 0, -40, 0))


__all__ = ["EventsPage"]
