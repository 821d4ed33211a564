"""Start the desktop application: QApplication, translations, style, database, window.

``run_gui`` is what ``tierslieu`` (no command) calls; ``run_smoke`` opens the same
window offscreen, visits every page and prints timings, for CI and the benchmarks.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

# measured from here when the caller gives no t0: importing Qt is part of start-up
_T0 = time.perf_counter()

from PySide6.QtCore import (  # noqa: E402
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

import tierslieu  # noqa: E402
from tierslieu import i18n  # noqa: E402
from tierslieu.errors import DatabaseDamagedError, TiersLieuError  # noqa: E402
from tierslieu.gui import settings_store  # noqa: E402

if TYPE_CHECKING:
    from tierslieu.db.setup import IntegrityCheck

log = logging.getLogger(__name__)

# QApplication does not own installed translators: keep the Python objects alive
_translators: list[QTranslator] = []
# the launcher pauses the cyclic garbage collector for start-up; it resumes this long
# after the application exists (the window and its first page are up by then)
RESUME_GC_MS = 2500


def _load_resources() -> None:
    # importing the generated module registers the :/icons, :/styles and :/i18n trees
    import tierslieu.gui.resources_rc  # noqa: F401


def choose_language(lang: str | None = None) -> str:
    """Explicit choice, else the Language menu's saved choice, else the system's."""
    if lang in settings_store.LANGUAGES:
        return str(lang)
    return settings_store.language() or i18n.system_language()


def remove_translators(app: QApplication) -> None:
    while _translators:
        app.removeTranslator(_translators.pop())


def _install(app: QApplication, translator: QTranslator, loaded: list[str]) -> None:
    app.installTranslator(translator)
    _translators.append(translator)
    loaded.append(translator.filePath())


def install_translators(app: QApplication, lang: str) -> list[str]:
    """French: Qt's own strings (qtbase_fr) plus ours. English: only our plural forms
    ("1 member" / "2 members"), since the source strings are English.

    Returns the translation files actually loaded, for logs and tests.
    """
    remove_translators(app)
    loaded: list[str] = []
    if lang == "fr":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Language.French), "qtbase", "_", qt_dir):
            _install(app, qt, loaded)
        else:
            log.info("qtbase_fr not found in %s: Qt's own buttons stay in English", qt_dir)
    ours = QTranslator(app)
    if ours.load(f":/i18n/tierslieu_{lang}.qm"):
        _install(app, ours, loaded)
    else:
        log.warning("translation %s missing from the compiled resources", lang)
    return loaded


def create_application(lang: str | None = None) -> QApplication:
    """The QApplication (reused when one exists), named for QSettings, styled, translated."""
    _load_resources()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(settings_store.ORG)
    app.setApplicationName(settings_store.APP)
    app.setApplicationVersion(tierslieu.__version__)
    app.setWindowIcon(QIcon(":/icons/logo.svg"))
    if not app.property("tierslieu_styled"):
        # once per process: restyling a running application re-polishes every live widget
        # (the test suite calls this again and again; the Settings page calls theme.apply)
        app.setStyle("Fusion")  # the same look on every desktop; the sheet only adjusts it
        from tierslieu.gui import theme

        theme.apply(app)    # light or dark (app.qss / app-dark.qss), as the desktop or user says
        app.setProperty("tierslieu_styled", True)
    chosen = i18n.set_language(choose_language(lang))
    # British English keeps the day first (25/11/2026) and the 24-hour clock
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France) if chosen == "fr"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    install_translators(app, chosen)
    from tierslieu import launcher

    if launcher.gc_paused():   # the launcher paused it: back on once the first page is up
        QTimer.singleShot(RESUME_GC_MS, launcher.resume_gc)
    return app


def open_app_database(db: str | None, *, demo: bool = False,
                      daily_backup: bool = False) -> Engine:
    """Open (and migrate) the database; the demo one is generated when it holds nobody.

    ``daily_backup``: the first start of the day backs the file up (the window asks).
    """
    from tierslieu.db.setup import open_database

    if demo:
        from tierslieu.paths import demo_db_path
        from tierslieu.services import demo as demo_data

        engine = open_database(db or demo_db_path(), daily_backup=daily_backup)
        if demo_data.is_empty(engine):
            demo_data.generate(engine, seed=1, scale="small")
        return engine
    return open_database(db, daily_backup=daily_backup)


def open_app_database_deferred(db: str | None, *, demo: bool = False,
                               daily_backup: bool = False
                               ) -> tuple[Engine, IntegrityCheck | None]:
    """:func:`open_app_database` for the window: the full ``quick_check`` (and the daily
    backup after it) is left to the returned check, started once the window shows
    (see :mod:`tierslieu.db.setup`); writes wait for its verdict."""
    from tierslieu.db.setup import open_database_deferred

    if demo:
        from tierslieu.paths import demo_db_path
        from tierslieu.services import demo as demo_data

        engine, check = open_database_deferred(db or demo_db_path(), daily_backup=daily_backup)
        if demo_data.is_empty(engine):
            demo_data.generate(engine, seed=1, scale="small")
        return engine, check
    return open_database_deferred(db, daily_backup=daily_backup)


class _DamageWatcher(QObject):
    """Starts the deferred integrity check; if the file turns out damaged, closes every
    window (the login dialog, the main window) and leaves the event loop, so that
    :func:`run_gui` can dispose the engine and offer the recovery dialog."""

    sig_verdict = Signal(object)
    """None (sound) or what is wrong; emitted from the check's thread"""

    def __init__(self, check: IntegrityCheck) -> None:
        super().__init__()
        self.damaged = False
        # set by _run_session around app.exec(): only that loop is left with exit(), for
        # QApplication.exit() outside it would leave Qt's "quit now" flag set, and every
        # later dialog (the recovery dialog first) would return at once
        self.in_main_loop = False
        self.sig_verdict.connect(self._on_verdict)   # queued: emitted from another thread
        check.start(self.sig_verdict.emit)

    def _on_verdict(self, problem: str | None) -> None:
        if problem is None:
            return
        log.error("the integrity check found damage: %s", problem)
        self.damaged = True
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        if self.in_main_loop:      # else the rejected sign-in dialog has already returned
            QApplication.exit(0)


