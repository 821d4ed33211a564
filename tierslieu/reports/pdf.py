"""What every PDF report shares: A4 page, DejaVu Sans styles, tables that split across
pages with their header repeated, a "3 / 12" footer on every page, a table of contents.

ReportLab is imported here only: :mod:`tierslieu.reports` imports this module inside the
functions that build a document. User text always goes through :func:`esc` before it
reaches a ``Paragraph`` ("Dupont & Fils <SARL>" would otherwise come out truncated).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from tierslieu.reports.fonts import BOLD, REGULAR, register_fonts

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
BODY_W = PAGE_W - 2 * MARGIN
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#0f6e6e")
PALE = colors.HexColor("#e6f2f2")
RULE = colors.HexColor("#c5d0d6")
MUTED = colors.HexColor("#5f6b73")


def esc(text: object) -> str:
    """User text made safe for a Paragraph (``&``, ``<``, ``>``), newlines kept."""
    return escape(str(text)).replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the reports, all in DejaVu Sans."""
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK,
                          spaceAfter=4)
    out = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "small_keep": ParagraphStyle("small_keep", parent=base, fontSize=8, leading=10,
                                     textColor=MUTED, keepWithNext=1),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19,
                             textColor=ACCENT, spaceBefore=6, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=8.5, leading=10.5,
                                 spaceAfter=0, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5,
                               spaceAfter=0, textColor=colors.white),
        "head_r": ParagraphStyle("head_r", parent=base, fontName=BOLD, fontSize=8.5,
                                 leading=10.5, spaceAfter=0, textColor=colors.white,
                                 alignment=TA_RIGHT),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontName=BOLD, fontSize=28,
                                      leading=34, textColor=ACCENT, alignment=TA_CENTER,
                                      spaceAfter=12),
        "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=16, leading=22,
                                    alignment=TA_CENTER, spaceAfter=8),
        "cover_small": ParagraphStyle("cover_small", parent=base, fontSize=10, leading=14,
                                      alignment=TA_CENTER, textColor=MUTED),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=11, leading=16, leftIndent=6),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9.5, leading=13, leftIndent=22),
    }
    return out


def para(text: str, style: ParagraphStyle, *, raw: bool = False) -> Paragraph:
    """A Paragraph of ``text``, escaped unless ``raw`` (already-safe markup)."""
    return Paragraph(text if raw else esc(text), style)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          *, right: Sequence[int] = (), total: bool = False,
          spans: Sequence[int] = ()) -> LongTable:
    """A table whose cells wrap (every cell is a Paragraph), whose header row repeats on
    each page it spans, with numbers (columns in ``right``) aligned right; ``total``
    sets the last row in bold; the rows in ``spans`` (0 = first data row) run their
    second cell across the remaining columns."""
    st = styles()
    data: list[list[Any]] = [[para(h, st["head_r"] if i in right else st["head"])
                              for i, h in enumerate(headers)]]
    for row in rows:
        data.append([c if isinstance(c, Flowable) else
                     para("" if c is None else str(c), st["cell_r"] if i in right else st["cell"])
                     for i, c in enumerate(row)])
    scale = BODY_W / sum(widths) if sum(widths) > BODY_W else 1.0
    t = LongTable(data, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5, 10.5),  # not the Helvetica default
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total and rows:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    for r in spans:
        commands.append(("SPAN", (1, r + 1), (-1, r + 1)))
    t.setStyle(TableStyle(commands))
    if total and rows:
        for cell in data[-1]:
            if isinstance(cell, Paragraph):
                cell.style = ParagraphStyle("bold", parent=cell.style, fontName=BOLD)
    return t


def canvas_maker(footer: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, then writes "3 / 12" on each."""
    register_fonts()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, 12 * mm, PAGE_W - MARGIN, 12 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 8 * mm, footer)
            self.drawRightString(PAGE_W - MARGIN, 8 * mm, f"{number} / {total}")
            self.restoreState()

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):
    """A4 with one frame; ``h1`` and ``h2`` paragraphs feed the table of contents and
    the PDF outline (the bookmarks a viewer shows)."""

    def __init__(self, path: Path, *, title: str, author: str, lang: str) -> None:
        register_fonts()  # the canvas starts in DejaVu Sans: no Helvetica in the file
        super().__init__(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=18 * mm, title=title, author=author,
                         subject=title, creator="TiersLieu", lang=lang,
                         initialFontName=REGULAR, initialFontSize=9.5, initialLeading=13)
        frame = Frame(MARGIN, 18 * mm, BODY_W, PAGE_H - MARGIN - 18 * mm, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._heading = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if not isinstance(flowable, Paragraph):
            return
        name = flowable.style.name
        if name not in ("h1", "h2"):
            return
        level = 0 if name == "h1" else 1
        text = flowable.getPlainText()
        self._heading += 1
        key = f"h{self._heading}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))

    def handle_documentBegin(self) -> None:  # noqa: N802 - ReportLab's name
        self._heading = 0
        super().handle_documentBegin()


def build(doc: ReportDoc, story: list[Flowable], footer: str, *, toc: bool = False) -> None:
    """Write the document (as many passes as a table of contents needs) into a temporary
    file beside the target, renamed over it at the end: a failure never leaves half a
    PDF, and a reader never sees one."""
    import os

    final = Path(doc.filename)
    part = final.with_name(f".{final.name}.part")
    doc.filename = str(part)
    maker = canvas_maker(footer)
    try:
        if toc:
            doc.multiBuild(story, canvasmaker=maker)
        else:
            doc.build(story, canvasmaker=maker)
        os.replace(part, final)
    finally:
        doc.filename = str(final)
        part.unlink(missing_ok=True)
