"""AlliancePlanBuilder: answer a moment of political pushback with an alliance plan.

A thin view over ``grader.domain.alliance_plan`` and the ``alliance_plan`` check: one box
per part of the plan, a Review button (rubric feedback) and a Save button (the learner's
course folder). Lines the plan cannot read are reported in words, never as a traceback.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from grader.checks import check
from grader.checks.feedback import Feedback
from grader.domain.alliance_plan import (
    ALLY_KINDS,
    EXERCISE_PUSHBACK,
    PLAN_FILE,
    PRACTICE_PUSHBACK,
    AlliancePlan,
    Ally,
    PushbackScenario,
    Step,
    load_plan,
    save_plan,
)
from grader.domain.one_to_one import lines
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

LABEL = {"description_width": "14em"}
FIELDS = ("allies", "base_of_support", "transparency", "shared_risk", "offers",
          "community_goals", "next_steps")


class AlliancePlanBuilder(widgets.VBox):
    """Boxes for each part of an alliance plan, with Review and Save buttons."""

    def __init__(self, check_id: str = "04.alliance_plan",
                 scenario: PushbackScenario | None = None,
                 store: LearnerStore | None = None, folder: str | Path | None = None) -> None:
        """With ``folder`` (an exercise's folder), Save writes alliance-plan.json there for the
        answer cell to read; without it, the plan is kept in the learner's course folder."""
        self.check_id = check_id
        if scenario is None:
            scenario = EXERCISE_PUSHBACK if check_id.startswith("ex") else PRACTICE_PUSHBACK
        self.scenario = scenario
        self.path = Path(folder) / PLAN_FILE if folder is not None else None
        self.store = store or LearnerStore.default()
        self.boxes: dict[str, widgets.Textarea] = {
            "allies": text_area("Allies:", "One per line: name | kind | what they bring", height="7em", style=LABEL),
            "base_of_support": text_area("Base of support:", "Who may speak up, to whom, and how", style=LABEL),
            "transparency": text_area("Transparency:", "One step per line: what you will be open about", style=LABEL),
            "shared_risk": text_area("How risk is shared:", "What the department carries; what partners decide", style=LABEL),
            "offers": text_area("What we offer in return:", "One per line: resources, data, capacity building", style=LABEL),
            "community_goals": text_area("Communities' own goals:", "One per line, in their words", style=LABEL),
            "next_steps": text_area("Next steps:", "One per line: what | who | YYYY-MM-DD", height="7em", style=LABEL),
        }
        self.review_button = button("Review my plan", "Check the plan against the alliance plan rubric")
        self.save_button = button("Save my plan", f"Save the plan as {PLAN_FILE} in this exercise's folder"
                                  if self.path else "Keep the plan in your course folder", "save")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.review_button.on_click(lambda _: self.review())
        self.save_button.on_click(lambda _: self.save())
        intro = widgets.HTML(
            f"<p><strong>{html.escape(scenario.title)}.</strong> {html.escape(scenario.text)}</p>"
            f"<p>Kinds of ally: {html.escape(', '.join(ALLY_KINDS))}.</p>"
        )
        self._restore()
        super().__init__([intro, *self.boxes.values(),
                          widgets.HBox([self.review_button, self.save_button]),
                          self.status, self.feedback])

    @property
    def texts(self) -> dict[str, str]:
        return {name: box.value for name, box in self.boxes.items()}

    def plan(self) -> AlliancePlan:
        """The plan in the boxes; ValueError naming the first line it cannot read."""
        values = self.texts
        return AlliancePlan(
            allies=[Ally.from_line(line) for line in lines(values["allies"])],
            base_of_support=values["base_of_support"].strip(),
            transparency=lines(values["transparency"]),
            shared_risk=values["shared_risk"].strip(),
            offers=lines(values["offers"]),
            community_goals=lines(values["community_goals"]),
            next_steps=[Step.from_line(line) for line in lines(values["next_steps"])],
        )

    def fill(self, plan: AlliancePlan) -> None:
        """Put a plan into the boxes, as typing would."""
        self.boxes["allies"].value = "\n".join(ally.to_line() for ally in plan.allies)
        self.boxes["base_of_support"].value = plan.base_of_support
        self.boxes["transparency"].value = "\n".join(plan.transparency)
        self.boxes["shared_risk"].value = plan.shared_risk
        self.boxes["offers"].value = "\n".join(plan.offers)
        self.boxes["community_goals"].value = "\n".join(plan.community_goals)
        self.boxes["next_steps"].value = "\n".join(step.to_line() for step in plan.next_steps)

    def review(self) -> Feedback:
        try:
            result = check(self.check_id, self.plan())
        except ValueError as problem:
            result = Feedback(self.check_id, "Alliance plan", problem=str(problem))
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        if self.path is not None:
            try:
                message = answer_saved_message("plan", save_plan(self.plan(), self.path))
            except ValueError as problem:
                message = f"Not saved yet: {problem} Fix that line and press Save my plan again."
            self.status.value = note(message)
            return message
        path = self.store.save(f"alliance-plan-{self.check_id}", self.texts)
        message = f"Saved your plan to {path.name} in your course folder."
        self.status.value = note(message)
        return message

    def _restore(self) -> None:
        if self.path is not None:
            if self.path.exists():
                try:
                    self.fill(load_plan(self.path))
                    self.status.value = note(f"Your saved plan was reloaded from {self.path.name}.")
                except PlanFileError as problem:
                    self.status.value = note(str(problem))
            return
        saved, message = safe_load(self.store, f"alliance-plan-{self.check_id}")
        if isinstance(saved, dict):
            for name in FIELDS:
                if isinstance(saved.get(name), str):
                    self.boxes[name].value = saved[name]
            self.status.value = note("Your saved plan was reloaded.")
        if message:
            self.status.value = note(message)


def load_alliance_plan(path: str | Path = PLAN_FILE) -> AlliancePlan:
    """The plan saved with the builder in this folder (an exercise's answer cell calls this)."""
    return load_answer(load_plan, path, AlliancePlan, "alliance plan", "alliance plan builder")
