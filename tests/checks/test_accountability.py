"""Does the accountability-plan check read a plan in any sensible form, score it by rubric
completeness, and say only "complete or not" in the exercise?"""

from __future__ import annotations

from dataclasses import replace

import pytest

from grader.checks import check, points, spec
from grader.checks.accountability import as_accountability_plan
from grader.checks.registry import AnswerProblem
from grader.domain.accountability import AccountabilityPlan, Commitment
from tests.support.keys_02 import good_plan


def test_a_plan_reads_from_a_plan_a_saved_dict_a_list_or_one_commitment():
    plan = good_plan()
    assert as_accountability_plan(plan) is plan
    assert as_accountability_plan(plan.to_dict()) == plan
    assert as_accountability_plan(list(plan.commitments)).commitments == plan.commitments
    assert as_accountability_plan(plan.commitments[0]).commitments == [plan.commitments[0]]


@pytest.mark.parametrize("answer, message", [
    ("my plan", "Expected an AccountabilityPlan (or a list of Commitment(...)), but this is a str."),
    (AccountabilityPlan(), "This plan has no commitments yet. Add them in the builder and press Save my plan"),
    ({"commitments": [{"color": "red"}]}, "A commitment has no part called color."),
])
def test_answers_that_cannot_be_checked_say_why(answer, message):
    with pytest.raises(AnswerProblem) as raised:
        as_accountability_plan(answer)
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize("check_id", ["02.accountability", "ex02.plan"])
def test_a_complete_plan_earns_every_point(check_id):
    assert points(check_id, good_plan()) == spec(check_id).max_points == 9.0


def test_each_rubric_line_missed_costs_one_point():
    plan = good_plan()
    plan.commitments[1] = replace(plan.commitments[1], owner="TBD", cadence="as needed")
    assert points("ex02.plan", plan) == 7.0


def test_an_empty_plan_scores_zero_and_asks_for_commitments():
    assert points("ex02.plan", AccountabilityPlan()) == 0.0
    assert "no commitments yet" in check("ex02.plan", AccountabilityPlan()).problem


def test_the_practice_check_says_what_to_reconsider_and_why():
    plan = good_plan()
    plan.commitments[0] = replace(plan.commitments[0], answers_to="the community")
    feedback = check("02.accountability", plan)
    # its measure's chooser is no longer a partner the plan answers to, so that line is reconsidered too
    assert feedback.headline == "Worth another look: 7 of 9 hold up"
    assert "Commitment 1: name the community organization" in str(feedback)


def test_the_exercise_check_only_says_whether_the_plan_is_ready():
    plan = good_plan()
    plan.commitments[0] = replace(plan.commitments[0], answers_to="the community")
    feedback = check("ex02.plan", plan)
    assert feedback.headline == "Ready to submit" and "community organization" not in str(feedback)


def test_the_exercise_check_lists_parts_still_blank():
    feedback = check("ex02.plan", [Commitment(action="Set up a community advisory board", owner="Director")])
    assert feedback.problem.startswith("Still to answer: answers to a named community partner, an accountability mechanism")


@pytest.mark.parametrize("answer", [42, None, ..., [1, 2], {"title": 3}])
def test_odd_answers_never_raise(answer):
    assert check("ex02.plan", answer).problem
    assert points("ex02.plan", answer) == 0.0
