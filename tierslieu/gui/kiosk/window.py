"""The members' kiosk: a full-screen, touch-friendly window on a tablet at the entrance.

Screen 1 identifies a member (e-mail or badge, plus PIN); screen 2 shows the rooms free
now, books one, lists the member's bookings with Check in / Cancel; screen 3, from its
**Directory** button, is the community directory (:mod:`tierslieu.gui.kiosk.directory`:
consenting members, their chosen fields only). Everything goes
through the same services as the front desk with ``as_staff=False``, so member rules
(cut-offs, opening hours, staff-only rooms) hold here too.

No menus, no way to the staff screens. After ``INACTIVITY_MS`` without a touch or key the
member is logged out. Esc does nothing; Alt+F4 is ignored in full screen; the only way
out is **Ctrl+Alt+Q**, for the staff, which closes the kiosk at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tierslieu import security, timeutil
from tierslieu.errors import TiersLieuError
from tierslieu.gui.context import AppContext
from tierslieu.gui.kiosk.board import RoomBoard, room_state
from tierslieu.gui.kiosk.directory import KioskDirectoryScreen
from tierslieu.gui.models.base import Column, RowTableModel
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import current_language
from tierslieu.money import format_euros as fmt_money
from tierslieu.services import bookings, kiosk, sites, spaces
from tierslieu.services.bookings import BookingRequest, BookingRow
from tierslieu.services.kiosk import KioskUser
from tierslieu.services.spaces import ResourceRow

log = logging.getLogger(__name__)

INACTIVITY_MS = 60_000          # a member who walks away is logged out after this
BANNER_MS = 8_000
DURATIONS = (30, 60, 90, 120, 180)
DAYS_AHEAD = 7
MY_BOOKINGS_DAYS = 60
_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
             QEvent.Type.TouchUpdate, QEvent.Type.Wheel}

STYLE = """
#kiosk { background: #f3f6f7; font-size: 14pt; }
#kiosk QLabel { color: #1b2a30; }
#loginScreen { background: qlineargradient(x1:0, y1:0, x2:1, y2:1,
                stop:0 #123f46, stop:1 #1f6f78); }
#loginScreen QLabel#topInfo { color: #e0f2f1; font-size: 15pt; }
#card { background: #ffffff; border-radius: 18px; }
#cardTitle { font-size: 26pt; font-weight: 700; color: #123f46; }
#cardSubtitle { color: #546e7a; font-size: 13pt; }
#kiosk QLineEdit { font-size: 17pt; padding: 12px 14px; border: 2px solid #cfd8dc;
                   border-radius: 10px; background: #ffffff; min-height: 34px; }
#kiosk QLineEdit:focus { border-color: #1f6f78; }
#kiosk QPushButton { font-size: 15pt; padding: 12px 18px; border-radius: 10px;
                     border: 2px solid #cfd8dc; background: #ffffff; color: #1b2a30;
                     min-height: 34px; }
#kiosk QPushButton:pressed { background: #e0f2f1; }
#kiosk QPushButton:checked { background: #1f6f78; border-color: #1f6f78; color: #ffffff; }
#kiosk QPushButton:disabled { color: #a0acb2; background: #f1f4f5; }
#kiosk QPushButton#keypad { font-size: 20pt; font-weight: 600; min-height: 44px; }
#kiosk QPushButton#primary { background: #1f6f78; border-color: #1f6f78; color: #ffffff;
                             font-weight: 700; font-size: 17pt; min-height: 44px; }
#kiosk QPushButton#primary:disabled { background: #9fbfc3; border-color: #9fbfc3; }
#loginError { color: #b3261e; font-size: 14pt; font-weight: 600; }
#topBar { background: #123f46; }
#topBar QLabel { color: #ffffff; }
#greeting { font-size: 22pt; font-weight: 700; }
#clock { font-size: 15pt; color: #b2dfdb; }
#kiosk #topBar QPushButton { background: transparent; color: #ffffff;
                             border: 2px solid #80cbc4; }
