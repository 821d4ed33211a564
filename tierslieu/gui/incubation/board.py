"""The cohort board: one column per enrollment status, one card per startup.

A card is dragged by hand (press, move, release on the card, which keeps the mouse while a
button is held) rather than with QDrag: the board draws a ghost of the card, lights up the
columns the pipeline allows, and on release only *asks* for the move with
:attr:`CohortBoard.sig_move_requested`. The page decides (reason dialog, service call) and
reloads the board, so a refused move leaves every card where it was.
The same request comes from the card's context menu ("Move to…", also Ctrl+M).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tierslieu.db.models.incubation import ENROLLMENT_STATUSES
from tierslieu.gui import theme
from tierslieu.gui.fmt import fmt_date
from tierslieu.gui.incubation.models import fmt_hours, fmt_score, status_label
from tierslieu.services.incubation_dto import EnrollmentRow
from tierslieu.text import fold

STATUS_COLOURS = {
    "applied": "#78909c", "shortlisted": "#5c6bc0", "selected": "#00897b",
    "incubated": "#1f6f78", "graduated": "#2e7d32", "dropped": "#ef6c00",
    "rejected": "#b3261e",
}
COLUMN_MIN_WIDTH = 136
LEFT_BUTTON = Qt.MouseButton.LeftButton

_STYLE = """
QFrame#boardColumn { background: #eef1f3; border: 1px solid #dde2e5; border-radius: 6px; }
QFrame#boardColumn[drop="ok"] { background: #e3f2ef; border: 1px dashed #1f6f78; }
QFrame#boardColumn[drop="hover"] { background: #cfe9e4; border: 2px solid #1f6f78; }
QFrame#boardColumn[drop="no"] { background: #f4f5f6; border: 1px solid #e6e9eb; }
QLabel#columnTitle { font-weight: 600; color: #37474f; padding: 0 2px; }
QLabel#columnEmpty { color: #90a4ae; font-style: italic; padding: 8px 4px; }
QScrollArea#columnScroll, QWidget#columnBody { background: transparent; border: none; }
QFrame#card { background: #ffffff; border: 1px solid #d5dadd; border-radius: 5px; }
QFrame#card:focus { border: 2px solid #1f6f78; }
QFrame#card[selected="true"] { border: 2px solid #1f6f78; background: #f3fafa; }
QLabel#cardName { font-weight: 600; color: #263238; }
QLabel#cardFounders { color: #607d8b; font-size: 8.5pt; }
QLabel#badge { border-radius: 3px; padding: 1px 5px; font-size: 8pt;
               background: #eceff1; color: #37474f; }
