"""The organisations page, its model and its dialog, on a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.gui.models.organizations import OrganizationsModel, format_siret
from tierslieu.gui.pages.organizations import OrganizationsPage
from tierslieu.services import members, organizations
from tierslieu.services.dto import OrganizationInput, OrganizationQuery, PersonInput

VALID_SIRET = "73282932000074"
DESC = Qt.SortOrder.DescendingOrder


@pytest.fixture
def orgs(ctx):  # type: ignore[no-untyped-def]
    """Three organisations; Cycl'Avenir has 2 members, Fab Lab 1, Kalmi none."""
    e = ctx.engine
    made = {
        "fab": organizations.create(e, OrganizationInput(name="Fab Lab", kind="association",
                                                         city="Lyon")),
        "kalmi": organizations.create(e, OrganizationInput(name="Kalmi Santé", kind="startup",
                                                           city="Villeurbanne",
                                                           siret=VALID_SIRET)),
        "cycl": organizations.create(e, OrganizationInput(name="Cycl'Avenir",
                                                          kind="association", city="Lyon")),
    }
    for first, org in (("Ana", "Cycl'Avenir"), ("Bob", "Cycl'Avenir"), ("Cléa", "Fab Lab")):
        members.create(e, PersonInput(first_name=first, last_name="Martin",
                                      organization=org, role="member"))
    return made


@pytest.fixture
def page(ctx, orgs, qtbot):  # type: ignore[no-untyped-def]
    p = OrganizationsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    p.show()
    return p


def names(page: OrganizationsPage) -> list[str]:
    return [r.name for r in page.model.rows()]


def select(page: OrganizationsPage, *wanted: str) -> None:
    page.select_ids({r.id for r in page.model.rows() if r.name in wanted})


def test_model_passes_qt_model_tester(qtmodeltester, ctx, orgs) -> None:
    model = OrganizationsModel()
    model.set_rows(organizations.search(ctx.engine, OrganizationQuery(status="all")))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    row = model.index(0, 0).data(ROW_ROLE)
    assert model.index(0, 0).data() == row.name


def test_model_shows_labels_counts_and_grouped_siret(ctx, orgs) -> None:
    model = OrganizationsModel()
    model.set_rows(organizations.search(ctx.engine))
    kalmi = model.find_row(lambda r: r.name == "Kalmi Santé")
    cells = {c.key: model.index(kalmi, i).data() for i, c in enumerate(model.columns)}
    assert cells["kind"] == "Startup"
    assert cells["status"] == "Actif"          # TIERSLIEU_LANG=fr in tests
    assert cells["siret"] == "732 829 320 00074"
    assert cells["members"] == "0"
    assert format_siret("732829320") == "732 829 320"
    assert format_siret("12") == "12"


def test_lists_active_organisations_sorted_by_name(page) -> None:
    assert names(page) == ["Cycl'Avenir", "Fab Lab", "Kalmi Santé"]


def test_sorting_by_member_count_happens_in_the_model(page) -> None:
    column = page.model.column_index("members")
    page.table.sortByColumn(column, DESC)
    assert names(page) == ["Cycl'Avenir", "Fab Lab", "Kalmi Santé"]
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["Kalmi Santé", "Fab Lab", "Cycl'Avenir"]


def test_search_is_debounced_and_filters(page, qtbot) -> None:
    qtbot.keyClicks(page.search_edit, "lyon")
    assert len(names(page)) == 3                 # nothing until the timer fires
    qtbot.waitUntil(lambda: names(page) == ["Cycl'Avenir", "Fab Lab"])
    page.search_edit.setText("sante")           # accents do not matter
    page.refresh()
    assert names(page) == ["Kalmi Santé"]


def test_kind_and_status_filters(page, ctx, orgs) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("startup"))
    assert names(page) == ["Kalmi Santé"]
    page.kind_combo.setCurrentIndex(0)
    organizations.archive(ctx.engine, [orgs["fab"].id])
    page.status_combo.setCurrentIndex(page.status_combo.findData("archived"))
    assert names(page) == ["Fab Lab"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("all"))
    assert len(names(page)) == 3


def test_empty_state_hint_and_clear_link(page, qtbot) -> None:
    page.search_edit.setText("zzz")
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert "zzz" in page.empty_label.text()
    page.empty_label.linkActivated.emit("clear")
    assert page.search_edit.text() == ""
    assert len(names(page)) == 3
    assert not page.empty_label.isVisible()


def test_empty_database_invites_to_create(ctx, qtbot) -> None:
    p = OrganizationsPage(ctx)
    qtbot.addWidget(p)
    p.show()
    assert p.empty_label.isVisible() and "Ctrl+N" in p.empty_label.text()
    with qtbot.waitSignal(p.sig_status) as status:
        p.refresh()
    assert status.args == ["No organisations"]


