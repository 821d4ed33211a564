"""The annual report to funders (communes, Région, ANCT, Bpifrance): a table of contents,
activity, publics, incubation outcomes, economics and the definitions of every figure.

Figures that TiersLieu does not record yet (companies created) are said to be « non
renseigné », never estimated.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.i18n import choice_label
from tierslieu.reports import charts, events, finances, fmt
from tierslieu.reports.common import (
    appendix,
    breakdown_table,
    code_label,
    comparison_table,
    cover,
    figures_table,
    place,
)
from tierslieu.reports.fonts import REGULAR
from tierslieu.reports.indicators import REGISTRY, IndicatorSet, compute
from tierslieu.reports.labels import t
from tierslieu.reports.monthly import fmt_local_date
from tierslieu.reports.pdf import ReportDoc, build, para, styles, table
from tierslieu.reports.period import Period
from tierslieu.services import visits

ACTIVITY = ("opening_days", "bookings", "booked_hours", "occupancy", "desk_occupancy",
            "checked_in_share", "no_show_rate", "unique_users", "resident_organisations")
PUBLICS = ("active_members", "new_members", "left_members")
OUTCOMES = ("applications_received", "applications_selected", "startups_accompanied",
            "milestones_reached", "mentoring_sessions", "mentoring_hours", "jobs_created",
            "headcount", "revenue", "women_founders_share")
MONTHLY = ("bookings", "booked_hours", "occupancy", "unique_users")
SURVIVAL = ("survival_1y", "survival_3y", "survival_5y")


def _toc(lang: str) -> list[Flowable]:
    st = styles()
    toc = TableOfContents()
    toc.levelStyles = [st["toc1"], st["toc2"]]
    toc.tableStyle = TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 10),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    toc.dotsMinLevel = 0
    return [para(t("contents", lang), st["cover_sub"]), Spacer(1, 6 * mm), toc, PageBreak()]


def activity(ind: IndicatorSet, before: IndicatorSet, months: list[IndicatorSet],
             lang: str) -> list[Flowable]:
    st = styles()
    rows = [[m.period.label(lang), fmt.value(m["bookings"], "bookings", lang),
             fmt.value(m["booked_hours"], "hours", lang),
             fmt.value(m["occupancy"], "percent", lang),
             fmt.value(m["unique_users"], "people", lang)] for m in months]
    rows.append([t("total", lang), fmt.value(ind["bookings"], "bookings", lang),
                 fmt.value(ind["booked_hours"], "hours", lang),
                 fmt.value(ind["occupancy"], "percent", lang),
                 fmt.value(ind["unique_users"], "people", lang)])
    short = [m.period.short_label(lang) for m in months]
    count = lambda x: fmt.value(x, "bookings", lang)  # noqa: E731
    pct = lambda x: fmt.value(x, "percent", lang)  # noqa: E731
    return [
        para(t("activity", lang), st["h1"]),
        comparison_table(ind, before, ACTIVITY, lang),
        para(t("by_month", lang), st["h2"]),
        table([t("h_month", lang), t("h_bookings", lang), t("h_booked", lang),
               t("h_occupancy", lang), t("h_users", lang)], rows,
              [50 * mm, 31 * mm, 31 * mm, 31 * mm, 31 * mm], right=(1, 2, 3, 4), total=True),
        para(t("bookings_chart", lang), st["h2"]),
        charts.vbars(short, [m["bookings"] for m in months], count, lang, height=130),
        para(t("users_chart", lang), st["h2"]),
        charts.vbars(short, [m["unique_users"] for m in months], count, lang, height=130,
                     color=charts.SECOND),
        CondPageBreak(80 * mm),
        para(t("occupancy_chart", lang), st["h2"]),
        charts.hbar(list(ind["occupancy_by_resource"].items()), pct, lang, max_value=100,
                     axis_fmt=charts.percent_axis(lang)),
        para(t("heatmap", lang), st["h2"]),
        charts.heatmap(ind["booking_heatmap"], lang),
    ]


def publics(ind: IndicatorSet, before: IndicatorSet, lang: str) -> list[Flowable]:
    st = styles()
    cats: dict[str, int] = ind["members_by_category"]
    ordered = sorted(cats.items(), key=lambda kv: -kv[1])
    return [
        para(t("publics", lang), st["h1"]),
        comparison_table(ind, before, PUBLICS, lang),
        para(t("by_category", lang), st["h2"]),
        charts.hbar([(code_label(c, lang), n) for c, n in ordered],
                    lambda x: fmt.value(x, "people", lang), lang),
        breakdown_table(ind, "members_by_category", t("h_category", lang), lang, sort=True),
        para(t("by_commune", lang), st["h2"]),
        para(t("member_communes", lang), st["small"]),
        breakdown_table(ind, "organisations_by_commune", t("h_commune", lang), lang),
    ]


def outcomes(ind: IndicatorSet, lang: str) -> list[Flowable]:
    st = styles()
    funds: dict[str, int] = ind["funds_raised"]
    fund_rows = [[choice_label(k, lang), fmt.value(c, "cents", lang)] for k, c in funds.items()]
    fund_rows.append([t("total", lang), fmt.value(sum(funds.values()), "cents", lang)])
    survival = []
    for key in SURVIVAL:
        v = ind.values[key]
        basis = (t("survival_basis", lang, **v.detail) if v.detail and v.detail["known"]
                 else "—")
        survival.append([v.indicator.label(lang), fmt.value(v.value, "percent", lang), basis])
    cohort_rows = [[c["cohort"], fmt.value(c["applications"], "applications", lang),
                    fmt.value(c["incubated"], "startups", lang),
                    fmt.value(c["graduated"], "startups", lang),
                    fmt.value(c["revenue"], "cents", lang),
                    fmt.value(c["funds_raised"], "cents", lang)] for c in ind["cohorts"]]
    return [
        para(t("outcomes", lang), st["h1"]),
        figures_table(ind, OUTCOMES, lang, extra=[
            (t("companies_created", lang), t("not_tracked", lang))]),
        para(t("funds", lang), st["h2"]),
        table([t("h_kind_funds", lang), t("h_amount", lang)], fund_rows, [95 * mm, 79 * mm],
              right=(1,), total=True),
        para(t("survival", lang), st["h2"]),
        table([t("h_horizon", lang), t("h_rate", lang), t("h_basis", lang)], survival,
              [80 * mm, 40 * mm, 54 * mm], right=(1, 2)),
        para(t("cohorts", lang), st["h2"]),
        table([t("h_cohort", lang), t("h_applications", lang), t("h_incubated", lang),
               t("h_graduated", lang), t("h_revenue", lang), t("h_raised", lang)],
              cohort_rows, [43 * mm, 27 * mm, 20 * mm, 22 * mm, 31 * mm, 31 * mm],
              right=(1, 2, 3, 4, 5)) if cohort_rows else para(t("no_data", lang), st["small"]),
        para(t("pipeline", lang), st["h2"]),
        breakdown_table(ind, "startups_by_status", t("h_status", lang), lang),
    ]


def build_annual(engine: Engine, period: Period, out: Path, *, lang: str = "fr",
                 site: int | str | None = None, now: datetime | None = None,
                 progress: Any = None) -> Path:
    """Write the annual report of ``period`` (a year) to ``out``."""
    security.require("reports.build")
    now = now or datetime.now(UTC)
    tick = progress or (lambda done, total: None)
    total = 16
    tick(0, total)
    ind = compute(engine, period, site, now=now)
    before = compute(engine, period.previous(), site,
                     keys=[*ACTIVITY, *PUBLICS, *events.YEAR_FIGURES,
                           *finances.YEAR_FIGURES], now=now)
    tick(2, total)
    months = []
    for i, month in enumerate(period.months(), start=3):
        months.append(compute(engine, month, site, keys=[
            *MONTHLY, *events.MONTH_KEYS, *finances.MONTH_KEYS], now=now))
        tick(i, total)
    name, logo = place(engine, ind.site)
    title = t("annual_title", lang)
    story: list[Flowable] = cover(
        title, period.label(lang), name, logo, lang, today=fmt_local_date(now),
        lines=[t("site", lang, name=ind.site) if ind.site else t("all_sites", lang)])
    story += _toc(lang)
    story += activity(ind, before, months, lang)
    story += events.annual_part(ind, before, months, lang, visits.retention_days(engine))
    story += [PageBreak()] + publics(ind, before, lang)
    story += [PageBreak()] + outcomes(ind, lang)
    story += [PageBreak()] + finances.annual_section(ind, before, months, lang)
    story += appendix([k for k in REGISTRY if k in ind.values
                       and k not in ("startups", "event_list", "debtors_over_90")], lang)
    doc = ReportDoc(out, title=f"{title} {period.label(lang)}", author=name, lang=lang)
    tick(15, total)
    build(doc, story, f"{name} · {title} {period.label(lang)}", toc=True)
    tick(16, total)
    return out