#section { font-size: 17pt; font-weight: 700; color: #123f46; }
#panel { background: #ffffff; border-radius: 14px; border: 1px solid #dde3e6; }
#kiosk QComboBox { font-size: 15pt; padding: 8px 12px; min-height: 34px;
                   border: 2px solid #cfd8dc; border-radius: 10px; background: #ffffff; }
#summary { color: #37474f; font-size: 13pt; }
#banner[kind="ok"] { background: #e6f4ea; border: 1px solid #a8d5b5; border-radius: 10px; }
#banner[kind="ok"] QLabel { color: #1e5e2b; font-size: 15pt; font-weight: 600; }
#banner[kind="error"] { background: #fdecea; border: 1px solid #f3b4ae; border-radius: 10px; }
#banner[kind="error"] QLabel { color: #8c1d18; font-size: 15pt; font-weight: 600; }
#kiosk QTableView { font-size: 13pt; border: none; background: #ffffff;
                    selection-background-color: #cfe6e8; selection-color: #102a30; }
#kiosk QHeaderView::section { font-size: 12pt; background: #f3f6f7; border: none;
                              padding: 6px; color: #546e7a; }
#hint { color: #78909c; font-size: 11pt; }
"""


def _as_member(method: Callable[..., Any]) -> Callable[..., Any]:
    """Run a window method as the identified member (else as the bare kiosk): the
    services then refuse anything but this member's own bookings."""
    import functools

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        with security.acting_as(kiosk.principal(getattr(self, "user", None))):
            return method(self, *args, **kwargs)
    return wrapper


def _locale() -> QLocale:
    return QLocale(QLocale.Language.English if current_language() == "en"
                   else QLocale.Language.French)


def _day_text(d: date, fmt: str = "ddd dd/MM") -> str:
    return _locale().toString(QDate(d.year, d.month, d.day), fmt)


class MyBookingsModel(RowTableModel[BookingRow]):
    """The member's coming bookings (already their own: names are fine here)."""

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtCore import QCoreApplication

        super().__init__([
            Column("day", QCoreApplication.translate("KioskWindow", "Day"),
                   lambda b: _day_text(b.local_start.date()), sort_key=lambda b: b.start_at),
            Column("time", QCoreApplication.translate("KioskWindow", "Time"),
                   lambda b: f"{b.local_start:%H:%M}–{b.local_end:%H:%M}"),
            Column("room", QCoreApplication.translate("KioskWindow", "Room"),
                   lambda b: b.resource_name),
            Column("state", QCoreApplication.translate("KioskWindow", "Arrival"),
                   lambda b: "✓" if b.checked_in_at else ""),
        ], parent)


