"""tags, consents, search keys and a notes length limit on person

The notes CHECK needs a batch rebuild of ``person``, a parent table: this is the
migration that proves the runner keeps children (person_organization) intact.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def _fold(value: str | None) -> str:
    # frozen copy of tierslieu.text.fold at this revision
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _compact(value: str | None) -> str:
    return re.sub(r"[\W_]+", "", _fold(value))


def _words(*values: str | None) -> list[str]:
    # frozen copy of tierslieu.text.search_words at this revision
    out: list[str] = []
    for value in values:
        folded = _fold(" ".join((value or "").split()))
        words = [w for w in re.split(r"[\s'\-\u2019]+", folded) if w]
        out.extend(words)
        if "@" in folded:
            out.extend(p for p in folded.split("@") if p)
        for i in range(len(words)):
            joined = _compact("".join(words[i:]))
            if joined and joined not in words:
                out.append(joined)
    return list(dict.fromkeys(out))


def upgrade() -> None:
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.CheckConstraint("length(name) <= 80", name=op.f("ck_tag_name_len")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("key", name=op.f("uq_tag_key")),
    )
    op.create_table(
        "person_tag",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_person_tag_person_id_person"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], name=op.f("fk_person_tag_tag_id_tag"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "tag_id", name=op.f("pk_person_tag")),
    )
    op.create_index(op.f("ix_person_tag_tag_id"), "person_tag", ["tag_id"])
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("text_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('photo', 'newsletter')", name=op.f("ck_consent_kind")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_consent_person_id_person"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    op.create_index(op.f("ix_consent_person_id"), "consent", ["person_id"])

    # SQLite needs a table rebuild for the CHECK; PostgreSQL alters in place
    recreate: Literal["always", "auto"] = (
        "always" if op.get_bind().dialect.name == "sqlite" else "auto")
    with op.batch_alter_table("person", recreate=recreate) as batch:
        batch.add_column(sa.Column("search_blob", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("sort_key", sa.String(length=420), nullable=False,
                                   server_default=""))
        batch.create_check_constraint(op.f("ck_person_notes_len"), "length(notes) <= 10000")
        batch.create_index("ix_person_status_sort", ["status", "sort_key"])

    conn = op.get_bind()
    person = sa.table("person", sa.column("id"), sa.column("first_name"),
                      sa.column("last_name"), sa.column("email"), sa.column("search_blob"),
                      sa.column("sort_key"))
    orgs: dict[int, list[str]] = {}
    for pid, name in conn.execute(sa.text(
            "SELECT po.person_id, o.name FROM person_organization po"
            " JOIN organization o ON o.id = po.organization_id")):
        orgs.setdefault(pid, []).append(name)
    rows = conn.execute(sa.select(person.c.id, person.c.first_name, person.c.last_name,
                                  person.c.email)).all()
    for pid, first, last, email in rows:
        blob = " " + " ".join(_words(first, last, f"{first} {last}", email,
                                     *orgs.get(pid, [])))
        conn.execute(person.update().where(person.c.id == pid).values(
            search_blob=blob, sort_key=f"{_fold(last)} {_fold(first)}"))


def downgrade() -> None:
    recreate: Literal["always", "auto"] = (
        "always" if op.get_bind().dialect.name == "sqlite" else "auto")
    with op.batch_alter_table("person", recreate=recreate) as batch:
        batch.drop_index("ix_person_status_sort")
        batch.drop_constraint(op.f("ck_person_notes_len"), type_="check")
        batch.drop_column("sort_key")
        batch.drop_column("search_blob")
    op.drop_index(op.f("ix_consent_person_id"), "consent")
    op.drop_table("consent")
    op.drop_index(op.f("ix_person_tag_tag_id"), "person_tag")
    op.drop_table("person_tag")
    op.drop_table("tag")
