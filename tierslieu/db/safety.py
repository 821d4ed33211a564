"""Refuse SQLite files where SQLite's locking cannot be trusted.

Network drives (NFS, SMB, sshfs…) break SQLite's locks; synced folders (Dropbox,
OneDrive, Nextcloud…) upload and replace the file and its journal independently, which
SQLite's documentation lists among the ways to corrupt a database. Several PCs sharing
one database is what PostgreSQL is for.
"""

from __future__ import annotations

from pathlib import Path

from tierslieu.errors import DatabaseError

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "davfs", "fuse.davfs2",
              "afs", "ncpfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.s3fs", "ceph",
              "glusterfs", "fuse.glusterfs", "lustre"}

# folder names that sync clients create (case-insensitive; "OneDrive - Acme" and
# "Dropbox (Acme)" included)
SYNCED_NAMES = ("dropbox", "onedrive", "nextcloud", "owncloud", "google drive", "googledrive",
                "icloud drive", "mobile documents", "pcloud drive", "seafile", "synologydrive",
                "synology drive", "megasync", "box sync", "tresorit")


def mount_fstype(path: Path, mountinfo: str = "/proc/self/mountinfo") -> str | None:
    """The filesystem type of the mount that holds ``path`` (Linux), or None."""
    try:
        lines = Path(mountinfo).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in lines:
        left, _, right = line.partition(" - ")
        parts = left.split()
        if len(parts) < 5 or not right:
            continue
        mount_point = parts[4].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) >= len(best):
            best, best_type = mount_point, right.split()[0]
    return best_type


def synced_folder(path: Path) -> str | None:
    """The first folder of ``path`` that a sync client owns, or None."""
    for part in path.resolve().parent.parts:
        name = part.casefold()
        for synced in SYNCED_NAMES:
            if name == synced or name.startswith((synced + " - ", synced + " (")):
                return part
    return None


def check_path(path: Path, mountinfo: str = "/proc/self/mountinfo") -> None:
    """Raise :class:`DatabaseError` for a network drive or a synced folder."""
    fstype = mount_fstype(path.parent if not path.exists() else path, mountinfo)
    if fstype in NETWORK_FS:
        raise DatabaseError("db_network_path", fstype=fstype)
    folder = synced_folder(path)
    if folder is not None:
        raise DatabaseError("db_synced_path", folder=folder)
