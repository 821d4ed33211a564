"""The mentor matching engine: pure functions, no database.

Input: startups (one per enrollment, with needs and how many mentors they want) and
mentors (expertise, languages, capacity...). Output: the assignment that maximises, in
this order, (1) the number of filled slots, then (2) the total score, under the hard
constraints: capacity, a shared language, no conflict of interest, no exclusion, at most
one slot of a startup per mentor, admin pins and kept pairs.

How it is solved (exact, no heuristic): each startup is repeated ``wanted`` times (slots)
and each mentor ``capacity`` times (copies); :func:`scipy.optimize.linear_sum_assignment`
maximises ``BIG + points`` over allowed cells (forbidden cells are worth 0, i.e. "left
empty"), BIG being larger than any sum of points, so cardinality comes first. The slot
trick alone may give one mentor two slots of the same startup. When it does not, its
optimum is feasible, hence optimal. When it does, the same objective is solved as a
b-matching (each pair at most once) with HiGHS (dual simplex, :func:`scipy.optimize.linprog`): the
bipartite constraint matrix is totally unimodular, so the LP optimum is integral and
exact. Both are deterministic; a given input always takes the same path.

Scores are integers in per mille (0-1000) so totals compare exactly and runs are
reproducible; ``score = round(1000 × Σ w_k·c_k / Σ w_k)`` with each criterion c_k ∈ [0, 1].

Fairness (``fair=True``): maximise the worst *pair* score first (a startup's weakest
mentor), keeping the maximal number of filled slots: binary search on a threshold t over
the distinct pair scores, keeping only pairs scoring ≥ t (pins excepted), then maximise
the total among them. With one mentor per startup this is exactly "the worst startup's
score".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

CRITERIA = ("needs", "sector", "stage", "language", "load", "rating", "novelty")
DEFAULT_WEIGHTS: dict[str, int] = {"needs": 5, "sector": 2, "stage": 1, "language": 1,
                                   "load": 1, "rating": 1, "novelty": 1}
# reasons a startup keeps empty slots, and why a pair is forbidden
REASONS = ("no_language", "conflict", "full")


@dataclass(frozen=True)
class MentorIn:
    id: int
    name: str = ""
    expertise: tuple[tuple[str, int], ...] = ()      # (tag, level 1-3)
    sectors: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("fr",)
    capacity: int = 1                                # slots free for this run
    load: int = 0                                    # startups already followed elsewhere
    max_startups: int = 1                            # the profile's capacity, for the load
    rating: float | None = None                      # mean past rating 1-5, None if none
    conflicts: tuple[int, ...] = ()                  # organisation ids
    exclusions: tuple[int, ...] = ()                 # organisation ids


@dataclass(frozen=True)
class StartupIn:
    id: int                                          # the enrollment
    organization_id: int = 0
    name: str = ""
    needs: tuple[tuple[str, int], ...] = ()          # (tag, priority 1-3)
    sector: str = ""
    stage: str = ""
    languages: tuple[str, ...] = ("fr",)             # the first one is preferred
    wanted: int = 1


@dataclass(frozen=True)
class MatchInput:
    startups: tuple[StartupIn, ...]
    mentors: tuple[MentorIn, ...]
    weights: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    pins: tuple[tuple[int, int], ...] = ()           # (startup id, mentor id), forced
    keep: tuple[tuple[int, int], ...] = ()           # existing pairs to keep (= pins)
    excluded: tuple[tuple[int, int], ...] = ()       # pairs the admin ruled out
    past_pairs: tuple[tuple[int, int], ...] = ()     # (organization id, mentor id)
    fair: bool = False


@dataclass(frozen=True)
class Pair:
    startup_id: int
    mentor_id: int
    score: int                                       # per mille
    breakdown: tuple[tuple[str, int, int], ...]      # (criterion, value ‰, contribution ‰)
    pinned: bool = False


@dataclass(frozen=True)
class Unmatched:
    startup_id: int
    missing: int
    reason: str                                      # one of REASONS


@dataclass(frozen=True)
class Regret:
    startup_id: int
    best: int
    assigned: int

    @property
    def regret(self) -> int:
        return self.best - self.assigned


@dataclass(frozen=True)
class MatchResult:
    pairs: tuple[Pair, ...]
    unmatched: tuple[Unmatched, ...]
    regrets: tuple[Regret, ...]
    total: int
    matched: int
    min_score: int | None
    fair: bool
    dropped_keep: tuple[tuple[int, int], ...] = ()   # kept pairs no longer allowed

    def assignment(self) -> tuple[tuple[int, int], ...]:
        return tuple((p.startup_id, p.mentor_id) for p in self.pairs)


@dataclass(frozen=True)
class WhyNot:
    startup_id: int
    mentor_id: int
    feasible: bool
    reason: str | None                               # why the pair is impossible
    loss: int                                        # total(optimal) − total(forced), ‰
    lost_matches: int                                # filled slots lost by forcing
    score: int                                       # the forced pair's own score
    displaced: tuple[tuple[int, int], ...]           # pairs of the optimum that go
    added: tuple[tuple[int, int], ...]               # pairs that replace them


class MatchingError(ValueError):
    """An impossible pin: ``key`` is a message key, ``pair`` the (startup, mentor)."""

    def __init__(self, key: str, pair: tuple[int, int]) -> None:
        super().__init__(key, pair)
        self.key, self.pair = key, pair


# -- scoring -----------------------------------------------------------------------------

def forbidden_reason(s: StartupIn, m: MentorIn) -> str | None:
    if not set(s.languages) & set(m.languages):
        return "no_language"
    if s.organization_id in m.conflicts or s.organization_id in m.exclusions:
        return "conflict"
    return None


def criteria(s: StartupIn, m: MentorIn, past: frozenset[tuple[int, int]]) -> dict[str, float]:
    levels = dict(m.expertise)
    weight = sum(p for _, p in s.needs)
    needs = (sum(p * min(levels.get(t, 0), 3) / 3 for t, p in s.needs) / weight
             if weight else 0.0)
    lang = (1.0 if s.languages and s.languages[0] in m.languages
            else 0.5 if set(s.languages) & set(m.languages) else 0.0)
    load = 1.0 - min(m.load, m.max_startups) / m.max_startups if m.max_startups > 0 else 0.0
    return {
        "needs": needs,
        "sector": 1.0 if s.sector and s.sector in m.sectors else 0.0,
        "stage": 1.0 if s.stage and s.stage in m.stages else 0.0,
        "language": lang,
        "load": load,
        "rating": 0.5 if m.rating is None else (min(max(m.rating, 1), 5) - 1) / 4,
        "novelty": 0.0 if (s.organization_id, m.id) in past else 1.0,
    }


def score_pair(s: StartupIn, m: MentorIn, weights: Mapping[str, int],
               past: frozenset[tuple[int, int]] = frozenset()
               ) -> tuple[int, tuple[tuple[str, int, int], ...]]:
    """The pair's score in per mille and its breakdown by criterion."""
    return _scored(criteria(s, m, past), _weights(weights))


