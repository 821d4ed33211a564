"""Programmes (with their milestone template) and cohorts; lookups by name."""

from __future__ import annotations

from functools import partial
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import Cohort, MilestoneTemplate, Organization, Program
from tierslieu.db.models.incubation import PROGRAM_KINDS
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.services import validation as v
from tierslieu.services.incubation_dto import (
    CohortInput,
    CohortRow,
    MilestoneSpec,
    ProgramInput,
    ProgramRow,
)
from tierslieu.text import clean, compact

MAX_OFFSET_MONTHS = 120


def whole_number(value: object, field: str, *, minimum: int = 0,
                 maximum: int | None = None) -> int:
    """An integer from an int or its text; below ``minimum`` (or above) is refused."""
    if isinstance(value, bool):
        raise ValidationError("number_invalid", field, value=value)
    if not isinstance(value, int):
        text = clean(str(value)) if value is not None else ""
        if not text:
            raise ValidationError("required", field)
        try:
            value = int(text)
        except ValueError:
            raise ValidationError("number_invalid", field, value=text) from None
    if value < minimum:
        raise ValidationError("number_min", field, value=value, min=minimum)
    if maximum is not None and value > maximum:
        raise ValidationError("number_max", field, value=value, max=maximum)
    return value


def _validate_program(data: ProgramInput) -> dict[str, object]:
    c = v.Collector()
    out: dict[str, object] = {
        "name": c.check(lambda: v.text(data.name, "name", required=True), ""),
        "kind": c.check(lambda: v.choice(data.kind, "kind", PROGRAM_KINDS, required=True) or "",
                         ""),
        "description": c.check(lambda: v.notes(data.description, "description"), ""),
        "mentoring_minutes": c.check(
            lambda: whole_number(data.mentoring_minutes, "mentoring_minutes"), 0),
    }
    if len(data.weights) != 4:
        c.errors.append(ValidationError("number_invalid", "weights", value=data.weights))
    else:
        for name, weight in zip(("team", "market", "product", "fit"), data.weights, strict=True):
            out[f"weight_{name}"] = c.check(partial(whole_number, weight, "weights"), 1)
    steps: list[MilestoneSpec] = []
    for spec in data.milestones:
        name = c.check(partial(v.text, spec.name, "milestone", required=True), "")
        offset = None if spec.offset_months is None else c.check(
            partial(whole_number, spec.offset_months, "offset_months",
                    maximum=MAX_OFFSET_MONTHS), 0)
        steps.append(MilestoneSpec(name, offset))
    out["milestones"] = tuple(steps)
    c.raise_if_any()
    return out


def _program_row(s: Session, p: Program) -> ProgramRow:
    return _program_rows(s, [p])[0]


def _program_rows(s: Session, programs: list[Program]) -> list[ProgramRow]:
    """Rows of several programmes: two queries in all, not two per programme."""
    ids = [p.id for p in programs]
    steps: dict[int, list[MilestoneTemplate]] = {i: [] for i in ids}
    for t in s.scalars(select(MilestoneTemplate).where(MilestoneTemplate.program_id.in_(ids))
                       .order_by(MilestoneTemplate.program_id, MilestoneTemplate.position)):
        steps[t.program_id].append(t)
    cohorts: dict[int, int] = {pid: n for pid, n in s.execute(
        select(Cohort.program_id, func.count()).where(Cohort.program_id.in_(ids))
        .group_by(Cohort.program_id))}
    return [ProgramRow(p.id, p.name, p.kind, p.description,
                       (p.weight_team, p.weight_market, p.weight_product, p.weight_fit),
                       p.mentoring_minutes, tuple(MilestoneSpec(t.name, t.offset_months)
                                                  for t in steps[p.id]),
                       int(cohorts.get(p.id, 0))) for p in programs]


def _save_program(s: Session, program: Program, values: dict[str, object]) -> None:
    taken = s.scalar(select(Program.id).where(Program.name_key == compact(str(values["name"]))))
    if taken is not None and taken != program.id:
        raise ConflictError("program_name_taken", "name", value=values["name"])
    milestones = cast(tuple[MilestoneSpec, ...], values.pop("milestones"))
    for key, value in values.items():
        setattr(program, key, value)
    program.name_key = compact(program.name)
    s.add(program)
    s.flush()
    # the template is replaced; milestones already given to enrollments keep their copy
    for old in s.scalars(select(MilestoneTemplate)
                         .where(MilestoneTemplate.program_id == program.id)):
        s.delete(old)
    s.flush()
    for position, spec in enumerate(milestones, start=1):
        s.add(MilestoneTemplate(program_id=program.id, position=position, name=spec.name,
                                offset_months=spec.offset_months))
    s.flush()


def create_program(engine: Engine, data: ProgramInput) -> ProgramRow:
    security.require("incubation.write")
    values = _validate_program(data)
    try:
        with transaction(engine) as s:
            program = Program()
            _save_program(s, program, values)
            return _program_row(s, program)
    except IntegrityError as exc:  # a concurrent creation of the same name
        raise ConflictError("program_name_taken", "name", value=values["name"]) from exc


