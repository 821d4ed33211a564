"""Indicators as code: every figure of the reports, the CLI and the open data.

``compute(engine, period, site=None)`` evaluates the registered indicators of a month or
a year in one read-only transaction and returns plain dataclasses; with ``compare=True``
the headline figures also carry their value for the previous period and for the same
period one year earlier. Each figure is a function of
:class:`~tierslieu.reports.indicators.data.PeriodData` registered with ``@indicator``
(see :mod:`.registry`); its docstring is its definition.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Site
from tierslieu.errors import NotFoundError
from tierslieu.reports.indicators import (  # noqa: F401 - registers
    community,
    events,
    incubation,
    money,
    space,
)
from tierslieu.reports.indicators.data import PeriodData
from tierslieu.reports.indicators.incubation import Detailed
from tierslieu.reports.indicators.registry import (
    REGISTRY,
    Indicator,
    headline_keys,
    ordered_keys,
)
from tierslieu.reports.period import Period
from tierslieu.text import compact


@dataclass(frozen=True)
class IndicatorValue:
    key: str
    value: Any
    unit: str
    shape: str
    section: str
    detail: dict[str, Any] | None = None
    previous: Any = None      # headline figures, when compared: the period before
    last_year: Any = None     # ... and the same period one year earlier

    @property
    def indicator(self) -> Indicator:
        return REGISTRY[self.key]


@dataclass(frozen=True)
class IndicatorSet:
    """The indicators of one period (and site), ready for a report, JSON or open data."""

    period: Period
    site: str | None
    values: dict[str, IndicatorValue]
    compared: bool = False
    computed_at: datetime | None = field(default=None, compare=False)

    def __getitem__(self, key: str) -> Any:
        return self.values[key].value

    def get(self, key: str) -> IndicatorValue | None:
        return self.values.get(key)

    def to_json(self, lang: str = "fr") -> dict[str, Any]:
        """The stable object of ``report indicators --json`` (money in integer cents)."""
        out: dict[str, Any] = {}
        for key, v in self.values.items():
            item: dict[str, Any] = {"value": v.value, "unit": v.unit,
                                    "label": v.indicator.label(lang)}
            if v.detail is not None:
                item["detail"] = v.detail
            if self.compared and v.indicator.headline:
                item["previous"] = v.previous
                item["last_year"] = v.last_year
            out[key] = item
        data: dict[str, Any] = {
            "period": self.period.key, "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(), "site": self.site, "indicators": out}
        if self.compared:
            data["comparisons"] = {"previous": self.period.previous().key,
                                   "last_year": self.period.last_year().key}
        return data


def resolve_site(engine: Engine, site: int | str | None) -> tuple[int | None, str | None]:
    """(id, name) of a site given by id or name (any case or accents); (None, None): all."""
    security.require("reports.build")
    if site is None or site == "":
        return None, None
    with transaction(engine, readonly=True) as s:
        for sid, name in s.execute(select(Site.id, Site.name)):
            if sid == site or str(sid) == str(site).strip() or compact(name) == compact(
                    str(site)):
                return sid, name
    raise NotFoundError("site_not_found", ref=str(site))


def _evaluate(data: PeriodData, keys: Iterable[str]) -> dict[str, IndicatorValue]:
    out = {}
    for key in keys:
        ind = REGISTRY[key]
        raw = ind.func(data)
        detail = None
        if isinstance(raw, Detailed):
            raw, detail = raw.value, raw.detail
        out[key] = IndicatorValue(key, raw, ind.unit, ind.shape, ind.section, detail)
    return out


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a period's rows are read and evaluated.

    A compared month of the network is ~35,000 booking rows alive at once: enough new
    objects for Python to start a full collection, which walks every object of the
    process (60-120 ms measured here in the monthly report) to find none of them
    garbage: the rows hold no cycles and are freed by reference counting as soon as
    :func:`compute` returns. Collection resumes at the end, as it was before."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _wanted(keys: Iterable[str] | None) -> list[str]:
    wanted = list(keys) if keys is not None else ordered_keys()
    unknown = [k for k in wanted if k not in REGISTRY]
    if unknown:
        raise KeyError(f"unknown indicators: {', '.join(unknown)}")
    return wanted


def compute(engine: Engine, period: Period, site: int | str | None = None, *,
            keys: Iterable[str] | None = None, now: datetime | None = None,
            compare: bool = False) -> IndicatorSet:
    """The indicators of ``period`` (every registered one unless ``keys`` says which).

    ``now`` (UTC) decides which bookings have ended, for check-in and no-show rates; it
    defaults to the clock. ``compare`` adds the headline figures of the previous period
    and of the same period last year, read in the same transaction (one snapshot; the
    rows that do not depend on the period are read once for the three).
    """
    security.require("reports.build")
    site_id, site_name = resolve_site(engine, site)
    wanted = _wanted(keys)
    with _collector_paused(), transaction(engine, readonly=True) as s:
        data = PeriodData(s, period, site_id, now=now)
        values = _evaluate(data, wanted)
        now = data.now
        if compare:
            heads = [k for k in headline_keys() if k in values]
            before, year_ago = (
                _evaluate(PeriodData(s, other, site_id, now=now, shared=data.shared), heads)
                for other in (period.previous(), period.last_year()))
            for k in heads:
                values[k] = replace(values[k], previous=before[k].value,
                                    last_year=year_ago[k].value)
    return IndicatorSet(period, site_name, values, compare, now)


__all__ = ["REGISTRY", "Indicator", "IndicatorSet", "IndicatorValue", "PeriodData",
           "compute", "headline_keys", "ordered_keys", "resolve_site"]
