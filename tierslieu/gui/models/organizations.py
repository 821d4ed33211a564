"""The organisations table: one OrganizationRow per line, sorted in the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tierslieu.gui.models.base import DISPLAY, RIGHT, Column, RowTableModel
from tierslieu.i18n import choice_label, current_language
from tierslieu.services.dto import OrganizationRow

FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ARCHIVED_BRUSH = QBrush(QColor("#8a969c"))


def format_siret(value: str) -> str:
    """``123 456 789 00012``: SIREN by threes, then the 5-digit establishment number."""
    digits = value.replace(" ", "")
    if not digits.isdigit() or len(digits) not in (9, 14):
        return value
    groups = [digits[0:3], digits[3:6], digits[6:9]]
    if len(digits) == 14:
        groups.append(digits[9:])
    return " ".join(groups)


def _tip(row: OrganizationRow) -> str | None:
    lines = [row.name]
    if row.website:
        lines.append(row.website)
    if row.phone:
        lines.append(row.phone)
    if row.notes:
        note = row.notes if len(row.notes) <= 200 else row.notes[:199] + "…"
        lines.append(note)
    return "\n".join(lines)


def _columns() -> list[Column[OrganizationRow]]:
    lang = current_language()

    # one translate() call per title, with a literal: lupdate extracts literals only
    return [
        Column("name", QCoreApplication.translate("OrganizationsModel", "Name"),
               lambda r: r.name, tooltip=_tip),
        Column("kind", QCoreApplication.translate("OrganizationsModel", "Kind"),
               lambda r: choice_label(r.kind, lang)),
        Column("city", QCoreApplication.translate("OrganizationsModel", "City"),
               lambda r: r.city),
        Column("members", QCoreApplication.translate("OrganizationsModel", "Members"),
               lambda r: r.member_count, sort_key=lambda r: r.member_count, align=RIGHT,
               header_tip=QCoreApplication.translate(
                   "OrganizationsModel", "People linked to the organisation")),
        Column("siret", QCoreApplication.translate("OrganizationsModel", "SIRET"),
               lambda r: format_siret(r.siret), sort_key=lambda r: r.siret),
        Column("email", QCoreApplication.translate("OrganizationsModel", "E-mail"),
               lambda r: r.email),
        Column("status", QCoreApplication.translate("OrganizationsModel", "Status"),
               lambda r: choice_label(r.status, lang)),
    ]


class OrganizationsModel(RowTableModel[OrganizationRow]):
    """Archived organisations are greyed, so they stand out when "All" is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == FOREGROUND:
            return _ARCHIVED_BRUSH if self._rows[index.row()].status == "archived" else None
        return super().data(index, role)

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]
