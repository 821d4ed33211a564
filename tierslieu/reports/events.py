"""The events and front-desk parts of the reports: « Événements » in the monthly report,
events and visits within the annual report's activity section.

Every figure comes from the ``events`` indicators (:mod:`.indicators.events`), the same
ones ``report indicators --json`` prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from tierslieu.reports import charts, fmt
from tierslieu.reports.common import breakdown_table, code_label, comparison_table, shown
from tierslieu.reports.indicators import IndicatorSet
from tierslieu.reports.labels import t
from tierslieu.reports.pdf import para, styles, table

# compared with the year before in the annual report
YEAR_FIGURES = ("events", "event_registrations", "event_attendees", "event_fill_rate",
                "people_trained", "visits", "unique_visitors")
# what each month of the annual chart needs
MONTH_KEYS = ("events",)


def _summary(ind: IndicatorSet, lang: str) -> str:
    fill = ind.values["event_fill_rate"]
    return t("events_summary", lang, events=shown(ind, "events", lang),
             registrations=shown(ind, "event_registrations", lang),
             places=fmt.value((fill.detail or {}).get("places", 0), "people", lang),
             rate=shown(ind, "event_fill_rate", lang),
             attendees=shown(ind, "event_attendees", lang),
             trained=shown(ind, "people_trained", lang))


def _visits_summary(ind: IndicatorSet, lang: str) -> str:
    kinds = ind["visits_by_kind"]
    return t("visits_summary", lang, visits=shown(ind, "visits", lang),
             members=fmt.value(kinds.get("member", 0), "visits", lang),
             visitors=fmt.value(kinds.get("visitor", 0), "visits", lang),
             guests=fmt.value(kinds.get("guest", 0), "visits", lang),
             unique=shown(ind, "unique_visitors", lang))


def event_table(ind: IndicatorSet, lang: str) -> Flowable:
    """One row per event of the period, with the totals."""
    n = lambda x: fmt.value(x, "people", lang)  # noqa: E731
    events = ind["event_list"]
    rows = [[fmt.day(datetime.fromisoformat(e["start"]).date(), lang), e["title"],
             code_label(e["kind"], lang), n(e["capacity"]), n(e["registered"]),
             n(e["waitlisted"]), n(e["attended"])] for e in events]
    rows.append([t("total", lang), "", "", n(sum(e["capacity"] for e in events)),
                 shown(ind, "event_registrations", lang),
                 n(sum(e["waitlisted"] for e in events)), shown(ind, "event_attendees", lang)])
    return table([t("h_date", lang), t("h_event", lang), t("h_kind", lang),
                  t("h_places", lang), t("h_registered", lang), t("h_waitlisted", lang),
                  t("h_attended", lang)], rows,
                 [21 * mm, 45 * mm, 24 * mm, 16 * mm, 23 * mm, 22 * mm, 23 * mm],
                 right=(3, 4, 5, 6), total=True)


def monthly_section(ind: IndicatorSet, lang: str) -> list[Flowable]:
    """« Événements »: summary, the month's events, events by kind, visits."""
    st = styles()
    out: list[Flowable] = [para(t("events_title", lang), st["h1"]),
                           para(_summary(ind, lang), st["body"])]
    if ind["event_list"]:
        out += [para(t("events_table", lang), st["h2"]), event_table(ind, lang)]
    out += [para(t("events_by_kind", lang), st["h2"]),
            breakdown_table(ind, "events_by_kind", t("h_kind", lang), lang),
            para(t("front_desk", lang), st["h2"]), para(_visits_summary(ind, lang), st["body"]),
            breakdown_table(ind, "visits_by_kind", t("h_visit_kind", lang), lang)]
    return out


def annual_part(ind: IndicatorSet, before: IndicatorSet, months: Sequence[IndicatorSet],
                lang: str, retention_days: int) -> list[Flowable]:
    """Events and visits of the year against the year before, events by kind and month."""
    st = styles()
    count = lambda x: fmt.value(x, "events", lang)  # noqa: E731
    return [
        CondPageBreak(85 * mm),
        para(t("events_visits", lang), st["h2"]),
        para(_summary(ind, lang) + " " + _visits_summary(ind, lang), st["body"]),
        comparison_table(ind, before, YEAR_FIGURES, lang),
        para(t("visits_retention", lang, days=retention_days), st["small"]),
        para(t("events_by_kind", lang), st["h2"]),
        breakdown_table(ind, "events_by_kind", t("h_kind", lang), lang),
        para(t("events_chart", lang), st["h2"]),
        charts.vbars([m.period.short_label(lang) for m in months],
                     [m["events"] for m in months], count, lang, height=120,
                     color=charts.SECOND),
    ]
