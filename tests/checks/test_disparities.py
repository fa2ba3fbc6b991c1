"""Do the breakdown and disparity-ratio checks accept any honest rounding, catch the usual slips
(per 1,000, upside-down ratios, ratios from unstable rates) and explain each without the answer?"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from grader.checks import check, points
from grader.checks.disparities import rate_text, ratio_text
from tests.support.keys_07 import BREAKDOWNS, RATIOS


def income_table(**changes) -> pd.DataFrame:
    rows = {group: {"stays": c, "population": p, "rate": r} for group, (c, p, r) in BREAKDOWNS["07.by_income"].items()}
    for group, values in changes.items():
        rows[group.replace("_", " ")].update(values)
    return pd.DataFrame(rows).T.rename_axis("income")


def race_ratios(**changes) -> pd.Series:
    values = {g: (np.nan if v == "withheld" else v) for g, v in RATIOS["07.race_ratios"].items()}
    values.update({g.replace("_", " "): v for g, v in changes.items()})
    return pd.Series(values, name="ratio")


def against_white(ratios) -> dict:
    return {"reference": "White", "ratios": ratios}


def reasons(feedback) -> dict[str, str]:
    return {note.label: note.reason for note in feedback.notes if not note.holds_up}


def test_hashed_forms_round_and_never_say_minus_zero():
    assert rate_text(12.849) == "12.8" and rate_text(-0.01) == "0.0"
    assert ratio_text(3.1649) == "3.16" and ratio_text(1) == "1.00"


def test_a_breakdown_with_the_group_as_a_column_or_index_earns_full_points():
    table = income_table()
    assert points("07.by_income", table) == 3.0
    assert points("07.by_income", table.reset_index()) == 3.0


@pytest.mark.parametrize("rate", [53.35, 53.44, 53.4])
def test_any_honest_rounding_of_a_rate_holds_up(rate):
    assert points("07.by_income", income_table(lower_income={"rate": rate})) == 3.0


def test_a_rate_per_thousand_is_caught_and_named():
    feedback = check("07.by_income", income_table(lower_income={"rate": 5.34}))
    assert "looks like it is per 1,000" in reasons(feedback)["lower income"]
    assert feedback.points == 2.0


def test_a_wrong_count_is_named_by_column_not_by_value():
    feedback = check("07.by_income", income_table(middle_income={"stays": 118}))
    reason = reasons(feedback)["middle income"]
    assert reason.startswith("Look again at stays.") and "117" not in reason


def test_a_missing_column_or_an_unlabelled_table_is_a_problem_to_fix():
    assert "missing 'rate'" in check("07.by_income", income_table().drop(columns="rate")).problem
    unlabelled = income_table().reset_index(drop=True)
    assert "None of the rows is labeled by income" in check("07.by_income", unlabelled).problem
    assert check("07.by_income", [1, 2]).problem.startswith("Expected a pandas DataFrame")


def test_ratios_withheld_where_rates_are_unstable_earn_full_points_as_none_or_nan():
    assert points("07.race_ratios", against_white(race_ratios())) == 6.0
    as_dict = {g: (None if isinstance(v, float) and math.isnan(v) else v) for g, v in race_ratios().items()}
    assert points("07.race_ratios", against_white(as_dict)) == 6.0
    assert points("07.race_ratios", against_white(race_ratios().to_frame().rename_axis("race_ethnicity").reset_index())) == 6.0


def test_a_ratio_from_an_unstable_rate_is_told_to_be_withheld():
    feedback = check("07.race_ratios", against_white(race_ratios(Asian=1.09)))
    assert "leave it out (None)" in reasons(feedback)["Asian"]


def test_a_withheld_ratio_that_could_be_given_is_told_to_compute_it():
    feedback = check("07.race_ratios", against_white(race_ratios(Black=None)))
    assert "its ratio can be given" in reasons(feedback)["Black"]


def test_an_upside_down_ratio_is_caught():
    feedback = check("07.race_ratios", against_white(race_ratios(Latino=round(1 / 2.63, 2))))
    assert "upside down" in reasons(feedback)["Latino"]


def test_a_ratio_from_rounded_rates_holds_up():
    assert points("07.race_ratios", against_white(race_ratios(Black=round(51.6 / 16.3, 2)))) == 6.0


def test_missing_and_extra_groups_are_named():
    feedback = check("07.race_ratios", against_white(race_ratios().drop("White").rename({"Black": "Blk"})))
    assert {"White", "Black", "extra rows"} <= set(reasons(feedback))