def _weights(weights: Mapping[str, int]) -> tuple[int, ...]:
    """The weights in :data:`CRITERIA`'s order, negative ones as 0."""
    return tuple(max(0, int(weights.get(k, 0))) for k in CRITERIA)


def _scored(values: Mapping[str, float], w: tuple[int, ...]
            ) -> tuple[int, tuple[tuple[str, int, int], ...]]:
    wsum = sum(w)
    if wsum == 0:
        return 0, tuple((k, round(1000 * values[k]), 0) for k in CRITERIA)
    raw = sum(wk * values[k] for wk, k in zip(w, CRITERIA, strict=True))
    parts = tuple((k, round(1000 * values[k]), round(1000 * wk * values[k] / wsum))
                  for wk, k in zip(w, CRITERIA, strict=True))
    return round(1000 * raw / wsum), parts


# -- the solver --------------------------------------------------------------------------

@dataclass
class _Problem:
    points: np.ndarray          # int64 [n_startups, n_mentors], -1 where forbidden
    wanted: np.ndarray          # int64 [n_startups]
    capacity: np.ndarray        # int64 [n_mentors]


def _relax(p: _Problem, big: int) -> tuple[int, list[tuple[int, int]]]:
    """The slot/copy assignment (mentor may repeat on a startup): value and pairs."""
    rows = np.repeat(np.arange(len(p.wanted)), np.maximum(p.wanted, 0))
    cols = np.repeat(np.arange(len(p.capacity)), np.maximum(p.capacity, 0))
    if len(rows) == 0 or len(cols) == 0:
        return 0, []
    gain = np.where(p.points >= 0, p.points + big, 0)
    matrix = gain[np.ix_(rows, cols)]
    r, c = linear_sum_assignment(matrix, maximize=True)
    keep = matrix[r, c] > 0
    pairs = sorted(zip(rows[r[keep]].tolist(), cols[c[keep]].tolist(), strict=True))
    return int(matrix[r, c].sum()), pairs


