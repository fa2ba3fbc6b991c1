"""Does the share check read a Series, a table or a dict, accept rounding to within a
hundredth, spot percentages, and explain answers it cannot use?"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from grader.checks import check, points, spec
from grader.checks.hashing import digest
from grader.checks.indicators import as_share, share_matches, share_text
from tests.support.keys_04 import SHARES

KEY = SHARES["04.progress_2022"]


def right() -> pd.Series:
    return pd.Series(KEY, name="progress").rename_axis("indicator_id")


@pytest.mark.parametrize("value, text", [(0.5, "0.50"), (0.333333, "0.33"), (-0.0588, "-0.06"),
                                         (-0.001, "0.00"), (1.05, "1.05"), (np.float64(0.27), "0.27")])
def test_share_text_rounds_to_two_decimals_without_a_negative_zero(value, text):
    assert share_text(value) == text


@pytest.mark.parametrize("value, expected", [(0.5, 0.5), ("0.25", 0.25), (np.int64(1), 1.0),
                                             ("half", None), (math.nan, None), (None, None),
                                             (True, None), (math.inf, None)])
def test_as_share_accepts_numbers_only(value, expected):
    assert as_share(value) == expected


def test_a_share_within_one_hundredth_of_the_key_matches_and_further_does_not():
    key = digest("t", "I1", "0.50")
    assert share_matches("t", "I1", 0.5, key)
    assert share_matches("t", "I1", 0.491, key) and share_matches("t", "I1", 0.5049, key)
    assert not share_matches("t", "I1", 0.48, key) and not share_matches("t", "I1", 0.52, key)


def test_the_right_shares_in_a_series_a_table_or_a_dict_earn_full_points():
    table = right().reset_index()
    assert points("04.progress_2022", right()) == 8.0 == spec("04.progress_2022").max_points
    assert points("04.progress_2022", table) == 8.0
    assert points("04.progress_2022", dict(KEY)) == 8.0


def test_unrounded_shares_earn_full_points():
    unrounded = right() + 0.004
    assert points("04.progress_2022", unrounded) == 8.0


def test_each_wrong_share_costs_one_point_with_the_hint():
    answer = right()
    answer["I3"] += 0.05
    feedback = check("04.progress_2022", answer)
    assert feedback.points == 7.0
    (wrong,) = [note for note in feedback.notes if not note.holds_up]
    assert wrong.label == "I3" and wrong.reason.startswith("Use the 2022 value")


def test_a_percentage_is_spotted_and_explained():
    answer = right() * 100
    feedback = check("04.progress_2022", answer)
    assert "This looks like a percentage" in feedback.notes[0].reason
    assert feedback.points < 8.0


def test_missing_indicators_are_named_and_extra_rows_are_listed():
    answer = right().drop(["I2", "I7"])
    answer["I9"] = 0.1
    feedback = check("04.progress_2022", answer)
    labels = {note.label: note.reason for note in feedback.notes if not note.holds_up}
    assert labels == {"I2": "I2 is missing.", "I7": "I7 is missing.",
                      "extra rows": "These are not indicator_id values in the data: I9."}


def test_a_series_numbered_0_to_7_is_told_to_use_indicator_ids():
    feedback = check("04.progress_2022", right().reset_index(drop=True))
    assert "None of the rows is labeled with its indicator_id (the labels are: 0, 1, 2, 3, ...)" in \
        feedback.problem
    assert '.set_index("indicator_id")["progress"]' in feedback.problem


def test_a_table_without_the_columns_names_them():
    feedback = check("04.progress_2022", right().reset_index().rename(columns={"progress": "share"}))
    assert "missing 'progress'" in feedback.problem


def test_text_in_place_of_a_number_is_explained_not_raised():
    answer = right().astype(object)
    answer["I1"] = "about half"
    note = check("04.progress_2022", answer).notes[0]
    assert note.reason.startswith("'about half' is not a number.")


def test_the_exercise_check_is_worth_four_points_in_proportion():
    key = pd.Series(SHARES["ex04.progress"])
    assert points("ex04.progress", key) == 4.0
    half = key.copy()
    half[["I1", "I2", "I3", "I4"]] = 0
    assert points("ex04.progress", half) == 2.0


def test_the_exercise_self_check_never_says_which_share_is_wrong():
    wrong = pd.Series(SHARES["ex04.progress"]) + 0.2
    feedback = check("ex04.progress", wrong)
    assert feedback.graded_later and "Reconsider" not in str(feedback)