QLabel#badge[tone="good"] { background: #e3f1e4; color: #1b5e20; }
QLabel#badge[tone="late"] { background: #fbe4e2; color: #b3261e; font-weight: 600; }
QLabel#badge[tone="score"] { background: #e8eaf6; color: #283593; }
"""


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def _badge(text: str, tone: str = "", tip: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("badge")
    if tone:
        label.setProperty("tone", tone)
    label.setToolTip(tip)
    return label


class StartupCard(QFrame):
    """A startup on the board; the board handles its drag, menu and keys."""

    def __init__(self, row: EnrollmentRow, board: CohortBoard) -> None:
        super().__init__()
        self.row = row
        self.board = board
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        colour = STATUS_COLOURS.get(row.status, "#78909c")
        self.setStyleSheet(f"QFrame#card {{ border-left: 4px solid {colour}; }}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 6, 6)
        lay.setSpacing(2)
        name = QLabel(row.startup_name)
        name.setObjectName("cardName")
        name.setWordWrap(True)
        lay.addWidget(name)
        if row.founders:
            founders = QLabel(", ".join(row.founders))
            founders.setObjectName("cardFounders")
            founders.setWordWrap(True)
            lay.addWidget(founders)
        badges = QHBoxLayout()
        badges.setSpacing(4)
        for badge in self._badges():
            badges.addWidget(badge)
        badges.addStretch(1)
        lay.addLayout(badges)
        for child in self.findChildren(QLabel):
            # the card, not its labels, receives the mouse (drag and double-click)
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setToolTip(self._tooltip())

    def _badges(self) -> list[QLabel]:
        r = self.row
        out: list[QLabel] = []
        if r.status in ("applied", "shortlisted", "selected") and r.average_score is not None:
            out.append(_badge(f"★ {fmt_score(r.average_score)}", "score", self.tr(
                "Average weighted score of %n reviewer(s), out of 5", "", r.reviewers)))
        if r.milestones_total:
            tone = "good" if r.milestones_reached == r.milestones_total else ""
            out.append(_badge(f"◆ {r.milestones_reached}/{r.milestones_total}", tone,
                              self.tr("Milestones reached")))
        if r.milestones_late:
            out.append(_badge(self.tr("%n late", "", r.milestones_late), "late",
                              self.tr("Milestones past their due date")))
        return out

    def _tooltip(self) -> str:
        r = self.row
        lines = [r.startup_name, self.tr("Applied on {date}").format(
            date=fmt_date(r.applied_on))]
        if r.incubation_start:
            lines.append(self.tr("Incubated since {date}").format(
                date=fmt_date(r.incubation_start)))
        if r.mentoring.budget_minutes:
            lines.append(self.tr("Mentoring: {used} used of {budget}").format(
                used=fmt_hours(r.mentoring.used_minutes),
                budget=fmt_hours(r.mentoring.budget_minutes)))
        lines.append(self.tr("Drag to another column, or Ctrl+M, to change the status;"
                             " double-click for the details"))
        return "\n".join(lines)

    # -- events, all handed to the board ------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == LEFT_BUTTON:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.board._press(self, event.globalPosition().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.board._drag_move(self, event.globalPosition().toPoint())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == LEFT_BUTTON:
            self.board._release(self, event.globalPosition().toPoint())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.board.sig_open.emit(self.row.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.board.show_menu(self, event.globalPos())

    def focusInEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.board._set_current(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.board.sig_open.emit(self.row.id)
        elif key == Qt.Key.Key_M and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.board.show_menu(self, self.mapToGlobal(self.rect().center()))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.board._navigate(self, key)
        else:
            super().keyPressEvent(event)


class StatusColumn(QFrame):
    """The cards of one status, in a vertical scroll area under a title with the count."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("boardColumn")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(5, 4, 5, 5)
        lay.setSpacing(4)
        head = QFrame()
        colour = STATUS_COLOURS.get(status, "#78909c")
        head.setObjectName("columnHead")
        head.setStyleSheet(f"QFrame#columnHead {{ border-bottom: 3px solid {colour}; }}")
        head_lay = QHBoxLayout(head)
        head_lay.setContentsMargins(0, 0, 0, 2)
        self.title = QLabel(status_label(status))
        self.title.setObjectName("columnTitle")
        self.title.setWordWrap(True)
        # two lines for every title, so long French labels keep the columns aligned
        self.title.setFixedHeight(2 * self.title.fontMetrics().lineSpacing() + 6)
        head_lay.addWidget(self.title, 1)
        lay.addWidget(head)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("columnScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("columnBody")
        self.cards_layout = QVBoxLayout(self.body)
        self.cards_layout.setContentsMargins(0, 2, 0, 2)
        self.cards_layout.setSpacing(6)
        self.scroll_area.setWidget(self.body)
        lay.addWidget(self.scroll_area, 1)
        self.cards: list[StartupCard] = []

    def set_cards(self, cards: list[StartupCard], empty_text: str) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # hidden and detached now: deleteLater alone leaves it painted until the
                # event loop runs, on top of the new cards
                widget.hide()
                widget.setParent(None)  # type: ignore[call-overload]
                widget.deleteLater()
        self.cards = cards
        for card in cards:
            self.cards_layout.addWidget(card)
        if not cards:
            empty = QLabel(empty_text)
            empty.setObjectName("columnEmpty")
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cards_layout.addWidget(empty)
        self.cards_layout.addStretch(1)
        self.title.setText(f"{status_label(self.status)}\u00a0·\u00a0{len(cards)}")
        self.title.setToolTip(self.tr("%n startup(s)", "", len(cards)))

    def set_drop(self, state: str) -> None:
        if self.property("drop") != state:
            self.setProperty("drop", state)
            _repolish(self)


class CohortBoard(QWidget):
    """The seven status columns of one cohort."""

    sig_move_requested = Signal(int, str)
    """a card was dropped on (or "moved to") another status: enrollment id, status code"""
    sig_open = Signal(int)
    """a card was double-clicked or Enter pressed: enrollment id"""
    sig_current = Signal(int)
    """the focused card changed: enrollment id"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(theme.adapt(_STYLE))
        self._rows: list[EnrollmentRow] = []
        self._filter = ""
        self._current_id: int | None = None
        self._pressed: StartupCard | None = None
        self._press_at = QPoint()
        self._hotspot = QPoint()
        self._ghost: QLabel | None = None
        self._dragging = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(6)
        self.columns: dict[str, StatusColumn] = {}
        for status in ENROLLMENT_STATUSES:
            col = StatusColumn(status)
            self.columns[status] = col
            row.addWidget(col, 1)
        self.scroll_area.setWidget(inner)
        outer.addWidget(self.scroll_area)

    # -- content --------------------------------------------------------------------------

    def set_rows(self, rows: list[EnrollmentRow]) -> None:
        self._rows = list(rows)
        self._rebuild()

    def set_filter(self, text: str) -> None:
        """Show only the startups whose name or founders contain ``text`` (any accents)."""
        self._filter = fold(text.strip())
        self._rebuild()

    def rows(self) -> list[EnrollmentRow]:
        return list(self._rows)

    def visible_rows(self) -> list[EnrollmentRow]:
        return [r for r in self._rows if self._matches(r)]

    def _matches(self, r: EnrollmentRow) -> bool:
        if not self._filter:
            return True
        return self._filter in fold(" ".join((r.startup_name, *r.founders)))

    def _rebuild(self) -> None:
        self._end_drag()
        empty = self.tr("No startup") if not self._filter else self.tr("No match")
        focused = self._current_id
        for status, col in self.columns.items():
            cards = [StartupCard(r, self) for r in self._rows
                     if r.status == status and self._matches(r)]
            col.set_cards(cards, empty)
        if focused is not None and self.card(focused) is not None:
            self._mark_selected(focused)

    def row(self, enrollment_id: int) -> EnrollmentRow | None:
        return next((r for r in self._rows if r.id == enrollment_id), None)

    def card(self, enrollment_id: int) -> StartupCard | None:
        for col in self.columns.values():
            for card in col.cards:
                if card.row.id == enrollment_id:
                    return card
        return None

    def column_ids(self, status: str) -> list[int]:
        """Enrollment ids shown in a column, top to bottom."""
        return [c.row.id for c in self.columns[status].cards]

    def current_id(self) -> int | None:
        return self._current_id

    # -- geometry helpers (tests drive the drag with them) --------------------------------

    def card_center(self, enrollment_id: int) -> QPoint:
        """Centre of a card, in board coordinates."""
        card = self.card(enrollment_id)
        if card is None:
            raise KeyError(enrollment_id)
        return card.mapTo(self, card.rect().center())

    def column_center(self, status: str) -> QPoint:
        """A point inside a column's card area (below its title), in board coordinates."""
        col = self.columns[status]
        return col.mapTo(self, QPoint(col.width() // 2, col.height() // 2))

    def column_rect(self, status: str) -> QRect:
        col = self.columns[status]
        return QRect(col.mapTo(self, QPoint(0, 0)), col.size())

    def column_at(self, pos: QPoint) -> str | None:
        """The status of the column under ``pos`` (board coordinates)."""
        for status in self.columns:
            if self.column_rect(status).contains(pos):
                return status
        return None

    # -- drag -----------------------------------------------------------------------------

    def _press(self, card: StartupCard, global_pos: QPoint) -> None:
        self._pressed = card
        self._press_at = global_pos
        self._hotspot = card.mapFromGlobal(global_pos)
        self._dragging = False

    def _drag_move(self, card: StartupCard, global_pos: QPoint) -> None:
        if self._pressed is not card:
            return
        if not self._dragging:
            if (global_pos - self._press_at).manhattanLength() < \
                    QApplication.startDragDistance():
                return
            self._start_drag(card)
        pos = self.mapFromGlobal(global_pos)
        if self._ghost is not None:
            self._ghost.move(pos - self._hotspot)
        hovered = self.column_at(pos)
        allowed = card.row.next_statuses
        for status, col in self.columns.items():
            if status == card.row.status:
                col.set_drop("")
            elif status in allowed:
                col.set_drop("hover" if status == hovered else "ok")
            else:
                col.set_drop("no")

    def _start_drag(self, card: StartupCard) -> None:
        self._dragging = True
        card.setCursor(Qt.CursorShape.ClosedHandCursor)
        ghost = QLabel(self)
        ghost.setPixmap(card.grab())
        ghost.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        effect = QGraphicsOpacityEffect(ghost)
        effect.setOpacity(0.85)
        ghost.setGraphicsEffect(effect)
        ghost.resize(card.size())
        ghost.show()
        ghost.raise_()
        self._ghost = ghost
        faded = QGraphicsOpacityEffect(card)
        faded.setOpacity(0.35)
        card.setGraphicsEffect(faded)

    def _release(self, card: StartupCard, global_pos: QPoint) -> None:
        was_dragging = self._dragging and self._pressed is card
        target = self.column_at(self.mapFromGlobal(global_pos))
        self._end_drag()
        if was_dragging and target is not None and target != card.row.status:
            self.sig_move_requested.emit(card.row.id, target)

    def _end_drag(self) -> None:
        if self._ghost is not None:
            self._ghost.deleteLater()
            self._ghost = None
        if self._pressed is not None:
            self._pressed.setGraphicsEffect(None)  # type: ignore[arg-type]
            self._pressed.setCursor(Qt.CursorShape.OpenHandCursor)
        self._pressed = None
        self._dragging = False
        for col in self.columns.values():
            col.set_drop("")

    def is_dragging(self) -> bool:
        return self._dragging

    # -- menu and keyboard ----------------------------------------------------------------

    def move_menu(self, card: StartupCard) -> QMenu:
        """The card's menu: open, and "Move to" every other status (illegal ones greyed)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open details"), lambda: self.sig_open.emit(card.row.id))
        sub = menu.addMenu(self.tr("Move to…"))
        for status in ENROLLMENT_STATUSES:
            if status == card.row.status:
                continue
            act = sub.addAction(status_label(status))
            act.setData(status)
            allowed = status in card.row.next_statuses
            act.setEnabled(allowed)
            act.triggered.connect(
                lambda _checked=False, s=status: self.sig_move_requested.emit(card.row.id, s))
        sub.setToolTipsVisible(True)
        return menu

    def show_menu(self, card: StartupCard, global_pos: QPoint) -> None:
        self.move_menu(card).exec(global_pos)

    def _set_current(self, card: StartupCard) -> None:
        self._mark_selected(card.row.id)
        self.sig_current.emit(card.row.id)

    def _mark_selected(self, enrollment_id: int) -> None:
        self._current_id = enrollment_id
        for col in self.columns.values():
            for c in col.cards:
                selected = c.row.id == enrollment_id
                if bool(c.property("selected")) != selected:
                    c.setProperty("selected", selected)
                    _repolish(c)

    def _navigate(self, card: StartupCard, key: int) -> None:
        statuses = list(self.columns)
        col_i = statuses.index(card.row.status)
        cards = self.columns[card.row.status].cards
        row_i = cards.index(card)
        target: StartupCard | None = None
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            j = row_i + (1 if key == Qt.Key.Key_Down else -1)
            target = cards[j] if 0 <= j < len(cards) else None
        else:
            step = 1 if key == Qt.Key.Key_Right else -1
            i = col_i + step
            while 0 <= i < len(statuses) and target is None:
                others = self.columns[statuses[i]].cards
                target = others[min(row_i, len(others) - 1)] if others else None
                i += step
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self.columns[target.row.status].scroll_area.ensureWidgetVisible(target)

    def focus_first(self) -> None:
        for col in self.columns.values():
            if col.cards:
                col.cards[0].setFocus(Qt.FocusReason.OtherFocusReason)
                return


__all__ = ["STATUS_COLOURS", "CohortBoard", "StartupCard", "StatusColumn"]
