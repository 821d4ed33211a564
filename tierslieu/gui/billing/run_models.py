"""Models of the billing run and debtors tabs, and the small formatting they share.

:class:`PreviewModel` is a two-level tree over a :class:`BillingPreview`: one top row per
draft invoice, its lines as children with their explanation. :class:`DebtorsModel` is the
aged debtors table, its totals row pinned at the bottom whatever the sort. Both are built
from the services' DTOs only.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from tierslieu.gui import theme
from tierslieu.gui.billing.common import euros_text, fmt_rate
from tierslieu.gui.billing.invoice_models import fmt_quantity
from tierslieu.gui.fmt import fmt_money
from tierslieu.gui.models.base import (
    ALIGNMENT,
    ASCENDING,
    DISPLAY,
    HORIZONTAL,
    LEFT,
    RIGHT,
    ROW_ROLE,
    TOOLTIP,
    Column,
    RowTableModel,
)
from tierslieu.i18n import field_label
from tierslieu.services.billing.common import Month
from tierslieu.services.billing.dto import AgedReport, AgedRow, DraftInvoice, DraftLine
from tierslieu.text import fold

FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
_TOP = 0            # internalId of a top row; a line's is its draft's position + 1


# called by this name with literal arguments: lupdate extracts translate("Context", "text")
translate = QCoreApplication.translate


# -- small formatting -----------------------------------------------------------------------

csv_amount = euros_text          # « 12,50 »: what French Excel reads as a number


def last_finished_month(today: date) -> Month:
    """The month before ``today``'s: on 26/11/2026, October 2026."""
    return Month.parse(date(today.year, today.month, 1) - timedelta(days=1))


def month_choices(today: date, back: int = 24) -> list[Month]:
    """The current month and the ``back`` months before it, newest first."""
    out = [Month.parse(today)]
    while len(out) <= back:
        out.append(Month.parse(out[-1].first - timedelta(days=1)))
    return out


def warning_text(warning: str) -> str:
    """A preview warning (``key:detail``) in words, with what fixes it."""
    key, _, detail = warning.partition(":")
    if key == "seller_incomplete":
        missing = ", ".join(field_label(f"seller_{m}") for m in detail.split(",") if m)
        return translate("RunTab", "The seller's identity is incomplete (missing: {missing}): "
                   "invoices cannot be issued until it is filled in on the Settings page "
                   "(Billing section).").format(missing=missing)
    return warning


def skip_label(reason: str) -> str:
    if reason == "zero":
        return translate("PreviewModel", "Nothing to pay: not issued")
    return reason


def quantity_cell(line: DraftLine) -> str:
    """A draft line's quantity as an issued invoice's detail shows it (« 1,5 h »)."""
    return fmt_quantity(line.quantity_milli, line.unit)


def _muted() -> QColor:
    return QColor("#7f8c92" if theme.is_dark() else "#90a4ae")


def _alert() -> QColor:
    return QColor("#ff8a80" if theme.is_dark() else "#b3261e")


# -- the preview tree -----------------------------------------------------------------------

# column order of the preview; the tab sizes them by these names
P_NAME, P_LINES, P_QTY, P_PRICE, P_EXCL, P_VAT, P_INCL, P_WHY = range(8)


