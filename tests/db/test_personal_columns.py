"""Every text column of every table is declared: personal data (gdpr.PERSONAL) or not
(gdpr.NOT_PERSONAL). A new column fails here until someone decides which it is."""

from __future__ import annotations

from sqlalchemy import JSON, String, Text

from tierslieu.db.models import Base
from tierslieu.services.gdpr import NOT_PERSONAL, PERSONAL


def _text_columns() -> set[tuple[str, str]]:
    return {(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns
            if isinstance(c.type, String | Text | JSON)}


def test_every_text_column_is_declared_personal_or_not() -> None:
    declared = {(t, c) for t, cols in PERSONAL.items() for c in cols} | \
        {(t, c) for t, cols in NOT_PERSONAL.items() for c in cols}
    undeclared = sorted(_text_columns() - declared)
    assert undeclared == [], "declare these in tierslieu/services/gdpr.py"


def test_no_column_is_both_and_none_is_stale() -> None:
    both = {(t, c) for t, cols in PERSONAL.items() for c in cols if c in NOT_PERSONAL.get(t, ())}
    assert both == set()
    existing = _text_columns() | {("alembic_version", "version_num")}
    stale = {(t, c) for reg in (PERSONAL, NOT_PERSONAL) for t, cols in reg.items()
             for c in cols} - existing
    assert stale == set()


def test_the_obvious_ones_are_personal() -> None:
    for table, column in (("person", "email"), ("person", "phone"), ("person", "last_name"),
                          ("person", "notes"), ("visit", "visitor_name"),
                          ("registration", "email"), ("app_user", "password_hash")):
        assert column in PERSONAL[table], (table, column)
