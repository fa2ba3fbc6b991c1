"""Do the department plan checks give one point per completeness line, say what is missing even in
a graded self-check, and turn every odd answer into a problem with a fix, never a traceback?"""

from __future__ import annotations

import pytest

from grader.checks import check, points, spec
from grader.checks.department_plan import department_plan_review, line_count
from grader.domain.department_plan import DepartmentPlan
from tests.support.keys_10 import good_plan

EXERCISE = {"ex10.parts": 6, "ex10.partners": 5, "ex10.timeline": 4, "ex10.safeguards": 3}


def test_each_exercise_check_is_worth_one_point_per_line_of_its_area():
    assert {c: spec(c).max_points for c in EXERCISE} == EXERCISE
    assert all(spec(c).graded for c in EXERCISE)
    assert spec("10.department_plan").max_points == line_count(("parts", "partners", "timeline", "safeguards")) == 18
    assert not spec("10.department_plan").graded


def test_a_complete_plan_earns_every_point_and_a_blank_one_none():
    for check_id, most in EXERCISE.items():
        assert points(check_id, good_plan()) == most
        assert points(check_id, DepartmentPlan()) == 0.0


def test_the_score_is_the_share_of_lines_met():
    plan = good_plan()
    plan.data.protection = ""
    assert points("ex10.safeguards", plan) == 2.0
    plan.milestones = []
    assert points("ex10.timeline", plan) == 0.0 and points("ex10.safeguards", plan) == 1.0


def test_a_plan_as_saved_in_json_is_checked_like_the_plan_itself():
    assert points("ex10.partners", good_plan().to_dict()) == 5


def test_a_graded_self_check_names_what_is_still_missing():
    plan = good_plan()
    plan.policy.contribution = ""
    feedback = check("ex10.parts", plan)
    assert feedback.problem.startswith("Still to answer: policy agenda: the policy and what the department brings.")
    assert check("ex10.parts", good_plan()).headline == "Ready to submit"


def test_the_practice_check_gives_a_reason_for_every_line():
    feedback = check("10.department_plan", good_plan())
    assert feedback.passed and len(feedback.checked) == 18 and feedback.points == 18
    assert [note.label for note in feedback.hints] == ["the protection names a way to protect counts from 1 to 10"]
    assert "Well done" not in str(feedback)


@pytest.mark.parametrize("answer, words", [
    (DepartmentPlan(), "still empty"),
    (None, "no answer here yet"),
    ("my plan", "Expected a DepartmentPlan"),
    ({"milestones": [{"month": 14}]}, "Month 14 is outside the plan's year"),
    ({"budget": 1}, "has no part called budget"),
])
def test_answers_that_cannot_be_checked_say_how_to_fix_them(answer, words):
    feedback = check("ex10.timeline", answer)
    assert feedback.problem and words in feedback.problem
    assert points("ex10.timeline", answer) == 0.0


def test_an_unknown_area_is_refused_when_a_check_is_registered():
    with pytest.raises(ValueError, match="Unknown review areas"):
        department_plan_review("test.nowhere", title="x", areas=("budget",))