def _solve(p: _Problem) -> list[tuple[int, int]]:
    """Exact optimum of (filled slots, total points) with one slot per (startup, mentor)."""
    big = int(max(1, p.points.max(initial=0))) * int(max(1, p.wanted.sum())) + 1
    _, pairs = _relax(p, big)
    if all(a != b for a, b in zip(pairs, pairs[1:], strict=False)):
        return pairs                       # the relaxation's optimum is feasible: optimal
    return _solve_flow(p, big, sorted(set(pairs)))


def _solve_flow(p: _Problem, big: int, start: list[tuple[int, int]] | None = None
                ) -> list[tuple[int, int]]:
    """The same objective as a b-matching with unit pairs, solved by HiGHS.

    The constraint matrix (startup rows, mentor rows) of a bipartite graph is totally
    unimodular, so the simplex's optimal vertex is integral; should tolerances ever leave a
    fraction, the MIP (gap zero: BIG makes objective values large) settles it.

    Column generation keeps the LP small (500 × 200 allowed pairs made it take 0.4 s): it
    starts from each startup's and each mentor's best pairs (and ``start``, the
    relaxation's), and adds every left-out pair whose reduced cost under the LP's duals
    could improve it, until there is none: the restricted optimum is then optimal for all
    pairs (LP duality). With integer data the duals are integers, so a left-out pair
    improves by at least 1 or not at all.
    """
    ii, jj = np.nonzero(p.points >= 0)
    if len(ii) == 0:
        return []
    gain = p.points[ii, jj].astype(float) + big
    keep = _candidates(p, ii, jj, start or [])
    while True:
        chosen, duals = _restricted_lp(p, ii[keep], jj[keep], gain[keep])
        if duals is None:
            break
        y_s, y_m = duals
        improving = ~keep & (-gain - y_s[ii] - y_m[jj] < -0.5)
        if not improving.any():
            break
        keep |= improving
    return chosen


def _candidates(p: _Problem, ii: np.ndarray, jj: np.ndarray,
                start: list[tuple[int, int]]) -> np.ndarray:
    """The allowed pairs to start from: each side's best (twice its slots, plus a few)."""
    pts = p.points
    dense = (_rank(pts, 1) < (2 * p.wanted + 5)[:, None]) \
        | (_rank(pts, 0) < (2 * p.capacity + 5)[None, :])
    keep = dense[ii, jj]
    if start:
        position = np.full(p.points.shape, -1)
        position[ii, jj] = np.arange(len(ii))
        found = position[tuple(np.array(start).T)]
        keep[found[found >= 0]] = True
    return keep


def _rank(points: np.ndarray, axis: int) -> np.ndarray:
    """Each cell's place along ``axis``, best first, ties by position (one stable sort
    and its inverse permutation, instead of sorting the sort)."""
    order = np.argsort(-points, axis=axis, kind="stable")
    rank = np.empty_like(order)
    places = np.arange(points.shape[axis])
    np.put_along_axis(rank, order, places[:, None] if axis == 0 else places[None, :],
                      axis=axis)
    return rank


