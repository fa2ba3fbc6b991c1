"""Do Module 10's item file's digests encode exactly the answers in tests/support/keys_10.py, does the exercise's
solution plan match the keys, and does every module 10 check earn full points for the right answer?"""

from __future__ import annotations

import nbformat
import pytest

from grader.checks import known_checks, points, spec
from grader.cohort.secrets import MARKERS
from grader.course.syllabus import course_root
from tests.support.keys_10 import CHOICES, good_plan

MODULE_CHECKS = sorted(c for c in known_checks() if c.startswith(("10.", "ex10.")))
PLAN_CHECKS = ("10.department_plan", "ex10.parts", "ex10.partners", "ex10.timeline", "ex10.safeguards")


def test_every_module_10_check_is_a_keyed_choice_or_a_plan_check():
    assert set(CHOICES) | set(PLAN_CHECKS) == set(MODULE_CHECKS)


@pytest.mark.parametrize("check_id", MODULE_CHECKS)
def test_the_right_answer_earns_full_points(check_id):
    answer = CHOICES.get(check_id) or good_plan()
    assert points(check_id, answer) == spec(check_id).max_points > 0


def test_the_exercise_solution_is_the_plan_the_keys_hold():
    notebook = nbformat.read(course_root() / "exercises/ex10/ex10.ipynb", as_version=4)
    (answer,) = [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "plan-answer"]
    solution = answer.source.split("### BEGIN SOLUTION")[1].split("### END SOLUTION")[0]
    scope: dict[str, object] = {}
    exec("from grader.domain.accountability import Commitment\n"
         "from grader.domain.department_plan import *\n" + MARKERS.sub("", solution), scope)
    assert scope["plan"] == good_plan()
