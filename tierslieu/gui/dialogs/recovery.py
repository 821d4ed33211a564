"""The database is damaged: restore a good backup, open another file, or quit.

Shown at start-up when :func:`tierslieu.db.setup.open_database` raises
:class:`~tierslieu.errors.DatabaseDamagedError`. By then the damaged file has already
been moved aside, untouched; the dialog lists the backups that pass their checks (newest
first, the newest preselected) and restores the chosen one with the core's
:func:`tierslieu.db.backup.restore` (validated, copied with the backup API, renamed into
place), off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tierslieu.db.backup import BackupInfo, RestoreResult, restore
from tierslieu.errors import DatabaseDamagedError
from tierslieu.gui.errors import error_text
from tierslieu.gui.fmt import fmt_datetime
from tierslieu.gui.models.base import RIGHT, Column, RowTableModel
from tierslieu.gui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

RESTORED, OPEN_OTHER = "restored", "open"


class BackupsModel(RowTableModel[BackupInfo]):
    """Candidate backups: date, kind, size, schema revision."""

    def __init__(self, titles: dict[str, str], kinds: dict[str, str],
                 parent: QObject | None = None) -> None:
        locale = QLocale()
        super().__init__([
            Column("date", titles["date"], lambda b: fmt_datetime(b.created),
                   sort_key=lambda b: b.created),
            Column("kind", titles["kind"], lambda b: kinds.get(b.kind, b.kind)),
            Column("size", titles["size"], lambda b: locale.formattedDataSize(
                b.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat),
                   sort_key=lambda b: b.size, align=RIGHT),
            Column("revision", titles["revision"], lambda b: b.revision or "",
                   align=RIGHT),
        ], parent)


class RecoveryDialog(QDialog):
    """``exec()`` is Accepted when a backup was restored (``outcome == RESTORED``) or
    another file was chosen (``outcome == OPEN_OTHER``, ``chosen_file``); Rejected: quit."""

    def __init__(self, error: DatabaseDamagedError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.db_path = Path(error.path)
        self.outcome: str | None = None
        self.chosen_file: Path | None = None
        self.restored: RestoreResult | None = None
        self.setWindowTitle(self.tr("TiersLieu — damaged database"))
        self.setMinimumWidth(640)
        self.resize(720, 420 if error.candidates else 220)
        self._build()
        self.model.set_rows(error.candidates)
        if error.candidates:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    # -- set-up ----------------------------------------------------------------------------

    def _build(self) -> None:
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("The database is damaged and cannot be opened."))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        self.aside_label = QLabel(self.tr(
            "Nothing was deleted: the damaged file was moved aside, untouched, to\n{path}")
            .format(path=self.error.aside))
        self.aside_label.setWordWrap(True)
        self.aside_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.error.candidates:
            hint = self.tr("Restore a backup that passed its checks: the newest is selected. "
                           "Changes made after that backup will have to be entered again.")
        else:
            hint = self.tr("No backup that passes its checks was found next to the database. "
                           "Open another database file, or quit.")
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        header = QVBoxLayout()
        header.addWidget(title)
        header.addWidget(self.aside_label)
        header.addWidget(self.hint_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(header, 1)

        titles = {"date": self.tr("Date"), "kind": self.tr("Kind"), "size": self.tr("Size"),
                  "revision": self.tr("Revision")}
        kinds = {"daily": self.tr("Daily"), "manual": self.tr("Manual"),
                 "pre-migration": self.tr("Before an upgrade"),
                 "before-restore": self.tr("Before a restore"),
                 "pre-repair": self.tr("Before a repair"), "other": self.tr("Other")}
        self.model = BackupsModel(titles, kinds, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header_view = self.view.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the kind
        self.view.setVisible(bool(self.error.candidates))
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())

        self.error_label = QLabel()
        self.error_label.setObjectName("generalError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore selected backup"))
        self.open_button = QPushButton(self.tr("Open another file…"))
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button.clicked.connect(self.open_other)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        if not self.error.candidates:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        # Enter restores the preselected backup; Tab reaches the list to choose another
        (self.restore_button if self.error.candidates else self.open_button).setFocus()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # -- actions ---------------------------------------------------------------------------

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.error_label.hide()
        self.restore_button.setEnabled(False)
        db_path = self.db_path

        def work(_progress: Callable[[int, int], None]) -> RestoreResult:
            return restore(db_path, chosen.path)

        run_task(self, work, on_done=self._restored, on_error=self._failed,
                 label=self.tr("Restoring the backup…"))

    def _restored(self, result: RestoreResult) -> None:
        self.restored = result
        self.outcome = RESTORED
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self._update_buttons()

    def open_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(self.db_path.parent),
            self.tr("TiersLieu databases (*.sqlite *.db);;All files (*)"))
        if not path:
            return
        self.chosen_file = Path(path)
        self.outcome = OPEN_OTHER
        self.accept()


def open_with_recovery(open_db: Callable[[str | None], Engine], db: str | None,
                       parent: QWidget | None = None) -> Engine | None:
    """``open_db(db)``; while the database turns out damaged, offer the recovery dialog.

    Returns the engine, or None when the user chose to quit.
    """
    while True:
        try:
            return open_db(db)
        except DatabaseDamagedError as exc:
            dialog = RecoveryDialog(exc, parent)
            if not dialog.exec():  # Rejected: the user quits
                return None
            if dialog.outcome == OPEN_OTHER and dialog.chosen_file is not None:
                db = str(dialog.chosen_file)
