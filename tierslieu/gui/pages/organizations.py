"""The organisations page: instant search, kind and status filters, edit, archive."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tierslieu.db.models.organization import ORG_KINDS
from tierslieu.gui import settings_store
from tierslieu.gui.context import AppContext
from tierslieu.gui.dialogs.organization_dialog import OrganizationDialog
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_count
from tierslieu.gui.models.organizations import OrganizationsModel
from tierslieu.gui.permissions import guard, shown
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import choice_label, current_language
from tierslieu.services import organizations
from tierslieu.services.dto import OrganizationQuery, OrganizationRow
from tierslieu.text import fold

SEARCH_DELAY_MS = 200
HEADER_KEY = "organizations/table"
_DEFAULT_WIDTHS = (240, 115, 120, 80, 140, 230)
_RESIZE = QEvent.Type.Resize


def _icon(name: str) -> QIcon:
    # recoloured for a dark background in dark mode
    from tierslieu.gui.theme import icon as themed_icon

    return themed_icon(name)


class OrganizationsPage(QWidget):
    """Page protocol: ``icon_name``, ``page_title``, ``refresh``, ``focus_search``, ``new_item``."""

    icon_name = "organizations"

    sig_status = Signal(str)
    """text for the status bar"""
    sig_show_members = Signal(int)
    """the user asked for the members of this organisation (its id)"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = OrganizationsModel(self)
        self.dialog: OrganizationDialog | None = None
        self._keep_ids: set[int] = set()     # to select once the next answer is shown
        self._generation = 0                  # the newest request; older answers are dropped
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(400)
        self._header_timer.timeout.connect(self._save_header)
        self._build()
        self._build_actions()
        self._update_buttons()
        self.refresh()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name or city…"))
        self.search_edit.setToolTip(self.tr("Type to filter the list (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(180)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())

        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr("Show only one kind of organisation"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        lang = current_language()
        for code in sorted(ORG_KINDS, key=lambda c: fold(choice_label(c, lang))):
            self.kind_combo.addItem(choice_label(code, lang), code)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.status_combo = QComboBox()
        self.status_combo.setToolTip(self.tr("Active, archived or all organisations"))
        self.status_combo.addItem(self.tr("Active"), "active")
        self.status_combo.addItem(self.tr("Archived"), "archived")
        self.status_combo.addItem(self.tr("All"), "all")
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.new_button = QPushButton(_icon("add-white"), self.tr("New organisation"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Create an organisation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(_icon("edit"), self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the selected organisation (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(_icon("archive"), self.tr("Archive"))
        self.archive_button.setToolTip(
            self.tr("Archive the selected organisations (Del); they can be restored"))
        self.archive_button.clicked.connect(self.archive_selected)
        self.restore_button = QPushButton(_icon("restore"), self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Make the selected organisations active again"))
        self.restore_button.clicked.connect(self.restore_selected)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.status_combo)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.archive_button)
        bar.addWidget(self.restore_button)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        for column, width in enumerate(_DEFAULT_WIDTHS):
            header.resizeSection(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        settings_store.restore_header(HEADER_KEY, header)
        self.table.setSortingEnabled(True)  # sorts the model by the (restored) indicator
        header.sectionResized.connect(lambda *_a: self._header_timer.start())
        header.sectionMoved.connect(lambda *_a: self._header_timer.start())
        header.sortIndicatorChanged.connect(lambda *_a: self._header_timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selection())

        # the empty-state hint floats over the viewport so the header stays visible
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setProperty("hint", True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(self._on_hint_link)
        self.empty_label.hide()
        self.table.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        # the page title is drawn by the main window, above every page alike
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _build_actions(self) -> None:
        # shortcuts scoped to the table: Ctrl+N / Ctrl+F belong to the main window's menus
        scope = Qt.ShortcutContext.WidgetShortcut
        self.act_edit = QAction(_icon("edit"), self.tr("&Edit…"), self)
        self.act_edit.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                    QKeySequence(Qt.Key.Key_Enter)])
        self.act_edit.setShortcutContext(scope)
        self.act_edit.triggered.connect(self.edit_selected)
        self.act_archive = QAction(_icon("archive"), self.tr("&Archive…"), self)
        self.act_archive.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_archive.setShortcutContext(scope)
        self.act_archive.triggered.connect(self.archive_selected)
        self.act_restore = QAction(_icon("restore"), self.tr("&Restore"), self)
        self.act_restore.triggered.connect(self.restore_selected)
        self.act_members = QAction(_icon("members"), self.tr("Show &members"), self)
        self.act_members.setToolTip(self.tr("Open the members list filtered on this organisation"))
        self.act_members.triggered.connect(self.show_members)
        self.table.addAction(self.act_edit)
        self.table.addAction(self.act_archive)
        # (Edit stays: its dialog is also where a reader sees an organisation's file)
        guard("organizations.write", self.new_button, self.archive_button,
              self.restore_button, self.act_archive, self.act_restore)

    # -- page protocol ---------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Organisations")

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def new_item(self) -> None:
        self._open_dialog(None)

    def query(self) -> OrganizationQuery:
        return OrganizationQuery(text=self.search_edit.text().strip(),
                                 status=str(self.status_combo.currentData()),
                                 kind=self.kind_combo.currentData())

    @Slot()
    def refresh(self) -> None:
        """Reload from the database with the current search and filters."""
        self._search_timer.stop()
        query = self.query()
        engine = self.ctx.engine
        # what to select again is this request's: an answer still on its way (the page's
        # first load, say) must neither take it nor drop it
        keep = self._keep_ids | {r.id for r in self.selected_rows()}
        self._keep_ids = set()
        self._generation += 1
        generation = self._generation

        def done(rows: list[OrganizationRow]) -> None:
            if generation == self._generation:     # a slower, older answer is dropped
                self._show_rows(rows, keep)

        run_task(self, lambda _progress: organizations.search(engine, query),
                 on_done=done, label=self.tr("Loading organisations…"))

    # -- data ------------------------------------------------------------------------------

    def _show_rows(self, rows: list[OrganizationRow], keep: set[int] | None = None) -> None:
        self.model.set_rows(rows)
        if keep:
            self.select_ids(keep)
        self._update_empty_state()
        self._update_buttons()
        self._emit_status()

    def show_organization(self, org_id: int) -> None:
        """Show one organisation selected (from the home page's alerts): the search and
        the filters are cleared so that it is listed, archived or not."""
        for w in (self.search_edit, self.status_combo, self.kind_combo):
            w.blockSignals(True)
        self.search_edit.clear()
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData("all")))
        self.kind_combo.setCurrentIndex(0)
        for w in (self.search_edit, self.status_combo, self.kind_combo):
            w.blockSignals(False)
        self.table.clearSelection()
        self._keep_ids = {org_id}
        self.refresh()

    def select_ids(self, ids: set[int] | list[int]) -> None:
        wanted = set(ids)
        sel = self.table.selectionModel()
        sel.clearSelection()
        flags = (sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
        first = None
        for row, org in enumerate(self.model.rows()):
            if org.id in wanted:
                sel.select(self.model.index(row, 0), flags)
                first = first if first is not None else row
        if first is not None:
            self.table.scrollTo(self.model.index(first, 0))
            sel.setCurrentIndex(self.model.index(first, 0), sel.SelectionFlag.NoUpdate)

    def selected_rows(self) -> list[OrganizationRow]:
        sel = self.table.selectionModel()
        return self.model.rows_at(sel.selectedRows()) if sel is not None else []

    def _count_text(self, n: int) -> str:
        # explicit singular/plural instead of %n: English needs no translator this way
        if n == 0:
            return self.tr("No organisations")
        if n == 1:
            return self.tr("1 organisation")
        return self.tr("{n} organisations").format(n=fmt_count(n))

    def _emit_status(self) -> None:
        text = self._count_text(self.model.rowCount())
        selected = len(self.selected_rows())
        if selected > 1:
            text += " · " + self.tr("{n} selected").format(n=fmt_count(selected))
        self.sig_status.emit(text)

    def _update_empty_state(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        query = self.query()
        if query.text:
            text = self.tr("No organisation matches “{text}”.").format(
                text=html.escape(query.text))
            link = self.tr("Clear the search")
        elif query.kind or query.status != "active":
            text = self.tr("No organisation with these filters.")
            link = self.tr("Show all active organisations")
        else:
            text = self.tr("No organisations yet.")
            link = self.tr("Create the first one (Ctrl+N)")
        href = "new" if not (query.text or query.kind or query.status != "active") else "clear"
        self.empty_label.setText(f"<p>{text}</p><p><a href='{href}'>{html.escape(link)}</a></p>")
        self._place_empty_label()
        self.empty_label.show()

    def _place_empty_label(self) -> None:
        rect = self.table.viewport().rect()
        self.empty_label.setGeometry(rect.adjusted(24, 24, -24, -24))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _RESIZE and watched is self.table.viewport():
            self._place_empty_label()
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_hint_link(self, href: str) -> None:
        if href == "new":
            self.new_item()
        else:
            self.clear_filters()

    def clear_filters(self) -> None:
        for widget in (self.search_edit, self.kind_combo, self.status_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.kind_combo, self.status_combo):
            widget.blockSignals(False)
        self.refresh()

    # -- selection, menus ------------------------------------------------------------------

    def _on_selection(self) -> None:
        self._update_buttons()
        self._emit_status()

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        any_active = any(r.status == "active" for r in rows)
        any_archived = any(r.status == "archived" for r in rows)
        self.edit_button.setEnabled(len(rows) == 1)
        self.act_edit.setEnabled(len(rows) == 1)
        self.archive_button.setEnabled(any_active)
        self.act_archive.setEnabled(any_active)
        self.restore_button.setEnabled(any_archived)
        self.act_restore.setEnabled(any_archived)
        self.act_members.setEnabled(len(rows) == 1)
        # only the useful one of Archive / Restore takes room in the bar
        showing_archived = self.status_combo.currentData() != "active"
        shown(self.restore_button, showing_archived)
        shown(self.archive_button, self.status_combo.currentData() != "archived")

    def context_menu(self) -> QMenu:
        """The menu for the current selection (built fresh: its actions follow the selection)."""
        menu = QMenu(self)
        menu.addAction(self.act_edit)
        menu.addAction(self.act_members)
        menu.addSeparator()
        if self.act_archive.isEnabled():
            menu.addAction(self.act_archive)
        if self.act_restore.isEnabled():
            menu.addAction(self.act_restore)
        return menu

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

    # -- commands --------------------------------------------------------------------------

    def _open_dialog(self, org_id: int | None) -> None:
        try:
            dlg = OrganizationDialog(self.ctx, org_id, self)
        except Exception as exc:  # noqa: BLE001 - e.g. deleted meanwhile on another PC
            show_error(self, exc)
            self.refresh()
            return
        dlg.sig_saved.connect(self._on_saved)
        dlg.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dlg
        dlg.open()

    @Slot(int)
    def _on_saved(self, org_id: int) -> None:
        self.table.clearSelection()
        self._keep_ids = {org_id}
        self.refresh()

    @Slot()
    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self._open_dialog(rows[0].id)

    @Slot()
    def show_members(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.sig_show_members.emit(rows[0].id)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def archive_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == "active"]
        if not rows:
            return
        if len(rows) == 1:
            question = self.tr("Archive “{name}”?").format(name=rows[0].name)
        else:
            question = self.tr("Archive {n} organisations?").format(n=fmt_count(len(rows)))
        question += "\n\n" + self.tr("Archived organisations leave the active list; their "
                                     "members keep the link. You can restore them later "
                                     "from the “Archived” filter.")
        if not self._confirm(self.tr("Archive"), question):
            return
        self._set_status([r.id for r in rows], archive=True)

    @Slot()
    def restore_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == "archived"]
        if rows:
            self._set_status([r.id for r in rows], archive=False)

    def _set_status(self, ids: list[int], *, archive: bool) -> None:
        try:
            if archive:
                organizations.archive(self.ctx.engine, ids)
            else:
                organizations.restore(self.ctx.engine, ids)
        except Exception as exc:  # noqa: BLE001 - shown to the user, list reloaded
            show_error(self, exc)
        self.refresh()

    # -- settings --------------------------------------------------------------------------

    def _save_header(self) -> None:
        settings_store.save_header(HEADER_KEY, self.table.horizontalHeader())
