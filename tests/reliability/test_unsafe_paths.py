"""A SQLite file on a network drive or in a synced folder is refused, before anything is
written; a symbolic link is followed to the real file (backups land next to it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tierslieu.db import backup as backups
from tierslieu.db.safety import NETWORK_FS, check_path, synced_folder
from tierslieu.db.setup import open_database
from tierslieu.errors import DatabaseError

SYNCED = ["Dropbox", "OneDrive", "OneDrive - Tiers-Lieu SCIC", "Nextcloud", "ownCloud",
          "Google Drive", "Dropbox (La Fabrique)", "Mobile Documents", "SynologyDrive"]
LOCAL = ["Documents", "dropboxes", "onedrive-export", "Nextcloud-old backup", "Mega"]


@pytest.mark.parametrize("fstype", sorted(NETWORK_FS))
def test_network_filesystems_are_refused(fstype: str, tmp_path: Path, recorder: Any) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text("22 1 0:21 / / rw - ext4 /dev/sda1 rw\n"
                         f"40 22 0:35 / {share} rw,relatime - {fstype} //nas/x rw\n",
                         encoding="utf-8")
    with pytest.raises(DatabaseError) as err:
        check_path(share / "tierslieu.sqlite", str(mountinfo))
    assert err.value.key == "db_network_path" and "PostgreSQL" in err.value.message("fr")
    check_path(tmp_path / "tierslieu.sqlite", str(mountinfo))  # the local disk is fine
    recorder.bad_input()


def test_synced_folders_are_refused_before_anything_is_written(tmp_path: Path,
                                                               recorder: Any) -> None:
    for name in SYNCED:
        path = tmp_path / "home" / name / "Tiers-lieu" / "tierslieu.sqlite"
        assert synced_folder(path) == name
        with pytest.raises(DatabaseError) as err:
            open_database(path)
        assert err.value.key == "db_synced_path"
        assert name in err.value.message("fr") and "PostgreSQL" in err.value.message("fr")
        assert not path.parent.exists()  # refused before a folder or a file was made
        recorder.bad_input()
    for name in LOCAL:
        assert synced_folder(tmp_path / name / "tierslieu.sqlite") is None


def test_a_symbolic_link_is_followed_to_the_real_file(db_path: Path, tmp_path: Path) -> None:
    link_dir = tmp_path / "elsewhere"
    link_dir.mkdir()
    link = link_dir / "raccourci.sqlite"
    link.symlink_to(db_path)
    engine = open_database(link)
    assert engine.url.database == str(db_path.resolve())
    engine.dispose()
    made = backups.make_backup(Path(engine.url.database))
    assert made.parent == db_path.parent / "backups"
    assert not (link_dir / "backups").exists()
