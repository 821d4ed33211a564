"""The demo's accounts, one per role, shown on the login screen of ``tierslieu --demo``.

Demo only: these passwords are public (the README and the login screen print them).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import User
from tierslieu.services import auth


@dataclass(frozen=True)
class DemoAccount:
    login: str
    password: str
    role: str
    display_name: str


DEMO_ACCOUNTS = (
    DemoAccount("admin", "demo-admin", "admin", "Camille Admin"),
    DemoAccount("accueil", "demo-accueil", "front_desk", "Sam Accueil"),
    DemoAccount("incubation", "demo-incubation", "incubation", "Inès Incubation"),
    DemoAccount("direction", "demo-direction", "director", "Dominique Direction"),
    DemoAccount("borne", "demo-borne", "kiosk", "Borne de l'entrée"),
)


def generate(engine: Engine) -> int:
    """Create the demo accounts that are missing; returns how many were made."""
    with transaction(engine, readonly=True) as s:
        present = set(s.scalars(select(User.login_key)))
    made = 0
    for acc in DEMO_ACCOUNTS:
        if auth.login_key(acc.login) not in present:
            auth.create_user(engine, acc.login, acc.password, acc.role,
                             display_name=acc.display_name)
            made += 1
    return made


def is_demo(engine: Engine) -> bool:
    """Whether the demo accounts are there (the login screen then lists them)."""
    with transaction(engine, readonly=True) as s:
        return s.scalar(select(User.id).where(User.login_key == "admin",
                                              User.display_name == DEMO_ACCOUNTS[0].display_name)
                        ) is not None
