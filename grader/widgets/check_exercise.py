"""The start page's *Check my exercise* button, for self-paced learners.

It calls the same function as ``equity-course check-exercise NN``
(``grader.learner.check_exercise``) and shows the result: the points for each part, then
the model answer and the rubric for the written answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ipywidgets as widgets
from markdown_it import MarkdownIt

from grader.course.syllabus import load_syllabus
from grader.learner.check_exercise import ExerciseCheck, check_exercise
from grader.widgets.common import FULL_WIDTH, button, note

Checker = Callable[[str, Path | None], ExerciseCheck]


def as_html(markdown: str) -> str:
    """Course Markdown as HTML; raw HTML in it is shown as text, never run."""
    return MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)


class ExerciseChecker(widgets.VBox):
    """Choose an exercise, press the button, read the result (see the module docstring)."""

    def __init__(self, folder: Path | None = None, checker: Checker | None = None) -> None:
        self.folder = folder
        self.checker = checker or (lambda number, where: check_exercise(number, where))
        modules = load_syllabus().modules
        self.exercise = widgets.Dropdown(
            description="Exercise:", options=[(f"{m.id}. {m.title}", m.id) for m in modules],
            value=modules[0].id, style={"description_width": "initial"})
        self.check_button = button("Check my exercise",
                                   "Grade your saved copy of this exercise and show your points", "check")
        self.result = widgets.HTML("", layout=FULL_WIDTH)
        self.check_button.on_click(lambda _: self.check())
        super().__init__([self.exercise, self.check_button, self.result])

    def check(self) -> str:
        """Grade the chosen exercise and show the result; returns what is shown, as HTML."""
        self.check_button.disabled = True
        self.result.value = note("Grading your saved copy; this takes a few seconds ...")
        try:
            shown = as_html(self.checker(str(self.exercise.value), self.folder).markdown())
        except (ValueError, RuntimeError, OSError) as error:  # a clear reason, never a traceback
            shown = note(str(error))
        finally:
            self.check_button.disabled = False
        self.result.value = shown
        return shown


def exercise_checker(folder: Path | None = None) -> ExerciseChecker:
    """The *Check my exercise* panel for the start page."""
    return ExerciseChecker(folder)
