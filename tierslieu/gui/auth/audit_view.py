"""The administrators' "Audit log" window: who did what, when, filtered by user, action
and dates; the chain's integrity checked on demand."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from tierslieu import timeutil
from tierslieu.errors import TiersLieuError
from tierslieu.gui.errors import show_error
from tierslieu.gui.models.base import RIGHT, Column, RowTableModel
from tierslieu.i18n import choice_label
from tierslieu.services import audit
from tierslieu.services.audit import AuditQuery, AuditRow

DEFAULT_DAYS = 30


def _when(r: AuditRow) -> str:
    return f"{timeutil.to_local(r.at, timeutil.DEFAULT_TZ):%d/%m/%Y %H:%M:%S}"


def _detail(r: AuditRow) -> str:
    return ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in r.detail.items())


class AuditModel(RowTableModel[AuditRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column("id", "#", lambda r: r.id, sort_key=lambda r: r.id, align=RIGHT),
            Column("at", QCoreApplication.translate("AuditModel", "Date"), _when, sort_key=lambda r: r.at),
            Column("login", QCoreApplication.translate("AuditModel", "User"), lambda r: r.login),
            Column("role", QCoreApplication.translate("AuditModel", "Role"), lambda r: choice_label(r.role)),
            Column("action", QCoreApplication.translate("AuditModel", "Action"), lambda r: r.action),
            Column("entity", QCoreApplication.translate("AuditModel", "Record"), lambda r: f"{r.entity} {r.entity_id}".strip()),
            Column("detail", QCoreApplication.translate("AuditModel", "Details"), _detail, tooltip=_detail),
        ], parent)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class AuditDialog(QDialog):
    """Filters on top, the entries (newest first) below; every change re-queries."""

    def __init__(self, engine: Engine, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 600)
        today = today or timeutil.local_naive(datetime.now(UTC), timeutil.DEFAULT_TZ).date()
        self.user_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        self.from_edit = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS)), self)
        self.to_edit = QDateEdit(_qdate(today), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.verify_button = QPushButton(self.tr("Check integrity"), self)
        self.verify_button.clicked.connect(self.verify)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("User"), self.user_combo),
                             (self.tr("Action"), self.action_combo),
                             (self.tr("From"), self.from_edit), (self.tr("To"), self.to_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        self.model = AuditModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._fill_facets()
        for combo in (self.user_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        self.refresh()

    def _fill_facets(self) -> None:
        try:
            logins, actions = audit.facets(self.engine)
        except TiersLieuError as exc:
            show_error(self, exc)
            logins, actions = [], []
        for combo, values in ((self.user_combo, logins), (self.action_combo, actions)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)

    def query(self) -> AuditQuery:
        return AuditQuery(login=self.user_combo.currentData(),
                          action=self.action_combo.currentData(),
                          start=_pydate(self.from_edit.date()),
                          end=_pydate(self.to_edit.date()))

    def refresh(self) -> None:
        try:
            rows = audit.entries(self.engine, self.query())
        except TiersLieuError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.status.setText(self.tr("%n entries", "", len(rows)))

    def verify(self) -> bool:
        try:
            report = audit.verify(self.engine)
        except TiersLieuError as exc:
            show_error(self, exc)
            return False
        if report.ok:
            self.status.setText(self.tr("Integrity checked: {count} entries, unbroken chain.")
                                .format(count=report.checked))
        else:
            self.status.setText(self.tr("The log was altered at entry #{id}: {problem}")
                                .format(id=report.bad_id, problem=report.problem))
        return report.ok