class PreviewModel(QAbstractItemModel):
    """Draft invoices (top rows) and their lines (children); the draft or line object is
    under :data:`ROW_ROLE`. Top rows sort by any column and filter on the customer's name;
    lines keep the service's order."""

    sig_rows_changed = Signal(int)
    """the rows shown changed; carries how many drafts are shown"""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles = [translate("PreviewModel", "Customer / line"),
                        translate("PreviewModel", "Lines"),
                        translate("PreviewModel", "Quantity"),
                        translate("PreviewModel", "Unit price"),
                        translate("PreviewModel", "Excl. VAT"),
                        translate("PreviewModel", "VAT"),
                        translate("PreviewModel", "Incl. VAT"),
                        translate("PreviewModel", "Explanation")]
        self._tips = ["", translate("PreviewModel", "How many lines the invoice has"), "",
                      translate("PreviewModel", "Price of one unit, excluding VAT"), "",
                      translate("PreviewModel", "The invoice's VAT; on a line, its rate"), "",
                      translate("PreviewModel", "Why the line is there (dates, bookings, "
                                                "credits); on an invoice, why it will not "
                                                "be issued")]
        self._bold = QFont()              # the customers' names (made once, not per data())
        self._bold.setBold(True)
        self._drafts: list[DraftInvoice] = []
        self._shown: list[int] = []            # display row -> position in _drafts
        self._row_of: dict[int, int] = {}      # position in _drafts -> display row
        self._filter = ""
        self._sort_column = -1
        self._sort_order = ASCENDING
        self._cells: dict[tuple[int, int], list[str]] = {}   # (draft, line or -1) -> cells

    # -- content --------------------------------------------------------------------------

    def set_drafts(self, drafts: Sequence[DraftInvoice]) -> None:
        self.beginResetModel()
        self._drafts = list(drafts)
        self._cells.clear()
        self._apply()
        self.endResetModel()
        self.sig_rows_changed.emit(len(self._shown))

    def set_filter(self, text: str) -> None:
        """Only the customers whose name contains ``text`` (accents and case ignored)."""
        wanted = fold(text.strip())
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._apply()
        self.endResetModel()
        self.sig_rows_changed.emit(len(self._shown))

    def drafts(self) -> list[DraftInvoice]:
        """The drafts shown, in display order."""
        return [self._drafts[p] for p in self._shown]

    def draft_at(self, row: int) -> DraftInvoice:
        return self._drafts[self._shown[row]]

    def _apply(self) -> None:
        wanted = self._filter
        shown = [i for i, d in enumerate(self._drafts)
                 if not wanted or wanted in fold(d.customer.name)]
        key = self._sort_key(self._sort_column)
        if key is not None:
            shown.sort(key=lambda i: key(self._drafts[i]),
                       reverse=self._sort_order != ASCENDING)
        self._shown = shown
        self._row_of = {p: r for r, p in enumerate(shown)}

    @staticmethod
    def _sort_key(column: int) -> Any:
        by_name = lambda d: fold(d.customer.name)  # noqa: E731
        return {P_NAME: by_name,
                P_LINES: lambda d: (len(d.lines), by_name(d)),
                P_EXCL: lambda d: (d.totals.excl_cents, by_name(d)),
                P_VAT: lambda d: (d.totals.vat_cents, by_name(d)),
                P_INCL: lambda d: (d.totals.incl_cents, by_name(d)),
                P_WHY: lambda d: (d.skip_reason, by_name(d))}.get(column)

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        """Sort the invoices (not their lines); expansion and selection follow them."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = [i for i in self.persistentIndexList() if i.isValid() and i.internalId() == _TOP]
        positions = [self._shown[i.row()] for i in old]
        self._apply()
        # a line's index names its draft, not the draft's row: only top rows move
        self.changePersistentIndexList(old, [self.createIndex(self._row_of[p], i.column(), _TOP)
                                             for i, p in zip(old, positions, strict=True)])
        self.layoutChanged.emit()

    # -- Qt interface ---------------------------------------------------------------------

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
              ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, self._shown[parent.row()] + 1)

    def parent(self, child: Any = None) -> Any:  # type: ignore[override]
        if child is None:          # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(self._row_of[child.internalId() - 1], 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._shown)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0
        return len(self._drafts[self._shown[parent.row()]].lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._titles)

    def _item(self, index: QModelIndex | QPersistentModelIndex
              ) -> tuple[DraftInvoice, DraftLine | None, tuple[int, int]]:
        ident = index.internalId()
        if ident == _TOP:
            pos = self._shown[index.row()]
            return self._drafts[pos], None, (pos, -1)
        draft = self._drafts[ident - 1]
        return draft, draft.lines[index.row()], (ident - 1, index.row())

    def _render(self, draft: DraftInvoice, line: DraftLine | None) -> list[str]:
        if line is None:
            t = draft.totals
            return [draft.customer.name, str(len(draft.lines)), "", "", fmt_money(t.excl_cents),
                    fmt_money(t.vat_cents), fmt_money(t.incl_cents),
                    skip_label(draft.skip_reason)]
        return [line.label, "", quantity_cell(line), fmt_money(line.unit_price_cents),
                fmt_money(line.amount_excl_cents), fmt_rate(line.vat_rate_bp), "", line.detail]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            draft, line, key = self._item(index)
            cells = self._cells.get(key)
            if cells is None:
                cells = self._cells[key] = self._render(draft, line)
            return cells[index.column()]
        if role == ALIGNMENT:
            return RIGHT if P_LINES <= index.column() <= P_INCL else LEFT
        if role == ROW_ROLE:
            draft, line, _key = self._item(index)
            return line if line is not None else draft
        if role == FOREGROUND:
            draft, _line, _key = self._item(index)
            return _muted() if draft.skip_reason else None
        if role == FONT and index.internalId() == _TOP and index.column() == P_NAME:
            return self._bold
        if role == TOOLTIP:
            return self._tooltip(index)
        return None

    def _tooltip(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        draft, line, _key = self._item(index)
        if line is None:
            tip = draft.customer.name
            if draft.customer.email:
                tip += f"\n{draft.customer.email}"
            if draft.skip_reason:
                tip += "\n" + skip_label(draft.skip_reason)
            return tip
        tip = line.label + (f"\n{line.detail}" if line.detail else "")
        if line.booking_ids:
            tip += "\n" + translate("PreviewModel", "Bookings: {n}").format(
                n=len(line.booking_ids))
        return tip

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != HORIZONTAL or not 0 <= section < len(self._titles):
            return None
        if role == DISPLAY:
            return self._titles[section]
        if role == TOOLTIP:
            return self._tips[section] or None
        if role == ALIGNMENT:
            return RIGHT if P_LINES <= section <= P_INCL else LEFT
        return None


# -- the aged debtors -----------------------------------------------------------------------

D_NAME, D_NOT_DUE, D_0_30, D_31_60, D_61_90, D_OVER_90, D_TOTAL, D_OLDEST = range(8)
BUCKETS = ("not_due_cents", "d0_30_cents", "d31_60_cents", "d61_90_cents", "over_90_cents")


def _name(r: AgedRow) -> str:
    return r.customer.name if r.customer is not None else translate("DebtorsModel", "Total")


def _oldest(r: AgedRow) -> str:
    if not r.invoices:
        return ""
    more = len(r.invoices) - 1
    return r.invoices[0] + (f" (+{more})" if more else "")


def _invoices_tip(r: AgedRow) -> str | None:
    if not r.invoices:
        return None
    return translate("DebtorsModel", "Unpaid, oldest first: {numbers}\nDouble-click or Enter opens "
               "the oldest").format(numbers=", ".join(r.invoices))


def _money_column(key: str, title: str, attr: str, tip: str) -> Column[AgedRow]:
    return Column(key, title, lambda r: fmt_money(getattr(r, attr)),
                  sort_key=lambda r: getattr(r, attr), align=RIGHT, header_tip=tip)


class DebtorsModel(RowTableModel[AgedRow]):
    """Per customer, what is due by days past the due date; the totals row stays last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("customer", translate("DebtorsModel", "Customer"), _name,
                   tooltip=lambda r: r.customer.email or None if r.customer else None),
            _money_column("not_due", translate("DebtorsModel", "Not yet due"), "not_due_cents",
                          translate("DebtorsModel", "Due date not reached")),
            _money_column("d0_30", translate("DebtorsModel", "0–30 days"), "d0_30_cents",
                          translate("DebtorsModel", "Up to 30 days past the due date")),
            _money_column("d31_60", translate("DebtorsModel", "31–60 days"), "d31_60_cents",
                          translate("DebtorsModel", "31 to 60 days past the due date")),
            _money_column("d61_90", translate("DebtorsModel", "61–90 days"), "d61_90_cents",
                          translate("DebtorsModel", "61 to 90 days past the due date")),
            _money_column("over_90", translate("DebtorsModel", "> 90 days"), "over_90_cents",
                          translate("DebtorsModel", "More than 90 days past the due date")),
            Column("total", translate("DebtorsModel", "Total due"),
                   lambda r: fmt_money(r.total_cents), sort_key=lambda r: r.total_cents,
                   align=RIGHT),
            Column("oldest", translate("DebtorsModel", "Oldest unpaid"), _oldest,
                   sort_key=lambda r: r.invoices[:1], tooltip=_invoices_tip,
                   header_tip=translate("DebtorsModel",
                                        "The oldest unpaid invoice (and how many more)")),
        ], parent)

    def set_report(self, report: AgedReport) -> None:
        """The customers, then the totals row (none when nobody owes anything)."""
        self.set_rows([*report.rows, report.totals] if report.rows else [])

    def customers(self) -> list[AgedRow]:
        return [r for r in self.rows() if r.customer is not None]

    def _sorted_order(self) -> list[int]:
        order = super()._sorted_order()
        return [i for i in order if self._given[i].customer is not None] + \
            [i for i in order if self._given[i].customer is None]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == FOREGROUND:
            if index.column() == D_OVER_90 and self._rows[index.row()].over_90_cents:
                return _alert()
            return None
        if role == FONT:
            if self._rows[index.row()].customer is None:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


def debtors_csv_rows(model: DebtorsModel) -> list[list[str]]:
    """The table as shown (header, customers in the view's order, totals), amounts « 12,50 »."""
    from tierslieu.io.csv_members import protect

    titles = [str(model.headerData(c, HORIZONTAL)) for c in range(D_OLDEST)]
    out = [[*titles, translate("DebtorsModel", "Unpaid invoices")]]
    for r in model.rows():
        out.append([protect(_name(r)), *(csv_amount(getattr(r, b)) for b in BUCKETS),
                    csv_amount(r.total_cents), " ".join(r.invoices)])
    return out


def write_csv(path: str | Path, rows: list[list[str]]) -> int:
    """``;``-separated, UTF-8 with a BOM (French Excel opens it right); returns data rows."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return len(rows) - 1
