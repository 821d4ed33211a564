"""The kiosk's room board: each room's state now and a strip of today's occupancy.

Painted by hand from the ``kiosk.occupancy`` slots, which already hide other members'
names ("Réservé"): this widget never sees who booked what unless it is the member's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tierslieu import timeutil
from tierslieu.gui.planning.model import kind_label
from tierslieu.services.kiosk import KioskSlot
from tierslieu.services.spaces import ResourceRow

ROW_H = 76
NAME_W = 300
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
_FREE = QColor("#2e7d32")
_BUSY = QColor("#c62828")
_MINE = QColor("#1f6f78")
_OTHER = QColor("#b0bec5")
_TRACK = QColor("#eef2f4")


@dataclass(frozen=True)
class RoomState:
    resource: ResourceRow
    free_now: bool
    text: str          # "Libre jusqu'à 14:00", "Occupé jusqu'à 11:00", "Fermé"


class RoomBoard(QWidget):
    """One line per room: name, state, today's strip. A tap chooses the room."""

    sig_room_clicked = Signal(int)
    """resource id of the line touched"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rooms: list[RoomState] = []
        self.slots: dict[int, list[KioskSlot]] = {}
        self.span = (8 * 60, 20 * 60)
        self.now_minute = -1
        self.selected_id: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_content(self, rooms: list[RoomState], slots: list[KioskSlot],
                    span: tuple[int, int], now: datetime, tz: str) -> None:
        self.rooms = rooms
        self.slots = {}
        for s in slots:
            self.slots.setdefault(s.resource_id, []).append(s)
        self.span = span
        local = timeutil.local_naive(now, tz)
        self.now_minute = local.hour * 60 + local.minute
        self._tz = tz
        self.setFixedHeight(max(len(rooms), 1) * ROW_H)
        self.update()

    def labels(self) -> list[str]:
        """Every text the strips show (tests check nobody else's name leaks)."""
        return [s.label for slots in self.slots.values() for s in slots]

    def sizeHint(self) -> QSize:
        return QSize(700, max(len(self.rooms), 1) * ROW_H)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = int(event.position().y() // ROW_H)
        if 0 <= row < len(self.rooms):
            self.selected_id = self.rooms[row].resource.id
            self.sig_room_clicked.emit(self.selected_id)
            self.update()

    def _x(self, minute: float, left: float, width: float) -> float:
        lo, hi = self.span
        return left + (min(max(minute, lo), hi) - lo) / max(hi - lo, 1) * width

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        name_font = QFont(self.font())
        name_font.setPointSizeF(name_font.pointSizeF() + 4)
        name_font.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() + 1)
        tiny = QFont(self.font())
        fm_name, fm_small = QFontMetrics(name_font), QFontMetrics(small)
        left = NAME_W + 16
        width = max(self.width() - left - 16, 50)
        for i, room in enumerate(self.rooms):
            top = i * ROW_H
            res = room.resource
            card = QRectF(4, top + 4, self.width() - 8, ROW_H - 8)
            p.setPen(QPen(QColor("#1f6f78"), 2) if res.id == self.selected_id
                     else QPen(QColor("#dde3e6"), 1))
            p.setBrush(QColor("#ffffff"))
            p.drawRoundedRect(card, 10, 10)
            p.setFont(name_font)
            p.setPen(QColor("#1b2a30"))
            p.drawText(QRect(20, top + 10, NAME_W - 20, fm_name.height()), LEFT,
                       fm_name.elidedText(res.name, Qt.TextElideMode.ElideRight, NAME_W - 20))
            p.setFont(small)
            dot = _FREE if room.free_now else _BUSY
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(dot)
            y_state = top + 14 + fm_name.height()
            p.drawEllipse(QPointF(26, y_state + fm_small.height() / 2), 5, 5)
            p.setPen(dot.darker(115))
            details = f"{room.text} · {kind_label(res.kind)}"
            p.drawText(QRect(38, y_state, NAME_W - 38, fm_small.height()), LEFT,
                       fm_small.elidedText(details, Qt.TextElideMode.ElideRight, NAME_W - 38))
            self._paint_strip(p, res, QRectF(left, top + 18, width, ROW_H - 36), tiny)
        p.end()

    def _paint_strip(self, p: QPainter, res: ResourceRow, strip: QRectF, font: QFont) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_TRACK)
        p.drawRoundedRect(strip, 6, 6)
        fm = QFontMetrics(font)
        p.setFont(font)
        if res.shared:
            self._paint_profile(p, res, strip)
        for s in self.slots.get(res.id, []) if not res.shared else []:
            a = timeutil.local_naive(s.start_at, self._tz)
            b = timeutil.local_naive(s.end_at, self._tz)
            x1 = self._x(a.hour * 60 + a.minute, strip.left(), strip.width())
            x2 = self._x(b.hour * 60 + b.minute if b.date() == a.date() else 24 * 60,
                         strip.left(), strip.width())
            r = QRectF(x1 + 1, strip.top() + 3, max(x2 - x1 - 2, 3), strip.height() - 6)
            colour = _MINE if s.mine else _OTHER
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour if s.mine else QColor(176, 190, 197, 150))
            p.drawRoundedRect(r, 5, 5)
            text = ("✓ " if s.checked_in else "") + s.label
            if fm.horizontalAdvance(text) + 8 <= r.width():
                p.setPen(QColor("#ffffff") if s.mine else QColor("#37474f"))
                p.drawText(r, CENTER, text)
        lo, hi = self.span
        p.setPen(QColor("#90a4ae"))
        for minute in range(lo - lo % 120 + 120 if lo % 120 else lo, hi + 1, 120):
            x = self._x(minute, strip.left(), strip.width())
            p.drawText(QRectF(x - 20, strip.bottom() + 1, 40, 16), CENTER, f"{minute // 60}h")
        if lo <= self.now_minute <= hi:
            x = self._x(self.now_minute, strip.left(), strip.width())
            p.setPen(QPen(QColor("#e53935"), 2))
            p.drawLine(QPointF(x, strip.top() - 4), QPointF(x, strip.bottom() + 2))


    def _paint_profile(self, p: QPainter, res: ResourceRow, strip: QRectF) -> None:
        """A hot-desk zone: seats taken over the day, as a filled profile."""
        edges: dict[int, int] = {}
        for s in self.slots.get(res.id, []):
            a = timeutil.local_naive(s.start_at, self._tz)
            b = timeutil.local_naive(s.end_at, self._tz)
            ma = a.hour * 60 + a.minute
            mb = b.hour * 60 + b.minute if b.date() == a.date() else 24 * 60
            edges[ma] = edges.get(ma, 0) + 1
            edges[mb] = edges.get(mb, 0) - 1
        count, prev = 0, None
        inner = strip.adjusted(1, 3, -1, -3)
        for t in sorted(edges):
            if prev is not None and count > 0:
                share = min(count / max(res.capacity, 1), 1.0)
                h = max(inner.height() * share, 3)
                x1 = self._x(prev, inner.left(), inner.width())
                x2 = self._x(t, inner.left(), inner.width())
                p.fillRect(QRectF(x1, inner.bottom() - h, x2 - x1, h), QColor(176, 190, 197))
            count += edges[t]
            prev = t
        mine = [s for s in self.slots.get(res.id, []) if s.mine]
        for s in mine:   # the member's own seat, as a thin teal line along the bottom
            a = timeutil.local_naive(s.start_at, self._tz)
            b = timeutil.local_naive(s.end_at, self._tz)
            x1 = self._x(a.hour * 60 + a.minute, inner.left(), inner.width())
            x2 = self._x(b.hour * 60 + b.minute, inner.left(), inner.width())
            p.fillRect(QRectF(x1, inner.bottom() - 4, x2 - x1, 4), _MINE)


def room_state(res: ResourceRow, slots: list[KioskSlot], now: datetime, tz: str,
               intervals: list[tuple[time, time]], closed: str | None, texts: dict[str, str]
               ) -> RoomState:
    """Free or busy right now, and until when (texts: translated templates)."""
    local = timeutil.local_naive(now, tz)
    if closed or not any(o <= local.time() < c for o, c in intervals):
        return RoomState(res, False, texts["closed"])
    current = [s for s in slots if s.start_at <= now < s.end_at]
    if res.shared:
        left = res.capacity - len(current)
        if left > 0:
            return RoomState(res, True, texts["seats"].replace("%1", str(left)))
        return RoomState(res, False, texts["full"])
    if current:
        until = max(timeutil.local_naive(s.end_at, tz) for s in current)
        return RoomState(res, False, texts["busy"].replace("%1", f"{until:%H:%M}"))
    later = [timeutil.local_naive(s.start_at, tz) for s in slots if s.start_at > now]
    if later:
        return RoomState(res, True, texts["free_until"].replace("%1", f"{min(later):%H:%M}"))
    return RoomState(res, True, texts["free"])
