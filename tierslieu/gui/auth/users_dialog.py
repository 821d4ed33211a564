"""The administrators' "Users" window: create an account, change its role, reset its
password, disable or unlock it, and unblock a member's kiosk PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from tierslieu import timeutil
from tierslieu.errors import TiersLieuError
from tierslieu.gui.errors import show_error
from tierslieu.gui.models.base import Column, RowTableModel
from tierslieu.i18n import choice_label
from tierslieu.security import ROLES
from tierslieu.services import auth, kiosk, members
from tierslieu.services.auth import UserRow


class UsersModel(RowTableModel[UserRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column("login", QCoreApplication.translate("UsersModel", "Login"), lambda u: u.login),
            Column("name", QCoreApplication.translate("UsersModel", "Name"), lambda u: u.display_name),
            Column("role", QCoreApplication.translate("UsersModel", "Role"), lambda u: choice_label(u.role)),
            Column("state", QCoreApplication.translate("UsersModel", "State"), lambda u: QCoreApplication.translate("UsersModel", "Active") if u.active
                   else QCoreApplication.translate("UsersModel", "Disabled")),
            Column("last", QCoreApplication.translate("UsersModel", "Last sign-in"), lambda u: (
                f"{timeutil.to_local(u.last_login_at, timeutil.DEFAULT_TZ):%d/%m/%Y %H:%M}"
                if u.last_login_at else ""), sort_key=lambda u: u.last_login_at),
        ], parent)


class NewUserDialog(QDialog):
    """Login, name, role and password of a new account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        self.login = QLineEdit(self)
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in ROLES:
            self.role.addItem(choice_label(role), role)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Login"), self.login)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Confirm"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)


class UsersDialog(QDialog):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Users"))
        self.resize(820, 460)
        self.model = UsersModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("New user…"), self)
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.password_button = QPushButton(self.tr("Reset password…"), self)
        self.active_button = QPushButton(self.tr("Disable"), self)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.pin_button = QPushButton(self.tr("Unblock a kiosk PIN…"), self)
        self.new_button.clicked.connect(self.new_user)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.pin_button.clicked.connect(self.unblock_pin)
        side = QVBoxLayout()
        for b in (self.new_button, self.role_button, self.password_button, self.active_button,
                  self.unlock_button):
            side.addWidget(b)
        side.addStretch(1)
        side.addWidget(self.pin_button)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        try:
            self.model.set_rows(auth.list_users(self.engine))
        except TiersLieuError as exc:
            show_error(self, exc)
        if chosen is not None:      # the same account stays selected after a change
            row = self.model.find_row(lambda u: u.id == chosen.id)
            if row >= 0:
                self.view.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        user = self.selected()
        for b in (self.role_button, self.password_button, self.active_button,
                  self.unlock_button):
            b.setEnabled(user is not None)
        self.active_button.setText(self.tr("Enable") if user is not None and not user.active
                                   else self.tr("Disable"))

    def _do(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(self.engine, *args)
        except TiersLieuError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True

    def new_user(self) -> bool:
        dialog = NewUserDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.password.text() != dialog.confirm.text():
                dialog.error.setText(self.tr("The two passwords differ."))
                dialog.error.setVisible(True)
                continue
            try:
                auth.create_user(self.engine, dialog.login.text(), dialog.password.text(),
                                 dialog.role.currentData(), display_name=dialog.name.text())
            except TiersLieuError as exc:
                dialog.error.setText(exc.message())
                dialog.error.setVisible(True)
                continue
            self.refresh()
            return True
        return False

    def change_role(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        labels = [choice_label(r) for r in ROLES]
        label, ok = QInputDialog.getItem(self, self.tr("Change role"),
                                         self.tr("Role of {login}").format(login=user.login),
                                         labels, ROLES.index(user.role), False)
        return ok and self._do(auth.set_role, user.id, ROLES[labels.index(label)])

    def reset_password(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("New password for {login} (8 characters or more)").format(login=user.login),
            QLineEdit.EchoMode.Password)
        return ok and self._do(auth.set_password, user.id, password)

    def toggle_active(self) -> bool:
        user = self.selected()
        return user is not None and self._do(auth.set_active, user.id, not user.active)

    def unlock(self) -> bool:
        user = self.selected()
        return user is not None and self._do(auth.unlock, user.id)

    def unblock_pin(self) -> bool:
        ref, ok = QInputDialog.getText(self, self.tr("Unblock a kiosk PIN"),
                                       self.tr("E-mail or number of the member"))
        if not ok or not ref.strip():
            return False
        try:
            person = members.find(self.engine, ref)
            kiosk.unblock_pin(self.engine, person.id)
        except TiersLieuError as exc:
            show_error(self, exc)
            return False
        QMessageBox.information(self, self.tr("Kiosk PIN"),
                                self.tr("The kiosk PIN of {name} is unblocked.").format(
                                    name=f"{person.first_name} {person.last_name}".strip()))
        return True
