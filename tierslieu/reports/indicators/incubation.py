"""Incubation indicators: pipeline, milestones, mentoring, startups' KPIs, survival.

Programmes are not tied to a site: these figures cover the whole tiers-lieu even when a
report is asked for one site. A startup's KPIs come from its own monthly or quarterly
records; what it never reported stays unreported (never zero, never estimated).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, NamedTuple

from tierslieu.db.models.incubation import ENROLLMENT_STATUSES, FOLLOW_UP_HORIZONS, FUND_KINDS
from tierslieu.reports.fmt import rounded
from tierslieu.reports.indicators.data import (
    EnrollmentInfo,
    KpiRow,
    MentoringUse,
    PeriodData,
)
from tierslieu.reports.indicators.registry import indicator

SURVIVED = ("alive", "acquired")
FINAL = ("closed", "acquired")


class Detailed(NamedTuple):
    """A figure with the counts behind it (``{"survivors": 5, "known": 6}``)."""

    value: Any
    detail: dict[str, Any]


def _late(d: PeriodData) -> dict[int, int]:
    incubated = {eid for eid, st in d.status_at_end.items() if st == "incubated"}
    out: dict[int, int] = defaultdict(int)
    for eid, due, reached in d.milestones:
        if eid in incubated and due is not None and due < d.end \
                and (reached is None or reached >= d.end):
            out[eid] += 1
    return out


def _reached(d: PeriodData) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for eid, _, reached in d.milestones:
        if reached is not None and d.start <= reached < d.end:
            out[eid] += 1
    return out


@indicator("startups_by_status", "startups", "incubation", shape="breakdown",
           en="Startups by status", fr=(
               "Startups par statut",
               "Candidatures des promotions en cours ou à venir (non terminées avant le "
               "début de la période) selon leur statut à la fin de la période."))
def startups_by_status(d: PeriodData) -> dict[str, int]:
    """Applications to the cohorts running or to come (not finished before the period
    starts) by their status at the end of the period."""
    counts = dict.fromkeys(ENROLLMENT_STATUSES, 0)
    for e in d.current:
        counts[d.status_at_end[e.id]] += 1
    return counts


@indicator("applications_received", "applications", "incubation",
           en="Applications received", fr=(
               "Candidatures reçues",
               "Candidatures de startups à une promotion déposées dans la période."))
def applications_received(d: PeriodData) -> int:
    """Startups' applications to a cohort made in the period."""
    return sum(1 for e in d.enrollments.values() if d.start <= e.applied_on < d.end)


@indicator("applications_selected", "applications", "incubation",
           en="Applications selected", fr=(
               "Candidatures sélectionnées",
               "Candidatures passées au statut « sélectionnée » pendant la période."))
def applications_selected(d: PeriodData) -> int:
    """Applications moved to "selected" during the period."""
    return len(d.selected_in_period)


@indicator("startups_accompanied", "startups", "incubation", en="Startups accompanied", fr=(
    "Startups accompagnées",
    "Startups en incubation à un moment de la période (entrées en incubation avant sa "
    "fin, ni diplômées ni sorties avant son début)."))
def startups_accompanied(d: PeriodData) -> int:
    """Startups in incubation at some point of the period (incubation started before its
    end, neither graduated nor out before its start)."""
    return len({e.organization_id for e in d.accompanied})


@indicator("milestones_reached", "milestones", "incubation", headline=True,
           en="Milestones reached", fr=(
               "Jalons atteints",
               "Jalons des startups dont la date d'atteinte tombe dans la période."))
def milestones_reached(d: PeriodData) -> int:
    """Startups' milestones whose date reached falls in the period."""
    return sum(_reached(d).values())


@indicator("milestones_late", "milestones", "incubation", en="Milestones late", fr=(
    "Jalons en retard",
    "Jalons des startups en incubation à la fin de la période, dus avant cette fin et "
    "non atteints à cette date."))
def milestones_late(d: PeriodData) -> int:
    """Milestones of the startups in incubation at the end of the period that were due
    before that end and not reached by then."""
    return sum(_late(d).values())


@indicator("mentoring_sessions", "sessions", "incubation", en="Mentoring sessions", fr=(
    "Séances de mentorat",
    "Séances de mentorat tenues dans la période."))
def mentoring_sessions(d: PeriodData) -> int:
    """Mentoring sessions held in the period."""
    return sum(m.sessions for m in d.mentoring.values())


@indicator("mentoring_hours", "hours", "incubation", headline=True, en="Mentoring hours", fr=(
    "Heures de mentorat",
    "Durée totale des séances de mentorat tenues dans la période."))
def mentoring_hours(d: PeriodData) -> float:
    """Total length of the mentoring sessions held in the period."""
    return rounded(sum(m.minutes for m in d.mentoring.values()), 60)


def _incubated_at_end(d: PeriodData) -> list[EnrollmentInfo]:
    return [d.enrollments[eid] for eid, st in d.status_at_end.items() if st == "incubated"]


@indicator("mentoring_budget_hours", "hours", "incubation", en="Mentoring budget", fr=(
    "Budget de mentorat",
    "Somme des budgets de mentorat des startups en incubation à la fin de la période."))
