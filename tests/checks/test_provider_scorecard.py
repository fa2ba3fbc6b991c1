"""Does the scorecard check read a learner's pandas table, name what to fix, and score every line?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.checks.feedback import Status
from grader.checks.registry import check, points, spec
from tests.support.builders import ranked
from tests.support.keys_05 import COUNTS

SCORES = COUNTS["ex05.scorecard"]


def notes(frame: pd.DataFrame) -> dict[str, tuple[bool, str]]:
    """The notes nbgrader scores (the graded self-check hides them from the learner)."""
    return {n.label: (n.status is Status.HOLDS_UP, n.reason) for n in spec("ex05.scorecard").grade(frame)}


def held(frame: pd.DataFrame) -> dict[str, bool]:
    return {label: ok for label, (ok, _) in notes(frame).items()}


def test_the_right_scorecard_holds_up_on_every_line_for_five_points():
    assert all(held(ranked(SCORES)).values())
    assert points("ex05.scorecard", ranked(SCORES)) == spec("ex05.scorecard").max_points == 5.0


def test_extra_columns_a_rank_and_any_index_are_fine():
    frame = ranked(SCORES).set_index(pd.Index(range(50, 62)))
    frame.insert(0, "rank", range(1, 13))
    frame["kind"] = "x"
    assert points("ex05.scorecard", frame) == 5.0


def test_scores_as_floats_are_accepted():
    assert points("ex05.scorecard", ranked(SCORES).astype({"score": float})) == 5.0


def test_one_wrong_score_names_the_provider_and_costs_the_two_score_points():
    wrong = {**SCORES, "West End Urgent Care": 50}
    frame = ranked(wrong)
    ok, reason = notes(frame)["scores"]
    assert not ok and reason.startswith("Rescore: West End Urgent Care. Use only the 2024 rows;")
    assert points("ex05.scorecard", frame) == 3.0


def test_a_missing_provider_is_named_and_the_scores_cannot_hold_up():
    frame = ranked(SCORES).iloc[:-1]
    assert notes(frame)["every provider once"] == (False, "List each provider once (missing: St. Brigid Medical Center).")
    assert held(frame) == {"every provider once": False, "scores": False, "highest to lowest": True, "ties A to Z": True}


def test_duplicates_and_unknown_providers_are_named():
    frame = pd.concat([ranked(SCORES), pd.DataFrame({"provider": ["Keystone Care Plan", "Moon Clinic"],
                                                     "score": [0, 0]})])
    _, reason = notes(frame)["every provider once"]
    assert reason == ("List each provider once (not providers in the data: Moon Clinic; "
                      "listed more than once: Keystone Care Plan).")


def test_lowest_first_costs_both_order_lines():
    frame = ranked(SCORES).iloc[::-1]
    assert held(frame) == {"every provider once": True, "scores": True, "highest to lowest": False, "ties A to Z": False}
    assert notes(frame)["highest to lowest"][1] == "Sort by score, highest first."
    assert points("ex05.scorecard", frame) == 3.0


def test_ties_out_of_a_to_z_order_cost_only_the_ties_line():
    frame = ranked(SCORES)
    tied = frame["score"] == 65
    frame.loc[tied] = frame.loc[tied].iloc[::-1].to_numpy()
    assert list(frame.loc[tied, "provider"]) == ["Riverside Children's Hospital", "Riverbend Community Health Plan"]
    assert held(frame)["ties A to Z"] is False and points("ex05.scorecard", frame) == 4.0
    assert notes(frame)["ties A to Z"][1] == "Where scores are equal, put the providers in A to Z order."


def test_a_score_that_is_not_a_number_is_wrong_and_breaks_the_order():
    frame = ranked(SCORES).astype({"score": object})
    frame.loc[0, "score"] = "ninety"
    assert held(frame) == {"every provider once": True, "scores": False, "highest to lowest": False, "ties A to Z": False}


def test_providers_in_the_index_are_named_as_a_missing_column():
    feedback = check("ex05.scorecard", ranked(SCORES).set_index("provider"))
    assert feedback.problem.startswith("The table needs the columns 'provider' and 'score'; it is missing 'provider'.")
    assert points("ex05.scorecard", ranked(SCORES).set_index("provider")) == 0.0


@pytest.mark.parametrize("answer, kind", [(pd.Series(SCORES), "Series"), (SCORES, "dict"), ([1, 2], "list")])
def test_anything_but_a_dataframe_is_named(answer, kind):
    assert check("ex05.scorecard", answer).problem.startswith(f"Expected a pandas DataFrame, but this is a {kind}.")


def test_an_untouched_template_is_no_answer_yet():
    assert check("ex05.scorecard", ...).problem.startswith("There is no answer here yet.")
    assert points("ex05.scorecard", ...) == 0.0


def test_the_graded_self_check_hides_the_notes():
    feedback = check("ex05.scorecard", ranked({**SCORES, "Keystone Care Plan": 0}))
    assert feedback.headline == "Ready to submit" and feedback.notes == ()


def test_a_scorecard_survives_the_graders_evidence_round_trip():
    from grader.checks.evidence import decode, encode

    frame = ranked(SCORES).astype({"score": "int64"})
    assert points("ex05.scorecard", decode(encode(frame))) == 5.0
