"""The event editor (Designer form), the registration dialog and the hackathon teams dialog.

Every save goes through :mod:`tierslieu.services.events` (rooms through the booking
service): a taken room comes back as the usual conflict, shown under the dates with the
booking in the way; other errors appear under the field they name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tierslieu import timeutil
from tierslieu.db.models.events import EVENT_KINDS
from tierslieu.errors import TiersLieuError, ValidationError
from tierslieu.gui.context import AppContext
from tierslieu.gui.dashboard.widgets import MemberPicker
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.errors import show_error
from tierslieu.gui.events.models import TeamMembersModel
from tierslieu.gui.forms.ui_event_dialog import Ui_EventDialog
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.i18n import choice_label, current_language
from tierslieu.money import format_euros, parse_euros
from tierslieu.services import events, spaces, teams
from tierslieu.services.events import EventInput, EventRow, RegistrationRow

ROOM_KINDS = ("meeting_room", "event_hall")
ROOM_ID = Qt.ItemDataRole.UserRole + 1
CHECKED = Qt.CheckState.Checked


def _qdt(value: datetime) -> QDateTime:
    """A wall time for the editors: in "UTC" so Qt never shifts it across the clock change
    (the service checks nonexistent and ambiguous times in the site's zone)."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute),
                     QTimeZone.utc())


