"""Plain data crossing the service boundary (and threads): no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True)
class PersonInput:
    """What a form, the CLI or a CSV row gives to create or edit a person."""

    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str = ""
    public_category: str | None = None
    joined_on: date | str | None = None
    notes: str = ""
    tags: tuple[str, ...] | str = ()
    organization: str | None = None      # an organisation's name
    role: str | None = None              # role in that organisation
    consent_photo: bool | None = None    # None: unchanged
    consent_newsletter: bool | None = None
    site_id: int | None = None
    # when given, replaces every organisation link: ((organization_id, role), ...);
    # ``organization``/``role`` are then ignored
    links: tuple[tuple[int, str], ...] | None = None


class PersonRow(NamedTuple):
    """One line of the members list (a tuple: 10,000 of them are built per search)."""

    id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    public_category: str
    joined_on: date | None
    status: str
    organizations: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class OrgLink:
    organization_id: int
    organization_name: str
    role: str


@dataclass(frozen=True)
class ConsentState:
    kind: str
    granted: bool
    at: datetime


@dataclass(frozen=True)
class PersonDetail:
    id: int
    first_name: str
    last_name: str
    email: str
    phone: str            # E.164
    phone_display: str
    public_category: str
    joined_on: date | None
    status: str
    notes: str
    site_id: int | None
    links: tuple[OrgLink, ...] = ()
    tags: tuple[str, ...] = ()
    consents: tuple[ConsentState, ...] = ()   # full history, oldest first
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def consent(self, kind: str) -> bool:
        current = [c for c in self.consents if c.kind == kind]
        return current[-1].granted if current else False


@dataclass(frozen=True)
class MemberQuery:
    text: str = ""
    status: str = "active"           # active | archived | all
    organization_id: int | None = None
    tag: str | None = None
    category: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class OrganizationInput:
    name: str = ""
    kind: str = "company"
    siret: str = ""
    vat_number: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    city: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    name: str
    kind: str
    siret: str
    vat_number: str
    email: str
    phone: str
    website: str
    city: str
    notes: str
    status: str
    member_count: int = 0


@dataclass(frozen=True)
class OrganizationQuery:
    text: str = ""
    status: str = "active"
    kind: str | None = None


@dataclass
class ImportReport:
    """What a CSV import did, or would do in a dry run."""

    created: int = 0
    updated: int = 0
    organizations_created: list[str] = field(default_factory=list)
    errors: list[tuple[int, str | None, str]] = field(default_factory=list)  # line, field, msg
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    encoding: str = "utf-8"
    delimiter: str = ","
