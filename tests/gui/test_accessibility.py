"""Keyboard and screen-reader comfort: every control has a name, labels have mnemonics that
do not clash, the main dialogs tab in reading order, the window fits a 150 % screen, the
dark look has no dark-on-dark text, and column layouts survive a restart."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
    QWizard,
)

from tierslieu.gui import settings_store, theme
from tierslieu.gui.dialogs.booking_dialog import BookingDialog
from tierslieu.gui.dialogs.member_dialog import MemberDialog
from tierslieu.gui.dialogs.organization_dialog import OrganizationDialog
from tierslieu.gui.main_window import MainWindow
from tierslieu.gui.setup.wizard import FirstRunWizard

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
# the inner parts of a compound control: it carries the name
COMPOUND = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, QAbstractItemView, QToolBar)
# 1920 x 1080 at 150 %: what a window may need, less the panel and the title bar
SCREEN_150 = QSize(1280, 720 - 60)


def _buddies(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel)
            if label.buddy() is not None}


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader could only call "button" or "edit"."""
    buddies = _buddies(root)
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w.parentWidget(), COMPOUND):
            continue
        if w.window() is not root.window():      # a combo box's popup list
            continue
        if w.accessibleName() or w.toolTip() or id(w) in buddies:
            continue
        if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
            continue
        parent = w.parentWidget()
        out.append(f"{type(w).__name__} {w.objectName()!r} "
                   f"{getattr(w, 'placeholderText', lambda: '')()!r} in "
                   f"{type(parent).__name__}")
    return out


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def label_problems(root: QWidget) -> list[str]:
    """Labels with a buddy but no mnemonic, and mnemonics (of labels and buttons) used twice
    in one form."""
    problems: list[str] = []
    seen: dict[str, QWidget] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.text():
            continue
        key = mnemonic(label.text())
        if key is None:
            problems.append(f"no mnemonic: {label.text()!r}")
        elif key in seen and seen[key] is not buddy:
            problems.append(f"&{key} twice: {label.text()!r}")
        else:
            seen[key] = buddy
    for button in root.findChildren(QAbstractButton):
        key = mnemonic(button.text())
        if key is None or not button.isVisibleTo(root.window()):
            continue
        if key in seen and seen[key] is not button:
            problems.append(f"&{key} twice: {button.text()!r}")
        seen[key] = button
    return problems