def update_program(engine: Engine, program_id: int, data: ProgramInput) -> ProgramRow:
    """Edit a programme and replace its template (existing enrollments keep theirs)."""
    security.require("incubation.write")
    values = _validate_program(data)
    with transaction(engine) as s:
        program = s.get(Program, program_id)
        if program is None:
            raise NotFoundError("program_not_found", ref=str(program_id))
        _save_program(s, program, values)
        return _program_row(s, program)


def list_programs(engine: Engine) -> list[ProgramRow]:
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        return _program_rows(s, list(s.scalars(select(Program).order_by(Program.name_key))))


def get_program(engine: Engine, program_id: int) -> ProgramRow:
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        program = s.get(Program, program_id)
        if program is None:
            raise NotFoundError("program_not_found", ref=str(program_id))
        return _program_row(s, program)


def find_program(engine: Engine, ref: str) -> ProgramRow:
    """A programme by name (case- and accent-insensitive) or number."""
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        program = s.scalar(select(Program).where(Program.name_key == compact(ref)))
        if program is None and ref.strip().isdigit():
            program = s.get(Program, int(ref.strip()))
        if program is None:
            raise NotFoundError("program_not_found", ref=ref)
        return _program_row(s, program)


# -- cohorts ------------------------------------------------------------------------------

def _validate_cohort(data: CohortInput) -> dict[str, object]:
    c = v.Collector()
    name = c.check(lambda: v.text(data.name, "name", required=True), "")
    start = c.check(lambda: v.parse_date(data.start_on, "start_on"), None)
    end = c.check(lambda: v.parse_date(data.end_on, "end_on"), None)
    capacity = c.check(lambda: whole_number(data.capacity, "capacity", minimum=1), 1)
    if not c.errors and start is None:
        c.errors.append(ValidationError("required", "start_on"))
    if not c.errors and end is None:
        c.errors.append(ValidationError("required", "end_on"))
    if not c.errors and end < start:  # type: ignore[operator]
        c.errors.append(ValidationError("date_order", "end_on",
                                        value=end.strftime("%d/%m/%Y")))  # type: ignore[union-attr]
    c.raise_if_any()
    return {"name": name, "start_on": start, "end_on": end, "capacity": capacity}


def create_cohort(engine: Engine, data: CohortInput) -> CohortRow:
    """A new cohort of a programme."""
    security.require("incubation.write")
    values = _validate_cohort(data)
    try:
        with transaction(engine) as s:
            if s.get(Program, data.program_id) is None:
                raise NotFoundError("program_not_found", ref=str(data.program_id))
            return _cohort_row(s, _save_cohort(s, Cohort(program_id=data.program_id), values))
    except IntegrityError as exc:
        raise ConflictError("cohort_name_taken", "name", value=values["name"]) from exc


def update_cohort(engine: Engine, cohort_id: int, data: CohortInput) -> CohortRow:
    """Rename, move dates or resize; a capacity below the seats already taken is refused."""
    security.require("incubation.write")
    from tierslieu.db.models import Enrollment
    from tierslieu.services.incubation_dto import SEATED

    values = _validate_cohort(data)
    with transaction(engine) as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError("cohort_not_found", ref=str(cohort_id))
        seated = s.scalar(select(func.count()).where(
            Enrollment.cohort_id == cohort_id, Enrollment.status.in_(SEATED))) or 0
        if int(str(values["capacity"])) < seated:
            raise ValidationError("number_min", "capacity", value=values["capacity"], min=seated)
        return _cohort_row(s, _save_cohort(s, cohort, values))


def _save_cohort(s: Session, cohort: Cohort, values: dict[str, object]) -> int:
    key = compact(str(values["name"]))
    taken = s.scalar(select(Cohort.id).where(Cohort.name_key == key))
    if taken is not None and taken != cohort.id:
        raise ConflictError("cohort_name_taken", "name", value=values["name"])
    for k, value in values.items():
        setattr(cohort, k, value)
    cohort.name_key = key
    s.add(cohort)
    s.flush()
    return cohort.id


def _cohort_row(s: Session, cohort_id: int) -> CohortRow:
    from tierslieu.services.startups import cohort_rows

    return cohort_rows(s, [cohort_id])[0]


def cohort_id_by_name(engine: Engine, ref: str) -> int:
    """A cohort's id from its name (case- and accent-insensitive) or number."""
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        found = s.scalar(select(Cohort.id).where(Cohort.name_key == compact(ref)))
        if found is None and ref.strip().isdigit():
            found = s.scalar(select(Cohort.id).where(Cohort.id == int(ref.strip())))
        if found is None:
            raise NotFoundError("cohort_not_found", ref=ref)
        return int(found)


def startup_id_by_name(engine: Engine, ref: str) -> int:
    """An organisation of kind startup by name (any case or accents) or number."""
    security.require("incubation.read")
    with transaction(engine, readonly=True) as s:
        org = s.scalar(select(Organization).where(Organization.name_key == compact(ref)))
        if org is None and ref.strip().isdigit():
            org = s.get(Organization, int(ref.strip()))
        if org is None:
            raise NotFoundError("startup_not_found", ref=ref)
        if org.kind != "startup":
            raise ValidationError("not_a_startup", "startup", value=org.name, kind=org.kind)
        return org.id
