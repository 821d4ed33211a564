"""Startup KPIs per month or quarter, and their totals per cohort.

Amounts are read as euros ("1 234,50", "1234.50": one decimal separator, spaces as
thousands separators, at most two decimals) through :class:`~decimal.Decimal` and kept
as integer cents; jobs created as FTE with at most two decimals, kept as hundredths.
A startup's records are either monthly or quarterly: a quarter overlapping a month
already recorded (or the reverse) is refused, so totals never count a month twice.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import cast

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Cohort, Enrollment, KpiRecord, Organization
from tierslieu.db.models.incubation import FUND_KINDS
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.money import parse_euros
from tierslieu.services import validation as v
from tierslieu.services.incubation_dto import CohortKpis, KpiInput, KpiRow, LatestKpis, local_today
from tierslieu.services.programs import whole_number
from tierslieu.text import clean

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[QT]([1-4])$", re.IGNORECASE)
_AMOUNT = re.compile(r"^\d+([.,]\d{1,2})?$")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


def parse_period(value: str, field: str = "period") -> tuple[str, date, date]:
    """("2026-10" | "2026-Q4" | "2026-T4") -> (normal form, first day, last day)."""
    raw = clean(value).upper()
    month = _MONTH.match(raw)
    if month and 1 <= int(month.group(2)) <= 12:
        year, m = int(month.group(1)), int(month.group(2))
        return (f"{year:04d}-{m:02d}", date(year, m, 1),
                date(year, m, calendar.monthrange(year, m)[1]))
    quarter = _QUARTER.match(raw)
    if quarter:
        year, q = int(quarter.group(1)), int(quarter.group(2))
        last = 3 * q
        return (f"{year:04d}-Q{q}", date(year, last - 2, 1),
                date(year, last, calendar.monthrange(year, last)[1]))
    raise ValidationError("period_invalid", field, value=clean(value))


def parse_fte(value: Decimal | int | str | None, field: str = "jobs_created") -> int | None:
    """Hundredths of a full-time equivalent: "1,5" -> 150."""
    if value is None or (isinstance(value, str) and not clean(value)):
        return None
    text = clean(str(value))
    try:
        amount = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise ValidationError("fte_invalid", field, value=text) from None
    if not amount.is_finite():
        raise ValidationError("fte_invalid", field, value=text)
    if amount < 0:
        raise ValidationError("number_min", field, value=text, min=0)
    hundredths = amount * 100
    if hundredths != hundredths.to_integral_value():
        raise ValidationError("fte_invalid", field, value=text)
    return int(hundredths)


def validate(data: KpiInput, *, today: date | None = None) -> dict[str, object]:
    """Every error of the input at once, each naming its field."""
    c = v.Collector()
    period = c.check(lambda: parse_period(data.period), None)
    if period is not None and period[1] > (today or local_today()):
        c.errors.append(ValidationError("period_future", "period", value=period[0]))
    out: dict[str, object] = {"period": period}
    for key in ("headcount", "women_founders"):
        raw = getattr(data, key)
        out[key] = None if raw is None or raw == "" else c.check(
            partial(whole_number, raw, key), None)
    out["jobs_created_fte100"] = c.check(lambda: parse_fte(data.jobs_created), None)
    out["revenue_cents"] = c.check(lambda: parse_euros(data.revenue, "revenue"), None)
    raised: dict[str, int] = {}
    for kind, amount in data.raised:
        code = c.check(partial(v.choice, kind, "raised_kind", FUND_KINDS, required=True),
                       None)
        cents = c.check(partial(parse_euros, amount, "raised"), None)
        if code and cents is not None:
            raised[code] = cents
    out["raised"] = raised
    c.raise_if_any()
    return out


def kpi_row(r: KpiRecord) -> KpiRow:
    return KpiRow(r.id, r.organization_id, r.period, r.start_on, r.end_on, r.headcount,
                  r.jobs_created_fte100, r.women_founders, r.revenue_cents,
                  {k: getattr(r, f"raised_{k}_cents") for k in FUND_KINDS})


def record_kpis(engine: Engine, organization_id: int, data: KpiInput, *,
                today: date | None = None) -> KpiRow:
    """Record a startup's figures for a period, merged into that period's record.

    Figures left as None keep their recorded value; a raised amount replaces the amount
    of its kind for that period.
    """
    security.require("incubation.write")
    values = validate(data, today=today)
    with transaction(engine) as s:
        return kpi_row(record_in(s, organization_id, values))


def record_in(s: Session, organization_id: int, values: dict[str, object]) -> KpiRecord:
    """:func:`record_kpis` inside the caller's transaction, with :func:`validate`'s values."""
    values = dict(values)
    period, start, end = cast(tuple[str, date, date], values.pop("period"))
    raised = cast(dict[str, int], values.pop("raised"))
    org = s.get(Organization, organization_id)
    if org is None:
        raise NotFoundError("startup_not_found", ref=str(organization_id))
    if org.kind != "startup":
        raise ValidationError("not_a_startup", "startup", value=org.name, kind=org.kind)
    overlap = s.scalar(select(KpiRecord.period).where(
        KpiRecord.organization_id == organization_id, KpiRecord.period != period,
        KpiRecord.start_on <= end, KpiRecord.end_on >= start))
    if overlap is not None:
        raise ConflictError("period_overlap", "period", value=period, other=overlap)
    record = s.scalar(select(KpiRecord).where(KpiRecord.organization_id == organization_id,
                                              KpiRecord.period == period))
    if record is None:
        record = KpiRecord(organization_id=organization_id, period=period, start_on=start,
                           end_on=end, **{f"raised_{k}_cents": 0 for k in FUND_KINDS})
        s.add(record)
    for key, value in values.items():
        if value is not None:
            setattr(record, key, value)
    for kind, cents in raised.items():
        setattr(record, f"raised_{kind}_cents", cents)
    s.flush()
    return record


def delete_kpis(engine: Engine, organization_id: int, period: str) -> None:
    security.require("incubation.write")
    normal = parse_period(period)[0]
    with transaction(engine) as s:
        record = s.scalar(select(KpiRecord).where(KpiRecord.organization_id == organization_id,
                                                  KpiRecord.period == normal))
        if record is None:
            raise NotFoundError("startup_not_found", ref=f"{organization_id} {normal}")
        s.delete(record)


def kpi_history(engine: Engine, organization_id: int) -> list[KpiRow]:
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        return records_of(s, [organization_id]).get(organization_id, [])


def records_of(s: Session, organization_ids: Iterable[int]) -> dict[int, list[KpiRow]]:
    """KPI rows per startup, oldest period first (inside the caller's transaction)."""
    out: dict[int, list[KpiRow]] = defaultdict(list)
    for r in s.scalars(select(KpiRecord).where(KpiRecord.organization_id.in_(
            list(organization_ids))).order_by(KpiRecord.organization_id, KpiRecord.start_on)):
        out[r.organization_id].append(kpi_row(r))
    return out


def _latest(rows: list[KpiRow], attr: str) -> int | None:
    return next((getattr(r, attr) for r in reversed(rows) if getattr(r, attr) is not None), None)


def latest(rows: list[KpiRow]) -> LatestKpis:
    """Each stock's newest reported value, and the totals of the flows (oldest-first rows)."""
    return LatestKpis(
        rows[-1].period if rows else None, _latest(rows, "headcount"),
        _latest(rows, "jobs_created_fte100"), _latest(rows, "women_founders"),
        _latest(rows, "revenue_cents"), sum(r.revenue_cents or 0 for r in rows),
        {k: sum(r.raised_cents[k] for r in rows) for k in FUND_KINDS})


def cohort_totals(s: Session, cohort_id: int, year: int) -> CohortKpis:
    """See :class:`CohortKpis`; supported startups are those that reached incubation."""
    return cohorts_totals(s, [cohort_id], year)[cohort_id]


def cohorts_totals(s: Session, cohort_ids: list[int], year: int) -> dict[int, CohortKpis]:
    """:func:`cohort_totals` of several cohorts in two queries (not two per cohort)."""
    orgs: dict[int, list[int]] = {c: [] for c in cohort_ids}
    for cid, oid in s.execute(select(Enrollment.cohort_id, Enrollment.organization_id).where(
            Enrollment.cohort_id.in_(cohort_ids), Enrollment.incubation_start.is_not(None))):
        orgs[cid].append(oid)
    wanted = {o for ids in orgs.values() for o in ids}
    records = records_of(s, wanted) if wanted else {}
    return {cid: _totals(ids, {o: records[o] for o in ids if o in records}, year)
            for cid, ids in orgs.items()}


def _totals(ids: list[int], by_org: dict[int, list[KpiRow]], year: int) -> CohortKpis:
    headcount = jobs = women = revenue_year = revenue_total = 0
    raised_year = dict.fromkeys(FUND_KINDS, 0)
    raised_total = dict.fromkeys(FUND_KINDS, 0)
    for rows in by_org.values():
        upto = [r for r in rows if r.start_on.year <= year]
        headcount += _latest(upto, "headcount") or 0
        jobs += _latest(upto, "jobs_created_fte100") or 0
        women += _latest(upto, "women_founders") or 0
        for r in rows:
            revenue_total += r.revenue_cents or 0
            in_year = r.start_on.year == year
            revenue_year += (r.revenue_cents or 0) if in_year else 0
            for k in FUND_KINDS:
                raised_total[k] += r.raised_cents[k]
                raised_year[k] += r.raised_cents[k] if in_year else 0
    return CohortKpis(year, len(ids), len(by_org), headcount, jobs, women, revenue_year,
                      revenue_total, raised_year, raised_total)


def cohort_kpis(engine: Engine, cohort_id: int, year: int | None = None) -> CohortKpis:
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        if s.get(Cohort, cohort_id) is None:
            raise NotFoundError("cohort_not_found", ref=str(cohort_id))
        return cohort_totals(s, cohort_id, year or local_today().year)
