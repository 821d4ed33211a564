"""The members list: one row per :class:`PersonRow`, sorted in the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tierslieu.gui.fmt import fmt_date
from tierslieu.gui.models.base import DISPLAY, Column, RowTableModel
from tierslieu.i18n import choice_label, current_language
from tierslieu.services.dto import PersonRow
from tierslieu.text import fold

FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole

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
    """Archived people stay readable but greyed and in italics, so a mixed list is clear."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(member_columns(), parent)
        self._archived_brush = QBrush(QColor(120, 120, 120))
        self._archived_font = QFont()
        self._archived_font.setItalic(True)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role == FOREGROUND:
            archived = self._rows[index.row()].status == "archived"
            return self._archived_brush if archived else None
        if role == FONT:
            return self._archived_font if self._rows[index.row()].status == "archived" else None
        return super().data(index, role)

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def position_of(self, person_id: int) -> int:
        return self.find_row(lambda r: r.id == person_id)
