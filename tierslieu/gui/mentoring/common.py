"""Small pieces the Mentoring tabs share: a table set-up, a hint over an empty table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget, QTableView, QWidget

from tierslieu.gui.incubation.detail import make_table
from tierslieu.gui.models.base import RowTableModel

if TYPE_CHECKING:
    from tierslieu.gui.mentoring.page import MentoringPage

_RESIZE = QEvent.Type.Resize


def icon(name: str) -> QIcon:
    # recoloured for a dark background in dark mode
    from tierslieu.gui.theme import icon as themed_icon

    return themed_icon(name)


# the score dialog's spin boxes: the application's style sheet leaves their buttons bare
SPIN_STYLE = """QSpinBox { padding-right: 20px; }
QSpinBox::up-button, QSpinBox::down-button {
    subcontrol-origin: border; width: 18px; border: none;
    border-left: 1px solid #c5ccd1; background: #f4f6f7;
}
QSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: 4px; }
QSpinBox::down-button { subcontrol-position: bottom right; border-bottom-right-radius: 4px; }
QSpinBox::up-button:hover, QSpinBox::down-button:hover { background: #e3eef0; }
QSpinBox::up-arrow { image: url(:/icons/chevron-up.svg); width: 8px; height: 8px; }
QSpinBox::down-arrow { image: url(:/icons/chevron-down.svg); width: 8px; height: 8px; }"""
DIALOG_STYLE = SPIN_STYLE + """
QDateEdit { padding-right: 22px; }
QDateEdit::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none;
}
QDateEdit::down-arrow { image: url(:/icons/chevron-down.svg); width: 10px; height: 10px; }
QComboBox[invalid="true"], QDateEdit[invalid="true"], QListView[invalid="true"] {
    border: 1px solid #b3261e; background: #fff6f5;
}"""

FIT = QHeaderView.ResizeMode.ResizeToContents
STRETCH = QHeaderView.ResizeMode.Stretch
INTERACTIVE = QHeaderView.ResizeMode.Interactive


def table(model: RowTableModel[Any], tip: str = "", *, row_height: int = 26) -> QTableView:
    view = make_table(model, tip)
    view.setShowGrid(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setHighlightSections(False)
    return view


def arrange(view: QTableView, *, stretch: int, widths: dict[int, int] | None = None) -> None:
    """Column ``stretch`` takes the room left; ``widths`` are set (and resizable); every
    other column fits its content (these tables have tens of rows, not thousands)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    widths = widths or {}
    for column in range(view.model().columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, STRETCH)
        elif column in widths:
            header.setSectionResizeMode(column, INTERACTIVE)
            header.resizeSection(column, widths[column])
        else:
            header.setSectionResizeMode(column, FIT)


class EmptyHint(QObject):
    """A hint label floating over a table's viewport while its model has no rows, so the
    header stays visible (as on the organisations page)."""

    def __init__(self, view: QTableView, text: str = "") -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setProperty("hint", True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.hide()
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.update)
        model.layoutChanged.connect(self.update)
        self.update()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update()

    def update(self) -> None:
        empty = self.view.model().rowCount() == 0 and bool(self.label.text())
        self.label.setVisible(empty)
        if empty:
            self._place()

    def _place(self) -> None:
        self.label.setGeometry(self.view.viewport().rect().adjusted(24, 12, -24, -12))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _RESIZE and watched is self.view.viewport():
            self._place()
        return super().eventFilter(watched, event)


class CohortTab(QStackedWidget):
    """A tab that needs a cohort: its content, or a hint while there is none."""

    def __init__(self, page: MentoringPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.content = QWidget()
        self.no_cohort = QLabel(self.tr("No cohort yet: mentoring pairs the startups "
                                        "selected or incubated in a cohort (see the "
                                        "Incubation page). To try it: tierslieu --demo."))
        self.no_cohort.setWordWrap(True)
        self.no_cohort.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_cohort.setProperty("hint", True)
        self.addWidget(self.content)
        self.addWidget(self.no_cohort)

    def set_has_cohort(self, has: bool) -> None:
        self.setCurrentWidget(self.content if has else self.no_cohort)
