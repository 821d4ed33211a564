"""The startup sheet (one or two pages) for selection and review committees: founders,
status history, milestones, KPI charts (revenue, headcount) and mentoring.

Built from :func:`tierslieu.services.startups.startup_detail` plus one query for the
mentoring sessions with their mentors' names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Assignment, MentoringSession, Person
from tierslieu.db.models.incubation import FUND_KINDS
from tierslieu.i18n import choice_label
from tierslieu.reports import charts, fmt
from tierslieu.reports.common import place
from tierslieu.reports.fonts import REGULAR
from tierslieu.reports.labels import t
from tierslieu.reports.monthly import fmt_local_date
from tierslieu.reports.pdf import BODY_W, ReportDoc, build, esc, para, styles, table
from tierslieu.services.incubation_dto import StartupDetail

SESSIONS_SHOWN = 8


@dataclass(frozen=True)
class SessionLine:
    enrollment_id: int
    held_on: date
    minutes: int
    mentor: str
    topics: str


def sessions_of(engine: Engine, enrollment_ids: list[int]) -> list[SessionLine]:
    """The mentoring sessions of these enrollments, newest first (one query)."""
    if not enrollment_ids:
        return []
    with transaction(engine, readonly=True) as s:
        rows = s.execute(
            select(Assignment.enrollment_id, MentoringSession.held_on,
                   MentoringSession.duration_minutes, Person.first_name, Person.last_name,
                   MentoringSession.topics)
            .join(MentoringSession, MentoringSession.assignment_id == Assignment.id)
            .join(Person, Person.id == Assignment.mentor_id)
            .where(Assignment.enrollment_id.in_(enrollment_ids))
            .order_by(MentoringSession.held_on.desc(), MentoringSession.id.desc())).all()
    return [SessionLine(eid, day, minutes, f"{first} {last}".strip(), topics)
            for eid, day, minutes, first, last, topics in rows]


def _period(code: str, lang: str) -> str:
    return code if lang == "en" else code.replace("-Q", "-T")


def _history(detail: StartupDetail, lang: str) -> Flowable:
    rows = []
    for e in detail.enrollments:
        for ev in e.history:
            move = (choice_label(ev.to_status, lang) if ev.from_status is None else
                    f"{choice_label(ev.from_status, lang)} → {choice_label(ev.to_status, lang)}")
            rows.append((ev.at, [fmt.day(ev.at, lang), e.cohort_name, move, ev.reason]))
    rows.sort(key=lambda r: r[0])
    return table([t("h_date", lang), t("h_cohort", lang), t("h_move", lang),
                  t("h_reason", lang)], [r for _, r in rows],
                 [22 * mm, 44 * mm, 54 * mm, 54 * mm])


def _milestones(detail: StartupDetail, lang: str) -> list[Flowable]:
    rows = []
    for e in detail.enrollments:
        for m in e.milestones:
            state = (t("reached", lang) if m.reached_on else
                     t("late", lang) if m.late else t("upcoming", lang))
            rows.append([m.name, e.cohort_name, fmt.day(m.due_on, lang),
                         fmt.day(m.reached_on, lang), state])
    if not rows:
        return []
    return [para(t("milestones", lang), styles()["h2"]),
            table([t("h_milestone", lang), t("h_cohort", lang), t("h_due", lang),
                   t("h_reached_on", lang), t("h_state", lang)], rows,
                  [52 * mm, 44 * mm, 26 * mm, 26 * mm, 26 * mm], right=(2, 3))]


def _kpis(detail: StartupDetail, lang: str) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(t("kpis", lang), st["h2"])]
    if not detail.kpis:
        return out + [para(t("no_kpis", lang), st["body"])]
    latest = detail.latest
    rows = [[t("h_headcount", lang), fmt.value(latest.headcount, "people", lang)],
            [t("h_jobs", lang), fmt.value(None if latest.jobs_created_fte100 is None
                                          else latest.jobs_created_fte100 / 100, "fte", lang)],
            [t("h_revenue_total", lang), fmt.value(latest.revenue_total_cents, "cents", lang)]]
    rows += [[f"{t('h_raised_total', lang)} · {choice_label(k, lang)}",
              fmt.value(latest.raised_total_cents[k], "cents", lang)] for k in FUND_KINDS]
    out.append(table([t("h_indicator", lang), t("h_value", lang)], rows, [95 * mm, 79 * mm],
                     right=(1,)))
    labels = [_period(k.period, lang) for k in detail.kpis]
    half = BODY_W / 2 - 4
    revenue = charts.vbars(labels, [(k.revenue_cents or 0) / 100 for k in detail.kpis],
                           lambda x: fmt.number(x, lang), lang, width=half, height=140)
    heads = charts.vbars(labels, [k.headcount for k in detail.kpis],
                         lambda x: fmt.number(x, lang), lang, width=half, height=140,
                         color=charts.SECOND)
    grid = Table([[para(t("revenue_chart", lang) + " (€)", st["small"]),
                   para(t("headcount_chart", lang), st["small"])], [revenue, heads]],
                 colWidths=[BODY_W / 2, BODY_W / 2])
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return out + [Spacer(1, 2 * mm), grid]


def _mentoring(detail: StartupDetail, sessions: list[SessionLine], lang: str
               ) -> list[Flowable]:
    st = styles()
    hours = lambda m: fmt.value(fmt.rounded(m, 60), "hours", lang)  # noqa: E731
    out: list[Flowable] = [para(t("mentoring", lang), st["h2"])]
    for e in detail.enrollments:
        if e.incubation_start is not None or e.mentoring.used_minutes:
            count = sum(1 for s in sessions if s.enrollment_id == e.id)
            out.append(para(t("mentoring_budget", lang, cohort=e.cohort_name,
                              used=hours(e.mentoring.used_minutes),
                              budget=hours(e.mentoring.budget_minutes), sessions=count),
                            st["body"]))
    if not sessions:
        return out + [para(t("no_sessions", lang), st["body"])]
    rows = [[fmt.day(s.held_on, lang), s.mentor, hours(s.minutes), s.topics]
            for s in sessions[:SESSIONS_SHOWN]]
    return out + [para(t("latest_sessions", lang), st["small_keep"]),
                  table([t("h_date", lang), t("h_mentor", lang), t("h_duration", lang),
                         t("h_topics", lang)], rows, [24 * mm, 48 * mm, 20 * mm, 82 * mm],
                        right=(2,))]


def build_startup(engine: Engine, startup: int | str, out: Path, *, lang: str = "fr",
                  now: datetime | None = None, progress: Any = None) -> Path:
    """Write the sheet of a startup (by id, or by name in any case or accents)."""
    security.require("reports.build")
    from tierslieu.services import programs, startups

    now = now or datetime.now(UTC)
    today = fmt_local_date(now)
    tick = progress or (lambda done, total: None)
    tick(0, 3)
    org_id = startup if isinstance(startup, int) else programs.startup_id_by_name(engine,
                                                                                 startup)
    detail = startups.startup_detail(engine, org_id, today=today)
    sessions = sessions_of(engine, [e.id for e in detail.enrollments])
    tick(1, 3)
    name, _ = place(engine)
    st = styles()
    facts = [x for x in (detail.city, detail.website) if x]
    if detail.enrollments:
        last = detail.enrollments[-1]
        facts.append(t("status_now", lang, status=choice_label(last.status, lang),
                       cohort=last.cohort_name))
    story: list[Flowable] = [
        para(t("startup_title", lang), st["small"]),
        para(detail.name, st["h1"]),
        para(" · ".join(facts), st["body"]),
        para(t("founders", lang), st["h2"]),
        para(", ".join(esc(f.name) for f in detail.founders) or t("no_founders", lang),
             st["body"], raw=True),
        para(t("history", lang), st["h2"]),
        _history(detail, lang) if detail.enrollments else para(t("no_enrollment", lang),
                                                               st["body"]),
    ]
    story += _milestones(detail, lang) + _kpis(detail, lang)
    story += _mentoring(detail, sessions, lang)
    story.append(para(t("generated_on", lang, date=fmt.day(today, lang)), st["small"]))
    title = f"{t('startup_title', lang)} — {detail.name}"
    doc = ReportDoc(out, title=title, author=name, lang=lang)
    tick(2, 3)
    build(doc, story, f"{name} · {title}")
    tick(3, 3)
    return out
