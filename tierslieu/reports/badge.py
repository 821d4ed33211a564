"""The visitor badge: an A6 landscape card with the visitor's name, their host, the day and
a QR code the front desk scans at check-out.

The QR code holds ``TIERSLIEU-VISIT:<id>:<token>``; the token is random (see
:class:`tierslieu.db.models.Visit`), so a badge cannot be forged from a visit number.
ReportLab is imported inside the functions; fonts are DejaVu Sans (accents, any script).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tierslieu import timeutil
from tierslieu.reports.fonts import BOLD, REGULAR, register_fonts

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from tierslieu.services.visits import VisitRow

TEXT = {
    "visitor": ("VISITEUR", "VISITOR"),
    "guest": ("INVITÉ", "GUEST"),
    "member": ("MEMBRE", "MEMBER"),
    "host": ("Reçu·e par {name}", "Host: {name}"),
    "day": ("Le {date} à partir de {time}", "On {date} from {time}"),
    "hint": ("Merci de rendre ce badge à l'accueil en partant.",
             "Please return this badge to the front desk when you leave."),
}
ACCENT = "#0f6e6e"


def _t(key: str, lang: str, **params: str) -> str:
    fr, en = TEXT[key]
    return (en if lang == "en" else fr).format(**params)


def qr_payload(visit: VisitRow) -> str:
    return f"TIERSLIEU-VISIT:{visit.id}:{visit.badge_token}"


def _fit(c: Canvas, text: str, font: str, size: float, width: float, minimum: float = 9) -> float:
    """The largest font size up to ``size`` at which ``text`` fits ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > minimum and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _clip(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_badge(c: Canvas, visit: VisitRow, place: str, lang: str = "fr") -> None:
    """One badge on the current page of ``c`` (A6 landscape)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    width, height = c._pagesize
    margin = 8 * mm
    accent = colors.HexColor(ACCENT)
    # the band: what kind of person this is, readable from across the room
    c.setFillColor(accent)
    c.rect(0, height - 22 * mm, width, 22 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 20)
    c.drawString(margin, height - 14 * mm, _t(visit.kind if visit.kind in TEXT else "visitor",
                                               lang))
    c.setFont(REGULAR, 9)
    c.drawRightString(width - margin, height - 14 * mm, _clip(place, REGULAR, 9, width / 2))
    # the QR code, bottom right
    qr_size = 34 * mm
    widget = QrCodeWidget(qr_payload(visit), barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(qr_size, qr_size,
                      transform=[qr_size / (x1 - x0), 0, 0, qr_size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, width - margin - qr_size, margin)
    # name, organisation, host, day
    text_w = width - 2 * margin - qr_size - 4 * mm
    c.setFillColor(colors.HexColor("#1f2933"))
    size = _fit(c, visit.name, BOLD, 22, width - 2 * margin)
    c.setFont(BOLD, size)
    c.drawString(margin, height - 36 * mm, _clip(visit.name, BOLD, size, width - 2 * margin))
    y = height - 44 * mm
    if visit.company:
        c.setFont(REGULAR, 12)
        c.drawString(margin, y, _clip(visit.company, REGULAR, 12, text_w))
        y -= 7 * mm
    c.setFont(REGULAR, 10)
    if visit.host_name:
        c.drawString(margin, y, _clip(_t("host", lang, name=visit.host_name), REGULAR, 10, text_w))
        y -= 6 * mm
    local = timeutil.to_local(visit.arrived_at, visit.timezone)
    c.drawString(margin, y, _t("day", lang, date=local.strftime("%d/%m/%Y"),
                                time=local.strftime("%H:%M")))
    c.setFont(REGULAR, 7)
    c.setFillColor(colors.HexColor("#5f6b73"))
    c.drawString(margin, margin, _clip(_t("hint", lang), REGULAR, 7, text_w))
    c.drawString(margin, margin + 9, f"n° {visit.id}")


def build_badge(visit: VisitRow, out: Path | str, *, place: str = "",
                lang: str = "fr") -> Path:
    """Write the badge PDF of one visit and return its path."""
    from reportlab.lib.pagesizes import A6, landscape
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    path = Path(out)
    c = Canvas(str(path), pagesize=landscape(A6))
    c.setTitle(f"Badge — {visit.name}")
    c.setAuthor(place or visit.site_name)
    draw_badge(c, visit, place or visit.site_name, lang)
    c.showPage()
    c.save()
    return path
