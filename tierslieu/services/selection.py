"""Selection: reviewers grade applications 0-5 on four criteria, weighted per programme.

A reviewer's total is the weighted mean of their four grades (still on 0-5); an
application's score is the mean of its reviewers' totals, and the disagreement between
reviewers is shown as the population standard deviation and the spread (max - min) of
those totals. The decision itself is a status change (:func:`enrollments.transition`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import partial

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    ApplicationScore,
    Cohort,
    Enrollment,
    Organization,
    Person,
    PersonOrganization,
    Program,
)
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.i18n import choice_label
from tierslieu.services import validation as v
from tierslieu.services.incubation_dto import CRITERIA, ApplicationRanking, ScoreInput, ScoreRow
from tierslieu.services.programs import whole_number

SCORABLE = ("applied", "shortlisted")


def _grade(value: int | str, field: str) -> int:
    try:
        grade = whole_number(value, field)
    except ValidationError as exc:
        if exc.key == "required":
            raise
        raise ValidationError("score_range", field, value=value) from None
    if grade > 5:
        raise ValidationError("score_range", field, value=value)
    return grade


def _weights(s: Session, enrollment_ids: list[int]) -> dict[int, tuple[int, ...]]:
    rows = s.execute(select(Enrollment.id, Program.weight_team, Program.weight_market,
                            Program.weight_product, Program.weight_fit)
                     .join(Cohort, Cohort.id == Enrollment.cohort_id)
                     .join(Program, Program.id == Cohort.program_id)
                     .where(Enrollment.id.in_(enrollment_ids))).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def weighted(grades: tuple[int, ...], weights: tuple[int, ...]) -> Fraction:
    """A reviewer's total on 0-5; all-zero weights count every criterion alike."""
    if not any(weights):
        weights = (1,) * len(grades)
    return Fraction(sum(g * w for g, w in zip(grades, weights, strict=True)), sum(weights))


