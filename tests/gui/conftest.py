"""GUI fixtures: inline background tasks, isolated QSettings, no blocking modal dialogs.

The QApplication is pytest-qt's shared ``qapp`` (offscreen, set by tests/conftest.py);
tests never create one by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No
OK = QMessageBox.StandardButton.Ok


@pytest.fixture(autouse=True)
def sync_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """tierslieu.gui.tasks.run_task runs fn inline, then its callback."""
    from tierslieu.gui import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


@pytest.fixture(autouse=True)
def qsettings_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test starts with empty settings in its own folder (never the user's)."""
    folder = tmp_path_factory.mktemp("qsettings")
    fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    QSettings.setPath(fmt, scope, str(folder))
    yield folder


@dataclass
class MsgBoxRecorder:
    """Records every QMessageBox shown; ``answer`` is what question() returns."""

    answer: QMessageBox.StandardButton = YES
    calls: list[tuple[str, str, str]] = field(default_factory=list)  # kind, title, text

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]

    def texts(self, kind: str | None = None) -> list[str]:
        return [c[2] for c in self.calls if kind is None or c[0] == kind]

    @property
    def last(self) -> tuple[str, str, str]:
        return self.calls[-1]

    def clear(self) -> None:
        self.calls.clear()


@pytest.fixture(autouse=True)
def msgbox(monkeypatch: pytest.MonkeyPatch) -> MsgBoxRecorder:
    """Patch the static QMessageBox helpers (and exec of hand-built boxes) so no test blocks.

    ``question`` returns ``msgbox.answer`` (Yes unless a test sets it), the others OK.
    """
    rec = MsgBoxRecorder()

    def make(kind: str):  # type: ignore[no-untyped-def]
        def fake(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            rec.calls.append((kind, str(title), str(text)))
            return rec.answer if kind == "question" else OK
        return staticmethod(fake)

    for kind in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, make(kind))

    def fake_exec(box: QMessageBox) -> int:
        rec.calls.append(("exec", box.windowTitle(), box.text()))
        return int(rec.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "about", staticmethod(
        lambda parent, title, text: rec.calls.append(("about", str(title), str(text)))))
    return rec


@pytest.fixture
def no_modal(msgbox: MsgBoxRecorder) -> MsgBoxRecorder:
    """Alias of ``msgbox`` for readability in tests that only need nothing to block."""
    return msgbox


@dataclass
class FileDialogStub:
    """What the patched QFileDialog returns; an empty string means "cancelled"."""

    open_path: str = ""
    save_path: str = ""
    directory: str = ""
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def file_dialog(monkeypatch: pytest.MonkeyPatch) -> FileDialogStub:
    stub = FileDialogStub()

    def get_open(*args: Any, **kwargs: Any) -> tuple[str, str]:
        stub.asked.append("open")
        return stub.open_path, ""

    def get_save(*args: Any, **kwargs: Any) -> tuple[str, str]:
        stub.asked.append("save")
        return stub.save_path, ""

    def get_dir(*args: Any, **kwargs: Any) -> str:
        stub.asked.append("directory")
        return stub.directory

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(get_dir))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *a, **k: ("", False)))
    return stub


@pytest.fixture
def ctx(sqlite_engine: Any) -> Any:
    """An AppContext over a fresh migrated SQLite database."""
    from tierslieu.gui.context import AppContext

    return AppContext.for_engine(sqlite_engine)


@pytest.fixture
def demo_ctx(demo_sqlite_engine: Any) -> Any:
    """An AppContext over a private copy of the seed-1 demo database."""
    from tierslieu.gui.context import AppContext

    return AppContext.for_engine(demo_sqlite_engine)


@pytest.fixture
def styled_app(qapp: Any) -> Iterator[Any]:
    """The real application look (style sheet, French translations), undone afterwards."""
    from tierslieu.gui import app as gui_app

    gui_app.create_application("fr")
    yield qapp
    gui_app.remove_translators(qapp)
    qapp.setStyleSheet("")


SHOTS = Path(__file__).resolve().parents[2] / "shots"


@pytest.fixture
def shot() -> Any:
    """``shot(widget, "name")`` saves a screenshot to shots/name.png (gitignored)."""
    def save(widget: Any, name: str) -> Path:
        SHOTS.mkdir(exist_ok=True)
        path = SHOTS / f"{name}.png"
        widget.grab().save(str(path))
        return path
    return save


@pytest.fixture
def on_screen(qtbot: Any) -> Any:
    """``on_screen(widget)``: kept by qtbot, sized 1280×800, shown and exposed."""
    def show(widget: Any, width: int = 1280, height: int = 800) -> Any:
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget
    return show
