"""Charts of the reports, drawn with ``reportlab.graphics`` in DejaVu Sans.

Each function returns a flowable: the chart, or a short "no data" paragraph when there
is nothing to draw (an empty chart with axes from 0 to 0 says nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from tierslieu.reports.fonts import REGULAR, register_fonts
from tierslieu.reports.labels import t
from tierslieu.reports.pdf import ACCENT, BODY_W, INK, MUTED, RULE, para, styles

Fmt = Callable[[float], str]
SECOND = colors.HexColor("#d98c2b")


def _defaults() -> None:
    """Drawings start in DejaVu Sans: ReportLab's default state names Helvetica, which
    would put a non-embedded Helvetica in the file even though no glyph uses it."""
    register_fonts()
    STATE_DEFAULTS["fontName"] = REGULAR


def _no_data(lang: str) -> Flowable:
    return para(t("no_data", lang), styles()["small"])


def percent_axis(lang: str) -> Fmt:
    """Whole percentages on a scale: ``20 %`` (fr), ``20%`` (en)."""
    return lambda x: f"{x:.0f}%" if lang == "en" else f"{x:.0f}\u00a0%"


def _fit(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis so that it fits in ``width`` points."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text + "…"


def _axis_max(values: Sequence[float]) -> float:
    top = max(values) if values else 0
    if top <= 0:
        return 1
    step = 10 ** (len(str(int(top))) - 1)
    return float((int(top * 1.1 / step) + 1) * step)


def hbar(items: Sequence[tuple[str, float | None]], fmt: Fmt, lang: str, *,
         max_value: float | None = None, width: float = BODY_W,
         axis_fmt: Fmt | None = None) -> Flowable:
    """One horizontal bar per item, in the given order from the top, value at its end
    (``axis_fmt`` formats the scale, ``fmt`` the values)."""
    _defaults()
    values = [v for _, v in items if v is not None]
    if not items or not any(values):
        return _no_data(lang)
    if len(items) > MAX_BARS:  # a network's 200 resources: one chart per page, one scale
        top = max_value or _axis_max(values)
        return _Stack([hbar(items[i:i + MAX_BARS], fmt, lang, max_value=top, width=width,
                            axis_fmt=axis_fmt) for i in range(0, len(items), MAX_BARS)])
    size = 7.5
    label_w = min(0.35 * width, max(stringWidth(n, REGULAR, size) for n, _ in items) + 8)
    bar = 14
    height = len(items) * bar + 28
    d = Drawing(width, height)
    c = HorizontalBarChart()
    c.x, c.y = label_w, 18
    c.width, c.height = width - label_w - 48, len(items) * bar
    rows = list(reversed(items))  # the chart draws its first category at the bottom
    c.data = [[v or 0 for _, v in rows]]
    c.categoryAxis.categoryNames = [_fit(n, label_w - 8, size) for n, _ in rows]
    c.categoryAxis.labels.fontName = REGULAR
    c.categoryAxis.labels.fontSize = size
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.dx = -4
    c.categoryAxis.strokeColor = RULE
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = max_value or _axis_max(values)
    c.valueAxis.labels.fontName = REGULAR
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.labelTextFormat = axis_fmt or fmt
    c.valueAxis.strokeColor = RULE
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = colors.HexColor("#eef1f3")
    c.bars[0].fillColor = ACCENT
    c.bars[0].strokeColor = None
    c.barWidth = bar * 0.7
    c.barLabelFormat = fmt
    c.barLabels.fontName = REGULAR
    c.barLabels.fontSize = 7
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 3
    c.barLabels.fillColor = INK
    d.add(c)
    return d


MAX_BARS = 40     # 40 bars of 14 pt and the axis fit on an A4 page with its heading


class _Stack(Flowable):
    """Flowables one under the other, split between pages where needed (a Drawing
    cannot split: one taller than the page stopped the whole report)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = sum(p.wrap(avail_width, avail_height)[1] for p in self.parts)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        used, n = 0.0, 0
        for part in self.parts:
            h = part.wrap(avail_width, avail_height)[1]
            if used + h > avail_height:
                break
            used, n = used + h, n + 1
        if n == 0:
            return []
        return self.parts[:n] + ([_Stack(self.parts[n:])] if n < len(self.parts) else [])

    def draw(self) -> None:
        y = self.height
        for part in self.parts:
            y -= part.height
            part.drawOn(self.canv, 0, y)


