"""Where to save a file: the save dialog opened in the folder the user chose last time
for that kind of file, the extension added when they left it out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from tierslieu.gui import settings_store


def ask_save_path(parent: QWidget, title: str, folder_key: str, name: str, filters: str,
                  suffix: str) -> str | None:
    """The path chosen for ``name`` (``suffix`` such as ".pdf" added when missing), its
    folder remembered under ``folder_key``; None when the user cancels."""
    folder = settings_store.value(folder_key, "") or str(Path.home())
    target, _ = QFileDialog.getSaveFileName(parent, title, str(Path(str(folder)) / name),
                                            filters)
    if not target:
        return None
    if not target.lower().endswith(suffix):
        target += suffix
    settings_store.set_value(folder_key, str(Path(target).parent))
    return target
