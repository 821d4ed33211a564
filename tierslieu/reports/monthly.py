"""The director's monthly activity report (A4): cover, key figures against the previous
month and the same month last year, spaces, members, incubation, events and visits,
finances, alerts, definitions.

Every figure comes from :func:`tierslieu.reports.indicators.compute`, the same figures
``tierslieu report indicators --json`` prints.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.i18n import choice_label
from tierslieu.reports import charts, events, finances, fmt
from tierslieu.reports.common import (
    appendix,
    breakdown_table,
    cover,
    figures_table,
    headline_table,
    place,
    shown,
)
from tierslieu.reports.indicators import REGISTRY, IndicatorSet, compute
from tierslieu.reports.labels import t
from tierslieu.reports.pdf import ReportDoc, build, para, styles, table
from tierslieu.reports.period import Period

Progress = Any  # Callable[[int, int], None] | None
HEADLINE = ("active_members", "new_members", "left_members", "unique_users", "bookings",
            "booked_hours", "occupancy", "no_show_rate", "milestones_reached",
            "mentoring_hours", "invoiced_excl_vat", "collected")
INCUBATION_FIGURES = ("applications_received", "applications_selected", "startups_accompanied",
                      "milestones_reached", "milestones_late", "jobs_created", "headcount",
                      "revenue", "women_founders_share", "survival_1y", "survival_3y",
                      "survival_5y")
LOW_OCCUPANCY, HIGH_NO_SHOWS = 10.0, 10.0


def space_section(ind: IndicatorSet, lang: str) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(t("space", lang), st["h1"]), para(t(
        "space_summary", lang, bookings=shown(ind, "bookings", lang),
        hours=shown(ind, "booked_hours", lang), occupancy=shown(ind, "occupancy", lang),
        days=shown(ind, "opening_days", lang)), st["body"])]
    occ: dict[str, float | None] = ind["occupancy_by_resource"]
    pct = lambda x: fmt.value(x, "percent", lang)  # noqa: E731
    out += [para(t("occupancy_chart", lang), st["h2"]),
            charts.hbar(list(occ.items()), pct, lang, max_value=100,
                     axis_fmt=charts.percent_axis(lang))]
    out += [para(t("heatmap", lang), st["h2"]), charts.heatmap(ind["booking_heatmap"], lang)]
    rows = []
    booked, opened = ind["booked_hours_by_resource"], ind["open_hours_by_resource"]
    counts, absent = ind["bookings_by_resource"], ind["no_shows_by_resource"]
    for name in occ:
        rows.append([name, fmt.value(counts[name], "bookings", lang),
                     fmt.value(booked[name], "hours", lang),
                     fmt.value(opened[name], "hours", lang), pct(occ[name]),
                     fmt.value(absent[name], "bookings", lang)])
    rows.append([t("total", lang), shown(ind, "bookings", lang), shown(ind, "booked_hours", lang),
                 "", shown(ind, "occupancy", lang), shown(ind, "no_shows", lang)])
    out += [para(t("resources_table", lang), st["h2"]), table(
        [t("h_resource", lang), t("h_bookings", lang), t("h_booked", lang), t("h_open", lang),
         t("h_occupancy", lang), t("h_no_shows", lang)], rows,
        [50 * mm, 26 * mm, 26 * mm, 26 * mm, 22 * mm, 24 * mm], right=(1, 2, 3, 4, 5),
        total=True)]
    names = lambda rows: ", ".join(  # noqa: E731
        f"{r['resource']} ({pct(r['occupancy'])})" for r in rows) or "—"
    out += [para(t("top_bottom", lang), st["h2"]),
            para(t("top", lang, names=names(ind["top_resources"])), st["body"]),
            para(t("bottom", lang, names=names(ind["bottom_resources"])), st["body"]),
            para(t("attendance", lang), st["h2"]),
            para(t("attendance_text", lang, checked=shown(ind, "checked_in_share", lang),
                   no_shows=shown(ind, "no_shows", lang), rate=shown(ind, "no_show_rate", lang),
                   desks=shown(ind, "desk_occupancy", lang)), st["body"])]
    return out


def members_section(ind: IndicatorSet, lang: str) -> list[Flowable]:
    st = styles()
    return [
        para(t("members", lang), st["h1"]),
        para(t("members_summary", lang, active=shown(ind, "active_members", lang),
               new=shown(ind, "new_members", lang), left=shown(ind, "left_members", lang),
               users=shown(ind, "unique_users", lang),
               resident=shown(ind, "resident_organisations", lang)), st["body"]),
        para(t("by_category", lang), st["h2"]),
        breakdown_table(ind, "members_by_category", t("h_category", lang), lang, sort=True),
        para(t("by_commune", lang), st["h2"]),
        breakdown_table(ind, "organisations_by_commune", t("h_commune", lang), lang)]


def incubation_section(ind: IndicatorSet, lang: str) -> list[Flowable]:
    st = styles()
    hours = lambda x: fmt.value(x, "hours", lang)  # noqa: E731
    rows = [[r["startup"], r["cohort"], choice_label(r["status"], lang),
             fmt.value(r["milestones_reached"], "milestones", lang),
             fmt.value(r["milestones_late"], "milestones", lang), hours(r["mentoring_hours"]),
             f"{hours(r['mentoring_used_hours'])} / {hours(r['mentoring_budget_hours'])}"]
            for r in ind["startups"]]
    funds = ind.values["funds_raised"]
    out: list[Flowable] = [
        para(t("incubation", lang), st["h1"]),
        para(t("mentoring_text", lang, sessions=shown(ind, "mentoring_sessions", lang),
               hours=shown(ind, "mentoring_hours", lang),
               used=shown(ind, "mentoring_used_hours", lang),
               budget=shown(ind, "mentoring_budget_hours", lang),
               share=shown(ind, "mentoring_budget_used", lang)), st["body"]),
        para(t("startups_table", lang), st["h2"]),
        table([t("h_startup", lang), t("h_cohort", lang), t("h_status", lang),
               t("h_reached", lang), t("h_late", lang), t("h_mentoring_month", lang),
               t("h_mentoring_used", lang)], rows,
              [33 * mm, 30 * mm, 29 * mm, 17 * mm, 15 * mm, 21 * mm, 29 * mm],
              right=(3, 4, 5, 6)) if rows else para(t("no_data", lang), st["small"]),
        para(t("pipeline", lang), st["h2"]),
        breakdown_table(ind, "startups_by_status", t("h_status", lang), lang),
        para(t("incubation_figures", lang), st["h2"]),
        figures_table(ind, INCUBATION_FIGURES, lang, extra=[
            (f"{t('funds', lang)} · {choice_label(k, lang)}", fmt.value(c, "cents", lang))
            for k, c in funds.value.items()]),
    ]
    return out


def _alerts(engine: Engine, ind: IndicatorSet, today: date, lang: str) -> list[list[str]]:
    from tierslieu.services.startups import alerts

    rows = []
    for a in alerts(engine, today=min(today, ind.period.end)):
        detail = a.detail if a.kind != "follow_up_due" else f"{a.detail} ({a.cohort_name})"
        rows.append([t(f"alert_{a.kind}", lang), a.startup_name, detail, fmt.day(a.due_on, lang)])
    for name, pct in ind["occupancy_by_resource"].items():
        if pct is not None and pct < LOW_OCCUPANCY:
            rows.append([t("alert_low_occupancy", lang), name,
                         f"{t('h_occupancy', lang)} {fmt.value(pct, 'percent', lang)}", ""])
    rate = ind["no_show_rate"]
    if rate is not None and rate > HIGH_NO_SHOWS:
        rows.append([t("alert_no_shows", lang), "",
                     f"{REGISTRY['no_show_rate'].label(lang)} {fmt.value(rate, 'percent', lang)}",
                     ""])
    return rows + finances.overdue_alerts(ind, lang)


def alerts_section(engine: Engine, ind: IndicatorSet, today: date, lang: str) -> list[Flowable]:
    st = styles()
    rows = _alerts(engine, ind, today, lang)
    body: Flowable = table([t("h_alert", lang), " / ".join(t(h, lang) for h in (
        "h_startup", "h_resource", "h_customer")), t("h_detail", lang), t("h_due", lang)], rows,
        [36 * mm, 46 * mm, 68 * mm, 24 * mm], right=(3,)) if rows else para(
        t("no_alerts", lang), st["body"])
    return [para(t("alerts", lang), st["h1"]), body]


def build_monthly(engine: Engine, period: Period, out: Path, *, lang: str = "fr",
                  site: int | str | None = None, now: datetime | None = None,
                  progress: Progress = None) -> Path:
    """Write the monthly report of ``period`` (a month) to ``out``."""
    security.require("reports.build")
    now = now or datetime.now(UTC)
    today = fmt_local_date(now)
    total = 4
    tick = progress or (lambda done, total: None)
    tick(0, total)
    ind = compute(engine, period, site, now=now, compare=True)
    # the chart's twelfth month is this one, whose figures ``ind`` already holds
    months = [compute(engine, p, site, keys=finances.MONTH_KEYS, now=now)
              for p in _last_months(period, 12)[:-1]] + [ind]
    tick(1, total)
    name, logo = place(engine, ind.site)
    title = t("monthly_title", lang)
    st = styles()
    story: list[Flowable] = cover(
        title, period.label(lang), name, logo, lang, today=today,
        lines=[t("site", lang, name=ind.site) if ind.site else t("all_sites", lang)])
    story += [para(t("headline", lang), st["h1"]), headline_table(ind, HEADLINE, lang),
              Spacer(1, 4 * mm)]
    story += space_section(ind, lang)
    story += [CondPageBreak(90 * mm)] + members_section(ind, lang)
    story += [CondPageBreak(90 * mm)] + incubation_section(ind, lang)
    story += [CondPageBreak(90 * mm)] + events.monthly_section(ind, lang)
    story += [CondPageBreak(90 * mm)] + finances.monthly_section(ind, months, lang)
    tick(2, total)
    story += [CondPageBreak(60 * mm)] + alerts_section(engine, ind, today, lang)
    story += appendix([k for k in REGISTRY if k in ind.values and k != "cohorts"], lang)
    doc = ReportDoc(out, title=f"{title} — {period.label(lang)}", author=name, lang=lang)
    tick(3, total)
    build(doc, story, f"{name} · {title} — {period.label(lang)}")
    tick(4, total)
    return out


def _last_months(period: Period, n: int) -> list[Period]:
    """The ``n`` months ending with ``period``, oldest first."""
    out = [period]
    while len(out) < n:
        out.append(out[-1].previous())
    return out[::-1]


def fmt_local_date(now: datetime) -> date:
    from tierslieu import timeutil

    return timeutil.to_local(now, None).date()


__all__ = ["build_monthly"]
