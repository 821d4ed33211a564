"""Hackathon teams: balanced teams from an event's registrants, by skills.

The solver is exact, like the mentor matching engine (:mod:`tierslieu.services.matching`),
but a team is a group, not a pair, so the assignment is a small integer programme solved
with HiGHS (:func:`scipy.optimize.milp`, gap zero):

- ``x[p, t]`` = person p is in team t; ``y[s, t]`` = team t has skill s;
- everyone in exactly one team; ``T = ceil(n / team_size)`` teams whose sizes differ by
  at most one (``floor(n/T)`` to ``ceil(n/T)``);
- no two people of the same organisation in one team, unless allowed;
- ``y[s, t] <= Σ x[p, t]`` over the people p who have skill s;
- maximise ``Σ y``: the number of distinct skills per team, summed — complementary
  skills in every team, spread rather than piled up.

Teams are interchangeable, so person i may only join teams 0..i (the team numbers in order
of their first member): this symmetry cut keeps every optimum and makes HiGHS fast.
Teams are written as a draft: staff can move people (:func:`move_member`) until they are
published (:func:`publish`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    Event,
    Organization,
    PersonOrganization,
    PersonTag,
    Registration,
    Tag,
    Team,
    TeamMember,
)
from tierslieu.errors import ConflictError, NotFoundError, ValidationError
from tierslieu.text import fold


@dataclass(frozen=True)
class TeamPerson:
    id: int                               # the registration
    skills: tuple[str, ...] = ()          # folded tag keys
    orgs: tuple[int, ...] = ()            # organisation ids


@dataclass(frozen=True)
class TeamMemberRow:
    registration_id: int
    name: str
    skills: tuple[str, ...]
    organizations: tuple[str, ...]


@dataclass(frozen=True)
class TeamRow:
    id: int
    number: int
    name: str
    members: tuple[TeamMemberRow, ...]

    @property
    def skills(self) -> tuple[str, ...]:
        return tuple(sorted({s for m in self.members for s in m.skills}, key=fold))


class TeamsInfeasible(ValueError):
    """No split respects the organisation rule: ``org`` has more people than teams."""

    def __init__(self, org: int, count: int, teams: int) -> None:
        super().__init__(org, count, teams)
        self.org, self.count, self.teams = org, count, teams


# -- the solver ---------------------------------------------------------------------------

def team_count(n: int, team_size: int) -> int:
    return math.ceil(n / team_size) if n else 0


def coverage(teams: Sequence[Sequence[int]], people: Sequence[TeamPerson]) -> int:
    """The objective: distinct skills per team, summed."""
    skills = {p.id: set(p.skills) for p in people}
    return sum(len(set().union(*(skills[i] for i in team))) if team else 0 for team in teams)


def solve(people: Sequence[TeamPerson], team_size: int, *,
          allow_same_org: bool = False) -> list[list[int]]:
    """The optimal split into balanced teams: lists of registration ids, by team."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import lil_matrix

    if team_size < 1:
        raise ValueError("team_size must be at least 1")
    people = sorted(people, key=lambda p: p.id)
    n = len(people)
    teams = team_count(n, team_size)
    if teams == 0:
        return []
    lo, hi = n // teams, math.ceil(n / teams)
    skills = sorted({s for p in people for s in p.skills})
    orgs: dict[int, list[int]] = {}
    for i, p in enumerate(people):
        for o in set(p.orgs):
            orgs.setdefault(o, []).append(i)
    if not allow_same_org:
        for o, members in orgs.items():
            if len(members) > teams:
                raise TeamsInfeasible(o, len(members), teams)
    nx, ns = n * teams, len(skills) * teams

    def x(i: int, t: int) -> int:
        return i * teams + t

    def y(k: int, t: int) -> int:
        return nx + k * teams + t

    rows: list[tuple[dict[int, float], float, float]] = []
    for i in range(n):
        rows.append(({x(i, t): 1.0 for t in range(teams)}, 1, 1))
    for t in range(teams):
        rows.append(({x(i, t): 1.0 for i in range(n)}, lo, hi))
    index = {s: k for k, s in enumerate(skills)}
    having: dict[int, list[int]] = {}
    for i, p in enumerate(people):
        for s in set(p.skills):
            having.setdefault(index[s], []).append(i)
    for k, members in having.items():
        for t in range(teams):
            row = {y(k, t): 1.0} | {x(i, t): -1.0 for i in members}
            rows.append((row, -np.inf, 0))
    if not allow_same_org:
        for members in orgs.values():
            if len(members) > 1:
                for t in range(teams):
                    rows.append(({x(i, t): 1.0 for i in members}, -np.inf, 1))
    matrix = lil_matrix((len(rows), nx + ns))
    lower, upper = np.empty(len(rows)), np.empty(len(rows))
    for r, (coefs, low, up) in enumerate(rows):
        for col, val in coefs.items():
            matrix[r, col] = val
        lower[r], upper[r] = low, up
    ub = np.ones(nx + ns)
    for i in range(n):                      # symmetry cut: person i joins teams 0..i only
        for t in range(i + 1, teams):
            ub[x(i, t)] = 0
    cost = np.concatenate([np.zeros(nx), -np.ones(ns)])
    res = milp(cost, constraints=LinearConstraint(matrix.tocsr(), lower, upper),
               integrality=np.ones(nx + ns), bounds=Bounds(np.zeros(nx + ns), ub),
               options={"mip_rel_gap": 0.0})
    if res.x is None:
        raise TeamsInfeasible(0, 0, teams)
    out: list[list[int]] = [[] for _ in range(teams)]
    for i, p in enumerate(people):
        t = int(np.argmax(res.x[i * teams:(i + 1) * teams]))
        out[t].append(p.id)
    return out


