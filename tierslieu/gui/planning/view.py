"""The planning grid, painted by hand: resources down the side, time across, bookings as blocks.

A QAbstractScrollArea rather than a widget in a QScrollArea, so the time header and the
resource names stay in place while the body scrolls, and a paint only walks the rows on
screen. Everything is read from the PlanningModel's lists; nothing here touches the database.
Gestures become signals (create, move, edit, cancel...): the page calls the services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from tierslieu import timeutil
from tierslieu.gui.planning.model import (
    DAY,
    MINUTES_PER_DAY,
    SNAP,
    WEEK,
    Block,
    PlanningModel,
    kind_label,
    status_label,
)
from tierslieu.i18n import current_language
from tierslieu.services.bookings import BookingRow

ROW_HEADER_W = 210
HEADER_H = 56
ROW_H = {DAY: 54, WEEK: 46}
MIN_PX_PER_HOUR = {DAY: 64.0, WEEK: 13.0}
DRAG_THRESHOLD = 5

# (strong, light) per resource kind: strong for borders and checked-in fills
KIND_COLOURS = {
    "meeting_room": ("#1f6f78", "#d4ecee"),
    "phone_booth": ("#6f52b5", "#e9e3f6"),
    "hot_desk_zone": ("#c0730f", "#fbe8c8"),
    "office": ("#2f66ad", "#dce7f6"),
    "desk": ("#3f8443", "#dff0dd"),
    "event_hall": ("#a93d67", "#f6dde7"),
}
_BG = QColor("#ffffff")
_STRIPE = QColor("#f8fafb")
_GRID = QColor("#e6eaed")
_GRID_HALF = QColor("#f1f3f5")
_DAY_LINE = QColor("#b8c2c8")
_HEADER_BG = QColor("#f0f2f4")
_HEADER_TEXT = QColor("#455a64")
_INK = QColor("#1b2a30")
_MUTED = QColor("#78909c")
_CLOSED = QColor("#eef1f3")
_CLOSED_HATCH = QColor("#dfe4e7")
_HOLIDAY = QColor("#b3261e")
_NOW = QColor("#e53935")
_TODAY_TINT = QColor(31, 111, 120, 14)
_SELECT = QColor("#102a30")
_NO_SHOW_FILL = QColor("#eceff1")
_NO_SHOW_HATCH = QColor("#b0bec5")
_NO_SHOW_TEXT = QColor("#607d8b")
_GHOST_OK = QColor(31, 111, 120, 90)
_CREATE_FILL = QColor(31, 111, 120, 60)

ALIGN_LEFT_V = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
LEFT_BUTTON = Qt.MouseButton.LeftButton
ELIDE = Qt.TextElideMode.ElideRight


def colours_for(kind: str, custom: str = "") -> tuple[QColor, QColor]:
    if custom and QColor.isValidColorName(custom):
        strong = QColor(custom)
        return strong, QColor.fromHsl(strong.hslHue(), min(strong.hslSaturation(), 120), 228)
    strong_name, light_name = KIND_COLOURS.get(kind, ("#546e7a", "#e3e8eb"))
    return QColor(strong_name), QColor(light_name)


def _hhmm(minute: int) -> str:
    minute %= MINUTES_PER_DAY if minute != MINUTES_PER_DAY else MINUTES_PER_DAY + 1
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _snap(minute: float, up: bool = False) -> int:
    m = int(minute)
    if up:
        return -(-m // SNAP) * SNAP
    return (m // SNAP) * SNAP


def _nearest(minute: float) -> int:
    """The closest quarter hour: a press at 9:05 means 9:00, at 9:10 means 9:15."""
    return int((minute + SNAP / 2) // SNAP) * SNAP


class _CreateDrag:
    def __init__(self, row: int, day: int, anchor: float) -> None:
        self.row, self.day, self.anchor, self.current = row, day, anchor, anchor

    def span(self) -> tuple[int, int]:
        lo, hi = sorted((_nearest(self.anchor), _nearest(self.current)))
        return lo, hi


class _MoveDrag:
    def __init__(self, block: Block, press: QPoint, grab_offset: float) -> None:
        self.block, self.press, self.grab_offset = block, press, grab_offset
        self.started = False
        self.row = block.row
        self.start_abs = 0        # minutes from the first visible day's midnight
        self.length = 0


class PlanningView(QAbstractScrollArea):
    """Rows = ``model.resources``, columns = ``model.days`` x ``model.span``."""

    sig_create_requested = Signal(int, object, object)
    """resource id, start, end (naive local datetimes): free time was dragged across"""
    sig_move_requested = Signal(int, int, object, object)
    """booking id, target resource id, new start, new end (naive local)"""
    sig_edit_requested = Signal(int)
    """booking id (double-click or Enter)"""
    sig_cancel_requested = Signal(int)
    """booking id (Delete)"""
    sig_context_menu = Signal(object, object, object, object)
    """booking id or None, resource id or None, naive local datetime or None, global QPoint"""
    sig_shift_days = Signal(int)
    """move the visible range by this many days (arrows, Page Up/Down)"""
    sig_today = Signal()
    """go back to today (T)"""
    sig_selection_changed = Signal(object)
    """selected booking id, or None"""

    def __init__(self, model: PlanningModel, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.clock = clock or (lambda: datetime.now(UTC))
        self.selected_id: int | None = None
        self.empty_text = ""
        self._ppm = 1.0
        self._drag: _CreateDrag | _MoveDrag | None = None
        self._press_block: Block | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setViewportMargins(0, 0, 0, 0)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        model.sig_changed.connect(self._on_model_changed)
        self.setMinimumSize(480, 220)
        self.setToolTip("")

    # -- geometry (public: tests and the page use them) ----------------------------------

    @property
    def row_height(self) -> int:
        return ROW_H[self.model.mode]

    def _span_minutes(self) -> int:
        lo, hi = self.model.span
        return max(hi - lo, 60)

    def day_width(self) -> float:
        return self._span_minutes() * self._ppm

    def content_width(self) -> float:
        return self.day_width() * max(len(self.model.days), 1)

    def x_for(self, day: int, minute: float) -> float:
        """Viewport x of a local minute of a visible day."""
        lo, _ = self.model.span
        return (ROW_HEADER_W + day * self.day_width() + (minute - lo) * self._ppm
                - self.horizontalScrollBar().value())

    def y_for_row(self, row: int) -> int:
        return HEADER_H + row * self.row_height - self.verticalScrollBar().value()

    def point_for(self, resource_id: int, local: datetime) -> QPoint:
        """Viewport point at ``local`` (naive local time) on the resource's row, mid-height."""
        row = self.model.row_of(resource_id)
        day = self.model.day_index(local.date())
        if row < 0 or day < 0:
            raise ValueError(f"{resource_id} at {local} is not on screen")
        x = self.x_for(day, local.hour * 60 + local.minute)
        return QPoint(round(x), self.y_for_row(row) + self.row_height // 2)

    def position_at(self, pos: QPoint) -> tuple[int, int, float] | None:
        """(row, day, local minute) under a viewport point of the body, else None."""
        if pos.x() < ROW_HEADER_W or pos.y() < HEADER_H or not self.model.days:
            return None
        row = (pos.y() - HEADER_H + self.verticalScrollBar().value()) // self.row_height
        if not 0 <= row < self.model.row_count():
            return None
        rel = pos.x() - ROW_HEADER_W + self.horizontalScrollBar().value()
        day = int(rel // self.day_width())
        if not 0 <= day < len(self.model.days):
            return None
        minute = self.model.span[0] + (rel - day * self.day_width()) / self._ppm
        return row, day, minute

    def block_rect(self, blk: Block) -> QRectF:
        top = self.y_for_row(blk.row) + 4
        height = self.row_height - 8
        lane_h = height / max(blk.lanes, 1)
        x1 = self.x_for(blk.day, blk.start_min)
        x2 = self.x_for(blk.day, blk.end_min)
        return QRectF(x1 + 1, top + blk.lane * lane_h, max(x2 - x1 - 2, 3), lane_h - 1)

    def _shared(self, row: int) -> bool:
        return self.model.resources[row].shared

    def block_at(self, pos: QPoint) -> Block | None:
        hit = self.position_at(pos)
        if hit is None or self._shared(hit[0]):
            return None
        p = QPointF(pos)
        for blk in self.model.blocks(hit[0]):
            if self.block_rect(blk).contains(p):
                return blk
        return None

    def block_of(self, booking_id: int) -> Block | None:
        for blk in self.model.all_blocks():
            if blk.id == booking_id:
                return blk
        return None

    def _local(self, day: int, minute: int) -> datetime:
        return datetime.combine(self.model.days[0], datetime.min.time()) + timedelta(
            days=day, minutes=minute)

    # -- layout --------------------------------------------------------------------------

    def _relayout(self) -> None:
        vp = self.viewport()
        avail = max(vp.width() - ROW_HEADER_W, 100)
        days = max(len(self.model.days), 1)
        minimum = MIN_PX_PER_HOUR[self.model.mode] / 60
        self._ppm = max(minimum, avail / (days * self._span_minutes()))
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setRange(0, max(0, round(self.content_width()) - avail))
        hbar.setPageStep(avail)
        body_h = max(vp.height() - HEADER_H, 1)
        vbar.setRange(0, max(0, self.model.row_count() * self.row_height - body_h))
        vbar.setPageStep(body_h)
        vbar.setSingleStep(self.row_height)
        hbar.setSingleStep(max(int(60 * self._ppm), 10))

    def _on_model_changed(self) -> None:
        if self.selected_id is not None and self.model.booking(self.selected_id) is None:
            self.select(None)
        self._drag = None
        self._relayout()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(1100, HEADER_H + self.row_height * max(self.model.row_count(), 6) + 4)

    def scroll_to_row(self, row: int) -> None:
        vbar = self.verticalScrollBar()
        top = row * self.row_height
        body_h = self.viewport().height() - HEADER_H
        if top < vbar.value():
            vbar.setValue(top)
        elif top + self.row_height > vbar.value() + body_h:
            vbar.setValue(top + self.row_height - body_h)

    def scroll_to_minute(self, minute: int) -> None:
        """Bring a local time of the first day into view (day mode on a narrow window)."""
        lo, _ = self.model.span
        self.horizontalScrollBar().setValue(round((minute - lo) * self._ppm) - 40)

    # -- selection -----------------------------------------------------------------------

    def select(self, booking_id: int | None) -> None:
        if booking_id == self.selected_id:
            return
        self.selected_id = booking_id
        blk = self.block_of(booking_id) if booking_id is not None else None
        if blk is not None:
            self.scroll_to_row(blk.row)
        self.sig_selection_changed.emit(booking_id)
        self.viewport().update()

    def _ordered_blocks(self) -> list[Block]:
        blocks = [b for b in self.model.all_blocks() if not self._shared(b.row)]
        return sorted(blocks, key=lambda b: (b.day, b.start_min, b.row))

    def _cycle(self, step: int) -> bool:
        """Tab / Shift+Tab walk the blocks; past the last one, focus leaves the view."""
        blocks = self._ordered_blocks()
        ids = [b.id for b in blocks]
        if not ids:
            return False
        if self.selected_id in ids:
            pos = ids.index(self.selected_id) + step
        else:
            pos = 0 if step > 0 else len(ids) - 1
        if not 0 <= pos < len(ids):
            self.select(None)
            return False
        self.select(ids[pos])
        return True

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        vp = self.viewport().rect()
        p.fillRect(vp, _BG)
        if not self.model.resources:
            self._paint_empty(p, vp)
            return
        rows = range(self._first_row(), self._last_row(vp.height()))
        days = range(len(self.model.days))
        body = QRect(ROW_HEADER_W, HEADER_H, vp.width() - ROW_HEADER_W, vp.height() - HEADER_H)
        p.save()
        p.setClipRect(body)
        self._paint_background(p, body, rows, days)
        for row in rows:
            if self._shared(row):
                self._paint_occupancy(p, row)
            else:
                for blk in self.model.blocks(row):
                    self._paint_block(p, blk)
        self._paint_drag(p)
        self._paint_now(p, body)
        p.restore()
        self._paint_time_header(p, vp)
        self._paint_row_header(p, vp, rows)
        p.fillRect(QRect(0, 0, ROW_HEADER_W, HEADER_H), _HEADER_BG)
        p.setPen(_GRID)
        p.drawLine(0, HEADER_H - 1, vp.width(), HEADER_H - 1)
        p.drawLine(ROW_HEADER_W - 1, 0, ROW_HEADER_W - 1, vp.height())
        p.setPen(_MUTED)
        p.setFont(self._small_font())
        p.drawText(QRect(12, 0, ROW_HEADER_W - 16, HEADER_H), ALIGN_LEFT_V,
                   self.tr("%n resource(s)", "", self.model.row_count()))
        p.end()

    def _first_row(self) -> int:
        return max(0, self.verticalScrollBar().value() // self.row_height)

    def _last_row(self, height: int) -> int:
        last = (self.verticalScrollBar().value() + height - HEADER_H) // self.row_height + 1
        return min(self.model.row_count(), last)

    def _small_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(f.pointSizeF() - 1, 7))
        return f

    def _bold_font(self) -> QFont:
        f = QFont(self.font())
        f.setBold(True)
        return f

    def _paint_empty(self, p: QPainter, vp: QRect) -> None:
        p.setPen(_MUTED)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() + 2)
        p.setFont(f)
        p.drawText(vp.adjusted(40, 40, -40, -40), ALIGN_CENTER | Qt.TextFlag.TextWordWrap,
                   self.empty_text or self.tr("Nothing to show."))

    def _paint_background(self, p: QPainter, body: QRect, rows: range, days: range) -> None:
        rh = self.row_height
        for row in rows:
            if row % 2:
                p.fillRect(QRect(body.left(), self.y_for_row(row), body.width(), rh), _STRIPE)
        today = self.clock().astimezone(timeutil.zone(self._tz())).date()
        closed_brush = QBrush(_CLOSED_HATCH, Qt.BrushStyle.BDiagPattern)
        for d in days:
            x1, x2 = self.x_for(d, self.model.span[0]), self.x_for(d, self.model.span[1])
            if x2 < body.left() or x1 > body.right():
                continue
            if self.model.days[d] == today and self.model.mode == WEEK:
                p.fillRect(QRectF(x1, body.top(), x2 - x1, body.height()), _TODAY_TINT)
            for a, b in self.model.closed_ranges(d):
                r = QRectF(self.x_for(d, a), body.top(), (b - a) * self._ppm, body.height())
                p.fillRect(r, _CLOSED)
                p.fillRect(r, closed_brush)
            self._paint_hour_lines(p, d, body)
        p.setPen(QPen(_GRID, 1))
        for row in rows:
            y = self.y_for_row(row) + rh - 1
            p.drawLine(body.left(), y, body.right(), y)

    def _hour_step(self) -> int:
        """Hours between labelled lines so labels never collide."""
        for step in (1, 2, 3, 4, 6):
            if step * 60 * self._ppm >= 44:
                return step
        return 12

    def _paint_hour_lines(self, p: QPainter, d: int, body: QRect) -> None:
        lo, hi = self.model.span
        step = self._hour_step()
        for minute in range(lo, hi + 1, 30):
            x = round(self.x_for(d, minute))
            if minute == lo and d > 0:
                p.setPen(QPen(_DAY_LINE, 2))
            elif minute % 60 == 0 and (minute // 60) % step == 0:
                p.setPen(QPen(_GRID, 1))
            elif self.model.mode == DAY:
                p.setPen(QPen(_GRID_HALF, 1))
            else:
                continue
            p.drawLine(x, body.top(), x, body.bottom())

    def _tz(self) -> str:
        return self.model.resources[0].timezone if self.model.resources else "Europe/Paris"

    def _paint_block(self, p: QPainter, blk: Block) -> None:
        rect = self.block_rect(blk)
        if rect.right() < ROW_HEADER_W or rect.left() > self.viewport().width():
            return
        b = blk.booking
        res = self.model.resources[blk.row]
        strong, light = colours_for(res.kind, res.color)
        moving = isinstance(self._drag, _MoveDrag) and self._drag.started \
            and self._drag.block.id == blk.id
        p.save()
        if moving:
            p.setOpacity(0.35)
        checked = b.checked_in_at is not None
        if b.status == "no_show":
            fill, text_col, border = _NO_SHOW_FILL, _NO_SHOW_TEXT, _NO_SHOW_HATCH
        elif checked:
            fill, text_col, border = strong, QColor("#ffffff"), strong.darker(130)
        else:
            fill, text_col, border = light, _INK, strong
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 4, 4)
        if b.status == "no_show":
            p.setBrush(QBrush(_NO_SHOW_HATCH, Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, 4, 4)
        elif not checked and rect.width() > 6:
            p.setBrush(strong)
            p.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        selected = blk.id == self.selected_id
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(_SELECT if selected else border, 2.2 if selected else 1))
        p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        self._paint_block_text(p, rect, b, text_col, checked)
        p.restore()

    def _block_lines(self, row: BookingRow) -> tuple[str, str]:
        times = f"{row.local_start:%H:%M}–{row.local_end:%H:%M}"
        who, title = row.person_name, row.title
        if row.status == "no_show":
            first = f"{status_label(row)} · {title or who or times}"
        else:
            first = title or who or self.tr("Internal")
        second = f"{times} · {who}" if title and who else times
        return first, second

    def _paint_block_text(self, p: QPainter, rect: QRectF, b: BookingRow, colour: QColor,
                          checked: bool) -> None:
        if rect.width() < 34:   # a sliver: the tooltip tells, "…" would only add noise
            return
        inner = rect.adjusted(8, 2, -4, -2)
        first, second = self._block_lines(b)
        if checked:
            first = "✓ " + first
        bold = self._bold_font()
        small = self._small_font()
        fm_b, fm_s = QFontMetrics(bold), QFontMetrics(small)
        w = int(inner.width())
        p.setPen(colour)
        two_lines = inner.height() >= fm_b.height() + fm_s.height() and w >= 52
        if two_lines:
            top = inner.top() + (inner.height() - fm_b.height() - fm_s.height()) / 2
            p.setFont(bold)
            p.drawText(QRectF(inner.left(), top, w, fm_b.height()), ALIGN_LEFT_V,
                       fm_b.elidedText(first, ELIDE, w))
            p.setFont(small)
            p.drawText(QRectF(inner.left(), top + fm_b.height(), w, fm_s.height()),
                       ALIGN_LEFT_V, fm_s.elidedText(second, ELIDE, w))
        else:
            p.setFont(small)
            p.drawText(inner, ALIGN_LEFT_V, fm_s.elidedText(first, ELIDE, w))

    def _paint_occupancy(self, p: QPainter, row: int) -> None:
        """A hot-desk zone: how many seats are taken, as a filled profile, not 20 blocks."""
        res = self.model.resources[row]
        strong, light = colours_for(res.kind, res.color)
        top = self.y_for_row(row) + 4
        height = self.row_height - 8
        p.save()
        p.setFont(self._small_font())
        fm = QFontMetrics(self._small_font())
        for d in range(len(self.model.days)):
            pieces = self.model.occupancy(row, d)
            for a, b, count in pieces:
                share = min(count / max(res.capacity, 1), 1.0)
                h = max(height * share, 3)
                r = QRectF(self.x_for(d, a), top + height - h, (b - a) * self._ppm, h)
                p.fillRect(r, light)
                p.fillRect(QRectF(r.left(), r.top(), r.width(), 2), strong)
            if pieces:
                peak = max(pieces, key=lambda x: (x[2], x[1] - x[0]))
                text = self.tr("%1/%2 seats").replace("%1", str(peak[2])).replace(
                    "%2", str(res.capacity))
                x = self.x_for(d, peak[0]) + 4
                width = (peak[1] - peak[0]) * self._ppm - 6
                if fm.horizontalAdvance(text) <= width:
                    p.setPen(strong.darker(140))
                    p.drawText(QRectF(x, top + 1, width, fm.height()), ALIGN_LEFT_V, text)
        p.restore()

    def _paint_drag(self, p: QPainter) -> None:
        drag = self._drag
        if isinstance(drag, _CreateDrag):
            a, b = drag.span()
            if b <= a:
                return
            rect = QRectF(self.x_for(drag.day, a), self.y_for_row(drag.row) + 4,
                          (b - a) * self._ppm, self.row_height - 8)
            p.setPen(QPen(QColor("#1f6f78"), 1.5, Qt.PenStyle.DashLine))
            p.setBrush(_CREATE_FILL)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(_INK)
            p.setFont(self._bold_font())
            p.drawText(rect.adjusted(6, 0, -2, 0), ALIGN_LEFT_V,
                       f"{_hhmm(a)}–{_hhmm(b)}")
        elif isinstance(drag, _MoveDrag) and drag.started:
            day, minute = divmod(drag.start_abs, MINUTES_PER_DAY)
            rect = QRectF(self.x_for(day, minute), self.y_for_row(drag.row) + 4,
                          drag.length * self._ppm, self.row_height - 8)
            p.setPen(QPen(QColor("#1f6f78"), 2))
            p.setBrush(_GHOST_OK)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(_INK)
            p.setFont(self._bold_font())
            p.drawText(rect.adjusted(8, 0, -2, 0), ALIGN_LEFT_V,
                       f"{_hhmm(minute)}–{_hhmm(minute + drag.length)}")

    def _paint_now(self, p: QPainter, body: QRect) -> None:
        now = timeutil.local_naive(self.clock(), self._tz())
        d = self.model.day_index(now.date())
        if d < 0:
            return
        minute = now.hour * 60 + now.minute
        lo, hi = self.model.span
        if not lo <= minute <= hi:
            return
        x = self.x_for(d, minute)
        p.setPen(QPen(_NOW, 2))
        p.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))

    def _paint_time_header(self, p: QPainter, vp: QRect) -> None:
        header = QRect(ROW_HEADER_W, 0, vp.width() - ROW_HEADER_W, HEADER_H)
        p.fillRect(header, _HEADER_BG)
        p.save()
        p.setClipRect(header)
        bold, small = self._bold_font(), self._small_font()
        lo, hi = self.model.span
        step = self._hour_step()
        lang = current_language()
        for d, day in enumerate(self.model.days):
            x1, x2 = self.x_for(d, lo), self.x_for(d, hi)
            if x2 < header.left() or x1 > header.right():
                continue
            reason = self.model.closed_reason(d)
            label = self._day_label(day, lang)
            top = QRectF(x1 + 6, 4, x2 - x1 - 12, 24)
            p.setFont(bold)
            fm = QFontMetrics(bold)
            p.setPen(QColor("#1f6f78") if self._is_today(day) else _INK)
            if self.model.mode == DAY:
                p.drawText(top, ALIGN_LEFT_V, label)
                if reason:
                    p.setPen(_HOLIDAY)
                    p.drawText(top.adjusted(fm.horizontalAdvance(label) + 16, 0, 0, 0),
                               ALIGN_LEFT_V, "● " + reason)
            else:
                p.drawText(top, ALIGN_CENTER, label)
                if reason:   # hours mean nothing on a closed day: say why instead
                    p.setFont(small)
                    p.setPen(_HOLIDAY)
                    line = QRectF(x1 + 4, 28, x2 - x1 - 8, 22)
                    p.drawText(line, ALIGN_CENTER, QFontMetrics(small).elidedText(
                        reason, ELIDE, int(line.width())))
                    if d > 0:
                        p.setPen(QPen(_DAY_LINE, 2))
                        p.drawLine(QPointF(x1, 0), QPointF(x1, HEADER_H))
                    continue
            p.setFont(small)
            p.setPen(_HEADER_TEXT)
            for minute in range(lo, hi, 60):
                hour = minute // 60
                if hour % step:
                    continue
                x = self.x_for(d, minute)
                p.setPen(_DAY_LINE)
                p.drawLine(QPointF(x, HEADER_H - 8), QPointF(x, HEADER_H - 1))
                p.setPen(_HEADER_TEXT)
                text = f"{hour:02d}:00" if self.model.mode == DAY else f"{hour}h"
                p.drawText(QRectF(x + 3, 30, 60, 20), ALIGN_LEFT_V, text)
            if d > 0:
                p.setPen(QPen(_DAY_LINE, 2))
                p.drawLine(QPointF(x1, 0), QPointF(x1, HEADER_H))
        now = timeutil.local_naive(self.clock(), self._tz())
        d = self.model.day_index(now.date())
        if d >= 0 and lo <= now.hour * 60 + now.minute <= hi:
            x = self.x_for(d, now.hour * 60 + now.minute)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_NOW)
            p.drawPolygon([QPointF(x - 5, HEADER_H - 7), QPointF(x + 5, HEADER_H - 7),
                           QPointF(x, HEADER_H - 1)])
        p.restore()

    def _is_today(self, day: date) -> bool:
        return day == timeutil.local_naive(self.clock(), self._tz()).date()

    def _day_label(self, day: date, lang: str) -> str:
        from PySide6.QtCore import QDate, QLocale

        locale = QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.French)
        qd = QDate(day.year, day.month, day.day)
        if self.model.mode == DAY:
            return locale.toString(qd, "dddd d MMMM yyyy")
        return locale.toString(qd, "ddd dd/MM")

    def _paint_row_header(self, p: QPainter, vp: QRect, rows: range) -> None:
        area = QRect(0, HEADER_H, ROW_HEADER_W, vp.height() - HEADER_H)
        p.save()
        p.setClipRect(area)
        p.fillRect(area, QColor("#fafbfc"))
        bold, small = self._bold_font(), self._small_font()
        fm_b, fm_s = QFontMetrics(bold), QFontMetrics(small)
        rh = self.row_height
        for row in rows:
            res = self.model.resources[row]
            y = self.y_for_row(row)
            strong, _light = colours_for(res.kind, res.color)
            p.fillRect(QRect(0, y + 6, 4, rh - 12), strong)
            text_w = ROW_HEADER_W - 22
            top = y + (rh - fm_b.height() - fm_s.height()) // 2
            p.setFont(bold)
            p.setPen(_INK)
            p.drawText(QRect(14, top, text_w, fm_b.height()), ALIGN_LEFT_V,
                       fm_b.elidedText(res.name, ELIDE, text_w))
            details = self.tr("%n seat(s)", "", res.capacity) + " · " + kind_label(res.kind)
            if res.bookable_by == "staff":
                details += " · " + self.tr("staff only")
            p.setFont(small)
            p.setPen(_MUTED)
            p.drawText(QRect(14, top + fm_b.height(), text_w, fm_s.height()), ALIGN_LEFT_V,
                       fm_s.elidedText(details, ELIDE, text_w))
            p.setPen(_GRID)
            p.drawLine(0, y + rh - 1, ROW_HEADER_W, y + rh - 1)
        p.restore()

    # -- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != LEFT_BUTTON:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        blk = self.block_at(pos)
        if blk is not None:
            self.select(blk.id)
            if blk.booking.status == "confirmed":
                hit = self.position_at(pos)
                assert hit is not None
                grab = hit[1] * MINUTES_PER_DAY + hit[2] - self._block_start_abs(blk)
                self._drag = _MoveDrag(blk, pos, grab)
            return
        hit = self.position_at(pos)
        self.select(None)
        if hit is not None:
            row, day, minute = hit
            self._drag = _CreateDrag(row, day, minute)
            self.viewport().update()

    def _block_start_abs(self, blk: Block) -> int:
        """Booking start in minutes from the first day's midnight (may be before it)."""
        start = blk.booking.local_start.replace(tzinfo=None)
        return round((start - self._local(0, 0)).total_seconds() / 60)

    def _booking_length(self, blk: Block) -> int:
        b = blk.booking
        return round((b.local_end.replace(tzinfo=None) - b.local_start.replace(tzinfo=None))
                     .total_seconds() / 60)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            self._update_cursor(pos)
            return
        if isinstance(drag, _CreateDrag):
            self._track_create(drag, pos)
            return
        if not drag.started and (pos - drag.press).manhattanLength() < DRAG_THRESHOLD:
            return
        drag.started = True
        hit = self._clamped_position(pos)
        row, day, minute = hit
        drag.row = row if not self._shared(row) or row == drag.block.row else drag.row
        drag.length = self._booking_length(drag.block)
        drag.start_abs = _nearest(day * MINUTES_PER_DAY + minute - drag.grab_offset)
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self.viewport().update()

    def _track_create(self, drag: _CreateDrag, pos: QPoint) -> None:
        """Follow the pointer along the pressed row and day only."""
        rel = pos.x() - self.x_for(drag.day, self.model.span[0])
        lo, hi = self.model.span
        drag.current = min(max(lo + rel / self._ppm, lo), hi)
        self.viewport().update()

    def _clamped_position(self, pos: QPoint) -> tuple[int, int, float]:
        vp = self.viewport()
        x = min(max(pos.x(), ROW_HEADER_W + 1), vp.width() - 1)
        y = min(max(pos.y(), HEADER_H + 1), vp.height() - 1)
        hit = self.position_at(QPoint(x, y))
        if hit is None:   # below the last row or past the last day
            last_row = self.model.row_count() - 1
            row = min(last_row, (y - HEADER_H + self.verticalScrollBar().value())
                      // self.row_height)
            hit = self.position_at(QPoint(x, self.y_for_row(row) + 1)) or (
                row, len(self.model.days) - 1, float(self.model.span[1]))
        return hit

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.viewport().unsetCursor()
        self.viewport().update()
        if event.button() != LEFT_BUTTON or drag is None:
            return
        if isinstance(drag, _CreateDrag):
            self._track_create(drag, event.position().toPoint())
            a, b = drag.span()
            if b - a >= SNAP:
                res = self.model.resources[drag.row]
                self.sig_create_requested.emit(res.id, self._local(drag.day, a),
                                               self._local(drag.day, b))
            return
        if not drag.started and (event.position().toPoint() - drag.press).manhattanLength() \
                >= DRAG_THRESHOLD:
            self._drag = drag
            self.mouseMoveEvent(event)
            self._drag = None
        if not drag.started:
            return
        blk = drag.block
        new_start = self._local(0, drag.start_abs)
        new_end = new_start + timedelta(minutes=drag.length)
        same_time = drag.start_abs == self._block_start_abs(blk)
        if same_time and drag.row == blk.row:
            return
        res = self.model.resources[drag.row]
        self.sig_move_requested.emit(blk.id, res.id, new_start, new_end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != LEFT_BUTTON:
            return
        self._drag = None
        pos = event.position().toPoint()
        blk = self.block_at(pos)
        if blk is not None:
            self.sig_edit_requested.emit(blk.id)
            return
        hit = self.position_at(pos)
        if hit is not None:   # an hour from the quarter clicked
            row, day, minute = hit
            start = _snap(minute)
            res = self.model.resources[row]
            self.sig_create_requested.emit(res.id, self._local(day, start),
                                           self._local(day, start + 60))

    def _update_cursor(self, pos: QPoint) -> None:
        blk = self.block_at(pos)
        if blk is not None and blk.booking.status == "confirmed":
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif self.position_at(pos) is not None:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.viewport().unsetCursor()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = self.viewport().mapFrom(self, event.pos())
        blk = self.block_at(pos)
        if blk is not None:
            self.select(blk.id)
            self.sig_context_menu.emit(blk.id, None, None, event.globalPos())
            return
        hit = self.position_at(pos)
        if hit is None:
            return
        row, day, minute = hit
        self.sig_context_menu.emit(None, self.model.resources[row].id,
                                   self._local(day, _snap(minute)), event.globalPos())

    # -- keyboard and tooltips -----------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            mods = event.modifiers()  # type: ignore[attr-defined]
            plain = not mods & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.AltModifier)
            if plain and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                if self._cycle(-1 if key == Qt.Key.Key_Backtab else 1):
                    return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)  # type: ignore[arg-type]
            return True
        if event.type() == QEvent.Type.Resize:
            # the viewport also changes size when a scroll bar appears or goes, without
            # any resize of the area itself: recompute the scale from the viewport
            # (deferred: changing a range while the area lays out its bars is ignored)
            QTimer.singleShot(0, self._relayout)
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        K = Qt.Key
        if key == K.Key_Left:
            self.sig_shift_days.emit(-1)
        elif key == K.Key_Right:
            self.sig_shift_days.emit(1)
        elif key == K.Key_PageUp:
            self.sig_shift_days.emit(-7)
        elif key == K.Key_PageDown:
            self.sig_shift_days.emit(7)
        elif key == K.Key_T:
            self.sig_today.emit()
        elif key == K.Key_Escape and self._drag is not None:
            self._drag = None
            self.viewport().update()
        elif key in (K.Key_Delete, K.Key_Backspace) and self.selected_id is not None:
            self.sig_cancel_requested.emit(self.selected_id)
        elif key in (K.Key_Return, K.Key_Enter) and self.selected_id is not None:
            self.sig_edit_requested.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def tooltip_for(self, pos: QPoint) -> str:
        """Rich text shown on hover: the booking, a zone's occupancy or a closed day."""
        from html import escape as _escape

        def escape(text: str) -> str:
            return _escape(text, quote=False)

        from tierslieu.gui.fmt import fmt_date

        blk = self.block_at(pos)
        if blk is not None:
            b = blk.booking
            lines = [f"<b>{escape(b.title or b.person_name or self.tr('Internal'))}</b>",
                     f"{fmt_date(b.local_start.date())} {b.local_start:%H:%M}–"
                     f"{b.local_end:%H:%M} · {escape(b.resource_name)}"]
            if b.person_name:
                lines.append(self.tr("Booked by %1").replace("%1", escape(b.person_name)))
            lines.append(self.tr("%n attendee(s)", "", b.attendees) + " · "
                         + escape(status_label(b)))
            lines.append(f"<span style='color:#78909c'>#{b.id}</span>")
            return "<br>".join(lines)
        if pos.y() < HEADER_H and pos.x() > ROW_HEADER_W:
            hit = self.position_at(QPoint(pos.x(), HEADER_H + 1))
            if hit is not None:
                reason = self.model.closed_reason(hit[1])
                return escape(reason) if reason else ""
        hit = self.position_at(pos)
        if hit is None:
            return ""
        row, day, minute = hit
        res = self.model.resources[row]
        if res.shared:
            here = [blk.booking for blk in self.model.blocks(row)
                    if blk.day == day and blk.start_min <= minute < blk.end_min
                    and blk.booking.status == "confirmed"]
            names = ", ".join(escape(b.person_name or b.title) for b in here[:8])
            more = "…" if len(here) > 8 else ""
            head = self.tr("%1/%2 seats taken at %3").replace("%1", str(len(here))).replace(
                "%2", str(res.capacity)).replace("%3", _hhmm(int(minute)))
            return f"<b>{head}</b>" + (f"<br>{names}{more}" if names else "")
        return ""

    def _show_tooltip(self, event: QHelpEvent) -> None:
        text = self.tooltip_for(event.pos())
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()
            event.ignore()

