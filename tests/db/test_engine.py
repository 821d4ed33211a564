"""Connection policy of every SQLite connection, the WAL version gate, safe paths."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import text

from tierslieu.db import engine as eng
from tierslieu.db.safety import check_path, mount_fstype
from tierslieu.errors import DatabaseError


def test_every_connection_gets_the_policy(db_path: Path) -> None:
    engine = eng.make_engine(db_path)
    try:
        for _ in range(2):  # two pooled connections, each configured
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
                assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2
                assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
                mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
                assert mode == eng.choose_journal_mode()
    finally:
        engine.dispose()


@pytest.mark.parametrize(("version", "safe"), [
    ((3, 40, 1), False), ((3, 51, 2), False), ((3, 51, 3), True), ((3, 44, 5), False),
    ((3, 44, 6), True), ((3, 50, 7), True), ((3, 50, 6), False), ((3, 54, 1), True),
])
def test_wal_reset_bug_gate(version: tuple[int, int, int], safe: bool) -> None:
    assert eng.wal_is_safe(version) is safe
    assert eng.choose_journal_mode(version) == ("wal" if safe else "delete")


def test_new_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    engine = eng.make_engine(path)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    engine.dispose()
    assert path.stat().st_mode & 0o777 == 0o600


def test_write_transactions_take_the_lock_at_begin(db_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer cannot even start while the first is open."""
    a = eng.make_engine(db_path)
    b = eng.make_engine(db_path)
    with a.connect() as ca:
        ca.execute(text("SELECT 1"))  # autobegin -> BEGIN IMMEDIATE holds the write lock
        raw = b.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA busy_timeout=50")
            with pytest.raises(Exception, match="locked"):
                raw.driver_connection.execute("BEGIN IMMEDIATE")
        finally:
            raw.close()
        ca.rollback()
    a.dispose()
    b.dispose()


def _create_same_email(path: str, n: int, q: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from tierslieu.errors import ConflictError
    from tierslieu.services import members
    from tierslieu.services.dto import PersonInput

    engine = eng.make_engine(path)
    ok = 0
    for i in range(n):
        try:
            members.create(engine, PersonInput(last_name=f"P{i}", email=f"race{i}@exemple.fr"))
            ok += 1
        except ConflictError:
            pass
    q.put(ok)


def test_two_processes_never_duplicate_an_email(db_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=_create_same_email, args=(str(db_path), 40, q)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    created = [q.get(timeout=5) for _ in procs]
    assert sum(created) == 40  # each address won by exactly one process
    engine = eng.make_engine(db_path)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 40
    engine.dispose()


def test_network_filesystem_is_refused(tmp_path: Path) -> None:
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "22 1 0:21 / / rw - ext4 /dev/sda1 rw\n"
        f"40 22 0:35 / {tmp_path}/nas rw,relatime - cifs //nas/share rw\n", encoding="utf-8")
    (tmp_path / "nas").mkdir()
    assert mount_fstype(tmp_path / "nas" / "db.sqlite", str(mountinfo)) == "cifs"
    with pytest.raises(DatabaseError) as err:
        check_path(tmp_path / "nas" / "db.sqlite", str(mountinfo))
    assert "PostgreSQL" in err.value.message("fr")
    check_path(tmp_path / "local.sqlite", str(mountinfo))  # ext4: accepted


def test_url_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert eng.resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert eng.resolve_url(tmp_path / "x.sqlite").database == str(tmp_path / "x.sqlite")
    monkeypatch.setenv("TIERSLIEU_DB", str(tmp_path / "env.sqlite"))
    assert eng.resolve_url(None).database == str(tmp_path / "env.sqlite")
    monkeypatch.delenv("TIERSLIEU_DB")
    assert eng.resolve_url(None).database.endswith("tierslieu.sqlite")


def test_reads_do_not_wait_for_an_open_write_transaction(db_path: Path) -> None:
    """A list or search while another process holds the write lock answers at once."""
    from tierslieu.services import members
    from tierslieu.services.dto import PersonInput

    engine = eng.make_engine(db_path)
    members.create(engine, PersonInput(last_name="Visible"))
    writer = eng.make_engine(db_path)
    with writer.connect() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('k', '1')"))  # lock held
        names = [r.last_name for r in members.search(engine)]
        conn.rollback()
    assert names == ["Visible"]
    writer.dispose()
    engine.dispose()
