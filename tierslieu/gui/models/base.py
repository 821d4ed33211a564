"""A table model over a plain list of row objects (DTOs), sorted in Python, not in a proxy.

Subclasses only declare their columns::

    class OrganizationsModel(RowTableModel[OrganizationRow]):
        def __init__(self, parent=None):
            tr = lambda s: QCoreApplication.translate("OrganizationsModel", s)
            super().__init__([
                Column("name", tr("Name"), lambda r: r.name),
                Column("members", tr("Members"), lambda r: r.member_count,
                       sort_key=lambda r: r.member_count, align=RIGHT),
            ], parent)

Display strings are computed once per row, the first time it is shown (a view asks only
for the rows on screen), so ``data()`` — called thousands of times per paint — is a
couple of list lookups. Sorting works on a fold()ed key
(accent- and case-insensitive) unless the column gives its own ``sort_key``; it always starts
from the order given to ``set_rows``, so equal keys keep the service's order (stable, and
the same result whichever sort came before).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tierslieu.text import fold

# bound once: enum attribute look-ups inside data() cost measurably on a 10k-row view
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1      # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2     # the key the column sorts on
HORIZONTAL = Qt.Orientation.Horizontal
ASCENDING = Qt.SortOrder.AscendingOrder
DESCENDING = Qt.SortOrder.DescendingOrder

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

R = TypeVar("R")


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: ``title`` is already translated; ``getter`` returns what is displayed."""

    key: str
    title: str
    getter: Callable[[R], Any]
    sort_key: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[R], str | None] | None = None   # per cell; None: no tooltip
    header_tip: str = ""                                 # tooltip of the header itself


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _missing_last(key: Any) -> tuple[bool, Any]:
    # None never compares with dates or numbers; put empty cells after filled ones
    return (key is None or key == "", key if key is not None else "")


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Read-only table over ``list[R]``; the row object is under :data:`ROW_ROLE`."""

    sig_rows_changed = Signal(int)
    """The rows were replaced; carries the new row count (pages update empty state, status)."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[R]] = list(columns)
        self._given: list[R] = []          # order from set_rows: the base of every sort
        self._order: list[int] = []        # display position -> position in _given
        self._rows: list[R] = []
        self._cells: list[list[str] | None] = []    # rendered on first display
        self._sort_column = -1
        self._sort_order = ASCENDING

    # -- content ---------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    def column_index(self, key: str) -> int:
        for i, col in enumerate(self._columns):
            if col.key == key:
                return i
        raise KeyError(key)

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row, keeping the current sort."""
        self.beginResetModel()
        self._given = list(rows)
        self._apply_order()
        self.endResetModel()
        self.sig_rows_changed.emit(len(self._rows))

    def rows(self) -> list[R]:
        """The rows in display order (a copy)."""
        return list(self._rows)

    def row_at(self, index: QModelIndex | QPersistentModelIndex | int) -> R:
        row = index if isinstance(index, int) else index.row()
        return self._rows[row]

    def rows_at(self, indexes: Iterable[QModelIndex]) -> list[R]:
        """Distinct rows under ``indexes`` (a view's selection), in display order."""
        wanted = sorted({i.row() for i in indexes if i.isValid()})
        return [self._rows[r] for r in wanted]

    def find_row(self, predicate: Callable[[R], bool]) -> int:
        """Display position of the first row matching ``predicate``, or -1."""
        for i, row in enumerate(self._rows):
            if predicate(row):
                return i
        return -1

    def is_empty(self) -> bool:
        return not self._rows

    def _render(self, row: R) -> list[str]:
        return [_text(col.getter(row)) for col in self._columns]

    # -- Qt interface ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def cells(self, row: int) -> list[str]:
        """The display strings of a row, rendered the first time the row is shown: a view
        asks only for the rows on screen, so 10,000 members cost a screenful."""
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = self._render(self._rows[row])
        return cells

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role == ALIGNMENT:
            return self._columns[index.column()].align
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == TOOLTIP:
            tip = self._columns[index.column()].tooltip
            return tip(self._rows[index.row()]) if tip else None
        if role == SORT_ROLE:
            return self._key_for(self._columns[index.column()])(self._rows[index.row()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != HORIZONTAL or not 0 <= section < len(self._columns):
            return None
        if role == DISPLAY:
            return self._columns[section].title
        if role == TOOLTIP:
            return self._columns[section].header_tip or None
        if role == ALIGNMENT:
            return self._columns[section].align
        return None

    # -- sorting ---------------------------------------------------------------------------

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _key_for(self, col: Column[R]) -> Callable[[R], Any]:
        if col.sort_key is not None:
            custom = col.sort_key
            return lambda r: _missing_last(custom(r))
        getter = col.getter
        return lambda r: _missing_last(fold(_text(getter(r))))

    def _sorted_order(self) -> list[int]:
        """Positions in ``_given`` in display order."""
        n = len(self._given)
        if not 0 <= self._sort_column < len(self._columns):
            return list(range(n))
        key = self._key_for(self._columns[self._sort_column])
        keys = [key(r) for r in self._given]
        if self._sort_order == ASCENDING:
            return sorted(range(n), key=keys.__getitem__)
        # descending, but empty cells still last and ties still in the given order
        filled = [i for i in range(n) if not keys[i][0]]
        empty = [i for i in range(n) if keys[i][0]]
        filled.sort(key=lambda i: (keys[i], -i), reverse=True)
        return filled + empty

    def _apply_order(self) -> None:
        self._order = self._sorted_order()
        self._rows = [self._given[i] for i in self._order]
        self._cells = [None] * len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        """Sort in place; selection and current index follow their rows."""
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_given = [self._order[i.row()] if i.isValid() else -1 for i in old]
        self._apply_order()
        position = {g: n for n, g in enumerate(self._order)}
        new = [self.index(position[g], i.column()) if g >= 0 else QModelIndex()
               for i, g in zip(old, old_given, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
