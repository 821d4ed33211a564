"""Start-up: ``tierslieu --smoke`` on the demo file, in a fresh process each time.

Two lines: ``startup_window`` is the first window painted (``window_ms``: the start-up
splash, painted with Qt alone; ``main_window_ms`` says when the main window followed)
against a bare PySide6 window; ``startup`` is the first page painted *with its data* (``startup_ms``)
against a bare PySide6 window that also imports ``sqlalchemy.orm``, opens the same file
and runs one query. Both are measured from the first line of the program's main module
(the interpreter's own start is the same for both) and are the best of a few runs.
``check_ms`` (detail of ``startup``) is when the integrity check, which runs in the
background once the window shows, had read the whole file: the smoke run waits for it
and fails if it finds damage, but the window and its data do not wait for it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from common import Bench, copy_db, result

FLOOR = '''
import time
t0 = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setCentralWidget(QLabel("TiersLieu"))
w.resize(1280, 800)
w.show()
app.processEvents()
window = (time.perf_counter() - t0) * 1000
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as s:
    s.execute(text("SELECT count(*) FROM person WHERE status = 'active'")).scalar()
w.centralWidget().setText("data")
app.processEvents()
print(f"window_ms={window:.1f}")
print(f"startup_ms={(time.perf_counter() - t0) * 1000:.1f}")
'''


def _env(b: Bench) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIERSLIEU_DATA_DIR=str(b.tmp / "data"),
               XDG_CONFIG_HOME=str(b.tmp / "config"), TIERSLIEU_LANG="fr",
               # both programs run from compiled bytecode, as installed: the libraries'
               # wheels ship it, and an environment that forbids writing it (this machine
               # sets PYTHONDONTWRITEBYTECODE) would recompile the 66 modules of ours read at
               # start-up on every launch (0.11 s) and none of the floor's. The warm-up
               # run writes it.
               PYTHONPYCACHEPREFIX=str(b.tmp / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("TIERSLIEU_DB", None)
    return env


def _times(cmd: list[str], env: dict[str, str]
           ) -> tuple[float, float, float | None, float | None]:
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
    found = dict(re.findall(r"^(window_ms|main_window_ms|startup_ms|check_ms)=([\d.]+)$",
                            out.stdout, re.M))
    if out.returncode != 0 or not {"window_ms", "startup_ms"} <= set(found):
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out.stdout}\n{out.stderr}")
    check = float(found["check_ms"]) if "check_ms" in found else None
    main = float(found["main_window_ms"]) if "main_window_ms" in found else None
    return float(found["window_ms"]), float(found["startup_ms"]), check, main


def startup(b: Bench) -> list[dict[str, Any]]:
    path = copy_db(b.demo, b.tmp / "startup.sqlite")
    floor_script = b.tmp / "bare_window.py"
    floor_script.write_text(FLOOR, encoding="utf-8")
    env = _env(b)
    ours, bare = [], []
    _times([sys.executable, "-m", "tierslieu", "--db", str(path), "--smoke"], env)  # warm-up
    _times([sys.executable, str(floor_script), str(Path(path))], env)
    for _ in range(max(3, b.repeat // 2 + 1)):
        ours.append(_times([sys.executable, "-m", "tierslieu", "--db", str(path), "--smoke"],
                           env))
        bare.append(_times([sys.executable, str(floor_script), str(Path(path))], env))
    window = min(t[0] for t in ours)
    data = min(t[1] for t in ours)
    checks = [t[2] for t in ours if t[2] is not None]
    mains = [t[3] for t in ours if t[3] is not None]
    # the first window is the start-up splash; main_window_ms: the main window painted
    return [result("startup_window", window, min(t[0] for t in bare),
                   main_window_ms=min(mains) if mains else None),
            result("startup", data, min(t[1] for t in bare),
                   check_ms=min(checks) if checks else None)]
