"""Turn exceptions into message boxes: domain errors read as-is, bugs get a log entry."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tierslieu.errors import TiersLieuError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """What the user reads: the translated domain message, or a generic one for a bug."""
    if isinstance(exc, TiersLieuError):
        return exc.message()
    from tierslieu.paths import log_dir

    # literal strings in translate() calls: lupdate only extracts literals
    return QCoreApplication.translate(
        "errors", "An unexpected error occurred: {detail}\n\nDetails were written to the log "
        "folder: {folder}").format(detail=f"{type(exc).__name__}: {exc}",
                                          folder=log_dir())


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` in a warning box; anything that is not a domain error is logged first."""
    if not isinstance(exc, TiersLieuError):
        log.error("unexpected error in the GUI", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "TiersLieu"),
                        error_text(exc))
