"""Opening a PostgreSQL URL without a password takes it from the system keyring."""

from __future__ import annotations

from typing import Any

import pytest

from tierslieu import security
from tierslieu.db import setup


class _FakeKeyring:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def get_password(self, service: str, user: str) -> str | None:
        self.asked.append((service, user))
        return "s3cret!" if user == "accueil@pg.local:5433/tierslieu" else None


class _Stop(Exception):
    pass


def test_open_database_takes_the_password_from_the_keyring(
        monkeypatch: pytest.MonkeyPatch) -> None:
    ring = _FakeKeyring()
    monkeypatch.setattr(security, "_keyring", lambda: ring)
    seen: list[Any] = []

    def fake_engine(url: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(url)
        raise _Stop

    monkeypatch.setattr(setup, "make_engine", fake_engine)
    with pytest.raises(_Stop):
        setup.open_database("postgresql://accueil@pg.local:5433/tierslieu")
    assert ring.asked == [(security.KEYRING_SERVICE, "accueil@pg.local:5433/tierslieu")]
    assert seen[0].password == "s3cret!"
    assert "s3cret!" not in security.redact(seen[0])

    # a password in the URL wins; nothing is asked
    ring.asked.clear()
    with pytest.raises(_Stop):
        setup.open_database("postgresql://accueil:autre@pg.local:5433/tierslieu")
    assert ring.asked == [] and seen[-1].password == "autre"