def test_status_counts_and_selection(page, qtbot) -> None:
    with qtbot.waitSignal(page.sig_status) as status:
        page.refresh()
    assert status.args == ["3 organisations"]
    seen: list[str] = []
    page.sig_status.connect(seen.append)
    select(page, "Fab Lab", "Kalmi Santé")
    assert seen[-1] == "3 organisations · 2 selected"


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_create_with_inline_validation(page, ctx, qtbot) -> None:
    page.new_item()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "La Fabrique du Lien")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("association"))
    qtbot.keyClicks(dialog.ui.siretEdit, "123")
    _save(dialog)

    assert dialog.isVisible()                               # stays open
    errors = dialog.errors()
    assert set(errors) == {"siret"} and "123" in errors["siret"]
    assert dialog.ui.siretError.isVisible()
    assert dialog.ui.siretEdit.property("invalid") is True
    assert organizations.search(ctx.engine, OrganizationQuery(text="fabrique")) == []

    dialog.ui.siretEdit.setText(VALID_SIRET)                # editing clears the error
    assert dialog.errors() == {} and not dialog.ui.siretEdit.property("invalid")
    with qtbot.waitSignal(dialog.sig_saved):
        _save(dialog)
    assert not dialog.isVisible()
    saved = organizations.find(ctx.engine, "La Fabrique du Lien")
    assert (saved.kind, saved.siret) == ("association", VALID_SIRET)
    assert "La Fabrique du Lien" in names(page)
    assert [r.name for r in page.selected_rows()] == ["La Fabrique du Lien"]


def test_duplicate_name_is_shown_on_the_name_field(page, ctx) -> None:
    page.new_item()
    dialog = page.dialog
    dialog.ui.nameEdit.setText("fab lab")
    _save(dialog)
    assert dialog.isVisible()
    assert list(dialog.errors()) == ["name"]
    assert len(organizations.search(ctx.engine, OrganizationQuery(status="all"))) == 3


def test_double_click_edits_and_saves(page, ctx, orgs, qtbot) -> None:
    row = page.model.find_row(lambda r: r.name == "Kalmi Santé")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog is not None and dialog.org_id == orgs["kalmi"].id
    assert dialog.ui.siretEdit.text() == VALID_SIRET
    assert dialog.ui.kindCombo.currentData() == "startup"
    dialog.ui.cityEdit.setText("Lyon")
    _save(dialog)
    assert organizations.get(ctx.engine, orgs["kalmi"].id).city == "Lyon"


def test_archive_asks_first_then_restore(page, ctx, orgs, msgbox) -> None:
    select(page, "Fab Lab")
    msgbox.answer = msgbox.answer.No
    page.archive_selected()
    assert msgbox.kinds() == ["question"] and "Fab Lab" in msgbox.last[2]
    assert organizations.get(ctx.engine, orgs["fab"].id).status == "active"

    msgbox.answer = msgbox.answer.Yes
    page.archive_selected()
    assert organizations.get(ctx.engine, orgs["fab"].id).status == "archived"
    assert "Fab Lab" not in names(page)

    page.status_combo.setCurrentIndex(page.status_combo.findData("archived"))
    select(page, "Fab Lab")
    assert page.restore_button.isEnabled() and not page.archive_button.isEnabled()
    page.restore_selected()
    assert organizations.get(ctx.engine, orgs["fab"].id).status == "active"


def test_archive_several_with_the_delete_key(page, ctx, msgbox, qtbot) -> None:
    select(page, "Fab Lab", "Kalmi Santé")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "2" in msgbox.last[2]
    assert names(page) == ["Cycl'Avenir"]


def test_context_menu_follows_the_selection(page, orgs, qtbot) -> None:
    select(page, "Fab Lab")
    texts = [a.text() for a in page.context_menu().actions() if not a.isSeparator()]
    assert texts == ["&Edit…", "Show &members", "&Archive…"]
    with qtbot.waitSignal(page.sig_show_members) as shown:
        page.act_members.trigger()
    assert shown.args == [orgs["fab"].id]


def test_column_layout_is_remembered(ctx, orgs, qtbot) -> None:
    first = OrganizationsPage(ctx)
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(0, 333)
    first.table.sortByColumn(first.model.column_index("city"), DESC)
    first._save_header()

    second = OrganizationsPage(ctx)
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().sectionSize(0) == 333
    assert second.model.sort_state() == (second.model.column_index("city"), DESC)
    assert [r.city for r in second.model.rows()][0] == "Villeurbanne"
