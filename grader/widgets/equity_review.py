"""EquityReviewBuilder: walk a department policy through the equity questions.

A thin view over ``grader.domain.equity_review`` and the ``equity_review`` check: the policy
as written, one box per question with the course's prompt above it, a Review button (rubric
feedback), a Save button (the learner's course folder) and an Export button (Markdown).
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from grader.checks import check
from grader.checks.feedback import Feedback
from grader.domain.equity_review import HIRING_POLICY, QUESTIONS, EquityReview, Policy
from grader.learner.store import LearnerStore
from grader.widgets.common import button, feedback_area, note, record, safe_load, show, text_area

LABEL = {"description_width": "19em"}


def policy_html(policy: Policy) -> str:
    rules = "".join(f"<li>{html.escape(rule)}</li>" for rule in policy.rules)
    return (f"<p><strong>{html.escape(policy.name)}</strong> ({html.escape(policy.kind)} policy, "
            f"{html.escape(policy.division)}). {html.escape(policy.purpose)}</p>"
            f"<p>What the policy says:</p><ul>{rules}</ul>")


class EquityReviewBuilder(widgets.VBox):
    """The policy, one labeled box per equity question, and Review, Save and Export buttons."""

    def __init__(self, check_id: str = "08.review", policy: Policy = HIRING_POLICY,
                 store: LearnerStore | None = None) -> None:
        self.check_id = check_id
        self.policy = policy
        self.store = store or LearnerStore.default()
        self.name = f"equity-review-{check_id}"
        self.boxes: dict[str, widgets.Textarea] = {
            q.key: text_area(f"{q.title}:", "Write two or three sentences.", style=LABEL)
            for q in QUESTIONS
        }
        prompts = [widgets.HTML(f"<p><strong>{n}. {html.escape(q.title)}.</strong> {html.escape(q.prompt)}</p>")
                   for n, q in enumerate(QUESTIONS, start=1)]
        self.review_button = button("Review my answers", "Check each answer against the equity review rubric")
        self.save_button = button("Save my review", "Keep the review in your course folder", "save")
        self.export_button = button("Export as Markdown", "Write the review to a Markdown file to share", "file")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.review_button.on_click(lambda _: self.review())
        self.save_button.on_click(lambda _: self.save())
        self.export_button.on_click(lambda _: self.export())
        pairs = [item for prompt, box in zip(prompts, self.boxes.values(), strict=True) for item in (prompt, box)]
        self._restore()
        super().__init__([widgets.HTML(policy_html(policy)), *pairs,
                          widgets.HBox([self.review_button, self.save_button, self.export_button]),
                          self.status, self.feedback])

    @property
    def texts(self) -> dict[str, str]:
        return {key: box.value for key, box in self.boxes.items()}

    def answer(self) -> EquityReview:
        return EquityReview(policy=self.policy.name, kind=self.policy.kind, **self.texts)

    def fill(self, answer: EquityReview) -> None:
        """Put a review's answers into the boxes, as typing would."""
        for key, text in answer.answers().items():
            self.boxes[key].value = text

    def review(self) -> Feedback:
        result = check(self.check_id, self.answer())
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        path = self.store.save(self.name, self.texts)
        message = f"Saved your review to {path.name} in your course folder."
        self.status.value = note(message)
        return message

    def export(self) -> str:
        path = self.store.root / f"{self.name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.answer().to_markdown(), encoding="utf-8")
        message = f"Wrote {path.name} to your course folder ({path.parent}), ready to share."
        self.status.value = note(message)
        return message

    def _restore(self) -> None:
        saved, message = safe_load(self.store, self.name)
        if isinstance(saved, dict):
            for key, box in self.boxes.items():
                if isinstance(saved.get(key), str):
                    box.value = saved[key]
            self.status.value = note("Your saved review was reloaded.")
        if message:
            self.status.value = note(message)