@pytest.fixture(scope="module")
def window(demo_template, tmp_path_factory, qapp) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window over a copy of the demo, built once for the whole module."""
    import sqlite3

    from tierslieu.db.engine import make_engine
    from tierslieu.gui import tasks
    from tierslieu.gui.context import AppContext

    tasks.SYNCHRONOUS = True
    path = tmp_path_factory.mktemp("a11y") / "demo.sqlite"
    with sqlite3.connect(demo_template) as src, sqlite3.connect(path) as dest:
        src.backup(dest)
    engine = make_engine(path)
    w = MainWindow(AppContext.for_engine(engine), remember=False)
    w.resize(1280, 800)
    w.show()
    for i in range(len(w.pages())):
        w.show_page(i)
    w.show_page(0)
    yield w
    w.close()
    w.deleteLater()
    # delete it now: a later style sheet change must not re-polish a half-dead window
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    engine.dispose()
    tasks.SYNCHRONOUS = False


def test_every_control_of_every_page_has_a_name(window: MainWindow) -> None:
    missing = {page.icon_name: unnamed(page) for page in window.pages()}
    problems = {k: v for k, v in missing.items() if v}
    assert problems == {}, "\n".join(f"{k}: {x}" for k, v in problems.items() for x in v)
    assert unnamed(window.sidebar.parentWidget()) == []


def _dialogs(ctx: Any) -> list[QDialog]:
    return [MemberDialog(ctx), OrganizationDialog(ctx), BookingDialog(ctx),
            FirstRunWizard(ctx.db_location)]


def test_the_main_dialogs_name_their_controls_and_have_mnemonics(window: MainWindow,
                                                                 qtbot: Any) -> None:
    for dialog in _dialogs(window.ctx):
        qtbot.addWidget(dialog)
        name = type(dialog).__name__
        assert (name, unnamed(dialog)) == (name, [])
        # a wizard shows one page at a time: mnemonics are per page
        forms = ([dialog.page(i) for i in dialog.pageIds()] if isinstance(dialog, QWizard)
                 else [dialog])
        for form in forms:
            assert (name, label_problems(form)) == (name, [])


def test_the_settings_page_labels_have_distinct_mnemonics_per_tab(window: MainWindow) -> None:
    tabs = window.settings_page.tabs
    for i in range(tabs.count()):
        assert (tabs.tabText(i), label_problems(tabs.widget(i))) == (tabs.tabText(i), [])


def _chain(dialog: QWidget, first: QWidget) -> list[QWidget]:
    """The focusable, visible, enabled widgets Tab visits from ``first`` until it loops."""
    out: list[QWidget] = []
    w = first
    for _ in range(400):
        if (w.isVisibleTo(dialog) and w.isEnabled() and w.window() is dialog
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.focusProxy()):
            if w in out:
                break
            out.append(w)
        w = w.nextInFocusChain()
    return out


@pytest.mark.parametrize("make", [MemberDialog, OrganizationDialog, BookingDialog])
def test_tab_follows_the_reading_order_of_the_main_dialogs(window: MainWindow, qtbot: Any,
                                                            make: Any) -> None:
    dialog = make(window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    inputs = [w for w in _chain(dialog, dialog.nextInFocusChain())
              if isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox)
              and not isinstance(w.parentWidget(), COMPOUND)]
    assert len(inputs) >= 3
    tops = [w.mapTo(dialog, QPoint(0, 0)) for w in inputs]
    # row by row: never back up more than a line, left to right within a line
    for (a, pa), (b, pb) in zip(zip(inputs, tops, strict=True), list(zip(inputs, tops,
                                                                         strict=True))[1:],
                                strict=False):
        same_row = abs(pa.y() - pb.y()) < a.height() // 2
        assert pb.y() > pa.y() or (same_row and pb.x() > pa.x()), (
            f"{type(dialog).__name__}: Tab goes from {a.objectName()} to {b.objectName()}")


def test_the_window_and_its_forms_fit_a_screen_at_150_percent(window: MainWindow,
                                                              qtbot: Any) -> None:
    need = window.minimumSizeHint()
    assert need.width() <= SCREEN_150.width() and need.height() <= SCREEN_150.height(), need
    for dialog in _dialogs(window.ctx):
        qtbot.addWidget(dialog)
        size = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert size.width() <= SCREEN_150.width() and size.height() <= SCREEN_150.height(), (
            type(dialog).__name__, size)


@pytest.fixture
def dark(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TIERSLIEU_THEME", "dark")
    theme.apply(qapp)
    yield
    monkeypatch.delenv("TIERSLIEU_THEME")
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())
    theme._dark = False


def _contrast(a: Any, b: Any) -> float:
    def lum(c: Any) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_dark_look_keeps_text_readable(window: MainWindow, dark: None, qtbot: Any) -> None:
    assert theme.is_dark()
    pal = QApplication.palette()
    assert pal.window().color().lightness() < 60
    assert _contrast(pal.windowText().color(), pal.window().color()) >= 7
    assert _contrast(pal.text().color(), pal.base().color()) >= 7
    # labels styled one by one must not keep a dark ink meant for a light ground
    bad = []
    for page in window.pages():
        for label in page.findChildren(QLabel):
            sheet = label.styleSheet()
            found = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", sheet)
            if found and not label.autoFillBackground() and "background" not in sheet:
                from PySide6.QtGui import QColor

                if _contrast(QColor(found.group(1)), pal.window().color()) < 3:
                    bad.append(f"{page.icon_name}: {label.text()[:30]!r} {found.group(1)}")
    assert bad == [], "\n".join(bad)
    # icons are recoloured for the dark ground
    light = theme._svg("members").decode()
    assert "#34495e" in light
    assert not theme.icon("members").isNull()


def test_column_layouts_of_every_page_are_remembered(ctx: Any, qtbot: Any) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    views = [v for v in first.incubation_page.findChildren(QTableView)
             if not v.horizontalHeader().property(settings_store._OWN)]
    assert views
    header: QHeaderView = views[0].horizontalHeader()
    header.resizeSection(0, 177)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    again = [v for v in second.incubation_page.findChildren(QTableView)
             if not v.horizontalHeader().property(settings_store._OWN)][0]
    assert again.horizontalHeader().sectionSize(0) == 177


def _menu_keys(window: MainWindow) -> set[str]:
    keys = {k for a in window.menuBar().actions() if (k := mnemonic(a.text()))}
    # the Administration menu is added after sign-in (tierslieu.gui.auth.session)
    admin = QCoreApplication.translate("AdminMenu", "&Administration")
    return keys | ({k} if (k := mnemonic(admin)) else set())


def _page_keys(page: QWidget) -> dict[str, list[str]]:
    """Mnemonic -> texts of the labels and buttons visible on ``page`` as it is shown."""
    keys: dict[str, list[str]] = {}
    for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if w.isVisibleTo(page) and (isinstance(w, QAbstractButton) or w.buddy() is not None):
            key = mnemonic(w.text())
            if key:
                keys.setdefault(key, []).append(w.text())
    return keys


def mnemonic_clashes(window: MainWindow) -> list[str]:
    """Alt+letter used by a menu and by a field, or twice on a page: Qt then fires neither."""
    menus = _menu_keys(window)
    assert len(menus) >= 5
    clashes = []
    for i, page in enumerate(window.pages()):
        window.show_page(i)
        tabs = [page.tabs] if isinstance(getattr(page, "tabs", None), QTabWidget) else []
        for t in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(t)
            for key, texts in _page_keys(page).items():
                if key in menus or len(texts) > 1:
                    clashes.append(f"{page.icon_name}: &{key} {texts}")
    window.show_page(0)
    return clashes


def test_page_mnemonics_never_shadow_the_menu_bar(window: MainWindow) -> None:
    clashes = mnemonic_clashes(window)
    assert clashes == [], "\n".join(clashes)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    from PySide6.QtCore import QLocale

    from tierslieu import i18n
    from tierslieu.gui.app import create_application, remove_translators

    locale = QLocale()
    create_application("fr")
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)
    i18n.set_language(None)
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())


def test_french_mnemonics_never_shadow_the_menu_bar(french: None, ctx: Any, qtbot: Any) -> None:
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    assert window.menus["file"].title() == "&Fichier"
    clashes = mnemonic_clashes(window)
    assert clashes == [], "\n".join(clashes)
    for dialog in _dialogs(ctx):
        qtbot.addWidget(dialog)
        forms = ([dialog.page(i) for i in dialog.pageIds()] if isinstance(dialog, QWizard)
                 else [dialog])
        for form in forms:
            assert (type(dialog).__name__, label_problems(form)) == (type(dialog).__name__, [])
