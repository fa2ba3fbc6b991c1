"""AccountabilityPlanBuilder: write the department's commitments, review them, save and export.

The plan is saved as ``accountability-plan.json`` in a folder: by default the folder the
notebook runs in, which in an exercise is the assignment folder, so the plan is submitted
with the notebook and the graded cell can read it (``AccountabilityPlan.load(...)``).
"""

from __future__ import annotations

import html
import time
from pathlib import Path

import ipywidgets as widgets

from grader.checks import check
from grader.domain.accountability import (
    CADENCES,
    MECHANISMS,
    PLAN_FILE,
    AccountabilityPlan,
    Commitment,
    PlanFileError,
)
from grader.domain.spectrum import SPECTRUM
from grader.learner.store import LearnerStore
from grader.widgets.common import button, choice_box, feedback_area, note, record, show, text_area, text_box

LABEL = {"description_width": "14em"}
NEW = "New commitment"
CHOOSE_LEVEL = "Choose a level"
MARKDOWN_FILE = "accountability-plan.md"


def plan_table(plan: AccountabilityPlan) -> str:
    """The commitments so far as an accessible HTML table."""
    if not plan.commitments:
        return "<p><em>No commitments yet. Fill in the fields and press Add commitment.</em></p>"
    rows = "".join(
        f'<tr><th scope="row">{n}</th><td>{html.escape(c.action)}</td><td>{html.escape(c.owner)}</td>'
        f"<td>{html.escape(c.answers_to)}</td><td>{html.escape(c.mechanism)}</td>"
        f"<td>{html.escape(c.level_label)}</td></tr>"
        for n, c in enumerate(plan.commitments, start=1)
    )
    head = "".join(f'<th scope="col">{h}</th>' for h in ("#", "what", "owner", "answers to", "mechanism", "level"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


class AccountabilityPlanBuilder(widgets.VBox):
    """Fields for one commitment, buttons to add, update, remove, review, save and export."""

    def __init__(self, check_id: str = "02.accountability", folder: str | Path | None = None,
                 store: LearnerStore | None = None) -> None:
        self.check_id = check_id
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.path = self.folder / PLAN_FILE
        self.store = store or LearnerStore.default()
        self.commitments: list[Commitment] = []
        self.title = text_box("Plan title:", "For example: Our commitments to the asthma campaign", style=LABEL)
        self.chooser = widgets.Dropdown(options=[(NEW, None)], value=None, description="Commitment:", style=LABEL)
        self.action = text_area("What the department will do:", "A verb and what it applies to", height="4em",
                                style=LABEL)
        self.owner = text_box("Owner (person or role):", "For example: Director of Epidemiology", style=LABEL)
        self.answers_to = text_box("Answers to (partner):", "The community organization it answers to", style=LABEL)
        self.mechanism = choice_box("Mechanism:", list(MECHANISMS), style=LABEL)
        self.cadence = choice_box("How often:", list(CADENCES), style=LABEL)
        self.measure = text_box("Measure of progress:", "What will show progress", style=LABEL)
        self.measure_chosen_by = text_box("Measure chosen by:", "The partner who chose it, named as in Answers to", style=LABEL)
        self.resources = text_box("Pay or resources:", "With an amount, for example: $50 an hour stipends", style=LABEL)
        self.level = widgets.Dropdown(options=[(CHOOSE_LEVEL, None)] + [(lvl.label, lvl.number) for lvl in SPECTRUM],
                                      value=None, description="Spectrum level:", style=LABEL)
        self.add_button = button("Add commitment", "Add the commitment in the fields to your plan", "plus")
        self.update_button = button("Update commitment", "Replace the chosen commitment with the fields", "pencil")
        self.remove_button = button("Remove commitment", "Take the chosen commitment out of your plan", "trash")
        self.review_button = button("Review my plan", "Check the plan against the accountability rubric")
        self.save_button = button("Save my plan", f"Save the plan as {PLAN_FILE} in {self.folder}", "save")
        self.export_button = button("Export as Markdown", f"Write the plan to {MARKDOWN_FILE} to share", "file")
        self.plan_view = widgets.HTML(plan_table(self.plan))
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        for name in ("add", "update", "remove", "review", "save", "export"):
            action = getattr(self, name)
            getattr(self, f"{name}_button").on_click(lambda _, act=action: act())
        self.chooser.observe(lambda change: self.select(change["new"]), names="value")
        self._restore()
        super().__init__([
            self.title, self.chooser, self.action, self.owner, self.answers_to, self.mechanism,
            self.cadence, self.measure, self.measure_chosen_by, self.resources, self.level,
            widgets.HBox([self.add_button, self.update_button, self.remove_button]),
            self.plan_view,
            widgets.HBox([self.review_button, self.save_button, self.export_button]),
            self.status, self.feedback,
        ])

    # ---- reading and filling the fields ----

    @property
    def commitment(self) -> Commitment:
        """The commitment the fields describe now."""
        return Commitment(
            action=self.action.value, owner=self.owner.value, answers_to=self.answers_to.value,
            mechanism=self.mechanism.value, cadence=self.cadence.value, measure=self.measure.value,
            measure_chosen_by=self.measure_chosen_by.value, resources=self.resources.value,
            level=self.level.value,
        )

    @property
    def plan(self) -> AccountabilityPlan:
        return AccountabilityPlan(list(self.commitments), self.title.value)

    def fill(self, commitment: Commitment) -> None:
        """Put a commitment into the fields, as typing would."""
        for name in ("action", "owner", "answers_to", "mechanism", "cadence", "measure",
                     "measure_chosen_by", "resources"):
            getattr(self, name).value = getattr(commitment, name)
        self.level.value = commitment.level

    def clear(self) -> None:
        self.fill(Commitment())

    def select(self, index: int | None) -> None:
        """Show one commitment in the fields to edit it (None: a new, empty one)."""
        if self.chooser.value != index:
            self.chooser.value = index  # calls select again through the observer
            return
        if index is None:
            self.clear()
        else:
            self.fill(self.commitments[index])

    def _refresh(self, selected: int | None = None) -> None:
        options = [(NEW, None)] + [(f"{n}. {c.action[:50] or '(no action yet)'}", n - 1)
                                   for n, c in enumerate(self.commitments, start=1)]
        self.chooser.options = options
        self.select(selected)
        self.plan_view.value = plan_table(self.plan)

    def _say(self, message: str) -> str:
        self.status.value = note(message)
        return message

    # ---- actions (each is what a button does) ----

    def add(self) -> str:
        commitment = self.commitment
        if not commitment.action:
            return self._say("Write what the department will do before adding the commitment.")
        self.commitments.append(commitment)
        self._refresh(None)
        return self._say(f"Added commitment {len(self.commitments)}. Press Save my plan to keep it.")

    def update(self) -> str:
        index = self.chooser.value
        if index is None:
            return self._say("Choose a commitment in the list first, or press Add commitment for a new one.")
        self.commitments[index] = self.commitment
        self._refresh(index)
        return self._say(f"Updated commitment {index + 1}. Press Save my plan to keep it.")

    def remove(self) -> str:
        index = self.chooser.value
        if index is None:
            return self._say("Choose the commitment to remove in the list first.")
        del self.commitments[index]
        self._refresh(None)
        return self._say(f"Removed commitment {index + 1}. Press Save my plan to keep the change.")

    def review(self):
        result = check(self.check_id, self.plan)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        path = self.plan.save(self.path)
        count = len(self.commitments)
        saved = f"Saved {count} commitment{'s' if count != 1 else ''} to {path.name} in {path.parent}."
        if self.check_id.startswith("ex"):  # an exercise: the answer cell reads the file, which is submitted
            saved += " Run the answer cell below to use it; it is submitted with your notebook."
        return self._say(saved)

    def export(self) -> str:
        path = self.plan.save_markdown(self.folder / MARKDOWN_FILE)
        return self._say(f"Exported your plan to {path.name} in {path.parent}. Open it to copy or share.")

    def _restore(self) -> None:
        try:
            saved = AccountabilityPlan.load(self.path)
        except PlanFileError:
            aside = self.path.with_name(f"accountability-plan.damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
            self.path.replace(aside)
            self._say(f"Your saved plan in {self.path.name} could not be read, so it was moved to "
                      f"{aside.name} (nothing is lost) and this builder starts empty.")
            return
        if saved.is_empty():
            return
        self.title.value = saved.title
        self.commitments = list(saved.commitments)
        self._refresh(None)
        self._say(f"Your saved plan was reloaded from {self.path.name}.")
