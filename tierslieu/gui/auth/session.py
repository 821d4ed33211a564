"""The signed-in session of the desktop application: sign-in at start-up, the lock after
inactivity, and the Administration menu (audit log, users, lock now).

The principal of the user who signed in becomes the process's session principal
(:func:`tierslieu.security.set_session`), so every service called from any page, on the
GUI thread or the database worker, checks that user's role.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.errors import TiersLieuError
from tierslieu.security import Principal

log = logging.getLogger(__name__)

LOCK_SETTING = "security.lock_minutes"
DEFAULT_LOCK_MINUTES = 10
_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


def start(principal: Principal | None) -> None:
    """Make ``principal`` the session's (None: back to the database owner)."""
    security.set_session(principal)


def end() -> None:
    security.set_session(None)


def startup_housekeeping(engine: Engine) -> str:
    """Retention rules at start-up (as the database owner, just after the sign-in):
    inactive accounts flagged, audit entries older than 12 months purged. Returns the
    summary for the status bar; a failure is logged, never blocks the start."""
    from tierslieu.services import audit, gdpr

    try:
        summary = gdpr.apply_retention(engine)
        audit.purge(engine)
        return summary.message()
    except Exception as exc:  # noqa: BLE001 - housekeeping must not stop the application
        log.warning("start-up retention failed: %s", exc)
        return ""


def sign_in(engine: Engine, *, demo: bool = False, db_label: str = "",
            parent: QWidget | None = None) -> Principal | None:
    """The login dialog (the administrator's account first on a new database)."""
    from tierslieu.gui.auth.login_dialog import ask_login

    principal = ask_login(engine, demo=demo, db_label=db_label, parent=parent)
    if principal is not None:
        start(principal)
    return principal


def smoke_principal(engine: Engine, demo: bool) -> Principal:
    """``--smoke`` opens as the demo administrator (a real sign-in with the demo's public
    password), or as the owner on another database."""
    if demo:
        from tierslieu.services import auth
        from tierslieu.services.demo_users import DEMO_ACCOUNTS

        try:
            return auth.login(engine, DEMO_ACCOUNTS[0].login, DEMO_ACCOUNTS[0].password)
        except TiersLieuError:
            log.warning("demo administrator missing: smoke runs as the owner")
    return security.OWNER


def lock_minutes(engine: Engine) -> int:
    from tierslieu.services import settings

    try:
        value = int(settings.get(engine, LOCK_SETTING, DEFAULT_LOCK_MINUTES))
    except (TiersLieuError, TypeError, ValueError):
        value = DEFAULT_LOCK_MINUTES
    return max(1, value)


class LockOverlay(QFrame):
    """Covers the window while the session is locked; the password unlocks it."""

    def __init__(self, window: QMainWindow, engine: Engine, principal: Principal) -> None:
        super().__init__(window)
        self.window_ = window
        self.engine = engine
        self.principal = principal
        self.setObjectName("lockOverlay")
        self.setStyleSheet("#lockOverlay { background: rgba(18, 63, 70, 235); }"
                           "#lockCard { background: palette(window); border-radius: 12px; }")
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(420)
        title = QLabel(self.tr("Session locked"), card)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        who = QLabel(self.tr("Signed in as {login}. Enter your password to go on.").format(
            login=principal.login), card)
        who.setWordWrap(True)
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.error = QLabel(card)
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        quit_button = QPushButton(self.tr("Quit"), card)
        quit_button.clicked.connect(window.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.unlock_button)
        v = QVBoxLayout(card)
        v.setContentsMargins(28, 24, 28, 20)
        v.setSpacing(10)
        for w in (title, who, self.password, self.error):
            v.addWidget(w)
        v.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        window.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_.rect())
        return False

    def lock(self) -> None:
        self.setGeometry(self.window_.rect())
        self.password.clear()
        self.error.setVisible(False)
        for w in (self.window_.menuBar(), self.window_.centralWidget()):
            if w is not None:
                w.setEnabled(False)
        self.show()
        self.raise_()
        self.password.setFocus()

    def is_locked(self) -> bool:
        return self.isVisible()

    def unlock(self) -> bool:
        """The same sign-in as the login dialog (lockout included), for the same user."""
        from tierslieu.services import auth

        try:
            auth.login(self.engine, self.principal.login, self.password.text())
        except TiersLieuError as exc:
            self.password.clear()
            self.error.setText(exc.message())
            self.error.setVisible(True)
            return False
        for w in (self.window_.menuBar(), self.window_.centralWidget()):
            if w is not None:
                w.setEnabled(True)
        self.hide()
        return True


