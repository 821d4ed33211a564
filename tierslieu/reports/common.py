"""Pieces the three reports share: the tiers-lieu's name and logo, the cover, the
headline table with its comparisons, breakdown tables and the appendix of definitions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Spacer
from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu import timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import Site
from tierslieu.i18n import choice_label
from tierslieu.reports import fmt
from tierslieu.reports.indicators import REGISTRY, IndicatorSet
from tierslieu.reports.indicators.registry import SECTIONS
from tierslieu.reports.labels import t
from tierslieu.reports.pdf import para, styles, table

# settings written by the first-run wizard / settings page (issue 9); optional
LOGO_SETTING = "tiers_lieu.logo"
LOGO_TYPES = (".png", ".jpg", ".jpeg", ".gif")


def place(engine: Engine, site: str | None = None) -> tuple[str, Path | None]:
    """The tiers-lieu's name (setting, else the site's or the first site's name, else
    "TiersLieu") and its logo file when the setting names a readable image."""
    from tierslieu.services import settings

    name = settings.get(engine, settings.NAME_SETTING)
    if not isinstance(name, str) or not name.strip():
        with transaction(engine, readonly=True) as s:
            name = site or s.scalar(select(Site.name).order_by(Site.id).limit(1)) or "TiersLieu"
    logo = settings.get(engine, LOGO_SETTING)
    path = Path(logo) if isinstance(logo, str) and logo.strip() else None
    if path is not None and (not path.is_file() or path.suffix.lower() not in LOGO_TYPES):
        path = None
    return name.strip(), path


def cover(title: str, subtitle: str, name: str, logo: Path | None, lang: str, *,
          lines: Sequence[str] = (), today: date | None = None) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Spacer(1, 45 * mm)]
    if logo is not None:
        try:
            img = Image(str(logo))
            ratio = min(60 * mm / img.imageWidth, 30 * mm / img.imageHeight)
            img.drawWidth, img.drawHeight = img.imageWidth * ratio, img.imageHeight * ratio
            out += [img, Spacer(1, 10 * mm)]
        except Exception:  # noqa: BLE001 - an unreadable logo never stops a report
            pass
    out += [para(name, st["cover_sub"]), Spacer(1, 6 * mm), para(title, st["cover_title"]),
            para(subtitle, st["cover_sub"]), Spacer(1, 14 * mm)]
    out += [para(line, st["cover_small"]) for line in lines]
    out.append(para(t("generated_on", lang, date=fmt.day(today or timeutil.local_today(), lang)),
                    st["cover_small"]))
    out.append(PageBreak())
    return out


def shown(ind: IndicatorSet, key: str, lang: str) -> str:
    """One scalar indicator formatted for the reader."""
    v = ind.values[key]
    return fmt.value(v.value, v.unit, lang)


def code_label(code: str, lang: str) -> str:
    """A category, status or kind code as words; ``not_recorded`` as « non renseigné »."""
    if code in ("not_recorded", ""):
        return fmt.not_recorded(lang)
    return choice_label(code, lang)


def headline_table(ind: IndicatorSet, keys: Iterable[str], lang: str) -> Flowable:
    """Each figure, then the previous period's and last year's with the change."""
    p, prev, ago = ind.period, ind.period.previous(), ind.period.last_year()
    rows = []
    for key in keys:
        v = ind.values[key]
        rows.append([v.indicator.label(lang), fmt.value(v.value, v.unit, lang),
                     fmt.value(v.previous, v.unit, lang),
                     fmt.change(v.value, v.previous, v.unit, lang),
                     fmt.value(v.last_year, v.unit, lang),
                     fmt.change(v.value, v.last_year, v.unit, lang)])
    headers = [t("h_indicator", lang), p.label(lang), prev.label(lang),
               t("vs", lang, period=prev.label(lang)), ago.label(lang),
               t("vs", lang, period=ago.label(lang))]
    # sized for « Taux de non-présentation », « septembre 2026 », « 18 787,50 € » and
    # « +4 393 € (+31,5 %) » on one line each
    return table(headers, rows, [41.8 * mm, 21.9 * mm, 21.9 * mm, 33.25 * mm, 21.9 * mm,
                                 33.25 * mm],
                 right=(1, 2, 3, 4, 5))


def figures_table(ind: IndicatorSet, keys: Iterable[str], lang: str,
                  extra: Sequence[tuple[str, str]] = ()) -> Flowable:
    """Two columns: the label and the figure (with its basis, when it has one)."""
    rows: list[list[Any]] = []
    for key in keys:
        v = ind.values[key]
        text = fmt.value(v.value, v.unit, lang)
        if v.detail and "known" in v.detail and v.value is not None:
            text += f" ({t('survival_basis', lang, **v.detail)})"
        if v.detail and "women" in v.detail and v.value is not None:
            text += f" ({t('women_basis', lang, **v.detail)})"
        rows.append([v.indicator.label(lang), text])
    rows += [list(pair) for pair in extra]
    return table([t("h_indicator", lang), t("h_value", lang)], rows, [95 * mm, 79 * mm],
                 right=(1,))


def breakdown_table(ind: IndicatorSet, key: str, header: str, lang: str, *,
                    labels: bool = True, share: bool = True, sort: bool = False) -> Flowable:
    """A breakdown indicator as rows (dimension, figure, share of the total) + a total."""
    v = ind.values[key]
    items: dict[str, Any] = v.value or {}
    if sort:
        items = dict(sorted(items.items(), key=lambda kv: (-(kv[1] or 0), code_label(kv[0],
                                                                                      lang))))
    total = sum(x for x in items.values() if x)
    rows = []
    for code, n in items.items():
        row = [code_label(code, lang) if labels else code, fmt.value(n, v.unit, lang)]
        if share:
            row.append(fmt.value(fmt.rounded(n * 100, total) if total else None, "percent",
                                 lang))
        rows.append(row)
    last = [t("total", lang), fmt.value(total, v.unit, lang)] + (
        [fmt.value(100.0, "percent", lang)] if share and total else ([""] if share else []))
    rows.append(last)
    headers = [header, t("h_count", lang)] + ([t("h_share", lang)] if share else [])
    widths = [90 * mm, 42 * mm] + ([42 * mm] if share else [])
    return table(headers, rows, widths, right=(1, 2), total=True)


def appendix(keys: Iterable[str], lang: str) -> list[Flowable]:
    """Every indicator's label and definition, in the order of the report's sections."""
    st = styles()
    ordered = sorted(keys, key=lambda k: SECTIONS.index(REGISTRY[k].section))
    rows = [[REGISTRY[k].label(lang), REGISTRY[k].definition(lang)] for k in ordered]
    return [PageBreak(), para(t("appendix", lang), st["h1"]),
            table([t("h_indicator", lang), t("h_definition", lang)], rows,
                  [52 * mm, 122 * mm])]


def comparison_table(cur: IndicatorSet, before: IndicatorSet, keys: Iterable[str], lang: str,
                     extra: Sequence[tuple[str, str]] = ()) -> Flowable:
    """Each figure of ``cur`` next to its value in ``before`` and the change."""
    rows: list[list[Any]] = []
    for key in keys:
        v, b = cur.values[key], before.values[key]
        rows.append([v.indicator.label(lang), fmt.value(v.value, v.unit, lang),
                     fmt.value(b.value, b.unit, lang), fmt.change(v.value, b.value, v.unit,
                                                                  lang)])
    first = len(rows)
    rows += [[label, text, "", ""] for label, text in extra]
    return table([t("h_indicator", lang), cur.period.label(lang), before.period.label(lang),
                  t("h_change", lang)], rows, [70 * mm, 32 * mm, 32 * mm, 40 * mm],
                 right=(1, 2, 3), spans=range(first, len(rows)))
