"""Alembic environment: runs on the connection handed over by tierslieu.db.migrate."""

from __future__ import annotations

from alembic import context

from tierslieu.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("run migrations through tierslieu.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
    after = config.attributes.get("after_migrations")
    if after is not None:
        after(connection)  # checks run before COMMIT, so a failure rolls everything back