# -- the service --------------------------------------------------------------------------

def _event(s: Session, event_id: int, *, editable: bool = False) -> Event:
    ev = s.get(Event, event_id)
    if ev is None:
        raise NotFoundError("event_not_found", ref=str(event_id))
    if editable and ev.teams_published_at is not None:
        raise ConflictError("teams_published", "teams", event=ev.title)
    return ev


def _participants(s: Session, event_id: int) -> tuple[list[TeamPerson], dict[int, str],
                                                       dict[int, list[str]], dict[int, str]]:
    regs = s.execute(select(Registration.id, Registration.person_id, Registration.name)
                     .where(Registration.event_id == event_id,
                            Registration.status == "registered")
                     .order_by(Registration.id)).all()
    pids = [r.person_id for r in regs if r.person_id]
    tags: dict[int, list[str]] = {}
    for pid, name in s.execute(select(PersonTag.person_id, Tag.name).join(Tag)
                               .where(PersonTag.person_id.in_(pids)).order_by(Tag.key)):
        tags.setdefault(pid, []).append(name)
    orgs: dict[int, list[int]] = {}
    org_names: dict[int, str] = {}
    for pid, oid, name in s.execute(select(PersonOrganization.person_id, Organization.id,
                                           Organization.name).join(Organization)
                                    .where(PersonOrganization.person_id.in_(pids))):
        orgs.setdefault(pid, []).append(oid)
        org_names[oid] = name
    people = [TeamPerson(r.id, tuple(fold(t) for t in tags.get(r.person_id or 0, ())),
                         tuple(sorted(orgs.get(r.person_id or 0, ())))) for r in regs]
    names = {r.id: r.name for r in regs}
    shown = {r.id: tags.get(r.person_id or 0, []) for r in regs}
    return people, names, shown, org_names


def form_teams(engine: Engine, event_id: int, *, team_size: int,
               allow_same_org: bool = False) -> list[TeamRow]:
    """Replace the event's draft teams with the optimal split of its registered people."""
    security.require("events.write")
    if isinstance(team_size, bool) or not isinstance(team_size, int) or team_size < 2:
        raise ValidationError("number_min", "team_size", value=team_size, min=2)
    with transaction(engine) as s:
        ev = _event(s, event_id, editable=True)
        people, _, _, org_names = _participants(s, ev.id)
        if not people:
            raise ValidationError("teams_no_participants", "event", event=ev.title)
        try:
            split = solve(people, team_size, allow_same_org=allow_same_org)
        except TeamsInfeasible as exc:
            raise ValidationError("teams_infeasible", "allow_same_org",
                                  org=org_names.get(exc.org, "?"), count=exc.count,
                                  teams=exc.teams) from None
        s.execute(delete(Team).where(Team.event_id == ev.id))
        for number, members in enumerate(split, start=1):
            team = Team(event_id=ev.id, number=number, name="", allow_same_org=allow_same_org)
            s.add(team)
            s.flush()
            for rid in members:
                s.add(TeamMember(team_id=team.id, registration_id=rid))
        s.flush()
        return _teams(s, ev.id)


