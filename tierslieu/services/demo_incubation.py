"""Demo incubator: two programmes, three cohorts and about 25 startups with their history.

"Incubation 2022-2023" is finished, its alumni followed up at +6/+12/+36 months (most
alive at three years, one acquired, one closed); "Incubation 2026" is under way with
milestones reached and late as of :data:`REFERENCE`; "Pré-incubation automne 2026" is
still selecting, with reviewers' scores. Deterministic for a seed, written in one
transaction through the services' session-level functions, so every rule applies
(transitions, capacity, scores, KPI periods).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, exists, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Cohort,
    Enrollment,
    Milestone,
    MilestoneTemplate,
    Organization,
    Person,
    PersonOrganization,
    Program,
)
from tierslieu.services import enrollments, kpis, members, organizations, programs, selection
from tierslieu.services.dto import OrganizationInput
from tierslieu.services.incubation_dto import KpiInput, MilestoneSpec, ProgramInput
from tierslieu.text import compact

REFERENCE = date(2026, 11, 25)

PROGRAMS = (
    ProgramInput("Incubation Soie", "incubation",
                 "Douze mois d'accompagnement : mentorat, bureau, comité mensuel.",
                 (3, 2, 2, 1), 20 * 60, (
                     MilestoneSpec("Entité juridique créée", 3),
                     MilestoneSpec("Prêt d'honneur obtenu", 6),
                     MilestoneSpec("Premier client payant", 9),
                     MilestoneSpec("Premier recrutement", 12),
                     MilestoneSpec("Première levée"))),
    ProgramInput("Tremplin", "pre_incubation",
                 "Six mois pour passer de l'idée au projet : marché, prototype, modèle.",
                 (2, 1, 2, 2), 8 * 60, (
                     MilestoneSpec("Étude de marché", 2),
                     MilestoneSpec("Prototype testé", 4),
                     MilestoneSpec("Modèle économique validé", 6))),
)
# name, programme, start, end, capacity
COHORTS = (
    ("Incubation 2022-2023", 0, date(2022, 9, 5), date(2023, 7, 7), 8),
    ("Incubation 2026", 0, date(2026, 1, 12), date(2026, 12, 18), 8),
    ("Pré-incubation automne 2026", 1, date(2026, 9, 14), date(2027, 3, 12), 5),
)
# startups the demo does not have yet: (name, city, founders)
NEW_STARTUPS = (
    ("Graine de Quartier", "Villeurbanne", 2), ("Réemploi Textile Lyonnais", "Lyon", 1),
    ("Ohm Sweet Ohm", "Villeurbanne", 2), ("Cantine Nomade", "Lyon", 3),
    ("Pédalo Livraison", "Vénissieux", 1), ("Verre Circulaire", "Villeurbanne", 2),
    ("Seconde Vie Électro", "Bron", 1), ("Alvéole Numérique", "Lyon", 2),
    ("Bocal & Vrac", "Villeurbanne", 1), ("Ferme Verticale du Rhône", "Vaulx-en-Velin", 2),
    ("Terre Crue Construction", "Lyon", 2), ("Kinésens", "Villeurbanne", 1),
    ("Paysan Connecté", "Meyzieu", 2), ("Rouages Coop", "Villeurbanne", 3),
    ("Sillon Data", "Lyon", 1), ("Lumière d'Usine", "Villeurbanne", 2),
)
REVIEWERS = ("francoise.martin-lefevre@cc-paysdelasoie.example", "mh.dupont@dupont-fils.example",
             "noel.kerjean@mediatheque-jaures.example", "jb.delatour@courriel.example")
DROP_REASONS = ("Les fondateurs ont repris un emploi salarié.",
                "Projet mis en pause : désaccord entre associés.")
REJECT_REASONS = ("Marché trop étroit pour le moment.", "Équipe incomplète : pas de profil technique.",
                  "Projet trop avancé pour la pré-incubation.", "Hors du périmètre du programme.")
# fate of each 2022 graduate at +6, +12, +36 months (None: no news recorded)
FATES = (("alive", "alive", "alive"),) * 4 + (
    ("alive", "alive", "acquired"), ("alive", "closed", None), ("alive", "alive", "alive"))


@dataclass
class DemoIncubationSummary:
    programs: int
    cohorts: int
    startups: int
    enrollments: int


def _at(day: date, hour: int = 10) -> datetime:
    return timeutil.to_utc(datetime.combine(day, time(hour)), None).astimezone(UTC)


def generate(engine: Engine, *, seed: int = 1) -> DemoIncubationSummary:
    rng = random.Random(seed * 104_729 + 5)
    with transaction(engine) as s:
        _clear(s)
        program_ids = [_program(s, p) for p in PROGRAMS]
        cohorts = [_cohort(s, name, program_ids[p], start, end, cap)
                   for name, p, start, end, cap in COHORTS]
        startups = _startups(s, rng)
        reviewers = [pid for email in REVIEWERS
                     if (pid := s.scalar(select(Person.id).where(Person.email_key == email)))]
        plan = _plan(rng, startups)
        made = graduates = 0
        for cohort, entries in zip(cohorts, plan, strict=True):
            for org_id, fate in entries:
                alumni: tuple[str | None, ...] = ()
                if fate == "graduated":
                    alumni = FATES[graduates % len(FATES)]
                    graduates += 1
                _enroll(s, rng, cohort, org_id, fate, reviewers, alumni)
                made += 1
        return DemoIncubationSummary(len(program_ids), len(cohorts),
                                     len({o for entries in plan for o, _ in entries}), made)


def _clear(s: Session) -> None:
    """Programmes and cohorts left by an earlier demo (``demo.wipe`` removed their
    enrollments with the organisations, but programmes point at nothing it deletes)."""
    if s.scalar(select(Enrollment.id).limit(1)) is None:
        s.execute(delete(Cohort))
        s.execute(delete(MilestoneTemplate))
        s.execute(delete(Program))


def _program(s: Session, data: ProgramInput) -> int:
    program = Program()
    programs._save_program(s, program, programs._validate_program(data))
    return program.id


def _cohort(s: Session, name: str, program_id: int, start: date, end: date,
            capacity: int) -> Cohort:
    cohort = Cohort(program_id=program_id)
    programs._save_cohort(s, cohort, {"name": name, "start_on": start, "end_on": end,
                                      "capacity": capacity})
    return cohort


def _startups(s: Session, rng: random.Random) -> list[int]:
    """New startups (the alumni, mostly), then the demo's existing ones.

    Their founders are people of the demo who had no organisation yet (they become
    entrepreneurs): the demo keeps its 200 people.
    """
    from tierslieu.services.demo import SPECIAL_PEOPLE, _phone, _siren, _siret, _vat

    existing = list(s.scalars(select(Organization.id).where(Organization.kind == "startup")
                              .order_by(Organization.name_key)))
    special = {email for _, _, email, _ in SPECIAL_PEOPLE}
    free = [p for p in s.scalars(
        select(Person).where(Person.status == "active",
                             ~exists().where(PersonOrganization.person_id == Person.id))
        .order_by(Person.id)) if p.email not in special]
    rng.shuffle(free)
    made = []
    for name, city, founders in NEW_STARTUPS:
        domain = compact(name) + ".example"
        siren = _siren(rng)
        values = organizations.validate(OrganizationInput(
            name=name, kind="startup", city=city, email=f"contact@{domain}",
            website=f"https://www.{domain}", phone=_phone(rng, ("04",)),
            siret=_siret(rng, siren), vat_number=_vat(siren)))
        org = Organization(status="active", name_key=compact(name), **values)
        s.add(org)
        s.flush()
        for person in [free.pop() for _ in range(min(founders, len(free)))]:
            person.public_category = "entrepreneur"
            person.links.append(PersonOrganization(
                organization=org, role="founder",
                since=REFERENCE - timedelta(days=rng.randint(400, 1600))))
            members.refresh_search(person)
        s.flush()
        made.append(org.id)
    return made + existing


def _plan(rng: random.Random, startups: list[int]) -> list[list[tuple[int, str]]]:
    """Who applies where and how it ends: 10 + 11 + 7 applications, 25 startups."""
    alumni, rest = startups[:10], startups[10:]
    current, newcomers = rest[:11], rest[11:]
    first = [(o, "graduated") for o in alumni[:7]] + [(alumni[7], "dropped")] + \
        [(o, "rejected") for o in alumni[8:]]
    fates2026 = ["incubated"] * 7 + ["dropped"] + ["rejected"] * 3
    rng.shuffle(fates2026)
    second = list(zip(current, fates2026, strict=True))
    again = [o for o, f in first if f == "rejected"] + [o for o, f in second if f == "rejected"][:1]
    third_orgs = newcomers + again
    fates3 = ["incubated"] * 3 + ["selected", "shortlisted", "applied", "rejected"]
    rng.shuffle(fates3)
    return [first, second, list(zip(third_orgs, fates3[:len(third_orgs)], strict=True))]


PATH = ("shortlisted", "selected", "incubated", "graduated")
NOTES = {"alive": "", "closed": "Liquidation amiable.",
         "acquired": "Rachetée par un groupe régional de logistique."}


def _enroll(s: Session, rng: random.Random, cohort: Cohort, org_id: int, fate: str,
            reviewers: list[int], alumni: tuple[str | None, ...]) -> None:
    applied = cohort.start_on - timedelta(days=rng.randint(45, 75))
    e = enrollments.apply_in(s, cohort.id, org_id, _at(applied, rng.randint(9, 17)),
                             actor="Démo")
    good = fate not in ("rejected", "applied")
    panel = rng.sample(reviewers, min(3, len(reviewers)))
    for reviewer in panel if fate != "applied" or rng.random() < 0.5 else []:
        base = rng.randint(3, 5) if good else rng.randint(1, 3)
        grades = [max(0, min(5, base + rng.choice((-1, 0, 0, 1)))) for _ in range(4)]
        selection.score_in(s, e, reviewer, grades, "")
    dates = {"shortlisted": cohort.start_on - timedelta(days=30),
             "selected": cohort.start_on - timedelta(days=12), "incubated": cohort.start_on,
             "graduated": cohort.end_on}
    if fate == "rejected":
        if rng.random() < 0.5:
            enrollments.transition_in(s, e, "shortlisted", "", "Comité",
                                      _at(dates["shortlisted"]))
        enrollments.transition_in(s, e, "rejected", rng.choice(REJECT_REASONS), "Comité",
                                  _at(dates["selected"]))
        return
    target = "incubated" if fate == "dropped" else fate
    for st in PATH[:PATH.index(target) + 1] if target in PATH else ():
        if dates[st] > REFERENCE:
            break
        enrollments.transition_in(s, e, st, "", "Comité", _at(dates[st]))
    if e.incubation_start is None:
        return
    until = REFERENCE
    if fate == "dropped":
        until = cohort.start_on + timedelta(days=rng.randint(120, 200))
    for horizon, status in zip((6, 12, 36), alumni, strict=False):
        if status == "closed":
            until = cohort.end_on + relativedelta(months=horizon - 3)
    _milestones(s, rng, e, reviewers, fate, min(until, REFERENCE))
    _kpis(s, rng, e, until)
    if fate == "dropped":
        enrollments.transition_in(s, e, "dropped", rng.choice(DROP_REASONS), "Comité",
                                  _at(until))
    elif e.status == "graduated":
        graduated = e.graduated_on or REFERENCE
        for horizon, status in zip((6, 12, 36), alumni, strict=True):
            on = graduated + relativedelta(months=horizon)
            if status is None or on > REFERENCE:
                break
            enrollments.follow_up_in(s, e, horizon, status, on, NOTES[status])
            if status != "alive":
                break


def _milestones(s: Session, rng: random.Random, e: Enrollment, reviewers: list[int],
                fate: str, horizon: date) -> None:
    start = e.incubation_start or REFERENCE
    for m in s.scalars(select(Milestone).where(Milestone.enrollment_id == e.id)
                       .order_by(Milestone.position)):
        due = m.due_on or start + relativedelta(months=rng.randint(4, 14))
        chance = 0.15 if due > horizon else (0.9 if fate == "graduated" else 0.65)
        if rng.random() >= chance:
            continue  # not reached: late once its due date has passed
        day = max(min(due + timedelta(days=rng.randint(-40, 20)), horizon),
                  start + timedelta(days=7))
        if day > horizon:
            continue
        who: int | str = (rng.choice(reviewers) if reviewers and rng.random() < 0.7
                          else "Comité d'incubation")
        enrollments.reach_in(s, m, day, rng.choice((
            "Extrait Kbis reçu.", "Facture client transmise.", "Attestation du financeur.",
            "Contrat de travail signé.", "Compte rendu du comité.")), who)


def _periods(start: date, until: date, quarterly: bool) -> list[str]:
    out = []
    day = date(start.year, 3 * ((start.month - 1) // 3) + 1 if quarterly else start.month, 1)
    step = relativedelta(months=3 if quarterly else 1)
    while day + step - timedelta(days=1) <= until:  # only finished periods are reported
        out.append(f"{day.year}-Q{(day.month - 1) // 3 + 1}" if quarterly
                   else f"{day.year}-{day.month:02d}")
        day += step
    return out


def _kpis(s: Session, rng: random.Random, e: Enrollment, until: date) -> None:
    """Quarterly figures for the alumni (until they close), monthly for the current ones."""
    start = e.incubation_start or REFERENCE
    quarterly = start.year < 2026
    periods = _periods(start, min(until, REFERENCE), quarterly)
    if not quarterly and periods and rng.random() < 0.3:
        periods.pop()  # October's figures not in yet: the page shows a reminder
    women = rng.randint(0, 2)
    headcount, jobs = rng.randint(1, 3), 0
    for period in periods:
        if rng.random() < (0.3 if quarterly else 0.12):
            headcount += 1
            jobs += rng.choice((50, 100, 100))
        raised: tuple[tuple[str, str], ...] = ()
        if rng.random() < (0.2 if quarterly else 0.08):
            kind = rng.choice(("honour_loan", "grant", "equity", "bank_loan"))
            raised = ((kind, str(rng.choice((15, 20, 30, 50, 80, 150)) * 1000)),)
        revenue = rng.randint(2, 40) * 1000 * (3 if quarterly else 1)
        kpis.record_in(s, e.organization_id, kpis.validate(KpiInput(
            period, headcount=headcount, jobs_created=f"{jobs // 100}.{jobs % 100:02d}",
            revenue=str(revenue), raised=raised, women_founders=women), today=REFERENCE))
