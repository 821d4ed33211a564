"""Painted pieces of the Mentoring page: a bar in a table cell, a pair's score by criterion.

Painted with QPainter, like the incubation charts: a few shapes, the application's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from tierslieu.gui.mentoring.models import (
    BAR_ROLE,
    PairLine,
    criterion_label,
    criterion_tip,
    fmt_points,
    score_colour,
)

INK = QColor("#263238")
MUTED = QColor("#78909c")
TRACK = QColor("#e3e7ea")
ANTIALIAS = QPainter.RenderHint.Antialiasing
TOOLTIP_EVENT = QEvent.Type.ToolTip
SELECTED = QStyle.StateFlag.State_Selected
RIGHT_CENTER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT_CENTER = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class BarDelegate(QStyledItemDelegate):
    """Paints ``BAR_ROLE`` = (fraction, colour) as a bar, the cell's text at its right.

    Cells without ``BAR_ROLE`` are painted as usual.
    """

    TEXT_SAMPLE = "100,0 h 00"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        bar = index.data(BAR_ROLE)
        if bar is None:
            super().paint(painter, option, index)
            return
        fraction, colour = bar
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        fm = QFontMetrics(opt.font)
        rect = QRectF(opt.rect).adjusted(8, 0, -8, 0)
        # the bar keeps at least 40 % of the cell; a longer text is elided
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() * 0.6) - 10)
        text_width = max(fm.horizontalAdvance(text), fm.horizontalAdvance("00,0")) + 10
        height = min(10.0, rect.height() - 8)
        track = QRectF(rect.left(), rect.center().y() - height / 2,
                       max(rect.width() - text_width, 10), height)
        painter.save()
        painter.setRenderHint(ANTIALIAS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, 3, 3)
        filled = QRectF(track.left(), track.top(), track.width() * max(0.0, min(fraction, 1.0)),
                        track.height())
        if filled.width() > 0:
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 3, 3)
        selected = bool(opt.state & SELECTED)
        painter.setPen(opt.palette.highlightedText().color() if selected else INK)
        painter.setFont(opt.font)
        painter.drawText(QRectF(track.right(), rect.top(), rect.right() - track.right(),
                                rect.height()), RIGHT_CENTER, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 150), size.height())


class BreakdownChart(QWidget):
    """One pair's score by criterion. Each track is as long as the points the criterion can
    give under the run's weights; the filled part is what the pair earned."""

    ROW = 30
    LABEL_WIDTH = 122
    VALUE_WIDTH = 86

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pair: PairLine | None = None
        self._weights: dict[str, int] = {}
        self._rows: list[tuple[str, int, int, int]] = []   # key, value ‰, points ‰, max ‰
        self._hits: list[tuple[QRectF, str, int]] = []
        self.setMinimumHeight(self.ROW * 7 + 34)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(380, self.ROW * max(len(self._rows), 7) + 40)

    def set_pair(self, pair: PairLine | None, weights: dict[str, int]) -> None:
        self._pair = pair
        self._weights = dict(weights)
        total = sum(max(0, w) for w in weights.values())
        self._rows = []
        if pair is not None:
            for key, value, points in pair.breakdown:
                most = round(1000 * max(0, weights.get(key, 0)) / total) if total else 0
                self._rows.append((key, value, points, most))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int, int]]:
        """(criterion, value ‰, points ‰) as drawn, in the run's order."""
        return [(k, value, points) for k, value, points, _most in self._rows]

    def total(self) -> int:
        return sum(points for _k, _v, points, _m in self._rows)

    def paintEvent(self, _event: QEvent) -> None:  # type: ignore[override]
        p = QPainter(self)
        p.setRenderHint(ANTIALIAS)
        self._hits = []
        if self._pair is None:
            p.setPen(MUTED)
            p.drawText(self.rect().adjusted(12, 0, -12, 0),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("Select a pair to see its score by criterion."))
            p.end()
            return
        fm = QFontMetrics(self.font())
        left = self.LABEL_WIDTH
        width = max(self.width() - left - self.VALUE_WIDTH - 8, 20)
        most = max((m for *_x, m in self._rows), default=1) or 1
        y = 4.0
        for key, value, points, top in self._rows:
            label = fm.elidedText(f"{criterion_label(key)} ×{self._weights.get(key, 0)}",
                                  Qt.TextElideMode.ElideRight, left - 8)
            row = QRectF(0, y, self.width(), self.ROW)
            p.setPen(INK if top else MUTED)
            p.drawText(QRectF(0, y, left - 8, self.ROW), RIGHT_CENTER, label)
            track = QRectF(left, y + self.ROW / 2 - 6, width * top / most, 12)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            if track.width() > 0:
                p.drawRoundedRect(track, 3, 3)
            if top and points > 0:
                p.setBrush(score_colour(round(1000 * points / top)))
                p.drawRoundedRect(QRectF(track.left(), track.top(),
                                         track.width() * min(points / top, 1.0), 12), 3, 3)
            p.setPen(INK if top else MUTED)
            p.drawText(QRectF(left + width + 8, y, self.VALUE_WIDTH, self.ROW), LEFT_CENTER,
                       f"{fmt_points(points)} / {fmt_points(top)}")
            self._hits.append((row, key, value))
            y += self.ROW
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(INK)
        p.drawText(QRectF(0, y + 4, left - 8, 22), RIGHT_CENTER, self.tr("Score"))
        p.drawText(QRectF(left, y + 4, width + self.VALUE_WIDTH, 22), LEFT_CENTER,
                   self.tr("{score} / 100").format(score=fmt_points(self._pair.score)))
        p.end()

    def event(self, e: QEvent) -> bool:
        if e.type() == TOOLTIP_EVENT and isinstance(e, QHelpEvent):
            for rect, key, value in self._hits:
                if rect.contains(QPointF(e.pos())):
                    QToolTip.showText(e.globalPos(), self.tr(
                        "{criterion}: {value} % met\n{tip}").format(
                            criterion=criterion_label(key), value=round(value / 10),
                            tip=criterion_tip(key)), self)
                    return True
            QToolTip.hideText()
            e.ignore()
            return True
        return super().event(e)
