"""What the Billing page's tabs and dialogs share: dates between Qt and Python, a form
field with its error label under it, amounts and VAT rates as French users type them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tierslieu.i18n import current_language
from tierslieu.services.billing.common import Month
from tierslieu.timeutil import MONTHS_EN, MONTHS_FR


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def error_label() -> QLabel:
    """A field's error line: red, wrapped, hidden until a message is set."""
    label = QLabel()
    label.setProperty("error", True)
    label.setWordWrap(True)
    label.hide()
    return label


def with_below(field: QWidget, *below: QWidget) -> QWidget:
    """A field with its error label (and hints) under it, as one row of a form; the row's
    label gives the focus to the field."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(field)
    for widget in below:
        lay.addWidget(widget)
    box.setFocusProxy(field)
    return box


def euros_text(cents: int) -> str:
    """Cents as a French amount without grouping: 34800 -> « 348,00 », -5 -> « -0,05 »
    (what a field is filled with, and what French Excel reads as a number)."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units},{rest:02d}"


def fmt_rate(rate_bp: int) -> str:
    """Basis points as a percentage: 2000 -> « 20 % », 550 -> « 5,5 % »."""
    whole, rest = divmod(rate_bp, 100)
    sep = "." if current_language() == "en" else ","
    text = f"{whole}" if not rest else f"{whole}{sep}{rest:02d}".rstrip("0")
    return f"{text}%" if current_language() == "en" else f"{text}\u00a0%"


def month_label(month: Month, *, capital: bool = True) -> str:
    """« Octobre 2026 » (a list item), « octobre 2026 » (in a sentence) / "October 2026"."""
    if current_language() == "en":
        return f"{MONTHS_EN[month.month - 1]} {month.year}"
    name = MONTHS_FR[month.month - 1]
    return f"{name.capitalize() if capital else name} {month.year}"


def search_field(name: str, placeholder: str, tip: str) -> QLineEdit:
    """A search field with its magnifier and clear button (the tab connects it)."""
    from tierslieu.gui.mentoring.common import icon

    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(tip)
    edit.setClearButtonEnabled(True)
    edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    return edit


def list_table(view: QTableView) -> QHeaderView:
    """A read-only list of rows: one row selected at a time, no grid, alternating rows,
    26-pixel lines, sortable; returns its header for the caller's columns."""
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    return header
