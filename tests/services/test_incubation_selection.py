"""Reviewers' grids: weighted totals, averaged ranking, disagreement, who may score."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from tests.services.test_incubation import enroll_at, world
from tierslieu.errors import ConflictError, ValidationError
from tierslieu.services import incubation as inc
from tierslieu.services import members
from tierslieu.services.dto import PersonInput
from tierslieu.services.incubation import ScoreInput


def _reviewers(engine: Engine, n: int = 3) -> list[int]:
    return [members.create(engine, PersonInput(first_name="Juré", last_name=f"N{i}")).id
            for i in range(n)]


def test_weighted_average_and_disagreement(engine: Engine) -> None:
    w = world(engine, weights=(3, 2, 2, 1))
    eid = enroll_at(w, "applied")
    a, b, _ = _reviewers(engine)
    first = inc.score_application(engine, eid, a, ScoreInput(5, 4, 3, 2, "Équipe solide"))
    assert first.weighted == 3.88  # (15 + 8 + 6 + 2) / 8 = 3.875, half up
    inc.score_application(engine, eid, b, ScoreInput("3", "3", "3", "3"))
    [row] = inc.ranking(engine, w.cohort_id)[:1]
    assert (row.reviewers, row.average, row.stdev, row.spread) == (2, 3.44, 0.44, 0.88)
    assert row.criteria == {"team": 4.0, "market": 3.5, "product": 3.0, "fit": 2.5}
    card = inc.detail(engine, eid)
    assert (card.average_score, card.reviewers, len(card.scores)) == (3.44, 2, 2)
    # scoring again replaces the reviewer's grid, never adds a second one
    inc.score_application(engine, eid, b, ScoreInput(5, 4, 3, 2))
    again = inc.ranking(engine, w.cohort_id)[0]
    assert (again.reviewers, again.average, again.stdev) == (2, 3.88, 0.0)


def test_ranking_orders_by_average_with_shared_ranks_and_unscored_last(engine: Engine) -> None:
    w = world(engine, startups=4, weights=(1, 1, 1, 1))
    ids = [enroll_at(w, "applied", i) for i in range(4)]
    a, b, _ = _reviewers(engine)
    inc.score_application(engine, ids[0], a, ScoreInput(2, 2, 2, 2))
    inc.score_application(engine, ids[1], a, ScoreInput(4, 4, 4, 4))
    inc.score_application(engine, ids[2], a, ScoreInput(5, 3, 4, 4))
    inc.score_application(engine, ids[2], b, ScoreInput(4, 4, 4, 4))
    ranked = inc.ranking(engine, w.cohort_id)
    assert [(r.startup_name, r.rank) for r in ranked] == [
        ("Startup B", 1), ("Startup C", 1), ("Startup A", 3), ("Startup D", None)]
    assert ranked[-1].average is None and ranked[-1].reviewers == 0


def test_grades_outside_zero_to_five_name_the_criterion(engine: Engine) -> None:
    w = world(engine)
    eid = enroll_at(w, "applied")
    [a] = _reviewers(engine, 1)
    with pytest.raises(ValidationError) as err:
        inc.score_application(engine, eid, a, ScoreInput(6, "-1", "trois", 2))
    assert [(e.field, e.key) for e in err.value.errors] == [
        ("team", "score_range"), ("market", "score_range"), ("product", "score_range")]
    assert "Maturité du produit" in err.value.message("fr")
    assert inc.ranking(engine, w.cohort_id)[0].reviewers == 0


def test_no_scoring_after_the_decision_nor_by_a_founder(engine: Engine) -> None:
    w = world(engine)
    eid = enroll_at(w, "selected")
    [a] = _reviewers(engine, 1)
    with pytest.raises(ConflictError) as err:
        inc.score_application(engine, eid, a, ScoreInput(3, 3, 3, 3))
    assert err.value.key == "scoring_closed" and "Sélectionnée" in err.value.message("fr")
    other = enroll_at(w, "applied", 1)
    founder = members.create(engine, PersonInput(first_name="Zoé", last_name="Roux",
                                                 organization="Startup B", role="founder"))
    with pytest.raises(ConflictError) as err:
        inc.score_application(engine, other, founder.id, ScoreInput(5, 5, 5, 5))
    assert err.value.key == "reviewer_is_founder" and "Zoé Roux" in err.value.message("fr")
