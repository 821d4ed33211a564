"""The Reports page: generate from the form, preview, save and print, on the demo."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from tierslieu.gui.reports.page import ReportsPage

TODAY = date(2026, 11, 25)


@pytest.fixture
def page(demo_ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> ReportsPage:
    from tierslieu import i18n

    monkeypatch.setattr(i18n, "_current", "fr")   # a French interface: French reports
    p = ReportsPage(demo_ctx, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    qtbot.waitExposed(p)
    return p


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_empty_state_until_a_report_is_generated(page: ReportsPage) -> None:
    assert page.stack.currentWidget() is page.empty
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    # the last finished month is proposed, the month list is in French
    assert page.month.currentData() == "2026-10"
    assert page.month.currentText() == "octobre 2026"


def test_generate_the_monthly_report_and_preview_it(page: ReportsPage, qtbot: Any,
                                                    shot: Any) -> None:
    page.generate_button.click()
    assert page.pdf_path is not None and page.pdf_path.exists()
    assert page.document.status() == QPdfDocument.Status.Ready
    pages = page.document.pageCount()
    assert pages >= 4
    assert page.stack.currentWidget() is page.view
    assert page.page_label.text() == f"Page 1 / {pages}"
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    text = _pdf_text(page.pdf_path)
    assert "octobre 2026" in text and "Taux d'occupation" in text
    qtbot.wait(1500)                           # QPdfView renders pages on its own thread
    shot(page, "reports-page")
    page._go(1)
    assert page.view.pageNavigator().currentPage() == 1


def test_the_report_language_follows_the_interface(demo_ctx: Any, qtbot: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from tierslieu import i18n

    monkeypatch.setattr(i18n, "_current", "en")
    p = ReportsPage(demo_ctx, today=TODAY)
    qtbot.addWidget(p)
    assert p.lang.currentData() == "en" and p.month.currentText() == "October 2026"


def test_english_annual_report(page: ReportsPage) -> None:
    page.kind.setCurrentIndex(page.kind.findData("annual"))
    page.lang.setCurrentIndex(page.lang.findData("en"))
    assert page.year.isVisible() and not page.month.isVisible()
    page.year.setValue(2026)
    assert page.choices() == {"kind": "annual", "lang": "en", "year": 2026}
    page.generate()
    text = _pdf_text(page.pdf_path)  # type: ignore[arg-type]
    assert "2026" in text and "Contents" in text


def test_startup_sheet_for_the_chosen_startup(page: ReportsPage) -> None:
    page.kind.setCurrentIndex(page.kind.findData("startup"))
    assert page.startup.count() >= 5          # loaded when the kind is chosen
    index = page.startup.findText("Kinésens")
    assert index >= 0
    page.startup.setCurrentIndex(index)
    page.generate()
    assert "Kinésens" in _pdf_text(page.pdf_path)  # type: ignore[arg-type]
    assert page.default_file_name() == "fiche-Kinésens.pdf"


def test_a_service_error_is_shown_and_nothing_is_previewed(page: ReportsPage,
                                                           msgbox: Any) -> None:
    page.kind.setCurrentIndex(page.kind.findData("startup"))
    page.startup.clear()                       # no startup chosen
    page.generate()
    [text] = msgbox.texts()
    assert "startup" in text.lower()          # the service's message names the field
    assert page.pdf_path is None and page.stack.currentWidget() is page.empty
    assert page.generate_button.isEnabled()


def test_save_as_copies_the_pdf(page: ReportsPage, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    page.generate()
    target = tmp_path / "rapport"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.save_as()
    saved = tmp_path / "rapport.pdf"
    assert saved.read_bytes() == page.pdf_path.read_bytes()  # type: ignore[union-attr]


def test_print_paints_every_page(page: ReportsPage, tmp_path: Path) -> None:
    page.generate()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert page.print_to(printer) == page.document.pageCount()
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == page.document.pageCount()
