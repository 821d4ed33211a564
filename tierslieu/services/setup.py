"""First-run set-up: everything the wizard asks, written by one call in one transaction.

:func:`initialise` checks the whole :class:`SetupInput` first (every field error at once,
each naming its field, nothing written), then, in one transaction: the first site with its
time zone and opening hours, the first resources, the tiers-lieu's name and logo (the
settings the reports read) and the seller's identity (the billing settings, VAT status
included), and the administrator account when the auth service offers it. The logo is
copied into the data folder; the copy is removed again if the transaction fails.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Site
from tierslieu.errors import ConflictError, ValidationError, ValidationErrors
from tierslieu.services import audit, settings, sites, spaces
from tierslieu.services import validation as v
from tierslieu.services.billing import seller as seller_service
from tierslieu.services.settings import NAME_SETTING
from tierslieu.services.spaces import ResourceInput
from tierslieu.text import compact

log = logging.getLogger(__name__)

# the reports read these (tierslieu.reports.common, which needs ReportLab: not imported here)
LOGO_SETTING = "tiers_lieu.logo"
LOGO_TYPES = (".png", ".jpg", ".jpeg", ".gif")
LOGO_MAX_BYTES = 5_000_000
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")

Hours = Mapping[int, Sequence[tuple[time, time]]]


def default_hours() -> dict[int, list[tuple[time, time]]]:
    """Monday to Friday, 09:00-19:00: what the wizard proposes."""
    return {day: [(time(9), time(19))] for day in range(5)}


@dataclass(frozen=True)
class ResourceSpec:
    """A first resource: the four columns of the wizard's small table."""

    name: str
    kind: str = "meeting_room"
    capacity: int = 1
    hourly_price_cents: int = 0


@dataclass(frozen=True)
class AdminSpec:
    """The first administrator (used only when :mod:`tierslieu.services.auth` exists)."""

    login: str
    password: str
    full_name: str = ""


@dataclass(frozen=True)
class SetupInput:
    name: str
    address: str = ""
    postcode: str = ""
    city: str = ""
    siret: str = ""
    vat_exempt: bool = False         # « franchise en base », art. 293 B du CGI
    vat_number: str = ""
    logo: str = ""                   # an image file to copy into the data folder
    timezone: str = "Europe/Paris"
    opening_hours: Hours = field(default_factory=default_hours)
    resources: tuple[ResourceSpec, ...] = ()
    admin: AdminSpec | None = None


@dataclass(frozen=True)
class SetupResult:
    site_id: int
    resource_ids: tuple[int, ...]
    logo: Path | None


def is_initialised(engine: Engine) -> bool:
    """True once a site exists (the wizard ran, the demo was generated, or the CLI added one)."""
    with transaction(engine, readonly=True) as s:
        return bool(s.scalar(select(func.count()).select_from(Site)))


# -- checks (no database) ---------------------------------------------------------------------

def check_logo(path: str | Path | None, field_name: str = "logo") -> Path | None:
    """A readable PNG, JPEG or GIF file of at most 5 MB, or ``logo_invalid``."""
    if path is None or not str(path).strip():
        return None
    p = Path(str(path).strip()).expanduser()
    try:
        ok = p.is_file() and p.suffix.lower() in LOGO_TYPES and p.stat().st_size <= LOGO_MAX_BYTES
        if ok:
            with p.open("rb") as fh:
                ok = fh.read(8).startswith(_MAGIC)
    except OSError:
        ok = False
    if not ok:
        raise ValidationError("logo_invalid", field_name, value=str(path))
    return p


def check_hours(hours: Hours) -> dict[int, list[tuple[time, time]]]:
    clean = {int(day): sorted(intervals) for day, intervals in hours.items() if intervals}
    spaces.check_opening_hours(clean)
    for day, intervals in clean.items():
        for (_o1, c1), (o2, _c2) in zip(intervals, intervals[1:], strict=False):
            if o2 < c1:
                raise ValidationError("hours_overlap", "opening_hours", value=f"{o2:%H:%M}",
                                      day=day)
    return clean


def check_resources(specs: Sequence[ResourceSpec]) -> list[dict[str, object]]:
    """The checked columns of each new resource; errors name the ``resources`` row."""
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    errors: list[ValidationError] = []
    for row, spec in enumerate(specs, start=1):
        try:
            values = spaces.check_resource(ResourceInput(
                0, spec.name, spec.kind, capacity=spec.capacity,
                hourly_price_cents=spec.hourly_price_cents))
        except ValidationErrors as exc:
            errors += [ValidationError("setup_resource", "resources", row=row,
                                       detail=e.message()) for e in exc.errors]
            continue
        key = compact(str(values["name"]))
        if key in seen:
            errors.append(ValidationError("setup_resource_twice", "resources", row=row,
                                          value=values["name"]))
        seen.add(key)
        out.append(values)
    if errors:
        raise ValidationErrors(errors)
    return out


