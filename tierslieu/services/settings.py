"""Key/value settings of the tiers-lieu, stored as JSON."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Setting, Site

NAME_SETTING = "tiers_lieu.name"    # written by the first-run wizard and the settings page


def get(engine: Engine, key: str, default: Any = None) -> Any:
    security.require("settings.read")
    with transaction(engine, readonly=True) as s:
        row = s.get(Setting, key)
        return default if row is None else json.loads(row.value)


def set(engine: Engine, key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    security.require("settings.write")
    with transaction(engine) as s:
        put(s, key, value)


def read(session: Session, key: str, default: Any = None) -> Any:
    """:func:`get` inside the caller's transaction."""
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def put(session: Session, key: str, value: Any) -> None:
    """:func:`set` inside the caller's transaction (several settings changed at once)."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
    else:
        row.value = json.dumps(value, ensure_ascii=False)


def place_name(engine: Engine) -> str:
    """The tiers-lieu's name: the setting, else the first site's name, else "" (the
    window title's, read before the rest of the set-up service is imported)."""
    with transaction(engine, readonly=True) as s:
        name = read(s, NAME_SETTING)
        if isinstance(name, str) and name.strip():
            return name.strip()
        return s.scalar(select(Site.name).order_by(Site.id).limit(1)) or ""
