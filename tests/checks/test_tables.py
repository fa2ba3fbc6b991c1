"""Do the pandas checks read counts in any sensible shape and say exactly what to fix?"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from grader.checks.feedback import Status
from grader.checks.registry import AnswerProblem, check, points, spec
from grader.checks.tables import as_counts, whole_number
from tests.support.answer_keys import COUNTS

BY_TYPE = COUNTS["01.active_by_type"]


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
