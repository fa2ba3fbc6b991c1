"""Does feedback, for every exercise, hold no solution, no hidden test and no live HTML?

In the session's graded cohort of each exercise (``tests/support/cohorts.py``), a solved
submission and a hostile one that catches every cell's code as it runs (hidden tests
included), prints it later and displays a script, are graded by the course's cohort grader,
a solved and an untouched one by stock nbgrader; nbgrader generates every learner's feedback
with the course's config. No feedback page may contain a solution line, a hidden-test line,
a traceback from a hidden test or the script.
"""

from __future__ import annotations

import html

import nbformat
import pytest

from grader.cohort.secrets import leaks, secret_lines
from grader.course.syllabus import course_root, load_syllabus
from tests.support.cohorts import LEARNERS
from tests.support.nbgrader_runs import readable_text, scores

pytestmark = pytest.mark.nbgrader
MODULES = load_syllabus().modules


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_feedback_holds_no_solution_hidden_test_or_script(graded_exercises, module):
    assignment = module.exercise.assignment
    feedback = graded_exercises[assignment]
    secrets = secret_lines(nbformat.read(course_root() / module.exercise_notebook, as_version=4))
    caught = readable_text(feedback / "autograded" / "spy" / assignment / f"{assignment}.ipynb")
    assert leaks(secrets, caught), "the spy should have caught hidden test lines while grading"
    pages = sorted((feedback / "feedback").glob(f"*/{assignment}/*.html"))
    assert sorted(page.parent.parent.name for page in pages) == sorted(LEARNERS)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text
        visible = html.unescape(text)
        assert not leaks(secrets, visible), page
        assert "HIDDEN TESTS" not in visible and "BEGIN SOLUTION" not in visible


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_feedback_still_shows_the_learners_score(graded_exercises, module):
    page = (graded_exercises[module.exercise.assignment] / "feedback" / "solver" / module.exercise.assignment /
            f"{module.exercise.assignment}.html").read_text(encoding="utf-8")
    assert "Full marks here" in page


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_the_cohort_grader_gives_the_solution_every_automatic_point(graded_exercises, module):
    assignment = module.exercise.assignment
    got = scores(graded_exercises[assignment], assignment, "solver")
    assert got["code"] == module.exercise.automatic_points