def _restricted_lp(p: _Problem, ii: np.ndarray, jj: np.ndarray, gain: np.ndarray
                   ) -> tuple[list[tuple[int, int]], tuple[np.ndarray, np.ndarray] | None]:
    """The LP on these pairs: its (integral) optimum and the constraints' duals (None
    when the MIP guard had to settle a fraction: no duals then, and no more columns)."""
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp
    from scipy.sparse import coo_matrix, vstack

    n = len(ii)
    cols = np.arange(n)
    rows_s = coo_matrix((np.ones(n), (ii, cols)), shape=(len(p.wanted), n))
    rows_m = coo_matrix((np.ones(n), (jj, cols)), shape=(len(p.capacity), n))
    matrix = vstack([rows_s, rows_m]).tocsr()
    upper = np.concatenate([np.maximum(p.wanted, 0), np.maximum(p.capacity, 0)]).astype(float)
    cost = -gain
    res = linprog(cost, A_ub=matrix, b_ub=upper, bounds=(0, 1), method="highs-ds")
    x = res.x
    duals: tuple[np.ndarray, np.ndarray] | None = None
    if x is not None and np.abs(x - np.round(x)).max(initial=0) <= 1e-6:
        y = res.ineqlin.marginals
        duals = (y[:len(p.wanted)], y[len(p.wanted):])
    else:
        # a simplex vertex is integral here; the MIP is only a guard against tolerances
        res = milp(cost, constraints=LinearConstraint(matrix, -np.inf, upper),
                   integrality=np.ones(n), bounds=Bounds(0, 1),
                   options={"mip_rel_gap": 0.0})
        if res.x is None:  # pragma: no cover - x = 0 is always feasible
            raise RuntimeError(f"HiGHS failed: {res.message}")
    chosen = res.x > 0.5
    return sorted(zip(ii[chosen].tolist(), jj[chosen].tolist(), strict=True)), duals


# -- the public API ----------------------------------------------------------------------

def _sorted(data: MatchInput) -> MatchInput:
    return replace(data, startups=tuple(sorted(data.startups, key=lambda s: s.id)),
                   mentors=tuple(sorted(data.mentors, key=lambda m: m.id)))


def _matrix(data: MatchInput) -> np.ndarray:
    """Points of every allowed pair, -1 where forbidden (breakdowns only for the chosen).

    Vectorised over startups × mentors (500 × 200 took 100,000 Python calls): each
    criterion is a matrix computed with the same float operations, in the same order, as
    :func:`criteria` and :func:`score_pair`, so every cell equals ``score_pair``'s score
    exactly (tests/services/test_matching.py checks it against brute force).
    """
    ss, ms = data.startups, data.mentors
    n_s, n_m = len(ss), len(ms)
    points = np.full((n_s, n_m), -1, dtype=np.int64)
    if n_s == 0 or n_m == 0:
        return points
    weights = {k: max(0, int(data.weights.get(k, 0))) for k in CRITERIA}
    wsum = sum(weights.values())
    lang_ok, lang = _language(ss, ms)
    allowed = lang_ok & ~_conflicts(ss, ms, set(data.excluded))
    if wsum == 0:
        return np.where(allowed, 0, -1).astype(np.int64)
    values = {"needs": _needs(ss, ms), "language": lang,
              "sector": _member(ss, ms, lambda s: s.sector, lambda m: m.sectors),
              "stage": _member(ss, ms, lambda s: s.stage, lambda m: m.stages)}
    load = np.array([1.0 - min(m.load, m.max_startups) / m.max_startups
                     if m.max_startups > 0 else 0.0 for m in ms])
    rating = np.array([0.5 if m.rating is None else (min(max(m.rating, 1), 5) - 1) / 4
                       for m in ms])
    values["load"] = np.broadcast_to(load, (n_s, n_m))
    values["rating"] = np.broadcast_to(rating, (n_s, n_m))
    novelty = np.ones((n_s, n_m))
    by_org: dict[int, list[int]] = {}
    for i, s in enumerate(ss):
        by_org.setdefault(s.organization_id, []).append(i)
    m_index = {m.id: j for j, m in enumerate(ms)}
    for org, mid in set(data.past_pairs):
        if mid in m_index:
            novelty[by_org.get(org, []), m_index[mid]] = 0.0
    values["novelty"] = novelty
    raw = np.zeros((n_s, n_m))
    for k in CRITERIA:            # summed in score_pair's order: the same rounding
        raw = raw + weights[k] * values[k]
    scored = np.round(1000 * raw / wsum).astype(np.int64)
    return np.where(allowed, scored, points)


