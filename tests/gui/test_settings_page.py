"""The Settings page: loads every section, saves them in one go, shows errors inline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tierslieu.gui import settings_store, theme
from tierslieu.gui.main_window import MainWindow
from tierslieu.gui.settings.page import (
    TAB_BILLING,
    TAB_BOOKINGS,
    TAB_IDENTITY,
    TAB_RESOURCES,
    SettingsPage,
)
from tierslieu.services import configuration, settings, setup, spaces
from tierslieu.services.setup import ResourceSpec, SetupInput


@pytest.fixture
def set_up(ctx: Any) -> Any:
    setup.initialise(ctx.engine, SetupInput(
        name="Le Hangar", city="Nantes", postcode="44000", siret="73282932000074",
        vat_exempt=True, opening_hours={0: [(time(9), time(18))]},
        resources=(ResourceSpec("Salle Jaune", "meeting_room", 6, 2000),)))
    return ctx


@pytest.fixture
def page(set_up: Any, qtbot: Any) -> SettingsPage:
    p = SettingsPage(set_up)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    return p


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())
    theme._dark = False


def test_the_page_shows_what_the_wizard_wrote(page: SettingsPage) -> None:
    assert page.name_edit.text() == "Le Hangar"
    assert page.city_edit.text() == "Nantes" and page.vat_exempt.isChecked()
    assert not page.vat_edit.isEnabled()
    assert page.hours.hours() == {0: [(time(9), time(18))]}
    assert [(line.name, line.locked) for line in page.resources.model.lines] == [
        ("Salle Jaune", True)]
    assert (page.before_spin.value(), page.after_spin.value(), page.cutoff_spin.value()) == (
        10, 30, 24)
    assert (page.keep_daily.value(), page.keep_monthly.value(), page.retention.value()) == (
        7, 12, 365)
    assert not page.dirty and not page.revert_button.isEnabled()


def test_save_writes_every_tab_through_the_service(page: SettingsPage, qtbot: Any) -> None:
    qtbot.keyClicks(page.name_edit, " a Idees")           # QTest types ASCII only
    page.name_edit.setText("Le Hangar à Idées")
    page.vat_subject.click()
    qtbot.keyClicks(page.vat_edit, "FR40303265045")
    page.hours.rows[2][0].click()                       # open on Wednesdays too
    page.iban_edit.setText("FR76 3000 6000 0112 3456 7890 189")
    page.payment_days.setValue(45)
    page.cutoff_spin.setValue(48)
    page.after_spin.setValue(15)
    page.keep_daily.setValue(14)
    page.retention.setValue(180)
    page.new_item()                                     # Ctrl+N: a resource row
    assert page.tabs.currentIndex() == TAB_RESOURCES
    model = page.resources.model
    model.setData(model.index(1, 0), "Box 1")
    model.setData(model.index(1, 1), "phone_booth")
    assert page.dirty and page.revert_button.isEnabled()
    statuses: list[str] = []
    page.sig_status.connect(statuses.append)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    conf = configuration.load(page.ctx.engine)
    assert (conf.name, conf.vat_exempt, conf.vat_number, conf.payment_days) == (
        "Le Hangar à Idées", False, "FR40303265045", 45)
    assert sorted(conf.opening_hours) == [0, 2]
    assert (conf.cancel_cutoff_hours, conf.checkin_after_minutes, conf.keep_daily,
            conf.retention_days) == (48, 15, 14, 180)
    assert sorted(r.name for r in spaces.list_resources(page.ctx.engine)) == [
        "Box 1", "Salle Jaune"]
    assert settings.get(page.ctx.engine, setup.NAME_SETTING) == "Le Hangar à Idées"
    assert statuses[-1] == "Settings saved"
    assert not page.dirty and all(line.locked for line in model.lines)


def test_errors_show_under_their_fields_on_their_tab_and_nothing_is_saved(
        page: SettingsPage, qtbot: Any) -> None:
    before = configuration.load(page.ctx.engine)
    page.tabs.setCurrentIndex(TAB_BOOKINGS)
    page.siret_edit.setText("123")
    page.email_edit.setText("pas-un-mail")
    page.timezone.set_zone("Mars/Olympus")
    assert page.save() is False
    errors = page.errors()
    assert set(errors) == {"siret", "seller_email", "timezone"}
    assert "SIRET" in errors["siret"] and "Mars/Olympus" in errors["timezone"]
    assert page.tabs.currentIndex() == TAB_IDENTITY           # the first error's tab
    assert page.siret_edit.property("invalid") is True
    assert configuration.load(page.ctx.engine) == before
    page.siret_edit.setText("73282932000074")                 # typing clears its message
    assert "siret" not in page.errors()
    page.tabs.setCurrentIndex(TAB_BILLING)
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.email_edit.text() == "" and page.timezone.zone() == "Europe/Paris"
    assert page.errors() == {} and not page.dirty


def test_language_and_look_are_this_computers(page: SettingsPage, light_again: None) -> None:
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert settings_store.language() == "en"
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    assert settings_store.theme() == "dark"
    assert theme.is_dark()
    assert QApplication.palette().window().color().lightness() < 80
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("light"))
    assert not theme.is_dark() and settings_store.theme() == "light"
    assert not page.dirty                       # nothing for the database to save


def test_the_main_window_has_the_page_and_retitles_on_save(set_up: Any, qtbot: Any) -> None:
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Le Hangar — TiersLieu")
    window.act_settings.trigger()
    assert window.current_page() is window.settings_page
    assert window.act_settings.shortcut().toString() == "Ctrl+,"
    page = window.settings_page
    page.name_edit.setText("La Ruche")
    assert page.save()
    assert window.windowTitle().startswith("La Ruche — TiersLieu")
