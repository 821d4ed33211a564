"""The shell: main window navigation, shortcuts, remembered geometry, language, smoke run;
plus the infrastructure every page uses (background tasks, error boxes, formats)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine

from tierslieu.errors import ConflictError
from tierslieu.gui import settings_store, tasks
from tierslieu.gui.context import AppContext, describe_database
from tierslieu.gui.errors import show_error
from tierslieu.gui.fmt import fmt_count, fmt_date, fmt_datetime
from tierslieu.gui.main_window import MainWindow
from tierslieu.services import organizations
from tierslieu.services.dto import OrganizationInput

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(ctx, qtbot):  # type: ignore[no-untyped-def]
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


def test_title_and_status_bar_name_the_database(window, ctx, db_path) -> None:
    assert window.windowTitle() == f"TiersLieu — {db_path.name}"
    assert window.db_label.text() == db_path.name
    assert str(db_path) in window.db_label.toolTip()


def test_every_page_is_reachable_from_the_sidebar(window) -> None:
    names = [p.icon_name for p in window.pages()]
    assert names == ["home", "members", "organizations", "planning", "events", "incubation",
                     "mentoring", "billing", "reports", "settings"]
    for i, page in enumerate(window.pages()):
        window.sidebar.setCurrentRow(i)
        assert window.stack.currentWidget() is page
        assert window.title_label.text() == page.page_title()
        assert window.page_group.actions()[i].isChecked()


def test_ctrl_digits_switch_pages(window, qtbot) -> None:
    assert window.current_page() is window.dashboard_page      # the home page comes first
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.current_page() is window.organizations_page
    assert window.sidebar.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.current_page() is window.members_page
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.current_page() is window.dashboard_page


def test_ctrl_f_focuses_the_current_pages_search(window, qtbot) -> None:
    for i, page in enumerate(window.pages()):
        window.show_page(i)
        if not callable(getattr(page, "focus_search", None)):   # e.g. the Reports page
            assert not window.act_search.isEnabled()
            continue
        assert window.act_search.isEnabled()
        window.sidebar.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
        # members/organisations: their search field; planning: the date; incubation: search
        target = (getattr(page, "search_edit", None) or getattr(page, "date_edit", None)
                  or page.search)
        qtbot.waitUntil(lambda t=target: QApplication.focusWidget() is t)


def test_ctrl_n_on_organisations_opens_the_creation_dialog(window, qtbot) -> None:
    window.show_page(2)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.organizations_page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.org_id is None
    dialog.reject()


def test_import_export_follow_the_current_page(window) -> None:
    window.show_page(1)
    members_can = callable(getattr(window.members_page, "import_csv", None))
    assert window.act_import.isEnabled() is members_can
    window.show_page(2)
    assert not window.act_import.isEnabled()
    assert not window.act_export.isEnabled()


def test_status_bar_shows_the_current_pages_message(window, ctx) -> None:
    organizations.create(ctx.engine, OrganizationInput(name="Fab Lab", kind="association"))
    organizations.create(ctx.engine, OrganizationInput(name="Kalmi", kind="startup"))
    window.show_page(2)
    window.organizations_page.refresh()
    assert window.status_label.text() == "2 organisations"
    window.show_page(1)
    assert window.status_label.text() != "2 organisations"
    window.show_page(2)
    assert window.status_label.text() == "2 organisations"


def test_show_members_switches_to_the_members_page(window, ctx) -> None:
    org = organizations.create(ctx.engine, OrganizationInput(name="Fab Lab"))
    window.show_page(2)
    window.organizations_page.sig_show_members.emit(org.id)
    assert window.current_page() is window.members_page


def test_geometry_and_page_are_remembered(ctx, qtbot) -> None:
    # the offscreen screen is 800x800 and restoreGeometry() fits windows into the screen,
    # so the remembered dimension checked is a height that fits (the default is 800)
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 640)
    first.show_page(2)
    qtbot.waitUntil(lambda: first.height() == 640)
    first.close()

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.height() == 640
    assert second.current_page() is second.organizations_page


def test_first_start_uses_the_default_size(window) -> None:
    assert window.size() == QSize(1280, 800)


def test_language_choice_is_persisted_and_announced(window, ctx, qtbot, msgbox) -> None:
    assert window.act_french.isChecked()     # TIERSLIEU_LANG=fr in tests
    window.act_english.trigger()
    assert settings_store.language() == "en"
    assert msgbox.kinds() == ["information"]
    assert "next time" in msgbox.last[2]
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.act_english.isChecked() and not again.act_french.isChecked()


def test_about_names_version_database_and_licence(window, db_path, msgbox) -> None:
    window.act_about.trigger()
    kind, _title, text = msgbox.last
    assert kind == "about"
    assert "0.1.0" in text and str(db_path) in text and "GPL-3.0-or-later" in text


# -- smoke run ----------------------------------------------------------------------------

def _smoke(db: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "TIERSLIEU_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    code = ("import sys; from tierslieu.gui.app import run_smoke; "
            "sys.exit(run_smoke(sys.argv[1]))")
    return subprocess.run([sys.executable, "-c", code, db], capture_output=True, text=True,
                          env=env, timeout=120)


def test_run_smoke_visits_every_page(db_path, sqlite_engine, tmp_path) -> None:
    organizations.create(sqlite_engine, OrganizationInput(name="Fab Lab"))
    result = _smoke(str(db_path), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    startup = [line for line in lines if line.startswith("startup_ms=")]
    assert len(startup) == 1 and int(startup[0].split("=")[1]) >= 0
    assert ("pages=home,members,organizations,planning,events,incubation,mentoring,billing,reports,"
            "settings") in lines


def test_run_smoke_fails_cleanly_on_an_unusable_database(tmp_path) -> None:
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_bytes(b"this is not a database at all" * 100)
    result = _smoke(str(not_a_db), tmp_path)
    assert result.returncode == 1
    assert "smoke failed" in result.stdout


# -- infrastructure -----------------------------------------------------------------------

def test_run_task_in_a_worker_calls_back_on_the_gui_thread(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    import threading

    seen: dict[str, object] = {}

    def work(progress):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.current_thread() is threading.main_thread()
        for i in range(3):
            progress(i + 1, 3)
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_on_main"] = threading.current_thread() is threading.main_thread()

    tasks.run_task(None, work, on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=10_000)
    assert seen == {"worker": False, "value": 42, "callback_on_main": True}
    assert tasks.pending() == 0


def test_run_task_errors_reach_on_error_or_a_message_box(qtbot, monkeypatch, msgbox) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    errors: list[BaseException] = []

    def fail(progress):  # type: ignore[no-untyped-def]
        raise ConflictError("org_name_taken", "name", value="Fab Lab")

    tasks.run_task(None, fail, on_done=lambda _v: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], ConflictError)

    tasks.run_task(None, fail, on_done=lambda _v: None)   # default: show_error
    qtbot.waitUntil(lambda: bool(msgbox.calls), timeout=10_000)
    assert msgbox.last[0] == "warning" and "Fab Lab" in msgbox.last[2]


def test_slow_task_shows_a_progress_dialog_only_after_the_delay(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 50)
    release = {"go": False}
    done: list[int] = []

    def slow(progress):  # type: ignore[no-untyped-def]
        while not release["go"]:
            time.sleep(0.01)
        return 1

    tasks.run_task(None, slow, on_done=done.append, label="Import")
    task = next(iter(tasks._running))
    assert task._dialog is None                       # never at once
    qtbot.waitUntil(lambda: task._dialog is not None, timeout=5_000)
    release["go"] = True
    qtbot.waitUntil(lambda: done == [1], timeout=10_000)
    assert task._dialog is None


def test_show_error_uses_the_domain_message_or_a_generic_one(msgbox) -> None:
    show_error(None, ConflictError("org_name_taken", "name", value="Fab Lab"))
    assert "Fab Lab" in msgbox.last[2] and "organisation" in msgbox.last[2]
    show_error(None, KeyError("boom"))
    assert "unexpected" in msgbox.last[2] and "KeyError" in msgbox.last[2]


def test_formats() -> None:
    assert fmt_date(date(2026, 11, 25)) == "25/11/2026"
    assert fmt_date(None) == ""
    # UTC instants shown in Paris time, winter (+1) and summer (+2)
    assert fmt_datetime(datetime(2026, 1, 15, 13, 5, tzinfo=UTC)) == "15/01/2026 14:05"
    assert fmt_datetime(datetime(2026, 7, 1, 22, 30, tzinfo=UTC)) == "02/07/2026 00:30"
    assert fmt_datetime(datetime(2026, 7, 1, 22, 30)) == "02/07/2026 00:30"   # naive = UTC
    assert fmt_count(12345, "fr") == "12\u202f345"
    assert fmt_count(12345, "en") == "12,345"


def test_database_description_hides_passwords(sqlite_engine, db_path) -> None:
    assert describe_database(sqlite_engine) == db_path.name
    pg = create_engine("postgresql+psycopg://tl:secret@db.example:5432/tierslieu")
    ctx = AppContext.for_engine(pg)
    assert ctx.db_label == "PostgreSQL db.example/tierslieu"
    assert "secret" not in ctx.db_location and "db.example" in ctx.db_location
