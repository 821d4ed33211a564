"""The matching engine against a brute-force optimum, on small random instances."""

from __future__ import annotations

import json
import random
from functools import cache
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tierslieu.services import matching as mt
from tierslieu.services.matching import MatchInput, MentorIn, StartupIn

TAGS = ("marketing", "finance", "tech", "legal", "sales")
LANGS = ("fr", "en", "es")


@st.composite
def instances(draw: st.DrawFn, pins: bool = False) -> MatchInput:
    n_s = draw(st.integers(1, 5))
    n_m = draw(st.integers(1, 5))
    startups = tuple(StartupIn(
        id=10 + i, organization_id=100 + i, name=f"S{i}",
        needs=tuple((t, draw(st.integers(1, 3)))
                    for t in draw(st.sets(st.sampled_from(TAGS), max_size=3))),
        sector=draw(st.sampled_from(("", "food", "health"))),
        stage=draw(st.sampled_from(("", "idea", "seed"))),
        languages=tuple(draw(st.lists(st.sampled_from(LANGS), min_size=1, max_size=2,
                                      unique=True))),
        wanted=draw(st.integers(1, 2))) for i in range(n_s))
    org_ids = [s.organization_id for s in startups]
    mentors = tuple(MentorIn(
        id=50 + j, name=f"M{j}",
        expertise=tuple((t, draw(st.integers(1, 3)))
                        for t in draw(st.sets(st.sampled_from(TAGS), max_size=3))),
        sectors=tuple(draw(st.sets(st.sampled_from(("food", "health"))))),
        stages=tuple(draw(st.sets(st.sampled_from(("idea", "seed"))))),
        languages=tuple(draw(st.lists(st.sampled_from(LANGS), min_size=1, max_size=2,
                                      unique=True))),
        capacity=draw(st.integers(1, 2)), load=draw(st.integers(0, 2)), max_startups=2,
        rating=draw(st.one_of(st.none(), st.floats(1, 5))),
        conflicts=tuple(draw(st.sets(st.sampled_from(org_ids), max_size=1))),
        exclusions=tuple(draw(st.sets(st.sampled_from(org_ids), max_size=1))))
        for j in range(n_m))
    pairs = [(s.id, m.id) for s in startups for m in mentors]
    past = tuple((s.organization_id, m.id) for s in startups for m in mentors
                 if draw(st.integers(0, 5)) == 0)
    weights = {k: draw(st.integers(0, 5)) for k in mt.CRITERIA}
    data = MatchInput(startups, mentors, weights, past_pairs=past,
                      excluded=tuple(p for p in pairs if draw(st.integers(0, 8)) == 0))
    if pins:
        # a pin is only asked for where it is possible (the others raise; tested apart)
        res = mt.solve(data)
        if res.pairs:
            chosen = draw(st.sampled_from(sorted(
                [(s.id, m.id) for s in startups for m in mentors
                 if mt.forbidden_reason(s, m) is None and (s.id, m.id) not in data.excluded])))
            data = MatchInput(startups, mentors, weights, pins=(chosen,), past_pairs=past,
                              excluded=data.excluded)
    return data


def brute_force(data: MatchInput) -> tuple[int, int]:
    """(filled slots, total score) of the best assignment, by exhaustive search."""
    ss = sorted(data.startups, key=lambda s: s.id)
    ms = sorted(data.mentors, key=lambda m: m.id)
    past = frozenset(data.past_pairs)
    pts = {(i, j): mt.score_pair(s, m, data.weights, past)[0]
           for i, s in enumerate(ss) for j, m in enumerate(ms)
           if mt.forbidden_reason(s, m) is None and (s.id, m.id) not in set(data.excluded)}
    caps = [m.capacity for m in ms]
    base = (0, 0)
    wanted = [s.wanted for s in ss]
    pinned = set()
    for sid, mid in data.pins:
        i = next(k for k, s in enumerate(ss) if s.id == sid)
        j = next(k for k, m in enumerate(ms) if m.id == mid)
        caps[j] -= 1
        wanted[i] -= 1
        pinned.add((i, j))
        base = (base[0] + 1, base[1] + pts[(i, j)])

    @cache
    def best(i: int, cap: tuple[int, ...]) -> tuple[int, int]:
        if i == len(ss):
            return (0, 0)
        options = [j for j in range(len(ms)) if (i, j) in pts and (i, j) not in pinned]
        top = (-1, -1)
        for k in range(0, max(0, wanted[i]) + 1):
            for group in combinations(options, k):
                if any(cap[j] <= 0 for j in group):
                    continue
                rest = list(cap)
                for j in group:
                    rest[j] -= 1
                sub = best(i + 1, tuple(rest))
                top = max(top, (sub[0] + k, sub[1] + sum(pts[(i, j)] for j in group)))
        return top

    sub = best(0, tuple(caps))
    return base[0] + sub[0], base[1] + sub[1]


def check_constraints(data: MatchInput, res: mt.MatchResult) -> None:
    s_by = {s.id: s for s in data.startups}
    m_by = {m.id: m for m in data.mentors}
    pairs = res.assignment()
    assert len(set(pairs)) == len(pairs)
    for sid, mid in pairs:
        assert mt.forbidden_reason(s_by[sid], m_by[mid]) is None
        assert (sid, mid) not in data.excluded
    for m in data.mentors:
        assert sum(1 for _, mid in pairs if mid == m.id) <= m.capacity
    for s in data.startups:
        assert sum(1 for sid, _ in pairs if sid == s.id) <= s.wanted
    for pin in data.pins:
        assert pin in pairs


