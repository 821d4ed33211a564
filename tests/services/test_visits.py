"""Visits on SQLite and PostgreSQL: check-in/out, who is in, visitors notify their host,
the billing hook, and the retention purge."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tierslieu.db.engine import transaction
from tierslieu.db.models import Notification, Visit
from tierslieu.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from tierslieu.services import members, sites, visits
from tierslieu.services.dto import PersonInput
from tierslieu.services.visits import VisitorInput

MORNING = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)     # 09:30 in Paris


@pytest.fixture
def world(engine):  # type: ignore[no-untyped-def]
    site = sites.create(engine, "La Fabrique")
    ana = members.create(engine, PersonInput(first_name="Ana", last_name="Lima",
                                             email="ana@exemple.fr"))
    leo = members.create(engine, PersonInput(first_name="Léo", last_name="Martin"))
    return {"engine": engine, "site": site, "ana": ana, "leo": leo}


def test_check_in_and_out_and_who_is_in(world) -> None:  # type: ignore[no-untyped-def]
    e, ana, leo = world["engine"], world["ana"], world["leo"]
    first = visits.check_in(e, ana.id, now=MORNING)
    assert (first.kind, first.name, first.present) == ("member", "Ana Lima", True)
    assert first.local_arrival.hour == 9 and len(first.badge_token) == 16
    visits.check_in(e, leo.id, now=MORNING + timedelta(minutes=5))
    assert [v.name for v in visits.present(e, now=MORNING + timedelta(hours=1))] == [
        "Ana Lima", "Léo Martin"]
    with pytest.raises(ConflictError) as err:
        visits.check_in(e, ana.id, now=MORNING + timedelta(hours=1))
    assert err.value.key == "already_checked_in" and "09:30" in err.value.message()
    out = visits.check_out(e, person_id=ana.id, now=MORNING + timedelta(hours=3))
    assert out.left_at == MORNING + timedelta(hours=3) and not out.present
    assert [v.name for v in visits.present(e, now=MORNING + timedelta(hours=4))] == ["Léo Martin"]
    with pytest.raises(ConflictError):
        visits.check_out(e, person_id=ana.id, now=MORNING + timedelta(hours=4))
    # back in the afternoon: a second visit of the same day
    visits.check_in(e, ana.id, now=MORNING + timedelta(hours=5))
    assert len(visits.arrivals(e, date(2026, 11, 25))) == 3


def test_an_open_visit_of_yesterday_does_not_count_today(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    visits.check_in(e, world["ana"].id, now=MORNING - timedelta(days=1))
    assert visits.present(e, now=MORNING) == []
    assert visits.check_in(e, world["ana"].id, now=MORNING).present


def test_archived_members_cannot_check_in(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    members.archive(e, [world["leo"].id])
    with pytest.raises(ValidationError) as err:
        visits.check_in(e, world["leo"].id, now=MORNING)
    assert err.value.key == "person_archived"
    with pytest.raises(NotFoundError):
        visits.check_in(e, 999, now=MORNING)


def test_billing_hook_runs_in_the_same_transaction(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    seen = []

    def consume(session, visit):  # type: ignore[no-untyped-def]
        seen.append((visit.person_id, session.get(Visit, visit.id) is not None))

    visits.check_in(e, world["ana"].id, now=MORNING, on_arrival=consume)
    assert seen == [(world["ana"].id, True)]

    def refuse(session, visit):  # type: ignore[no-untyped-def]
        raise PermissionDenied("credits_insufficient", "person")

    with pytest.raises(PermissionDenied):
        visits.check_in(e, world["leo"].id, now=MORNING, on_arrival=refuse)
    assert [v.name for v in visits.present(e, now=MORNING)] == ["Ana Lima"]   # nothing written


def test_visitor_notifies_the_host(world) -> None:  # type: ignore[no-untyped-def]
    e, ana = world["engine"], world["ana"]
    guest = visits.register_visitor(e, VisitorInput(
        "Jean Dupont", ana.id, company="Dupont & Fils <SARL>", email="jean@dupont.example",
        purpose="Rendez-vous"), now=MORNING)
    assert (guest.kind, guest.host_name, guest.company) == ("visitor", "Ana Lima",
                                                           "Dupont & Fils <SARL>")
    notes = visits.notifications(e)
    assert len(notes) == 1 and notes[0].person_id == ana.id and notes[0].visit_id == guest.id
    assert "Jean Dupont" in notes[0].text("fr") and "Rendez-vous" in notes[0].text("en")
    assert visits.mark_read(e, [notes[0].id], now=MORNING) == 1
    assert visits.notifications(e) == []
    assert len(visits.notifications(e, unread_only=False)) == 1
    assert visits.present(e, now=MORNING)[0].name == "Jean Dupont"
    assert visits.check_out(e, visit_id=guest.id, now=MORNING + timedelta(hours=1)).left_at


def test_visitor_needs_a_name_and_an_active_host(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    with pytest.raises(ValidationError) as err:
        visits.register_visitor(e, VisitorInput("", world["ana"].id), now=MORNING)
    assert err.value.field == "name"
    members.archive(e, [world["leo"].id])
    with pytest.raises(ValidationError) as err:
        visits.register_visitor(e, VisitorInput("Jean", world["leo"].id), now=MORNING)
    assert err.value.field == "host"
    with pytest.raises(ValidationError):
        visits.register_visitor(e, VisitorInput("Jean", world["ana"].id, kind="member"),
                                now=MORNING)


def _count(e, model) -> int:  # type: ignore[no-untyped-def]
    with transaction(e, readonly=True) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_retention_purges_old_visits_and_their_notifications(world) -> None:  # type: ignore[no-untyped-def]
    e, ana = world["engine"], world["ana"]
    today = date(2026, 11, 25)
    visits.set_retention_days(e, 30)
    assert visits.retention_days(e) == 30
    old = datetime(2026, 10, 25, 22, 59, tzinfo=UTC)   # 25/10 23:59 Paris: 31 days ago
    kept = datetime(2026, 10, 25, 23, 0, tzinfo=UTC)   # 26/10 00:00 Paris: exactly 30 days
    visits.check_in(e, ana.id, now=old)
    visits.register_visitor(e, VisitorInput("Ancien", ana.id), now=old)
    visits.register_visitor(e, VisitorInput("Récent", ana.id), now=kept)
    visits.check_in(e, ana.id, now=MORNING)
    summary = visits.apply_retention(e, today)
    assert (summary.days, summary.visits, summary.notifications) == (30, 2, 1)
    assert summary.by_kind == {"member": 1, "visitor": 1}
    assert summary.cutoff == kept
    assert _count(e, Visit) == 2 and _count(e, Notification) == 1
    assert [v.name for v in visits.history(e)] == ["Ana Lima", "Récent"]
    assert visits.apply_retention(e, today).visits == 0          # idempotent


def test_retention_default_and_bad_values(world) -> None:  # type: ignore[no-untyped-def]
    e = world["engine"]
    assert visits.retention_days(e) == 365
    with pytest.raises(ValidationError):
        visits.set_retention_days(e, 0)
    visits.check_in(e, world["ana"].id, now=datetime(2025, 11, 1, 9, tzinfo=UTC))
    assert visits.apply_retention(e, date(2026, 11, 25)).visits == 1
