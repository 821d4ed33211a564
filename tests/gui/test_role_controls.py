"""Controls follow the signed-in role: what the services would refuse is not offered.

The services are the rule (tests/services/test_security_table.py); here the pages built
for a director, the front desk and the incubation staff show only what each may do.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from tierslieu import security
from tierslieu.gui.dashboard import DashboardPage
from tierslieu.gui.events import EventsPage
from tierslieu.gui.incubation import IncubationPage
from tierslieu.gui.mentoring import MentoringPage
from tierslieu.gui.pages.members import MembersPage
from tierslieu.gui.pages.organizations import OrganizationsPage
from tierslieu.gui.permissions import guard, shown


@pytest.fixture
def as_role() -> Iterator[Any]:
    def sign_in(role: str) -> None:
        security.set_session(security.Principal(role, f"test-{role}"))
    yield sign_in
    security.set_session(None)


def _pages(ctx: Any, qtbot: Any) -> dict[str, Any]:
    pages = {"dashboard": DashboardPage(ctx), "events": EventsPage(ctx),
             "organizations": OrganizationsPage(ctx), "incubation": IncubationPage(ctx),
             "mentoring": MentoringPage(ctx), "members": MembersPage(ctx)}
    for page in pages.values():
        qtbot.addWidget(page)
    return pages


def _offered(pages: dict[str, Any]) -> dict[str, bool]:
    d, e, o = pages["dashboard"], pages["events"], pages["organizations"]
    inc, men, mem = pages["incubation"], pages["mentoring"], pages["members"]
    controls = {
        "check in": d.checkin_button, "visitor": d.visitor_button,
        "new booking": d.booking_button, "check out": d.checkout_button,
        "new event": e.new_button, "register": e.register_button,
        "certificates": e.certificates_button, "event details": e.edit_button,
        "new organisation": o.new_button, "archive": o.act_archive,
        "organisation file": o.act_edit,
        "score": inc.score_button, "record KPIs": inc.detail.kpi_button,
        "run matching": men.matching_tab.run_button, "accept run": men.matching_tab.act_accept,
        "why not": men.matching_tab.why_button, "new mentor": men.mentors_tab.new_button,
        "new member": mem.new_button, "archive member": mem.act_archive,
        "import members": mem.import_button, "export members": mem.export_button,
    }
    return {name: c.isVisible() if isinstance(c, QAction) else not c.isHidden()
            for name, c in controls.items()}


def test_a_director_reads_but_is_offered_no_write(demo_ctx: Any, qtbot: Any,
                                                  as_role: Any) -> None:
    as_role("director")
    offered = _offered(_pages(demo_ctx, qtbot))
    assert {k for k, v in offered.items() if v} == {
        "certificates", "event details", "organisation file", "why not", "export members"}


def test_each_role_is_offered_what_the_table_grants(demo_ctx: Any, qtbot: Any,
                                                    as_role: Any) -> None:
    as_role("front_desk")
    front = _offered(_pages(demo_ctx, qtbot))
    assert front["check in"] and front["new booking"] and front["new event"]
    assert front["new organisation"] and front["archive"]
    # incubation and mentoring writes belong to the incubation staff
    assert front["new member"] and front["import members"]
    assert not any(front[k] for k in ("score", "record KPIs", "run matching", "accept run",
                                      "new mentor"))
    as_role("incubation")
    incubation = _offered(_pages(demo_ctx, qtbot))
    # the incubation staff edit members but neither import nor export the file
    assert {k for k, v in incubation.items() if not v} == {"import members",
                                                          "export members"}
    as_role("admin")
    assert all(_offered(_pages(demo_ctx, qtbot)).values())


def test_a_guarded_control_is_never_shown_again_by_page_logic(qtbot: Any,
                                                              as_role: Any) -> None:
    as_role("director")
    button, action = QPushButton("Archive"), QAction("Archive")
    qtbot.addWidget(button)
    assert guard("organizations.write", button, action) is False
    shown(button, True)
    shown(action, True)
    assert button.isHidden() and not action.isVisible()
    plain = QPushButton("Search")
    qtbot.addWidget(plain)
    plain.hide()
    shown(plain, True)                     # not guarded: shown as asked
    assert not plain.isHidden()
