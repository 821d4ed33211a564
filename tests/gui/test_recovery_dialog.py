"""The recovery dialog: a corrupted database → the good backups listed, newest selected →
restore → the database opens with the backup's data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tierslieu.db import backup as backups
from tierslieu.db.engine import make_engine
from tierslieu.db.setup import open_database
from tierslieu.errors import DatabaseDamagedError
from tierslieu.gui.dialogs.recovery import (
    OPEN_OTHER,
    RESTORED,
    RecoveryDialog,
    open_with_recovery,
)
from tierslieu.services import members
from tierslieu.services.dto import MemberQuery, PersonInput

DAY = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)


def _corrupt(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2 - (size // 2) % 4096)
        fh.write(b"\x00\xff" * 4096)


def _people(engine: Any) -> int:
    return len(members.search(engine, MemberQuery(limit=1000)))


def _copy(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return backups.backup_sqlite_file(src, dest)


@pytest.fixture(scope="module")
def with_backups(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    """Built once: two daily backups (40 then 80 people), then 20 more people."""
    db_path = _copy(template_db, tmp_path_factory.mktemp("tpl") / "test.sqlite")
    engine = make_engine(db_path)
    for day in range(2):
        for i in range(40):
            members.create(engine, PersonInput(first_name="Zoë", last_name=f"N{day}-{i}",
                                               notes="note " * 50))
        backups.make_backup(db_path, "daily", DAY + timedelta(days=day))
    for i in range(20):
        members.create(engine, PersonInput(last_name=f"Perdu {i}"))
    engine.dispose()
    return db_path


@pytest.fixture
def damaged(with_backups: Path, tmp_path: Path) -> DatabaseDamagedError:
    """This test's copy of the database and its backups, the database garbled and opened."""
    db_path = _copy(with_backups, tmp_path / "test.sqlite")
    for saved in (with_backups.parent / "backups").glob("*.sqlite"):
        _copy(saved, tmp_path / "backups" / saved.name)
    _corrupt(db_path)
    with pytest.raises(DatabaseDamagedError) as err:
        open_database(db_path)
    return err.value


def test_lists_the_good_backups_and_restores_the_newest(damaged: DatabaseDamagedError,
                                                        qtbot: Any, qtmodeltester: Any,
                                                        shot: Any) -> None:
    d = RecoveryDialog(damaged)
    qtbot.addWidget(d)
    d.show()
    qtmodeltester.check(d.model)
    assert d.model.rowCount() == 2
    assert d.model.index(0, 0).data() == "24/11/2026 08:30"          # Paris time, newest first
    assert d.model.index(1, 0).data() == "23/11/2026 08:30"
    assert d.model.index(0, 3).data() == damaged.candidates[0].revision
    assert d.selected() == damaged.candidates[0]                       # preselected
    assert d.restore_button.isEnabled() and d.restore_button.isDefault()
    assert str(damaged.aside) in d.aside_label.text()
    shot(d, "recovery")

    qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    assert d.result() == QDialog.DialogCode.Accepted and d.outcome == RESTORED
    engine = open_database(damaged.path)
    assert _people(engine) == 80                                       # the newest backup
    engine.dispose()
    assert Path(damaged.aside).exists()                                # still kept aside


def test_an_older_backup_can_be_chosen(damaged: DatabaseDamagedError, qtbot: Any) -> None:
    d = RecoveryDialog(damaged)
    qtbot.addWidget(d)
    d.view.selectRow(1)
    assert d.selected() == damaged.candidates[1]
    d.restore_selected()
    assert d.outcome == RESTORED
    engine = open_database(damaged.path)
    assert _people(engine) == 40
    engine.dispose()


def test_a_failed_restore_keeps_the_dialog_open_with_the_reason(
        damaged: DatabaseDamagedError, qtbot: Any) -> None:
    d = RecoveryDialog(damaged)
    qtbot.addWidget(d)
    d.show()
    _corrupt(damaged.candidates[0].path)  # damaged after it was listed
    d.restore_selected()
    assert d.outcome is None and d.isVisible()
    assert d.error_label.isVisible() and "endommagée" in d.error_label.text()
    assert not Path(damaged.path).exists()  # nothing half-restored


def test_without_any_good_backup_only_open_or_quit(tmp_path: Path, template_db: Path,
                                                   qtbot: Any, file_dialog: Any) -> None:
    path = backups.backup_sqlite_file(template_db, tmp_path / "seul.sqlite")
    with open(path, "r+b") as fh:
        fh.write(b"garbage!" * 16)
    with pytest.raises(DatabaseDamagedError) as err:
        open_database(path)
    d = RecoveryDialog(err.value)
    qtbot.addWidget(d)
    d.show()
    assert not d.restore_button.isEnabled() and not d.view.isVisible()
    assert "No backup" in d.hint_label.text() or "Aucune" in d.hint_label.text()
    file_dialog.open_path = ""           # cancelled: nothing happens
    qtbot.mouseClick(d.open_button, Qt.MouseButton.LeftButton)
    assert d.outcome is None and d.isVisible()
    file_dialog.open_path = str(template_db)
    qtbot.mouseClick(d.open_button, Qt.MouseButton.LeftButton)
    assert d.outcome == OPEN_OTHER and d.chosen_file == template_db
    assert d.result() == QDialog.DialogCode.Accepted


def test_open_with_recovery_restores_then_opens(damaged: DatabaseDamagedError, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(damaged.path)
    backups.backup_sqlite_file(damaged.candidates[0].path, path)  # damage it once more
    _corrupt(path)
    shown = []

    def click_restore(self: RecoveryDialog) -> int:
        shown.append(self)
        self.restore_selected()
        return self.result()

    monkeypatch.setattr(RecoveryDialog, "exec", click_restore)
    engine = open_with_recovery(lambda db: open_database(db), str(path))
    assert engine is not None and len(shown) == 1
    assert _people(engine) == 80
    engine.dispose()

    _corrupt(path)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: 0)  # the user quits
    assert open_with_recovery(lambda db: open_database(db), str(path)) is None


def test_the_main_entry_point_shows_the_dialog(damaged: DatabaseDamagedError, qapp: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui: a damaged file → the recovery dialog; quitting it exits 1."""
    from tierslieu.gui import app as gui_app

    path = Path(damaged.path)
    backups.backup_sqlite_file(damaged.candidates[1].path, path)
    _corrupt(path)
    garbled = path.read_bytes()
    seen: list[RecoveryDialog] = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: seen.append(self) or 0)
    try:
        assert gui_app.run_gui(str(path)) == 1
    finally:  # run_gui styled and translated the shared application
        gui_app.remove_translators(qapp)
        qapp.setStyleSheet("")
    assert len(seen) == 1 and seen[0].model.rowCount() == 2
    assert Path(seen[0].error.aside).read_bytes() == garbled and not path.exists()
