"""Does the ranked-table check read a learner's table, say what to fix in its own words, and never give a score away?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.checks import registry
from grader.checks.hashing import digest
from grader.checks.ranking import RankingWords, in_order, ranked_scores, read_ranked
from grader.checks.registry import AnswerProblem, check, points

KEY = {"Oak": 3, "Elm": 2, "Ash": 2, "Yew": 0}
WORDS = RankingWords(
    rows="one row per tree", once_label="every tree once", all_once="All trees, once each.",
    list_each="List each tree once", missing=lambda names: f"{len(names)} missing",
    not_in_key="not trees here", scores_label="scores", scores_right="Every score is right.",
    recheck="Rescore", order_label="largest first", in_order="Largest first.", largest_first="largest first",
    ties_right="Ties A to Z.", ties_fix="Put equal trees A to Z.",
)


@pytest.fixture
def trees(monkeypatch):
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    ranked_scores("zz.trees", "Trees", {name: digest("zz.trees", name, n) for name, n in KEY.items()},
                  words=WORDS, name_column="tree", score_column="score", score_hint="Count the rings.")
    return "zz.trees"


def table(rows):  # type: ignore[no-untyped-def]
    return pd.DataFrame(rows, columns=["tree", "score"])


def test_the_right_table_earns_every_point(trees):
    assert points(trees, table([("Oak", 3), ("Ash", 2), ("Elm", 2), ("Yew", 0)])) == 5.0


def test_a_wrong_score_names_the_row_and_the_hint_never_the_score(trees):
    feedback = check(trees, table([("Oak", 4), ("Ash", 2), ("Elm", 2), ("Yew", 0)]))
    text = str(feedback.notes)
    assert "Rescore: Oak. Count the rings." in text and "3" not in text.replace("Trees", "")
    assert points(trees, table([("Oak", 4), ("Ash", 2), ("Elm", 2), ("Yew", 0)])) == 3.0  # scores weigh two lines


def test_missing_extra_and_repeated_rows_are_all_said_at_once(trees):
    feedback = check(trees, table([("Oak", 3), ("Oak", 3), ("Pine", 1), ("Ash", 2)]))
    first = feedback.notes[0].reason
    assert first == "List each tree once (2 missing; not trees here: Pine; listed more than once: Oak)."


def test_order_and_ties_are_separate_lines():
    assert in_order(["Oak", "Ash", "Elm"], [3, 2, 2]) == (True, True)
    assert in_order(["Oak", "Elm", "Ash"], [3, 2, 2]) == (True, False)
    assert in_order(["Ash", "Oak"], [2, 3]) == (False, False)
    assert in_order([], []) == (False, False)


@pytest.mark.parametrize("answer, says", [
    ([("Oak", 3)], "Expected a pandas DataFrame, but this is a list."),
    (pd.DataFrame({"tree": ["Oak"]}), "it is missing 'score'. It has: 'tree'."),
])
def test_a_table_it_cannot_read_is_a_problem_with_the_fix(answer, says):
    with pytest.raises(AnswerProblem, match=says.replace(".", r"\.").replace("(", r"\(")):
        read_ranked(answer, "tree", "score")


def test_scores_are_read_as_whole_numbers_or_none():
    names, scores = read_ranked(table([("Oak", 3.0), ("Elm", "two"), ("Ash", 2.5)]), "tree", "score")
    assert names == ["Oak", "Elm", "Ash"] and scores == [3, None, None]
