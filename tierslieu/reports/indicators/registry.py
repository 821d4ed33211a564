"""The registry of indicators: each figure is one function whose docstring defines it.

``@indicator(...)`` records the function with its key, unit, section and French label and
definition; the English label is given too and the English definition *is* the
docstring, so the appendix of every report prints exactly what the code computes.
Later issues (billing, visits, events) add a section to :data:`SECTIONS`, a module of
``@indicator`` functions imported by the package, and their part of each report; the
JSON, the open data and the appendix pick the new figures up by themselves.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tierslieu.reports.indicators.data import PeriodData

Figure = Callable[["PeriodData"], Any]
SECTIONS = ("space", "members", "events", "incubation", "money")
# shape of a value: one number, {dimension: number}, a list of rows, a weekday x hour grid
SHAPES = ("scalar", "breakdown", "rows", "grid", "list")


@dataclass(frozen=True)
class Indicator:
    key: str
    unit: str
    section: str
    shape: str
    label_fr: str
    label_en: str
    definition_fr: str
    definition_en: str
    func: Figure
    headline: bool = False
    public: bool = True   # published in the open-data export (aggregates only)

    def label(self, lang: str = "fr") -> str:
        return self.label_en if lang == "en" else self.label_fr

    def definition(self, lang: str = "fr") -> str:
        return self.definition_en if lang == "en" else self.definition_fr


REGISTRY: dict[str, Indicator] = {}


def _definition(func: Figure) -> str:
    doc = inspect.getdoc(func) or ""
    return " ".join(doc.split("\n\n")[0].split())


def indicator(key: str, unit: str, section: str, *, fr: tuple[str, str], en: str,
              shape: str = "scalar", headline: bool = False, public: bool = True
              ) -> Callable[[Figure], Figure]:
    """Register a figure. ``fr`` is (label, definition); ``en`` the English label."""
    if section not in SECTIONS or shape not in SHAPES:
        raise ValueError(f"{key}: unknown section {section!r} or shape {shape!r}")

    def wrap(func: Figure) -> Figure:
        if key in REGISTRY:
            raise ValueError(f"indicator {key!r} registered twice")
        REGISTRY[key] = Indicator(key, unit, section, shape, fr[0], en, fr[1],
                                  _definition(func), func, headline, public)
        return func

    return wrap


def ordered_keys() -> list[str]:
    """Every key, section by section (in :data:`SECTIONS` order), as registered within."""
    return sorted(REGISTRY, key=lambda k: SECTIONS.index(REGISTRY[k].section))


def headline_keys() -> list[str]:
    return [k for k in ordered_keys() if REGISTRY[k].headline]
