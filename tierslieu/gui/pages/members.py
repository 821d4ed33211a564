"""The members page: instant search, filters, a sortable table, archive and restore.

At 10,000 members the page reads every match's id, sorted in SQL on the column clicked,
and the rows of the first screenful (:func:`tierslieu.services.members.search_page`);
the model fetches the other rows a block at a time as they are shown. Opening the page
no longer reads 10,000 people with their organisations and tags to sort them in Python.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QHideEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import tierslieu.gui.resources_rc  # noqa: F401  (registers :/icons when run without the app)
from tierslieu import timeutil
from tierslieu.db.models.person import PUBLIC_CATEGORIES
from tierslieu.gui import settings_store
from tierslieu.gui.context import AppContext
from tierslieu.gui.errors import show_error
from tierslieu.gui.models.members import (
    BLOCK,
    COL_CATEGORY,
    COL_EMAIL,
    COL_JOINED,
    COL_NAME,
    COL_ORGS,
    COL_PHONE,
    COL_STATUS,
    COL_TAGS,
    MembersModel,
)
from tierslieu.gui.permissions import guard
from tierslieu.gui.tasks import run_task
from tierslieu.i18n import choice_label, current_language
from tierslieu.services import members, organizations
from tierslieu.services.dto import MemberQuery, PersonRow

SETTINGS_KEY = "members_page"
SEARCH_DELAY_MS = 200
# first-run widths: every column fits a 1280-pixel window without a horizontal scrollbar
_WIDTHS = {COL_NAME: 165, COL_EMAIL: 200, COL_PHONE: 125, COL_ORGS: 165, COL_CATEGORY: 120,
           COL_JOINED: 90, COL_TAGS: 130, COL_STATUS: 70}


def _icon(name: str) -> QIcon:
    # recoloured for a dark background in dark mode
    from tierslieu.gui.theme import icon as themed_icon

    return themed_icon(name)


class MembersPage(QWidget):
    """Everyone the tiers-lieu knows; the main window's menus call the page protocol."""

    icon_name = "members"

    sig_status = Signal(str)
    """text for the status bar"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MembersModel(self, sql_sort=True)
        self._total = 0
        self._generation = 0            # answers of superseded searches are dropped
        self._dialog: QWidget | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_rows)
        self._header_timer = QTimer(self, singleShot=True, interval=400)
        self._header_timer.timeout.connect(self._save_header)
        self._build()
        self._build_actions()
        self._restore_header()
        # a click on a header queries again, sorted in SQL (after the saved sort is restored)
        self.model.sig_sort_requested.connect(lambda *_: self.refresh_rows())
        self.refresh()

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("memberSearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, e-mail, organisation, tag…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)  # the first thing a front desk types into
        self.search_edit.addAction(_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setToolTip(self.tr(
            "Type part of a name, e-mail, organisation or tag; accents and case do not "
            "matter (Ctrl+F)"))
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.installEventFilter(self)

        self.status_combo = self._combo(self.tr("Show active, archived or all members"))
        for text, code in ((self.tr("Active"), "active"), (self.tr("Archived"), "archived"),
                           (self.tr("All"), "all")):
            self.status_combo.addItem(text, code)
        self.status_combo.setMinimumContentsLength(7)
        self.org_combo = self._combo(self.tr("Only the members of one organisation"))
        self.org_combo.setMinimumContentsLength(16)
        self.tag_combo = self._combo(self.tr("Only the members with one tag"))
        self.tag_combo.setMinimumContentsLength(10)
        self.category_combo = self._combo(self.tr("Only one public category"))
        self.category_combo.addItem(self.tr("All categories"), None)
        self.category_combo.setMinimumContentsLength(12)
        lang = current_language()
        for code in PUBLIC_CATEGORIES:
            self.category_combo.addItem(choice_label(code, lang), code)

        self.new_button = self._tool_button(
            "add", self.tr("New"), self.tr("Create a member (Ctrl+N)"), self.new_item)
        self.import_button = self._tool_button(
            "import", self.tr("Import…"), self.tr("Import members from a CSV file (Ctrl+I)"),
            self.import_csv)
        self.export_button = self._tool_button(
            "export", self.tr("Export…"),
            self.tr("Export the members shown to a CSV file for Excel (Ctrl+E)"),
            self.export_csv)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search_edit, 3)
        for combo in (self.status_combo, self.org_combo, self.tag_combo, self.category_combo):
            bar.addWidget(combo)
        bar.addSpacing(12)
        # import and export also live in the File menu (Ctrl+I, Ctrl+E): icons are enough here
        for button in (self.import_button, self.export_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for button in (self.new_button, self.import_button, self.export_button):
            bar.addWidget(button)

        self.view = QTableView(self)
        self.view.setObjectName("membersView")
        self.view.setAccessibleName(self.tr("Members"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)     # double-click and Enter
        vheader = self.view.verticalHeader()
        vheader.setVisible(False)
        # fixed row heights: no per-row size hints to compute on 10,000 people
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for col, width in _WIDTHS.items():
            header.resizeSection(col, width)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.sectionResized.connect(lambda *_: self._header_timer.start())
        header.sectionMoved.connect(lambda *_: self._header_timer.start())
        header.sortIndicatorChanged.connect(lambda *_: self._save_header())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)

        # the empty-state hint floats over the table's viewport, so the headers stay visible
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName("membersEmptyHint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setStyleSheet("QLabel { font-size: 11pt; }")
        self.empty_label.setProperty("muted", True)     # its colour: app.qss / app-dark.qss
        self.empty_label.linkActivated.connect(self._empty_link)
        self.empty_label.hide()
        self.view.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        for combo in (self.status_combo, self.org_combo, self.tag_combo, self.category_combo):
            combo.currentIndexChanged.connect(self.refresh_rows)

    def _combo(self, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMaxVisibleItems(25)
        return combo

    def _tool_button(self, icon: str, text: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(_icon(icon))
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _build_actions(self) -> None:
        def action(icon: str | None, text: str, slot: Any, keys: str | None = None) -> QAction:
            act = QAction(_icon(icon) if icon else QIcon(), text, self.view)
            if keys:
                act.setShortcut(QKeySequence(keys))
                # only while the table has focus: the window owns the global shortcuts
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.view.addAction(act)
            act.triggered.connect(slot)
            return act

        self.act_edit = action("edit", self.tr("&Edit…"), self.edit_selected)
        self.act_archive = action("archive", self.tr("&Archive…"), self.archive_selected, "Del")
        self.act_restore = action("restore", self.tr("&Restore"), self.restore_selected)
        self.act_copy = action(None, self.tr("&Copy e-mail addresses"), self.copy_emails,
                               "Ctrl+Shift+C")
        self.act_edit.setToolTip(self.tr("Open the selected member (Enter or double-click)"))
        # (Edit stays: its dialog is also where a reader sees a member's file)
        guard("members.write", self.new_button, self.act_archive, self.act_restore)
        guard("members.import", self.import_button)
        guard("members.export", self.export_button)
        self._update_actions()

    # -- page protocol --------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Members")

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def new_item(self) -> None:
        self._open_dialog(None)

    def refresh(self) -> None:
        """Reload the filter choices (organisations and tags may have changed), then the rows."""
        self._reload_choices()
        self.refresh_rows()

    def filter_by_organization(self, org_id: int) -> None:
        """Show the members of one organisation, clearing the other filters."""
        self._reload_choices(extra_org=org_id)
        for combo in (self.org_combo, self.tag_combo, self.category_combo):
            combo.blockSignals(True)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.tag_combo.setCurrentIndex(0)
        self.category_combo.setCurrentIndex(0)
        self.org_combo.setCurrentIndex(max(0, self.org_combo.findData(org_id)))
        for w in (self.org_combo, self.tag_combo, self.category_combo, self.search_edit):
            w.blockSignals(False)
        self.refresh_rows()

    # -- loading --------------------------------------------------------------------------

    def _reload_choices(self, extra_org: int | None = None) -> None:
        engine = self.ctx.engine
        orgs = organizations.names(engine)
        wanted_org = extra_org if extra_org is not None else self.org_combo.currentData()
        if wanted_org is not None and all(oid != wanted_org for oid, _n in orgs):
            # an archived organisation can still be filtered on when asked explicitly
            orgs += [(oid, n) for oid, n in organizations.names(engine, include_archived=True)
                     if oid == wanted_org]
        self._refill(self.org_combo, self.tr("All organisations"), orgs)
        tags = [(t, t) for t in members.all_tags(engine)]
        self._refill(self.tag_combo, self.tr("All tags"), tags)

    @staticmethod
    def _refill(combo: QComboBox, all_text: str, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def query(self) -> MemberQuery:
        return MemberQuery(
            text=self.search_edit.text(), status=self.status_combo.currentData() or "active",
            organization_id=self.org_combo.currentData(), tag=self.tag_combo.currentData(),
            category=self.category_combo.currentData())

    def _filtered(self, q: MemberQuery) -> bool:
        return bool(q.text.strip() or q.organization_id is not None or q.tag or q.category)

    def refresh_rows(self) -> None:
        """Run the search now (the search field calls it ~200 ms after the last key)."""
        self._search_timer.stop()
        self._generation += 1
        generation, q, engine = self._generation, self.query(), self.ctx.engine
        status = None if q.status == "all" else q.status
        sort, descending = self.model.sort_key()
        lang = current_language()

        def work(_progress: Any) -> tuple[members.MemberPage, int]:
            return (members.search_page(engine, q, sort=sort, descending=descending,
                                        first=BLOCK, lang=lang),
                    members.count(engine, status))

        def done(result: tuple[members.MemberPage, int]) -> None:
            if generation == self._generation:
                self._show_rows(*result, q)

        run_task(self, work, on_done=done, label=self.tr("Searching members…"))

    def _show_rows(self, found: members.MemberPage, total: int, q: MemberQuery) -> None:
        selected = set(self._selected_ids())
        current = self.view.currentIndex()
        current_id = self.model.row_at(current).id if current.isValid() else None
        self._total = total
        engine = self.ctx.engine
        # the other rows a block at a time, on the GUI thread as the view paints them
        self.model.set_page(found.ids, found.rows, lambda ids: members.rows_for(engine, ids))
        self._reselect(selected, current_id)
        self._update_empty_state(q)
        self._update_actions()
        self.sig_status.emit(self.status_text())

    def _reselect(self, ids: set[int], current_id: int | None) -> None:
        if not ids and current_id is None:
            return
        selection = self.view.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for pos, pid in enumerate(self.model.ids()):
            if pid in ids:
                selection.select(self.model.index(pos, 0), flags)
            if pid == current_id:
                selection.setCurrentIndex(self.model.index(pos, 0),
                                          selection.SelectionFlag.NoUpdate)

    def status_text(self) -> str:
        shown = self.model.rowCount()
        if shown == self._total:
            return self.tr("%n member(s)", "", shown)
        return self.tr("%1 of %n member(s) match", "", self._total).replace("%1", str(shown))

    # -- empty state ----------------------------------------------------------------------

    def _update_empty_state(self, q: MemberQuery) -> None:
        if not self.model.is_empty():
            self.empty_label.hide()
            return
        if q.text.strip():
            text = self.tr("No member matches “%1”.").replace("%1", _escape(q.text.strip()))
            text += "<br><a href='clear'>" + self.tr("Clear the search") + "</a>"
        elif self._filtered(q):
            text = (self.tr("No member matches these filters.") + "<br><a href='clear'>"
                    + self.tr("Clear the filters") + "</a>")
        elif q.status == "archived":
            text = self.tr("No archived members.")
        else:
            text = self.tr("No members yet. <a href='import'>Import a CSV file</a> or "
                           "<a href='new'>create one</a> with Ctrl+N.")
        self.empty_label.setText(text)
        self._place_empty_label()
        self.empty_label.show()

    def _place_empty_label(self) -> None:
        area = self.view.viewport().rect()
        self.empty_label.setGeometry(area.adjusted(40, 0, -40, -area.height() // 3))

    def _empty_link(self, href: str) -> None:
        if href == "clear":
            self.clear_filters()
        elif href == "import":
            self.import_csv()
        elif href == "new":
            self.new_item()

    def clear_filters(self) -> None:
        for w in (self.search_edit, self.org_combo, self.tag_combo, self.category_combo):
            w.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.org_combo, self.tag_combo, self.category_combo):
            combo.setCurrentIndex(0)
        for w in (self.search_edit, self.org_combo, self.tag_combo, self.category_combo):
            w.blockSignals(False)
        self.refresh_rows()
        self.search_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_label()
        elif (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
              and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # type: ignore[attr-defined]
            # from the search field straight into the results, like a launcher
            self.refresh_rows()
            if self.model.rowCount():
                self.view.setFocus()
                self.view.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- selection and actions ------------------------------------------------------------

    def selected_rows(self) -> list[PersonRow]:
        return self.model.rows_at(self.view.selectionModel().selectedRows())

    def _selected_ids(self) -> list[int]:
        ids = self.model.ids()
        return [ids[i.row()] for i in self.view.selectionModel().selectedRows()
                if i.isValid() and i.row() < len(ids)]

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        self.act_edit.setEnabled(len(rows) == 1)
        self.act_archive.setEnabled(any(r.status == "active" for r in rows))
        self.act_restore.setEnabled(any(r.status == "archived" for r in rows))
        self.act_copy.setEnabled(any(r.email for r in rows))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.selectRow(index.row())
        self._update_actions()
        menu = QMenu(self)
        menu.addAction(self.act_edit)
        menu.addSeparator()
        menu.addAction(self.act_archive)
        menu.addAction(self.act_restore)
        menu.addSeparator()
        menu.addAction(self.act_copy)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self._menu = menu   # kept for tests and so it is not garbage-collected while open

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_dialog(self.model.row_at(index).id)

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self._open_dialog(rows[0].id)

    def open_person(self, person_id: int) -> None:
        """Open one member's file (from the home page's alerts), whatever the filters."""
        self._open_dialog(person_id)

    def _open_dialog(self, person_id: int | None) -> None:
        from tierslieu.gui.dialogs.member_dialog import MemberDialog

        try:
            dlg = MemberDialog(self.ctx, person_id, self)
        except Exception as exc:  # noqa: BLE001 - e.g. the person was deleted meanwhile
            show_error(self, exc)
            return
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.sig_saved.connect(self._after_save)
        self._dialog = dlg
        dlg.open()

    def _after_save(self, person_id: int) -> None:
        self.refresh()
        pos = self.model.position_of(person_id)
        if pos >= 0:
            self.view.selectRow(pos)
            self.view.scrollTo(self.model.index(pos, 0))

    def archive_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == "active"]
        if not rows:
            return
        if len(rows) == 1:
            text = self.tr("Archive %1?").replace("%1", rows[0].display_name)
        else:
            text = self.tr("Archive %n member(s)?", "", len(rows))
        text += "\n\n" + self.tr("Archived members are hidden from the lists but kept, "
                                 "with their history; they can be restored at any time.")
        answer = QMessageBox.question(
            self, self.tr("Archive members"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._set_status([r.id for r in rows], archive=True)

    def restore_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == "archived"]
        if rows:
            self._set_status([r.id for r in rows], archive=False)

    def _set_status(self, ids: list[int], *, archive: bool) -> None:
        try:
            n = (members.archive if archive else members.restore)(self.ctx.engine, ids)
        except Exception as exc:  # noqa: BLE001 - shown, never a crash
            show_error(self, exc)
            return
        self.refresh_rows()
        message = (self.tr("%n member(s) archived", "", n) if archive
                   else self.tr("%n member(s) restored", "", n))
        self.sig_status.emit(message + " — " + self.status_text())

    def copy_emails(self) -> None:
        emails = [r.email for r in self.selected_rows() if r.email]
        if emails:
            QGuiApplication.clipboard().setText("; ".join(emails))
            self.sig_status.emit(self.tr("%n e-mail address(es) copied", "", len(emails)))

    # -- import / export ------------------------------------------------------------------

    def import_csv(self) -> None:
        from tierslieu.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _r: self.refresh())
        self._dialog = wizard
        wizard.open()

    def export_csv(self) -> None:
        folder = str(settings_store.value(f"{SETTINGS_KEY}/export_dir", "") or "")
        name = self.tr("members") + f"-{timeutil.local_today().isoformat()}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export members"), f"{folder}/{name}" if folder else name,
            self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        settings_store.set_value(f"{SETTINGS_KEY}/export_dir", str(_parent_dir(path)))
        from tierslieu.services import member_import

        q, engine = self.query(), self.ctx.engine
        run_task(self, lambda _p: member_import.export_file(engine, path, q),
                 on_done=lambda n: self.sig_status.emit(
                     self.tr("%n member(s) exported to %1", "", n).replace("%1", path)),
                 label=self.tr("Exporting members…"))

    # -- remembered layout ----------------------------------------------------------------

    def _save_header(self) -> None:
        self._header_timer.stop()
        settings_store.save_header(SETTINGS_KEY, self.view.horizontalHeader())

    def hideEvent(self, event: QHideEvent) -> None:
        # a pending delayed save must not outlive the page (nor land in another profile)
        if self._header_timer.isActive():
            self._save_header()
        super().hideEvent(event)

    def _restore_header(self) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        restored = settings_store.restore_header(SETTINGS_KEY, header)
        header.blockSignals(False)
        if restored:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        else:
            self.model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _parent_dir(path: str) -> str:
    from pathlib import Path

    return str(Path(path).parent)
