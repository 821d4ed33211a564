"""QSettings in one place: window geometry and state, column layouts, UI language.

Always the INI format in the user scope, so tests can redirect every setting to a
temporary folder with ``QSettings.setPath`` (tests/gui/conftest.py does).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

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
    header.setProperty(_OWN, True)   # the page saves this one itself: not save_layout's
    state = _bytes(settings().value(f"{key}/header"))
    return bool(state is not None and header.restoreState(state))


def value(key: str, default: object = None) -> object:
    return settings().value(key, default)


def set_value(key: str, val: object) -> None:
    s = settings()
    s.setValue(key, val)
    s.sync()


# -- look ---------------------------------------------------------------------------------------

_THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark")


def theme() -> str:
    """"system" (follow the desktop), "light" or "dark"."""
    value = settings().value(_THEME_KEY)
    return value if value in THEMES else "system"


def set_theme(name: str) -> None:
    if name not in THEMES:
        raise ValueError(name)
    set_value(_THEME_KEY, name)


# -- every table and splitter of a page --------------------------------------------------------

_OWN = "tierslieu_remembered"   # set on a header a page already saves itself


def _layout_items(root: QWidget) -> list[tuple[str, QHeaderView | QSplitter]]:
    """The column headers and splitters under ``root``, each with a stable name (its object
    name, else its kind and rank in creation order)."""
    from PySide6.QtWidgets import QTableView, QTreeView

    items: list[tuple[str, QHeaderView | QSplitter]] = []
    ranks: dict[str, int] = {}
    for w in root.findChildren(QWidget):
        header: QHeaderView | QSplitter
        if isinstance(w, QTableView | QTreeView):
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            kind = "table"
        elif isinstance(w, QSplitter):
            header, kind = w, "splitter"
        else:
            continue
        if w.window() is not root.window():
            continue        # a combo box's popup list, a dialog's table
        if header.property(_OWN):
            continue
        rank = ranks.get(kind, 0)
        ranks[kind] = rank + 1
        items.append((w.objectName() or f"{kind}{rank}", header))
    return items


def restore_layout(key: str, root: QWidget) -> int:
    """Put back the column widths, order and sort of every table under ``root`` and the
    sizes of its splitters (saved by :func:`save_layout`); returns how many were restored."""
    s = settings()
    done = 0
    for name, item in _layout_items(root):
        state = _bytes(s.value(f"{key}/{name}"))
        if state is not None and item.restoreState(state):
            done += 1
    return done


def save_layout(key: str, root: QWidget) -> None:
    s = settings()
    for name, item in _layout_items(root):
        s.setValue(f"{key}/{name}", item.saveState())
    s.sync()
