"""The settings page's data: what the first-run wizard set plus the rules other parts read.

:func:`load` gathers them from their owners' settings keys (the seller's ``seller.*`` and
``billing.*``, the booking policy's ``booking.*``, the backups' ``backup.*``, the visits'
retention) and the main site; :func:`save` checks everything (every field error at once,
nothing written) and writes it in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Site
from tierslieu.errors import ValidationError
from tierslieu.services import audit, bookings, settings, setup, sites, spaces
from tierslieu.services import validation as v
from tierslieu.services.billing import seller as seller_service
from tierslieu.services.setup import ResourceSpec

BOOKING_KEYS = {"checkin_before_minutes": "booking.checkin_before_minutes",
                "checkin_after_minutes": "booking.checkin_after_minutes",
                "cancel_cutoff_hours": "booking.cancel_cutoff_hours"}
# (minimum, maximum) of each number of the page
LIMITS = {"checkin_before_minutes": (0, 240), "checkin_after_minutes": (0, 240),
          "cancel_cutoff_hours": (0, 168), "payment_days": (0, 60),
          "keep_daily": (1, 365), "keep_monthly": (0, 120), "retention_days": (1, 3650)}


def _backup_keys() -> dict[str, tuple[str, int]]:
    from tierslieu.db import backup

    return {"keep_daily": (backup.KEEP_DAILY_KEY, backup.KEEP_DAILY),
            "keep_monthly": (backup.KEEP_MONTHLY_KEY, backup.KEEP_MONTHLY)}


def _retention() -> tuple[str, int]:
    from tierslieu.services import visits

    return visits.RETENTION_KEY, visits.DEFAULT_RETENTION_DAYS


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


@dataclass(frozen=True)
class Configuration:
    # identity: the main site, the seller and the reports' name and logo
    name: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    siret: str = ""
    vat_exempt: bool = False
    vat_number: str = ""
    logo: str = ""
    timezone: str = "Europe/Paris"
    opening_hours: dict[int, list[tuple[time, time]]] = field(default_factory=dict)
    # billing
    legal_form: str = ""
    email: str = ""
    phone: str = ""
    iban: str = ""
    bic: str = ""
    payment_days: int = seller_service.DEFAULT_PAYMENT_DAYS
    late_penalty: str = seller_service.DEFAULT_PENALTY
    # booking rules
    checkin_before_minutes: int = _minutes(bookings.CHECKIN_BEFORE)
    checkin_after_minutes: int = _minutes(bookings.CHECKIN_AFTER)
    cancel_cutoff_hours: int = int(bookings.CANCEL_CUTOFF.total_seconds() // 3600)
    # backups and retention
    keep_daily: int = 7
    keep_monthly: int = 12
    retention_days: int = 365
    site_id: int | None = None


def _number(s: Session, key: str, default: int) -> int:
    value = settings.read(s, key)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def load(engine: Engine) -> Configuration:
    security.require("settings.read")
    with transaction(engine, readonly=True) as s:
        me = seller_service.load(s)
        site = s.scalars(select(Site).order_by(Site.id).limit(1)).first()
        hours = spaces.site_calendar(s, site.id).hours if site is not None else {}
        name = settings.read(s, setup.NAME_SETTING) or me.name or (site.name if site else "")
        logo = settings.read(s, setup.LOGO_SETTING) or ""
        policy = {f: _number(s, key, 0) if settings.read(s, key) is not None else None
                  for f, key in BOOKING_KEYS.items()}
        backups = {f: _number(s, key, default) for f, (key, default) in _backup_keys().items()}
        retention_key, retention_default = _retention()
        retention = _number(s, retention_key, retention_default)
    defaults = Configuration()
    return Configuration(
        name=str(name), address=me.address or (site.address if site else ""),
        postcode=me.postcode or (site.postcode if site else ""),
        city=me.city or (site.city if site else ""), siret=me.siret,
        vat_exempt=me.vat_exempt, vat_number=me.vat_number, logo=str(logo),
        timezone=site.timezone if site else "Europe/Paris", opening_hours=hours,
        legal_form=me.legal_form, email=me.email, phone=me.phone, iban=me.iban, bic=me.bic,
        payment_days=me.payment_days, late_penalty=me.late_penalty,
        **{f: getattr(defaults, f) if value is None else value for f, value in policy.items()},
        **backups, retention_days=retention, site_id=site.id if site else None)


def _limits(conf: Configuration, c: v.Collector) -> None:
    for name, (low, high) in LIMITS.items():
        value = getattr(conf, name)
        if isinstance(value, bool) or not isinstance(value, int):
            c.errors.append(ValidationError("number_invalid", name, value=value))
        elif value < low:
            c.errors.append(ValidationError("number_min", name, value=value, min=low))
        elif value > high:
            c.errors.append(ValidationError("number_max", name, value=value, max=high))


def check(conf: Configuration) -> tuple[seller_service.Seller, Path | None,
                                         dict[int, list[tuple[time, time]]]]:
    """Every error of the page at once; the checked seller, new logo file and hours."""
    c = v.Collector()
    c.check(lambda: v.text(conf.name, "name", required=True), "")
    identity = ("name", "address", "postcode", "city", "siret", "vat_number")

    def seller() -> seller_service.Seller:
        try:
            return seller_service.check(seller_service.Seller(
                name=conf.name, legal_form=conf.legal_form, address=conf.address,
                postcode=conf.postcode, city=conf.city, siret=conf.siret,
                vat_number="" if conf.vat_exempt else conf.vat_number,
                vat_exempt=conf.vat_exempt, email=conf.email, phone=conf.phone,
                iban=conf.iban, bic=conf.bic, payment_days=0, late_penalty=conf.late_penalty))
        except ValidationError as exc:
            errors = getattr(exc, "errors", [exc])
            # the identity fields are the page's own; the billing ones keep seller_*
            renamed = [ValidationError(e.key, f if (f := (e.field or "").removeprefix(
                "seller_")) in identity else e.field, **e.params) for e in errors
                if e.field != "seller_name"]
            c.errors.extend(renamed)
            return seller_service.Seller()

    clean = seller()
    c.check(lambda: sites.check_timezone(conf.timezone), "")
    no_hours: dict[int, list[tuple[time, time]]] = {}
    hours = c.check(lambda: setup.check_hours(conf.opening_hours), no_hours)
    logo = c.check(lambda: setup.check_logo(conf.logo), None)
    _limits(conf, c)
    c.raise_if_any()
    return replace(clean, payment_days=conf.payment_days), logo, hours


def save(engine: Engine, conf: Configuration, *, resources: Sequence[ResourceSpec] = (),
         data_dir: Path | None = None) -> Configuration:
    """Check and write the whole page in one transaction; returns what :func:`load` now reads.

    ``resources``: new resources for the main site. A new logo is copied into the data
    folder first (the previous copy is deleted once the change is committed).
    """
    security.require("settings.write")
    c = v.Collector()
    checked = c.check(lambda: check(conf), None)
    no_resources: list[dict[str, object]] = []
    new_resources = c.check(lambda: setup.check_resources(resources), no_resources)
    c.raise_if_any()
    assert checked is not None
    clean, logo, hours = checked
    copied: Path | None = None
    previous: object = None
    try:
        with transaction(engine) as s:
            previous = settings.read(s, setup.LOGO_SETTING)
            if logo is not None and str(logo) != previous:
                # a new name each time: the old file stays until the change is committed
                copied = setup.copy_logo(logo, data_dir,
                                         stem=f"logo-{datetime.now(UTC):%Y%m%d%H%M%S%f}")
                logo = copied
            settings.put(s, setup.LOGO_SETTING, str(logo) if logo is not None else None)
            settings.put(s, setup.NAME_SETTING, clean.name)
            seller_service.store(s, clean)
            site = s.get(Site, conf.site_id) if conf.site_id is not None else None
            if site is None:
                site = sites.add(s, clean.name, address=clean.address, city=clean.city,
                                 postcode=clean.postcode, timezone=conf.timezone.strip())
            else:
                sites.modify(s, site.id, name=clean.name, address=clean.address,
                             city=clean.city, postcode=clean.postcode,
                             timezone=conf.timezone.strip())
            spaces.replace_opening_hours(s, site.id, hours)
            for values in new_resources:
                spaces.add_resource(s, site.id, values)
            for f, key in BOOKING_KEYS.items():
                settings.put(s, key, getattr(conf, f))
            for f, (key, _default) in _backup_keys().items():
                settings.put(s, key, getattr(conf, f))
            settings.put(s, _retention()[0], conf.retention_days)
            audit.record(s, "settings.update", "site", site.id)
    except BaseException:
        if copied is not None:
            copied.unlink(missing_ok=True)
        raise
    if isinstance(previous, str) and previous and previous != (str(logo) if logo else ""):
        _forget_logo(Path(previous), data_dir)
    return load(engine)


def _forget_logo(old: Path, data_dir: Path | None) -> None:
    """Delete a replaced logo, but only our own copy in the data folder."""
    if data_dir is None:
        from tierslieu.paths import data_dir as default_dir

        data_dir = default_dir()
    if old.parent == data_dir and old.name.startswith("logo"):
        old.unlink(missing_ok=True)
