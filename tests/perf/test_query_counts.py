"""Statements per page load are bounded and do not grow with the data (no N+1).

Each page is opened on a copy of the demo and its SQL statements counted (a
``before_cursor_execute`` listener); then more of what the pages list is added —
people with organisations and tags, cohorts with applications, bookings on the days
shown — and the page opened again: the count must not move. The ceilings are today's
counts with a little room, so a page that starts querying once per row fails here.
"""

from __future__ import annotations

import importlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select

from tests.perf.conftest import statements

NOW = datetime(2026, 11, 25, 10, 40, tzinfo=UTC)       # the demo's "now" (11:40 in Paris)
# page -> (module, class, most statements allowed for one load)
PAGES = {
    "members": ("tierslieu.gui.pages.members", "MembersPage", 8),
    "planning": ("tierslieu.gui.planning.page", "PlanningPage", 10),
    "incubation": ("tierslieu.gui.incubation", "IncubationPage", 45),
    # 30 on the demo, + 1 when an organisation's subscription ends; late milestones read
    # neither KPI records nor follow-ups, overdue invoices are one statement
    "dashboard": ("tierslieu.gui.dashboard", "DashboardPage", 31),
}


def _open(qtbot: Any, ctx: Any, name: str) -> int:
    """Statements run to build the page and show its first data."""
    module, cls, _ = PAGES[name]
    page_class = getattr(importlib.import_module(module), cls)
    with statements(ctx.engine) as seen:
        kwargs = {"clock": lambda: NOW} if name in ("planning", "dashboard") else {}
        page = page_class(ctx, **kwargs)
        qtbot.addWidget(page)
    return len(seen)


def _grow(engine: Any) -> None:
    """More people (with organisations and tags), cohorts with applications, bookings
    today and this week on every resource: what the pages list, several times over."""
    from tierslieu.db.engine import transaction
    from tierslieu.db.models import Booking, Organization, Program, Resource
    from tierslieu.services import enrollments, members, programs
    from tierslieu.services.dto import PersonInput
    from tierslieu.services.incubation_dto import CohortInput

    with transaction(engine, readonly=True) as s:
        org = s.scalar(select(Organization.name).order_by(Organization.id))
        startups = list(s.scalars(select(Organization.id).where(
            Organization.kind == "startup").order_by(Organization.id)))
        program = s.scalar(select(Program.id).order_by(Program.id))
        rooms = list(s.scalars(select(Resource.id).order_by(Resource.id)))
    for n in range(4):
        members.create(engine, PersonInput(first_name="Perf", last_name=f"Test {n}",
                                           email=f"perf{n}@exemple.example", organization=org,
                                           role="member", tags=("Design", "Data")))
    for n in range(3):    # past cohorts: the page still opens on the current one
        cohort = programs.create_cohort(engine, CohortInput(
            program, f"Perf {n}", date(2019, 1 + n, 7), date(2019, 9 + n, 27), 5))
        for org_id in startups[:3]:
            enrollments.apply_to_cohort(engine, cohort.id, org_id, at=NOW)
    first = datetime(2026, 11, 23, 5, tzinfo=UTC)          # the Monday of the demo's week
    with transaction(engine) as s:
        s.execute(insert(Booking), [
            {"resource_id": rid, "person_id": None, "title": "Perf",
             "start_at": first + timedelta(days=d, hours=h),
             "end_at": first + timedelta(days=d, hours=h, minutes=20), "status": "confirmed",
             "created_at": NOW, "updated_at": NOW}
            for rid in rooms for d in range(5) for h in (0, 1)])


@pytest.mark.parametrize("name", list(PAGES))
def test_page_load_statements_are_bounded_and_flat(qtbot: Any, demo_sqlite_engine: Any,
                                                     gui_sync: None, name: str) -> None:
    from tierslieu.gui.context import AppContext

    ctx = AppContext.for_engine(demo_sqlite_engine)
    before = _open(qtbot, ctx, name)
    assert 0 < before <= PAGES[name][2], f"{name}: {before} statements"
    _grow(demo_sqlite_engine)
    after = _open(qtbot, ctx, name)
    assert after == before, f"{name}: {before} statements, then {after} with more rows"
