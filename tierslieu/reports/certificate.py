"""Attendance certificates: one A4 page per person who checked in at an event.

User text (names, titles) is escaped before it reaches a ReportLab ``Paragraph``
("Dupont & Fils <SARL>" would otherwise print truncated). ReportLab is imported inside
the functions; fonts are DejaVu Sans.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from tierslieu import timeutil
from tierslieu.i18n import choice_label
from tierslieu.reports.fonts import BOLD, REGULAR, register_fonts

if TYPE_CHECKING:
    from tierslieu.services.events import CertificateData

TEXT = {
    "title": ("Attestation de présence", "Certificate of attendance"),
    "body_one": ("{place} atteste que <b>{name}</b> a participé à l'événement "
                 "« <b>{title}</b> » ({kind}) le {day}, de {start} à {end}, soit {hours} h.",
                 "{place} certifies that <b>{name}</b> attended the event "
                 "\u201c<b>{title}</b>\u201d ({kind}) on {day}, from {start} to {end}: "
                 "{hours} h."),
    "body_many": ("{place} atteste que <b>{name}</b> a participé à l'événement "
                  "« <b>{title}</b> » ({kind}) du {day} {start} au {end_day} {end}, soit "
                  "{hours} h.",
                  "{place} certifies that <b>{name}</b> attended the event "
                  "\u201c<b>{title}</b>\u201d ({kind}) from {day} {start} to {end_day} {end}: "
                  "{hours} h."),
    "done": ("Fait à {city}, le {date}.", "Issued in {city} on {date}."),
    "signature": ("Pour {place}, l'équipe d'accueil", "For {place}, the front desk team"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    fr, en = TEXT[key]
    return (en if lang == "en" else fr).format(**params)


def _hours(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang != "en" else text


def _page(cert: CertificateData, lang: str, issued: date) -> list[Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    ink = "#1f2933"
    title = ParagraphStyle("title", fontName=BOLD, fontSize=24, leading=30,
                           alignment=TA_CENTER, textColor="#0f6e6e")
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=12.5, leading=19, textColor=ink)
    small = ParagraphStyle("small", parent=body, fontSize=11)
    start = timeutil.to_local(cert.start_at, cert.timezone)
    end = timeutil.to_local(cert.end_at, cert.timezone)
    params = {"place": escape(cert.place), "name": escape(cert.name),
              "title": escape(cert.event_title), "kind": escape(choice_label(cert.event_kind,
                                                                            lang).lower()),
              "day": start.strftime("%d/%m/%Y"), "start": start.strftime("%H:%M"),
              "end_day": end.strftime("%d/%m/%Y"), "end": end.strftime("%H:%M"),
              "hours": _hours(cert.hours, lang)}
    text = _t("body_one" if start.date() == end.date() else "body_many", lang, **params)
    return [Spacer(1, 45 * mm), Paragraph(escape(_t("title", lang)), title),
            Spacer(1, 25 * mm), Paragraph(text, body), Spacer(1, 20 * mm),
            Paragraph(escape(_t("done", lang, city=cert.city or cert.place,
                                date=issued.strftime("%d/%m/%Y"))), small),
            Spacer(1, 12 * mm),
            Paragraph(escape(_t("signature", lang, place=cert.place)), small), PageBreak()]


def build_certificates(certs: Sequence[CertificateData], out: Path | str, *,
                       lang: str = "fr", issued: date | None = None) -> Path:
    """One page per certificate in one PDF; returns its path."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    path = Path(out)
    issued = issued or timeutil.local_today()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm,
                            title=_t("title", lang), author=certs[0].place if certs else "")
    story: list[Any] = []
    for cert in certs:
        story += _page(cert, lang, issued)
    if story:
        story.pop()          # no blank page after the last certificate

    def frame(canvas: Any, _doc: Any) -> None:
        from reportlab.lib import colors

        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#0f6e6e"))
        canvas.setLineWidth(2)
        canvas.rect(12 * mm, 12 * mm, A4[0] - 24 * mm, A4[1] - 24 * mm)
        canvas.restoreState()

    doc.build(story, onFirstPage=frame, onLaterPages=frame)
    return path
