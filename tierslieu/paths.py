"""Where TiersLieu keeps its files (database, backups, logs)."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    override = os.environ.get("TIERSLIEU_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("TiersLieu", "TiersLieu"))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / "tierslieu.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def backup_dir_for(db_file: Path) -> Path:
    path = db_file.parent / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def resource_dir() -> Path:
    """The top-level ``resources/`` folder (fonts, icons, translations).

    From a source checkout (or an editable install) it sits beside the package; in a
    PyInstaller bundle it is unpacked under ``sys._MEIPASS``.
    """
    import sys

    override = os.environ.get("TIERSLIEU_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
