"""The main window: a sidebar of pages, menus whose actions go to the current page.

Window-wide shortcuts (Ctrl+N, Ctrl+F, Ctrl+I, Ctrl+E, Ctrl+1...) live here only, as
menu actions; pages expose methods (``new_item``, ``focus_search``...) instead of their
own shortcuts, so two widgets never claim the same key (Qt then fires neither).

Pages are built when first shown: the window starts with its sidebar, menus and
shortcuts for every page but builds (and imports the module of) only the page it opens
on. Building all nine and importing their modules took about a second on start-up.
``window.members_page`` and the other page attributes build their page when asked, so
code and tests use them as before; :meth:`MainWindow.pages` builds them all.
"""

from __future__ import annotations

import html
import importlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import tierslieu
from tierslieu.gui import settings_store
from tierslieu.gui.context import AppContext
from tierslieu.i18n import current_language

SETTINGS_KEY = "main_window"
DEFAULT_SIZE = QSize(1280, 800)
LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class PageSpec:
    """What the sidebar needs before a page exists; the module is imported on first use."""

    attr: str           # the window's attribute (``window.members_page``)
    module: str
    cls: str
    icon_name: str      # the page class's ``icon_name``

    def title(self) -> str:
        """The page's ``page_title()``, translated in the page class's own context."""
        return _TITLES[self.cls]()


# page_title() of each page, without building it (same context and source: same translation)
_TITLES = {
    "DashboardPage": lambda: QCoreApplication.translate("DashboardPage", "Home"),
    "MembersPage": lambda: QCoreApplication.translate("MembersPage", "Members"),
    "OrganizationsPage": lambda: QCoreApplication.translate("OrganizationsPage",
                                                           "Organisations"),
    "PlanningPage": lambda: QCoreApplication.translate("PlanningPage", "Planning"),
    "EventsPage": lambda: QCoreApplication.translate("EventsPage", "Events"),
    "IncubationPage": lambda: QCoreApplication.translate("IncubationPage", "Incubation"),
    "MentoringPage": lambda: QCoreApplication.translate("MentoringPage", "Mentoring"),
    "BillingPage": lambda: QCoreApplication.translate("BillingPage", "Billing"),
    "ReportsPage": lambda: QCoreApplication.translate("ReportsPage", "Reports"),
    "SettingsPage": lambda: QCoreApplication.translate("SettingsPage", "Settings"),
}

PAGES = (
    PageSpec("dashboard_page", "tierslieu.gui.dashboard.page", "DashboardPage", "home"),
    PageSpec("members_page", "tierslieu.gui.pages.members", "MembersPage", "members"),
    PageSpec("organizations_page", "tierslieu.gui.pages.organizations", "OrganizationsPage",
             "organizations"),
    PageSpec("planning_page", "tierslieu.gui.planning.page", "PlanningPage", "planning"),
    PageSpec("events_page", "tierslieu.gui.events.page", "EventsPage", "events"),
    PageSpec("incubation_page", "tierslieu.gui.incubation.page", "IncubationPage",
             "incubation"),
    PageSpec("mentoring_page", "tierslieu.gui.mentoring.page", "MentoringPage", "mentoring"),
    PageSpec("billing_page", "tierslieu.gui.billing.page", "BillingPage", "billing"),
    PageSpec("reports_page", "tierslieu.gui.reports.page", "ReportsPage", "reports"),
    PageSpec("settings_page", "tierslieu.gui.settings.page", "SettingsPage", "settings"),
)
PAGE_INDEX = {spec.attr: i for i, spec in enumerate(PAGES)}


class _LazyPage:
    """``window.members_page``: the page, built on first access."""

    def __init__(self, index: int) -> None:
        self.index = index

    def __get__(self, window: MainWindow | None, owner: type) -> Any:
        if window is None:
            return self
        return window.page(self.index)


def icon(name: str) -> QIcon:
    # recoloured for a dark background in dark mode
    from tierslieu.gui.theme import icon as themed_icon

    return themed_icon(name)