def _language(ss: tuple[StartupIn, ...], ms: tuple[MentorIn, ...]
              ) -> tuple[np.ndarray, np.ndarray]:
    """(a shared language, the language criterion: 1 preferred, 0.5 another shared)."""
    codes = {c: n for n, c in enumerate(dict.fromkeys(
        [c for s in ss for c in s.languages] + [c for m in ms for c in m.languages]))}
    s_has = np.zeros((len(ss), len(codes) + 1), dtype=bool)
    m_has = np.zeros((len(ms), len(codes) + 1), dtype=bool)   # last column: "none"
    for i, s in enumerate(ss):
        s_has[i, [codes[c] for c in s.languages]] = True
    for j, m in enumerate(ms):
        m_has[j, [codes[c] for c in m.languages]] = True
    shared = (s_has.astype(np.int64) @ m_has.T.astype(np.int64)) > 0
    first = np.array([codes[s.languages[0]] if s.languages else len(codes) for s in ss])
    preferred = m_has.T[first]                               # [startup, mentor]
    return shared, np.where(preferred, 1.0, np.where(shared, 0.5, 0.0))


def _conflicts(ss: tuple[StartupIn, ...], ms: tuple[MentorIn, ...],
               excluded: set[tuple[int, int]]) -> np.ndarray:
    out = np.zeros((len(ss), len(ms)), dtype=bool)
    by_org: dict[int, list[int]] = {}
    for i, s in enumerate(ss):
        by_org.setdefault(s.organization_id, []).append(i)
    s_index = {s.id: i for i, s in enumerate(ss)}
    m_index = {m.id: j for j, m in enumerate(ms)}
    for j, m in enumerate(ms):
        for org in (*m.conflicts, *m.exclusions):
            out[by_org.get(org, []), j] = True
    for sid, mid in excluded:
        if sid in s_index and mid in m_index:
            out[s_index[sid], m_index[mid]] = True
    return out


def _member(ss: tuple[StartupIn, ...], ms: tuple[MentorIn, ...], one: Any, many: Any
            ) -> np.ndarray:
    """1.0 where the startup's (non-empty) value is among the mentor's, else 0.0."""
    codes = {c: n for n, c in enumerate(dict.fromkeys(one(s) for s in ss if one(s)))}
    m_has = np.zeros((len(ms), len(codes) + 1), dtype=bool)   # last column: "none"
    for j, m in enumerate(ms):
        m_has[j, [codes[c] for c in many(m) if c in codes]] = True
    mine = np.array([codes[one(s)] if one(s) else len(codes) for s in ss])
    return np.where(m_has.T[mine], 1.0, 0.0)


def _needs(ss: tuple[StartupIn, ...], ms: tuple[MentorIn, ...]) -> np.ndarray:
    """Σ priority × min(level, 3) / 3 over the needs, / Σ priority (as :func:`criteria`)."""
    tags = {t: n for n, t in enumerate(dict.fromkeys(
        t for x in ss for t, _ in x.needs))}
    levels = np.zeros((len(ms), len(tags) + 1), dtype=np.int64)   # last column: padding
    for j, m in enumerate(ms):
        for t, level in dict(m.expertise).items():
            if t in tags:
                levels[j, tags[t]] = min(level, 3)
    width = max((len(s.needs) for s in ss), default=0)
    tag = np.full((len(ss), width), len(tags))
    prio = np.zeros((len(ss), width), dtype=np.int64)
    for i, s in enumerate(ss):
        for k, (t, p) in enumerate(s.needs):
            tag[i, k], prio[i, k] = tags[t], p
    total = np.zeros((len(ss), len(ms)))
    for k in range(width):        # left to right, as Python's sum(): identical floats
        total = total + prio[:, k, None] * levels.T[tag[:, k]] / 3
    weight = prio.sum(axis=1)
    return np.where(weight[:, None] > 0, total / np.maximum(weight, 1)[:, None], 0.0)


