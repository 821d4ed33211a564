"""Sites of the network (each with its own time zone)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import Site
from tierslieu.errors import ConflictError, ValidationError
from tierslieu.services import validation as v


@dataclass(frozen=True)
class SiteRow:
    id: int
    name: str
    address: str
    city: str
    postcode: str
    timezone: str


def _row(s: Site) -> SiteRow:
    return SiteRow(s.id, s.name, s.address, s.city, s.postcode, s.timezone)


def create(engine: Engine, name: str, *, address: str = "", city: str = "", postcode: str = "",
           timezone: str = "Europe/Paris") -> SiteRow:
    name = v.text(name, "name", required=True)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("timezone_invalid", "timezone", value=timezone) from None
    with transaction(engine) as s:
        if s.scalar(select(Site.id).where(Site.name == name)) is not None:
            raise ConflictError("org_name_taken", "name", value=name)
        site = Site(name=name, address=v.text(address, "address", max_len=500),
                    city=v.text(city, "city"), postcode=v.text(postcode, "postcode", max_len=20),
                    timezone=timezone)
        s.add(site)
        s.flush()
        return _row(site)


def list_sites(engine: Engine) -> list[SiteRow]:
    with transaction(engine, readonly=True) as s:
        return [_row(x) for x in s.scalars(select(Site).order_by(Site.name))]
