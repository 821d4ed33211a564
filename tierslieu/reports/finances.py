"""The money parts of the reports: « Finances » in the monthly report, « Économie » in
the annual one, and the alert for invoices unpaid more than 90 days after their due date.

Every figure comes from the ``money`` indicators (:mod:`.indicators.money`), the same
ones ``report indicators --json`` prints; amounts are integer cents until formatted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from tierslieu.reports import charts, fmt
from tierslieu.reports.common import code_label, comparison_table, shown
from tierslieu.reports.indicators import IndicatorSet
from tierslieu.reports.indicators.money import AGE_BUCKETS, OTHER, OVERAGE
from tierslieu.reports.labels import t
from tierslieu.reports.pdf import para, styles, table

FIGURES = ("invoiced_excl_vat", "invoiced_incl_vat", "collected", "collection_rate",
           "overdue", "active_subscriptions", "revenue_per_member")
# what the annual report compares with the year before
YEAR_FIGURES = FIGURES
# what each month of the chart (and the annual month-by-month table) needs
MONTH_KEYS = ("invoiced_excl_vat", "invoiced_incl_vat", "collected")


def _euros(cents: int | None, lang: str) -> str:
    return fmt.value(cents, "cents", lang)


def figure_text(ind: IndicatorSet, key: str, lang: str) -> str:
    """A money figure with the counts behind it, when it has some."""
    v = ind.values[key]
    text = fmt.value(v.value, v.unit, lang)
    if v.value is None or not v.detail:
        return text
    if key == "overdue" and v.detail["invoices"]:
        text += f" ({t('aged_basis', lang, **v.detail)})"
    elif key == "collection_rate":
        text += " (" + t("collection_basis", lang, paid=_euros(v.detail["paid"], lang),
                         owed=_euros(v.detail["owed"], lang)) + ")"
    return text


def kind_label(code: str, lang: str) -> str:
    if code in (OVERAGE, OTHER):
        return t(f"kind_{code}", lang)
    return code_label(code, lang)


def _share_rows(items: dict[str, int], label: Any, lang: str) -> list[list[str]]:
    """(label, amount, share) per item and a total row."""
    total = sum(items.values())
    rows = [[label(code), _euros(n, lang),
             fmt.value(fmt.rounded(n * 100, total), "percent", lang) if total else "—"]
            for code, n in items.items()]
    rows.append([t("total", lang), _euros(total, lang),
                 fmt.value(100.0, "percent", lang) if total else ""])
    return rows


def aged_table(ind: IndicatorSet, lang: str) -> Flowable:
    rows = _share_rows({k: ind["aged_debtors"].get(k, 0) for k in AGE_BUCKETS},
                       lambda code: t(f"age_{code}", lang), lang)
    return table([t("h_days_late", lang), t("h_amount", lang), t("h_share", lang)], rows,
                 [90 * mm, 42 * mm, 42 * mm], right=(1, 2), total=True)


def plan_kind_table(ind: IndicatorSet, lang: str) -> Flowable:
    rows = _share_rows(dict(ind["revenue_by_plan_kind"]),
                       lambda code: kind_label(code, lang), lang)
    return table([t("h_plan_kind", lang), t("h_invoiced_excl", lang), t("h_share", lang)],
                 rows, [90 * mm, 42 * mm, 42 * mm], right=(1, 2), total=True)


def months_chart(months: Sequence[IndicatorSet], lang: str) -> Flowable:
    """Invoiced incl. VAT next to collected, month by month (like with like)."""
    return charts.grouped_bars(
        [m.period.short_label(lang) for m in months],
        [(t("legend_invoiced", lang), [m["invoiced_incl_vat"] for m in months]),
         (t("legend_collected", lang), [m["collected"] for m in months])],
        charts.euro_axis(lang), lang, height=150)


def monthly_section(ind: IndicatorSet, months: Sequence[IndicatorSet], lang: str
                    ) -> list[Flowable]:
    """« Finances »: summary, figures, aged debtors, revenue by plan kind, 12 months."""
    st = styles()
    out: list[Flowable] = [para(t("finances", lang), st["h1"]), para(t(
        "money_summary", lang, excl=shown(ind, "invoiced_excl_vat", lang),
        incl=shown(ind, "invoiced_incl_vat", lang), collected=shown(ind, "collected", lang),
        overdue=shown(ind, "overdue", lang)), st["body"])]
    if ind.site:
        out.append(para(t("money_scope", lang), st["small"]))
    out += [para(t("money_figures", lang), st["h2"]),
            table([t("h_indicator", lang), t("h_value", lang)],
                  [[ind.values[k].indicator.label(lang), figure_text(ind, k, lang)]
                   for k in FIGURES], [95 * mm, 79 * mm], right=(1,)),
            para(t("aged", lang), st["h2"]), aged_table(ind, lang),
            para(t("by_plan_kind", lang), st["h2"]), plan_kind_table(ind, lang),
            CondPageBreak(65 * mm),
            para(t("money_chart", lang), st["h2"]), months_chart(months, lang)]
    return out


def annual_section(ind: IndicatorSet, before: IndicatorSet, months: Sequence[IndicatorSet],
                   lang: str) -> list[Flowable]:
    """« Économie »: the year against the year before, month by month, by plan kind,
    collection and what was still overdue at the end of the year."""
    st = styles()
    rows = [[m.period.label(lang), _euros(m["invoiced_excl_vat"], lang),
             _euros(m["invoiced_incl_vat"], lang), _euros(m["collected"], lang)]
            for m in months]
    rows.append([t("total", lang), shown(ind, "invoiced_excl_vat", lang),
                 shown(ind, "invoiced_incl_vat", lang), shown(ind, "collected", lang)])
    out: list[Flowable] = [
        para(t("economy", lang), st["h1"]),
        para(t("money_summary", lang, excl=shown(ind, "invoiced_excl_vat", lang),
               incl=shown(ind, "invoiced_incl_vat", lang),
               collected=shown(ind, "collected", lang), overdue=shown(ind, "overdue", lang))
             + " " + t("collection_rate_text", lang,
                       rate=figure_text(ind, "collection_rate", lang)), st["body"]),
    ]
    if ind.site:
        out.append(para(t("money_scope", lang), st["small"]))
    out += [
        Spacer(1, 2 * mm),
        comparison_table(ind, before, YEAR_FIGURES, lang),
        para(t("revenue_by_month", lang), st["h2"]),
        table([t("h_month", lang), t("h_invoiced_excl", lang), t("h_invoiced_incl", lang),
               t("h_collected", lang)], rows, [50 * mm, 41 * mm, 41 * mm, 42 * mm],
              right=(1, 2, 3), total=True),
        CondPageBreak(60 * mm),
        para(t("money_chart_year", lang), st["h2"]), months_chart(months, lang),
        para(t("by_plan_kind", lang), st["h2"]), plan_kind_table(ind, lang),
        para(t("aged", lang), st["h2"]),
        para(t("overdue_text", lang, overdue=figure_text(ind, "overdue", lang)),
             st["small_keep"]),
        aged_table(ind, lang),
    ]
    return out


def overdue_alerts(ind: IndicatorSet, lang: str) -> list[list[str]]:
    """One alert row per customer owing on an invoice more than 90 days past due; only
    for who may read the billing (the totals above stay for every report reader)."""
    from tierslieu import security

    if not security.allowed("billing.read"):
        return []
    return [[t("alert_overdue_90", lang), r["customer"],
             t("overdue_detail", lang, amount=_euros(r["amount"], lang),
               numbers=", ".join(r["invoices"])),
             fmt.day(date.fromisoformat(r["oldest_due"]), lang)]
            for r in ind["debtors_over_90"]]