def solve(data: MatchInput, *, force: tuple[int, int] | None = None) -> MatchResult:
    """The optimal assignment; ``force`` adds one pin (for "why not")."""
    data = _sorted(data)
    s_index = {s.id: i for i, s in enumerate(data.startups)}
    m_index = {m.id: j for j, m in enumerate(data.mentors)}
    points = _matrix(data)
    wanted = np.array([max(0, s.wanted) for s in data.startups], dtype=np.int64)
    capacity = np.array([max(0, m.capacity) for m in data.mentors], dtype=np.int64)
    free = points.copy()
    pinned: list[tuple[int, int]] = []
    dropped: list[tuple[int, int]] = []
    pins = [(p, True) for p in data.pins] + [(p, False) for p in data.keep]
    if force is not None:
        pins.insert(0, (force, True))
    for (sid, mid), strict in pins:
        i, j = s_index.get(sid), m_index.get(mid)
        if i is None or j is None:
            if strict:
                raise MatchingError("match_pin_unknown", (sid, mid))
            dropped.append((sid, mid))
            continue
        reason = None if points[i, j] >= 0 else "match_pin_forbidden"
        if reason is None and (i, j) in pinned:
            continue
        if reason is None and (wanted[i] <= 0 or capacity[j] <= 0):
            reason = "match_pin_full"
        if reason:
            if strict:
                raise MatchingError(reason, (sid, mid))
            dropped.append((sid, mid))
            continue
        pinned.append((i, j))
        wanted[i] -= 1
        capacity[j] -= 1
        free[i, j] = -1
    if data.fair:
        free = _fair_restriction(free, wanted, capacity)
    chosen = _solve(_Problem(free, wanted, capacity))
    return _result(data, pinned, chosen, points, dropped)


def _fair_restriction(points: np.ndarray, wanted: np.ndarray, capacity: np.ndarray
                      ) -> np.ndarray:
    """Forbid the pairs below the highest threshold that still fills as many slots."""
    target = len(_solve(_Problem(points, wanted, capacity)))
    levels = np.unique(points[points >= 0])
    lo, hi = 0, len(levels) - 1            # levels[lo] always keeps the target
    while lo < hi:
        mid = (lo + hi + 1) // 2
        cut = np.where(points >= levels[mid], points, -1)
        if len(_solve(_Problem(cut, wanted, capacity))) == target:
            lo = mid
        else:
            hi = mid - 1
    return np.where(points >= levels[lo], points, -1) if len(levels) else points


def _result(data: MatchInput, pinned: list[tuple[int, int]], chosen: list[tuple[int, int]],
            points: np.ndarray, dropped: list[tuple[int, int]]) -> MatchResult:
    pairs = []
    past = frozenset(data.past_pairs)
    w = _weights(data.weights)
    for (i, j), is_pin in sorted([(c, True) for c in pinned] + [(c, False) for c in chosen]):
        pts, parts = _scored(criteria(data.startups[i], data.mentors[j], past), w)
        pairs.append(Pair(data.startups[i].id, data.mentors[j].id, pts, parts, is_pin))
    filled = {i: 0 for i in range(len(data.startups))}
    got = dict.fromkeys(range(len(data.startups)), 0)
    for i, j in pinned + chosen:
        filled[i] += 1
        got[i] += int(points[i, j])
    used = dict.fromkeys(range(len(data.mentors)), 0)
    for _, j in pinned + chosen:
        used[j] += 1
    unmatched, regrets = [], []
    # each row's best points, best first, as far as the most slots any startup wants
    most = min(max((s.wanted for s in data.startups), default=0), points.shape[1])
    gains = -np.where(points >= 0, points, 0)
    best = -np.sort(np.partition(gains, most - 1, axis=1)[:, :most] if 0 < most < gains.shape[1]
                    else gains, axis=1)
    spoken = {c for m in data.mentors for c in m.languages}
    for i, s in enumerate(data.startups):
        regrets.append(Regret(s.id, int(best[i, :max(0, s.wanted)].sum()), got[i]))
        missing = max(0, s.wanted) - filled[i]
        if missing > 0:
            why = ("no_language" if not set(s.languages) & spoken
                   else "conflict" if not (points[i] >= 0).any() else "full")
            unmatched.append(Unmatched(s.id, missing, why))
    scores = [p.score for p in pairs]
    return MatchResult(tuple(pairs), tuple(unmatched), tuple(regrets), sum(scores),
                       len(pairs), min(scores) if scores else None, data.fair, tuple(dropped))


