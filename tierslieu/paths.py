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