class MainWindow(QMainWindow):
    """Sidebar + stacked pages; status bar shows the page's message and the database."""

    dashboard_page = _LazyPage(PAGE_INDEX["dashboard_page"])
    members_page = _LazyPage(PAGE_INDEX["members_page"])
    organizations_page = _LazyPage(PAGE_INDEX["organizations_page"])
    planning_page = _LazyPage(PAGE_INDEX["planning_page"])
    events_page = _LazyPage(PAGE_INDEX["events_page"])
    incubation_page = _LazyPage(PAGE_INDEX["incubation_page"])
    mentoring_page = _LazyPage(PAGE_INDEX["mentoring_page"])
    billing_page = _LazyPage(PAGE_INDEX["billing_page"])
    reports_page = _LazyPage(PAGE_INDEX["reports_page"])
    settings_page = _LazyPage(PAGE_INDEX["settings_page"])

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 remember: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._remember = remember
        self._status: dict[int, str] = {}
        self.update_title()
        self.setWindowIcon(icon("logo"))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages (Ctrl+1 to Ctrl+9, then Ctrl+0)"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(176)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(12, 12, 12, 0)
        title_row.addWidget(self.title_label)
        right.addLayout(title_row)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        # one empty placeholder per page in the stack until the page is built
        self._pages: list[QWidget | None] = [None] * len(PAGES)
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        for i, spec in enumerate(PAGES):
            self._add_page(i, spec)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

        restored = remember and settings_store.restore_window(SETTINGS_KEY, self)
        if not restored:
            self.resize(DEFAULT_SIZE)
        last = settings_store.value(f"{SETTINGS_KEY}/page", 0) if remember else 0
        try:
            start = int(str(last))
        except ValueError:
            start = 0
        self.show_page(start if 0 <= start < len(PAGES) else 0)

    def update_title(self) -> None:
        """"TiersLieu — file", after the tiers-lieu's name once it has one."""
        from tierslieu.services.settings import place_name

        title = self.tr("TiersLieu — {db}").format(db=self.ctx.db_label)
        name = place_name(self.ctx.engine)
        self.setWindowTitle(f"{name} — {title}" if name else title)

    # -- construction ----------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.status_label = QLabel()
        self.db_label = QLabel(self.ctx.db_label)
        self.db_label.setToolTip(self.tr("Database: {location}").format(
            location=self.ctx.db_location))
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.db_label)

    def _action(self, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon_name: str | None = None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon_name:
            act.setIcon(icon(icon_name))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        self.act_import = self._action(
            self.tr("&Import from CSV…"), self.import_csv, "Ctrl+I", "import",
            self.tr("Import rows from a CSV file into the current list"))
        self.act_export = self._action(
            self.tr("&Export to CSV…"), self.export_csv, "Ctrl+E", "export",
            self.tr("Export the current list to a CSV file"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quit",
                                     self.tr("Close TiersLieu"))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_new = self._action(self.tr("&New…"), self.new_item, "Ctrl+N", "add",
                                    self.tr("Create a new entry in the current list"))
        self.act_settings = self._action(
            self.tr("Se&ttings…"), lambda: self.show_page(PAGE_INDEX["settings_page"]),
            "Ctrl+,", "settings", self.tr("The tiers-lieu's settings and this computer's"))
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_search = self._action(self.tr("&Search"), self.focus_search, "Ctrl+F",
                                       "search", self.tr("Go to the search field"))
        self.act_refresh = self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh,
                                        None, self.tr("Reload the current list"))
        self.act_about = self._action(self.tr("&About TiersLieu"), self.about, None, "about")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        self.page_group = QActionGroup(self)
        self.page_group.setExclusive(True)
        self.lang_group = QActionGroup(self)
        self.lang_group.setExclusive(True)
        current = settings_store.language() or current_language()
        self.act_french = QAction(icon("language"), "Français", self)    # language names are never translated
        self.act_english = QAction(icon("language"), "English", self)
        for act, code in ((self.act_french, "fr"), (self.act_english, "en")):
            act.setCheckable(True)
            act.setChecked(code == current)
            act.setData(code)
            self.lang_group.addAction(act)
        self.lang_group.triggered.connect(self._on_language)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_new)
        edit_menu.addAction(self.act_search)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_settings)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.act_refresh)
        self.view_menu.addSeparator()
        lang_menu = bar.addMenu(self.tr("&Language"))
        lang_menu.addAction(self.act_french)
        lang_menu.addAction(self.act_english)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        help_menu.addAction(self.act_about_qt)
        self.menus = {"file": file_menu, "edit": edit_menu, "view": self.view_menu,
                      "language": lang_menu, "help": help_menu}
        from tierslieu.gui.auth.session import install_admin_menu

        install_admin_menu(self, before=help_menu)  # audit log, users, lock the session

    def _add_page(self, i: int, spec: PageSpec) -> None:
        title = spec.title()
        item = QListWidgetItem(icon(spec.icon_name), title)
        key = (i + 1) % 10                  # the tenth page on Ctrl+0
        item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=title, n=key))
        item.setSizeHint(QSize(160, 40))
        self.sidebar.addItem(item)
        self.stack.addWidget(QWidget())     # the page replaces it when first shown
        act = QAction(icon(spec.icon_name), title, self)
        act.setCheckable(True)
        if i < 10:
            act.setShortcut(QKeySequence(f"Ctrl+{key}"))
        act.triggered.connect(lambda _checked=False, n=i: self.show_page(n))
        self.page_group.addAction(act)
        self.view_menu.addAction(act)

    def page(self, index: int) -> Any:
        """The page at ``index``, built (its module imported) the first time it is asked for."""
        page = self._pages[index]
        if page is None:
            spec = PAGES[index]
            page_class = getattr(importlib.import_module(spec.module), spec.cls)
            page = page_class(self.ctx, self)
            self._pages[index] = page
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            if current == index:
                self.stack.setCurrentIndex(index)
            page.sig_status.connect(lambda text, n=index: self._on_page_status(n, text))
            # "show members" of an organisation, an event opened from the home page
            for signal, slot in (("sig_show_members", self.show_members_of),
                                 ("sig_show_event", self.show_event),
                                 ("sig_show_person", self.show_person),
                                 ("sig_show_organization", self.show_organization),
                                 ("sig_show_startup", self.show_startup)):
                if hasattr(page, signal):
                    getattr(page, signal).connect(slot)
            if self._remember:    # the page's column widths and splitters (settings_store)
                settings_store.restore_layout(f"layout/{spec.icon_name}", page)
        return page

    def built_pages(self) -> list[Any]:
        """The pages built so far (the others have nothing to save or refresh)."""
        return [p for p in self._pages if p is not None]

    # -- pages -----------------------------------------------------------------------------

    def pages(self) -> list[Any]:
        """Every page, in sidebar order (building those not shown yet)."""
        return [self.page(i) for i in range(len(PAGES))]

    def current_page(self) -> Any:
        return self.page(self.stack.currentIndex())

    def show_page(self, index: int) -> None:
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)   # _on_row_changed does the rest
        else:
            self._on_row_changed(index)

    @Slot(int)
    def _on_row_changed(self, index: int) -> None:
        if not 0 <= index < len(PAGES):
            return
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        self.page_group.actions()[index].setChecked(True)
        self.title_label.setText(page.page_title())
        self.act_import.setEnabled(callable(getattr(page, "import_csv", None)))
        self.act_export.setEnabled(callable(getattr(page, "export_csv", None)))
        self.act_search.setEnabled(callable(getattr(page, "focus_search", None)))
        self.status_label.setText(self._status.get(index, ""))

    def _on_page_status(self, index: int, text: str) -> None:
        self._status[index] = text
        if index == self.stack.currentIndex():
            self.status_label.setText(text)

    @Slot(int)
    def show_event(self, event_id: int) -> None:
        """An event opened from the home page: the events page, with it selected."""
        self.show_page(PAGE_INDEX["events_page"])
        self.events_page.show_event(event_id)

    @Slot(int)
    def show_person(self, person_id: int) -> None:
        """A member opened from the home page: the members page and the member's file."""
        self.show_page(PAGE_INDEX["members_page"])
        self.members_page.open_person(person_id)

    @Slot(int)
    def show_organization(self, org_id: int) -> None:
        """An organisation opened from the home page: the organisations page, selected."""
        self.show_page(PAGE_INDEX["organizations_page"])
        self.organizations_page.show_organization(org_id)

    @Slot(int)
    def show_startup(self, org_id: int) -> None:
        """A startup opened from the home page: the incubator page, on its file."""
        self.show_page(PAGE_INDEX["incubation_page"])
        self.incubation_page.open_startup(org_id)

    @Slot(int)
    def show_members_of(self, org_id: int) -> None:
        """"Show members" of an organisation: the members page, filtered when it can be."""
        self.show_page(PAGE_INDEX["members_page"])
        filter_by = getattr(self.members_page, "filter_by_organization", None)
        if callable(filter_by):
            filter_by(org_id)

    # -- actions (all delegate to the current page) ----------------------------------------

    @Slot()
    def new_item(self) -> None:
        self.current_page().new_item()

    @Slot()
    def focus_search(self) -> None:
        focus = getattr(self.current_page(), "focus_search", None)
        if callable(focus):
            focus()

    @Slot()
    def refresh(self) -> None:
        self.current_page().refresh()

    @Slot()
    def import_csv(self) -> None:
        method = getattr(self.current_page(), "import_csv", None)
        if callable(method):
            method()

    @Slot()
    def export_csv(self) -> None:
        method = getattr(self.current_page(), "export_csv", None)
        if callable(method):
            method()

    @Slot(QAction)
    def _on_language(self, action: QAction) -> None:
        code = str(action.data())
        settings_store.set_language(code)
        QMessageBox.information(
            self, self.tr("Language"),
            self.tr("The new language will be used the next time TiersLieu starts."))

    @Slot()
    def about(self) -> None:
        text = self.tr(
            "<h3>TiersLieu {version}</h3>"
            "<p>Members, organisations and activity of a tiers-lieu.</p>"
            "<p><b>Database:</b> {location}</p>"
            "<p><b>Licence:</b> {licence}</p>").format(
                version=tierslieu.__version__, location=html.escape(self.ctx.db_location),
                licence=LICENCE)
        QMessageBox.about(self, self.tr("About TiersLieu"), text)

    # -- lifecycle -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember:
            settings_store.save_window(SETTINGS_KEY, self)
            for page in self.built_pages():
                settings_store.save_layout(f"layout/{page.icon_name}", page)
            settings_store.set_value(f"{SETTINGS_KEY}/page", self.stack.currentIndex())
        super().closeEvent(event)