def _teams(s: Session, event_id: int) -> list[TeamRow]:
    _, names, shown, _ = _participants(s, event_id)
    org_of: dict[int, list[str]] = {}
    for rid, name in s.execute(select(Registration.id, Organization.name)
                               .join(PersonOrganization,
                                     PersonOrganization.person_id == Registration.person_id)
                               .join(Organization)
                               .where(Registration.event_id == event_id)
                               .order_by(Organization.name_key)):
        org_of.setdefault(rid, []).append(name)
    members: dict[int, list[TeamMemberRow]] = {}
    for team_id, rid, name in s.execute(
            select(TeamMember.team_id, TeamMember.registration_id, Registration.name)
            .join(Registration, Registration.id == TeamMember.registration_id)
            .join(Team, Team.id == TeamMember.team_id)
            .where(Team.event_id == event_id, Registration.status == "registered")
            .order_by(Registration.name)):
        members.setdefault(team_id, []).append(TeamMemberRow(
            rid, names.get(rid, name), tuple(shown.get(rid, ())), tuple(org_of.get(rid, ()))))
    return [TeamRow(t.id, t.number, t.name, tuple(members.get(t.id, ())))
            for t in s.scalars(select(Team).where(Team.event_id == event_id)
                               .order_by(Team.number))]


def teams(engine: Engine, event_id: int) -> list[TeamRow]:
    security.require("events.read")
    with transaction(engine, readonly=True) as s:
        _event(s, event_id)
        return _teams(s, event_id)


def move_member(engine: Engine, event_id: int, registration_id: int,
                team_number: int) -> list[TeamRow]:
    """Move someone to another draft team; the organisation rule still holds unless the
    teams were formed allowing colleagues together."""
    security.require("events.write")
    with transaction(engine) as s:
        ev = _event(s, event_id, editable=True)
        target = s.scalar(select(Team).where(Team.event_id == ev.id,
                                             Team.number == team_number))
        link = s.scalar(select(TeamMember).join(Team, Team.id == TeamMember.team_id)
                        .where(Team.event_id == ev.id,
                               TeamMember.registration_id == registration_id))
        if target is None:
            raise NotFoundError("team_not_found", ref=str(team_number))
        if link is None:
            raise NotFoundError("registration_not_found", ref=str(registration_id))
        if link.team_id == target.id:
            return _teams(s, ev.id)
        if not target.allow_same_org:
            people = {p.id: p for p in _participants(s, ev.id)[0]}
            mine = set(people[registration_id].orgs) if registration_id in people else set()
            others = s.scalars(select(TeamMember.registration_id)
                               .where(TeamMember.team_id == target.id))
            clash = [r for r in others if mine & set(people.get(r, TeamPerson(r)).orgs)]
            if clash:
                raise ValidationError("team_same_org", "team", team=team_number)
        s.delete(link)
        s.flush()
        s.add(TeamMember(team_id=target.id, registration_id=registration_id))
        s.flush()
        return _teams(s, ev.id)


def publish(engine: Engine, event_id: int, *, now: datetime | None = None) -> list[TeamRow]:
    """Freeze the teams: no more moves or re-forming."""
    security.require("events.write")
    with transaction(engine) as s:
        ev = _event(s, event_id, editable=True)
        found = _teams(s, ev.id)
        if not found:
            raise ValidationError("teams_none", "teams", event=ev.title)
        ev.teams_published_at = (now or datetime.now(UTC)).astimezone(UTC)
        return found