def vbars(labels: Sequence[str], values: Sequence[float | None], fmt: Fmt, lang: str, *,
          width: float = BODY_W, height: float = 150, color: colors.Color = ACCENT
          ) -> Flowable:
    """Vertical bars (a month, a period each) with the value above each bar."""
    _defaults()
    numbers = [v or 0 for v in values]
    if not labels or not any(numbers):
        return _no_data(lang)
    d = Drawing(width, height)
    c = VerticalBarChart()
    per = (width - 60) / len(labels)
    slanted = per < max(stringWidth(x, REGULAR, 7) for x in labels) + 4
    c.x, c.y = 48, 34 if slanted else 20
    c.width, c.height = width - 60, height - c.y - 16
    c.data = [numbers]
    c.categoryAxis.categoryNames = list(labels)
    c.categoryAxis.labels.fontName = REGULAR
    c.categoryAxis.labels.fontSize = 7
    if slanted:
        c.categoryAxis.labels.angle = 40
        c.categoryAxis.labels.boxAnchor = "ne"
        c.categoryAxis.labels.dx = 4
    c.categoryAxis.strokeColor = RULE
    top = _axis_max(numbers)
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = top
    if top <= 10 and all(float(v).is_integer() for v in numbers):
        c.valueAxis.valueStep = 1 if top <= 5 else 2  # whole people, never "1,5"
    c.valueAxis.labels.fontName = REGULAR
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.labelTextFormat = fmt
    c.valueAxis.strokeColor = RULE
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = colors.HexColor("#eef1f3")
    c.bars[0].fillColor = color
    c.bars[0].strokeColor = None
    widest = max(stringWidth(fmt(v), REGULAR, 6.5) for v in numbers)
    c.barLabelFormat = fmt if widest + 2 <= per else None  # no overlapping values
    c.barLabels.fontName = REGULAR
    c.barLabels.fontSize = 6.5
    c.barLabels.boxAnchor = "s"
    c.barLabels.dy = 2
    d.add(c)
    return d


def _shade(share: float) -> colors.Color:
    """White (0) to the accent colour (1)."""
    share = max(0.0, min(1.0, share))
    return colors.Color(1 - share * (1 - ACCENT.red), 1 - share * (1 - ACCENT.green),
                        1 - share * (1 - ACCENT.blue))


def heatmap(grid: Sequence[Sequence[float]], lang: str, *, width: float = BODY_W
            ) -> Flowable:
    """Weekday (rows, Monday first) × hour (columns) of booked hours, darker = busier.

    Only the hours that hold bookings on some day are drawn; each cell shows its hours.
    """
    _defaults()
    used = [h for h in range(24) if any(row[h] for row in grid)]
    if not used:
        return _no_data(lang)
    hours = list(range(min(used), max(used) + 1))
    top = max(max(row[h] for h in hours) for row in grid) or 1
    left, head, cell_h = 34, 14, 17
    cell_w = (width - left) / len(hours)
    height = head + 7 * cell_h + 26
    d = Drawing(width, height)
    days = t("weekdays", lang).split(",")
    y0 = height - head
    for i, h in enumerate(hours):
        label = f"{h}h" if lang == "en" else f"{h} h"
        d.add(String(left + (i + 0.5) * cell_w, y0 + 4, label, fontName=REGULAR, fontSize=7,
                     textAnchor="middle", fillColor=MUTED))
    for r, row in enumerate(grid):
        y = y0 - (r + 1) * cell_h
        d.add(String(left - 4, y + cell_h / 2 - 2.5, days[r], fontName=REGULAR, fontSize=7.5,
                     textAnchor="end", fillColor=INK))
        for i, h in enumerate(hours):
            share = row[h] / top
            d.add(Rect(left + i * cell_w, y, cell_w, cell_h, fillColor=_shade(share),
                       strokeColor=colors.white, strokeWidth=0.8))
            if row[h] and cell_w >= 16:
                d.add(String(left + (i + 0.5) * cell_w, y + cell_h / 2 - 2.5,
                             f"{row[h]:.0f}", fontName=REGULAR, fontSize=6.5,
                             textAnchor="middle",
                             fillColor=colors.white if share > 0.55 else INK))
    # legend: from 0 to the busiest cell
    steps, lw = 10, 12
    x0 = width - steps * lw - 60
    for k in range(steps):
        d.add(Rect(x0 + k * lw, 4, lw, 8, fillColor=_shade((k + 0.5) / steps), strokeColor=None))
    d.add(String(x0 - 4, 5, "0 h", fontName=REGULAR, fontSize=7, textAnchor="end",
                 fillColor=MUTED))
    d.add(String(x0 + steps * lw + 4, 5, f"{top:.0f} h", fontName=REGULAR, fontSize=7,
                 fillColor=MUTED))
    return d