def _round(value: Fraction | float) -> float:
    """Two decimals, half up (3.875 -> 3.88), from the exact figure: the same everywhere."""
    exact = (Decimal(value.numerator) / Decimal(value.denominator)
             if isinstance(value, Fraction) else Decimal(repr(value)))
    return float(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _rows(s: Session, scores: list[ApplicationScore]) -> list[ScoreRow]:
    weights = _weights(s, list({sc.enrollment_id for sc in scores}))
    names = {p.id: f"{p.first_name} {p.last_name}".strip() for p in s.execute(
        select(Person.id, Person.first_name, Person.last_name)
        .where(Person.id.in_({sc.reviewer_id for sc in scores})))}
    return [ScoreRow(sc.id, sc.enrollment_id, sc.reviewer_id, names.get(sc.reviewer_id, ""),
                     sc.team, sc.market, sc.product, sc.fit, sc.comment,
                     _round(weighted((sc.team, sc.market, sc.product, sc.fit),
                                     weights[sc.enrollment_id]))) for sc in scores]


def score_application(engine: Engine, enrollment_id: int, reviewer_id: int,
                      data: ScoreInput) -> ScoreRow:
    """Record (or replace) one reviewer's grades of an application still under review."""
    security.require("incubation.write")
    c = v.Collector()
    grades = [c.check(partial(_grade, getattr(data, k), k), 0) for k in CRITERIA]
    comment = c.check(lambda: v.notes(data.comment, "notes"), "")
    c.raise_if_any()
    with transaction(engine) as s:
        e = s.get(Enrollment, enrollment_id)
        if e is None:
            raise NotFoundError("enrollment_not_found", startup=f"#{enrollment_id}", cohort="?")
        return _rows(s, [score_in(s, e, reviewer_id, grades, comment)])[0]


def score_in(s: Session, e: Enrollment, reviewer_id: int, grades: list[int],
             comment: str = "") -> ApplicationScore:
    """:func:`score_application` inside the caller's transaction (grades already checked)."""
    startup = s.get_one(Organization, e.organization_id)
    if e.status not in SCORABLE:
        raise ConflictError("scoring_closed", startup=startup.name,
                            status_fr=choice_label(e.status, "fr"),
                            status_en=choice_label(e.status, "en"))
    reviewer = s.get(Person, reviewer_id)
    if reviewer is None:
        raise NotFoundError("person_not_found", ref=str(reviewer_id))
    founder = s.scalar(select(PersonOrganization.person_id).where(
        PersonOrganization.person_id == reviewer_id,
        PersonOrganization.organization_id == e.organization_id,
        PersonOrganization.role == "founder"))
    if founder is not None:
        raise ConflictError("reviewer_is_founder", "reviewer", startup=startup.name,
                            value=f"{reviewer.first_name} {reviewer.last_name}".strip())
    score = s.scalar(select(ApplicationScore).where(
        ApplicationScore.enrollment_id == e.id, ApplicationScore.reviewer_id == reviewer_id))
    if score is None:
        score = ApplicationScore(enrollment_id=e.id, reviewer_id=reviewer_id)
        s.add(score)
    score.team, score.market, score.product, score.fit = grades
    score.comment = comment
    s.flush()
    return score


def scores_of(s: Session, enrollment_ids: list[int]) -> dict[int, list[ScoreRow]]:
    """Every score of these enrollments, by enrollment (inside the caller's transaction)."""
    found = s.scalars(select(ApplicationScore)
                      .where(ApplicationScore.enrollment_id.in_(enrollment_ids))
                      .order_by(ApplicationScore.id)).all()
    out: dict[int, list[ScoreRow]] = defaultdict(list)
    for row in _rows(s, list(found)) if found else []:
        out[row.enrollment_id].append(row)
    return out


def summaries(s: Session, enrollment_ids: list[int]) -> dict[int, tuple[float | None, int]]:
    """(average score, number of reviewers) per enrollment, for the board's cards."""
    weights = _weights(s, enrollment_ids)
    return {eid: (_stats(rows, weights[eid])[0], len(rows))
            for eid, rows in scores_of(s, enrollment_ids).items()}


def _stats(rows: list[ScoreRow], weights: tuple[int, ...]
           ) -> tuple[float | None, float | None, float | None]:
    if not rows:
        return None, None, None
    # exact totals (not the rounded ones of the rows), rounded once at the end
    totals = [weighted((r.team, r.market, r.product, r.fit), weights) for r in rows]
    mean = sum(totals, Fraction(0)) / len(totals)
    variance = sum(((t - mean) ** 2 for t in totals), Fraction(0)) / len(totals)
    return (_round(mean), _round(math.sqrt(variance)),
            _round(max(totals) - min(totals)))


def ranking(engine: Engine, cohort_id: int) -> list[ApplicationRanking]:
    """The cohort's applications, best average first; ties share a rank (1, 2, 2, 4)."""
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        if s.get(Cohort, cohort_id) is None:
            raise NotFoundError("cohort_not_found", ref=str(cohort_id))
        enrollments = s.execute(select(Enrollment.id, Enrollment.organization_id,
                                       Enrollment.status, Organization.name)
                                .join(Organization)
                                .where(Enrollment.cohort_id == cohort_id)).all()
        ids = [e.id for e in enrollments]
        by_enrollment = scores_of(s, ids)
        weights = _weights(s, ids)
    out = []
    for e in enrollments:
        rows = by_enrollment.get(e.id, [])
        mean, stdev, spread = _stats(rows, weights[e.id])
        criteria = {k: (_round(Fraction(sum(getattr(r, k) for r in rows), len(rows)))
                        if rows else None) for k in CRITERIA}
        out.append(ApplicationRanking(e.id, e.organization_id, e.name, e.status, None,
                                      len(rows), mean, stdev, spread, criteria))
    out.sort(key=lambda r: (r.average is None, -(r.average or 0), r.startup_name.casefold()))
    ranked = []
    for i, r in enumerate(out):
        if r.average is None:
            ranked.append(r)
            continue
        rank = ranked[-1].rank if ranked and ranked[-1].average == r.average else i + 1
        ranked.append(ApplicationRanking(**{**r.__dict__, "rank": rank}))
    return ranked
