"""The printable community directory: people, then organisations, A4, two columns.

It prints exactly the :class:`~tierslieu.services.directory.DirectoryEntry` rows it is
given, which :func:`tierslieu.services.directory.search` builds from consenting people
with their chosen fields only; nothing here reads the database. User text is escaped
before it reaches a ``Paragraph``.
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
    from tierslieu.services.directory import DirectoryEntry

TEXT = {
    "title": ("Annuaire de la communauté", "Community directory"),
    "subtitle": ("{people} personne(s), {orgs} organisation(s) — édité le {date}",
                 "{people} people, {orgs} organisation(s) — printed on {date}"),
    "people": ("Personnes", "People"),
    "organizations": ("Organisations", "Organisations"),
    "sector": ("Secteur : {sector}", "Sector: {sector}"),
    "consent": ("Seules les personnes qui ont accepté de figurer dans l'annuaire y "
                "apparaissent, avec les informations qu'elles ont choisi de montrer.",
                "Only people who agreed to be listed appear, with the details they chose "
                "to show."),
    "empty": ("Personne n'est encore inscrit dans l'annuaire.",
              "Nobody is listed in the directory yet."),
    "page": ("Page {n}", "Page {n}"),
}
ACCENT = "#0f6e6e"


def _t(key: str, lang: str, **params: Any) -> str:
    fr, en = TEXT[key]
    return (en if lang == "en" else fr).format(**params)


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=11,
                          textColor="#1f2933")
    return {
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=20, leading=25,
                                textColor=ACCENT, spaceAfter=2),
        "sub": ParagraphStyle("sub", parent=base, fontSize=9, textColor="#5f6b73",
                              spaceAfter=4),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=13, leading=17,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=4),
        "name": ParagraphStyle("name", parent=base, fontName=BOLD, fontSize=10, leading=13),
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, textColor="#5f6b73"),
    }


def _card(e: DirectoryEntry, st: dict[str, Any], lang: str) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    parts = [Paragraph(escape(e.name), st["name"])]
    if e.kind == "organization":
        kinds = ", ".join(choice_label(k, lang) for k in e.org_kinds)
        line = " · ".join(x for x in (kinds, e.city) if x)
        if line:
            parts.append(Paragraph(escape(line), st["muted"]))
        if e.sector:
            parts.append(Paragraph(escape(_t("sector", lang, sector=e.sector)), st["body"]))
        if e.description:
            parts.append(Paragraph(escape(e.description).replace("\n", "<br/>"), st["body"]))
        if e.members:
            parts.append(Paragraph(escape(", ".join(e.members)), st["muted"]))
    else:
        if e.headline:
            parts.append(Paragraph(f"<i>{escape(e.headline)}</i>", st["body"]))
        if e.organizations:
            parts.append(Paragraph(escape(", ".join(e.organizations)), st["muted"]))
        if e.tags:
            parts.append(Paragraph(escape(" · ".join(e.tags)), st["body"]))
    contact = " · ".join(x for x in (e.email, e.phone, e.website) if x)
    if contact:
        parts.append(Paragraph(escape(contact), st["muted"]))
    parts.append(Spacer(1, 3.5 * mm))
    return KeepTogether(parts)


def build_directory(entries: Sequence[DirectoryEntry], out: Path | str, *, title: str = "",
                    lang: str = "fr", today: date | None = None) -> Path:
    """Write the directory of ``entries`` (already filtered by consent) and return its path."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
    )

    register_fonts()
    st = _styles()
    path = Path(out)
    people = [e for e in entries if e.kind == "person"]
    orgs = [e for e in entries if e.kind == "organization"]
    margin, gap = 15 * mm, 8 * mm
    width, height = A4
    col = (width - 2 * margin - gap) / 2
    head_h = 30 * mm

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColorRGB(0.37, 0.42, 0.45)
        canvas.drawString(margin, 9 * mm, title or _t("title", lang))
        canvas.drawRightString(width - margin, 9 * mm, _t("page", lang, n=doc.page))
        canvas.restoreState()

    def columns(top: float) -> list[Frame]:
        return [Frame(margin + i * (col + gap), 15 * mm, col, top - 15 * mm, id=f"c{i}",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                for i in range(2)]

    first = [Frame(margin, height - margin - head_h, width - 2 * margin, head_h, id="head",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
             *columns(height - margin - head_h - 2 * mm)]
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=15 * mm,
                          title=title or _t("title", lang), author=title)
    doc.addPageTemplates([PageTemplate("first", first, onPage=footer),
                          PageTemplate("rest", columns(height - margin), onPage=footer)])
    story: list[Any] = [
        NextPageTemplate("rest"),
        Paragraph(escape(_t("title", lang)), st["title"]),
        Paragraph(escape(" — ".join(x for x in (title, _t(
            "subtitle", lang, people=len(people), orgs=len(orgs),
            date=(today or timeutil.local_today()).strftime("%d/%m/%Y"))) if x)), st["sub"]),
        Paragraph(escape(_t("consent", lang)), st["muted"]), FrameBreak()]
    if not entries:
        story.append(Paragraph(escape(_t("empty", lang)), st["body"]))
    if people:
        story.append(Paragraph(escape(_t("people", lang)), st["h1"]))
        story += [_card(e, st, lang) for e in people]
    if orgs:
        story.append(Paragraph(escape(_t("organizations", lang)), st["h1"]))
        story += [_card(e, st, lang) for e in orgs]
    doc.build(story)
    return path
