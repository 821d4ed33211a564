"""Small widgets of the home page, shared with the events page: a member picker, a titled
panel over a table view with an empty-state hint, and a headline tile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from tierslieu.gui.models.base import RowTableModel

SUGGESTIONS = 15
SUGGEST_DELAY_MS = 200
_RESIZE = QEvent.Type.Resize

PANEL_STYLE = """
QFrame#panel { background: #ffffff; border: 1px solid #d5dadd; border-radius: 6px; }
QLabel#panelTitle { font-size: 11pt; font-weight: 600; color: #263238; }
QFrame#tile { background: #ffffff; border: 1px solid #d5dadd; border-radius: 6px; }
QLabel#tileValue { font-size: 20pt; font-weight: 600; color: #1f6f78; }
QLabel#tileCaption { color: #546e7a; }
QLabel#tileValue[warn="true"] { color: #b3261e; }
"""


class MemberPicker(QLineEdit):
    """A line edit that suggests active members as you type; :meth:`person_id` is the one
    picked, or the only member matching the text, or None."""

    sig_chosen = Signal(int)
    """a member was picked from the suggestions (their id)"""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._choices: dict[str, int] = {}
        self._picked: int | None = None
        self.setClearButtonEnabled(True)
        self._completer = QCompleter(QStringListModel(self), self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(SUGGESTIONS)
        self._completer.activated.connect(self._chosen)
        self.setCompleter(self._completer)
        self._timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self.suggest)
        self.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self._picked = None
        self._timer.start()

    def suggest(self) -> None:
        text = self.text().strip()
        if not text or self._picked is not None:
            return
        labels = []
        for r in self._search(text, SUGGESTIONS):
            label = f"{r.first_name} {r.last_name}".strip() + (f" <{r.email}>" if r.email else "")
            self._choices[label] = r.id
            labels.append(label)
        model = self._completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(labels)
        if labels and self.hasFocus():
            self._completer.complete()

    def _chosen(self, label: str) -> None:
        self._picked = self._choices.get(label)
        if self._picked is not None:
            self.sig_chosen.emit(self._picked)

    def pick(self, person_id: int, label: str) -> None:
        """Set the member programmatically (tests, pre-filled dialogs)."""
        self._choices[label] = person_id
        self.setText(label)
        self._picked = person_id

    def person_id(self) -> int | None:
        if self._picked is not None:
            return self._picked
        text = self.text().strip()
        if not text:
            return None
        if text in self._choices:
            return self._choices[text]
        found = self._search(text, 2)
        return found[0].id if len(found) == 1 else None

    def _search(self, text: str, limit: int) -> list[Any]:
        # the member search is imported on the first keystroke, not at start-up
        from tierslieu.services import members
        from tierslieu.services.dto import MemberQuery

        return list(members.search(self.engine, MemberQuery(text=text, limit=limit)))

    def clear_choice(self) -> None:
        self._picked = None
        self.clear()


FIT_ROWS = 40     # rows past the visible ones measured to fit the columns


class Panel(QFrame):
    """A titled white card around a table view; a hint floats over an empty table."""

    def __init__(self, title: str, model: RowTableModel[Any], empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.model = model
        self.title_label = QLabel(title)
        self.title_label.setObjectName("panelTitle")
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.title_label, 1)
        self.view = QTableView(self)
        self.view.setAccessibleName(title)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setShowGrid(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # fit the columns to the rows on screen and a few more, not to every row: measuring
        # all of a busy day's rows asked the model for ~15,000 cells at each refresh
        header.setResizeContentsPrecision(FIT_ROWS)
        self.empty_label = QLabel(empty_text, self.view.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: #78909c; }")
        self.view.viewport().installEventFilter(self)
        model.sig_rows_changed.connect(self._update_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(self.header)
        layout.addWidget(self.view, 1)
        self._update_empty(model.rowCount())

    def stretch(self, column_key: str) -> None:
        """Let one column take the remaining width (the others fit their contents)."""
        self.view.horizontalHeader().setSectionResizeMode(
            self.model.column_index(column_key), QHeaderView.ResizeMode.Stretch)

    def add_button(self, widget: QWidget) -> None:
        self.header.addWidget(widget)

    def _update_empty(self, count: int) -> None:
        self.empty_label.setVisible(count == 0)
        self._place()

    def _place(self) -> None:
        area = self.view.viewport().rect()
        self.empty_label.setGeometry(area.adjusted(12, 0, -12, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _RESIZE:
            self._place()
        return super().eventFilter(watched, event)


class Tile(QFrame):
    """A headline figure: a big value over a caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.value_label = QLabel("—")
        self.value_label.setObjectName("tileValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("tileCaption")
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set(self, value: str, caption: str | None = None, *, warn: bool = False) -> None:
        self.value_label.setText(value)
        if caption is not None:
            self.caption_label.setText(caption)
        if bool(self.value_label.property("warn")) != warn:
            self.value_label.setProperty("warn", warn)
            self.value_label.style().unpolish(self.value_label)
            self.value_label.style().polish(self.value_label)