def mentoring_budget_hours(d: PeriodData) -> float:
    """Sum of the mentoring budgets of the startups in incubation at the end of the
    period."""
    return rounded(sum(e.budget_minutes for e in _incubated_at_end(d)), 60)


@indicator("mentoring_used_hours", "hours", "incubation", en="Mentoring used to date", fr=(
    "Mentorat consommé à date",
    "Heures de mentorat tenues, depuis leur entrée et jusqu'à la fin de la période, par "
    "les startups en incubation à cette date."))
def mentoring_used_hours(d: PeriodData) -> float:
    """Mentoring hours held, from their start to the end of the period, by the startups
    in incubation at that date."""
    return rounded(sum(d.mentoring.get(e.id, _zero()).minutes_to_date
                       for e in _incubated_at_end(d)), 60)


def _zero() -> MentoringUse:
    return MentoringUse()


@indicator("mentoring_budget_used", "percent", "incubation", en="Mentoring budget used", fr=(
    "Part du budget de mentorat consommée",
    "Mentorat consommé à date ÷ budget de mentorat, pour les startups en incubation à la "
    "fin de la période."))
def mentoring_budget_used(d: PeriodData) -> float | None:
    """Mentoring used to date ÷ mentoring budget, for the startups in incubation at the
    end of the period."""
    incubated = _incubated_at_end(d)
    budget = sum(e.budget_minutes for e in incubated)
    used = sum(d.mentoring.get(e.id, _zero()).minutes_to_date for e in incubated)
    return rounded(used * 100, budget) if budget else None


# -- KPIs ---------------------------------------------------------------------------------

def _records(d: PeriodData) -> dict[int, list[KpiRow]]:
    orgs = {e.organization_id for e in d.accompanied}
    out: dict[int, list[KpiRow]] = defaultdict(list)
    for r in d.kpi_records:
        if r.organization_id in orgs:
            out[r.organization_id].append(r)
    return out


def _latest_stock(d: PeriodData, attr: str) -> dict[int, int]:
    """Each accompanied startup's latest reported value, from records ended by the end."""
    out: dict[int, int] = {}
    for org, rows in _records(d).items():
        for r in rows:  # oldest first: the latest wins
            if r.end_on < d.end and getattr(r, attr) is not None:
                out[org] = getattr(r, attr)
    return out


def _inside(d: PeriodData) -> list[KpiRow]:
    return [r for rows in _records(d).values() for r in rows
            if r.start_on >= d.start and r.end_on < d.end]


@indicator("jobs_created", "fte", "incubation", en="Jobs created", fr=(
    "Emplois créés",
    "Emplois créés (ETP) depuis leur entrée par les startups accompagnées dans la "
    "période : la dernière valeur déclarée par chacune avant la fin de la période."))
def jobs_created(d: PeriodData) -> float:
    """Jobs created (FTE) since they entered by the startups accompanied in the period:
    each one's latest value reported before the end of the period."""
    return rounded(sum(_latest_stock(d, "jobs_created_fte100").values()), 100, 2)


@indicator("headcount", "people", "incubation", en="Startups' headcount", fr=(
    "Effectif des startups",
    "Effectif des startups accompagnées dans la période : dernière valeur déclarée par "
    "chacune avant la fin de la période."))
def headcount(d: PeriodData) -> int:
    """Headcount of the startups accompanied in the period: each one's latest value
    reported before the end of the period."""
    return sum(_latest_stock(d, "headcount").values())


@indicator("revenue", "cents", "incubation", en="Startups' revenue", fr=(
    "Chiffre d'affaires des startups",
    "Chiffre d'affaires déclaré par les startups accompagnées pour des mois ou trimestres "
    "compris entièrement dans la période."))
def revenue(d: PeriodData) -> int:
    """Revenue reported by the startups accompanied for months or quarters lying wholly
    within the period."""
    return sum(r.revenue_cents or 0 for r in _inside(d))


@indicator("funds_raised", "cents", "incubation", shape="breakdown",
           en="Funds raised by kind", fr=(
               "Fonds levés par type",
               "Fonds levés par les startups accompagnées (prêt d'honneur, subvention, fonds "
               "propres, prêt bancaire) déclarés pour des mois ou trimestres compris "
               "entièrement dans la période."))
def funds_raised(d: PeriodData) -> dict[str, int]:
    """Funds raised by the startups accompanied (honour loan, grant, equity, bank loan)
    reported for months or quarters lying wholly within the period."""
    rows = _inside(d)
    return {k: sum(getattr(r, f"raised_{k}_cents") for r in rows) for k in FUND_KINDS}


@indicator("women_founders_share", "percent", "incubation", en="Women among founders", fr=(
    "Part de femmes parmi les fondateurs",
    "Femmes fondatrices déclarées ÷ fondateurs liés, pour les startups accompagnées qui "
    "ont déclaré ce chiffre ; « non renseigné » si aucune ne l'a fait."))