def why_not(data: MatchInput, startup_id: int, mentor_id: int,
            optimum: MatchResult | None = None) -> WhyNot:
    """Solve again with the pair forced: the loss and who would be displaced."""
    data = _sorted(data)
    opt = optimum or solve(data)
    s = next((x for x in data.startups if x.id == startup_id), None)
    m = next((x for x in data.mentors if x.id == mentor_id), None)
    if s is None or m is None:
        raise MatchingError("match_pin_unknown", (startup_id, mentor_id))
    reason = forbidden_reason(s, m)
    if reason is None and (startup_id, mentor_id) in set(data.excluded):
        reason = "excluded"
    if reason is not None:
        return WhyNot(startup_id, mentor_id, False, reason, 0, 0, 0, (), ())
    if (startup_id, mentor_id) in opt.assignment():
        pair = next(p for p in opt.pairs if (p.startup_id, p.mentor_id) == (s.id, m.id))
        return WhyNot(startup_id, mentor_id, True, None, 0, 0, pair.score, (), ())
    try:
        forced = solve(data, force=(startup_id, mentor_id))
    except MatchingError as exc:
        return WhyNot(startup_id, mentor_id, False, exc.key, 0, 0, 0, (), ())
    before, after = set(opt.assignment()), set(forced.assignment())
    pts = score_pair(s, m, data.weights, frozenset(data.past_pairs))[0]
    return WhyNot(startup_id, mentor_id, True, None, opt.total - forced.total,
                  opt.matched - forced.matched, pts, tuple(sorted(before - after)),
                  tuple(sorted(after - before)))


# -- snapshots ---------------------------------------------------------------------------

def _pairs(rows: Iterable[Iterable[Any]]) -> tuple[tuple[Any, ...], ...]:
    return tuple(tuple(r) for r in rows)


def input_to_json(data: MatchInput) -> dict[str, Any]:
    out = asdict(data)
    out["weights"] = dict(data.weights)
    return out


def input_from_json(raw: Mapping[str, Any]) -> MatchInput:
    startups = tuple(StartupIn(**{**s, "needs": _pairs(s["needs"]),
                                  "languages": tuple(s["languages"])})
                     for s in raw["startups"])
    mentors = tuple(MentorIn(**{**m, "expertise": _pairs(m["expertise"]),
                                "sectors": tuple(m["sectors"]), "stages": tuple(m["stages"]),
                                "languages": tuple(m["languages"]),
                                "conflicts": tuple(m["conflicts"]),
                                "exclusions": tuple(m["exclusions"])})
                    for m in raw["mentors"])
    return MatchInput(startups, mentors, dict(raw["weights"]), _pairs(raw["pins"]),
                      _pairs(raw["keep"]), _pairs(raw["excluded"]),
                      _pairs(raw["past_pairs"]), bool(raw["fair"]))


def result_to_json(result: MatchResult) -> dict[str, Any]:
    out = asdict(result)
    out["regrets"] = [{**asdict(r), "regret": r.regret} for r in result.regrets]
    return out


def result_from_json(raw: Mapping[str, Any]) -> MatchResult:
    pairs = tuple(Pair(p["startup_id"], p["mentor_id"], p["score"],
                       tuple(tuple(b) for b in p["breakdown"]), p["pinned"])
                  for p in raw["pairs"])
    return MatchResult(
        pairs, tuple(Unmatched(u["startup_id"], u["missing"], u["reason"])
                     for u in raw["unmatched"]),
        tuple(Regret(r["startup_id"], r["best"], r["assigned"]) for r in raw["regrets"]),
        raw["total"], raw["matched"], raw["min_score"], raw["fair"],
        _pairs(raw["dropped_keep"]))
