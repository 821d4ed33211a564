"""The seller printed on every invoice, from the settings (``seller.*``, ``billing.*``).

Invoices cannot be issued while the legal identity is incomplete: name, address,
postcode, city, SIREN/SIRET, and the VAT number unless the structure is exempt
(an association under the « franchise en base », art. 293 B du CGI).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Setting
from tierslieu.errors import ValidationError
from tierslieu.services import validation as v
from tierslieu.services.billing.dto import Party

DEFAULT_PAYMENT_DAYS = 30
DEFAULT_PENALTY = "trois fois le taux d'intérêt légal"
EXEMPTION = "TVA non applicable, art. 293 B du CGI"
KEYS = {"name": "seller.name", "address": "seller.address", "postcode": "seller.postcode",
        "city": "seller.city", "siret": "seller.siret", "vat_number": "seller.vat_number",
        "vat_exempt": "seller.vat_exempt", "email": "seller.email", "phone": "seller.phone",
        "iban": "seller.iban", "bic": "seller.bic", "legal_form": "seller.legal_form",
        "payment_days": "billing.payment_days", "late_penalty": "billing.late_penalty"}
REQUIRED = ("name", "address", "postcode", "city", "siret")


@dataclass(frozen=True)
class Seller:
    name: str = ""
    legal_form: str = ""          # "Association loi 1901", "SCIC SAS au capital de…"
    address: str = ""
    postcode: str = ""
    city: str = ""
    siret: str = ""
    vat_number: str = ""
    vat_exempt: bool = False
    email: str = ""
    phone: str = ""
    iban: str = ""
    bic: str = ""
    payment_days: int = DEFAULT_PAYMENT_DAYS
    late_penalty: str = DEFAULT_PENALTY

    def party(self) -> Party:
        return Party("seller", None, self.name, self.address, self.postcode, self.city, "FR",
                     self.siret, self.vat_number, self.email, True)

    def extra(self) -> dict[str, Any]:
        """What an invoice keeps besides the party: frozen with it, so a reprint matches."""
        return {"legal_form": self.legal_form, "vat_exempt": self.vat_exempt,
                "phone": self.phone, "iban": self.iban, "bic": self.bic,
                "payment_days": self.payment_days, "late_penalty": self.late_penalty}

    def missing(self) -> list[str]:
        absent = [f for f in REQUIRED if not getattr(self, f)]
        if not self.vat_exempt and not self.vat_number:
            absent.append("vat_number")
        return absent


def load(session: Session) -> Seller:
    keys = list(KEYS.values())
    stored = {r.key: json.loads(r.value) for r in session.scalars(
        select(Setting).where(Setting.key.in_(keys)))}
    values: dict[str, Any] = {}
    for name, key in KEYS.items():
        if key in stored and stored[key] is not None:
            values[name] = stored[key]
    seller = Seller(**values)
    return replace(seller, vat_exempt=bool(seller.vat_exempt),
                   payment_days=int(seller.payment_days))


def get(engine: Engine) -> Seller:
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        return load(s)


def require(session: Session) -> Seller:
    """The seller, or ``seller_incomplete`` naming the first missing field."""
    seller = load(session)
    missing = seller.missing()
    if missing:
        raise ValidationError("seller_incomplete", f"seller_{missing[0]}",
                              missing=", ".join(missing))
    return seller


def save(engine: Engine, seller: Seller) -> Seller:
    """Validate and store the seller's identity (every field at once)."""
    security.require("settings.write")
    clean = check(seller)
    with transaction(engine) as s:
        store(s, clean)
    return clean


def check(seller: Seller) -> Seller:
    """The seller normalised, or every field error at once (nothing is written)."""
    c = v.Collector()
    clean = replace(
        seller,
        name=c.check(lambda: v.text(seller.name, "seller_name", required=True), ""),
        legal_form=c.check(lambda: v.text(seller.legal_form, "seller_legal_form"), ""),
        address=c.check(lambda: v.text(seller.address, "seller_address", max_len=500), ""),
        postcode=c.check(lambda: v.text(seller.postcode, "seller_postcode", max_len=20), ""),
        city=c.check(lambda: v.text(seller.city, "seller_city"), ""),
        siret=c.check(lambda: v.siret(seller.siret, "seller_siret"), ""),
        vat_number=c.check(lambda: v.vat_number(seller.vat_number, "seller_vat_number"), ""),
        email=c.check(lambda: v.email(seller.email, "seller_email") or "", ""),
        iban=c.check(lambda: _iban(seller.iban), ""),
        bic=v.text(seller.bic, "seller_bic", max_len=11).replace(" ", "").upper(),
        phone=v.text(seller.phone, "seller_phone", max_len=32),
        late_penalty=v.text(seller.late_penalty, "seller_late_penalty", max_len=300)
        or DEFAULT_PENALTY)
    if not 0 <= int(seller.payment_days) <= 60:
        # 60 days from the invoice date is the French legal maximum (art. L441-10)
        c.errors.append(ValidationError("number_max", "payment_days",
                                        value=seller.payment_days, max=60))
    c.raise_if_any()
    return clean


def store(session: Session, clean: Seller) -> None:
    """Write a checked seller (:func:`check`) inside the caller's transaction."""
    for name, key in KEYS.items():
        value = json.dumps(getattr(clean, name), ensure_ascii=False)
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


def _iban(value: str) -> str:
    from stdnum import iban

    raw = (value or "").replace(" ", "").upper()
    if not raw:
        return ""
    if not iban.is_valid(raw):
        raise ValidationError("iban_invalid", "seller_iban", value=value)
    return str(iban.format(raw))
