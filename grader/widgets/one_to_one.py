"""OneToOnePlanner: prepare a one-to-one meeting and get rubric feedback on the plan."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets

from grader.checks import check
from grader.domain.one_to_one import (
    MAX_MINUTES,
    MIN_MINUTES,
    PLAN_FILE,
    OneToOnePlan,
    lines,
    load_plan,
    save_plan,
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
    text_box,
)

LABEL = {"description_width": "12em"}


class OneToOnePlanner(widgets.VBox):
    """Fields for each part of a one-to-one plan, a Review button and a Save button."""

    def __init__(self, check_id: str = "01.one_to_one", store: LearnerStore | None = None,
                 folder: str | Path | None = None) -> None:
        """With ``folder`` (an exercise's folder), Save writes one-to-one-plan.json there for the
        answer cell to read; without it, the plan is kept in the learner's course folder."""
        self.check_id = check_id
        self.path = Path(folder) / PLAN_FILE if folder is not None else None
        self.save_name = "one-to-one-plan" if check_id == "01.one_to_one" else f"one-to-one-plan-{check_id}"
        self.store = store or LearnerStore.default()
        self.partner = text_box("Who you will meet:", "Name, organization", style=LABEL)
        self.purpose = text_area("Purpose:", "Why you are meeting, in one or two sentences", style=LABEL)
        self.questions = text_area("Your questions:", "One open question per line", height="8em", style=LABEL)
        self.listen_for = text_area("Listen for:", "One thing per line: values, interests, connections", style=LABEL)
        self.minutes = widgets.BoundedIntText(value=MIN_MINUTES, min=5, max=180, step=5,
                                              description="Length (minutes):", style=LABEL)
        self.follow_up = text_area("Follow-up:", "What you will do after the meeting", style=LABEL)
        self.follow_up_days = widgets.BoundedIntText(value=2, min=0, max=90,
                                                     description="Follow up within (days):", style=LABEL)
        self.review_button = button("Review my plan", "Check the plan against the one-to-one rubric")
        self.save_button = button("Save my plan", f"Save the plan as {PLAN_FILE} in this exercise's folder"
                                  if self.path else "Keep the plan in your course folder", "save")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.review_button.on_click(lambda _: self.review())
        self.save_button.on_click(lambda _: self.save())
        hint = widgets.HTML(
            f"<p>A one-to-one usually lasts {MIN_MINUTES} to {MAX_MINUTES} minutes and is led by "
            "curiosity about the other person, not by a pitch.</p>"
        )
        self._restore()
        super().__init__([
            hint, self.partner, self.purpose, self.questions, self.listen_for, self.minutes,
            self.follow_up, self.follow_up_days,
            widgets.HBox([self.review_button, self.save_button]), self.status, self.feedback,
        ])

    @property
    def plan(self) -> OneToOnePlan:
        return OneToOnePlan(
            partner=self.partner.value.strip(),
            purpose=self.purpose.value.strip(),
            questions=lines(self.questions.value),
            listen_for=lines(self.listen_for.value),
            minutes=int(self.minutes.value),
            follow_up=self.follow_up.value.strip(),
            follow_up_days=int(self.follow_up_days.value),
        )

    def fill(self, plan: OneToOnePlan) -> None:
        """Put a plan into the fields, as typing would."""
        self.partner.value = plan.partner
        self.purpose.value = plan.purpose
        self.questions.value = "\n".join(plan.questions)
        self.listen_for.value = "\n".join(plan.listen_for)
        self.minutes.value = plan.minutes
        self.follow_up.value = plan.follow_up
        self.follow_up_days.value = plan.follow_up_days if plan.follow_up_days is not None else 0

    def _restore(self) -> None:
        if self.path is not None:
            if self.path.exists():
                try:
                    self.fill(load_plan(self.path))
                    self.status.value = note(f"Your saved plan was reloaded from {self.path.name}.")
                except PlanFileError as problem:
                    self.status.value = note(str(problem))
            return
        saved, message = safe_load(self.store, self.save_name)
        if isinstance(saved, dict):
            self.fill(OneToOnePlan.from_dict(saved))
            self.status.value = note("Your saved plan was reloaded.")
        if message:
            self.status.value = note(message)

    def review(self):
        result = check(self.check_id, self.plan)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        if self.path is not None:
            message = answer_saved_message("plan", save_plan(self.plan, self.path))
            self.status.value = note(message)
            return message
        path = self.store.save(self.save_name, self.plan.to_dict())
        message = f"Saved your plan to {path.name} in your course folder."
        self.status.value = note(message)
        return message


def load_one_to_one(path: str | Path = PLAN_FILE) -> OneToOnePlan:
    """The plan saved with the planner in this folder (an exercise's answer cell calls this)."""
    return load_answer(load_plan, path, OneToOnePlan, "plan", "one-to-one planner")
