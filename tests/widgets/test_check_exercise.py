"""Does the start page's Check my exercise panel call check-exercise and show its result?"""

from __future__ import annotations

import nbformat

from grader.course.syllabus import course_root
from grader.learner.check_exercise import ExerciseCheck, Part, find_module
from grader.learner.exercises import copy_path
from grader.widgets.check_exercise import ExerciseChecker, as_html


def test_the_button_checks_the_chosen_exercise_and_shows_the_points(tmp_path):
    asked = []

    def checker(number, folder):
        asked.append((number, folder))
        module = find_module(number)
        return ExerciseCheck(module, tmp_path / "x.ipynb", 1,
                             [Part("spectrum-test", "Part 1. Spectrum", "Spectrum placements", False, 6, 4)])

    panel = ExerciseChecker(tmp_path, checker)
    panel.exercise.value = "01"
    panel.check_button.click()
    assert asked == [("01", tmp_path)]
    assert "Spectrum placements: 4 of 6 points" in panel.result.value
    assert not panel.check_button.disabled
    assert panel.check_button.tooltip and panel.exercise.description


def test_a_copy_from_a_trainer_gets_the_refusal_not_a_traceback(tmp_path):
    module = find_module("01")
    path = copy_path(tmp_path, module)
    path.parent.mkdir(parents=True)
    nbformat.write(nbformat.read(course_root() / module.exercise_notebook, as_version=4), path)
    panel = ExerciseChecker(tmp_path)
    panel.exercise.value = "01"
    shown = panel.check()
    assert "your trainer grades it" in shown and "Traceback" not in shown


def test_markdown_is_rendered_without_running_html():
    shown = as_html("**Rubric**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>")
    assert "<strong>Rubric</strong>" in shown and "<table>" in shown
    assert "<script>" not in shown
