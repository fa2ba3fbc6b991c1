"""A choice question: pick one option, check it, read why."""

from __future__ import annotations

import html

import ipywidgets as widgets

from grader.checks import check, spec
from grader.checks.choice import QUESTIONS
from grader.learner.store import LearnerStore
from grader.widgets.common import WIDE_LABEL, button, feedback_area, record, show


class ChoiceQuestionWidget(widgets.VBox):
    """Radio buttons for one registered choice question, a Check button and feedback."""

    def __init__(self, check_id: str, store: LearnerStore | None = None) -> None:
        spec(check_id)  # a clear error for an unknown id, and the catalog loaded
        self.question = QUESTIONS[check_id]
        self.store = store or LearnerStore.default()
        self.prompt = widgets.HTML(f"<p><strong>{html.escape(self.question.prompt)}</strong></p>")
        self.options = widgets.RadioButtons(
            options=[(f"{letter}) {text}", letter) for letter, text in self.question.options],
            value=None,
            description="Your answer:",
            style=WIDE_LABEL,
            layout=widgets.Layout(width="100%"),
        )
        self.check_button = button("Check my answer", "Check the option you picked")
        self.feedback = feedback_area()
        self.check_button.on_click(lambda _: self.check())
        super().__init__([self.prompt, self.options, self.check_button, self.feedback])

    def choose(self, letter: str) -> None:
        self.options.value = letter

    def check(self):
        result = check(self.question.check_id, self.options.value)
        show(self.feedback, result)
        record(self.store, result)
        return result
