"""The invoice (or credit note) as an A4 PDF, with every French legal mention.

Built with ReportLab's platypus from an :class:`~tierslieu.services.billing.dto.InvoiceDetail`
(the frozen snapshots of the issued invoice, so a reprint is identical). Every text
comes from user data and is escaped before it reaches a Paragraph. The font is the
embedded DejaVu Sans (``reports.fonts``). :func:`write` can embed the Factur-X XML.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from tierslieu.money import format_euros
from tierslieu.reports.fonts import BOLD, REGULAR, register_fonts

if TYPE_CHECKING:
    from tierslieu.services.billing.dto import InvoiceDetail, Party

UNITS = {"HUR": "h", "DAY": "j", "C62": ""}
GREY = "#5f6b7a"
INK = "#1d2733"
ACCENT = "#2f6f5e"


def _e(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br/>")


def _eur(cents: int) -> str:
    return format_euros(cents, "fr")


def _date(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _qty(milli: int, unit: str) -> str:
    whole, rest = divmod(milli, 1000)
    text = f"{whole}" if not rest else f"{whole},{rest:03d}".rstrip("0")
    suffix = UNITS.get(unit, "")
    return f"{text}\u00a0{suffix}" if suffix else text


def _rate(rate_bp: int) -> str:
    whole, rest = divmod(rate_bp, 100)
    return (f"{whole}" if not rest else f"{whole},{rest:02d}".rstrip("0")) + "\u00a0%"


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5,
                          textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9,
                                textColor=GREY),
        "seller": ParagraphStyle("seller", parent=base, fontName=BOLD, fontSize=14,
                                 leading=17, textColor=ACCENT),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18,
                                leading=22, alignment=TA_RIGHT),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8,
                               textColor="#ffffff"),
        "headr": ParagraphStyle("headr", parent=base, fontName=BOLD, fontSize=8,
                                textColor="#ffffff", alignment=TA_RIGHT),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD),
        "mention": ParagraphStyle("mention", parent=base, fontSize=7.5, leading=9),
    }


def _party_lines(party: Party, *, seller: bool, extra: dict[str, Any] | None = None
                 ) -> list[str]:
    out = []
    if seller and extra and extra.get("legal_form"):
        out.append(_e(extra["legal_form"]))
    if party.address:
        out.append(_e(party.address))
    town = " ".join(x for x in (party.postcode, party.city) if x)
    if town:
        out.append(_e(town))
    if party.siret:
        out.append(("SIRET " if len(party.siret) == 14 else "SIREN ") + _e(party.siret))
    if party.vat_number:
        out.append("N° TVA intracommunautaire " + _e(party.vat_number))
    if seller and extra and extra.get("phone"):
        out.append(_e(extra["phone"]))
    if party.email:
        out.append(_e(party.email))
    return out


def _header(inv: InvoiceDetail, st: dict[str, Any], width: float) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    row = inv.row
    credit = row.kind == "credit_note"
    seller = [Paragraph(_e(inv.seller.name), st["seller"])] + [
        Paragraph(x, st["base"]) for x in _party_lines(inv.seller, seller=True,
                                                       extra=inv.seller_extra)]
    facts = [("N°", row.number), ("Date", _date(row.issued_on))]
    if inv.period_start and inv.period_end:
        facts.append(("Période", f"du {_date(inv.period_start)} au {_date(inv.period_end)}"))
    if not credit:
        facts.append(("Échéance", _date(row.due_on)))
    if row.corrects_number:
        facts.append(("Facture d'origine", row.corrects_number))
    right = [Paragraph("AVOIR" if credit else "FACTURE", st["title"]), Spacer(1, 4)] + [
        Paragraph(f"{label} : <b>{_e(value)}</b>", st["right"]) for label, value in facts]
    top = Table([[seller, right]], colWidths=[width * 0.55, width * 0.45])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    customer = [Paragraph("Facturé à" if not credit else "Client", st["small"]),
                Paragraph(_e(row.customer.name), st["label"])] + [
        Paragraph(x, st["base"]) for x in _party_lines(row.customer, seller=False)]
    box = Table([[customer]], colWidths=[width * 0.45])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GREY),
                             ("BACKGROUND", (0, 0), (-1, -1), "#f4f6f8"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    holder = Table([["", box]], colWidths=[width * 0.55, width * 0.45])
    holder.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [top, Spacer(1, 6), holder, Spacer(1, 10)]


def _lines(inv: InvoiceDetail, st: dict[str, Any], width: float) -> Any:
    from reportlab.platypus import Paragraph, Table, TableStyle

    widths = [width * f for f in (0.52, 0.1, 0.14, 0.08, 0.16)]
    data: list[list[Any]] = [[Paragraph(h, st["head"] if i == 0 else st["headr"])
                              for i, h in enumerate(("Désignation", "Qté", "P.U. HT",
                                                     "TVA", "Montant HT"))]]
    for line in inv.lines:
        cell = [Paragraph(_e(line.label), st["label"] if line.amount_excl_cents
                          else st["base"])]
        if line.detail:
            cell.append(Paragraph(_e(line.detail), st["small"]))
        data.append([cell, Paragraph(_qty(line.quantity_milli, line.unit), st["right"]),
                     Paragraph(_eur(line.unit_price_cents), st["right"]),
                     Paragraph(_rate(line.vat_rate_bp) if not inv.vat_exempt else "—",
                               st["right"]),
                     Paragraph(_eur(line.amount_excl_cents), st["right"])])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, "#c9d1d9"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _totals(inv: InvoiceDetail, st: dict[str, Any], width: float, payments: bool) -> Any:
    from reportlab.platypus import Paragraph, Table, TableStyle

    row = inv.row
    rows: list[tuple[str, str, bool]] = [("Total HT", _eur(row.total_excl_cents), False)]
    if inv.vat_exempt:
        rows.append(("TVA", "non applicable", False))
    else:
        for vat in inv.totals.vat:
            if vat.base_cents or len(inv.totals.vat) == 1:
                rows.append((f"TVA {_rate(vat.rate_bp)} sur {_eur(vat.base_cents)}",
                             _eur(vat.vat_cents), False))
    label = "Montant de l'avoir TTC" if row.kind == "credit_note" else "Total TTC"
    rows.append((label, _eur(row.total_incl_cents), True))
    if payments and row.kind == "invoice" and (row.paid_cents or row.credited_cents):
        if row.credited_cents:
            rows.append(("Avoirs", "-" + _eur(row.credited_cents), False))
        if row.paid_cents:
            rows.append(("Déjà réglé", "-" + _eur(row.paid_cents), False))
        rows.append(("Reste à payer", _eur(max(0, row.balance_cents)), True))
    data = [[Paragraph(f"<b>{_e(a)}</b>" if bold else _e(a), st["right"]),
             Paragraph(f"<b>{_e(b)}</b>" if bold else _e(b), st["right"])]
            for a, b, bold in rows]
    table = Table(data, colWidths=[width * 0.3, width * 0.16], hAlign="RIGHT")
    style: list[tuple[Any, ...]] = [("TOPPADDING", (0, 0), (-1, -1), 2),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i, (_a, _b, bold) in enumerate(rows):
        if bold:
            style += [("LINEABOVE", (0, i), (-1, i), 0.8, INK)]
    table.setStyle(TableStyle(style))
    return table


def build(inv: InvoiceDetail, *, payments: bool = False) -> bytes:
    """The PDF of an issued invoice or credit note, as issued; ``payments`` adds what was
    paid or credited since and what is left to pay (a reminder, not the invoice)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    st = _styles()
    buffer = io.BytesIO()
    kind = "Avoir" if inv.row.kind == "credit_note" else "Facture"
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=14 * mm, bottomMargin=16 * mm,
                            title=f"{kind} {inv.number}", author=inv.seller.name,
                            subject=f"{kind} {inv.number} — {inv.customer.name}",
                            creator="TiersLieu", lang="fr-FR")
    width = doc.width
    story: list[Any] = _header(inv, st, width)
    story += [_lines(inv, st, width), Spacer(1, 10), _totals(inv, st, width, payments)]
    closing: list[Any] = [Spacer(1, 10)]
    if inv.note:
        closing.append(Paragraph(_e(inv.note), st["base"]))
        closing.append(Spacer(1, 6))
    for text in inv.mentions:
        closing.append(Paragraph(_e(text), st["mention"]))
        closing.append(Spacer(1, 3))
    story.append(KeepTogether(closing))
    footer = " · ".join(x for x in (inv.seller.name, inv.seller.siret and
                                    f"SIRET {inv.seller.siret}", f"{kind} {inv.number}") if x)

    def on_page(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(document.leftMargin, 8 * mm, footer)
        canvas.drawRightString(A4[0] - document.rightMargin, 8 * mm,
                               f"Page {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def write(inv: InvoiceDetail, path: str | Path, *, facturx: bool = False,
          payments: bool = False) -> Path:
    """Write the PDF (with the Factur-X XML embedded when asked) to ``path``."""
    from tierslieu.errors import ValidationError

    pdf = build(inv, payments=payments)
    if facturx:
        from tierslieu.io import facturx as fx

        pdf = fx.embed(pdf, inv)
    target = Path(path)
    try:
        target.write_bytes(pdf)
    except OSError as exc:
        raise ValidationError("file_unwritable", "file", value=str(path),
                              reason=exc.strerror or type(exc).__name__) from exc
    return target
