"""Sites of the network (each with its own time zone)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Site
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
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


def check_timezone(timezone: str, field: str = "timezone") -> str:
    """An IANA zone name ("Europe/Paris", "America/Martinique") or ``timezone_invalid``."""
    timezone = (timezone or "").strip()
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("timezone_invalid", field, value=timezone) from None
    return timezone


def create(engine: Engine, name: str, *, address: str = "", city: str = "", postcode: str = "",
           timezone: str = "Europe/Paris") -> SiteRow:
    security.require("sites.write")
    name = v.text(name, "name", required=True)
    timezone = check_timezone(timezone)
    with transaction(engine) as s:
        return _row(add(s, name, address=address, city=city, postcode=postcode,
                        timezone=timezone))


def add(session: Session, name: str, *, address: str = "", city: str = "", postcode: str = "",
        timezone: str = "Europe/Paris") -> Site:
    """Insert a site inside the caller's transaction (``create`` and the first-run set-up)."""
    name = v.text(name, "name", required=True)
    if session.scalar(select(Site.id).where(Site.name == name)) is not None:
        raise ConflictError("org_name_taken", "name", value=name)
    site = Site(name=name, address=v.text(address, "address", max_len=500),
                city=v.text(city, "city"), postcode=v.text(postcode, "postcode", max_len=20),
                timezone=check_timezone(timezone))
    session.add(site)
    session.flush()
    return site


def modify(session: Session, site_id: int, *, name: str, address: str = "", city: str = "",
           postcode: str = "", timezone: str = "Europe/Paris") -> Site:
    """Change a site's identity inside the caller's transaction (the settings page)."""
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError("site_not_found", ref=str(site_id))
    name = v.text(name, "name", required=True)
    if session.scalar(select(Site.id).where(Site.name == name, Site.id != site_id)) is not None:
        raise ConflictError("org_name_taken", "name", value=name)
    site.name = name
    site.address = v.text(address, "address", max_len=500)
    site.city = v.text(city, "city")
    site.postcode = v.text(postcode, "postcode", max_len=20)
    site.timezone = check_timezone(timezone)
    session.flush()
    return site


def list_sites(engine: Engine) -> list[SiteRow]:
    security.require("sites.read")
    with transaction(engine, readonly=True) as s:
        return [_row(x) for x in s.scalars(select(Site).order_by(Site.name))]
