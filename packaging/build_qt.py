"""Regenerate the Qt artefacts that are committed to the repository.

    python packaging/build_qt.py            # everything, in dependency order
    python packaging/build_qt.py --forms    # ui/*.ui -> tierslieu/gui/forms/ui_*.py
    python packaging/build_qt.py --lupdate  # strings of tierslieu/gui and ui/ -> *.ts
    python packaging/build_qt.py --lrelease # *.ts -> *.qm
    python packaging/build_qt.py --rcc      # resources/resources.qrc -> resources_rc.py

Order matters when everything runs: the .qm files are compiled into resources_rc.py, so
lupdate and lrelease come before rcc. The tools are the pyside6-* scripts installed next
to the running interpreter, so the venv's PySide6 version is the one used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "tierslieu" / "gui" / "forms"
GUI_DIR = ROOT / "tierslieu" / "gui"
QRC = ROOT / "resources" / "resources.qrc"
RESOURCES_PY = GUI_DIR / "resources_rc.py"
I18N_DIR = ROOT / "resources" / "i18n"
# French translates everything; English (the source language) only needs the plural
# forms of "%n member(s)" style strings, so its .ts is made with -pluralonly
LANGUAGES = ("fr", "en")

# rcc stores file modification times in its output; pinning them makes the generated
# module depend on file contents only, so a test can regenerate it and compare bytes
RCC_ENV = {"QT_RCC_SOURCE_DATE_OVERRIDE": "1"}


def tool(name: str) -> str:
    """Path of a pyside6-* tool from the same environment as this interpreter."""
    local = Path(sys.executable).with_name(name)
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def _run(args: list[str], env: dict[str, str] | None = None) -> None:
    full_env = {**os.environ, **(env or {})}
    subprocess.run(args, check=True, cwd=ROOT, env=full_env)


def form_target(ui: Path, out_dir: Path = FORMS_DIR) -> Path:
    return out_dir / f"ui_{ui.stem}.py"


def build_forms(out_dir: Path = FORMS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = form_target(ui, out_dir)
        _run([tool("pyside6-uic"), "-g", "python", str(ui), "-o", str(target)])
        made.append(target)
    return made


def build_resources(out: Path = RESOURCES_PY) -> Path:
    _run([tool("pyside6-rcc"), "-g", "python", str(QRC), "-o", str(out)], env=RCC_ENV)
    return out


def translatable_sources() -> list[Path]:
    sources = [p for p in sorted(GUI_DIR.rglob("*.py"))
               if p != RESOURCES_PY and "__pycache__" not in p.parts]
    return sources + sorted(UI_DIR.glob("*.ui"))


def ts_file(lang: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"tierslieu_{lang}.ts"


def qm_file(lang: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"tierslieu_{lang}.qm"


def update_translations(ts_dir: Path = I18N_DIR) -> list[Path]:
    """Merge the current source strings into ``ts_dir``'s .ts files (new ones unfinished)."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    # a list file keeps the command line short however many modules there are
    listing = ts_dir / ".lupdate-sources.lst"
    listing.write_text("\n".join(str(p) for p in translatable_sources()) + "\n",
                       encoding="utf-8")
    made = []
    try:
        for lang in LANGUAGES:
            plural_only = ["-pluralonly"] if lang == "en" else []
            _run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
                  *plural_only, "-source-language", "en", "-target-language", lang,
                  f"@{listing}", "-ts", str(ts_file(lang, ts_dir))])
            made.append(ts_file(lang, ts_dir))
    finally:
        listing.unlink(missing_ok=True)
    return made


def release_translations(out_dir: Path = I18N_DIR, ts_dir: Path = I18N_DIR) -> list[Path]:
    made = []
    for lang in LANGUAGES:
        target = qm_file(lang, out_dir)
        _run([tool("pyside6-lrelease"), "-silent", str(ts_file(lang, ts_dir)),
              "-qm", str(target)])
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", action="store_true", help="compile ui/*.ui")
    parser.add_argument("--lupdate", action="store_true", help="update resources/i18n/*.ts")
    parser.add_argument("--lrelease", action="store_true", help="compile *.ts to *.qm")
    parser.add_argument("--rcc", action="store_true", help="compile resources.qrc")
    args = parser.parse_args(argv)
    everything = not (args.forms or args.lupdate or args.lrelease or args.rcc)
    if everything or args.forms:
        for path in build_forms():
            print(f"form      {path.relative_to(ROOT)}")
    if everything or args.lupdate:
        for path in update_translations():
            print(f"lupdate   {path.relative_to(ROOT)}")
    if everything or args.lrelease:
        for path in release_translations():
            print(f"lrelease  {path.relative_to(ROOT)}")
    if everything or args.rcc:
        print(f"rcc       {build_resources().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
