"""The CSV import wizard, driven like a user: file, columns, dry run, import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tierslieu.gui.dialogs.import_wizard import PAGE_FILE, PAGE_MAPPING, PAGE_RESULT, ImportWizard
from tierslieu.services import members, organizations
from tierslieu.services.dto import PersonInput

HEADER = "Prénom;Nom;Courriel;Téléphone;Structure;Date d'adhésion;Compétences;Remarque interne"
ROWS = [
    "Hélène;Le Clerc;helene@example.org;06 12 34 56 78;Atelier Bois;12/03/2024;design, bois;",
    "Noël;Bérenger;noel@example.org;;Coop Vélo;01/09/2023;vélo;à rappeler",
    "Zoé;Aubert;zoe@example.org;01 23 45 67 89;Atelier Bois;;;",
]


def _write(tmp_path: Path, rows: list[str], name: str = "adherents.csv") -> Path:
    path = tmp_path / name
    # what French Excel writes: Windows-1252, semicolons, CRLF
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1252"))
    return path


def _wizard(qtbot: Any, ctx: Any, path: Path | None = None) -> ImportWizard:
    wizard = ImportWizard(ctx, None, str(path) if path else None)
    qtbot.addWidget(wizard)
    wizard.resize(940, 640)
    wizard.show()
    return wizard


def test_full_import_of_a_french_excel_file(qtbot: Any, ctx: Any, tmp_path: Path,
                                            shot: Any) -> None:
    members.create(ctx.engine, PersonInput(first_name="Zoé", last_name="Aubert",
                                           email="ZOE@example.org", phone="0600000000"))
    wizard = _wizard(qtbot, ctx, _write(tmp_path, ROWS))
    ui = wizard.ui
    assert ui.encodingValue.text() == "Windows-1252"
    assert "semicolon" in ui.delimiterValue.text()
    assert ui.rowsValue.text() == "3"
    assert ui.fileWarnings.isVisible() and "Windows-1252" in ui.fileWarnings.text()
    shot(wizard, "import_wizard_1_file")

    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert [c.currentData() for c in wizard.combos] == [
        "first_name", "last_name", "email", "phone", "organization", "joined_on", "tags", None]
    assert wizard.preview is not None and wizard.preview.rowCount() == 3
    assert wizard.preview.data(wizard.preview.index(0, 1)) == "Hélène"
    # the unknown column can still be used: map it to the notes
    wizard.combos[7].setCurrentIndex(wizard.combos[7].findData("notes"))
    assert wizard.mapping()[7] == "notes"

    ui.dryRunButton.click()
    summary = ui.dryRunSummary.text()
    assert summary.startswith("2 to create, 1 to update, 2 organisation(s) to create, 0 error(s)")
    assert not ui.errorsView.isVisible()
    assert members.count(ctx.engine) == 1                  # a dry run writes nothing
    shot(wizard, "import_wizard_2_mapping")

    wizard.next()                                          # the commit button: "Import"
    assert wizard.currentId() == PAGE_RESULT
    assert wizard.report is not None and wizard.report.written
    assert (wizard.report.created, wizard.report.updated) == (2, 1)
    assert "2 member(s) created, 1 updated" in ui.resultSummary.text()
    assert not ui.retryButton.isVisible()
    shot(wizard, "import_wizard_3_result")

    helene = members.find(ctx.engine, "helene@example.org")
    assert helene.links[0].organization_name == "Atelier Bois"
    assert str(helene.joined_on) == "2024-03-12"
    noel = members.find(ctx.engine, "noel@example.org")
    assert (noel.first_name, noel.last_name, noel.notes) == ("Noël", "Bérenger", "à rappeler")
    assert members.find(ctx.engine, "zoe@example.org").phone == "+33123456789"
    assert {n for _i, n in organizations.names(ctx.engine)} == {"Atelier Bois", "Coop Vélo"}
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_a_bad_email_is_listed_and_nothing_is_written(qtbot: Any, ctx: Any,
                                                      tmp_path: Path, shot: Any) -> None:
    rows = [*ROWS[:2], "Zoé;Aubert;zoe(at)example.org;;;;;"]
    wizard = _wizard(qtbot, ctx, _write(tmp_path, rows))
    ui = wizard.ui
    wizard.next()
    ui.dryRunButton.click()
    assert "1 error(s)" in ui.dryRunSummary.text()
    assert "nothing will be imported" in ui.dryRunSummary.text()
    assert ui.errorsView.isVisible()
    line, field, message = wizard.dry_errors.rows()[0]
    assert (line, field) == (4, "email") and "zoe(at)example.org" in message
    assert wizard.dry_errors.data(wizard.dry_errors.index(0, 1)) == "E-mail"

    wizard.next()
    assert wizard.currentId() == PAGE_RESULT
    assert wizard.report is None and wizard.failure is not None
    assert "Nothing was imported" in ui.resultSummary.text()
    assert ui.resultErrorsView.isVisible() and wizard.result_errors.rowCount() == 1
    assert ui.retryButton.isVisible()
    assert members.count(ctx.engine) == 0
    assert organizations.names(ctx.engine) == []
    shot(wizard, "import_wizard_3_refused")

    # back to the columns, skip the bad row this time
    ui.retryButton.click()
    assert wizard.currentId() == PAGE_MAPPING
    ui.skipInvalidCheck.setChecked(True)
    wizard.next()
    assert wizard.report is not None and wizard.report.created == 2
    assert "1 invalid row(s) skipped" in ui.resultSummary.text()
    assert members.count(ctx.engine) == 2


def test_choosing_a_file_through_the_dialog(qtbot: Any, ctx: Any, tmp_path: Path,
                                            file_dialog: Any) -> None:
    wizard = _wizard(qtbot, ctx)
    assert wizard.currentId() == PAGE_FILE
    wizard.next()                                      # no file yet: stays, says why
    assert wizard.currentId() == PAGE_FILE and wizard.ui.fileError.isVisible()

    file_dialog.open_path = str(_write(tmp_path, ROWS))
    wizard.ui.browseButton.click()
    assert wizard.ui.rowsValue.text() == "3" and not wizard.ui.fileError.isVisible()
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING


def test_unreadable_file_stays_on_the_first_page(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, ctx, tmp_path / "missing.csv")
    assert wizard.ui.fileError.isVisible()
    assert "missing.csv" in wizard.ui.fileError.text()
    wizard.next()
    assert wizard.currentId() == PAGE_FILE


def test_one_column_per_field_and_a_name_is_required(qtbot: Any, ctx: Any,
                                                     tmp_path: Path) -> None:
    wizard = _wizard(qtbot, ctx, _write(tmp_path, ROWS))
    wizard.next()
    combos = wizard.combos
    combos[2].setCurrentIndex(combos[2].findData("first_name"))   # e-mail column -> first name
    assert combos[0].currentData() is None                        # the other one lets go
    assert wizard.preview is not None
    horizontal = Qt.Orientation.Horizontal
    # preview columns are shifted by one ("Line" first); headers show the chosen field
    assert wizard.preview.headerData(3, horizontal) == "Courriel\n→ Prénom"
    assert wizard.preview.headerData(1, horizontal) == "Prénom\n→ ignored"
    for combo in combos:
        combo.setCurrentIndex(0)
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert wizard.ui.dryRunSummary.property("error") is True
    assert members.count(ctx.engine) == 0
