"""Nothing heavy is imported before the first window is on screen.

ReportLab, Alembic and the solvers (SciPy, NumPy) cost hundreds of milliseconds to
import; the window must show without them (reports, migrations and matching import
them when first used). A fresh interpreter is the only honest place to look: this
test process has imported them all already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("reportlab", "alembic", "scipy", "numpy")

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
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[2:])))
"""


def test_first_window_shows_without_heavy_modules(demo_db: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_db), *HEAVY],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported before the first window: {loaded}"