def women_founders_share(d: PeriodData) -> Detailed:
    """Women founders reported ÷ founders linked, for the startups accompanied that
    reported the figure; "not recorded" when none did."""
    women = _latest_stock(d, "women_founders")
    founders = sum(d.founders.get(org, 0) for org in women)
    value = rounded(sum(women.values()) * 100, founders) if founders else None
    return Detailed(value, {"women": sum(women.values()), "founders": founders,
                            "startups": len(women)})


def _survival(d: PeriodData, months: int) -> Detailed:
    if months not in FOLLOW_UP_HORIZONS:  # never asked at that horizon: no figure
        return Detailed(None, {"survivors": 0, "known": 0})
    survivors = known = 0
    for by_horizon in d.follow_ups.values():
        status = by_horizon.get(months) or next(
            (by_horizon[h] for h in sorted(by_horizon, reverse=True)
             if h < months and by_horizon[h] in FINAL), None)
        if status is not None:
            known += 1
            survivors += status in SURVIVED
    return Detailed(rounded(survivors * 100, known) if known else None,
                    {"survivors": survivors, "known": known})


@indicator("survival_1y", "percent", "incubation", en="Survival at 1 year", fr=(
    "Survie à 1 an",
    "Parmi les startups diplômées dont le sort à 12 mois était connu à la fin de la "
    "période (suivi à 12 mois, ou fermeture ou rachat déclarés plus tôt) : part encore en "
    "activité ou rachetées."))
def survival_1y(d: PeriodData) -> Detailed:
    """Among graduated startups whose fate at 12 months was known at the end of the
    period (a 12-month follow-up, or a closure or acquisition reported earlier): the
    share still alive or acquired."""
    return _survival(d, 12)


@indicator("survival_3y", "percent", "incubation", en="Survival at 3 years", fr=(
    "Survie à 3 ans",
    "Comme la survie à 1 an, au suivi à 36 mois."))
def survival_3y(d: PeriodData) -> Detailed:
    """As survival at 1 year, at the 36-month follow-up."""
    return _survival(d, 36)


@indicator("survival_5y", "percent", "incubation", en="Survival at 5 years", fr=(
    "Survie à 5 ans",
    "Comme la survie à 1 an, au suivi à 60 mois ; « non renseigné » tant que TiersLieu "
    "ne fait pas de suivi à 5 ans."))
def survival_5y(d: PeriodData) -> Detailed:
    """As survival at 1 year, at the 60-month follow-up; "not recorded" as long as
    TiersLieu keeps no 5-year follow-up."""
    return _survival(d, 60)


@indicator("startups", "startups", "incubation", shape="rows", public=False,
           en="Startups of the current cohorts", fr=(
               "Startups des promotions en cours",
               "Pour chaque candidature d'une promotion en cours ou à venir : statut en fin "
               "de période, jalons atteints dans la période et en retard à sa fin, mentorat "
               "de la période, consommé à date et budget."))
def startups(d: PeriodData) -> list[dict[str, Any]]:
    """For each application to a cohort running or to come: status at the end of the
    period, milestones reached in the period and late at its end, mentoring of the
    period, used to date and budget."""
    reached, late = _reached(d), _late(d)
    rows = []
    for e in d.current:
        use = d.mentoring.get(e.id, _zero())
        rows.append({"startup": e.startup, "cohort": e.cohort, "status": d.status_at_end[e.id],
                     "milestones_reached": reached.get(e.id, 0),
                     "milestones_late": late.get(e.id, 0),
                     "mentoring_hours": rounded(use.minutes, 60),
                     "mentoring_used_hours": rounded(use.minutes_to_date, 60),
                     "mentoring_budget_hours": rounded(e.budget_minutes, 60)})
    return rows


@indicator("cohorts", "startups", "incubation", shape="rows", public=False,
           en="Cohorts", fr=(
               "Promotions",
               "Pour chaque promotion commencée avant la fin de la période : candidatures, "
               "startups entrées en incubation, diplômées, et chiffre d'affaires et fonds "
               "levés de ses startups dans la période."))
def cohorts(d: PeriodData) -> list[dict[str, Any]]:
    """For each cohort started before the end of the period: applications, startups that
    entered incubation, graduated, and its startups' revenue and funds raised in the
    period."""
    by_cohort: dict[str, list[EnrollmentInfo]] = defaultdict(list)
    for e in d.enrollments.values():
        if e.cohort_start < d.end:
            by_cohort[e.cohort].append(e)
    money: dict[int, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for r in d.kpi_records:
        if r.start_on >= d.start and r.end_on < d.end:
            rev, raised = money[r.organization_id]
            money[r.organization_id] = (rev + (r.revenue_cents or 0), raised + sum(
                getattr(r, f"raised_{k}_cents") for k in FUND_KINDS))
    rows = []
    for name, items in by_cohort.items():
        supported = {e.organization_id for e in items if e.incubation_start is not None
                     and e.incubation_start < d.end}
        rows.append({"cohort": name, "applications": len(items),
                     "incubated": len(supported),
                     "graduated": sum(1 for e in items if e.graduated_on is not None
                                      and e.graduated_on < d.end),
                     "revenue": sum(money[o][0] for o in supported),
                     "funds_raised": sum(money[o][1] for o in supported)})
    return rows
