"""The members page: instant search, filters, sorting in the model, archive, empty states."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.models.members import (
    COL_EMAIL,
    COL_JOINED,
    COL_NAME,
    COL_ORGS,
    MembersModel,
)
from tierslieu.gui.pages.members import MembersPage
from tierslieu.services import members, organizations
from tierslieu.services.dto import OrganizationInput, PersonInput

PEOPLE = [
    # first, last, e-mail, organisation, tags, joined
    ("Hélène", "Le Clerc", "helene.leclerc@example.org", "Atelier Bois", "design, bois",
     date(2023, 5, 2)),
    ("Helene", "Martin", "hmartin@example.org", None, "python", date(2024, 1, 15)),
    ("Hélène", "Dubois", "h.dubois@example.org", "Coop Vélo", "vélo", None),
    ("Zoé", "Aubert", "zoe@example.org", "Atelier Bois", "bois", date(2022, 9, 1)),
    ("Marc", "Zimmer", "marc.zimmer@example.org", "Coop Vélo", "", date(2025, 2, 20)),
    ("Élise", "Blanc", "", None, "design", date(2021, 6, 30)),
]


@pytest.fixture
def people(ctx: Any) -> dict[str, int]:
    engine = ctx.engine
    for name in ("Atelier Bois", "Coop Vélo"):
        organizations.create(engine, OrganizationInput(name=name, kind="association"))
    ids = {}
    for first, last, email, org, tags, joined in PEOPLE:
        p = members.create(engine, PersonInput(
            first_name=first, last_name=last, email=email or None, organization=org,
            tags=tags, joined_on=joined, public_category="independent" if org else "student"))
        ids[f"{first} {last}"] = p.id
    return ids


def _page(qtbot: Any, ctx: Any) -> MembersPage:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    return page


def _names(page: MembersPage) -> list[str]:
    return [r.display_name for r in page.model.rows()]


def _search(qtbot: Any, page: MembersPage, text: str) -> None:
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, text)
    # the debounce timer fires ~200 ms after the last key
    qtbot.waitUntil(lambda: page.model.rowCount() == len(members.search(
        page.ctx.engine, page.query())) and not page._search_timer.isActive(), timeout=3000)


def test_model_passes_qt_model_checks(qtmodeltester: Any, ctx: Any, people: Any) -> None:
    model = MembersModel()
    model.set_rows(members.search(ctx.engine))
    qtmodeltester.check(model)
    model.sort(COL_JOINED, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    first = model.index(0, COL_NAME)
    assert model.data(first, ROW_ROLE).joined_on == date(2025, 2, 20)
    assert model.data(model.index(0, COL_JOINED)) == "20/02/2025"
    # people without a date come last in both directions
    assert model.rows()[-1].joined_on is None
    model.sort(COL_JOINED, Qt.SortOrder.AscendingOrder)
    assert model.rows()[-1].joined_on is None


def test_lists_everyone_sorted_by_last_name(qtbot: Any, ctx: Any, people: Any) -> None:
    page = _page(qtbot, ctx)
    assert _names(page) == ["Zoé Aubert", "Élise Blanc", "Hélène Dubois", "Hélène Le Clerc",
                            "Helene Martin", "Marc Zimmer"]
    index = page.model.index(3, COL_ORGS)
    assert page.model.data(index) == "Atelier Bois"
    assert page.empty_label.isHidden()


def test_typing_searches_without_accents_after_a_pause(qtbot: Any, ctx: Any, people: Any) -> None:
    page = _page(qtbot, ctx)
    with qtbot.waitSignal(page.sig_status, timeout=3000) as status:
        qtbot.keyClicks(page.search_edit, "helene")
    assert sorted(_names(page)) == ["Helene Martin", "Hélène Dubois", "Hélène Le Clerc"]
    assert status.args == ["3 of 6 member(s) match"]

    _search(qtbot, page, "leclerc")
    assert _names(page) == ["Hélène Le Clerc"]
    _search(qtbot, page, "VELO")          # a tag and an organisation, any case
    assert _names(page) == ["Hélène Dubois", "Marc Zimmer"]


def test_no_match_shows_a_hint_that_clears_the_search(qtbot: Any, ctx: Any, people: Any,
                                                     shot: Any) -> None:
    page = _page(qtbot, ctx)
    _search(qtbot, page, "xyz")
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert "xyz" in page.empty_label.text()
    shot(page, "members_page_no_match")
    page.empty_label.linkActivated.emit("clear")
    assert page.search_edit.text() == ""
    assert page.model.rowCount() == 6 and page.empty_label.isHidden()


def test_empty_database_invites_to_import_or_create(qtbot: Any, ctx: Any) -> None:
    page = _page(qtbot, ctx)
    assert page.empty_label.isVisible()
    assert "Ctrl+N" in page.empty_label.text()
    assert page.status_text() == "0 member(s)"


def test_clicking_a_header_sorts_and_is_remembered(qtbot: Any, ctx: Any, people: Any) -> None:
    page = _page(qtbot, ctx)
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(COL_EMAIL) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    emails = [r.email for r in page.model.rows()]
    filled = [e for e in emails if e]
    assert filled == sorted(filled) and emails[-1] == ""       # the empty e-mail goes last
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    emails = [r.email for r in page.model.rows()]
    assert [e for e in emails if e] == sorted(filled, reverse=True)
    assert page.model.sort_state() == (COL_EMAIL, Qt.SortOrder.DescendingOrder)

    again = _page(qtbot, ctx)     # a new page (next start) sorts the same way
    assert [r.email for r in again.model.rows()] == emails


def test_sorting_keeps_the_selection_on_the_same_people(qtbot: Any, ctx: Any,
                                                        people: Any) -> None:
    page = _page(qtbot, ctx)
    page.view.selectRow(0)
    chosen = page.selected_rows()
    page.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.selected_rows() == chosen
    assert page.model.rows()[-1] == chosen[0]


def test_filters_by_organisation_tag_and_category(qtbot: Any, ctx: Any, people: Any) -> None:
    page = _page(qtbot, ctx)
    page.org_combo.setCurrentIndex(page.org_combo.findText("Coop Vélo"))
    assert _names(page) == ["Hélène Dubois", "Marc Zimmer"]
    page.org_combo.setCurrentIndex(0)
    page.tag_combo.setCurrentIndex(page.tag_combo.findText("design"))
    assert _names(page) == ["Élise Blanc", "Hélène Le Clerc"]
    page.tag_combo.setCurrentIndex(0)
    page.category_combo.setCurrentIndex(page.category_combo.findData("student"))
    assert _names(page) == ["Élise Blanc", "Helene Martin"]
    assert page.status_text() == "2 of 6 member(s) match"


def test_filter_by_organization_from_the_organisations_page(qtbot: Any, ctx: Any,
                                                           people: Any) -> None:
    page = _page(qtbot, ctx)
    _search(qtbot, page, "zoe")
    org = organizations.find(ctx.engine, "Atelier Bois")
    page.filter_by_organization(org.id)
    assert page.search_edit.text() == ""
    assert _names(page) == ["Zoé Aubert", "Hélène Le Clerc"]


def test_archive_asks_first_then_moves_people_out_of_active(
        qtbot: Any, ctx: Any, people: Any, msgbox: Any) -> None:
    page = _page(qtbot, ctx)
    page.view.selectRow(0)
    page.view.selectionModel().select(
        page.model.index(1, 0), page.view.selectionModel().SelectionFlag.Select
        | page.view.selectionModel().SelectionFlag.Rows)
    assert [r.display_name for r in page.selected_rows()] == ["Zoé Aubert", "Élise Blanc"]

    msgbox.answer = QMessageBox.StandardButton.Cancel
    page.act_archive.trigger()
    assert msgbox.last[0] == "question" and "2" in msgbox.last[2]
    assert members.count(ctx.engine, "archived") == 0

    msgbox.answer = QMessageBox.StandardButton.Yes
    page.act_archive.trigger()
    assert members.count(ctx.engine, "archived") == 2
    assert "Zoé Aubert" not in _names(page) and len(_names(page)) == 4

    page.status_combo.setCurrentIndex(page.status_combo.findData("archived"))
    assert _names(page) == ["Zoé Aubert", "Élise Blanc"]
    page.view.selectAll()
    assert page.act_restore.isEnabled() and not page.act_archive.isEnabled()
    page.act_restore.trigger()
    assert page.model.rowCount() == 0 and members.count(ctx.engine, "archived") == 0


def test_copy_email_addresses_of_the_selection(qtbot: Any, ctx: Any, people: Any) -> None:
    page = _page(qtbot, ctx)
    page.view.selectAll()
    page.act_copy.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.split("; ")[0] == "zoe@example.org"
    assert len(copied.split("; ")) == 5           # Élise has no address


def test_enter_opens_the_edit_dialog_and_saving_refreshes(qtbot: Any, ctx: Any,
                                                          people: Any) -> None:
    page = _page(qtbot, ctx)
    page.view.setFocus()
    page.view.selectRow(3)
    page.view.setCurrentIndex(page.model.index(3, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dlg = page._dialog
    assert dlg is not None and dlg.person.display_name == "Hélène Le Clerc"
    dlg.ui.lastNameEdit.setText("Leclerc-Moreau")
    assert dlg.save()
    assert "Hélène Leclerc-Moreau" in _names(page)
    assert page.selected_rows()[0].last_name == "Leclerc-Moreau"


def test_export_writes_the_members_shown(qtbot: Any, ctx: Any, people: Any,
                                         file_dialog: Any, tmp_path: Path) -> None:
    page = _page(qtbot, ctx)
    page.org_combo.setCurrentIndex(page.org_combo.findText("Atelier Bois"))
    file_dialog.save_path = str(tmp_path / "export")
    with qtbot.waitSignal(page.sig_status, timeout=3000):
        page.export_csv()
    out = tmp_path / "export.csv"
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert [r[1] for r in rows[1:]] == ["Aubert", "Le Clerc"]


def test_screenshot_with_demo_data(qtbot: Any, demo_ctx: Any, shot: Any) -> None:

    ctx = demo_ctx  # the seed-1 demo, generated once per run
    page = _page(qtbot, ctx)
    page.resize(1280, 800)
    assert page.model.rowCount() > 50
    assert page.status_text() == f"{page.model.rowCount()} member(s)"
    page.view.selectRow(2)
    shot(page, "members_page")


def test_import_button_opens_the_wizard_and_the_list_follows(
        qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from tierslieu.gui.dialogs.import_wizard import ImportWizard

    page = _page(qtbot, ctx)
    page.import_button.click()
    wizard = page._dialog
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    path = tmp_path / "m.csv"
    path.write_text("Nom;Prénom;E-mail\nDurand;Léa;lea@example.org\n", encoding="utf-8")
    wizard.ui.pathEdit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.report is not None and wizard.report.created == 1
    wizard.accept()
    assert _names(page) == ["Léa Durand"]
    assert page.empty_label.isHidden()
