"""Key/value settings of the tiers-lieu, stored as JSON."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import Setting


def get(engine: Engine, key: str, default: Any = None) -> Any:
    with transaction(engine, readonly=True) as s:
        row = s.get(Setting, key)
        return default if row is None else json.loads(row.value)


def set(engine: Engine, key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    with transaction(engine) as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        else:
            row.value = json.dumps(value, ensure_ascii=False)
