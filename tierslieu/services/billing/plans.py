"""Plans: hot desk, fixed desk, private office, day-pass packs, domiciliation.

A monthly plan is billed each month (prorated by days for a partial month) and gives
its credits each month, without roll-over. A pack (``billing="once"``) is billed once,
when bought, and its credits stay valid ``validity_days`` days.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Plan
from tierslieu.db.models.billing import BILLING_PERIODS, PLAN_KINDS
from tierslieu.db.models.space import RESOURCE_KINDS
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import validation as v
from tierslieu.services.billing.dto import PlanInput, PlanRow
from tierslieu.text import compact

VAT_RATES_FR = (2000, 1000, 550, 210, 0)


def _row(p: Plan) -> PlanRow:
    return PlanRow(p.id, p.name, p.kind, p.billing, p.price_cents, p.vat_rate_bp,
                   p.room_minutes, p.desk_days, tuple(p.resource_kinds or ()),
                   p.validity_days, p.description, p.active)


def _whole(value: object, field: str, *, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("number_invalid", field, value=value)
    if value < 0:
        raise ValidationError("number_min", field, value=value, min=0)
    maximum = 2**31 - 1 if maximum is None else maximum   # an INTEGER column
    if value > maximum:
        raise ValidationError("number_max", field, value=value, max=maximum)
    return value


def validate(data: PlanInput) -> dict[str, object]:
    c = v.Collector()
    out: dict[str, object] = {
        "name": c.check(lambda: v.text(data.name, "name", required=True), ""),
        "kind": c.check(lambda: v.choice(data.kind, "plan_kind", PLAN_KINDS, required=True)
                        or "", "hot_desk"),
        "billing": c.check(lambda: v.choice(data.billing, "billing", BILLING_PERIODS,
                                            required=True) or "", "monthly"),
        "price_cents": c.check(lambda: _whole(data.price_cents, "price_cents"), 0),
        "vat_rate_bp": c.check(lambda: _vat_rate(data.vat_rate_bp), 2000),
        "room_minutes": c.check(lambda: _whole(data.room_minutes, "room_minutes"), 0),
        "desk_days": c.check(lambda: _whole(data.desk_days, "desk_days", maximum=366), 0),
        "resource_kinds": c.check(lambda: [
            v.choice(k, "resource_kinds", RESOURCE_KINDS, required=True) or ""
            for k in dict.fromkeys(data.resource_kinds)], list[str]()),
        "description": c.check(lambda: v.notes(data.description, "description"), ""),
        "validity_days": None,
    }
    if out["billing"] == "once":
        days = data.validity_days if data.validity_days is not None else 365
        out["validity_days"] = c.check(lambda: _whole(days, "validity_days", maximum=3660), 365)
        if out["validity_days"] == 0:
            c.errors.append(ValidationError("number_min", "validity_days", value=0, min=1))
    c.raise_if_any()
    return out


def _vat_rate(value: object) -> int:
    rate = _whole(value, "vat_rate_bp", maximum=10_000)
    if rate not in VAT_RATES_FR:
        raise ValidationError("vat_rate_invalid", "vat_rate_bp", value=rate / 100,
                              allowed="20 %, 10 %, 5,5 %, 2,1 %, 0 %")
    return rate


def create(engine: Engine, data: PlanInput) -> PlanRow:
    security.require("billing.write")
    values = validate(data)
    try:
        with transaction(engine) as s:
            key = compact(str(values["name"]))
            if s.scalar(select(Plan.id).where(Plan.name_key == key)) is not None:
                raise ConflictError("plan_name_taken", "name", value=values["name"])
            plan = Plan(name_key=key, active=True, **values)
            s.add(plan)
            s.flush()
            return _row(plan)
    except IntegrityError as exc:
        raise ConflictError("plan_name_taken", "name", value=values["name"]) from exc


def list_plans(engine: Engine, *, include_inactive: bool = False) -> list[PlanRow]:
    security.require("billing.read")
    stmt = select(Plan).order_by(Plan.billing.desc(), Plan.price_cents, Plan.name_key)
    if not include_inactive:
        stmt = stmt.where(Plan.active.is_(True))
    with transaction(engine, readonly=True) as s:
        return [_row(p) for p in s.scalars(stmt)]


def get(engine: Engine, plan_id: int) -> PlanRow:
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise NotFoundError("plan_not_found", ref=str(plan_id))
        return _row(plan)


def find(engine: Engine, ref: str) -> PlanRow:
    """A plan by name (case- and accent-insensitive) or numeric id."""
    security.require("billing.read")
    with transaction(engine, readonly=True) as s:
        plan = s.scalar(select(Plan).where(Plan.name_key == compact(ref)))
        if plan is None and ref.strip().isdigit():
            plan = s.get(Plan, int(ref.strip()))
        if plan is None:
            raise NotFoundError("plan_not_found", ref=ref)
        return _row(plan)


def set_active(engine: Engine, plan_id: int, active: bool) -> PlanRow:
    """Withdraw a plan from sale (existing subscriptions keep it) or offer it again."""
    security.require("billing.write")
    with transaction(engine) as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise NotFoundError("plan_not_found", ref=str(plan_id))
        plan.active = active
        s.flush()
        return _row(plan)
