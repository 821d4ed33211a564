"""The members list at scale: ids sorted in SQL, rows fetched a block at a time.

The service gives every match's id in the order of the column clicked (empty cells last
in both directions, as the list sorted in memory before) and the rows of the first
screenful; the model fetches the others as the view shows them, three statements per
block whatever the number of members.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.perf.conftest import statements
from tierslieu.gui.models.members import BLOCK, COL_EMAIL, COL_NAME, MembersModel
from tierslieu.services import members
from tierslieu.services.dto import MemberQuery
from tierslieu.text import compact, fold


def _key(sort: str, row: Any) -> Any:
    """What the list shows for ``sort``, as the SQL order ranks it (empty: None)."""
    from tierslieu.i18n import choice_label

    value = {"name": lambda r: f"{fold(r.last_name)} {fold(r.first_name)}",
             "email": lambda r: r.email.lower(),
             "joined_on": lambda r: r.joined_on,
             "organizations": lambda r: min(map(compact, r.organizations), default=""),
             "tags": lambda r: min(map(fold, r.tags), default=""),
             "category": lambda r: fold(choice_label(r.public_category, "fr")),
             "status": lambda r: fold(choice_label(r.status, "fr"))}[sort](row)
    return value if value not in ("", None) else None


SORTS = ("name", "email", "joined_on", "organizations", "tags", "category", "status")


def test_sql_order_matches_the_columns_and_rows_come_on_demand(demo_engine: Any) -> None:
    """One demo per backend (generated on PostgreSQL): every column, both directions."""
    query = MemberQuery(status="all")
    everyone = sorted(r.id for r in members.search(demo_engine, query))
    for sort in SORTS:
        for descending in (False, True):
            page = members.search_page(demo_engine, query, sort=sort, descending=descending,
                                       first=10_000, lang="fr")
            assert sorted(page.ids) == everyone, sort
            assert [r.id for r in page.rows] == page.ids
            keys = [_key(sort, r) for r in page.rows]
            filled = [k for k in keys if k is not None]
            assert keys == filled + [None] * (len(keys) - len(filled)), f"{sort}: empty last"
            assert filled == sorted(filled, reverse=descending), (sort, descending)
            assert len(set(filled)) > 1, sort

    query = MemberQuery(text="mar")
    page = members.search_page(demo_engine, query, first=3)
    assert page.ids == [r.id for r in members.search(demo_engine, query)]
    assert [r.id for r in page.rows] == page.ids[:3]
    rest = members.rows_for(demo_engine, list(reversed(page.ids[3:])))
    assert [r.id for r in rest] == list(reversed(page.ids[3:]))     # in the order asked
    assert members.rows_for(demo_engine, []) == []


def test_an_unknown_sort_is_refused(demo_read: Any) -> None:
    from tierslieu.errors import ValidationError

    with pytest.raises(ValidationError):
        members.search_ids(demo_read, sort="password_hash")


def test_the_page_reads_a_screenful_then_a_block_per_scroll(
        qtbot: Any, demo_sqlite_engine: Any, gui_sync: None, qtmodeltester: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tierslieu.gui.context import AppContext
    from tierslieu.gui.pages.members import MembersPage

    block = 40          # the small demo's 191 members in five blocks (100 at full scale)
    monkeypatch.setattr("tierslieu.gui.models.members.BLOCK", block)
    monkeypatch.setattr("tierslieu.gui.pages.members.BLOCK", block)
    engine = demo_sqlite_engine
    total = members.count(engine, "active")
    assert total > 3 * block, "the demo must need several blocks"
    page = MembersPage(AppContext.for_engine(engine))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    model = page.model
    assert model.rowCount() == total and model.fetched() <= block     # a screenful read
    assert page.status_text() == f"{total} member(s)"
    with statements(engine) as seen:
        page.view.scrollToBottom()
        page.view.grab()                          # painted: the last rows read
    assert model.fetched() <= 2 * block           # the last block, not the ones between
    assert 0 < len(seen) <= 3                     # people, organisations, tags
    with statements(engine) as seen:
        ids = [r.id for r in model.rows()]        # everything: one query each per chunk
    assert ids == model.ids() and len(seen) == 3
    qtmodeltester.check(model)


def test_a_header_click_sorts_in_sql_and_keeps_the_selection(qtbot: Any,
                                                             demo_sqlite_engine: Any,
                                                             gui_sync: None) -> None:
    from tierslieu.gui.context import AppContext
    from tierslieu.gui.pages.members import MembersPage

    page = MembersPage(AppContext.for_engine(demo_sqlite_engine))
    qtbot.addWidget(page)
    page.view.selectRow(5)
    chosen = page.selected_rows()
    page.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.selected_rows() == chosen
    assert page.model.ids() == members.search_ids(demo_sqlite_engine, page.query(),
                                                  sort="name", descending=True)
    assert page.model.fetched() <= BLOCK + 1
    page.view.sortByColumn(COL_EMAIL, Qt.SortOrder.AscendingOrder)
    emails = [r.email for r in page.model.rows()]
    filled = [e for e in emails if e]
    assert filled == sorted(filled, key=str.lower) and emails[len(filled):] == [""] * (
        len(emails) - len(filled))


def test_the_model_alone_still_sorts_a_list_in_memory(demo_read: Any,
                                                      qtmodeltester: Any) -> None:
    model = MembersModel()
    model.set_rows(members.search(demo_read, MemberQuery(limit=50)))
    model.sort(COL_EMAIL, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    assert model.fetched() == model.rowCount() == 50


def test_the_default_order_comes_from_the_status_sort_index(demo_read: Any) -> None:
    """The page's first query (active members by name) is an index-only walk, unsorted."""
    from tests.perf.conftest import query_plan

    with statements(demo_read) as seen:
        members.search_ids(demo_read, MemberQuery(status="active"))
    [(sql, params)] = seen
    plan = query_plan(demo_read, sql, params)
    assert plan == ["SEARCH person USING COVERING INDEX ix_person_status_sort (status=?)"], plan
