"""Narrative widgets: label department statements, and rewrite a press paragraph.

``StatementSorter`` shows each statement of a labeling check with a labeled drop-down and
checks them together. ``RewriteReviewer`` shows the paragraph to rewrite, a text box, and
reviews the rewrite against the rubric. Both keep the learner's work in their course folder.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from grader.checks import check, spec
from grader.checks.labels import case_sets
from grader.checks.press_rewrite import PARAGRAPHS
from grader.domain.press_rewrite import word_count
from grader.learner.store import LearnerStore
from grader.widgets.common import FULL_WIDTH, button, feedback_area, note, record, safe_load, show, text_area

CHOOSE = "(choose a label)"
LABEL_OPTIONS: tuple[tuple[str, str | None], ...] = (
    (CHOOSE, None),
    ("transformative", "transformative"),
    ("dominant (not sure which narrative)", "dominant"),
    ("dominant: individualism", "individualism"),
    ("dominant: market-only solutions", "market-only"),
    ("dominant: anti-government sentiment", "anti-government"),
)


class StatementSorter(widgets.VBox):
    """One drop-down per statement, a Check button and feedback; choices are kept."""

    def __init__(self, check_id: str, store: LearnerStore | None = None) -> None:
        spec(check_id)  # a clear error for an unknown id, and the catalog loaded
        self.check_id = check_id
        self.statements = case_sets("narrative")[check_id]
        self.store = store or LearnerStore.default()
        self.save_name = f"statement-labels-{check_id}"
        self.choices: dict[str, widgets.Dropdown] = {}
        rows: list[widgets.Widget] = []
        for statement in self.statements:
            text = widgets.HTML(f"<p><strong>{html.escape(statement.id)}. {html.escape(statement.source)}"
                                f"</strong><br>{html.escape(statement.text)}</p>", layout=FULL_WIDTH)
            self.choices[statement.id] = widgets.Dropdown(
                options=list(LABEL_OPTIONS), value=None, description=f"Label for {statement.id}:",
                style={"description_width": "initial"}, layout=widgets.Layout(width="32em"))
            rows += [text, self.choices[statement.id]]
        self.check_button = button("Check my labels", "Check every label you chose and keep your choices")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.check_button.on_click(lambda _: self.check())
        self._restore()
        super().__init__([*rows, self.check_button, self.status, self.feedback])

    @property
    def labels(self) -> dict[str, str | None]:
        return {sid: box.value for sid, box in self.choices.items()}

    def choose(self, statement_id: str, value: str) -> None:
        """Pick a label, as the drop-down would: "transformative", "dominant" or a narrative's key."""
        self.choices[statement_id].value = value

    def _restore(self) -> None:
        saved, message = safe_load(self.store, self.save_name)
        allowed = {value for _, value in LABEL_OPTIONS}
        if isinstance(saved, dict):
            for sid, value in saved.items():
                if sid in self.choices and value in allowed:
                    self.choices[sid].value = value
            self.status.value = note("Your saved labels were reloaded.")
        if message:
            self.status.value = note(message)

    def check(self):
        self.store.save(self.save_name, self.labels)
        result = check(self.check_id, self.labels)
        show(self.feedback, result)
        record(self.store, result)
        return result


class RewriteReviewer(widgets.VBox):
    """The paragraph to rewrite, a text box, Review and Save buttons, and rubric feedback."""

    def __init__(self, check_id: str, store: LearnerStore | None = None) -> None:
        spec(check_id)
        self.check_id = check_id
        self.original = PARAGRAPHS[check_id]
        self.store = store or LearnerStore.default()
        self.save_name = f"rewrite-{check_id}"
        shown = widgets.HTML(f"<p><strong>The paragraph to rewrite ({html.escape(self.original.topic)})"
                             f"</strong></p><blockquote>{html.escape(self.original.text)}</blockquote>",
                             layout=FULL_WIDTH)
        self.text = text_area("Your rewrite:", "Write your paragraph here, in your own words.", height="12em")
        self.review_button = button("Review my paragraph", "Check the paragraph against the seven rubric lines")
        self.save_button = button("Save my paragraph", "Keep the paragraph in your course folder", "save")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.review_button.on_click(lambda _: self.review())
        self.save_button.on_click(lambda _: self.save())
        self._restore()
        super().__init__([shown, self.text, widgets.HBox([self.review_button, self.save_button]),
                          self.status, self.feedback])

    def write(self, text: str) -> None:
        self.text.value = text

    def _restore(self) -> None:
        saved, message = safe_load(self.store, self.save_name)
        if isinstance(saved, dict) and isinstance(saved.get("text"), str):
            self.text.value = saved["text"]
            self.status.value = note("Your saved paragraph was reloaded.")
        if message:
            self.status.value = note(message)

    def review(self):
        result = check(self.check_id, self.text.value)
        show(self.feedback, result)
        record(self.store, result)
        self.status.value = note(f"{word_count(self.text.value)} words.")
        return result

    def save(self) -> str:
        if not self.text.value.strip():
            message = "There is nothing to save yet: write your paragraph first."
        else:
            path = self.store.save(self.save_name, {"text": self.text.value})
            message = (f"Saved your paragraph ({word_count(self.text.value)} words) to {path.name} "
                       "in your course folder.")
        self.status.value = note(message)
        return message
