"""EquityReviewBuilder: walk a department policy through the equity questions.

A thin view over ``grader.domain.equity_review`` and the ``equity_review`` check: the policy
as written, one box per question with the course's prompt above it, a Review button (rubric
feedback), a Save button (the learner's course folder) and an Export button (Markdown).
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from grader.checks import check, spec
from grader.checks.feedback import Feedback
from grader.checks.labels import case_sets
from grader.domain.equity_review import (
    HIRING_POLICY,
    MATCHES_FILE,
    QUESTIONS,
    REVIEW_FILE,
    EquityReview,
    Policy,
    load_matches,
    load_review,
    question,
    save_matches,
    save_review,
)
from grader.domain.plan_file import PlanFileError
from grader.learner.store import LearnerStore
from grader.widgets.common import (
    answer_saved_message,
    button,
    feedback_area,
    load_answer,
    note,
    record,
    safe_load,
    show,
    text_area,
)

LABEL = {"description_width": "19em"}


def policy_html(policy: Policy) -> str:
    rules = "".join(f"<li>{html.escape(rule)}</li>" for rule in policy.rules)
    return (f"<p><strong>{html.escape(policy.name)}</strong> ({html.escape(policy.kind)} policy, "
            f"{html.escape(policy.division)}). {html.escape(policy.purpose)}</p>"
            f"<p>What the policy says:</p><ul>{rules}</ul>")


class EquityReviewBuilder(widgets.VBox):
    """The policy, one labeled box per equity question, and Review, Save and Export buttons."""

    def __init__(self, check_id: str = "08.review", policy: Policy = HIRING_POLICY,
                 store: LearnerStore | None = None, folder: str | Path | None = None) -> None:
        """With ``folder`` (an exercise's folder), Save writes equity-review.json there for the
        answer cell to read; without it, the review is kept in the learner's course folder."""
        self.check_id = check_id
        self.policy = policy
        self.path = Path(folder) / REVIEW_FILE if folder is not None else None
        self.store = store or LearnerStore.default()
        self.name = f"equity-review-{check_id}"
        self.boxes: dict[str, widgets.Textarea] = {
            q.key: text_area(f"{q.title}:", "Write two or three sentences.", style=LABEL)
            for q in QUESTIONS
        }
        prompts = [widgets.HTML(f"<p><strong>{n}. {html.escape(q.title)}.</strong> {html.escape(q.prompt)}</p>")
                   for n, q in enumerate(QUESTIONS, start=1)]
        self.review_button = button("Review my answers", "Check each answer against the equity review rubric")
        self.save_button = button("Save my review", f"Save the review as {REVIEW_FILE} in this exercise's folder"
                                  if self.path else "Keep the review in your course folder", "save")
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
        if self.path is not None:
            message = answer_saved_message("review", save_review(self.answer(), self.path))
            self.status.value = note(message)
            return message
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
        if self.path is not None:
            if self.path.exists():
                try:
                    self.fill(load_review(self.path))
                    self.status.value = note(f"Your saved review was reloaded from {self.path.name}.")
                except PlanFileError as problem:
                    self.status.value = note(str(problem))
            return
        saved, message = safe_load(self.store, self.name)
        if isinstance(saved, dict):
            for key, box in self.boxes.items():
                if isinstance(saved.get(key), str):
                    box.value = saved[key]
            self.status.value = note("Your saved review was reloaded.")
        if message:
            self.status.value = note(message)


def load_equity_review(path: str | Path = REVIEW_FILE) -> EquityReview:
    """The review saved with the builder in this folder (an exercise's answer cell calls this)."""
    return load_answer(load_review, path, EquityReview, "review", "equity review builder")


CHOOSE_QUESTION = "Choose a question"


class StatementMatcher(widgets.VBox):
    """One drop-down per statement (which equity question it answers), Check and Save buttons.

    Save writes statement-matches.json in ``folder`` (an exercise passes ``folder="."``, its
    assignment folder) for the answer cell to read. Without a folder (a module's practice) there is
    no Save button: Check records the result in the learner's progress.
    """

    def __init__(self, check_id: str, store: LearnerStore | None = None, folder: str | Path | None = None) -> None:
        spec(check_id)  # a clear error for an unknown id, and the catalog loaded
        found = case_sets("equity_question")
        if check_id not in found:
            raise KeyError(f'"{check_id}" is not a statement matching question. '
                           f'Use one of: {", ".join(sorted(found))}.')
        self.check_id = check_id
        self.store = store or LearnerStore.default()
        self.path = Path(folder) / MATCHES_FILE if folder is not None else None
        options = [(CHOOSE_QUESTION, None)] + [(q.title, q.title.casefold()) for q in QUESTIONS]
        self.choices: dict[str, widgets.Dropdown] = {}
        rows: list[widgets.Widget] = []
        for statement in found[check_id]:
            rows.append(widgets.HTML(f"<p><strong>{html.escape(statement.id)}.</strong> "
                                     f"{html.escape(statement.text)}</p>"))
            self.choices[statement.id] = widgets.Dropdown(
                options=options, value=None, description=f"Question for {statement.id}:",
                style={"description_width": "initial"}, layout=widgets.Layout(width="36em"))
            rows.append(self.choices[statement.id])
        self.check_button = button("Check my matches", "Check whether every statement is matched")
        self.save_button = button("Save my matches", f"Save the matches as {MATCHES_FILE} in this exercise's folder",
                                  "save")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.check_button.on_click(lambda _: self.check())
        self.save_button.on_click(lambda _: self.save())
        self._restore()
        actions = [self.check_button, self.save_button] if self.path else [self.check_button]
        super().__init__([*rows, widgets.HBox(actions), self.status, self.feedback])

    @property
    def matches(self) -> dict[str, str]:
        return {sid: box.value for sid, box in self.choices.items() if box.value}

    def choose(self, statement_id: str, name: str | None) -> None:
        """Pick a question for a statement, as the drop-down would (None: not matched)."""
        self.choices[statement_id].value = None if name is None else question(name).title.casefold()

    def check(self) -> Feedback:
        result = check(self.check_id, self.matches)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        if self.path is None:
            raise ValueError("This matcher is for practice and saves no file; use Check my matches. In an "
                             'exercise, pass the folder: StatementMatcher("ex08.statements", folder=".").')
        chosen = {sid: box.value for sid, box in self.choices.items()}
        message = answer_saved_message("matches", save_matches(chosen, self.path))
        self.status.value = note(message)
        return message

    def _restore(self) -> None:
        if self.path is not None and self.path.exists():
            try:
                for sid, name in load_matches(self.path).items():
                    if sid in self.choices:
                        self.choose(sid, name)
                self.status.value = note(f"Your saved matches were reloaded from {self.path.name}.")
            except (PlanFileError, ValueError) as problem:
                self.status.value = note(str(problem))


def load_statement_matches(path: str | Path = MATCHES_FILE) -> dict[str, str]:
    """The matches saved with the statement matcher in this folder (an exercise's answer cell calls this)."""
    return load_answer(load_matches, path, dict, "matches", "statement matcher")
