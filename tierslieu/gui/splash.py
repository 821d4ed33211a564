"""The start-up splash: a window on screen before SQLAlchemy and the pages are imported.

Opening TiersLieu imports SQLAlchemy and the data model, opens the database and builds
the first page: about a second on a large network. The splash is painted first (only Qt
is loaded), says what is being opened and closes when the sign-in dialog or the main
window appears. It stays below dialogs (no "stay on top"), so a recovery dialog or the
first-run wizard is never hidden behind it. Nothing here imports the rest of the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel

from tierslieu.i18n import current_language

WIDTH, HEIGHT = 520, 260
BACKGROUND = QColor("#12403f")      # the sidebar's teal
TEXT = QColor("#ffffff")
MUTED = QColor("#b2dfdb")

_shown: list[QLabel] = []     # kept alive (no parent) until closed


def _texts(db_label: str) -> tuple[str, str]:
    if current_language() == "en":
        return ("Front desk, incubator, community",
                f"Opening {db_label}…" if db_label else "Opening…")
    return ("Accueil, incubateur, communauté",
            f"Ouverture de {db_label}…" if db_label else "Ouverture…")


def _pixmap(db_label: str, ratio: float) -> QPixmap:
    pix = QPixmap(int(WIDTH * ratio), int(HEIGHT * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(BACKGROUND)
    subtitle, opening = _texts(db_label)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    logo = QSvgRenderer(":/icons/logo.svg")
    if logo.isValid():
        logo.render(p, QRectF(36, 60, 96, 96))
    title = QFont()
    title.setPointSize(26)
    title.setBold(True)
    p.setFont(title)
    p.setPen(TEXT)
    p.drawText(QRectF(152, 60, WIDTH - 170, 48), Qt.AlignmentFlag.AlignVCenter, "TiersLieu")
    body = QFont()
    body.setPointSize(11)
    p.setFont(body)
    p.setPen(MUTED)
    p.drawText(QRectF(152, 110, WIDTH - 170, 40),
               Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, subtitle)
    p.setPen(TEXT)
    p.drawText(QRectF(36, HEIGHT - 56, WIDTH - 72, 28),
               Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
               p.fontMetrics().elidedText(opening, Qt.TextElideMode.ElideMiddle, WIDTH - 72))
    p.end()
    return pix


def show_splash(db: str | None = None) -> QLabel:
    """Create the QApplication if needed, paint the splash and return it.

    A frameless label rather than ``QSplashScreen``, which waits up to a second for the
    window to be exposed (and does, offscreen, every time)."""
    import tierslieu.gui  # noqa: F401 - the compiled resources (the logo)

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    screen = app.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    splash = QLabel()
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setObjectName("tierslieuSplash")
    splash.setAccessibleName("TiersLieu")
    splash.setPixmap(_pixmap(Path(db).name if db else "", ratio))
    splash.setFixedSize(WIDTH, HEIGHT)
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    splash.show()
    app.processEvents()
    _shown.append(splash)
    return splash


def close_splash() -> None:
    """Close the splash if one is showing (the sign-in dialog or a window replaces it)."""
    while _shown:
        splash = _shown.pop()
        splash.close()
        splash.deleteLater()
