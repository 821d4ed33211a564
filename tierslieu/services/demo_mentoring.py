"""Demo mentoring: about 30 mentors, the needs of the startups being supported, a run
accepted when "Incubation 2026" started, and the sessions held since.

Mentors are demo people who founded nothing (a person is a mentor by a profile row,
not a copy). Everything comes from ``random.Random(seed)`` and fixed dates, and goes
through :mod:`tierslieu.services.mentoring`, so the same rules apply as in the app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Engine

from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Cohort,
    Enrollment,
    MentoringSession,
    Organization,
    Person,
    PersonOrganization,
)
from tierslieu.services import mentoring as mg

MENTORS = 30
RUN_AT = datetime(2026, 1, 26, 9, tzinfo=UTC)
SESSIONS_UNTIL = date(2026, 11, 20)
CURRENT = "Incubation 2026"
EXPERTISE = ("financement", "levée de fonds", "stratégie", "marketing", "vente", "juridique",
             "comptabilité", "tech", "produit", "design", "rh", "international", "impact",
             "industrialisation", "communication")
SECTORS = ("alimentation", "économie circulaire", "énergie", "mobilité", "numérique", "santé",
           "bâtiment", "agriculture", "culture")
STAGES = ("idée", "amorçage", "croissance")
# second languages and how often; a few mentors do not speak French (international ones)
LANGUAGES = (("en", 50), ("es", 15), ("ar", 10), ("de", 8), ("it", 6), ("pt", 5))
TOPICS = ("Prévisionnel financier", "Dossier de prêt d'honneur", "Pitch investisseurs",
          "Stratégie de prix", "Recrutement du premier salarié", "Statuts et pacte d'associés",
          "Plan marketing", "Prospection commerciale", "Feuille de route produit",
          "Mesure d'impact", "Subventions régionales", "Export et distributeurs")


@dataclass
class DemoMentoringSummary:
    mentors: int
    needs: int
    assignments: int
    sessions: int


def _languages(rng: random.Random, i: int) -> tuple[str, ...]:
    extra = tuple(code for code, pct in LANGUAGES if rng.randrange(100) < pct)
    if i % 13 == 7:          # two English/Spanish-only mentors, for the language constraint
        return ("en",) + tuple(c for c in extra if c != "en")
    return ("fr", *extra)


def generate(engine: Engine, *, seed: int = 1) -> DemoMentoringSummary:
    rng = random.Random(seed * 7_919 + 11)
    with transaction(engine, readonly=True) as s:
        founders = set(s.scalars(select(PersonOrganization.person_id).where(
            PersonOrganization.role == "founder")))
        people = [p for p in s.scalars(select(Person.id).where(Person.status == "active")
                                       .order_by(Person.id)) if p not in founders]
        startups = list(s.scalars(select(Organization.id).where(Organization.kind == "startup")
                                  .order_by(Organization.id)))
        cohorts = {c.name: c.id for c in s.scalars(select(Cohort))}
        enrollments = list(s.scalars(select(Enrollment).where(
            Enrollment.status.in_(mg.MATCHED_STATUSES)).order_by(Enrollment.id)))
        needs_for = [e.id for e in enrollments]
    chosen = sorted(rng.sample(people, min(MENTORS, len(people))))
    for i, pid in enumerate(chosen):
        tags = rng.sample(EXPERTISE, rng.randint(2, 4))
        mg.save_mentor(engine, mg.MentorInput(
            pid, tuple((t, rng.choice((1, 2, 2, 3, 3))) for t in tags),
            tuple(rng.sample(SECTORS, rng.randint(1, 3))),
            tuple(rng.sample(STAGES, rng.randint(1, 2))), _languages(rng, i),
            capacity=rng.choice((1, 1, 2, 2, 2, 3)), hours_per_month=rng.choice((2, 4, 4, 6, 8)),
            conflicts=tuple(rng.sample(startups, 1)) if startups and rng.random() < 0.2 else (),
            notes=""))
    for eid in needs_for:
        langs = ("fr",) if rng.random() < 0.8 else ("fr", "en") if rng.random() < 0.7 else ("en",)
        mg.set_need(engine, mg.NeedInput(
            eid, tuple((t, rng.randint(1, 3)) for t in rng.sample(EXPERTISE, rng.randint(2, 3))),
            rng.choice(SECTORS), rng.choice(STAGES), langs, wanted=rng.choice((1, 1, 2))))
    assignments = sessions = 0
    if CURRENT in cohorts:
        run = mg.run_matching(engine, cohorts[CURRENT], actor="Hélène Le Clerc", at=RUN_AT)
        rows = mg.accept_run(engine, run.id, actor="Hélène Le Clerc", at=RUN_AT)
        assignments = len(rows)
        sessions = _sessions(engine, rng, [r.id for r in rows])
    return DemoMentoringSummary(len(chosen), len(needs_for), assignments, sessions)


def _sessions(engine: Engine, rng: random.Random, assignment_ids: list[int]) -> int:
    """About one meeting a month per pair since February, written in one transaction."""
    made = 0
    with transaction(engine) as s:
        for aid in assignment_ids:
            day = date(2026, 2, 2) + timedelta(days=rng.randint(0, 20))
            while day <= SESSIONS_UNTIL:
                if rng.random() < 0.8:
                    rated = rng.random() < 0.85
                    s.add(MentoringSession(
                        assignment_id=aid, held_on=day,
                        duration_minutes=rng.choice((45, 60, 60, 90, 120)),
                        topics=rng.choice(TOPICS), notes="",
                        rating_mentor=rng.choice((3, 4, 4, 5)) if rated else None,
                        rating_startup=rng.choice((2, 3, 4, 4, 5, 5)) if rated else None))
                    made += 1
                day += timedelta(days=rng.randint(24, 40))
    return made