class SessionLock(QObject):
    """Locks the window after ``minutes`` without a key press or a click."""

    def __init__(self, window: QMainWindow, engine: Engine, principal: Principal, *,
                 minutes: int | None = None) -> None:
        super().__init__(window)
        self.overlay = LockOverlay(window, engine, principal)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval((minutes or lock_minutes(engine)) * 60_000)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self._forget)
        self.timer.start()

    def _forget(self, *_args: Any) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.overlay.is_locked():
            self.timer.start()
        return False

    def lock(self) -> None:
        self.timer.stop()
        self.overlay.lock()


def install_admin_menu(window: Any, *, before: Any = None) -> None:
    """An "Administration" menu (before the ``before`` menu): audit log and users for
    those allowed, lock the session for everyone."""
    from PySide6.QtWidgets import QMenu

    menu = QMenu(QCoreApplication.translate("AdminMenu", "&Administration"), window)
    if before is not None:
        window.menuBar().insertMenu(before.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    audit_action = QAction(QCoreApplication.translate("AdminMenu", "&Audit log…"), window)
    audit_action.triggered.connect(lambda: open_audit_log(window))
    users_action = QAction(QCoreApplication.translate("AdminMenu", "&Users…"), window)
    users_action.triggered.connect(lambda: open_users(window))
    lock_action = QAction(QCoreApplication.translate("AdminMenu", "&Lock the session"), window)
    lock_action.setShortcut(QKeySequence("Ctrl+L"))
    lock_action.triggered.connect(lambda: lock_now(window))
    audit_action.setEnabled(security.allowed("audit.read"))
    users_action.setEnabled(security.allowed("users.manage"))
    for act in (audit_action, users_action):
        menu.addAction(act)
    menu.addSeparator()
    menu.addAction(lock_action)
    window.admin_actions = {"audit": audit_action, "users": users_action, "lock": lock_action}
    if hasattr(window, "menus"):
        window.menus["admin"] = menu


def open_audit_log(window: Any) -> None:
    from tierslieu.gui.auth.audit_view import AuditDialog

    dialog = AuditDialog(window.ctx.engine, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def open_users(window: Any) -> None:
    from tierslieu.gui.auth.users_dialog import UsersDialog

    dialog = UsersDialog(window.ctx.engine, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def lock_now(window: Any) -> None:
    lock = getattr(window, "session_lock", None)
    if lock is not None:
        lock.lock()


def attach(window: Any, engine: Engine, principal: Principal) -> SessionLock:
    """The lock after inactivity, and who is signed in in the status bar."""
    window.session_lock = SessionLock(window, engine, principal)
    from tierslieu.i18n import choice_label

    label = QLabel(f"{principal.login} · {choice_label(principal.role)}")
    label.setObjectName("sessionUser")
    window.statusBar().addPermanentWidget(label)
    return window.session_lock


def open_signed_in(ctx: Any, *, demo: bool = False) -> QWidget | None:
    """Start-up after the database opened: retention rules, sign-in, then the main window
    (or the kiosk, for a kiosk account) with the inactivity lock. None if cancelled."""
    if demo:
        from tierslieu.services import auth, demo_users

        if not auth.has_users(ctx.engine):   # a demo made before accounts existed
            demo_users.generate(ctx.engine)
    from tierslieu.gui.splash import close_splash

    close_splash()       # the sign-in dialog replaces the start-up splash
    principal = sign_in(ctx.engine, demo=demo, db_label=ctx.db_label)
    if principal is None:
        return None
    # after the sign-in, so the dialog never waits for these writes (they wait for the
    # integrity check of the file, which runs while the user types), as the owner
    with security.acting_as(security.OWNER):
        summary = startup_housekeeping(ctx.engine)
    if principal.role == "kiosk":
        from tierslieu.gui.kiosk.window import KioskWindow

        start(security.KIOSK_DEVICE)
        kiosk_window = KioskWindow(ctx)
        kiosk_window.showFullScreen()
        return kiosk_window
    from tierslieu.gui.main_window import MainWindow

    window = MainWindow(ctx)
    attach(window, ctx.engine, principal)
    if summary:
        window.statusBar().showMessage(summary, 15_000)
    window.show()
    return window