def _seller(data: SetupInput) -> seller_service.Seller:
    """The seller's identity from the wizard; its errors renamed to the wizard's fields."""
    try:
        return seller_service.check(seller_service.Seller(
            name=data.name, address=data.address, postcode=data.postcode, city=data.city,
            siret=data.siret, vat_exempt=data.vat_exempt,
            vat_number="" if data.vat_exempt else data.vat_number))
    except ValidationErrors as exc:
        # the name is checked once, as the tiers-lieu's (the seller's is the same)
        errors = [ValidationError(e.key, (e.field or "").removeprefix("seller_"), **e.params)
                  for e in exc.errors if e.field != "seller_name"]
        if errors:
            raise ValidationErrors(errors) from None
        return seller_service.Seller()


def _admin(admin: AdminSpec) -> str:
    from tierslieu.services import auth

    c = v.Collector()
    login = c.check(lambda: auth.check_login(admin.login), "")
    c.check(lambda: auth.check_password(admin.password), "")
    c.raise_if_any()
    return str(login)


@dataclass(frozen=True)
class _Checked:
    name: str
    seller: seller_service.Seller
    timezone: str
    hours: dict[int, list[tuple[time, time]]]
    resources: list[dict[str, object]]
    logo: Path | None
    admin_login: str


def validate(data: SetupInput) -> None:
    """Raise every field error of ``data`` at once; write nothing (the wizard's Finish)."""
    _check(data)


def _check(data: SetupInput) -> _Checked:
    c = v.Collector()
    name = c.check(lambda: v.text(data.name, "name", required=True), "")
    clean_seller = c.check(lambda: _seller(data), seller_service.Seller())
    zone = c.check(lambda: sites.check_timezone(data.timezone), "Europe/Paris")
    no_hours: dict[int, list[tuple[time, time]]] = {}
    hours = c.check(lambda: check_hours(data.opening_hours), no_hours)
    no_resources: list[dict[str, object]] = []
    resources = c.check(lambda: check_resources(data.resources), no_resources)
    logo = c.check(lambda: check_logo(data.logo), None)
    admin = data.admin
    login = c.check(lambda: _admin(admin), "") if admin is not None else ""
    c.raise_if_any()
    return _Checked(name, clean_seller, zone, hours, resources, logo, login)


# -- writing ----------------------------------------------------------------------------------

def initialise(engine: Engine, data: SetupInput, *, data_dir: Path | None = None) -> SetupResult:
    """Set up an empty database from the wizard's answers, all or nothing.

    Raises :class:`ValidationErrors` (fields named, nothing written) or
    :class:`ConflictError` ``setup_done`` when the database already has a site.
    """
    security.require("settings.write")
    checked = _check(data)
    copied: Path | None = None
    try:
        with transaction(engine) as s:
            if s.scalar(select(func.count()).select_from(Site)):
                raise ConflictError("setup_done")
            if checked.logo is not None:
                copied = copy_logo(checked.logo, data_dir)
                settings.put(s, LOGO_SETTING, str(copied))
            site = sites.add(s, checked.name, address=checked.seller.address,
                             city=checked.seller.city, postcode=checked.seller.postcode,
                             timezone=checked.timezone)
            spaces.replace_opening_hours(s, site.id, checked.hours)
            ids = tuple(spaces.add_resource(s, site.id, values).id
                        for values in checked.resources)
            settings.put(s, NAME_SETTING, checked.name)
            seller_service.store(s, checked.seller)
            if data.admin is not None:
                _create_admin(s, checked.admin_login, data.admin)
            audit.record(s, "setup.initialise", "site", site.id,
                         {"resources": len(ids), "admin": data.admin is not None})
            site_id = site.id
    except BaseException:
        if copied is not None:
            copied.unlink(missing_ok=True)
        raise
    log.info("first-run set-up done: site %s, %d resources", site_id, len(ids))
    return SetupResult(site_id, ids, copied)


def copy_logo(source: Path, data_dir: Path | None = None, stem: str = "logo") -> Path:
    """Copy the logo into the data folder as ``<stem>.<ext>`` (the reports read that copy)."""
    if data_dir is None:
        from tierslieu.paths import data_dir as default_dir

        data_dir = default_dir()
    target = data_dir / f"{stem}{source.suffix.lower()}"
    if source.resolve() != target.resolve():
        try:
            shutil.copyfile(source, target)
        except OSError as exc:
            raise ValidationError("file_unwritable", "logo", value=str(target),
                                  reason=exc.strerror or str(exc)) from None
    return target


def _create_admin(session: Session, login: str, admin: AdminSpec) -> None:
    """The first administrator, inside the set-up's transaction."""
    from tierslieu.services import auth

    auth.insert_first_admin(session, login, admin.password, admin.full_name)