def _startup_error(exc: BaseException) -> str:
    if isinstance(exc, TiersLieuError):
        return exc.message()
    return f"{type(exc).__name__}: {exc}"


def run_gui(db: str | None, *, demo: bool = False, lang: str | None = None) -> int:
    """Open the main window on ``db`` and run the event loop; 1 if the database fails."""
    app = create_application(lang)
    from tierslieu.gui.setup.wizard import first_run, needs_first_run

    if needs_first_run(db, demo=demo):
        from tierslieu.gui.splash import close_splash

        close_splash()
        outcome = first_run()      # creates and sets up the default database, or the demo
        if outcome is None:
            return 0
        demo = outcome == "demo"
    from tierslieu.gui.dialogs.recovery import open_with_recovery

    found: list[DatabaseDamagedError] = []      # damage the deferred check found
    checks: list[IntegrityCheck] = []           # the check of the file just opened
    asked = [db]

    def open_db(path: str | None) -> Engine:
        from tierslieu.gui.splash import close_splash

        if found:            # into the recovery dialog, like a damage found on opening
            close_splash()
            raise found.pop()
        try:
            engine, check = open_app_database_deferred(
                path, demo=demo and path == asked[0], daily_backup=True)
        except BaseException:
            close_splash()   # the recovery dialog or the error message comes next
            raise
        checks[:] = [check] if check is not None else []
        return engine

    while True:
        checks.clear()

        try:
            # a damaged file was moved aside: offer a good backup, another file, or quit
            opened = open_with_recovery(open_db, db)
            if opened is None:
                return 1
            engine = opened
        except Exception as exc:  # noqa: BLE001 - any failure here is shown, then exit 1
            log.error("cannot open the database", exc_info=exc)
            QMessageBox.critical(None, app.translate("app", "TiersLieu"),
                                 app.translate("app", "The database cannot be opened.") + "\n\n"
                                 + _startup_error(exc))
            return 1
        code, damaged = _run_session(app, engine, checks[0] if checks else None, demo)
        if damaged is None:
            return code
        found.append(damaged)
        db = asked[0] = str(damaged.path)


