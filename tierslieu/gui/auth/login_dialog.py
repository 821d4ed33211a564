"""The login dialog, shown once the database is open; on a database without any account
it asks for the administrator's account first.

The dialog only calls :mod:`tierslieu.services.auth`; the principal it returns is what
``run_gui`` makes the session's (:func:`tierslieu.gui.auth.session.start`). With the demo
database it lists the demo accounts (one per role): a double-click signs in with one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget
from sqlalchemy.engine import Engine

from tierslieu.errors import TiersLieuError
from tierslieu.gui.forms.ui_login_dialog import Ui_LoginDialog
from tierslieu.gui.models.base import Column, RowTableModel
from tierslieu.i18n import choice_label
from tierslieu.security import Principal
from tierslieu.services import auth
from tierslieu.services.demo_users import DEMO_ACCOUNTS, DemoAccount


class DemoAccountsModel(RowTableModel[DemoAccount]):
    """The demo's accounts: role, login, password (public, demo only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column("role", QCoreApplication.translate("DemoAccountsModel", "Role"), lambda a: choice_label(a.role)),
            Column("login", QCoreApplication.translate("DemoAccountsModel", "Login"), lambda a: a.login),
            Column("password", QCoreApplication.translate("DemoAccountsModel", "Password"), lambda a: a.password),
        ], parent)


class LoginDialog(QDialog):
    """``exec()``; then :attr:`principal` is who signed in (``None`` if cancelled).

    ``setup=True``: no account exists yet, the form creates the administrator.
    """

    def __init__(self, engine: Engine, *, setup: bool = False, demo: bool = False,
                 db_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setup = setup
        self.principal: Principal | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        font = QFont(self.ui.titleLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit"))
        for widget in (self.ui.nameLabel, self.ui.nameEdit, self.ui.confirmLabel,
                       self.ui.confirmEdit):
            widget.setVisible(setup)
        if setup:
            self.setWindowTitle(self.tr("First start — TiersLieu"))
            self.ui.titleLabel.setText(self.tr("Create the administrator account"))
            self.ui.subtitleLabel.setText(self.tr(
                "This database has no account yet. The administrator manages the other "
                "accounts and their roles. Choose a password of at least 8 characters."))
            ok.setText(self.tr("Create and sign in"))
        else:
            self.ui.subtitleLabel.setText(
                self.tr("Database: {db}").format(db=db_label) if db_label else "")
            ok.setText(self.tr("Sign in"))
        self.setMinimumWidth(500)
        self.demo_model = DemoAccountsModel(self)
        view = self.ui.demoView
        view.setModel(self.demo_model)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.demoBox.setVisible(demo and not setup)
        if demo and not setup:
            self.demo_model.set_rows(DEMO_ACCOUNTS)
        self.ui.demoView.doubleClicked.connect(self._demo_chosen)
        self.ui.demoView.clicked.connect(self._demo_fill)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        for edit in (self.ui.loginEdit, self.ui.passwordEdit, self.ui.nameEdit,
                     self.ui.confirmEdit):
            edit.textEdited.connect(lambda _t: self.ui.errorLabel.setVisible(False))
        self.ui.loginEdit.setFocus()
        self.adjustSize()

    def showEvent(self, event: QShowEvent) -> None:
        # the style sheet's paddings are known only once shown: size the accounts' table
        # to show every row without a scroll bar
        super().showEvent(event)
        view = self.ui.demoView
        if self.demo_model.rowCount():
            view.resizeColumnsToContents()
            view.resizeRowsToContents()
            rows = sum(view.rowHeight(r) for r in range(self.demo_model.rowCount()))
            header = max(view.horizontalHeader().height(),
                         view.horizontalHeader().sizeHint().height())
            view.setFixedHeight(header + rows + 2 * view.frameWidth() + 4)
        self._fit()

    def _fit(self) -> None:
        # not adjustSize(): it caps a window at 2/3 of the screen's height
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(max(self.width(), self.sizeHint().width()),
                    max(self.height(), self.sizeHint().height()))

    def _demo_fill(self, index: QModelIndex) -> None:
        account = self.demo_model.row_at(index)
        self.ui.loginEdit.setText(account.login)
        self.ui.passwordEdit.setText(account.password)

    def _demo_chosen(self, index: QModelIndex) -> None:
        self._demo_fill(index)
        self.submit()

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    def _fail(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)
        if self.isVisible():
            self._fit()
        self.ui.passwordEdit.clear()
        self.ui.confirmEdit.clear()
        self.ui.passwordEdit.setFocus()

    def submit(self) -> bool:
        """Check the form with the services; accept the dialog when it signs in."""
        login, password = self.ui.loginEdit.text(), self.ui.passwordEdit.text()
        try:
            if self.setup:
                if password != self.ui.confirmEdit.text():
                    self._fail(self.tr("The two passwords differ."))
                    return False
                auth.create_first_admin(self.engine, login, password,
                                        display_name=self.ui.nameEdit.text())
            self.principal = auth.login(self.engine, login, password)
        except TiersLieuError as exc:
            self._fail(exc.message())
            return False
        self.accept()
        return True


def ask_login(engine: Engine, *, demo: bool = False, db_label: str = "",
              parent: QWidget | None = None) -> Principal | None:
    """Show the dialog (the set-up form when no account exists); None when cancelled."""
    dialog = LoginDialog(engine, setup=not auth.has_users(engine), demo=demo,
                         db_label=db_label, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.principal if dialog.exec() == QDialog.DialogCode.Accepted else None
