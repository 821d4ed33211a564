"""The members list: one row per :class:`PersonRow`.

Two ways to fill it. :meth:`MembersModel.set_rows` takes a list and sorts it in the model
(any list of people). :meth:`MembersModel.set_page` — what the members page does — takes
the ids of every match, already sorted in SQL, with the rows of the first screenful; the
other rows are fetched a block at a time (:data:`BLOCK` rows, one call of the ``fetch``
function, i.e. three statements) the first time the view asks for them. The row count,
the scroll bar, Ctrl+End, a selection and :meth:`position_of` cover every match from the
start, while only what is shown is read. There, a click on a header does not sort in
memory: :attr:`MembersModel.sig_sort_requested` asks the page to query again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tierslieu.gui.fmt import fmt_date
from tierslieu.gui.models.base import (
    ALIGNMENT,
    ASCENDING,
    DISPLAY,
    ROW_ROLE,
    SORT_ROLE,
    TOOLTIP,
    Column,
    RowTableModel,
)
from tierslieu.i18n import choice_label, current_language
from tierslieu.services.dto import PersonRow
from tierslieu.text import fold

log = logging.getLogger(__name__)

FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
BLOCK = 100       # rows fetched at once: a screenful or two

COL_NAME, COL_EMAIL, COL_PHONE, COL_ORGS, COL_CATEGORY, COL_JOINED, COL_TAGS, COL_STATUS = range(8)



def _name_key(r: PersonRow) -> str:
    # displayed "Hélène Le Clerc", but a directory is read by last name
    return f"{fold(r.last_name)} {fold(r.first_name)}"


def _joined_key(r: PersonRow) -> Any:
    return r.joined_on


def _list_tip(values: tuple[str, ...]) -> str | None:
    return "\n".join(values) if len(values) > 1 else None


def member_columns() -> list[Column[PersonRow]]:
    lang = current_language()
    return [
        Column("name", QCoreApplication.translate("MembersModel", "Name"), lambda r: r.display_name, sort_key=_name_key,
               tooltip=lambda r: r.email or None,
               header_tip=QCoreApplication.translate("MembersModel", "Sorted by last name, then first name")),
        Column("email", QCoreApplication.translate("MembersModel", "E-mail"), lambda r: r.email),
        Column("phone", QCoreApplication.translate("MembersModel", "Phone"), lambda r: r.phone),
        Column("organizations", QCoreApplication.translate("MembersModel", "Organisation(s)"), lambda r: r.organizations,
               tooltip=lambda r: _list_tip(r.organizations)),
        Column("category", QCoreApplication.translate("MembersModel", "Category"), lambda r: choice_label(r.public_category, lang)),
        Column("joined_on", QCoreApplication.translate("MembersModel", "Joined on"), lambda r: fmt_date(r.joined_on),
               sort_key=_joined_key),
        Column("tags", QCoreApplication.translate("MembersModel", "Tags"), lambda r: r.tags, tooltip=lambda r: _list_tip(r.tags)),
        Column("status", QCoreApplication.translate("MembersModel", "Status"), lambda r: choice_label(r.status, lang)),
    ]


class MembersModel(RowTableModel[PersonRow]):
    """Archived people stay readable but greyed and in italics, so a mixed list is clear.

    ``sql_sort``: sorting is the page's query (see :meth:`set_page`), not the model's.
    """

    sig_sort_requested = Signal(int, Qt.SortOrder)
    """column, order: the header was clicked (``sql_sort`` only); the page queries again"""

    def __init__(self, parent: QObject | None = None, *, sql_sort: bool = False) -> None:
        super().__init__(member_columns(), parent)
        self._sql_sort = sql_sort
        self._ids: list[int] | None = None        # set_page: every match, display order
        self._slots: list[PersonRow | None] = []    # set_page: fetched rows, None until then
        self._fetch: Callable[[list[int]], list[PersonRow]] | None = None
        self._archived_brush = QBrush(QColor(120, 120, 120))
        self._archived_font = QFont()
        self._archived_font.setItalic(True)

    # -- filled by the page: ids sorted in SQL, rows fetched as shown -------------------------

    def set_page(self, ids: Sequence[int], first_rows: Iterable[PersonRow],
                 fetch: Callable[[list[int]], list[PersonRow]]) -> None:
        """Every match's id in display order and the rows of the first ones; ``fetch(ids)``
        returns the rows of other ids (in any order; missing ids: deleted meanwhile)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._fetch = fetch
        self._slots = [None] * len(self._ids)
        for pos, row in enumerate(first_rows):
            if pos < len(self._ids) and self._ids[pos] == row.id:
                self._slots[pos] = row
        self._given, self._order, self._rows = [], [], []
        self._cells = [None] * len(self._ids)
        self.endResetModel()
        self.sig_rows_changed.emit(len(self._ids))

    def set_rows(self, rows: Iterable[PersonRow]) -> None:
        self._ids, self._fetch, self._slots = None, None, []
        super().set_rows(rows)

    def fetched(self) -> int:
        """How many rows have been read so far (all of them after :meth:`set_rows`)."""
        if self._ids is None:
            return len(self._rows)
        return sum(1 for r in self._slots if r is not None)

    def _load(self, positions: list[int]) -> None:
        wanted = [p for p in positions if self._slots[p] is None]
        if not wanted or self._fetch is None or self._ids is None:
            return
        ids = [self._ids[p] for p in wanted]
        try:
            found = {r.id: r for r in self._fetch(ids)}
        except Exception:  # noqa: BLE001 - painting must go on; the next refresh retries
            log.exception("members: fetching %d rows failed", len(ids))
            found = {}
        for pos, pid in zip(wanted, ids, strict=True):
            # a person deleted meanwhile keeps a blank line until the next refresh
            self._slots[pos] = found.get(pid) or PersonRow(pid, "", "", "", "", "", None, "")

    def _row(self, pos: int) -> PersonRow:
        if self._ids is None:
            return self._rows[pos]
        row = self._slots[pos]
        if row is None:
            start = pos - pos % BLOCK
            self._load(list(range(start, min(start + BLOCK, len(self._slots)))))
            row = self._slots[pos]
            assert row is not None
        return row

    # -- the row API of RowTableModel, over both ways -----------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._ids is None else len(self._ids)

    def is_empty(self) -> bool:
        return self.rowCount() == 0

    def rows(self) -> list[PersonRow]:
        """Every row in display order (fetching those not read yet)."""
        if self._ids is None:
            return list(self._rows)
        self._load(list(range(len(self._slots))))
        return [r for r in self._slots if r is not None]

    def row_at(self, index: QModelIndex | QPersistentModelIndex | int) -> PersonRow:
        return self._row(index if isinstance(index, int) else index.row())

    def rows_at(self, indexes: Iterable[QModelIndex]) -> list[PersonRow]:
        wanted = sorted({i.row() for i in indexes if i.isValid()})
        if self._ids is not None:
            self._load(wanted)      # a selection of thousands: one fetch, in chunks
        return [self._row(r) for r in wanted]

    def cells(self, row: int) -> list[str]:
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = self._render(self._row(row))
        return cells

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role == FOREGROUND:
            return self._archived_brush if self._row(index.row()).status == "archived" else None
        if role == FONT:
            return self._archived_font if self._row(index.row()).status == "archived" else None
        if role == ALIGNMENT:
            return self._columns[index.column()].align
        if role == ROW_ROLE:
            return self._row(index.row())
        if role == TOOLTIP:
            tip = self._columns[index.column()].tooltip
            return tip(self._row(index.row())) if tip else None
        if role == SORT_ROLE:
            return self._key_for(self._columns[index.column()])(self._row(index.row()))
        return None

    def ids(self) -> list[int]:
        return list(self._ids) if self._ids is not None else [r.id for r in self._rows]

    def position_of(self, person_id: int) -> int:
        if self._ids is not None:
            try:
                return self._ids.index(person_id)
            except ValueError:
                return -1
        return self.find_row(lambda r: r.id == person_id)

    def sort_key(self) -> tuple[str, bool]:
        """The service's sort (:data:`tierslieu.services.members.SORTS`) and descending."""
        column, order = self.sort_state()
        key = self._columns[column].key if 0 <= column < len(self._columns) else "name"
        return key, order != ASCENDING

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        if not self._sql_sort:
            super().sort(column, order)
            return
        changed = (column, order) != (self._sort_column, self._sort_order)
        self._sort_column, self._sort_order = column, order
        if changed:
            self.sig_sort_requested.emit(column, order)
