"""QSettings in one place: window geometry and state, column layouts, UI language.

Always the INI format in the user scope, so tests can redirect every setting to a
temporary folder with ``QSettings.setPath`` (tests/gui/conftest.py does).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QWidget

ORG = "TiersLieu"
APP = "TiersLieu"
LANGUAGES = ("fr", "en")
_LANGUAGE_KEY = "ui/language"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def language() -> str | None:
    """The language chosen in the Language menu, or None when never chosen."""
    value = settings().value(_LANGUAGE_KEY)
    return value if value in LANGUAGES else None


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    s = settings()
    s.setValue(_LANGUAGE_KEY, lang)
    s.sync()


def save_window(key: str, widget: QWidget) -> None:
    """Geometry (and dock/toolbar state for a QMainWindow) under ``key``."""
    s = settings()
    s.setValue(f"{key}/geometry", widget.saveGeometry())
    save_state = getattr(widget, "saveState", None)
    if callable(save_state):
        s.setValue(f"{key}/state", save_state())
    s.sync()


def restore_window(key: str, widget: QWidget) -> bool:
    """True when a saved geometry was applied (the caller picks a default size otherwise)."""
    s = settings()
    geometry = _bytes(s.value(f"{key}/geometry"))
    restored = bool(geometry is not None and widget.restoreGeometry(geometry))
    state = _bytes(s.value(f"{key}/state"))
    restore_state = getattr(widget, "restoreState", None)
    if state is not None and callable(restore_state):
        restore_state(state)
    return restored


def save_header(key: str, header: QHeaderView) -> None:
    """Column widths, order and sort indicator of a table."""
    s = settings()
    s.setValue(f"{key}/header", header.saveState())
    s.sync()


def restore_header(key: str, header: QHeaderView) -> bool:
    state = _bytes(settings().value(f"{key}/header"))
    return bool(state is not None and header.restoreState(state))


def value(key: str, default: object = None) -> object:
    return settings().value(key, default)


def set_value(key: str, val: object) -> None:
    s = settings()
    s.setValue(key, val)
    s.sync()
