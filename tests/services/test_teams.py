"""Hackathon teams: the exact solver against brute force, the size and organisation rules,
and the draft teams service (form, move, publish) on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, time

import pytest

from tierslieu.errors import ConflictError, ValidationError
from tierslieu.services import events, members, organizations, sites, spaces, teams
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.services.events import EventInput
from tierslieu.services.spaces import ResourceInput
from tierslieu.services.teams import TeamPerson, TeamsInfeasible

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _partitions(ids: list[int], sizes: list[int]):  # type: ignore[no-untyped-def]
    """Every split of ids into teams of the given sizes (teams unordered)."""
    if not sizes:
        yield []
        return
    first, rest = ids[0], ids[1:]
    for others in itertools.combinations(rest, sizes[0] - 1):
        team = [first, *others]
        left = [i for i in rest if i not in others]
        for tail in _partitions(left, sizes[1:]):
            yield [team, *tail]


def _allowed(split, people, allow_same_org: bool) -> bool:  # type: ignore[no-untyped-def]
    if allow_same_org:
        return True
    orgs = {p.id: set(p.orgs) for p in people}
    return all(not (orgs[a] & orgs[b]) for team in split
               for a, b in itertools.combinations(team, 2))


def _brute(people, size, allow_same_org):  # type: ignore[no-untyped-def]
    n = len(people)
    t = teams.team_count(n, size)
    base, extra = divmod(n, t)
    sizes = [base + 1] * extra + [base] * (t - extra)
    best = -1
    # the first person's team takes each size in turn (teams of equal size are alike)
    for order in set(itertools.permutations(sizes)):
        for split in _partitions([p.id for p in people], list(order)):
            if _allowed(split, people, allow_same_org):
                best = max(best, teams.coverage(split, people))
    return best


SKILLS = ["python", "design", "hardware", "marketing", "finance", "data"]


@pytest.mark.parametrize("seed", range(8))
def test_solver_is_optimal_on_small_cases(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.choice([5, 6, 7])
    size = rng.choice([2, 3])
    people = [TeamPerson(i + 1, tuple(rng.sample(SKILLS, rng.randint(0, 3))),
                         (rng.choice([10, 11, 12, 13, 14]),) if rng.random() < 0.7 else ())
              for i in range(n)]
    allow = seed % 3 == 0
    try:
        split = teams.solve(people, size, allow_same_org=allow)
    except TeamsInfeasible:
        assert _brute(people, size, allow) == -1
        return
    sizes = sorted(len(t) for t in split)
    assert sum(sizes) == n and sizes[-1] - sizes[0] <= 1 and sizes[-1] <= size
    assert sorted(i for t in split for i in t) == [p.id for p in people]
    assert _allowed(split, people, allow)
    assert teams.coverage(split, people) == _brute(people, size, allow)


def test_complementary_skills_are_spread() -> None:
    people = [TeamPerson(1, ("python",)), TeamPerson(2, ("python",)),
              TeamPerson(3, ("design",)), TeamPerson(4, ("design",))]
    split = teams.solve(people, 2)
    assert sorted(sorted(t) for t in split) == [[1, 3], [2, 4]] or \
        sorted(sorted(t) for t in split) == [[1, 4], [2, 3]]


def test_too_many_colleagues_is_infeasible() -> None:
    people = [TeamPerson(i, (), (7,)) for i in range(1, 4)] + [TeamPerson(4)]
    with pytest.raises(TeamsInfeasible) as err:
        teams.solve(people, 2)       # 3 people of org 7, only 2 teams
    assert (err.value.org, err.value.count, err.value.teams) == (7, 3, 2)
    assert len(teams.solve(people, 2, allow_same_org=True)) == 2


# -- the service --------------------------------------------------------------------------

@pytest.fixture
def hackathon(engine):  # type: ignore[no-untyped-def]
    site = sites.create(engine, "La Fabrique")
    spaces.set_opening_hours(engine, site.id, {d: [(time(8), time(20))] for d in range(7)})
    hall = spaces.create_resource(engine, ResourceInput(site.id, "Grande halle", "event_hall",
                                                        capacity=120))
    ev = events.create_event(engine, EventInput(
        "Hackathon climat", "hackathon", datetime(2026, 12, 5, 9), datetime(2026, 12, 5, 19),
        (hall.id,), capacity=50), now=NOW)
    org = organizations.create(engine, OrganizationInput(name="Kalmi", kind="startup"))
    skills = [("python", "data"), ("design",), ("python",), ("hardware", "design"),
              ("marketing",), ("finance", "data")]
    regs = []
    for i, tags in enumerate(skills):
        p = members.create(engine, PersonInput(
            first_name=f"P{i}", last_name="Test", email=f"p{i}@exemple.fr", tags=tags,
            organization="Kalmi" if i < 2 else None))
        regs.append(events.register(engine, ev.id, person_id=p.id, now=NOW))
    regs.append(events.register(engine, ev.id, name="Ana Lima", email="ana@dehors.example",
                                now=NOW))
    return {"engine": engine, "event": ev, "regs": regs, "org": org}


def test_form_teams_respects_size_and_organisation(hackathon) -> None:  # type: ignore[no-untyped-def]
    e, ev = hackathon["engine"], hackathon["event"]
    made = teams.form_teams(e, ev.id, team_size=3)
    assert [t.number for t in made] == [1, 2, 3]
    assert sorted(len(t.members) for t in made) == [2, 2, 3]
    colleagues = {hackathon["regs"][0].id, hackathon["regs"][1].id}
    for t in made:
        assert len(colleagues & {m.registration_id for m in t.members}) <= 1
    assert sum(len(t.skills) for t in made) == 9    # every team gets complementary skills
    assert teams.teams(e, ev.id) == made


def test_move_keeps_the_rule_and_publish_freezes(hackathon) -> None:  # type: ignore[no-untyped-def]
    e, ev, regs = hackathon["engine"], hackathon["event"], hackathon["regs"]
    made = teams.form_teams(e, ev.id, team_size=3)
    home = {m.registration_id: t.number for t in made for m in t.members}
    colleague_team = home[regs[1].id]
    with pytest.raises(ValidationError) as err:
        teams.move_member(e, ev.id, regs[0].id, colleague_team)
    assert err.value.key == "team_same_org"
    other = next(t.number for t in made if t.number not in (home[regs[0].id], colleague_team))
    moved = teams.move_member(e, ev.id, regs[0].id, other)
    assert regs[0].id in {m.registration_id for t in moved if t.number == other
                          for m in t.members}
    teams.publish(e, ev.id, now=NOW)
    with pytest.raises(ConflictError):
        teams.move_member(e, ev.id, regs[0].id, home[regs[0].id])
    with pytest.raises(ConflictError):
        teams.form_teams(e, ev.id, team_size=3)


def test_form_teams_refuses_bad_input(hackathon) -> None:  # type: ignore[no-untyped-def]
    e, ev = hackathon["engine"], hackathon["event"]
    with pytest.raises(ValidationError):
        teams.form_teams(e, ev.id, team_size=1)
    with pytest.raises(ValidationError) as err:      # 2 colleagues, 1 team of 7
        teams.form_teams(e, ev.id, team_size=7)
    assert err.value.key == "teams_infeasible" and "Kalmi" in err.value.message()
    assert len(teams.form_teams(e, ev.id, team_size=7, allow_same_org=True)) == 1
