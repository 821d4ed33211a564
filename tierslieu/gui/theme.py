"""Light or dark look: follows the desktop (Qt 6 ``QStyleHints.colorScheme``) unless the
user chose one in the Settings; ``TIERSLIEU_THEME=light|dark`` forces it (screenshots).

Dark mode gets a dark Fusion palette, ``:/styles/app-dark.qss`` instead of ``app.qss``,
and icons recoloured from their light-theme ink (the SVGs are drawn for a light
background), so nothing keeps a dark ink on a dark ground.
"""

from __future__ import annotations

import os
import re
from functools import cache

from PySide6.QtCore import QByteArray, QFile, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from tierslieu.gui import settings_store

THEMES = ("system", "light", "dark")
# light-theme ink -> its dark-theme counterpart, in every SVG icon
_DARK_INK = {"#34495e": "#d5dde2", "#546e7a": "#b0bec5", "#1f6f78": "#5cc2cc"}
_ICON_SIZES = (16, 22, 24, 32, 48)

_dark = False
_listening: QObject | None = None


def chosen() -> str:
    """The environment's forced theme, else the Settings' choice, else "system"."""
    forced = os.environ.get("TIERSLIEU_THEME", "").strip().lower()
    if forced in THEMES:
        return forced
    return settings_store.theme()


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark)


def is_dark() -> bool:
    """Whether the dark look is applied now."""
    return _dark


def dark_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202629"), (roles.WindowText, "#e3e8eb"),
                         (roles.Base, "#171c1f"), (roles.AlternateBase, "#1e2427"),
                         (roles.ToolTipBase, "#2b3337"), (roles.ToolTipText, "#e3e8eb"),
                         (roles.PlaceholderText, "#8a989f"), (roles.Text, "#e3e8eb"),
                         (roles.Button, "#2b3337"), (roles.ButtonText, "#e3e8eb"),
                         (roles.BrightText, "#ff8a80"), (roles.Link, "#6cc9d2"),
                         (roles.Highlight, "#2b7c85"), (roles.HighlightedText, "#ffffff"),
                         (roles.Light, "#3a4449"), (roles.Midlight, "#323b40"),
                         (roles.Mid, "#262e32"), (roles.Dark, "#111517"),
                         (roles.Shadow, "#000000")):
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#6b787e"))
    return p


def _style_sheet(dark: bool) -> str:
    f = QFile(":/styles/app-dark.qss" if dark else ":/styles/app.qss")
    if not f.open(QFile.OpenModeFlag.ReadOnly | QFile.OpenModeFlag.Text):
        return ""
    try:
        return bytes(f.readAll().data()).decode("utf-8")
    finally:
        f.close()


def apply(app: QApplication | None = None) -> bool:
    """Apply the chosen (or the system's) look; returns whether it is dark. With "system",
    a later change of the desktop's colour scheme is followed at once."""
    global _dark, _listening
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert isinstance(app, QApplication)
    choice = chosen()
    dark = choice == "dark" or (choice == "system" and system_is_dark())
    _dark = dark
    # only what changes: re-polishing every live widget for nothing is slow, and in a
    # long-lived process (the test suite) it reached widgets being torn down
    palette = dark_palette() if dark else app.style().standardPalette()
    if app.palette() != palette:
        app.setPalette(palette)
    sheet = _style_sheet(dark)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    hints = QGuiApplication.styleHints()
    if _listening is None and hints is not None:
        hints.colorSchemeChanged.connect(lambda _scheme: chosen() == "system" and apply())
        _listening = hints
    return dark


@cache
def _svg(name: str) -> bytes:
    f = QFile(f":/icons/{name}.svg")
    if not f.open(QFile.OpenModeFlag.ReadOnly):
        return b""
    try:
        return bytes(f.readAll().data())
    finally:
        f.close()


def _recoloured(name: str) -> QIcon:
    text = _svg(name).decode("utf-8")
    for light, dark in _DARK_INK.items():
        text = text.replace(light, dark)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    out = QIcon()
    for size in _ICON_SIZES:
        for ratio in (1.0, 2.0):
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            out.addPixmap(pixmap)
    return out


_dark_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """``:/icons/<name>.svg``, recoloured for a dark background when the look is dark."""
    if not _dark:
        return QIcon(f":/icons/{name}.svg")
    found = _dark_icons.get(name)
    if found is None:
        found = _dark_icons[name] = _recoloured(name)
    return found


_HEX = re.compile(r"(?P<prop>[\w-]*(?:color|background)[\w-]*)\s*:\s*(?P<rest>[^;{}]*)")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def _shade(hex_colour: str, prop: str) -> str:
    """A light-theme colour turned for a dark ground, by what it paints: grounds get dark,
    inks get light, borders stay a step above the ground; hue and saturation are kept."""
    c = QColor(hex_colour)
    h, s, lightness = c.hslHueF(), c.hslSaturationF(), c.lightnessF()
    if prop.startswith("background"):
        new = min(max(1.0 - lightness, 0.15), 0.30) if lightness > 0.5 else lightness
    elif prop == "color":
        new = min(max(1.0 - lightness, 0.70), 0.92) if lightness < 0.6 else lightness
    else:                                   # border-*-color, gridline-color...
        new = min(max(1.0 - lightness, 0.22), 0.38) if lightness > 0.5 else lightness
    out = QColor.fromHslF(h if h >= 0 else 0.0, s, new)
    return str(out.name())


def adapt(sheet: str) -> str:
    """A page's own light style sheet, as is in the light look, turned for the dark one:
    ``widget.setStyleSheet(theme.adapt(STYLE))`` keeps its text readable either way."""
    if not _dark:
        return sheet

    def one(match: re.Match[str]) -> str:
        prop = match.group("prop").lower()
        kind = "background" if "background" in prop else "color" if prop == "color" else "border"
        rest = _COLOUR.sub(lambda c: _shade(c.group(0), kind), match.group("rest"))
        return f"{match.group('prop')}: {rest}"

    sheet = re.sub(r"(?<![\w-])(border(?:-\w+)*)\s*:\s*([^;{}]*)",
                   lambda m: f"{m.group(1)}: " + _COLOUR.sub(
                       lambda c: _shade(c.group(0), "border"), m.group(2)), sheet)
    sheet = _HEX.sub(one, sheet)
    return sheet.replace("chevron-up.svg", "chevron-up-light.svg").replace(
        "chevron-down.svg", "chevron-down-light.svg")
