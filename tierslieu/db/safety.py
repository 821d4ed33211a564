"""Refuse SQLite files where SQLite's locking cannot be trusted (network drives)."""

from __future__ import annotations

from pathlib import Path

from tierslieu.errors import DatabaseError

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "davfs", "fuse.davfs2",
              "afs", "ncpfs"}


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


def check_path(path: Path, mountinfo: str = "/proc/self/mountinfo") -> None:
    fstype = mount_fstype(path.parent if not path.exists() else path, mountinfo)
    if fstype in NETWORK_FS:
        raise DatabaseError("db_network_path", fstype=fstype)
