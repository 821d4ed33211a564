"""The login dialog (wrong and right passwords, the demo's accounts, the first
administrator), the lock after inactivity, the session's principal, and --smoke."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tierslieu import security
from tierslieu.gui.auth import session
from tierslieu.gui.auth.login_dialog import LoginDialog
from tierslieu.services import auth
from tierslieu.services.demo_users import DEMO_ACCOUNTS


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from argon2 import PasswordHasher

    monkeypatch.setattr(auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                       parallelism=1))
    yield
    security.set_session(None)        # never leak a signed-in user into another test


@pytest.fixture
def staff(ctx: Any) -> Any:
    auth.create_user(ctx.engine, "sam", "bon-mot-de-passe", "front_desk",
                     display_name="Sam Accueil")
    return ctx


def test_wrong_then_right_password(staff: Any, qtbot: Any) -> None:
    dlg = LoginDialog(staff.engine, db_label="tierslieu.sqlite")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.ui.demoBox.isHidden() and dlg.ui.confirmEdit.isHidden()
    qtbot.keyClicks(dlg.ui.loginEdit, "sam")
    qtbot.keyClicks(dlg.ui.passwordEdit, "mauvais")
    qtbot.keyClick(dlg.ui.passwordEdit, Qt.Key.Key_Return)
    assert dlg.result() == 0 and dlg.principal is None
    assert dlg.error_text().startswith("Identifiant ou mot de passe incorrect.")
    assert dlg.ui.passwordEdit.text() == ""
    qtbot.keyClicks(dlg.ui.passwordEdit, "x")              # typing hides the error
    assert dlg.error_text() == ""
    dlg.ui.passwordEdit.setText("bon-mot-de-passe")
    assert dlg.submit()
    assert dlg.result() == LoginDialog.DialogCode.Accepted
    assert dlg.principal is not None and (dlg.principal.login, dlg.principal.role) == (
        "sam", "front_desk")


def test_an_unknown_login_reads_like_a_wrong_password(staff: Any, qtbot: Any) -> None:
    dlg = LoginDialog(staff.engine)
    qtbot.addWidget(dlg)
    dlg.ui.loginEdit.setText("personne")
    dlg.ui.passwordEdit.setText("bon-mot-de-passe")
    assert not dlg.submit()
    unknown = dlg.error_text()
    dlg.ui.loginEdit.setText("sam")
    dlg.ui.passwordEdit.setText("faux")
    assert not dlg.submit()
    assert dlg.error_text() == unknown


def test_the_demo_lists_one_account_per_role(demo_ctx: Any, qtbot: Any) -> None:
    dlg = LoginDialog(demo_ctx.engine, demo=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ui.demoBox.isHidden()
    rows = dlg.demo_model.rows()
    assert sorted(a.role for a in rows) == sorted(security.ROLES)
    cells = [dlg.demo_model.index(r, c).data() for r in range(5) for c in range(3)]
    assert "Direction" in cells and "direction" in cells and "demo-direction" in cells
    director = dlg.demo_model.find_row(lambda a: a.role == "director")
    dlg._demo_chosen(dlg.demo_model.index(director, 0))       # a double-click signs in
    assert dlg.principal is not None and dlg.principal.role == "director"


def test_the_first_start_creates_the_administrator(ctx: Any, qtbot: Any) -> None:
    assert not auth.has_users(ctx.engine)
    dlg = LoginDialog(ctx.engine, setup=True)
    qtbot.addWidget(dlg)
    assert not dlg.ui.confirmEdit.isHidden() and dlg.ui.demoBox.isHidden()
    dlg.ui.loginEdit.setText("patron")
    dlg.ui.nameEdit.setText("Pat Patron")
    dlg.ui.passwordEdit.setText("premier-compte")
    dlg.ui.confirmEdit.setText("premier-comptX")
    assert not dlg.submit() and "differ" in dlg.error_text()
    dlg.ui.passwordEdit.setText("court")
    dlg.ui.confirmEdit.setText("court")
    assert not dlg.submit() and "8" in dlg.error_text()
    dlg.ui.passwordEdit.setText("premier-compte")
    dlg.ui.confirmEdit.setText("premier-compte")
    assert dlg.submit()
    assert dlg.principal is not None and dlg.principal.role == "admin"
    assert [u.login for u in auth.list_users(ctx.engine)] == ["patron"]


def test_the_session_locks_and_the_password_unlocks(staff: Any, qtbot: Any) -> None:
    from tierslieu.gui.main_window import MainWindow

    principal = auth.login(staff.engine, "sam", "bon-mot-de-passe")
    session.start(principal)
    window = MainWindow(staff, remember=False)
    qtbot.addWidget(window)
    lock = session.attach(window, staff.engine, principal)
    window.show()
    assert lock.timer.isActive() and lock.timer.interval() == 10 * 60_000   # the default
    # who may do what: the front desk sees neither the audit log nor the users
    assert not window.admin_actions["audit"].isEnabled()
    assert not window.admin_actions["users"].isEnabled()
    lock.lock()
    assert lock.overlay.is_locked() and not window.centralWidget().isEnabled()
    lock.overlay.password.setText("faux")
    assert not lock.overlay.unlock() and lock.overlay.is_locked()
    assert lock.overlay.error.text().startswith("Identifiant ou mot de passe incorrect.")
    lock.overlay.password.setText("bon-mot-de-passe")
    assert lock.overlay.unlock()
    assert not lock.overlay.is_locked() and window.centralWidget().isEnabled()
    assert security.current() == principal


def test_the_lock_delay_is_a_setting(staff: Any) -> None:
    from tierslieu.services import settings

    assert session.lock_minutes(staff.engine) == 10
    settings.set(staff.engine, session.LOCK_SETTING, 3)
    assert session.lock_minutes(staff.engine) == 3


def test_smoke_signs_in_as_the_demo_administrator(demo_ctx: Any) -> None:
    p = session.smoke_principal(demo_ctx.engine, demo=True)
    assert (p.login, p.role) == (DEMO_ACCOUNTS[0].login, "admin") and p.user_id is not None
    assert session.smoke_principal(demo_ctx.engine, demo=False) == security.OWNER


def test_login_screenshot(demo_ctx: Any, qtbot: Any, shot: Any, styled_app: Any) -> None:
    dlg = LoginDialog(demo_ctx.engine, demo=True, db_label="demo.sqlite")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ui.loginEdit.setText("accueil")
    dlg.ui.passwordEdit.setText("faux")
    dlg.submit()
    styled_app.processEvents()
    path = shot(dlg, "login")
    assert path.exists() and dlg.error_text()


def test_start_up_opens_the_window_of_the_role_that_signed_in(
        staff: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from tierslieu.gui.kiosk.window import KioskWindow
    from tierslieu.gui.main_window import MainWindow

    sam = auth.login(staff.engine, "sam", "bon-mot-de-passe")
    monkeypatch.setattr(session, "sign_in", lambda *a, **k: (session.start(sam), sam)[1])
    window = session.open_signed_in(staff)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and security.current() == sam
    assert window.session_lock.timer.isActive()
    assert "sam · Accueil" in [w.text() for w in window.statusBar().findChildren(
        type(window.title_label))]
    window.close()
    with security.acting_as(security.OWNER):     # sam may not create accounts
        auth.create_user(staff.engine, "borne", "demo-borne", "kiosk")
    kiosk_user = auth.login(staff.engine, "borne", "demo-borne")
    monkeypatch.setattr(session, "sign_in", lambda *a, **k: kiosk_user)
    monkeypatch.setattr(KioskWindow, "showFullScreen", KioskWindow.show)
    kiosk_window = session.open_signed_in(staff)
    qtbot.addWidget(kiosk_window)
    assert isinstance(kiosk_window, KioskWindow)
    assert security.current() == security.KIOSK_DEVICE       # the bare kiosk until a PIN
    monkeypatch.setattr(session, "sign_in", lambda *a, **k: None)
    assert session.open_signed_in(staff) is None               # cancelled: nothing opens
