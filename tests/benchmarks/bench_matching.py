"""Matching: 500 startups × 200 mentors (capacity 1-3), the whole engine against the
solver alone on the same matrix (the same synthetic instance at every scale).

The floor is one :func:`scipy.optimize.linear_sum_assignment` call on the slot × copy
matrix the engine builds; the engine adds the scoring of every pair, the duplicate check
(branch and bound when a mentor lands twice on one startup) and the result with
breakdowns, regrets and reasons.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
from common import Bench, best, result
from scipy.optimize import linear_sum_assignment

from tierslieu.services import matching as mt

SIZE = (500, 200)
TAGS = ("financement", "stratégie", "marketing", "vente", "juridique", "tech", "produit",
        "design", "rh", "international", "impact", "industrialisation")
SECTORS = ("alimentation", "énergie", "mobilité", "numérique", "santé", "bâtiment")
STAGES = ("idée", "amorçage", "croissance")


def instance(startups: int, mentors: int, seed: int = 5) -> mt.MatchInput:
    rng = random.Random(seed)

    def langs() -> tuple[str, ...]:
        return ("fr",) + (("en",) if rng.random() < 0.4 else ())

    s = tuple(mt.StartupIn(i + 1, 10_000 + i, f"S{i}",
                           tuple((t, rng.randint(1, 3)) for t in rng.sample(TAGS, 3)),
                           rng.choice(SECTORS), rng.choice(STAGES),
                           langs() if rng.random() < 0.95 else ("en",),
                           rng.choice((1, 1, 2))) for i in range(startups))
    m = tuple(mt.MentorIn(j + 1, f"M{j}", tuple((t, rng.randint(1, 3))
                                                 for t in rng.sample(TAGS, 4)),
                          tuple(rng.sample(SECTORS, 2)), tuple(rng.sample(STAGES, 2)), langs(),
                          capacity=(cap := rng.randint(1, 3)), load=rng.randint(0, 1),
                          max_startups=cap + 1, rating=rng.choice((None, 3.0, 4.0, 4.5)),
                          conflicts=(10_000 + rng.randrange(startups),))
              for j in range(mentors))
    return mt.MatchInput(s, m)


def _floor_matrix(data: mt.MatchInput) -> np.ndarray:
    points = mt._matrix(mt._sorted(data))
    rows = np.repeat(np.arange(len(data.startups)), [s.wanted for s in data.startups])
    cols = np.repeat(np.arange(len(data.mentors)), [m.capacity for m in data.mentors])
    big = int(points.max()) * len(rows) + 1
    gain = np.where(points >= 0, points + big, 0)
    return gain[np.ix_(rows, cols)]


def matching_500x200(b: Bench) -> dict[str, Any]:
    n_s, n_m = SIZE
    data = instance(n_s, n_m)
    matrix = _floor_matrix(data)
    found = mt.solve(data)
    engine = best(lambda: mt.solve(data), b.repeat)
    floor = best(lambda: linear_sum_assignment(matrix, maximize=True), b.repeat)
    return result(f"matching_{n_s}x{n_m}", engine, floor, matched=found.matched,
                  slots=int(matrix.shape[0]), copies=int(matrix.shape[1]))