class KioskWindow(QWidget):
    """``KioskWindow(ctx)``; ``run_kiosk`` shows it full screen."""

    sig_logged_in = Signal(int)
    """person id of the member who identified"""
    sig_logged_out = Signal()
    """the member left (button or inactivity)"""

    @_as_member
    def __init__(self, ctx: AppContext, *, site_id: int | None = None,
                 clock: Callable[[], datetime] | None = None,
                 inactivity_ms: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or (lambda: datetime.now(UTC))
        self.user: KioskUser | None = None
        self._quitting = False
        all_sites = sites.list_sites(ctx.engine)
        self.site = next((s for s in all_sites if s.id == site_id),
                         all_sites[0] if all_sites else None)
        self.tz = self.site.timezone if self.site else timeutil.DEFAULT_TZ
        self.resources: list[ResourceRow] = []
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("TiersLieu — Kiosk"))
        self.setStyleSheet(STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_login())
        self.stack.addWidget(self._build_home())
        self.directory_screen = KioskDirectoryScreen(self, engine=ctx.engine)
        self.directory_screen.sig_back.connect(self.show_home)
        self.directory_screen.sig_sign_out.connect(self.logout)
        self.stack.addWidget(self.directory_screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._idle = QTimer(self, singleShot=True,
                            interval=inactivity_ms if inactivity_ms is not None
                            else INACTIVITY_MS)
        self._idle.timeout.connect(self.logout)
        self._banner_timer = QTimer(self, singleShot=True, interval=BANNER_MS)
        self._banner_timer.timeout.connect(lambda: self.banner.setVisible(False))
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start()
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Alt+Q"), self)
        quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_shortcut.activated.connect(self.quit_kiosk)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._update_clock()
        self.show_login()

    # -- construction ---------------------------------------------------------------------

    def _build_login(self) -> QWidget:
        screen = QWidget(self)
        screen.setObjectName("loginScreen")
        screen.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top = QHBoxLayout()
        self.site_label = QLabel(self.site.name if self.site else "TiersLieu", screen)
        self.site_label.setObjectName("topInfo")
        self.login_clock = QLabel(screen)
        self.login_clock.setObjectName("topInfo")
        top.addWidget(self.site_label)
        top.addStretch(1)
        top.addWidget(self.login_clock)

        card = QFrame(screen)
        card.setObjectName("card")
        card.setFixedWidth(560)
        title = QLabel(self.tr("Welcome"), card)
        title.setObjectName("cardTitle")
        subtitle = QLabel(self.tr("Identify yourself to book a room or check in."), card)
        subtitle.setObjectName("cardSubtitle")
        subtitle.setWordWrap(True)
        self.ident_edit = QLineEdit(card)
        self.ident_edit.setPlaceholderText(self.tr("E-mail or badge"))
        self.ident_edit.setAccessibleName(self.tr("E-mail or badge"))
        self.pin_edit = QLineEdit(card)
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        # a badge reader types the code then Enter: go on to the PIN
        self.ident_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self._login_clicked)
        self.login_error = QLabel(card)
        self.login_error.setObjectName("loginError")
        self.login_error.setWordWrap(True)
        self.login_error.setVisible(False)
        self.login_button = QPushButton(self.tr("Sign in"), card)
        self.login_button.setObjectName("primary")
        self.login_button.clicked.connect(self._login_clicked)

        v = QVBoxLayout(card)
        v.setContentsMargins(40, 36, 40, 36)
        v.setSpacing(14)
        v.addWidget(title)
        v.addWidget(subtitle)
        v.addSpacing(6)
        v.addWidget(self.ident_edit)
        v.addWidget(self.pin_edit)
        v.addLayout(self._keypad(card))
        v.addWidget(self.login_error)
        v.addWidget(self.login_button)

        outer = QVBoxLayout(screen)
        outer.setContentsMargins(36, 24, 36, 24)
        outer.addLayout(top)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return screen

    def _keypad(self, parent: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "C"]
        for i, key in enumerate(keys):
            b = QPushButton(key, parent)
            b.setObjectName("keypad")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the field keeps the focus
            b.setAccessibleName({"⌫": self.tr("Erase"), "C": self.tr("Clear")}.get(key, key))
            b.clicked.connect(lambda _c=False, k=key: self._key(k))
            grid.addWidget(b, i // 3, i % 3)
        return grid

    def _key(self, key: str) -> None:
        edit = self.ident_edit if self.ident_edit.hasFocus() else self.pin_edit
        if key == "⌫":
            edit.backspace()
        elif key == "C":
            edit.clear()
        else:
            edit.insert(key)
        self.login_error.setVisible(False)

    def _build_home(self) -> QWidget:
        screen = QWidget(self)
        bar = QFrame(screen)
        bar.setObjectName("topBar")
        self.greeting = QLabel(bar)
        self.greeting.setObjectName("greeting")
        self.clock_label = QLabel(bar)
        self.clock_label.setObjectName("clock")
        self.logout_button = QPushButton(self.tr("Sign out"), bar)
        self.logout_button.clicked.connect(self.logout)
        self.directory_button = QPushButton(self.tr("Directory"), bar)
        self.directory_button.setToolTip(self.tr("Find the members of the community"))
        self.directory_button.clicked.connect(self.open_directory)
        h = QHBoxLayout(bar)
        h.setContentsMargins(28, 14, 20, 14)
        h.addWidget(self.greeting)
        h.addSpacing(24)
        h.addWidget(self.clock_label)
        h.addStretch(1)
        h.addWidget(self.directory_button)
        h.addSpacing(8)
        h.addWidget(self.logout_button)

        # a frame with layout margins, not QSS padding: padding set by a dynamic
        # property is not counted in the label's size hint and the text gets clipped
        self.banner = QFrame(screen)
        self.banner.setObjectName("banner")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        inner = QHBoxLayout(self.banner)
        inner.setContentsMargins(18, 12, 18, 12)
        inner.addWidget(self.banner_label)
        self.banner.setVisible(False)

        rooms_title = QLabel(self.tr("Rooms today"), screen)
        rooms_title.setObjectName("section")
        self.board = RoomBoard(screen)
        self.board.sig_room_clicked.connect(self.choose_room)
        scroll = QScrollArea(screen)
        scroll.setWidget(self.board)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        scroll.viewport().setStyleSheet("background: transparent;")
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(rooms_title)
        left.addWidget(scroll, 1)
        hint = QLabel(self.tr("Touch a room to book it. You are signed out after a minute "
                              "without activity."), screen)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        left.addWidget(hint)

        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self._build_book_panel(screen))
        right.addWidget(self._build_mine_panel(screen), 1)

        body = QHBoxLayout()
        body.setContentsMargins(24, 8, 24, 16)
        body.setSpacing(20)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        outer = QVBoxLayout(screen)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        outer.addWidget(bar)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(24, 0, 24, 0)
        banner_row.addWidget(self.banner)
        outer.addLayout(banner_row)
        outer.addLayout(body, 1)
        return screen

    def _panel(self, parent: QWidget, title: str) -> tuple[QFrame, QVBoxLayout]:
        panel = QFrame(parent)
        panel.setObjectName("panel")
        v = QVBoxLayout(panel)
        v.setContentsMargins(20, 16, 20, 18)
        v.setSpacing(10)
        label = QLabel(title, panel)
        label.setObjectName("section")
        v.addWidget(label)
        return panel, v

    def _build_book_panel(self, parent: QWidget) -> QFrame:
        panel, v = self._panel(parent, self.tr("Book a room"))
        self.room_combo = QComboBox(panel)
        self.room_combo.setAccessibleName(self.tr("Room"))
        self.day_combo = QComboBox(panel)
        self.day_combo.setAccessibleName(self.tr("Day"))
        self.start_combo = QComboBox(panel)
        self.start_combo.setAccessibleName(self.tr("Start"))
        self.start_combo.setMaxVisibleItems(12)
        row = QHBoxLayout()
        row.addWidget(self.day_combo, 3)
        row.addWidget(self.start_combo, 2)
        durations = QHBoxLayout()
        durations.setSpacing(6)
        self.duration_group = QButtonGroup(panel)
        for minutes in DURATIONS:
            h, m = divmod(minutes, 60)
            text = f"{m} min" if not h else (f"{h} h {m:02d}" if m else f"{h} h")
            b = QPushButton(text, panel)
            b.setCheckable(True)
            b.setChecked(minutes == 60)
            self.duration_group.addButton(b, minutes)
            durations.addWidget(b)
        self.summary = QLabel(panel)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.book_button = QPushButton(self.tr("Book"), panel)
        self.book_button.setObjectName("primary")
        self.book_button.clicked.connect(self._book_clicked)
        self.room_combo.currentIndexChanged.connect(self._update_summary)
        self.day_combo.currentIndexChanged.connect(self._fill_starts)
        self.start_combo.currentIndexChanged.connect(self._update_summary)
        self.duration_group.idClicked.connect(self._update_summary)
        for w in (self.room_combo,):
            v.addWidget(w)
        v.addLayout(row)
        v.addLayout(durations)
        v.addWidget(self.summary)
        v.addWidget(self.book_button)
        return panel

    def _build_mine_panel(self, parent: QWidget) -> QFrame:
        panel, v = self._panel(parent, self.tr("My bookings"))
        self.mine_model = MyBookingsModel(self)
        self.mine_view = QTableView(panel)
        self.mine_view.setModel(self.mine_model)
        self.mine_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mine_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mine_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mine_view.verticalHeader().setVisible(False)
        self.mine_view.verticalHeader().setDefaultSectionSize(48)
        self.mine_view.setShowGrid(False)
        header = self.mine_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mine_empty = QLabel(self.tr("No booking coming up."), panel)
        self.mine_empty.setObjectName("hint")
        self.checkin_button = QPushButton(self.tr("I'm here"), panel)
        self.checkin_button.setToolTip(self.tr("Check in: from 10 minutes before the start"))
        self.checkin_button.clicked.connect(self._checkin_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"), panel)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.mine_view.selectionModel().selectionChanged.connect(self._update_mine_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.cancel_button)
        v.addWidget(self.mine_view, 1)
        v.addWidget(self.mine_empty)
        v.addLayout(buttons)
        return panel

    # -- screens --------------------------------------------------------------------------

    def current_screen(self) -> str:
        return {1: "home", 2: "directory"}.get(self.stack.currentIndex(), "login")

    def open_directory(self) -> None:
        """The community directory, for the member signed in (never before)."""
        if self.user is None:
            return
        self.directory_screen.open_for(self.user)
        self.stack.setCurrentWidget(self.directory_screen)

    def show_home(self) -> None:
        if self.user is None:
            self.show_login()
            return
        self.stack.setCurrentIndex(1)

    def show_login(self) -> None:
        self.stack.setCurrentIndex(0)
        self.ident_edit.clear()
        self.pin_edit.clear()
        self.ident_edit.setFocus()

    @_as_member
    def login(self, identifier: str, pin: str) -> bool:
        try:
            user = kiosk.identify(self.ctx.engine, identifier, pin)
        except TiersLieuError as exc:
            self.pin_edit.clear()
            self.login_error.setText(exc.message())
            self.login_error.setVisible(True)
            self.pin_edit.setFocus()
            return False
        self.user = user
        self.login_error.setVisible(False)
        first = user.display_name.split(" ")[0] if user.display_name else ""
        self.greeting.setText(self.tr("Hello %1").replace("%1", first).strip())
        self.banner.setVisible(False)
        self.stack.setCurrentIndex(1)
        self.reload()
        self._idle.start()
        self.sig_logged_in.emit(user.person_id)
        return True

    def _login_clicked(self) -> None:
        self.login(self.ident_edit.text(), self.pin_edit.text())

    def logout(self) -> None:
        was = self.user is not None
        self.user = None
        self._idle.stop()
        self.mine_model.set_rows([])
        self.directory_screen.clear()
        self.show_login()
        if was:
            self.sig_logged_out.emit()

    def quit_kiosk(self) -> None:
        """Ctrl+Alt+Q: the staff's way out."""
        self._quitting = True
        self.close()

    # -- home content ---------------------------------------------------------------------

    def _today(self) -> date:
        return timeutil.local_naive(self.clock(), self.tz).date()

    @_as_member
    def reload(self) -> None:
        """Rooms, today's occupancy and the member's bookings, from the services."""
        if self.user is None or self.site is None:
            return
        engine, now = self.ctx.engine, self.clock()
        today = self._today()
        days = [today + timedelta(days=i) for i in range(DAYS_AHEAD)]
        self.resources = [r for r in spaces.list_resources(engine, site_id=self.site.id)
                          if r.bookable_by == "members"]
        self.openings = spaces.day_openings(engine, self.site.id, days)
        start, end = timeutil.day_bounds_utc(today, self.tz)
        ids = [r.id for r in self.resources]
        slots = kiosk.occupancy(engine, self.user, start, end, ids) if ids else []
        intervals, closed = self.openings[today]
        texts = {"closed": self.tr("Closed now"), "busy": self.tr("Busy until %1"),
                 "free_until": self.tr("Free until %1"), "free": self.tr("Free all day"),
                 "seats": self.tr("%1 seats free"), "full": self.tr("Full")}
        states = [room_state(r, [s for s in slots if s.resource_id == r.id], now, self.tz,
                             intervals, closed, texts) for r in self.resources]
        self.board.set_content(states, slots, self._span(), now, self.tz)
        mine = kiosk.my_bookings(engine, self.user, now,
                                 now + timedelta(days=MY_BOOKINGS_DAYS))
        self.mine_model.set_rows(mine)
        self.mine_empty.setVisible(not mine)
        self._update_mine_buttons()
        self._fill_rooms(days)

    def _span(self) -> tuple[int, int]:
        lo, hi = 24 * 60, 0
        for intervals, _closed in self.openings.values():
            for o, c in intervals:
                lo, hi = min(lo, o.hour * 60), max(hi, c.hour * 60 + (60 if c.minute else 0))
        return (lo, hi) if hi > lo else (8 * 60, 20 * 60)

    def _fill_rooms(self, days: list[date]) -> None:
        chosen = self.room_combo.currentData()
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        for r in self.resources:
            self.room_combo.addItem(r.name, r.id)
        pos = self.room_combo.findData(chosen)
        self.room_combo.setCurrentIndex(max(pos, 0))
        self.room_combo.blockSignals(False)
        day = self.day_combo.currentData()
        self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for i, d in enumerate(days):
            label = {0: self.tr("Today"), 1: self.tr("Tomorrow")}.get(i, _day_text(d, "dddd"))
            self.day_combo.addItem(f"{label} {_day_text(d, 'dd/MM')}", d)
        pos = self.day_combo.findData(day)
        self.day_combo.setCurrentIndex(max(pos, 0))
        self.day_combo.blockSignals(False)
        self._fill_starts()

    def _fill_starts(self) -> None:
        day = self.day_combo.currentData()
        chosen = self.start_combo.currentData()
        self.start_combo.blockSignals(True)
        self.start_combo.clear()
        if isinstance(day, date):
            intervals, closed = self.openings.get(day, ([], None))
            now = timeutil.local_naive(self.clock(), self.tz)
            for opens, closes in ([] if closed else intervals):
                t = datetime.combine(day, opens)
                last = datetime.combine(day, closes) - timedelta(minutes=30)
                while t <= last:
                    if t > now:
                        self.start_combo.addItem(f"{t:%H:%M}", t)
                    t += timedelta(minutes=15)
            if self.start_combo.count() == 0:
                self.start_combo.addItem(self.tr("Closed") if closed or not intervals
                                         else self.tr("No time left"), None)
        pos = self.start_combo.findData(chosen)
        self.start_combo.setCurrentIndex(max(pos, 0))
        self.start_combo.blockSignals(False)
        self._update_summary()

    def choose_room(self, resource_id: int) -> None:
        pos = self.room_combo.findData(resource_id)
        if pos >= 0:
            self.room_combo.setCurrentIndex(pos)

    def _chosen(self) -> tuple[ResourceRow | None, datetime | None, int]:
        rid = self.room_combo.currentData()
        res = next((r for r in self.resources if r.id == rid), None)
        start = self.start_combo.currentData()
        minutes = self.duration_group.checkedId()
        return res, start if isinstance(start, datetime) else None, max(minutes, 15)

    def _update_summary(self, *_args: Any) -> None:
        res, start, minutes = self._chosen()
        self.book_button.setEnabled(res is not None and start is not None)
        if res is None or start is None:
            self.summary.setText("")
            return
        end = start + timedelta(minutes=minutes)
        text = f"{res.name} · {_day_text(start.date())} · {start:%H:%M}–{end:%H:%M}"
        try:
            cents = bookings.price_cents(res, timeutil.to_utc(start, self.tz, fold=0),
                                         timeutil.to_utc(end, self.tz, fold=0))
        except TiersLieuError:
            cents = 0
        text += " · " + (fmt_money(cents) if cents else self.tr("included"))
        self.summary.setText(text)

    # -- actions --------------------------------------------------------------------------

    def _message(self, text: str, ok: bool) -> None:
        self.banner_label.setText(text)
        self.banner.setProperty("kind", "ok" if ok else "error")
        for w in (self.banner, self.banner_label):
            w.style().unpolish(w)
            w.style().polish(w)
        self.banner.setVisible(True)
        self._banner_timer.start()

    def banner_text(self) -> str:
        return self.banner_label.text() if self.banner.isVisible() else ""

    @_as_member
    def book(self, resource_id: int, start: datetime, minutes: int) -> BookingRow | None:
        """Book for the member; the service's refusal is shown in the banner."""
        if self.user is None:
            return None
        req = BookingRequest(resource_id, start, start + timedelta(minutes=minutes),
                             person_id=self.user.person_id, as_staff=False)
        try:
            row = bookings.create(self.ctx.engine, req, now=self.clock())
        except TiersLieuError as exc:
            self._message(exc.message(), ok=False)
            return None
        self.reload()
        self._message(self.tr("Booked: %1, %2 %3–%4.").replace("%1", row.resource_name)
                      .replace("%2", _day_text(row.local_start.date(), "dddd dd/MM"))
                      .replace("%3", f"{row.local_start:%H:%M}")
                      .replace("%4", f"{row.local_end:%H:%M}"), ok=True)
        return row

    def _book_clicked(self) -> None:
        res, start, minutes = self._chosen()
        if res is not None and start is not None:
            self.book(res.id, start, minutes)

    def selected_booking(self) -> BookingRow | None:
        rows = self.mine_view.selectionModel().selectedRows()
        return self.mine_model.row_at(rows[0]) if rows else None

    def _update_mine_buttons(self, *_args: Any) -> None:
        b = self.selected_booking()
        self.checkin_button.setEnabled(b is not None and b.checked_in_at is None)
        self.cancel_button.setEnabled(b is not None)

    @_as_member
    def check_in(self, booking_id: int) -> bool:
        if self.user is None:
            return False
        try:
            row = bookings.check_in(self.ctx.engine, booking_id, now=self.clock(),
                                    person_id=self.user.person_id, as_staff=False)
        except TiersLieuError as exc:
            self._message(exc.message(), ok=False)
            return False
        self.reload()
        self._message(self.tr("Welcome! Your arrival in %1 is recorded.").replace(
            "%1", row.resource_name), ok=True)
        return True

    @_as_member
    def cancel(self, booking_id: int) -> bool:
        if self.user is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Cancel"), self.tr("Cancel this booking?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            bookings.cancel(self.ctx.engine, booking_id, as_staff=False,
                            person_id=self.user.person_id, now=self.clock())
        except TiersLieuError as exc:
            self._message(exc.message(), ok=False)
            return False
        self.reload()
        self._message(self.tr("Your booking is cancelled."), ok=True)
        return True

    def _checkin_clicked(self) -> None:
        b = self.selected_booking()
        if b is not None:
            self.check_in(b.id)

    def _cancel_clicked(self) -> None:
        b = self.selected_booking()
        if b is not None:
            self.cancel(b.id)

    # -- clock, inactivity, closing -------------------------------------------------------

    @_as_member
    def _update_clock(self) -> None:
        # the kiosk may be the only screen running: it releases no-shows too, off the GUI
        # thread; a busy database must not stop the clock nor show a dialog to a member
        now = self.clock()
        run_task(self, lambda _progress: bookings.release_no_shows(self.ctx.engine, now=now),
                 on_done=lambda _count: None,
                 on_error=lambda exc: log.warning("releasing no-shows failed: %s", exc))
        local = timeutil.local_naive(self.clock(), self.tz)
        text = f"{_day_text(local.date(), 'dddd d MMMM')} · {local:%H:%M}"
        self.clock_label.setText(text)
        self.login_clock.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.user is not None and event.type() in _ACTIVITY:
            self._idle.start()
        return False

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return   # no way out of the kiosk by accident
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isFullScreen() and not self._quitting:
            event.ignore()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        super().closeEvent(event)


def run_kiosk(db: str | None, *, demo: bool = False, lang: str | None = None) -> int:
    """``tierslieu --kiosk``: the kiosk full screen, French unless ``lang`` says otherwise."""
    from tierslieu.gui.app import create_application, open_app_database

    app = create_application(lang or "fr")
    try:
        engine = open_app_database(db, demo=demo)
    except Exception as exc:  # noqa: BLE001 - any failure here is shown, then exit 1
        log.error("cannot open the database", exc_info=exc)
        message = exc.message() if isinstance(exc, TiersLieuError) else str(exc)
        QMessageBox.critical(None, "TiersLieu", message)
        return 1
    # the database worker thread acts as the bare kiosk too (no-show release)
    security.set_session(security.KIOSK_DEVICE)
    window = KioskWindow(AppContext.for_engine(engine))
    window.showFullScreen()
    try:
        return app.exec()
    finally:
        engine.dispose()

