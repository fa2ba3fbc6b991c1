"""Does the contract ranking check give full marks only to the right scores in the right order,
name the contracts to rescore without giving their scores, and explain a table it cannot read?"""

from __future__ import annotations

import pandas as pd

from grader.checks import check, points, spec
from tests.support.keys_08 import SCORES, ranked

KEY = SCORES["ex08.scores"]


def test_the_right_table_earns_every_point():
    assert points("ex08.scores", ranked(KEY)) == 5.0


def test_a_wrong_score_costs_the_scores_lines_and_names_only_that_contract():
    wrong = {**KEY, "Youth clean air survey": KEY["Youth clean air survey"] + 10}
    result = check("ex08.scores", ranked(wrong))
    assert result.problem is None and result.graded_later  # graded: the learner sees only its form
    notes = spec("ex08.scores").grade(ranked(wrong))
    (note,) = [n for n in notes if not n.holds_up]
    assert note.label == "scores" and note.reason.startswith("Rescore: Youth clean air survey. ")
    assert str(KEY["Youth clean air survey"]) not in note.reason
    assert points("ex08.scores", ranked(wrong)) == 3.0


def test_order_and_ties_each_cost_a_point():
    backwards = ranked(KEY).iloc[::-1].reset_index(drop=True)
    assert points("ex08.scores", backwards) == 3.0  # every contract, right scores; not sorted, so ties fail too
    swapped = ranked(KEY)
    swapped.iloc[[3, 4]] = swapped.iloc[[4, 3]].to_numpy()  # two contracts tied on 50, now Z to A
    assert points("ex08.scores", swapped) == 4.0


def test_a_missing_extra_or_repeated_contract_is_named():
    short = ranked(KEY).iloc[1:]
    extra = pd.concat([ranked(KEY), pd.DataFrame([{"contract": "Child care health checks", "score": 90}])])
    grade = spec("ex08.scores").grade
    assert "missing: Worker heat safety training" in grade(short)[0].reason
    assert "not contracts of this year: Child care health checks" in grade(extra)[0].reason
    assert "listed more than once: Youth clean air survey" in grade(pd.concat([ranked(KEY), ranked(KEY).tail(1)]))[0].reason


def test_a_table_without_the_columns_or_not_a_table_is_explained():
    wrong_names = ranked(KEY).rename(columns={"score": "points"})
    assert "it is missing 'score'. It has: 'contract', 'points'" in check("ex08.scores", wrong_names).problem
    assert "Expected a pandas DataFrame, but this is a dict" in check("ex08.scores", KEY).problem
    assert points("ex08.scores", ...) == 0.0
