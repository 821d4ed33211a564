"""The Invoices tab's table model and the formats it shares with the detail pane.

Rows are the billing service's :class:`~tierslieu.services.billing.dto.InvoiceRow`; money
stays integer cents until it is printed (« 1 234,50 € »). :func:`detail_html` renders an
:class:`~tierslieu.services.billing.dto.InvoiceDetail` for the detail pane: every piece of
user text goes through ``html.escape``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tierslieu.gui.billing.common import fmt_rate, month_label
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.gui.models.base import RIGHT, Column, RowTableModel
from tierslieu.i18n import choice_label, current_language
from tierslieu.services.billing.common import Month

if TYPE_CHECKING:
    # InvoiceRow is named as a string in the model's base below
    from tierslieu.services.billing.dto import (  # noqa: F401
        InvoiceDetail,
        InvoiceRow,
        PaymentRow,
    )

FOREGROUND = Qt.ItemDataRole.ForegroundRole

# status -> ink of the status cell (readable on the light and the dark ground)
STATUS_COLOURS = {
    "overdue": "#c62828",
    "paid": "#2e7d32",
    "partial": "#b26a00",
    "credited": "#78909c",
    "credit_note": "#1f6f78",
}
_BRUSHES = {k: QBrush(QColor(v)) for k, v in STATUS_COLOURS.items()}

# the status filter: value of the combo -> the service's ``status`` argument
STATUS_FILTERS = ("", "unpaid", "overdue", "paid", "credited")
# the kind filter: value of the combo -> the service's ``kind`` argument
KIND_FILTERS = ("", "invoice", "credit_note")

# called by this name with literal arguments: lupdate extracts translate("Context", "text")
translate = QCoreApplication.translate


# -- formats ------------------------------------------------------------------------------

def fmt_month(key: str | None) -> str:
    """``2026-10`` -> « octobre 2026 » (« October 2026 » in English); empty for none."""
    return month_label(Month.parse(key), capital=False) if key else ""


def short_month(key: str | None) -> str:
    """``2026-10`` -> « 10/2026 » (a narrow table column; the tooltip says « octobre 2026 »)."""
    if not key:
        return ""
    year, month = key.split("-")
    return f"{month}/{year}"


def fmt_quantity(milli: int, unit: str) -> str:
    """Thousandths with their unit: 1500 HUR -> « 1,5 h », 1000 C62 -> « 1 »."""
    whole, rest = divmod(abs(milli), 1000)
    sep = "." if current_language() == "en" else ","
    text = f"{whole}" if not rest else f"{whole}{sep}{rest:03d}".rstrip("0")
    text = ("-" if milli < 0 else "") + text
    suffix = {"HUR": translate("InvoiceDetail", "h"),
              "DAY": translate("InvoiceDetail", "d")}.get(unit, "")
    return f"{text}\u00a0{suffix}" if suffix else text


def status_text(row: InvoiceRow) -> str:
    return choice_label(row.status)


def totals_line(rows: Sequence[InvoiceRow]) -> str:
    """« 42 factures · 12 345,00 € TTC · reste dû 1 234,00 € » (credit notes apart)."""
    invoices = [r for r in rows if r.kind == "invoice"]
    notes = [r for r in rows if r.kind == "credit_note"]
    # no plural through a module-level translate (lupdate reads "%n" only from tr())
    parts = [translate("InvoicesModel", "Invoices: {n}").format(n=len(invoices))]
    if invoices:
        parts.append(translate("InvoicesModel", "{amount} incl. VAT").format(
            amount=fmt_money(sum(r.total_incl_cents for r in invoices))))
    if notes:
        parts.append(translate("InvoicesModel", "credit notes: {n}").format(n=len(notes)))
        parts.append(translate("InvoicesModel", "{amount} credited").format(
            amount=fmt_money(sum(r.total_incl_cents for r in notes))))
    parts.append(translate("InvoicesModel", "balance due {amount}").format(
        amount=fmt_money(sum(r.balance_cents for r in rows))))
    return " · ".join(parts)


# -- the table ----------------------------------------------------------------------------

class InvoicesModel(RowTableModel["InvoiceRow"]):
    """Invoices and credit notes, newest first; the status cell is coloured."""

    def __init__(self, parent: QObject | None = None) -> None:
        money = RIGHT
        super().__init__([
            Column("number", translate("InvoicesModel", "Number"), lambda r: r.number,
                   sort_key=lambda r: r.id,
                   tooltip=lambda r: translate("InvoicesModel", "Credit note on {number}")
                   .format(number=r.corrects_number) if r.corrects_number else None),
            Column("issued_on", translate("InvoicesModel", "Issued"),
                   lambda r: fmt_date(r.issued_on), sort_key=lambda r: (r.issued_on, r.id)),
            Column("customer", translate("InvoicesModel", "Customer"),
                   lambda r: r.customer.name,
                   tooltip=lambda r: " · ".join(x for x in (r.customer.name, r.customer.email)
                                                if x)),
            Column("month", translate("InvoicesModel", "Month"), lambda r: short_month(r.month),
                   sort_key=lambda r: r.month or "", tooltip=lambda r: fmt_month(r.month) or None,
                   header_tip=translate("InvoicesModel", "The month the invoice bills")),
            Column("excl", translate("InvoicesModel", "Excl. VAT"),
                   lambda r: fmt_money(r.total_excl_cents),
                   sort_key=lambda r: r.total_excl_cents, align=money),
            Column("incl", translate("InvoicesModel", "Incl. VAT"),
                   lambda r: fmt_money(r.total_incl_cents),
                   sort_key=lambda r: r.total_incl_cents, align=money),
            Column("paid", translate("InvoicesModel", "Paid"), lambda r: fmt_money(r.paid_cents),
                   sort_key=lambda r: r.paid_cents, align=money,
                   tooltip=lambda r: translate("InvoicesModel", "Credited: {amount}").format(
                       amount=fmt_money(r.credited_cents)) if r.credited_cents else None),
            Column("balance", translate("InvoicesModel", "Balance"),
                   lambda r: fmt_money(r.balance_cents),
                   sort_key=lambda r: r.balance_cents, align=money,
                   header_tip=translate("InvoicesModel", "What is still due: the total less "
                                                         "payments and credit notes")),
            Column("due_on", translate("InvoicesModel", "Due"), lambda r: fmt_date(r.due_on),
                   sort_key=lambda r: r.due_on),
            Column("status", translate("InvoicesModel", "Status"), status_text),
        ], parent)
        self._status_column = self.column_index("status")
        self._balance_column = self.column_index("balance")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND:
            column = index.column()
            if column == self._status_column or (column == self._balance_column
                                                 and self.row_at(index).status == "overdue"):
                return _BRUSHES.get(self.row_at(index).status)
            return None
        return super().data(index, role)

    def replace_row(self, row: InvoiceRow) -> bool:
        """Put a fresher copy of one row in place (after a payment); False when absent."""
        position = self.find_row(lambda r: r.id == row.id)
        if position < 0:
            return False
        given = self._order[position]
        self._given[given] = row
        self._rows[position] = row
        self._cells[position] = None
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, self.columnCount() - 1))
        return True


# -- the detail pane ----------------------------------------------------------------------

def _payment_line(p: PaymentRow) -> str:
    what = choice_label(p.method)
    if p.reverses_id is not None:
        what = translate("InvoiceDetail", "Reversal of payment no. {id}").format(
            id=p.reverses_id)
    elif p.reversed:
        what += " " + translate("InvoiceDetail", "(reversed)")
    extra = " · ".join(escape(x) for x in (p.reference, p.note) if x)
    if extra:
        extra = f"<br><span style='color:#607d8b'>{extra}</span>"
    return (f"<tr><td width='90'>{fmt_date(p.paid_on)}</td>"
            f"<td width='260'>{escape(what)}{extra}</td>"
            f"<td align='right' width='100'>{fmt_money(p.amount_cents)}</td></tr>")


def detail_html(d: InvoiceDetail) -> str:
    """The invoice as a small HTML document: who, when, lines with their explanation, VAT,
    totals, payments (reversals included), credit notes and what is left to pay."""
    row = d.row
    c = d.customer
    grey = "color:#607d8b"
    address = ", ".join(x for x in (c.address, f"{c.postcode} {c.city}".strip()) if x)
    who = [f"<b>{escape(c.name)}</b>"]
    who += [escape(x) for x in (address, c.email) if x]
    if c.siret:
        who.append(escape(translate("InvoiceDetail", "SIRET {siret}").format(siret=c.siret)))
    when = [translate("InvoiceDetail", "Issued on {date}").format(date=fmt_date(row.issued_on))]
    if row.kind == "invoice":
        when.append(translate("InvoiceDetail", "due on {date}").format(
            date=fmt_date(row.due_on)))
    if d.period_start and d.period_end:
        when.append(translate("InvoiceDetail", "period {start} – {end}").format(
            start=fmt_date(d.period_start), end=fmt_date(d.period_end)))
    if row.corrects_number:
        when.append(translate("InvoiceDetail", "credit note on {number}").format(
            number=row.corrects_number))
    out = [f"<p style='margin:0'>{'<br>'.join(who)}</p>",
           f"<p style='{grey};margin-top:2px'>{escape(' · '.join(when))}</p>"]

    head = (translate("InvoiceDetail", "Item"), translate("InvoiceDetail", "Qty"),
            translate("InvoiceDetail", "Unit price"), translate("InvoiceDetail", "VAT"),
            translate("InvoiceDetail", "Amount excl. VAT"))
    lines = [f"<tr style='{grey}'><td>{head[0]}</td>"
             + "".join(f"<td align='right'>{h}</td>" for h in head[1:]) + "</tr>"]
    for x in d.lines:
        detail = (f"<br><span style='{grey}'>{escape(x.detail).replace(chr(10), '<br>')}"
                  "</span>") if x.detail else ""
        lines.append(f"<tr><td>{escape(x.label)}{detail}</td>"
                     f"<td align='right'>{fmt_quantity(x.quantity_milli, x.unit)}</td>"
                     f"<td align='right'>{fmt_money(x.unit_price_cents)}</td>"
                     f"<td align='right'>{fmt_rate(x.vat_rate_bp)}</td>"
                     f"<td align='right'>{fmt_money(x.amount_excl_cents)}</td></tr>")
    out.append("<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(lines)
               + "</table>")

    sums = [(translate("InvoiceDetail", "Total excl. VAT"), fmt_money(d.totals.excl_cents))]
    if d.vat_exempt:
        sums.append((translate("InvoiceDetail", "VAT not applicable"), ""))
    for vat in d.totals.vat:
        sums.append((translate("InvoiceDetail", "VAT {rate} on {base}").format(
            rate=fmt_rate(vat.rate_bp), base=fmt_money(vat.base_cents)),
            fmt_money(vat.vat_cents)))
    total = translate("InvoiceDetail", "Total incl. VAT")
    sums.append((f"<b>{total}</b>", f"<b>{fmt_money(d.totals.incl_cents)}</b>"))
    if row.kind == "invoice":
        if row.credited_cents:
            sums.append((translate("InvoiceDetail", "Credited"), fmt_money(-row.credited_cents)))
        if row.paid_cents:
            sums.append((translate("InvoiceDetail", "Paid"), fmt_money(-row.paid_cents)))
        colour = STATUS_COLOURS.get(row.status, "")
        style = f" style='color:{colour}'" if colour and row.balance_cents else ""
        due = translate("InvoiceDetail", "Balance due")
        sums.append((f"<b>{due}</b>",
                     f"<b{style}>{fmt_money(row.balance_cents)}</b>"))
    out.append("<table align='right' cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td>{label}</td><td align='right' width='110'>{value}</td></tr>"
        for label, value in sums) + "</table><br clear='all'>")

    if d.payments:
        title = translate("InvoiceDetail", "Payments")
        out.append(f"<p style='margin-bottom:2px'><b>{title}</b></p>"
                   "<table cellspacing='0' cellpadding='3'>"
                   + "".join(_payment_line(p) for p in d.payments) + "</table>")
    elif row.kind == "invoice":
        none = translate("InvoiceDetail", "No payment recorded yet.")
        out.append(f"<p style='{grey}'>{none}</p>")
    if d.credit_notes:
        out.append("<p>" + escape(translate("InvoiceDetail", "Credit notes: {numbers}").format(
            numbers=", ".join(d.credit_notes))) + "</p>")
    if d.note:
        out.append(f"<p>{escape(d.note)}</p>")
    return "\n".join(out)


def heading(d: InvoiceDetail) -> str:
    """« Facture F2026-00042 — Payée »; « Avoir A2026-00001 »."""
    title = f"{choice_label(d.row.kind)} {d.number}"
    return title if d.row.kind == "credit_note" else f"{title} — {choice_label(d.row.status)}"


__all__ = ["InvoicesModel", "KIND_FILTERS", "STATUS_FILTERS", "detail_html", "fmt_month",
           "fmt_quantity", "fmt_rate", "heading", "totals_line"]
