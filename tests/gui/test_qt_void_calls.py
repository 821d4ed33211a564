"""Guard against PySide6 6.12 on Python 3.11, which aborts after a few thousand calls to
Qt methods returning void (none_dealloc). Run in a child process: an abort must fail
this test, not kill the test session."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel, QWidget
app = QApplication([])
widget = QWidget()
label = QLabel(widget)
for i in range(20_000):
    label.setText(str(i))
    widget.setToolTip(str(i))
    label.setEnabled(i % 2 == 0)
assert label.text() == "19999"
print("done")
"""


def test_twenty_thousand_void_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "done"
