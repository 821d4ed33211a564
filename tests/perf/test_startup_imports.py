"""Nothing heavy is imported before the first window is on screen.

ReportLab, Alembic and the solvers (SciPy, NumPy) cost hundreds of milliseconds to
import; the window must show without them (reports, migrations and matching import
them when first used). Nor the pages not shown: the window builds the page it opens on
and imports the others' modules when they are first visited. A fresh interpreter is the
only honest place to look: this test process has imported them all already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HEAVY = ("reportlab", "alembic", "scipy", "numpy")
# the modules of the pages other than the home page (tierslieu.gui.main_window.PAGES)
OTHER_PAGES = ("tierslieu.gui.pages.members", "tierslieu.gui.pages.organizations",
               "tierslieu.gui.planning.page", "tierslieu.gui.events.page",
               "tierslieu.gui.incubation.page", "tierslieu.gui.mentoring.page",
               "tierslieu.gui.reports.page", "tierslieu.gui.settings.page")

SCRIPT = """
import json, sys
from tierslieu.gui import app
from tierslieu.gui.context import AppContext
from tierslieu.gui.main_window import MainWindow

qapp = app.create_application("fr")
engine = app.open_app_database(sys.argv[1])
window = MainWindow(AppContext.for_engine(engine), remember=False)
window.show()
qapp.processEvents()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[2:]
                        or m in sys.argv[2:])))
"""


def test_first_window_shows_without_heavy_modules(demo_db: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_db), *HEAVY, *OTHER_PAGES],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported before the first window: {loaded}"


def test_the_window_builds_only_the_page_it_shows(qtbot: Any, demo_sqlite_engine: Any,
                                                  gui_sync: None) -> None:
    from tierslieu.gui.context import AppContext
    from tierslieu.gui.main_window import PAGES, MainWindow

    window = MainWindow(AppContext.for_engine(demo_sqlite_engine), remember=False)
    qtbot.addWidget(window)
    window.show()
    assert [p.icon_name for p in window.built_pages()] == ["home"]
    # the sidebar and the Ctrl+digit actions exist for every page from the start
    assert window.sidebar.count() == len(PAGES) == len(window.page_group.actions())
    assert window.sidebar.item(1).text() == window.members_page.page_title()
    window.show_page(3)                                # a visit builds the page
    assert window.stack.currentWidget() is window.planning_page
    assert [p.icon_name for p in window.built_pages()] == ["home", "members", "planning"]


SPLASH = """
import json, sys, time
t0 = time.perf_counter()
from tierslieu.gui.splash import close_splash, show_splash
from PySide6.QtWidgets import QApplication

splash = show_splash(sys.argv[1])
shown = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", *sys.argv[2:]))
splash.grab().save(sys.argv[-1] + ".png")
close_splash()
QApplication.processEvents()
left = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
print(json.dumps({"shown": shown, "loaded": loaded, "left": left}))
"""


def test_the_splash_is_on_screen_before_sqlalchemy_and_the_model(tmp_path: Path) -> None:
    """The launcher paints the splash with Qt alone: no SQLAlchemy, no data model, no
    page; it closes when asked (the sign-in dialog or the main window replaces it)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIERSLIEU_LANG="fr")
    shot = tmp_path / "splash"
    out = subprocess.run([sys.executable, "-c", SPLASH, "/data/reseau.sqlite", *HEAVY,
                          str(shot)], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"shown": ["tierslieuSplash"], "loaded": [], "left": []}
    from PySide6.QtGui import QImage

    image = QImage(str(shot) + ".png")
    assert (image.width(), image.height()) == (520, 260)
    # painted: the teal background and the white title, not a blank window
    assert image.pixelColor(5, 5).name() == "#12403f"
    assert any(image.pixelColor(x, 85).name() == "#ffffff" for x in range(152, 300))


def test_smoke_reports_the_splash_then_the_main_window(demo_db: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIERSLIEU_DATA_DIR=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("TIERSLIEU_DB", None)
    out = subprocess.run([sys.executable, "-m", "tierslieu", "--db", str(demo_db), "--smoke"],
                         capture_output=True, text=True, env=env, timeout=180, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    times = dict(line.split("=") for line in out.stdout.splitlines()
                 if line.endswith(tuple("0123456789")) and "=" in line)
    # the order of events, not their duration: the splash first, then the main window
    # painted, then its page with its data
    assert float(times["window_ms"]) < float(times["main_window_ms"]) \
        <= float(times["startup_ms"])