def _run_session(app: QApplication, engine: Engine, check: IntegrityCheck | None,
                 demo: bool) -> tuple[int, DatabaseDamagedError | None]:
    """Sign-in, the window, the event loop; the integrity check runs meanwhile. Returns the
    exit code, and the damage (the file now moved aside) if the check found one."""
    from tierslieu.gui.auth import session
    from tierslieu.gui.context import AppContext

    watcher = _DamageWatcher(check) if check is not None else None
    code = 0
    try:
        # retention rules, then who signs in (the administrator's account on a new database)
        window = session.open_signed_in(AppContext.for_engine(engine), demo=demo)
        if window is not None and not (watcher is not None and watcher.damaged):
            if watcher is not None:
                watcher.in_main_loop = True
            code = app.exec()
    finally:
        session.end()
        problem = check.wait() if check is not None else None
        engine.dispose()
    if problem is None:
        return code, None
    assert check is not None
    return 1, check.damaged_error()      # moved aside only now that nothing holds it open


@contextmanager
def _non_blocking_message_boxes(seen: list[str]) -> Iterator[None]:
    """Offscreen nobody can click a message box: record its text instead of blocking."""
    names = ("warning", "critical", "information", "question")
    saved = {n: QMessageBox.__dict__.get(n) for n in names}

    def make(name: str) -> Any:
        def fake(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            seen.append(f"{name}: {text}")
            return QMessageBox.StandardButton.No if name == "question" else \
                QMessageBox.StandardButton.Ok
        return staticmethod(fake)

    for n in names:
        setattr(QMessageBox, n, make(n))
    try:
        yield
    finally:
        for n, original in saved.items():
            if original is not None:
                setattr(QMessageBox, n, original)
            else:
                delattr(QMessageBox, n)


def run_smoke(db: str | None, *, demo: bool = False, t0: float | None = None,
              splash_ms: float | None = None) -> int:
    """Open the window offscreen, visit every page, print ``window_ms`` (the first window
    painted: the start-up splash when the launcher showed one), ``main_window_ms`` (the
    main window painted), ``startup_ms`` (its page with its data), ``check_ms`` (the
    deferred integrity check over) and ``pages``.

    Returns 0, or 1 (after printing the error) when anything fails, including a page
    that tried to show an error message.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = _T0 if t0 is None else t0
    messages: list[str] = []
    engine: Engine | None = None
    try:
        from tierslieu.gui import tasks
        from tierslieu.gui.context import AppContext
        from tierslieu.gui.main_window import MainWindow

        app = create_application(None)
        with _non_blocking_message_boxes(messages):
            engine, check = open_app_database_deferred(db, demo=demo)
            from tierslieu.gui.auth import session

            session.start(session.smoke_principal(engine, demo))   # no prompt
            window = MainWindow(AppContext.for_engine(engine), remember=False)
            window.show()
            from tierslieu.gui.splash import close_splash

            close_splash()
            app.processEvents()
            main_window_ms = (time.perf_counter() - start) * 1000   # main window painted
            window_ms = splash_ms if splash_ms is not None else main_window_ms
            checked: list[float] = []
            if check is not None:    # as run_gui: the full quick_check once the window shows
                check.start(lambda _problem: checked.append(time.perf_counter()))
            tasks.wait_idle()
            app.processEvents()      # the page repainted with its data
            startup_ms = (time.perf_counter() - start) * 1000
            from tierslieu import launcher

            launcher.resume_gc()     # as the application does once its first page is up
            visited = []
            for i, page in enumerate(window.pages()):
                window.show_page(i)
                page.refresh()
                tasks.wait_idle()
                app.processEvents()
                visited.append(page.icon_name)
            window.close()
            app.processEvents()
            problem = check.wait() if check is not None else None
        if problem is not None:
            raise RuntimeError(f"the integrity check found damage: {problem}")
        if messages:
            raise RuntimeError("a message box was shown: " + " | ".join(messages))
        print(f"window_ms={round(window_ms)}")
        print(f"main_window_ms={round(main_window_ms)}")
        print(f"startup_ms={round(startup_ms)}")
        if checked:     # when the background quick_check had read the whole file
            print(f"check_ms={round((checked[0] - start) * 1000)}")
        print("pages=" + ",".join(visited))
        return 0
    except Exception as exc:  # noqa: BLE001 - the smoke test reports, never raises
        traceback.print_exc()
        print(f"smoke failed: {_startup_error(exc)}")
        return 1
    finally:
        from tierslieu import security

        security.set_session(None)
        if engine is not None:
            engine.dispose()
