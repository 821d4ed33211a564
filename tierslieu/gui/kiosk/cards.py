"""The kiosk directory's cards: a list model of :class:`KioskEntry`, a delegate that
paints each as a card (name, headline, organisations, skill pills, contacts at the
bottom) and a wrapping grid view whose columns fill the width.

The model only ever holds what ``directory.kiosk_search`` returned: the fields each
member chose to show, nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from tierslieu.services.directory import KioskEntry

# bound once: data() and paint() run for every card on every repaint
DISPLAY = Qt.ItemDataRole.DisplayRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1      # the KioskEntry itself
FIELDS_ROLE = Qt.ItemDataRole.UserRole + 2     # {field code: value}, only what was chosen
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ELIDE = Qt.TextElideMode.ElideRight
MIDDLE = Qt.TextElideMode.ElideMiddle     # an address keeps its domain

CARD_MIN_W = 360
CARD_H = 204
NAME_PT, BODY_PT, PILL_PT, CONTACT_PT = 17.0, 13.0, 12.0, 12.0
CARD_GAP = 14

_CARD_BG = QColor("#ffffff")
_CARD_BORDER = QColor("#dde3e6")
_INK = QColor("#1b2a30")
_MUTED = QColor("#546e7a")
_TEAL = QColor("#1f6f78")
_PILL = QColor("#e0f2f1")
_PILL_INK = QColor("#123f46")


class KioskDirectoryModel(QAbstractListModel):
    """The cards, one :class:`KioskEntry` per row (already filtered by the service)."""

    sig_rows_changed = Signal(int)
    """the rows were replaced; carries the new count"""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[KioskEntry] = []
        self._fields: list[dict[str, str]] = []
        self._spoken: list[str | None] = []

    def set_rows(self, rows: Iterable[KioskEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._fields = [dict(r.fields) for r in self._rows]
        self._spoken = [None] * len(self._rows)
        self.endResetModel()
        self.sig_rows_changed.emit(len(self._rows))

    def rows(self) -> list[KioskEntry]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role == DISPLAY:
            return self._rows[row].name
        if role == FIELDS_ROLE:
            return self._fields[row]
        if role == ENTRY_ROLE:
            return self._rows[row]
        if role == ACCESSIBLE:
            if self._spoken[row] is None:
                self._spoken[row] = self._speak(row)
            return self._spoken[row]
        return None

    def _speak(self, row: int) -> str:
        """What a screen reader says for a card: the name, then each shown field."""
        f = self._fields[row]
        parts = [self._rows[row].name, f.get("headline", ""), f.get("organizations", "")]
        labels = {
            "tags": QCoreApplication.translate("KioskDirectoryModel", "Skills: %1"),
            "email": QCoreApplication.translate("KioskDirectoryModel", "E-mail: %1"),
            "phone": QCoreApplication.translate("KioskDirectoryModel", "Phone: %1")}
        parts += [label.replace("%1", f[k]) for k, label in labels.items() if f.get(k)]
        return ". ".join(p for p in parts if p)


class CardDelegate(QStyledItemDelegate):
    """Paints a member's card: name, headline, organisations, skill pills, contacts."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        view = self.parent()
        width = view.card_width() if isinstance(view, CardGrid) else CARD_MIN_W
        return QSize(width, CARD_H)

    def paint(self, p: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        fields: dict[str, str] = index.data(FIELDS_ROLE) or {}
        name = str(index.data(DISPLAY) or "")
        rect = QRect(option.rect).adjusted(CARD_GAP // 2, CARD_GAP // 2,
                                           -CARD_GAP // 2, -CARD_GAP // 2)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        p.setPen(QPen(_TEAL, 2) if focused else QPen(_CARD_BORDER, 1))
        p.setBrush(_CARD_BG)
        p.drawRoundedRect(QRectF(rect), 14, 14)

        big, body, small = QFont(option.font), QFont(option.font), QFont(option.font)
        big.setPointSizeF(NAME_PT)
        big.setBold(True)
        body.setPointSizeF(BODY_PT)
        small.setPointSizeF(PILL_PT)
        italic = QFont(body)
        italic.setItalic(True)
        left, width = rect.left() + 18, rect.width() - 36
        y = rect.top() + 14

        def line(text: str, font: QFont, colour: QColor,
                 elide: Qt.TextElideMode = ELIDE) -> None:
            nonlocal y
            fm = QFontMetrics(font)
            p.setFont(font)
            p.setPen(colour)
            p.drawText(QRect(left, y, width, fm.height()), LEFT,
                       fm.elidedText(text, elide, width))
            y += fm.height() + 4

        line(name, big, _INK)
        if fields.get("headline"):
            line(fields["headline"], italic, _MUTED)
        if fields.get("organizations"):
            line(fields["organizations"], body, _TEAL)
        if fields.get("tags"):
            y += 2
            view = self.parent()
            chosen = view.highlight if isinstance(view, CardGrid) else ""
            tags = fields["tags"].split(", ")
            tags.sort(key=lambda tag: tag != chosen)     # the skill searched for first
            y = self._pills(p, tags, small, left, y, width, chosen) + 6
        # the contacts sit at the bottom of the card, where the eye looks for them
        contacts = [("✉  " + fields[k]) if k == "email" else ("☎  " + fields[k])
                    for k in ("email", "phone") if fields.get(k)]
        contact = QFont(option.font)
        contact.setPointSizeF(CONTACT_PT)
        step = QFontMetrics(contact).height() + 4
        y = max(y, rect.bottom() - 12 - step * len(contacts))
        for text in contacts:
            line(text, contact, _INK, MIDDLE)
        p.restore()

    @staticmethod
    def _pills(p: QPainter, tags: list[str], font: QFont, left: int, y: int,
               width: int, chosen: str = "") -> int:
        """One row of skill pills (``chosen`` filled); those that do not fit are counted
        in a last "+N"."""
        fm = QFontMetrics(font)
        h = fm.height() + 8
        p.setFont(font)
        x, right = left, left + width

        def pill(text: str) -> int:
            w = fm.horizontalAdvance(text) + 20
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_TEAL if chosen and text == chosen else _PILL)
            p.drawRoundedRect(QRectF(x, y, w, h), h / 2, h / 2)
            p.setPen(_CARD_BG if chosen and text == chosen else _PILL_INK)
            p.drawText(QRect(x, y, w, h), CENTER, text)
            return w + 6

        for i, tag in enumerate(tags):
            rest = len(tags) - i - 1
            reserve = fm.horizontalAdvance(f"+{rest}") + 26 if rest else 0
            if x + fm.horizontalAdvance(tag) + 20 + reserve <= right:
                x += pill(tag)
            elif i == 0:      # a single long skill: shortened, never dropped
                x += pill(fm.elidedText(tag, ELIDE, max(right - x - reserve - 20, 40)))
            else:
                pill(f"+{len(tags) - i}")
                break
        return y + h


class CardGrid(QListView):
    """Cards in rows that fill the width: as many columns as fit ``CARD_MIN_W``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlight = ""          # the skill chip chosen: its pill comes first, filled
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(CardDelegate(self))
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def card_width(self) -> int:
        avail = max(self.viewport().width() - 2, CARD_MIN_W)
        return avail // max(avail // CARD_MIN_W, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()   # the card width follows the view's