@settings(max_examples=120, deadline=None)
@given(instances())
def test_engine_equals_brute_force_and_respects_constraints(data: MatchInput) -> None:
    res = mt.solve(data)
    assert (res.matched, res.total) == brute_force(data)
    check_constraints(data, res)
    for r in res.regrets:
        assert r.regret >= 0


@settings(max_examples=80, deadline=None)
@given(instances(pins=True))
def test_pins_are_honoured_and_optimal_around_them(data: MatchInput) -> None:
    res = mt.solve(data)
    check_constraints(data, res)
    assert (res.matched, res.total) == brute_force(data)
    assert all(p.pinned for p in res.pairs if (p.startup_id, p.mentor_id) in data.pins)


@settings(max_examples=60, deadline=None)
@given(instances(), st.randoms(use_true_random=False))
def test_same_snapshot_same_result(data: MatchInput, rnd: random.Random) -> None:
    first = mt.solve(data)
    shuffled = MatchInput(tuple(rnd.sample(data.startups, len(data.startups))),
                          tuple(rnd.sample(data.mentors, len(data.mentors))), data.weights,
                          past_pairs=data.past_pairs, excluded=data.excluded)
    again = mt.input_from_json(json.loads(json.dumps(mt.input_to_json(data))))
    assert again == data
    assert mt.solve(again) == first
    assert mt.solve(shuffled) == first


@settings(max_examples=80, deadline=None)
@given(instances(), st.data())
def test_why_not_loss_matches_a_forced_solve(data: MatchInput, draw: st.DataObject) -> None:
    s = draw.draw(st.sampled_from(data.startups))
    m = draw.draw(st.sampled_from(data.mentors))
    opt = mt.solve(data)
    answer = mt.why_not(data, s.id, m.id)
    if not answer.feasible:
        assert answer.reason is not None
        return
    forced = mt.solve(MatchInput(data.startups, data.mentors, data.weights, pins=((s.id, m.id),),
                                 past_pairs=data.past_pairs, excluded=data.excluded))
    assert answer.loss == opt.total - forced.total
    assert answer.lost_matches == opt.matched - forced.matched
    assert (answer.lost_matches, answer.loss) >= (0, 0)
    assert (s.id, m.id) in forced.assignment()
    assert set(answer.displaced) <= set(opt.assignment())


@settings(max_examples=80, deadline=None)
@given(instances())
def test_fair_keeps_the_matches_and_raises_the_worst_pair(data: MatchInput) -> None:
    plain = mt.solve(data)
    fair = mt.solve(MatchInput(data.startups, data.mentors, data.weights,
                               past_pairs=data.past_pairs, excluded=data.excluded, fair=True))
    check_constraints(data, fair)
    assert fair.matched == plain.matched
    if plain.pairs:
        assert fair.min_score is not None and plain.min_score is not None
        assert fair.min_score >= plain.min_score
        assert fair.total <= plain.total


def test_the_fair_option_gives_up_total_for_the_worst_startup() -> None:
    a = StartupIn(1, 11, needs=(("tech", 2), ("sales", 1)))
    b = StartupIn(2, 12, needs=(("legal", 2), ("tech", 1)))
    x = MentorIn(1, expertise=(("sales", 2), ("tech", 2)))
    y = MentorIn(2, expertise=(("tech", 1), ("sales", 2)))
    plain = mt.solve(MatchInput((a, b), (x, y), {"needs": 1}))
    fair = mt.solve(MatchInput((a, b), (x, y), {"needs": 1}, fair=True))
    assert (plain.assignment(), plain.total, plain.min_score) == (((1, 1), (2, 2)), 778, 111)
    assert (fair.assignment(), fair.total, fair.min_score) == (((1, 2), (2, 1)), 666, 222)


def test_unmatched_reasons_and_breakdown() -> None:
    fr = StartupIn(1, 11, needs=(("tech", 2),), wanted=2)
    ar = StartupIn(2, 12, languages=("ar",))
    conflicted = StartupIn(3, 13)
    x = MentorIn(1, expertise=(("tech", 3),), capacity=1, conflicts=(13,))
    res = mt.solve(MatchInput((fr, ar, conflicted), (x,), {"needs": 1, "language": 1}))
    assert res.assignment() == ((1, 1),)
    reasons = {u.startup_id: (u.reason, u.missing) for u in res.unmatched}
    assert reasons == {1: ("full", 1), 2: ("no_language", 1), 3: ("conflict", 1)}
    pair = res.pairs[0]
    assert pair.score == 1000
    assert dict((k, c) for k, _, c in pair.breakdown) == {
        "needs": 500, "language": 500, "sector": 0, "stage": 0, "load": 0, "rating": 0,
        "novelty": 0}


def test_impossible_pins_are_refused() -> None:
    s = StartupIn(1, 11)
    m = MentorIn(1, languages=("en",))
    with pytest.raises(mt.MatchingError) as err:
        mt.solve(MatchInput((s,), (m,), pins=((1, 1),)))
    assert err.value.key == "match_pin_forbidden"
    # a kept pair that became impossible is dropped and reported, not an error
    res = mt.solve(MatchInput((s,), (m,), keep=((1, 1),)))
    assert res.dropped_keep == ((1, 1),) and res.pairs == ()


def test_one_mentor_never_takes_two_slots_of_the_same_startup() -> None:
    # the slot trick alone would give both slots of S to the excellent mentor X
    s = StartupIn(1, 11, needs=(("tech", 3),), wanted=2)
    x = MentorIn(1, expertise=(("tech", 3),), capacity=2)
    y = MentorIn(2, expertise=(("tech", 1),), capacity=1)
    res = mt.solve(MatchInput((s,), (x, y), {"needs": 1}))
    assert res.assignment() == ((1, 1), (1, 2))
