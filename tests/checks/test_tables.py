"""Do the pandas checks read counts in any sensible shape, and say exactly what to fix in a ranking?"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from grader.checks.feedback import Status
from grader.checks.registry import AnswerProblem, check, points, spec
from grader.checks.tables import as_counts, whole_number
from tests.support.answer_keys import COUNTS
from tests.support.builders import ranked_frame

BY_TYPE = COUNTS["01.active_by_type"]
RANKING = COUNTS["ex01.ranking"]


def ranking_notes(frame: pd.DataFrame) -> dict[str, tuple[Status, str]]:
    """The notes nbgrader scores (the graded self-check hides them from the learner)."""
    return {note.label: (note.status, note.reason) for note in spec("ex01.ranking").grade(frame)}


def held(frame: pd.DataFrame) -> dict[str, bool]:
    return {label: status is Status.HOLDS_UP for label, (status, _) in ranking_notes(frame).items()}


# ---- reading counts ----

def test_as_counts_reads_a_series_indexed_by_group():
    series = pd.Series({"a": 1, "b": 2})
    assert as_counts(series, "type", "n") == {"a": 1, "b": 2}


def test_as_counts_reads_a_two_column_dataframe():
    frame = pd.DataFrame({"type": ["a", "b"], "n": [1, 2], "other": [0, 0]})
    assert as_counts(frame, "type", "n") == {"a": 1, "b": 2}


def test_as_counts_reads_a_dict_and_makes_keys_text():
    assert as_counts({"a": 1, 2: 3}, "type", "n") == {"a": 1, "2": 3}


def test_as_counts_names_missing_columns_and_the_ones_present():
    frame = pd.DataFrame({"kind": ["a"], "n": [1]})
    with pytest.raises(AnswerProblem) as raised:
        as_counts(frame, "type", "n")
    assert str(raised.value) == "The table needs the columns 'type' and 'n'; it is missing 'type'. It has: 'kind', 'n'."


@pytest.mark.parametrize("answer", [[1, 2], 3, "a,b", np.array([1, 2])])
def test_as_counts_rejects_other_types_by_name(answer):
    with pytest.raises(AnswerProblem, match=f"but this is a {type(answer).__name__}"):
        as_counts(answer, "type", "n")


@pytest.mark.parametrize("value, number", [(3, 3), (3.0, 3), (np.int64(3), 3), (np.float64(4.0), 4),
                                           (0, 0)])
def test_whole_number_accepts_any_whole_number(value, number):
    assert whole_number(value) == number


@pytest.mark.parametrize("value", [3.5, "three", None, math.nan, [3], pd.NA])
def test_whole_number_is_none_for_anything_else(value):
    assert whole_number(value) is None


# ---- counts per group (practice check) ----

@pytest.mark.parametrize("shape", ["series", "dataframe", "dict"])
def test_group_counts_accept_series_dataframe_or_dict(shape):
    answers = {
        "series": pd.Series(BY_TYPE).rename_axis("type"),
        "dataframe": pd.DataFrame({"type": list(BY_TYPE), "active_campaigns": list(BY_TYPE.values())}),
        "dict": dict(BY_TYPE),
    }
    feedback = check("01.active_by_type", answers[shape])
    assert feedback.passed and feedback.points == spec("01.active_by_type").max_points == 7.0


def test_a_group_left_out_counts_as_zero():
    answer = {k: v for k, v in BY_TYPE.items() if v != 0}
    assert len(answer) == len(BY_TYPE) - 2
    assert check("01.active_by_type", pd.Series(answer)).passed


def test_counts_as_floats_are_accepted():
    assert points("01.active_by_type", pd.Series(BY_TYPE, dtype=float)) == 7.0


def test_a_wrong_count_names_the_group_and_gives_the_hint():
    answer = pd.Series({**BY_TYPE, "service provider": 99})
    notes = {note.label: note for note in check("01.active_by_type", answer).notes}
    assert notes["service provider"].status is Status.RECONSIDER
    assert notes["service provider"].reason.startswith('Keep only campaigns whose status is "active"')
    assert notes["advocacy nonprofit"].reason == "The count matches."


def test_rows_that_are_not_groups_in_the_data_are_named():
    answer = pd.Series({**BY_TYPE, "book club": 1, "Advocacy Nonprofit": 1})
    feedback = check("01.active_by_type", answer)
    extra = feedback.notes[-1]
    assert extra.label == "extra rows" and extra.status is Status.RECONSIDER
    assert extra.reason == "These are not type values in the data: Advocacy Nonprofit, book club."
    assert not feedback.passed


def test_a_dataframe_without_the_named_columns_is_a_problem_naming_them():
    frame = pd.DataFrame({"partner_type": list(BY_TYPE), "count": list(BY_TYPE.values())})
    feedback = check("01.active_by_type", frame)
    assert "missing 'type', 'active_campaigns'" in feedback.problem


# ---- ranked table (exercise 01) ----

def test_the_right_ranking_holds_up_on_every_line():
    assert all(held(ranked_frame(RANKING)).values())
    assert points("ex01.ranking", ranked_frame(RANKING)) == 4.0


def test_the_ranking_may_keep_any_index_and_extra_columns():
    frame = ranked_frame(RANKING).set_index(pd.Index(range(100, 100 + len(RANKING))))
    frame["agency_id"] = "x"
    assert points("ex01.ranking", frame) == 4.0


def test_a_missing_agency_is_named_and_the_zero_row_is_asked_for():
    frame = ranked_frame(RANKING).iloc[:-1]  # drops the County Library (the last row, with no campaign)
    status, reason = ranking_notes(frame)["every agency once"]
    assert status is Status.RECONSIDER
    assert reason == ("List each agency once, including those with no campaigns "
                      "(missing: County Library).")
    assert held(frame) == {"every agency once": False, "counts": False, "most to fewest": True,
                           "ties A to Z": True}


def test_a_duplicate_agency_is_named():
    frame = ranked_frame(RANKING)
    frame = pd.concat([frame, frame[frame["agency"] == "Parks and Recreation"]])
    _, reason = ranking_notes(frame)["every agency once"]
    assert "listed more than once: Parks and Recreation" in reason


def test_an_agency_not_in_the_data_is_named():
    frame = pd.concat([ranked_frame(RANKING), pd.DataFrame({"agency": ["City Council"],
                                                            "active_campaigns": [0]})])
    _, reason = ranking_notes(frame)["every agency once"]
    assert "not agencies in the data: City Council" in reason


def test_wrong_counts_are_named_with_the_hint():
    wrong = {**RANKING, "School District": 3, "Water Utility": 9}
    status, reason = ranking_notes(ranked_frame(wrong))["counts"]
    assert status is Status.RECONSIDER
    assert reason.startswith("Recount for: Water Utility, School District. Count only campaigns")


def test_a_count_that_is_not_a_number_is_a_wrong_count_and_breaks_the_order():
    frame = ranked_frame(RANKING).astype({"active_campaigns": object})
    frame.loc[frame["agency"] == "Water Utility", "active_campaigns"] = "two"
    result = held(frame)
    assert result["counts"] is False and result["most to fewest"] is False
    assert "Water Utility" in ranking_notes(frame)["counts"][1]


def test_fewest_first_is_flagged_but_still_complete_and_counted():
    frame = ranked_frame(RANKING).iloc[::-1]
    assert held(frame) == {"every agency once": True, "counts": True, "most to fewest": False,
                           "ties A to Z": False}
    assert ranking_notes(frame)["most to fewest"][1] == "Sort by active_campaigns, largest first."
    assert points("ex01.ranking", frame) == 2.0


def test_ties_out_of_alphabetical_order_cost_only_the_ties_line():
    frame = ranked_frame(RANKING)
    ties = frame["active_campaigns"] == 2
    frame.loc[ties] = frame.loc[ties].iloc[::-1].to_numpy()
    assert list(frame.loc[ties, "agency"]) == ["Water Utility", "School District",
                                               "Planning and Zoning"]
    assert held(frame) == {"every agency once": True, "counts": True, "most to fewest": True,
                           "ties A to Z": False}
    assert ranking_notes(frame)["ties A to Z"][1] == "Where counts are equal, put the agencies in A to Z order."
    assert points("ex01.ranking", frame) == 3.0


def test_a_series_is_not_a_ranked_table():
    series = ranked_frame(RANKING).set_index("agency")["active_campaigns"]
    feedback = check("ex01.ranking", series)
    assert feedback.problem.startswith("Expected a pandas DataFrame, but this is a Series.")


def test_agencies_in_the_index_instead_of_a_column_are_named_as_missing():
    frame = ranked_frame(RANKING).set_index("agency")
    feedback = check("ex01.ranking", frame)
    assert "it is missing 'agency'" in feedback.problem
    assert points("ex01.ranking", frame) == 0.0


def test_graded_ranking_self_check_hides_the_notes():
    feedback = check("ex01.ranking", ranked_frame({**RANKING, "Housing Authority": 1}))
    assert feedback.headline == "Ready to submit" and feedback.notes == ()


def test_an_empty_ranking_scores_nothing():
    import pandas as pd

    from grader.checks import points

    assert points("ex01.ranking", pd.DataFrame({"agency": [], "active_campaigns": []})) == 0.0
