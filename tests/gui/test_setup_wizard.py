"""The first-run wizard: driven with real widgets from ``run_gui`` to a working main window."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWizard

from tierslieu import i18n
from tierslieu.gui.app import remove_translators, run_gui
from tierslieu.gui.main_window import MainWindow
from tierslieu.gui.setup import wizard as wizard_module
from tierslieu.gui.setup.wizard import (
    PAGE_DONE,
    PAGE_HOURS,
    PAGE_IDENTITY,
    PAGE_PLACE,
    PAGE_RESOURCES,
    FirstRunWizard,
    needs_first_run,
)
from tierslieu.paths import default_db_path
from tierslieu.services import configuration, spaces

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
                       "60e6kgAAAABJRU5ErkJggg==")
ENTER = Qt.Key.Key_Return
ADMIN = ("directrice", "un mot de passe solide")


@pytest.fixture
def restore_app(qapp: QApplication) -> Iterator[QApplication]:
    """run_gui styles and translates the shared application: put it back afterwards."""
    locale = QLocale()
    yield qapp
    from tierslieu import security

    security.set_session(None)
    remove_translators(qapp)
    QLocale.setDefault(locale)
    i18n.set_language(None)
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())


def _next(wizard: FirstRunWizard, qtbot: Any) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _fill_identity(wizard: FirstRunWizard, qtbot: Any, siret: str = "732 829 320 00074") -> None:
    page = wizard.identity_page
    qtbot.keyClicks(page.name_edit, "La Fabrique des Possibles")
    qtbot.keyClicks(page.address_edit, "12 rue des Tanneurs")
    qtbot.keyClicks(page.postcode_edit, "69001")
    qtbot.keyClicks(page.city_edit, "Lyon")
    qtbot.keyClicks(page.siret_edit, siret)
    page.vat_exempt.click()


def _cell_editor(view: Any) -> Any:
    [editor] = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    return editor


def _type_in_cell(view: Any, qtbot: Any, row: int, col: int, text: str) -> None:
    view.setCurrentIndex(view.model().index(row, col))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)      # F2 edits the current cell
    editor = _cell_editor(view)
    qtbot.keyClicks(editor, text)
    _commit(view, editor, qtbot)


def _commit(view: Any, editor: Any, qtbot: Any) -> None:
    """Enter commits the cell (the delegate does it on the next turn of the event loop)."""
    qtbot.keyClick(editor, ENTER)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def drive(wizard: FirstRunWizard, qtbot: Any, logo: Path) -> None:
    """Fill every page from the keyboard and the mouse, as a director would."""
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == wizard_module.PAGE_WELCOME
    _next(wizard, qtbot)
    _fill_identity(wizard, qtbot)
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_PLACE
    qtbot.keyClicks(wizard.place_page.logo.edit, str(logo))
    assert wizard.place_page.timezone.zone() == "Europe/Paris"
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_HOURS
    hours = wizard.hours_page.editor
    saturday = hours.rows[5]
    saturday[0].click()                                  # open on Saturday mornings
    saturday[2].setTime(saturday[2].time().fromString("13:00", "HH:mm"))
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_RESOURCES
    editor = wizard.resources_page.editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    name_editor = _cell_editor(editor.view)
    qtbot.keyClicks(name_editor, "Salle Curie")
    _commit(editor.view, name_editor, qtbot)
    _type_in_cell(editor.view, qtbot, 2, 3, "35,50")
    _next(wizard, qtbot)
    assert wizard.currentId() == wizard_module.PAGE_ADMIN
    qtbot.keyClicks(wizard.admin_page.login_edit, ADMIN[0])
    qtbot.keyClicks(wizard.admin_page.password_edit, ADMIN[1])
    qtbot.keyClicks(wizard.admin_page.confirm_edit, ADMIN[1])
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_DONE
    assert "La Fabrique des Possibles" in wizard.done_page.summary.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)


def test_first_start_goes_through_the_wizard_to_the_main_window(
        qtbot, restore_app, monkeypatch, tmp_path, shot) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    assert needs_first_run(None)
    seen: dict[str, Any] = {}

    def fake_wizard_exec(self: FirstRunWizard) -> int:
        drive(self, qtbot, logo)
        seen["wizard"] = self.outcome
        return int(self.result())

    def fake_app_exec(self: QApplication) -> int:
        [window] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible()]
        seen["title"] = window.windowTitle()
        seen["page"] = window.current_page()
        seen["first"] = window.pages()[0]
        seen["resources"] = spaces.list_resources(window.ctx.engine)
        seen["conf"] = configuration.load(window.ctx.engine)
        shot(window, "first-run-main-window")
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(FirstRunWizard, "exec", fake_wizard_exec)
    monkeypatch.setattr(QApplication, "exec", fake_app_exec)
    # the sign-in that follows is the accounts' own dialog: sign in as the new admin
    from tierslieu.gui.auth import login_dialog
    from tierslieu.services import auth

    monkeypatch.setattr(login_dialog, "ask_login", lambda engine, **_k: auth.login(
        engine, *ADMIN))
    assert run_gui(None, lang="fr") == 0

    assert seen["wizard"] == "created"
    assert default_db_path().exists() and not needs_first_run(None)
    # lands on the first page (the home page when it exists), the tiers-lieu named
    assert seen["page"] is seen["first"]
    assert seen["title"].startswith("La Fabrique des Possibles — TiersLieu")
    assert sorted((r.name, r.kind, r.capacity, r.hourly_price_cents)
                  for r in seen["resources"]) == [
        ("Open space", "hot_desk_zone", 12, 0), ("Salle Curie", "meeting_room", 1, 3550),
        ("Salle de réunion", "meeting_room", 8, 2500)]
    conf = seen["conf"]
    assert (conf.name, conf.city, conf.siret, conf.vat_exempt) == (
        "La Fabrique des Possibles", "Lyon", "73282932000074", True)
    assert sorted(conf.opening_hours) == [0, 1, 2, 3, 4, 5]
    assert conf.opening_hours[5][0][1].hour == 13
    assert Path(conf.logo).parent == default_db_path().parent


def test_each_page_refuses_its_bad_fields_and_finish_writes_nothing_until_right(
        qtbot, tmp_path, restore_app) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "new.sqlite"
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # name required
    _fill_identity(wizard, qtbot, siret="123 456")
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_IDENTITY                           # refused
    errors = wizard.field_errors.errors()
    assert list(errors) == ["siret"] and "SIRET" in errors["siret"]
    wizard.identity_page.siret_edit.setText("73282932000074")
    assert wizard.field_errors.errors() == {}                            # cleared on typing
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_PLACE
    wizard.place_page.logo.set_path(str(tmp_path / "nowhere.png"))
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_PLACE and "logo" in wizard.field_errors.errors()
    wizard.place_page.logo.set_path("")
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_RESOURCES
    model = wizard.resources_page.editor.model
    model.setData(model.index(0, 3), "vingt")
    _next(wizard, qtbot)
    assert wizard.currentId() == PAGE_RESOURCES
    assert "ligne 1" in wizard.field_errors.errors()["resources"]
    model.setData(model.index(0, 3), "20")
    while wizard.currentId() != PAGE_DONE:
        _next(wizard, qtbot)
    # an error found only at the end (the logo file vanished) goes back to its page
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    wizard.place_page.logo.set_path(str(logo))
    logo.unlink()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == PAGE_PLACE and wizard.outcome is None
    assert not db.exists()
    wizard.place_page.logo.set_path("")
    while wizard.currentId() != PAGE_DONE:
        _next(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.outcome == "created" and db.exists()


def test_open_the_demo_is_one_click_away(qtbot, tmp_path, restore_app) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(tmp_path / "new.sqlite")
    qtbot.addWidget(wizard)
    wizard.show()
    button = wizard.welcome_page.demo_button
    assert button.isVisible() and "&" in button.text()           # Alt+D from the keyboard
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert wizard.outcome == "demo" and wizard.result() == 1
    assert not (tmp_path / "new.sqlite").exists()


def test_the_administrator_page_creates_the_first_account(qtbot, tmp_path, restore_app) -> None:  # type: ignore[no-untyped-def]
    from tierslieu.db.engine import make_engine
    from tierslieu.services import auth

    db = tmp_path / "new.sqlite"
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(wizard, qtbot)
    _fill_identity(wizard, qtbot)
    while wizard.currentId() != wizard_module.PAGE_ADMIN:
        _next(wizard, qtbot)
    page = wizard.admin_page
    assert page is not None
    qtbot.keyClicks(page.login_edit, "directrice")
    qtbot.keyClicks(page.password_edit, "un mot de passe solide")
    qtbot.keyClicks(page.confirm_edit, "un autre mot de passe")
    _next(wizard, qtbot)
    assert list(wizard.field_errors.errors()) == ["password"]
    page.confirm_edit.setText("un mot de passe solide")
    _next(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.outcome == "created"
    engine = make_engine(db)
    try:
        assert [(u.login, u.role) for u in auth.list_users(engine)] == [("directrice", "admin")]
    finally:
        engine.dispose()


def test_the_wizard_is_only_for_the_default_database(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert needs_first_run(None)
    assert not needs_first_run(None, demo=True)
    assert not needs_first_run(str(tmp_path / "other.sqlite"))
    monkeypatch.setenv("TIERSLIEU_DB", str(tmp_path / "env.sqlite"))
    assert not needs_first_run(None)
    monkeypatch.delenv("TIERSLIEU_DB")
    default_db_path().write_bytes(b"")
    assert not needs_first_run(None)
