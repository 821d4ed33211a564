"""The French translation is complete, compiled from the committed .ts, and used."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tierslieu import i18n
from tierslieu.gui.app import create_application, remove_translators
from tierslieu.gui.main_window import MainWindow
from tierslieu.gui.pages.organizations import OrganizationsPage

ROOT = Path(__file__).resolve().parents[2]


def _load_build_qt():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_qt", ROOT / "packaging" / "build_qt.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_qt = _load_build_qt()

LANGUAGES = build_qt.LANGUAGES      # fr: everything; en: plural forms only
_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context")
            for m in ctx.iter("message")]


def _texts(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    messages = _messages(build_qt.ts_file(lang))
    assert len(messages) > (100 if lang == "fr" else 5)
    bad = []
    for ctx, m in messages:
        kind = m.find("translation").get("type")  # type: ignore[union-attr]
        if kind in ("unfinished", "vanished", "obsolete") or not all(_texts(m)):
            bad.append(f"{ctx}: {m.findtext('source')!r}")
    assert bad == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang: str) -> None:
    bad = []
    for ctx, m in _messages(build_qt.ts_file(lang)):
        source = m.findtext("source") or ""
        for text in _texts(m):
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                bad.append(f"{ctx}: {source!r} -> {text!r}")
            if re.search(r"&\w", source) and not re.search(r"&\w", text):
                bad.append(f"{ctx}: accelerator lost in {text!r}")
    assert bad == []


def test_ts_knows_every_string_of_the_sources(tmp_path: Path) -> None:
    """A string added to the code without re-running lupdate would show in English."""
    for lang in LANGUAGES:
        shutil.copy(build_qt.ts_file(lang), build_qt.ts_file(lang, tmp_path))
    build_qt.update_translations(tmp_path)
    for lang in LANGUAGES:
        fresh = {(c, m.findtext("source")) for c, m in _messages(build_qt.ts_file(lang, tmp_path))}
        committed = {(c, m.findtext("source")) for c, m in _messages(build_qt.ts_file(lang))}
        assert fresh - committed == set(), "run: python packaging/build_qt.py --lupdate"
        assert committed - fresh == set(), "strings gone from the code: run --lupdate"


def test_every_string_has_its_class_as_context() -> None:
    """lupdate files a string under the class of its ``self.tr`` (or the literal context of
    ``QCoreApplication.translate``). Through a wrapper (``def tr(text): return
    translate("Model", text)``) it lands in an empty context that the running code never
    asks for, so the string stays English whatever the .ts says."""
    for lang in LANGUAGES:
        orphans = [m.findtext("source") for ctx, m in _messages(build_qt.ts_file(lang))
                   if not ctx]
        assert orphans == [], "use a literal QCoreApplication.translate(\"Context\", \"…\")"


def test_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    build_qt.release_translations(out_dir=tmp_path)
    for lang in LANGUAGES:
        qm = build_qt.qm_file(lang)
        assert build_qt.qm_file(lang, tmp_path).read_bytes() == qm.read_bytes(), (
            f"{qm.name} is stale: run python packaging/build_qt.py --lrelease --rcc")


@pytest.fixture
def app_in(qapp: QApplication) -> Iterator[Callable[[str], QApplication]]:
    """create_application(lang), then the shared app is put back as the other tests expect."""
    locale = QLocale()
    yield create_application
    remove_translators(qapp)
    QLocale.setDefault(locale)
    i18n.set_language(None)


def test_french_interface(app_in, ctx, qtbot) -> None:
    app_in("fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.members_page.page_title() == "Membres"
    assert window.organizations_page.page_title() == "Organisations"
    assert window.menus["file"].title() == "&Fichier"
    assert window.act_quit.text() == "&Quitter"
    members_row = window.pages().index(window.members_page)
    assert window.sidebar.item(members_row).text() == "Membres"
    assert window.settings_page.page_title() == "Paramètres"
    page = window.organizations_page
    assert page.search_edit.placeholderText() == "Rechercher par nom ou ville…"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    page.new_item()
    save = page.dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Enregistrer"          # Qt's own qtbase_fr
    assert page.dialog.ui.siretLabel.text() == "&SIRET"
    assert page.dialog.ui.cityLabel.text() == "&Ville"
    page.dialog.reject()
    plural = QCoreApplication.translate("MembersPage", "%n member(s)", None, 2)
    assert plural == "2 membres"


def test_english_interface(app_in, ctx, qtbot) -> None:
    app_in("en")
    assert i18n.current_language() == "en"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.members_page.page_title() == "Members"
    assert window.menus["file"].title() == "&File"
    page = OrganizationsPage(ctx)
    qtbot.addWidget(page)
    assert page.kind_combo.itemText(0) == "All kinds"
    # English needs translating only for its plurals
    for n, text in ((1, "1 member"), (2, "2 members")):
        assert QCoreApplication.translate("MembersPage", "%n member(s)", None, n) == text


def test_saved_language_is_used_when_none_is_given(app_in, qtbot) -> None:
    from tierslieu.gui import settings_store

    settings_store.set_language("en")
    app_in(None)  # type: ignore[arg-type]
    assert i18n.current_language() == "en"



def test_dates_numbers_and_money_follow_the_chosen_language(app_in, qtbot) -> None:
    from datetime import date

    from PySide6.QtWidgets import QDateEdit

    from tierslieu.gui.fmt import fmt_count, fmt_date, fmt_decimal, fmt_money, fmt_percent

    app_in("fr")
    assert (fmt_date(date(2026, 11, 25)), fmt_count(12345), fmt_decimal(3.5),
            fmt_percent(12.5), fmt_money(123450)) == (
        "25/11/2026", "12\u202f345", "3,5", "12,5\u00a0%", "1\u202f234,50\u00a0€")
    edit = QDateEdit(date(2026, 11, 25))
    qtbot.addWidget(edit)
    assert edit.text() == "25/11/2026"
    app_in("en")        # British English: the day still first, the 24-hour clock
    assert QLocale().name() == "en_GB"
    assert (fmt_date(date(2026, 11, 25)), fmt_count(12345), fmt_decimal(3.5),
            fmt_percent(12.5), fmt_money(123450)) == (
        "25/11/2026", "12,345", "3.5", "12.5%", "€1,234.50")
    edit = QDateEdit(date(2026, 11, 25))
    qtbot.addWidget(edit)
    assert edit.text() == "25/11/2026"
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
