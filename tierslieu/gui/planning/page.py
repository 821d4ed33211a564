"""The planning page: date navigation, day/week, site and kind filters, the grid and its actions.

Every change goes through ``tierslieu.services.bookings`` with ``as_staff=True``; refused
moves and cancellations show the service's message in a banner above the grid (a drag
should not end in a modal box) and the block simply stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import tierslieu.gui.resources_rc  # noqa: F401  (registers :/icons when run without the app)
from tierslieu import timeutil
from tierslieu.db.models.space import RESOURCE_KINDS
from tierslieu.errors import TiersLieuError
from tierslieu.gui import settings_store
from tierslieu.gui.context import AppContext
from tierslieu.gui.dialogs.booking_dialog import BookingDialog
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_count, fmt_date
from tierslieu.gui.planning.model import (
    DAY,
    WEEK,
    PlanningData,
    PlanningModel,
    kind_label,
    load_planning,
    visible_days,
)
from tierslieu.gui.planning.view import KIND_COLOURS, PlanningView
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import current_language
from tierslieu.services import bookings, sites

SETTINGS_KEY = "planning_page"
BANNER_MS = 10_000
NOW_TICK_MS = 60_000


def _icon(name: str) -> QIcon:
    # recoloured for a dark background in dark mode
    from tierslieu.gui.theme import icon as themed_icon

    return themed_icon(name)


def _swatch(colour: str, hatch: bool = False) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor(colour).darker(120))
    p.setBrush(QColor(colour))
    p.drawRoundedRect(1, 1, 12, 12, 3, 3)
    if hatch:
        p.setBrush(Qt.BrushStyle.BDiagPattern)
        p.drawRoundedRect(1, 1, 12, 12, 3, 3)
    p.end()
    return QIcon(pix)


class PlanningPage(QWidget):
    """Who has which room when; the main window's menus call the page protocol."""

    icon_name = "planning"

    sig_status = Signal(str)
    """text for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or (lambda: datetime.now(UTC))
        self.model = PlanningModel(self)
        self.mode = DAY
        self.anchor = self._today()
        self._generation = 0
        self._loading = False
        self._sites_fresh = False       # _build sets it once it has read the sites
        self._build()
        self._restore()
        self._now_timer = QTimer(self, interval=NOW_TICK_MS)
        self._now_timer.timeout.connect(self.view.viewport().update)
        self._now_timer.timeout.connect(self.release_no_shows)
        self._now_timer.start()
        self._banner_timer = QTimer(self, singleShot=True, interval=BANNER_MS)
        self._banner_timer.timeout.connect(self.hide_banner)
        self.refresh()

    def release_no_shows(self) -> None:
        """Bookings not checked in by the end of the grace period free their room."""
        now = self.clock()

        def done(count: int) -> None:
            if count:
                self.sig_status.emit(self.tr("%n booking(s) released: no check-in", "", count))
                self.refresh()

        run_task(self, lambda _progress: bookings.release_no_shows(self.ctx.engine, now=now),
                 on_done=done)

    # -- page protocol --------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Planning")

    def refresh(self) -> None:
        """Reload the visible range; a slower older answer never overwrites a newer one."""
        self._generation += 1
        generation = self._generation
        if not self._sites_fresh:
            self._fill_sites()          # a site added or renamed meanwhile
        self._sites_fresh = False
        site_id = self.site_combo.currentData()
        kind = self.kind_combo.currentData()
        days = visible_days(self.anchor, self.mode)
        engine = self.ctx.engine

        def work(_progress: Any) -> PlanningData:
            return load_planning(engine, site_id=site_id, days=days,
                                 kinds=(kind,) if kind else ())

        def done(data: PlanningData) -> None:
            if generation == self._generation:
                self.model.set_data(data, self.mode)

        run_task(self, work, on_done=done, label=self.tr("Loading the planning…"))

    def focus_search(self) -> None:
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date_edit.selectAll()

    def new_item(self) -> None:
        """A booking from the next quarter hour on the selected row (or the first one)."""
        resource_id = None
        if self.view.selected_id is not None:
            b = self.model.booking(self.view.selected_id)
            resource_id = b.resource_id if b else None
        if resource_id is None and self.model.resources:
            resource_id = self.model.resources[0].id
        start = None
        if self.anchor != self._today():
            start = datetime.combine(self.anchor, datetime.min.time()).replace(hour=9)
        self.open_booking_dialog(resource_id=resource_id, start=start,
                                 end=start + timedelta(hours=1) if start else None)

    # -- construction ---------------------------------------------------------------------

    def _tool(self, icon: str | None, text: str, tip: str, slot: Callable[[], None]
              ) -> QToolButton:
        b = QToolButton(self)
        if icon:
            b.setIcon(_icon(icon))
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if icon
                             else Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.clicked.connect(slot)
        return b

    def _build(self) -> None:
        self.prev_button = self._tool(None, "◀", self.tr("Previous day or week (←, Page Up)"),
                                      lambda: self.shift(-1 if self.mode == DAY else -7))
        self.today_button = self._tool(None, self.tr("Today"), self.tr("Back to today (T)"),
                                       self.go_today)
        self.next_button = self._tool(None, "▶", self.tr("Next day or week (→, Page Down)"),
                                      lambda: self.shift(1 if self.mode == DAY else 7))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setToolTip(self.tr("Go to a date (Ctrl+F)"))
        self.date_edit.dateChanged.connect(self._date_picked)
        self.day_button = self._tool(None, self.tr("Day"), self.tr("One day, hour by hour"),
                                     lambda: self.set_mode(DAY))
        self.week_button = self._tool(None, self.tr("Week"), self.tr("Monday to Sunday"),
                                      lambda: self.set_mode(WEEK))
        group = QButtonGroup(self)
        for b in (self.day_button, self.week_button):
            b.setCheckable(True)
            b.setObjectName("segment")
            group.addButton(b)
        self.day_button.setChecked(True)
        self.site_combo = QComboBox(self)
        self.site_combo.setToolTip(self.tr("Site shown"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setToolTip(self.tr("Only one kind of resource"))
        self.kind_combo.addItem(self.tr("All resources"), None)
        for kind in RESOURCE_KINDS:
            colour = KIND_COLOURS.get(kind, ("#546e7a", ""))[0]
            self.kind_combo.addItem(_swatch(colour), kind_label(kind), kind)
        self._fill_sites()
        self._sites_fresh = True      # the first refresh, right after, need not read them again
        self.site_combo.currentIndexChanged.connect(self._filters_changed)
        self.kind_combo.currentIndexChanged.connect(self._filters_changed)
        self.new_button = self._tool("add", self.tr("New booking"),
                                     self.tr("Book a resource (Ctrl+N)"), self.new_item)
        self.new_button.setObjectName("primaryTool")

        bar = QHBoxLayout()
        bar.setSpacing(6)
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            bar.addWidget(w)
        bar.addSpacing(10)
        bar.addWidget(self.day_button)
        bar.addWidget(self.week_button)
        bar.addSpacing(14)
        site_label = QLabel(self.tr("&Site"), self)
        site_label.setBuddy(self.site_combo)
        self.site_label = site_label
        kind_label_w = QLabel(self.tr("&Kind"), self)
        kind_label_w.setBuddy(self.kind_combo)
        for filter_widget in (site_label, self.site_combo, kind_label_w, self.kind_combo):
            bar.addWidget(filter_widget)
        bar.addStretch(1)
        bar.addWidget(self.new_button)

        self.range_label = QLabel(self)
        self.range_label.setObjectName("planningRange")
        self.range_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.range_label.setProperty("heading", True)   # its colour: app.qss / app-dark.qss
        legend = QHBoxLayout()
        legend.setSpacing(14)
        legend.addWidget(self.range_label, 1)
        for colour, text, hatch in (("#d4ecee", self.tr("Confirmed"), False),
                                    ("#1f6f78", self.tr("Checked in"), False),
                                    ("#eceff1", self.tr("No-show"), True),
                                    ("#eef1f3", self.tr("Closed"), True)):
            item = QLabel(self)
            item.setPixmap(_swatch(colour, hatch).pixmap(QSize(14, 14)))
            legend.addWidget(item)
            caption = QLabel(text, self)
            caption.setProperty("muted", True)
            legend.addWidget(caption)
            legend.addSpacing(4)

        self.banner = QFrame(self)
        self.banner.setObjectName("planningBanner")
        self.banner.setStyleSheet(
            "#planningBanner { background: #fdecea; border: 1px solid #f3b4ae;"
            " border-radius: 4px; } #planningBanner QLabel { color: #8c1d18; }")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        close = QToolButton(self.banner)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.hide_banner)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.banner_label, 1)
        row.addWidget(close)
        self.banner.setVisible(False)

        self.view = PlanningView(self.model, self, clock=self.clock)
        self.view.setObjectName("planningView")
        self.view.setStyleSheet("#planningView { border: 1px solid #d5dadd; }")
        self.view.sig_create_requested.connect(
            lambda rid, s, e: self.open_booking_dialog(resource_id=rid, start=s, end=e))
        self.view.sig_move_requested.connect(self.move_booking)
        self.view.sig_edit_requested.connect(self.edit_booking)
        self.view.sig_cancel_requested.connect(self.cancel_booking)
        self.view.sig_context_menu.connect(self._context_menu)
        self.view.sig_shift_days.connect(self.shift)
        self.view.sig_today.connect(self.go_today)
        self.model.sig_changed.connect(self._model_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addLayout(legend)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def _fill_sites(self) -> None:
        self.site_combo.blockSignals(True)
        current = self.site_combo.currentData()
        self.site_combo.clear()
        for s in sites.list_sites(self.ctx.engine):
            self.site_combo.addItem(s.name, s.id)
        pos = self.site_combo.findData(current)
        self.site_combo.setCurrentIndex(pos if pos >= 0 else 0)
        several = self.site_combo.count() > 1
        self.site_combo.setVisible(several)
        if hasattr(self, "site_label"):
            self.site_label.setVisible(several)
        self.site_combo.blockSignals(False)

    def _restore(self) -> None:
        mode = settings_store.value(f"{SETTINGS_KEY}/mode", DAY)
        self.set_mode(WEEK if mode == WEEK else DAY, reload=False)
        for combo, key in ((self.site_combo, "site"), (self.kind_combo, "kind")):
            saved = settings_store.value(f"{SETTINGS_KEY}/{key}")
            pos = combo.findData(int(str(saved)) if key == "site" and str(saved).isdigit()
                                 else saved)
            if saved is not None and pos >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(pos)
                combo.blockSignals(False)
        self._sync_date_edit()

    # -- navigation -----------------------------------------------------------------------

    def _today(self) -> date:
        return timeutil.local_naive(self.clock(), None).date()

    def set_mode(self, mode: str, *, reload: bool = True) -> None:
        self.mode = mode
        (self.week_button if mode == WEEK else self.day_button).setChecked(True)
        settings_store.set_value(f"{SETTINGS_KEY}/mode", mode)
        if reload:
            self._sync_date_edit()
            self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self._sync_date_edit()
        self.refresh()

    def shift(self, days: int) -> None:
        """Move the visible range; in week mode a single day step still moves a day."""
        self.go_to(self.anchor + timedelta(days=days))

    def go_today(self) -> None:
        self.go_to(self._today())

    def _sync_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.anchor.year, self.anchor.month, self.anchor.day))
        self.date_edit.blockSignals(False)
        self.range_label.setText(self.range_text())

    def _date_picked(self, qd: QDate) -> None:
        self.go_to(date(qd.year(), qd.month(), qd.day()))

    def _filters_changed(self) -> None:
        settings_store.set_value(f"{SETTINGS_KEY}/site", self.site_combo.currentData())
        settings_store.set_value(f"{SETTINGS_KEY}/kind", self.kind_combo.currentData() or "")
        self.refresh()

    def range_text(self) -> str:
        """"Mardi 1 décembre 2026" or "Semaine 52 · 21 – 27 décembre 2026"."""
        locale = QLocale(QLocale.Language.English if current_language() == "en"
                         else QLocale.Language.French)
        days = visible_days(self.anchor, self.mode)

        def q(d: date) -> QDate:
            return QDate(d.year, d.month, d.day)

        if self.mode == DAY:
            text = locale.toString(q(days[0]), "dddd d MMMM yyyy")
            return text[:1].upper() + text[1:]
        first, last = days[0], days[-1]
        if first.month == last.month:
            span = f"{first.day} – {locale.toString(q(last), 'd MMMM yyyy')}"
        else:
            span = (f"{locale.toString(q(first), 'd MMMM')} – "
                    f"{locale.toString(q(last), 'd MMMM yyyy')}")
        week = first.isocalendar()[1]
        return self.tr("Week %1").replace("%1", str(week)) + " · " + span

    # -- model feedback -------------------------------------------------------------------

    def _model_changed(self) -> None:
        if self.site_combo.count() == 0:
            self.view.empty_text = self.tr(
                "No site yet: create a site and its resources to start booking.")
        elif not self.model.resources:
            self.view.empty_text = self.tr(
                "No resource of this kind on this site. Choose “All resources” above.")
        n = self.model.booking_count()
        text = self.tr("%1 booking(s) · %2 resource(s) · %3").replace(
            "%1", fmt_count(n)).replace("%2", fmt_count(self.model.row_count())).replace(
            "%3", self.range_label.text())
        self.sig_status.emit(text)

    def show_banner(self, text: str) -> None:
        self.banner_label.setText(text)
        self.banner.setVisible(True)
        self._banner_timer.start()

    def hide_banner(self) -> None:
        self.banner.setVisible(False)

    def banner_text(self) -> str:
        return self.banner_label.text() if self.banner.isVisible() else ""

    # -- actions --------------------------------------------------------------------------

    def _exec(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_booking_dialog(self, *, resource_id: int | None = None,
                            start: datetime | None = None, end: datetime | None = None
                            ) -> BookingDialog | None:
        if self.site_combo.count() == 0:
            self.show_banner(self.tr("Create a site and its resources before booking."))
            return None
        dialog = BookingDialog(self.ctx, resource_id=resource_id, start=start, end=end,
                               site_id=self.site_combo.currentData(), parent=self,
                               clock=self.clock)
        if self._exec(dialog) and dialog.saved:
            self.hide_banner()
            self.refresh()
            self.view.select(dialog.saved[0].id)
            if len(dialog.saved) > 1:
                skipped = sum(1 for o in dialog.report if o.status != "free")
                self.sig_status.emit(self.tr("%1 bookings made, %2 skipped").replace(
                    "%1", str(len(dialog.saved))).replace("%2", str(skipped)))
        return dialog

    def edit_booking(self, booking_id: int) -> None:
        try:
            dialog = BookingDialog(self.ctx, booking_id=booking_id,
                                   site_id=self.site_combo.currentData(), parent=self,
                                   clock=self.clock)
        except TiersLieuError as exc:
            self.show_banner(exc.message())
            self.refresh()
            return
        if self._exec(dialog):
            self.refresh()

    def move_booking(self, booking_id: int, resource_id: int, start: datetime,
                     end: datetime) -> bool:
        """Drop of a dragged block: the service decides; a refusal leaves it in place."""
        try:
            moved = bookings.move(self.ctx.engine, booking_id, start=start, end=end,
                                  resource_id=resource_id, as_staff=True, now=self.clock())
        except TiersLieuError as exc:
            self.show_banner(exc.message())
            self.view.viewport().update()
            return False
        except Exception as exc:  # noqa: BLE001 - a bug still deserves a message
            show_error(self, exc)
            return False
        self.hide_banner()
        self.sig_status.emit(self.tr("Moved: %1").replace("%1", moved.label()))
        self.refresh()
        return True

    def cancel_booking(self, booking_id: int) -> bool:
        b = self.model.booking(booking_id)
        if b is None or b.status != "confirmed":
            return False
        answer = QMessageBox.question(
            self, self.tr("Cancel booking"),
            self.tr("Cancel booking %1?\n\nThe slot becomes free for others.").replace(
                "%1", b.label()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._act(lambda: bookings.cancel(self.ctx.engine, booking_id, as_staff=True,
                                                 now=self.clock()),
                         self.tr("Cancelled: %1"))

    def cancel_following(self, booking_id: int) -> bool:
        b = self.model.booking(booking_id)
        if b is None or b.series_id is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Cancel the series"),
            self.tr("Cancel this occurrence and every following one of the series "
                    "(from %1)?").replace("%1", f"{fmt_date(b.local_start.date())}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        series_id = b.series_id
        try:
            n = bookings.cancel_series(self.ctx.engine, series_id, from_start=b.start_at,
                                       now=self.clock())
        except TiersLieuError as exc:
            self.show_banner(exc.message())
            return False
        self.sig_status.emit(self.tr("%n booking(s) cancelled", "", n))
        self.refresh()
        return True

    def check_in(self, booking_id: int) -> bool:
        return self._act(lambda: bookings.check_in(self.ctx.engine, booking_id, as_staff=True,
                                                   now=self.clock()),
                         self.tr("Checked in: %1"))

    def _act(self, fn: Callable[[], Any], done_text: str) -> bool:
        try:
            row = fn()
        except TiersLieuError as exc:
            self.show_banner(exc.message())
            return False
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self.hide_banner()
        self.sig_status.emit(done_text.replace("%1", row.label()))
        self.refresh()
        return True

    def context_menu_for(self, booking_id: int | None, resource_id: int | None,
                         local: datetime | None) -> QMenu:
        """The menu a right-click shows (built separately so tests can inspect it)."""
        menu = QMenu(self)
        if booking_id is not None:
            b = self.model.booking(booking_id)
            active = b is not None and b.status == "confirmed"
            act = menu.addAction(self.tr("Check in"), lambda: self.check_in(booking_id))
            act.setEnabled(active and b is not None and b.checked_in_at is None)
            menu.addAction(_icon("edit"), self.tr("Edit…\tEnter"),
                           lambda: self.edit_booking(booking_id))
            menu.addSeparator()
            act = menu.addAction(self.tr("Cancel booking…\tDel"),
                                 lambda: self.cancel_booking(booking_id))
            act.setEnabled(active)
            if b is not None and b.series_id is not None:
                act = menu.addAction(self.tr("Cancel this and following occurrences…"),
                                     lambda: self.cancel_following(booking_id))
                act.setEnabled(active)
        elif resource_id is not None and local is not None:
            menu.addAction(_icon("add"), self.tr("New booking at %1…").replace(
                "%1", f"{local:%H:%M}"), lambda: self.open_booking_dialog(
                    resource_id=resource_id, start=local, end=local + timedelta(hours=1)))
        return menu

    def _context_menu(self, booking_id: int | None, resource_id: int | None,
                      local: datetime | None, pos: QPoint) -> None:
        menu = self.context_menu_for(booking_id, resource_id, local)
        if not menu.isEmpty():
            menu.exec(pos)
        menu.deleteLater()