def grouped_bars(labels: Sequence[str], series: Sequence[tuple[str, Sequence[int | float]]],
                 axis_fmt: Fmt, lang: str, *, width: float = BODY_W, height: float = 160,
                 palette: Sequence[colors.Color] = (ACCENT, SECOND)) -> Flowable:
    """Side-by-side vertical bars, one group per label (a month) and one bar per series,
    with a legend above; the scale is formatted by ``axis_fmt`` (no value on the bars:
    two series of twelve months would overlap)."""
    _defaults()
    numbers = [[v or 0 for v in values] for _, values in series]
    if not labels or not any(v for row in numbers for v in row):
        return _no_data(lang)
    d = Drawing(width, height)
    c = VerticalBarChart()
    widest = max(stringWidth(axis_fmt(v), REGULAR, 7) for v in (0, max(map(max, numbers))))
    per = (width - widest - 20) / len(labels)
    slanted = per < max(stringWidth(x, REGULAR, 7) for x in labels) + 4
    legend_h = 16
    c.x, c.y = widest + 12, 34 if slanted else 20
    c.width, c.height = width - c.x - 6, height - c.y - legend_h - 8
    c.data = numbers
    c.categoryAxis.categoryNames = list(labels)
    c.categoryAxis.labels.fontName = REGULAR
    c.categoryAxis.labels.fontSize = 7
    if slanted:
        c.categoryAxis.labels.angle = 40
        c.categoryAxis.labels.boxAnchor = "ne"
        c.categoryAxis.labels.dx = 4
    c.categoryAxis.strokeColor = RULE
    c.valueAxis.valueMin = 0
    c.valueAxis.valueMax = _axis_max([v for row in numbers for v in row])
    c.valueAxis.labels.fontName = REGULAR
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.labelTextFormat = axis_fmt
    c.valueAxis.strokeColor = RULE
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = colors.HexColor("#eef1f3")
    c.groupSpacing = 6
    c.barSpacing = 1
    for i in range(len(series)):
        c.bars[i].fillColor = palette[i % len(palette)]
        c.bars[i].strokeColor = None
    d.add(c)
    x = c.x
    for i, (name, _) in enumerate(series):  # legend: a swatch and the series' name
        y = height - legend_h + 3
        d.add(Rect(x, y, 9, 7, fillColor=palette[i % len(palette)], strokeColor=None))
        d.add(String(x + 13, y + 0.5, name, fontName=REGULAR, fontSize=7.5, fillColor=INK))
        x += 13 + stringWidth(name, REGULAR, 7.5) + 18
    return d


def euro_axis(lang: str) -> Fmt:
    """Whole euros on a scale of cents: ``12 000 €`` (fr), ``€12,000`` (en)."""
    from tierslieu.money import format_euros

    return lambda cents: format_euros(int(round(cents / 100)) * 100, lang, decimals=False)
