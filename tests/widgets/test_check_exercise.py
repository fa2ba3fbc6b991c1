"""Does the start page's Check my exercise panel call check-exercise and show its result?"""

from __future__ import annotations

import nbformat
import pytest

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


@pytest.mark.nbgrader
def test_the_panel_grades_a_copy_from_inside_a_real_kernel(tmp_path, exercise_cache):
    """As on the start page: the button runs the cohort grader from a notebook kernel."""
    from nbclient import NotebookClient

    from grader.learner.exercises import place_exercises

    place_exercises(tmp_path / "course", cache=exercise_cache)
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(
        "from grader import exercise_checker\n"
        "panel = exercise_checker()\n"
        "panel.exercise.value = '01'\n"
        "panel.check_button.click()\n"
        "print(panel.result.value)")]
    env = {"EQUITY_COURSE_HOME": str(tmp_path / "course"), "EQUITY_COURSE_CACHE": str(exercise_cache)}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    shown = "".join(o.get("text", "") for o in notebook.cells[0].outputs)
    assert "Points scored automatically: 0 of 12." in shown
    assert "Model answer" in shown and "Total: 5 points" in shown
