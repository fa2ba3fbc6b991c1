"""Do the participation-budget checks compare each cost type's total with its digest, apply the four
rules to the learner's budget and meetings, and turn every bad table into a fix, never a traceback?"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from grader.checks.feedback import Status
from grader.checks.participation_budget import PlannedProcess, budget_totals, money
from grader.checks.registry import check, points, spec
from tests.support.keys_03 import BUDGET_TOTALS, evening_meetings, right_budget

FOOD = PlannedProcess("food-grants", project_budget=20_000, level=3)


def rules_answer(grant=3000, meetings=None):
    return {"budget": right_budget("food-grants", grant), "meetings": evening_meetings("food-grants")
            if meetings is None else meetings}


@pytest.mark.parametrize("value, text", [(7200, "7200.00"), (7200.0, "7200.00"), (np.int64(5), "5.00"),
                                         (0.125, "0.12"), (1944.999, "1945.00")])
def test_money_is_dollars_and_cents(value, text):
    assert money(value) == text


def test_a_planned_process_reads_its_own_rows_of_the_riverbend_data():
    assert set(FOOD.participants()["process"]) == {"food-grants"} and len(FOOD.participants()) == 14
    assert list(FOOD.meetings()["meeting_id"]) == ["FM1", "FM2", "FM3", "FM4"]


def test_the_right_budget_earns_a_point_per_cost_type():
    feedback = check("03.budget_totals", right_budget("food-grants"))
    assert feedback.passed and feedback.points == 5.0
    assert [n.label for n in feedback.notes] == [f"{kind} total" for kind in BUDGET_TOTALS["03.budget_totals"]]


def test_a_wrong_line_costs_its_type_and_the_feedback_explains_the_unit():
    budget = right_budget("food-grants")
    budget.loc[budget["cost_type"] == "meals", "quantity"] = 12 * 4  # residents only, not everyone
    feedback = check("03.budget_totals", budget)
    assert feedback.points == 4.0
    (meals,) = [n for n in feedback.notes if n.label == "meals total"]
    assert meals.status is Status.RECONSIDER and "per person attending, per meeting" in meals.reason
    assert "672" not in str(feedback)


def test_a_capacity_building_line_does_not_change_the_totals_score():
    assert points("03.budget_totals", right_budget("food-grants", 3000)) == 5.0


def test_the_budget_can_be_given_in_the_rules_dictionary_too():
    assert points("03.budget_totals", {"budget": right_budget("food-grants")}) == 5.0


@pytest.mark.parametrize("answer, words", [
    (..., "There is no answer here yet."),
    ([("stipend", "", 1, 50)], "should be a pandas DataFrame with the columns cost_type, detail, quantity and unit_cost"),
    (pd.DataFrame({"cost_type": ["stipend"], "quantity": [-48], "unit_cost": [50]}),
     "Row 0 (stipend): the quantity is -48; amounts cannot be negative."),
    (pd.DataFrame({"cost_type": ["bus"], "quantity": [4], "unit_cost": [10]}), 'Row 0 (bus): "bus" is not a cost type.'),
])
def test_a_budget_it_cannot_use_gets_a_fix_and_zero_points(answer, words):
    assert words in check("03.budget_totals", answer).problem
    assert points("03.budget_totals", answer) == 0.0


def test_budget_totals_refuses_digests_for_an_unknown_cost_type():
    with pytest.raises(ValueError, match="not cost types"):
        budget_totals("99.totals", "T", {"snacks": "0" * 20})


def test_the_right_budget_and_evening_meetings_meet_all_four_rules():
    feedback = check("03.budget_rules", rules_answer())
    assert feedback.passed and feedback.points == 4.0
    assert feedback.notes[-1].label == "community share fits Involve"


def test_daytime_meetings_and_a_missing_grant_cost_their_rules():
    feedback = check("03.budget_rules", rules_answer(grant=0, meetings=FOOD.meetings()))
    assert feedback.points == 2.0
    held = {n.label: n.status is Status.HOLDS_UP for n in feedback.notes}
    assert held["meetings at times residents can attend"] is False and held["community share fits Involve"] is False
    assert "FM2" in str(feedback)


def test_dropping_the_daytime_meeting_instead_of_moving_it_does_not_pass():
    meetings = FOOD.meetings().query("meeting_id != 'FM2'")
    feedback = check("03.budget_rules", rules_answer(meetings=meetings))
    assert "The plan has 4 meetings and this table has 3." in str(feedback)


@pytest.mark.parametrize("answer, words", [
    (right_budget("food-grants"), 'Give a dictionary {"budget": ..., "meetings": ...}, but this is a DataFrame.'),
    ({"budget": ..., "meetings": FOOD.meetings()}, "There is no budget here yet"),
    ({"budget": right_budget("food-grants"), "meetings": ...}, 'Give your meetings table (a pandas DataFrame) as "meetings".'),
    ({"budget": right_budget("food-grants"), "meetings": FOOD.meetings().assign(start="6pm")}, "is not a time"),
])
def test_a_rules_answer_it_cannot_use_gets_a_fix_and_zero_points(answer, words):
    assert words in check("03.budget_rules", answer).problem
    assert points("03.budget_rules", answer) == 0.0


def test_graded_budget_checks_only_say_ready_to_submit():
    wrong = right_budget("home-visits")
    wrong["unit_cost"] = 1
    feedback = check("ex03.budget_totals", wrong)
    assert feedback.graded_later and "Reconsider" not in str(feedback)
    assert points("ex03.budget_totals", wrong) == 0.0
    assert spec("ex03.budget_rules").max_points == 4.0 and spec("ex03.budget_totals").max_points == 5.0
