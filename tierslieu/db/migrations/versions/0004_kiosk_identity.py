"""kiosk identity: badge code and hashed PIN on person

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("badge_code", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("pin_hash", sa.String(length=200), nullable=False,
                                   server_default=""))
        batch.create_unique_constraint(op.f("uq_person_badge_code"), ["badge_code"])


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_constraint(op.f("uq_person_badge_code"), type_="unique")
        batch.drop_column("pin_hash")
        batch.drop_column("badge_code")
