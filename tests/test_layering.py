"""The core never imports Qt: import every non-GUI module with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tierslieu

PACKAGE = Path(tierslieu.__file__).parent

PROBE = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt imported from the core: " + name)
sys.meta_path.insert(0, Block())
import tierslieu
names = []
for mod in pkgutil.walk_packages(tierslieu.__path__, "tierslieu."):
    if mod.name.startswith("tierslieu.gui") or ".migrations." in mod.name:
        continue
    importlib.import_module(mod.name)
    names.append(mod.name)
print(len(names))
print("\n".join(names))
"""


def test_core_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    imported = result.stdout.split()
    assert int(imported[0]) >= 10
    for expected in ("tierslieu.cli", "tierslieu.services.members", "tierslieu.db.engine"):
        assert expected in imported


def test_no_pyside_import_outside_gui() -> None:
    offenders = [
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
        if "gui" not in p.relative_to(PACKAGE).parts
        and any(line.lstrip().startswith(("import PySide6", "from PySide6"))
                for line in p.read_text(encoding="utf-8").splitlines())
    ]
    assert offenders == []
