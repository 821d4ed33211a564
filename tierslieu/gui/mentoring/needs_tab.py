"""The Needs tab: what each matched startup of the cohort expects from its mentors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout

from tierslieu.errors import TiersLieuError
from tierslieu.gui.errors import show_error
from tierslieu.gui.mentoring import dialogs
from tierslieu.gui.mentoring.common import CohortTab, EmptyHint, arrange, icon, table
from tierslieu.gui.mentoring.models import NeedsModel
from tierslieu.gui.models.base import ROW_ROLE

if TYPE_CHECKING:
    from tierslieu.gui.mentoring.page import MentoringPage
    from tierslieu.services.mentoring import NeedRow


class NeedsTab(CohortTab):
    def __init__(self, page: MentoringPage) -> None:
        super().__init__(page)
        self.model = NeedsModel(self)
        self.hint = QLabel(self.tr("The startups selected or incubated in the cohort. Needs "
                                   "are topics with a priority (1 nice to have, 3 essential); "
                                   "the matching looks for mentors who know them, speak the "
                                   "startup's language, its sector and stage. Double-click "
                                   "to edit."))
        self.hint.setWordWrap(True)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit the needs…"))
        self.edit_button.setToolTip(self.tr("Edit the selected startup's needs (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        head = QHBoxLayout()
        head.addWidget(self.hint, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.view = table(self.model, row_height=28)
        self.view.setAccessibleName(self.tr("Needs"))
        arrange(self.view, stretch=1, widths={0: 240, 2: 190, 3: 140})
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.act_edit = QAction(icon("edit"), self.tr("&Edit the needs…"), self)
        self.act_edit.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                    QKeySequence(Qt.Key.Key_Enter)])
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_edit.triggered.connect(self.edit_current)
        self.view.addAction(self.act_edit)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.empty = EmptyHint(self.view, self.tr("No startup of this cohort is selected or "
                                                  "incubated yet: there is nobody to match."))
        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(8)
        lay.addLayout(head)
        lay.addWidget(self.view, 1)
        self._update()

    def set_needs(self, rows: list[NeedRow]) -> None:
        keep = self.current()
        self.model.set_rows(rows)
        if keep is not None:
            row = self.model.find_row(lambda n: n.enrollment_id == keep.enrollment_id)
            if row >= 0:
                self.view.selectRow(row)
        self._update()

    def current(self) -> NeedRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update(self) -> None:
        can = self.current() is not None
        self.edit_button.setEnabled(can)
        self.act_edit.setEnabled(can)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.act_edit)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def edit_current(self) -> None:
        need = self.current()
        if need is None:
            self.page.sig_status.emit(self.tr("Choose a startup in the list first"))
            return
        sectors, stages = self.page.known_sectors_and_stages()
        try:
            dialog = dialogs.NeedDialog(self.page.ctx.engine, need, self, sectors=sectors,
                                        stages=stages)
        except TiersLieuError as exc:
            show_error(self, exc)
            return
        self.page.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        self.page.sig_status.emit(self.tr("Needs of {startup} saved").format(
            startup=dialog.saved.startup_name))
        self.page.reload_cohort()
