"""The administrators' audit log window: filters by user, action and dates; integrity;
the users' window; the Administration menu."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.gui.auth.audit_view import AuditDialog
from tierslieu.gui.auth.users_dialog import UsersDialog
from tierslieu.services import audit, auth, members
from tierslieu.services.dto import PersonInput

TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    monkeypatch.setattr(auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                       parallelism=1))


@pytest.fixture
def logged(ctx: Any) -> Any:
    e = ctx.engine
    sam = security.Principal("front_desk", "sam", 2)
    with transaction(e) as s:      # entries on known days (the clock is not injectable here)
        for at, who, action, pid in (
                (datetime(2026, 9, 1, 9, tzinfo=UTC), sam, "member.create", 1),
                (datetime(2026, 11, 20, 9, tzinfo=UTC), sam, "member.update", 1),
                (datetime(2026, 11, 24, 15, tzinfo=UTC), security.OWNER, "member.archive", 2),
                (datetime(2026, 11, 25, 8, tzinfo=UTC), sam, "booking.cancel", 7)):
            with security.acting_as(who):
                audit.record(s, action, "booking" if "booking" in action else "person", pid,
                             {"n": 1}, at=at)
    return ctx


def _actions(dlg: AuditDialog) -> list[str]:
    return [r.action for r in dlg.model.rows()]


def test_filters_by_user_action_and_dates(logged: Any, qtbot: Any, qtmodeltester: Any) -> None:
    dlg = AuditDialog(logged.engine, today=TODAY)
    qtbot.addWidget(dlg)
    qtmodeltester.check(dlg.model)
    # the last 30 days by default, newest first
    assert _actions(dlg) == ["booking.cancel", "member.archive", "member.update"]
    dlg.from_edit.setDate(QDate(2026, 1, 1))
    assert _actions(dlg)[-1] == "member.create"
    dlg.user_combo.setCurrentIndex(dlg.user_combo.findData("sam"))
    assert _actions(dlg) == ["booking.cancel", "member.update", "member.create"]
    dlg.action_combo.setCurrentIndex(dlg.action_combo.findData("member.update"))
    assert _actions(dlg) == ["member.update"]
    dlg.action_combo.setCurrentIndex(0)               # all actions
    dlg.to_edit.setDate(QDate(2026, 11, 24))           # 25/11 08:00 UTC is the 25th in Paris
    assert _actions(dlg) == ["member.update", "member.create"]
    row = dlg.model.rows()[0]
    assert dlg.model.index(0, 1).data() == "20/11/2026 10:00:00"   # Paris time
    assert dlg.model.index(0, 2).data() == "sam" and row.entity_id == "1"
    assert "Entries" not in dlg.status.text() and "2" in dlg.status.text()


def test_integrity_check_from_the_window(logged: Any, qtbot: Any) -> None:
    dlg = AuditDialog(logged.engine, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.verify() and "4" in dlg.status.text()


def test_refused_to_other_roles(logged: Any, qtbot: Any, msgbox: Any) -> None:
    with security.acting_as(security.Principal("director", "dominique")):
        dlg = AuditDialog(logged.engine, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() == 0
    assert any("audit.read" in t for t in msgbox.texts("warning"))


def test_users_window(ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QInputDialog

    from tierslieu.gui.auth import users_dialog

    e = ctx.engine
    auth.create_user(e, "admin", "admin-password", "admin")
    dlg = UsersDialog(e)
    qtbot.addWidget(dlg)
    assert [u.login for u in dlg.model.rows()] == ["admin"]

    def fill(self: Any) -> int:
        self.login.setText("ines")
        self.name.setText("Inès")
        self.role.setCurrentIndex(self.role.findData("incubation"))
        self.password.setText("incubation!")
        self.confirm.setText("incubation!")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(users_dialog.NewUserDialog, "exec", fill)
    assert dlg.new_user()
    assert sorted(u.login for u in dlg.model.rows()) == ["admin", "ines"]
    dlg.view.selectRow(dlg.model.find_row(lambda u: u.login == "ines"))
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("Direction", True)))
    assert dlg.change_role()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("nouveau-secret", True)))
    assert dlg.reset_password()
    assert auth.login(e, "ines", "nouveau-secret").role == "director"
    assert dlg.toggle_active() and not auth.find_user(e, "ines").active
    helene = members.create(e, PersonInput(last_name="Le Clerc", email="h@exemple.fr"))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("h@exemple.fr", True)))
    assert dlg.unblock_pin()
    assert [r.action for r in audit.entries(e, audit.AuditQuery(action="kiosk."))] == \
        ["kiosk.unblock"] and audit.entries(e)[0].entity_id == str(helene.id)


def test_audit_screenshot_with_demo_data(demo_ctx: Any, qtbot: Any, shot: Any,
                                         styled_app: Any) -> None:
    e = demo_ctx.engine
    with security.acting_as(auth.login(e, "accueil", "demo-accueil")):
        p = members.find(e, "helene.leclerc@compostup.example")
        members.update(e, p.id, PersonInput(first_name=p.first_name, last_name=p.last_name,
                                            email=p.email, phone="06 11 22 33 44"))
        members.archive(e, [p.id])
    auth.login(e, "admin", "demo-admin")
    dlg = AuditDialog(e)
    qtbot.addWidget(dlg)
    dlg.resize(1180, 560)
    dlg.show()
    dlg.verify()
    styled_app.processEvents()
    assert dlg.model.rowCount() >= 10
    shot(dlg, "audit")
