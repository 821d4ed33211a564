"""Generated Qt files are committed: regenerating them must give the same content."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build_qt() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_qt", ROOT / "packaging" / "build_qt.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_qt = _build_qt()
# the tool version is the only line allowed to differ (a PySide6 patch release)
_VERSION_LINE = re.compile(r"^#+ Created by: .*version.*$", re.MULTILINE)


def _normalised(path: Path) -> str:
    return _VERSION_LINE.sub("", path.read_text(encoding="utf-8"))


UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("ui", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_form_matches_its_ui_file(ui: Path, tmp_path: Path) -> None:
    committed = build_qt.form_target(ui)
    assert committed.exists(), f"run: python packaging/build_qt.py --forms ({ui.name})"
    build_qt.build_forms(tmp_path)
    fresh = build_qt.form_target(ui, tmp_path)
    assert _normalised(fresh) == _normalised(committed), (
        f"{committed.name} is stale: run python packaging/build_qt.py --forms")


def test_no_form_without_its_ui_file() -> None:
    forms = {p.name for p in build_qt.FORMS_DIR.glob("ui_*.py")}
    assert forms == {build_qt.form_target(ui).name for ui in UI_FILES}


def test_every_resource_listed_in_the_qrc_exists() -> None:
    tree = ET.parse(build_qt.QRC)
    files = [build_qt.QRC.parent / f.text for f in tree.iter("file") if f.text]
    assert files, "empty resources.qrc"
    missing = [str(f) for f in files if not f.is_file()]
    assert missing == []


def test_compiled_resources_match_the_qrc(tmp_path: Path) -> None:
    fresh = build_qt.build_resources(tmp_path / "resources_rc.py")
    assert _normalised(fresh) == _normalised(build_qt.RESOURCES_PY), (
        "resources_rc.py is stale: run python packaging/build_qt.py --rcc")