def _naive(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EventDialog(QDialog):
    """``EventDialog(ctx)`` creates an event; ``EventDialog(ctx, event_id=4)`` edits it.
    ``saved`` holds the event written."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 event_id: int | None = None, start: datetime | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or (lambda: datetime.now(UTC))
        self.ev: EventRow | None = None
        self.saved: EventRow | None = None
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        ui = self.ui
        lang = current_language()
        for kind in EVENT_KINDS:
            ui.kindCombo.addItem(choice_label(kind, lang), kind)
        self.rooms = QStandardItemModel(self)
        for r in spaces.list_resources(ctx.engine, kinds=ROOM_KINDS):
            item = QStandardItem(self.tr("{room} ({seats} seats)").format(room=r.name,
                                                                          seats=r.capacity))
            item.setData(r.id, ROOM_ID)
            item.setCheckable(True)
            item.setEditable(False)
            self.rooms.appendRow(item)
        ui.roomsView.setModel(self.rooms)
        ui.roomsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_errors = FieldErrors(ui.generalError, {
            "title": (ui.titleEdit, ui.titleError), "kind": (ui.kindCombo, ui.kindError),
            "start": (ui.startEdit, ui.startError), "end": (ui.endEdit, ui.endError),
            "rooms": (ui.roomsView, ui.roomsError), "resource": (ui.roomsView, ui.roomsError),
            "capacity": (ui.capacitySpin, ui.capacityError),
            "attendees": (ui.capacitySpin, ui.capacityError),
            "price": (ui.priceEdit, ui.priceError),
            "registration_opens": (ui.opensEdit, ui.opensError),
            "registration_closes": (ui.closesEdit, ui.closesError),
            "min_registrations": (ui.minSpin, ui.minError),
            "alert_days": (ui.alertSpin, ui.minError),
            "description": (ui.descriptionEdit, ui.descriptionError),
        }, key_fields={"resource_not_found": "rooms"}, on_show=self.adjustSize)
        ui.opensCheck.toggled.connect(ui.opensEdit.setEnabled)
        ui.closesCheck.toggled.connect(ui.closesEdit.setEnabled)
        for edit in (ui.startEdit, ui.endEdit, ui.opensEdit, ui.closesEdit):
            edit.setTimeZone(QTimeZone.utc())
        ui.startEdit.dateTimeChanged.connect(self._start_changed)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        if event_id is not None:
            self._load(events.get_event(ctx.engine, event_id))
        else:
            self._prefill(start)
        ui.titleEdit.setFocus()

    # -- loading ---------------------------------------------------------------------------

    def _prefill(self, start: datetime | None) -> None:
        self.setWindowTitle(self.tr("New event"))
        if start is None:
            local = timeutil.local_naive(self.clock(), None)
            start = (local + timedelta(days=7)).replace(hour=18, minute=30, second=0,
                                                        microsecond=0)
        self.ui.startEdit.setDateTime(_qdt(start))
        self.ui.endEdit.setDateTime(_qdt(start + timedelta(hours=2)))
        for w, check in ((self.ui.opensEdit, self.ui.opensCheck),
                         (self.ui.closesEdit, self.ui.closesCheck)):
            w.setDateTime(_qdt(start - timedelta(days=1)))
            w.setEnabled(False)
            check.setChecked(False)

    def _load(self, e: EventRow) -> None:
        ui = self.ui
        self.ev = e
        self.setWindowTitle(self.tr("Event #{id}").format(id=e.id))
        ui.titleEdit.setText(e.title)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(e.kind))
        ui.startEdit.setDateTime(_qdt(timeutil.local_naive(e.start_at, e.timezone)))
        ui.endEdit.setDateTime(_qdt(timeutil.local_naive(e.end_at, e.timezone)))
        for row in range(self.rooms.rowCount()):
            item = self.rooms.item(row)
            if item.data(ROOM_ID) in e.room_ids:
                item.setCheckState(CHECKED)
        ui.capacitySpin.setValue(e.capacity)
        ui.priceEdit.setText(format_euros(e.price_cents) if e.price_cents else "")
        for value, edit, check in ((e.registration_opens_at, ui.opensEdit, ui.opensCheck),
                                   (e.registration_closes_at, ui.closesEdit, ui.closesCheck)):
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
            edit.setDateTime(_qdt(timeutil.local_naive(value or e.start_at, e.timezone)))
        ui.minSpin.setValue(e.min_registrations)
        ui.alertSpin.setValue(e.alert_days)
        ui.descriptionEdit.setPlainText(e.description)

    def _start_changed(self, value: QDateTime) -> None:
        """Keep the length when the start moves (a 2 h workshop stays 2 h)."""
        if self.ui.endEdit.dateTime() <= value:
            self.ui.endEdit.setDateTime(value.addSecs(2 * 3600))

    # -- saving ----------------------------------------------------------------------------

    def room_ids(self) -> tuple[int, ...]:
        return tuple(int(self.rooms.item(r).data(ROOM_ID)) for r in range(self.rooms.rowCount())
                     if self.rooms.item(r).checkState() == CHECKED)

    def set_rooms(self, room_ids: tuple[int, ...]) -> None:
        for row in range(self.rooms.rowCount()):
            item = self.rooms.item(row)
            item.setCheckState(CHECKED if item.data(ROOM_ID) in room_ids
                               else Qt.CheckState.Unchecked)

    def event_input(self) -> EventInput:
        ui = self.ui
        price = parse_euros(ui.priceEdit.text(), "price") or 0
        return EventInput(
            ui.titleEdit.text(), str(ui.kindCombo.currentData()),
            _naive(ui.startEdit.dateTime()), _naive(ui.endEdit.dateTime()), self.room_ids(),
            capacity=ui.capacitySpin.value(), price_cents=price,
            description=ui.descriptionEdit.toPlainText(),
            registration_opens=_naive(ui.opensEdit.dateTime()) if ui.opensCheck.isChecked()
            else None,
            registration_closes=_naive(ui.closesEdit.dateTime()) if ui.closesCheck.isChecked()
            else None,
            min_registrations=ui.minSpin.value(), alert_days=ui.alertSpin.value(),
            outside_hours=ui.outsideHoursCheck.isChecked())

    def accept(self) -> None:
        self.field_errors.clear()
        try:
            data = self.event_input()
            if self.ev is None:
                self.saved = events.create_event(self.ctx.engine, data, now=self.clock())
            else:
                self.saved = events.update_event(self.ctx.engine, self.ev.id, data,
                                                 now=self.clock())
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return
        super().accept()


class RegisterDialog(QDialog):
    """Register a member or an outside person; ``saved`` is the registration (maybe on the
    waitlist)."""

    def __init__(self, ctx: AppContext, event: EventRow, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ev = event
        self.clock = clock or (lambda: datetime.now(UTC))
        self.saved: RegistrationRow | None = None
        self.setWindowTitle(self.tr("Register for {event}").format(event=event.title))
        self.setMinimumWidth(440)
        self.member_radio = QRadioButton(self.tr("A &member"))
        self.outside_radio = QRadioButton(self.tr("Someone from &outside"))
        self.member_radio.setChecked(True)
        self.member_edit = MemberPicker(ctx.engine, self)
        self.member_edit.setPlaceholderText(self.tr("Type a member's name…"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("E-mail"))
        self.error_label = QLabel()
        self.error_label.setProperty("error", True)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        free = event.free_places
        info = QLabel(self.tr("%n place(s) left.", "", free) if free else
                      self.tr("The event is full: new registrations go to the waitlist."))
        info.setWordWrap(True)
        outside = QFormLayout()
        outside.addRow(self.tr("Name"), self.name_edit)
        outside.addRow(self.tr("E-mail"), self.email_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.member_radio)
        layout.addWidget(self.member_edit)
        layout.addWidget(self.outside_radio)
        layout.addLayout(outside)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.member_radio.toggled.connect(self._mode)
        self._mode(True)

    def _mode(self, member: bool) -> None:
        self.member_edit.setEnabled(member)
        self.name_edit.setEnabled(not member)
        self.email_edit.setEnabled(not member)

    def accept(self) -> None:
        self.error_label.hide()
        try:
            if self.member_radio.isChecked():
                pid = self.member_edit.person_id()
                if pid is None:
                    raise ValidationError("required", "person")
                self.saved = events.register(self.ctx.engine, self.ev.id, person_id=pid,
                                             now=self.clock())
            else:
                self.saved = events.register(self.ctx.engine, self.ev.id,
                                             name=self.name_edit.text(),
                                             email=self.email_edit.text(), now=self.clock())
        except TiersLieuError as exc:
            self.error_label.setText(exc.message())
            self.error_label.show()
            return
        super().accept()


class TeamsDialog(QDialog):
    """Form a hackathon's teams (exact optimiser), move people, publish."""

    def __init__(self, ctx: AppContext, event: EventRow, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ev = event
        self.clock = clock or (lambda: datetime.now(UTC))
        self.setWindowTitle(self.tr("Teams of {event}").format(event=event.title))
        self.resize(720, 520)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(2, 50)
        self.size_spin.setValue(5)
        self.colleagues_check = QCheckBox(self.tr("Allow colleagues in the same team"))
        self.form_button = QPushButton(self.tr("Form teams"))
        self.form_button.setProperty("primary", True)
        self.form_button.setToolTip(self.tr("Balanced teams with complementary skills, "
                                            "computed exactly; replaces the draft"))
        self.form_button.clicked.connect(self.form)
        self.model = TeamMembersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.team_combo = QComboBox()
        self.move_button = QPushButton(self.tr("Move to team"))
        self.move_button.clicked.connect(self.move_member)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setToolTip(self.tr("Freeze the teams: no more changes"))
        self.publish_button.clicked.connect(self.publish)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("People per team (at most)")))
        top.addWidget(self.size_spin)
        top.addWidget(self.colleagues_check)
        top.addStretch(1)
        top.addWidget(self.form_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.team_combo)
        bottom.addWidget(self.move_button)
        bottom.addStretch(1)
        bottom.addWidget(self.publish_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.state_label)
        layout.addWidget(close)
        self._show(teams.teams(ctx.engine, event.id))

    def _show(self, rows: list[teams.TeamRow]) -> None:
        self.model.set_teams(rows)
        self.team_combo.clear()
        for t in rows:
            self.team_combo.addItem(self.tr("Team {n}").format(n=t.number), t.number)
        published = events.get_event(self.ctx.engine, self.ev.id).teams_published_at
        for w in (self.form_button, self.move_button, self.publish_button, self.team_combo):
            w.setEnabled(published is None and (w is self.form_button or bool(rows)))
        if published is not None:
            self.state_label.setText(self.tr("Published: the teams no longer change."))
        elif rows:
            skills = sum(len(t.skills) for t in rows)
            self.state_label.setText(self.tr(
                "Draft: {teams} teams, {skills} distinct skills across teams. Move people, "
                "then publish.").format(teams=len(rows), skills=skills))
        else:
            self.state_label.setText(self.tr("No teams yet."))

    def _do(self, fn: Callable[[], Any]) -> None:
        try:
            self._show(fn())
        except TiersLieuError as exc:
            show_error(self, exc)

    def form(self) -> None:
        self._do(lambda: teams.form_teams(self.ctx.engine, self.ev.id,
                                          team_size=self.size_spin.value(),
                                          allow_same_org=self.colleagues_check.isChecked()))

    def move_member(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.team_combo.currentData() is None:
            return
        _team, member = rows[0].data(ROW_ROLE)
        self._do(lambda: teams.move_member(self.ctx.engine, self.ev.id,
                                           member.registration_id,
                                           int(self.team_combo.currentData())))

    def publish(self) -> None:
        self._do(lambda: teams.publish(self.ctx.engine, self.ev.id, now=self.clock()))
