"""The Mentors tab: every mentor profile, a search filter, the profile editor."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tierslieu.errors import TiersLieuError
from tierslieu.gui.errors import show_error
from tierslieu.gui.mentoring import dialogs
from tierslieu.gui.mentoring.common import EmptyHint, arrange, icon, table
from tierslieu.gui.mentoring.models import MentorsModel
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.permissions import guard
from tierslieu.text import fold

if TYPE_CHECKING:
    from tierslieu.gui.mentoring.page import MentoringPage
    from tierslieu.services.mentoring import MentorRow

SEARCH_DELAY_MS = 150


def search_text(m: MentorRow) -> str:
    """What the search looks in — name, e-mail, expertise, sectors, stages, languages —
    as " word word …": a typed word must start one of them ("fin" finds "financement")."""
    text = fold(" ".join([m.name, m.email, *(t for t, _l in m.expertise), *m.sectors,
                          *m.stages, *m.languages]))
    return " " + " ".join(re.split(r"[\s,;()'’.@-]+", text))


class MentorsTab(QWidget):
    def __init__(self, page: MentoringPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.model = MentorsModel(self)
        self._all: list[MentorRow] = []
        self._keys: list[str] = []
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._build()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Search a mentor"))
        self.search_edit.setPlaceholderText(self.tr("Search a mentor, an expertise, a sector, "
                                                    "a language… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.count_label = QLabel()
        self.count_label.setProperty("hint", True)
        self.new_button = QPushButton(icon("add-white"), self.tr("New mentor"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Make a member a mentor (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_mentor)
        guard("mentoring.write", self.new_button)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the selected mentor's profile (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)

        self.view = table(self.model, row_height=28)
        self.view.setAccessibleName(self.tr("Mentors"))
        arrange(self.view, stretch=1, widths={0: 175, 2: 195, 3: 135, 4: 95})
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.act_edit = QAction(icon("edit"), self.tr("&Edit the profile…"), self)
        self.act_edit.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                    QKeySequence(Qt.Key.Key_Enter)])
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_edit.triggered.connect(self.edit_current)
        self.view.addAction(self.act_edit)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.empty = EmptyHint(self.view)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(8)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        self._update()

    # -- data -----------------------------------------------------------------------------

    def set_mentors(self, rows: list[MentorRow], *, select: int | None = None) -> None:
        current = self.current()
        keep = select if select is not None else (current.person_id if current else None)
        self._all = list(rows)
        self._keys = [search_text(m) for m in rows]
        self.apply_filter()
        if keep is not None:
            self.select(keep)

    def mentors(self) -> list[MentorRow]:
        return list(self._all)

    def apply_filter(self) -> None:
        self._timer.stop()
        words = [" " + w for w in re.split(r"[\s,;()'’.@-]+", fold(self.search_edit.text()))
                 if w]
        rows = [m for m, key in zip(self._all, self._keys, strict=True)
                if all(w in key for w in words)]
        self.model.set_rows(rows)
        if not self._all:
            self.empty.set_text(self.tr("No mentor yet. Any member can become one: "
                                        "“New mentor” (Ctrl+N) opens the profile."))
        else:
            self.empty.set_text(self.tr("No mentor matches “{text}”.").format(
                text=html.escape(self.search_edit.text().strip())))
        active = sum(1 for m in rows if m.active)
        self.count_label.setText(self.tr("{shown} of {total} mentors, {active} active").format(
            shown=len(rows), total=len(self._all), active=active) if self._all else "")
        self._update()

    def current(self) -> MentorRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, person_id: int) -> None:
        row = self.model.find_row(lambda m: m.person_id == person_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _update(self) -> None:
        can = self.current() is not None
        self.edit_button.setEnabled(can)
        self.act_edit.setEnabled(can)

    def _context_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.act_edit)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- editing --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def new_mentor(self) -> None:
        self._open(None)

    def edit_current(self) -> None:
        mentor = self.current()
        if mentor is None:
            self.page.sig_status.emit(self.tr("Choose a mentor in the list first"))
            return
        self._open(mentor)

    def _open(self, mentor: MentorRow | None) -> None:
        try:
            dialog = dialogs.MentorDialog(self.page.ctx.engine, mentor, self,
                                          taken={m.person_id for m in self._all})
        except TiersLieuError as exc:
            show_error(self, exc)
            return
        self.page.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        saved = dialog.saved
        self.page.sig_status.emit(self.tr("Profile of {name} saved").format(name=saved.name))
        self.page.reload_mentors(select=saved.person_id)
