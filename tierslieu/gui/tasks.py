"""Run slow work (imports, exports, big queries) off the GUI thread.

One worker thread for the whole application, because SQLite serialises writers anyway
and one thread keeps jobs in order. ``fn`` must not touch any widget: it gets a
``progress(done, total)`` callable and returns a plain value (DTOs, never ORM objects);
``on_done`` / ``on_error`` then run on the GUI thread. A progress dialog appears only
when the work is still running after 500 ms, so fast work never flashes a window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]

# tests set this to True (tests/gui/conftest.py) so work runs inline, deterministically
SYNCHRONOUS = False
PROGRESS_DELAY_MS = 500
# progress reports from the worker are throttled: one queued signal per row would
# flood the GUI thread's event queue on a 10k-row import
_PROGRESS_INTERVAL_S = 0.05

_pool: QThreadPool | None = None
_running: set[_Task] = set()  # keeps Python wrappers alive until their callbacks ran


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def _default_error(parent: QWidget | None) -> Callable[[BaseException], None]:
    def handler(exc: BaseException) -> None:
        from tierslieu.gui.errors import show_error

        show_error(parent, exc)
    return handler


class _Task(QObject):
    """Lives on the GUI thread; the worker only emits its signals (queued across threads)."""

    sig_progress = Signal(int, int)
    """done, total (emitted from the worker)"""
    sig_finished = Signal(object)
    """the result of fn (emitted from the worker)"""
    sig_failed = Signal(object)
    """the exception raised by fn (emitted from the worker)"""

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], Any],
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 label: str) -> None:
        super().__init__()
        self._parent = parent
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._label = label
        self._dialog: QProgressDialog | None = None
        self._last = (0, 0)
        self._last_emit = 0.0
        self._finished = False
        queued = Qt.ConnectionType.QueuedConnection
        self.sig_progress.connect(self._show_progress, queued)
        self.sig_finished.connect(self._done, queued)
        self.sig_failed.connect(self._failed, queued)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._open_dialog)

    def start(self) -> None:
        self._timer.start(PROGRESS_DELAY_MS)
        pool().start(_Runnable(self))

    # --- worker thread -------------------------------------------------------------
    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= _PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.sig_progress.emit(done, total)

    def work(self) -> None:
        try:
            try:
                result = self._fn(self.report)
            except BaseException as exc:  # noqa: BLE001 - everything goes back to the GUI
                self.sig_failed.emit(exc)
            else:
                self.sig_finished.emit(result)
        except RuntimeError:
            # the page that asked was closed meanwhile (window closing): nobody to tell;
            # the work itself was one committed or rolled-back transaction
            pass

    # --- GUI thread ----------------------------------------------------------------
    def _open_dialog(self) -> None:
        if self._finished:
            return
        dlg = QProgressDialog(self._label or QCoreApplication.translate("tasks", "Working…"),
                              "", 0, 0, self._parent)
        dlg.setCancelButton(None)  # work cannot be interrupted halfway through a transaction
        dlg.setWindowTitle(QCoreApplication.translate("tasks", "Please wait"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self._dialog = dlg
        self._show_progress(*self._last)
        dlg.show()

    def _show_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total > 0 else 0)

    def _close(self) -> None:
        self._finished = True
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)

    def _done(self, result: object) -> None:
        self._close()
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        self._on_error(exc)


class _Runnable(QRunnable):
    def __init__(self, task: _Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.work()


def _no_progress(done: int, total: int) -> None:
    return None


def run_task(parent: QWidget | None, fn: Callable[[Progress], T], *,
             on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None] | None = None,
             label: str = "") -> None:
    """Run ``fn(progress)`` on the database worker, then ``on_done(result)`` on the GUI thread.

    Errors go to ``on_error`` (default: a message box via ``gui.errors.show_error``).
    """
    handler = on_error or _default_error(parent)
    if SYNCHRONOUS:
        try:
            result = fn(_no_progress)
        except Exception as exc:  # noqa: BLE001 - same contract as the threaded path
            handler(exc)
        else:
            on_done(result)
        return
    task = _Task(parent, fn, on_done, handler, label)
    _running.add(task)
    task.start()


def pending() -> int:
    """How many tasks have not called back yet (used by tests and on quit)."""
    return len(_running)


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Block until every task called back; processes events so callbacks can run."""
    deadline = time.monotonic() + timeout_ms / 1000
    while _running and time.monotonic() < deadline:
        pool().waitForDone(20)
        QCoreApplication.processEvents()
    return not _running
