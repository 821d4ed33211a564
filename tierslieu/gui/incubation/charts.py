"""Two small painted widgets of the startup detail: the milestone timeline and a KPI chart.

Painted with QPainter rather than QtCharts: a few dozen shapes do not justify the add-on
module, and the colours follow the application's palette.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from tierslieu import timeutil
from tierslieu.gui.fmt import fmt_date
from tierslieu.gui.incubation.models import fmt_money, milestone_state
from tierslieu.services.incubation_dto import KpiRow, MilestoneRow

INK = QColor("#263238")
MUTED = QColor("#90a4ae")
GRID = QColor("#e3e7ea")
TEAL = QColor("#1f6f78")
ORANGE = QColor("#ef8a17")
STATE_COLOURS = {"reached": QColor("#2e7d32"), "late": QColor("#b3261e"),
                 "pending": QColor("#78909c"), "open": QColor("#b0bec5")}
ANTIALIAS = QPainter.RenderHint.Antialiasing
TOOLTIP_EVENT = QEvent.Type.ToolTip


def nice_ceiling(value: int) -> int:
    """The smallest 1, 2, 2.5 or 5 times a power of ten at or above ``value`` (axis top)."""
    if value <= 0:
        return 1
    power = 1
    while power * 10 <= value:
        power *= 10
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * power)
        if top >= value:
            return top
    return 10 * power


def _ordinal(d: date) -> int:
    return d.toordinal()


class MilestoneTimeline(QWidget):
    """Milestones on a time axis at their due date (reached ones at their reached date);
    labels alternate above and below the axis so neighbours do not overlap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[MilestoneRow] = []
        self._start: date | None = None
        self._today = timeutil.local_today()
        self._dots: list[tuple[QPointF, MilestoneRow]] = []
        self.setMinimumHeight(118)

    def sizeHint(self) -> QSize:
        return QSize(560, 128)

    def set_milestones(self, items: list[MilestoneRow], start: date | None, today: date) -> None:
        self._items = list(items)
        self._start = start
        self._today = today
        self.update()

    @staticmethod
    def _when(m: MilestoneRow) -> date | None:
        return m.reached_on or m.due_on

    def paintEvent(self, _event: QEvent) -> None:  # type: ignore[override]
        p = QPainter(self)
        p.setRenderHint(ANTIALIAS)
        self._dots = []
        dated = [m for m in self._items if self._when(m) is not None]
        if not dated:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No dated milestone yet: they appear when incubation starts."))
            p.end()
            return
        days = [_ordinal(self._when(m)) for m in dated]  # type: ignore[arg-type]
        days.append(_ordinal(self._today))
        if self._start:
            days.append(_ordinal(self._start))
        lo, hi = min(days), max(days)
        hi = max(hi, lo + 30)
        margin = 70
        width = max(self.width() - 2 * margin, 10)
        axis_y = self.height() / 2

        def x_of(d: date) -> float:
            return margin + width * (_ordinal(d) - lo) / (hi - lo)

        p.setPen(QPen(GRID, 3))
        p.drawLine(QPointF(margin - 10, axis_y), QPointF(margin + width + 10, axis_y))
        # today marker
        tx = x_of(self._today)
        p.setPen(QPen(TEAL, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(tx, 8), QPointF(tx, self.height() - 8))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        p.setFont(small)
        fm = QFontMetrics(small)
        p.setPen(TEAL)
        p.drawText(QPointF(tx + 3, 12), self.tr("today"))
        for i, m in enumerate(sorted(dated, key=lambda m: self._when(m))):  # type: ignore[arg-type,return-value]
            when = self._when(m)
            assert when is not None
            x = x_of(when)
            state = milestone_state(m)
            colour = STATE_COLOURS[state]
            centre = QPointF(x, axis_y)
            p.setPen(QPen(colour, 2))
            p.setBrush(colour if state in ("reached", "late") else QColor("#ffffff"))
            p.drawEllipse(centre, 6.5, 6.5)
            self._dots.append((centre, m))
            above = i % 2 == 0
            name = fm.elidedText(m.name, Qt.TextElideMode.ElideRight, 150)
            date_text = fmt_date(when)
            y1 = axis_y - 30 if above else axis_y + 22
            p.setPen(INK if state != "late" else colour)
            p.drawText(QRectF(x - 80, y1 - fm.height() + 4, 160, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, name)
            p.setPen(MUTED if state != "late" else colour)
            p.drawText(QRectF(x - 80, y1 + 4, 160, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, date_text)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x, axis_y + (-8 if above else 8)),
                       QPointF(x, y1 + (-fm.height() + 6 if not above else fm.height() + 2)))
        p.end()

    def milestone_at(self, pos: QPointF) -> MilestoneRow | None:
        for centre, m in self._dots:
            if abs(centre.x() - pos.x()) <= 9 and abs(centre.y() - pos.y()) <= 9:
                return m
        return None

    def event(self, e: QEvent) -> bool:
        if e.type() == TOOLTIP_EVENT and isinstance(e, QHelpEvent):
            m = self.milestone_at(QPointF(e.pos()))
            if m is None:
                QToolTip.hideText()
                e.ignore()
                return True
            lines = [m.name, self.tr("Due: {date}").format(date=fmt_date(m.due_on) or "—")]
            if m.reached_on:
                lines.append(self.tr("Reached: {date}").format(date=fmt_date(m.reached_on)))
            if m.evidence:
                lines.append(m.evidence)
            QToolTip.showText(e.globalPos(), "\n".join(lines), self)
            return True
        return super().event(e)


class KpiChart(QWidget):
    """Revenue per period as bars (left axis, euros) and headcount as a line (right axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[KpiRow] = []
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_rows(self, rows: list[KpiRow]) -> None:
        self._rows = sorted(rows, key=lambda k: k.start_on)
        self.update()

    def paintEvent(self, _event: QEvent) -> None:  # type: ignore[override]
        p = QPainter(self)
        p.setRenderHint(ANTIALIAS)
        rows = self._rows[-12:]   # the last year is what fits readably
        if not rows:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No KPI recorded yet"))
            p.end()
            return
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        p.setFont(small)
        fm = QFontMetrics(small)
        left, right, top, bottom = 78, 40, 26, 24
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        revenue = [k.revenue_cents or 0 for k in rows]
        heads = [k.headcount for k in rows]
        max_rev = nice_ceiling(max(revenue))
        max_head = max([h for h in heads if h is not None] + [1])
        # 2 or 4 keep the five grid lines on whole people; above, a round top
        max_head = 2 if max_head <= 2 else 4 if max_head <= 4 else nice_ceiling(max_head)
        # grid and axes
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(MUTED)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fmt_money(max_rev * i // 4, decimals=False))
            p.drawText(QRectF(plot.right() + 4, y - fm.height() / 2, right - 4, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"{max_head * i / 4:.0f}" if max_head >= 4 or i % 2 == 0 else "")
        slot = plot.width() / len(rows)
        bar = min(slot * 0.6, 38)
        line = QPainterPath()
        started = False
        points: list[QPointF] = []
        for i, k in enumerate(rows):
            cx = plot.left() + slot * (i + 0.5)
            h = plot.height() * revenue[i] / max_rev
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TEAL.lighter(135) if k.revenue_cents is None else TEAL)
            p.drawRoundedRect(QRectF(cx - bar / 2, plot.bottom() - h, bar, h), 2, 2)
            p.setPen(MUTED)
            label = k.period[2:] if slot < fm.horizontalAdvance(k.period) + 4 else k.period
            if i % max(1, int(fm.horizontalAdvance(label) + 6) // int(slot) + 1) == 0:
                p.drawText(QRectF(cx - slot, plot.bottom() + 4, 2 * slot, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, label)
            if heads[i] is not None:
                pt = QPointF(cx, plot.bottom() - plot.height() * heads[i] / max_head)  # type: ignore[operator]
                points.append(pt)
                if started:
                    line.lineTo(pt)
                else:
                    line.moveTo(pt)
                    started = True
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(ORANGE, 2.2))
        p.drawPath(line)
        p.setBrush(ORANGE)
        for pt in points:
            p.drawEllipse(pt, 3, 3)
        # legend
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TEAL)
        p.drawRect(QRectF(left, 6, 10, 10))
        p.setPen(INK)
        rev_text = self.tr("Revenue (€)")
        p.drawText(QPointF(left + 14, 15), rev_text)
        lx = left + 30 + fm.horizontalAdvance(rev_text)
        p.setPen(QPen(ORANGE, 2.2))
        p.drawLine(QPointF(lx, 11), QPointF(lx + 14, 11))
        p.setPen(INK)
        p.drawText(QPointF(lx + 18, 15), self.tr("Headcount (right axis)"))
        p.end()
