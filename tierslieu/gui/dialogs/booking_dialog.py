"""Create, repeat or move a booking; the services' errors appear under the field they name.

Staff use this dialog, so requests go out with ``as_staff=True`` (cut-offs and staff-only
rooms are the front desk's call; a closed day or hours outside the opening need the explicit
"outside opening hours" box); conflicts, capacity and clock-change rules still apply. Editing an
existing booking can change its resource, day and times (``bookings.move``): the services
have no way to change the member, title or attendees of a booking, so those are shown
read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from tierslieu import timeutil
from tierslieu.errors import ConflictError, TiersLieuError
from tierslieu.gui.context import AppContext
from tierslieu.gui.dialogs.field_errors import FieldErrors
from tierslieu.gui.errors import show_error
from tierslieu.gui.forms.ui_booking_dialog import Ui_BookingDialog
from tierslieu.gui.models.base import DISPLAY, Column, RowTableModel
from tierslieu.gui.planning.model import kind_label, status_label
from tierslieu.i18n import current_language
from tierslieu.money import format_euros
from tierslieu.services import bookings, members, spaces
from tierslieu.services.bookings import BookingRequest, BookingRow, Occurrence
from tierslieu.services.dto import MemberQuery
from tierslieu.services.spaces import ResourceRow

FOREGROUND = Qt.ItemDataRole.ForegroundRole
MEMBER_SEARCH_DELAY_MS = 200
MEMBER_SUGGESTIONS = 15
# code -> RRULE frequency part; the labels are translated where the combo is filled
REPEATS: dict[str, str] = {
    "none": "",
    "daily": "FREQ=DAILY",
    "weekly": "FREQ=WEEKLY",
    "biweekly": "FREQ=WEEKLY;INTERVAL=2",
    "monthly": "FREQ=MONTHLY",
}
_STATUS_BRUSH = {"free": QBrush(QColor("#2e7d32")), "conflict": QBrush(QColor("#b3261e")),
                 "closed": QBrush(QColor("#8d6e00")), "invalid": QBrush(QColor("#b3261e"))}
# errors whose key says which field is wrong although the service gave none
_KEY_FIELDS = {"person_not_found": "person", "resource_not_found": "resource"}


def build_rrule(repeat: str, *, until: date | None = None, count: int | None = None) -> str:
    """The RRULE of a repeat choice ("" for none). ``until`` is inclusive (whole day)."""
    base = REPEATS[repeat]
    if not base:
        return ""
    if count is not None:
        return f"{base};COUNT={count}"
    if until is not None:
        return f"{base};UNTIL={until:%Y%m%d}T235959"
    return base


def fmt_money(cents: int, lang: str | None = None) -> str:
    """``1 234,50 €`` in French, ``€1,234.50`` in English (integer cents, never float)."""
    return format_euros(cents, lang)


def fmt_duration(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    if not h:
        return f"{m} min"
    return f"{h} h {m:02d}" if m else f"{h} h"


def _occurrence_status(code: str) -> str:
    labels = {
        "free": QCoreApplication.translate("BookingDialog", "Free"),
        "conflict": QCoreApplication.translate("BookingDialog", "Taken"),
        "closed": QCoreApplication.translate("BookingDialog", "Closed"),
        "invalid": QCoreApplication.translate("BookingDialog", "Not possible"),
    }
    return labels.get(code, code)


class OccurrenceModel(RowTableModel[Occurrence]):
    """The per-occurrence report of a series: when, and whether it can be booked."""

    def __init__(self, parent: Any = None) -> None:
        locale = QLocale(QLocale.Language.English if current_language() == "en"
                         else QLocale.Language.French)

        def when(o: Occurrence) -> str:
            d = o.local_start
            return locale.toString(QDate(d.year, d.month, d.day), "ddd dd/MM/yyyy")

        super().__init__([
            Column("date", QCoreApplication.translate("BookingDialog", "Date"), when,
                   sort_key=lambda o: o.local_start),
            Column("time", QCoreApplication.translate("BookingDialog", "Time"),
                   lambda o: f"{o.local_start:%H:%M}"),
            Column("status", QCoreApplication.translate("BookingDialog", "Result"),
                   lambda o: _occurrence_status(o.status)),
            Column("detail", QCoreApplication.translate("BookingDialog", "Detail"),
                   lambda o: o.detail, tooltip=lambda o: o.detail),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == FOREGROUND and index.column() == 2:
            return _STATUS_BRUSH.get(self.row_at(index.row()).status)
        return super().data(index, role)


class BookingDialog(QDialog):
    """``BookingDialog(ctx, resource_id=3, start=..., end=...)`` books; with ``booking_id``
    it edits (moves) an existing booking. ``saved`` holds what was written."""

    sig_saved = Signal(list)
    """ids of the bookings written (one, or every occurrence of a series)"""

    def __init__(self, ctx: AppContext, *, booking_id: int | None = None,
                 resource_id: int | None = None, start: datetime | None = None,
                 end: datetime | None = None, person_id: int | None = None,
                 site_id: int | None = None, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or (lambda: datetime.now(UTC))
        self.booking: BookingRow | None = None
        self.saved: list[BookingRow] = []
        self.report: list[Occurrence] = []
        self.cancelled = False
        self._person_id: int | None = None
        self._choices: dict[str, int] = {}
        self.ui = Ui_BookingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        # a message adds lines: the dialog grows to keep them in view
        self.field_errors = FieldErrors(ui.generalError, {
            "resource": (ui.resourceCombo, ui.resourceError),
            "person": (ui.memberEdit, ui.memberError),
            "start": (ui.startTimeEdit, ui.startError),
            "end": (ui.endTimeEdit, ui.endError),
            "attendees": (ui.attendeesSpin, ui.attendeesError),
            "repeat": (ui.repeatCombo, ui.repeatError),
        }, key_fields=_KEY_FIELDS, on_show=self._grow)
        self.report_model = OccurrenceModel(self)
        ui.reportView.setModel(self.report_model)
        ui.reportView.setWordWrap(False)
        ui.reportView.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.reportView.verticalHeader().setDefaultSectionSize(26)
        header = ui.reportView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._resources = spaces.list_resources(ctx.engine, site_id=site_id)
        self._fill_choices()
        self._member_timer = QTimer(self, singleShot=True, interval=MEMBER_SEARCH_DELAY_MS)
        self._member_timer.timeout.connect(self._suggest_members)
        self.consumption_label: QLabel | None = None
        self.consumption: Any = None
        if booking_id is not None:
            self._load(bookings.get(ctx.engine, booking_id))
            self._show_consumption(booking_id)
        else:
            self._prefill(resource_id, start, end, person_id)
        self._wire()
        self._repeat_changed()
        self._update_hints()
        (ui.memberEdit if booking_id is None else ui.startTimeEdit).setFocus()

    def _show_consumption(self, booking_id: int) -> None:
        """What the booking consumed or will consume (plan, credits, overage), read in
        the background; for the roles that may read billing only."""
        from tierslieu import security

        if not security.allowed("billing.read"):
            return
        from tierslieu.gui.tasks import run_task
        from tierslieu.services.billing import credits

        label = self.consumption_label = QLabel(self.tr("Billing: computing…"), self)
        label.setWordWrap(True)
        label.setProperty("muted", True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = self.ui.mainLayout
        layout.insertWidget(layout.indexOf(self.ui.buttonBox), label)
        engine = self.ctx.engine

        def failed(exc: BaseException) -> None:
            label.setText(self.tr("Billing: not available (%1)").replace("%1", str(exc)))

        run_task(self, lambda _p: credits.consumption_for_booking(engine, booking_id),
                 on_done=self._consumption_shown, on_error=failed)

    def _consumption_shown(self, c: Any) -> None:
        self.consumption = c
        if self.consumption_label is None:
            return
        state = {"draft": self.tr("not invoiced yet: the month's billing will include it"),
                 "billed": self.tr("invoiced on %1").replace("%1", c.invoice_number),
                 "settled": self.tr("drawn at the front desk")}.get(c.state, "")
        text = self.tr("Billing: %1").replace("%1", c.explanation or "—")
        self.consumption_label.setText(f"{text} — {state}" if state else text)

    # -- set-up ---------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        several_sites = len({r.site_id for r in self._resources}) > 1
        for r in self._resources:
            text = f"{r.site_name} · {r.name}" if several_sites else r.name
            ui.resourceCombo.addItem(f"{text} — {kind_label(r.kind)}", r.id)
        labels = {"none": self.tr("Does not repeat"), "daily": self.tr("Every day"),
                  "weekly": self.tr("Every week"), "biweekly": self.tr("Every 2 weeks"),
                  "monthly": self.tr("Every month")}
        for code in REPEATS:
            ui.repeatCombo.addItem(labels[code], code)
        completer = QCompleter(QStringListModel(self), self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(MEMBER_SUGGESTIONS)
        ui.memberEdit.setCompleter(completer)
        self._completer = completer
        self.ui.skipCheck.setVisible(False)

    def _wire(self) -> None:
        ui = self.ui
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        ui.buttonBox.accepted.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        ui.memberEdit.textEdited.connect(self._member_edited)
        self._completer.activated[str].connect(self._member_chosen)  # type: ignore[index]
        ui.resourceCombo.currentIndexChanged.connect(self._changed("resource"))
        ui.dateEdit.dateChanged.connect(self._changed("start"))
        ui.startTimeEdit.timeChanged.connect(self._start_moved)
        ui.endTimeEdit.timeChanged.connect(self._changed("end"))
        ui.attendeesSpin.valueChanged.connect(self._changed("attendees"))
        ui.hoursCheck.toggled.connect(self._changed("start"))
        ui.repeatCombo.currentIndexChanged.connect(self._repeat_changed)
        for w in (ui.untilRadio, ui.countRadio):
            w.toggled.connect(self._repeat_changed)
        ui.untilDateEdit.dateChanged.connect(self._changed("repeat"))
        ui.countSpin.valueChanged.connect(self._changed("repeat"))
        ui.checkButton.clicked.connect(self.check_availability)

    def _changed(self, field: str) -> Callable[..., None]:
        def handler(*_args: object) -> None:
            self.field_errors.clear_field(field)
            self.field_errors.hide_general()
            self._update_hints()
            if self.report:
                self._set_report([])
        return handler

    def _prefill(self, resource_id: int | None, start: datetime | None, end: datetime | None,
                 person_id: int | None) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New booking"))
        if resource_id is not None:
            ui.resourceCombo.setCurrentIndex(max(0, ui.resourceCombo.findData(resource_id)))
        if start is None:
            chosen = self.resource()
            tz = chosen.timezone if chosen is not None else None
            now = timeutil.local_naive(self.clock(), tz)
            start = (now + timedelta(minutes=15 - now.minute % 15)).replace(second=0,
                                                                             microsecond=0)
        end = end or start + timedelta(hours=1)
        self._set_times(start, end)
        ui.untilDateEdit.setDate(self._qdate(start.date() + timedelta(weeks=8)))
        if person_id is not None:
            self.set_member(person_id)

    def _load(self, b: BookingRow) -> None:
        ui = self.ui
        self.booking = b
        self.setWindowTitle(self.tr("Booking #%1 — %2").replace("%1", str(b.id)).replace(
            "%2", b.resource_name))
        ui.resourceCombo.setCurrentIndex(max(0, ui.resourceCombo.findData(b.resource_id)))
        self._set_times(b.local_start.replace(tzinfo=None), b.local_end.replace(tzinfo=None))
        if b.person_id is not None:
            self.set_member(b.person_id)
        ui.titleEdit.setText(b.title)
        ui.attendeesSpin.setValue(b.attendees)
        fixed = self.tr("Fixed once booked: cancel and book again to change it")
        for w in (ui.memberEdit, ui.titleEdit, ui.attendeesSpin):
            w.setEnabled(False)
            w.setToolTip(fixed)
        for w in (ui.repeatLabel, ui.repeatCombo, ui.untilRadio, ui.untilDateEdit,
                  ui.countRadio, ui.countSpin, ui.countLabel, ui.hoursCheck):
            w.setVisible(False)
        info = [status_label(b)]
        if b.checked_in_at is not None:
            arrived = timeutil.local_naive(b.checked_in_at, b.timezone)
            info.append(self.tr("arrived at %1").replace("%1", f"{arrived:%H:%M}"))
        if b.series_id is not None:
            info.append(self.tr("part of a repeating series"))
        ui.statusLabel.setText(self.tr("Booking #%1").replace("%1", str(b.id)) + " · "
                               + " · ".join(info))
        ui.statusLabel.setVisible(True)
        if b.status == "confirmed":
            button = QPushButton(self.tr("Cancel booking…"), self)
            button.setToolTip(self.tr("Cancel this booking (frees the slot)"))
            ui.buttonBox.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(self.cancel_booking)
            self.cancel_button = button
        else:
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    @staticmethod
    def _qdate(d: date) -> QDate:
        return QDate(d.year, d.month, d.day)

    def _set_times(self, start: datetime, end: datetime) -> None:
        ui = self.ui
        ui.dateEdit.setDate(self._qdate(start.date()))
        ui.startTimeEdit.setTime(QTime(start.hour, start.minute))
        ui.endTimeEdit.setTime(QTime(end.hour, end.minute))

    # -- member search --------------------------------------------------------------------

    def set_member(self, person_id: int) -> None:
        p = members.get(self.ctx.engine, person_id)
        label = self._member_label(f"{p.first_name} {p.last_name}".strip(), p.email)
        self._choices[label] = p.id
        self.ui.memberEdit.setText(label)
        self._person_id = p.id

    @staticmethod
    def _member_label(name: str, email: str) -> str:
        return f"{name} — {email}" if email else name

    def _member_edited(self, text: str) -> None:
        self._person_id = self._choices.get(text)
        self.field_errors.clear_field("person")
        self._member_timer.start()

    def _suggest_members(self) -> None:
        text = self.ui.memberEdit.text().strip()
        if not text or self._person_id is not None:
            return
        rows = members.search(self.ctx.engine, MemberQuery(text=text, limit=MEMBER_SUGGESTIONS))
        labels = []
        for r in rows:
            label = self._member_label(f"{r.first_name} {r.last_name}".strip(), r.email)
            self._choices[label] = r.id
            labels.append(label)
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(labels)
        if labels and self.ui.memberEdit.hasFocus():
            self._completer.complete()

    def _member_chosen(self, label: str) -> None:
        self._person_id = self._choices.get(label)
        self.field_errors.clear_field("person")

    def person_id(self) -> int | None:
        """The chosen member; raises a field error when the text names nobody for sure."""
        text = self.ui.memberEdit.text().strip()
        if not text:
            return None
        if self._person_id is not None:
            return self._person_id
        rows = members.search(self.ctx.engine, MemberQuery(text=text, limit=2))
        if len(rows) == 1:
            self._person_id = rows[0].id
            return rows[0].id
        raise _MemberNotChosen()

    # -- values ---------------------------------------------------------------------------

    def resource(self) -> ResourceRow | None:
        rid = self.ui.resourceCombo.currentData()
        return next((r for r in self._resources if r.id == rid), None)

    def times(self) -> tuple[datetime, datetime]:
        """Naive local start and end from the date and time fields."""
        qd = self.ui.dateEdit.date()
        day = date(qd.year(), qd.month(), qd.day())
        s, e = self.ui.startTimeEdit.time(), self.ui.endTimeEdit.time()
        return (datetime.combine(day, time(s.hour(), s.minute())),
                datetime.combine(day, time(e.hour(), e.minute())))

    def rrule(self) -> str:
        ui = self.ui
        code = ui.repeatCombo.currentData()
        if self.booking is not None or not code:
            return ""
        if ui.countRadio.isChecked():
            return build_rrule(code, count=ui.countSpin.value())
        qd = ui.untilDateEdit.date()
        return build_rrule(code, until=date(qd.year(), qd.month(), qd.day()))

    def request(self, person_id: int | None) -> BookingRequest:
        start, end = self.times()
        rid = self.ui.resourceCombo.currentData()
        return BookingRequest(int(rid) if rid is not None else 0, start, end, person_id,
                              self.ui.titleEdit.text().strip(), self.ui.attendeesSpin.value(),
                              as_staff=True, outside_hours=self.ui.hoursCheck.isChecked())

    # -- live hints -----------------------------------------------------------------------

    def _start_moved(self, new: QTime) -> None:
        """Moving the start keeps the duration, like every calendar does."""
        start, end = self.times()
        old = getattr(self, "_last_start", None)
        if old is not None:
            length = (datetime.combine(start.date(), old[1]) -
                      datetime.combine(start.date(), old[0]))
            moved = start + length
            if moved.date() == start.date() and length > timedelta(0):
                self.ui.endTimeEdit.blockSignals(True)
                self.ui.endTimeEdit.setTime(QTime(moved.hour, moved.minute))
                self.ui.endTimeEdit.blockSignals(False)
        self._changed("start")()

    def _update_hints(self) -> None:
        ui = self.ui
        start, end = self.times()
        self._last_start = (start.time(), end.time())
        minutes = int((end - start).total_seconds() // 60)
        ui.durationLabel.setText(fmt_duration(minutes) if minutes > 0 else "")
        locale = QLocale(QLocale.Language.English if current_language() == "en"
                         else QLocale.Language.French)
        ui.dayNameLabel.setText(locale.toString(ui.dateEdit.date(), "dddd"))
        res = self.resource()
        if res is None:
            ui.capacityLabel.setText("")
            ui.priceLabel.setText("—")
            return
        if res.shared:
            ui.capacityLabel.setText(self.tr("shared zone of %n seat(s)", "", res.capacity))
        else:
            ui.capacityLabel.setText(self.tr("at most %n", "", res.capacity))
        ui.attendeesSpin.setMaximum(max(res.capacity, 1) if not res.shared else 999)
        ui.priceLabel.setText(self._price_text(res, start, end))

    def _price_text(self, res: ResourceRow, start: datetime, end: datetime) -> str:
        if end <= start:
            return "—"
        try:
            cents = bookings.price_cents(res, timeutil.to_utc(start, res.timezone, fold=0),
                                         timeutil.to_utc(end, res.timezone, fold=0))
        except TiersLieuError:
            return "—"
        if cents == 0:
            return self.tr("Free of charge")
        text = fmt_money(cents)
        if self.rrule():
            text = self.tr("%1 per occurrence").replace("%1", text)
        return text

    def _repeat_changed(self, *_args: object) -> None:
        ui = self.ui
        repeating = bool(ui.repeatCombo.currentData()) and ui.repeatCombo.currentData() != \
            "none" and self.booking is None
        for w in (ui.untilRadio, ui.countRadio, ui.countLabel):
            w.setEnabled(repeating)
        ui.untilDateEdit.setEnabled(repeating and ui.untilRadio.isChecked())
        ui.countSpin.setEnabled(repeating and ui.countRadio.isChecked())
        if ui.seriesGroup.isVisible() != repeating or not self.isVisible():
            ui.seriesGroup.setVisible(repeating)
            self.adjustSize()
            self._grow()
        self._changed("repeat")()

    # -- availability report --------------------------------------------------------------

    def check_availability(self) -> list[Occurrence]:
        """Fill the report with every occurrence's fate; writes nothing."""
        self.clear_errors()
        rule = self.rrule()
        if not rule:
            return []
        try:
            report = bookings.plan_series(self.ctx.engine, self.request(None), rule,
                                          now=self.clock())
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return []
        self._set_report(report)
        return report

    def _set_report(self, report: list[Occurrence]) -> None:
        self.report = list(report)
        self.report_model.set_rows(self.report)
        ui = self.ui
        if not report:
            ui.reportSummary.setText("")
            ui.skipCheck.setVisible(False)
            return
        counts = {k: sum(1 for o in report if o.status == k)
                  for k in ("free", "conflict", "closed", "invalid")}
        parts = [self.tr("%n free", "", counts["free"])]
        if counts["conflict"]:
            parts.append(self.tr("%n taken", "", counts["conflict"]))
        if counts["closed"]:
            parts.append(self.tr("%n on a closed day", "", counts["closed"]))
        if counts["invalid"]:
            parts.append(self.tr("%n not possible", "", counts["invalid"]))
        ui.reportSummary.setText(" · ".join(parts))
        ui.skipCheck.setVisible(counts["free"] < len(report))
        self._grow()

    def _grow(self) -> None:
        """Never smaller than what the layout needs (the report and errors add lines)."""
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    # -- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.field_errors.clear()

    def errors(self) -> dict[str, str]:
        """Field -> message currently shown ("" for the general one); used by tests."""
        return self.field_errors.errors()

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Write; on any domain error keep the dialog open, nothing written."""
        self.clear_errors()
        try:
            person = self.person_id() if self.booking is None else None
        except _MemberNotChosen:
            self.field_errors.show_message("person", self.tr(
                "Choose a member from the list, or leave the field empty for an internal "
                "booking."))
            self.ui.memberEdit.setFocus()
            return False
        try:
            self.saved = self._write(person)
        except ConflictError as exc:
            report = getattr(exc, "report", None)
            if report is not None:
                self._set_report(report)
                self.ui.skipCheck.setFocus()
            self.field_errors.show(exc)
            return False
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - a bug still deserves a message, not a crash
            show_error(self, exc)
            return False
        self.sig_saved.emit([b.id for b in self.saved])
        self.accept()
        return True

    def _write(self, person: int | None) -> list[BookingRow]:
        engine, now = self.ctx.engine, self.clock()
        if self.booking is not None:
            start, end = self.times()
            return [bookings.move(engine, self.booking.id, start=start, end=end,
                                  resource_id=self.ui.resourceCombo.currentData(),
                                  as_staff=True, now=now)]
        req = self.request(person)
        rule = self.rrule()
        if not rule:
            return [bookings.create(engine, req, now=now)]
        made, report = bookings.create_series(engine, req, rule,
                                              skip_conflicts=self.ui.skipCheck.isChecked(),
                                              now=now)
        self.report = report
        return made

    def cancel_booking(self) -> bool:
        """Cancel the booking being edited, after confirmation."""
        b = self.booking
        if b is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Cancel booking"),
            self.tr("Cancel booking %1?").replace("%1", b.label()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.clear_errors()  # an old, hidden message must not come back with the new one
        try:
            bookings.cancel(self.ctx.engine, b.id, as_staff=True, now=self.clock())
        except TiersLieuError as exc:
            self.field_errors.show(exc)
            return False
        self.cancelled = True
        self.accept()
        return True


class _MemberNotChosen(Exception):
    """The member field names nobody (or several people) and nothing was picked."""
