"""The audit log: written with the change or not at all, identifiers only, append-only
in the database on both backends, hash-chained so an altered entry is found, purged
after 12 months through the one gate the triggers allow."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.errors import ConflictError
from tierslieu.services import audit, members, organizations
from tierslieu.services.audit import AuditQuery
from tierslieu.services.dto import OrganizationInput, PersonInput


def _person(engine: Any, email: str = "zoe@exemple.fr") -> int:
    return members.create(engine, PersonInput(first_name="Zoé", last_name="Durand",
                                              email=email, phone="06 12 34 56 78",
                                              notes="allergique aux arachides")).id


def test_a_change_and_its_entry_commit_together(engine: Any) -> None:
    pid = _person(engine)
    with security.acting_as(security.Principal("front_desk", "sam", 7)):
        members.update(engine, pid, PersonInput(first_name="Zoé", last_name="Durand-Roy",
                                                email="zoe@exemple.fr"))
        with pytest.raises(ConflictError):   # refused: no entry for it
            _person(engine)
    rows = audit.entries(engine)
    assert [(r.action, r.entity, r.entity_id, r.login, r.user_id, r.role) for r in rows] == [
        ("member.update", "person", str(pid), "sam", 7, "front_desk"),
        ("member.create", "person", str(pid), "owner", None, "admin")]
    # identifiers, never copies of personal data
    dump = repr(rows)
    for personal in ("Zoé", "Durand", "zoe@", "06 12", "arachides"):
        assert personal not in dump


def test_filters(engine: Any) -> None:
    pid = _person(engine)
    org = organizations.create(engine, OrganizationInput(name="Kinésens", kind="startup"))
    members.archive(engine, [pid])
    assert [r.action for r in audit.entries(engine, AuditQuery(action="member."))] == \
        ["member.archive", "member.create"]
    assert [r.entity_id for r in audit.entries(engine, AuditQuery(entity="organization"))] == \
        [str(org.id)]
    today = timeutil.local_today()          # the filter takes Paris days
    assert len(audit.entries(engine, AuditQuery(start=today, end=today))) == 3
    assert audit.entries(engine, AuditQuery(end=date(2020, 1, 1))) == []
    assert audit.entries(engine, AuditQuery(login="nobody")) == []
    logins, actions = audit.facets(engine)
    assert logins == ["owner"] and "organization.create" in actions


def _raw(engine: Any, sql: str) -> None:
    with engine.begin() as conn:
        conn.execute(text(sql))


def test_updates_and_deletes_are_refused_by_the_database(engine: Any) -> None:
    _person(engine)
    for sql in ("UPDATE audit_log SET action = 'member.nothing'",
                "UPDATE audit_log SET hash = 'x' WHERE id = 1",
                "DELETE FROM audit_log",
                "DELETE FROM audit_log WHERE id = 1"):
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(engine, sql)
    assert audit.count(engine) == 1 and audit.verify(engine).ok


@pytest.fixture
def unguarded(engine: Any) -> Any:
    """The triggers switched off, as an attacker with the file would: put back after."""
    pg = engine.dialect.name == "postgresql"
    if pg:
        _raw(engine, "ALTER TABLE audit_log DISABLE TRIGGER tr_audit_log_append_only")
    else:
        _raw(engine, "DROP TRIGGER tr_audit_log_no_update")
        _raw(engine, "DROP TRIGGER tr_audit_log_no_delete")
    yield engine
    if pg:
        _raw(engine, "ALTER TABLE audit_log ENABLE TRIGGER tr_audit_log_append_only")


def test_an_altered_entry_is_detected(unguarded: Any) -> None:
    e = unguarded
    for i in range(4):
        _person(e, f"p{i}@exemple.fr")
    assert audit.verify(e).ok and audit.verify(e).checked == 4
    _raw(e, "UPDATE audit_log SET entity_id = '99' WHERE id = 2")
    report = audit.verify(e)
    assert (report.ok, report.bad_id, report.problem) == (False, 2, "content altered")


def test_a_removed_entry_breaks_the_chain(unguarded: Any) -> None:
    e = unguarded
    for i in range(4):
        _person(e, f"p{i}@exemple.fr")
    _raw(e, "DELETE FROM audit_log WHERE id = 3")
    report = audit.verify(e)
    assert (report.ok, report.bad_id) == (False, 4) and "chain" in report.problem
    _raw(e, "DELETE FROM audit_log WHERE id = 4")     # the newest ones gone
    assert not audit.verify(e).ok


def test_purge_keeps_twelve_months_and_the_chain_verifiable(engine: Any) -> None:
    with transaction(engine) as s:
        for at in (datetime(2025, 6, 1, tzinfo=UTC), datetime(2025, 11, 1, tzinfo=UTC),
                   datetime(2025, 12, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC)):
            audit.record(s, "member.update", "person", 1, at=at)
    assert audit.purge(engine, date(2026, 11, 25)) == 2          # before 25/11/2025
    rows = audit.entries(engine)
    assert [r.action for r in rows] == ["audit.purge", "member.update", "member.update"]
    assert rows[0].detail == {"count": 2, "before": "2025-11-25"}
    assert audit.verify(engine).ok and audit.verify(engine).checked == 3
    assert audit.purge(engine, date(2026, 11, 25)) == 0
    with pytest.raises(DBAPIError, match="append-only"):      # the gate closed again
        _raw(engine, "DELETE FROM audit_log")
    with transaction(engine) as s:
        assert s.execute(text("SELECT purge_open FROM audit_state")).scalar() in (False, 0)


def test_only_the_administrator_reads_the_log(engine: Any) -> None:
    for role in ("front_desk", "incubation", "director", "kiosk"):
        with security.acting_as(security.Principal(role, role)), \
                pytest.raises(security.PermissionDeniedError):
            audit.entries(engine)
