"""DecisionProcessRedesigner: redesign a decision process one step up the spectrum.

Shows the current process, then one dropdown per step for who decides, and dropdowns for
when the community comes in, the community's share of the budget and the main activity.
Check gives the redesign check's feedback; Save keeps the choices in the course folder.
Nothing is pre-filled, and the level a choice reaches is shown only through the check.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets

from grader.checks import check
from grader.checks.decision_process import current_process
from grader.domain.decision_process import ACTIVITIES, DECIDERS, TIMING_MEANS, TIMINGS, target_of
from grader.learner.store import LearnerStore
from grader.widgets.common import button, feedback_area, note, record, safe_load, show

LABEL = {"description_width": "initial"}
SHARES = list(range(0, 101, 5))


def _dropdown(description: str, options: Sequence[tuple[str, object]], prompt: str) -> widgets.Dropdown:
    return widgets.Dropdown(options=[(prompt, None), *options], value=None, description=description,
                            style=LABEL, layout=widgets.Layout(width="auto"))


def process_card(check_id: str) -> str:
    """HTML describing the current process and the level one step up (what the learner aims for)."""
    process = current_process(check_id)
    target = target_of(process)
    steps = "".join(f"<li>{html.escape(s.name)}: decided by the {html.escape(s.decided_by)}</li>"
                    for s in process.steps)
    return (
        f"<p><strong>Decision:</strong> {html.escape(process.decision)}</p>"
        f"<p><strong>Steps today:</strong></p><ol>{steps}</ol>"
        f"<p><strong>The community comes in:</strong> {html.escape(process.community_joins)} "
        f"({html.escape(TIMING_MEANS[process.community_joins])}). "
        f"<strong>Community share of the budget:</strong> {process.community_share:g}%. "
        f"<strong>Main activity:</strong> {html.escape(process.activity)}.</p>"
        f"<p>This process sits at <strong>{html.escape(process.level.label)}</strong>. Redesign it to reach "
        f"<strong>{html.escape(target.label)}</strong> ({html.escape(target.plain_words)})</p>"
    )


class DecisionProcessRedesigner(widgets.VBox):
    """Dropdowns for each part of a redesign, a Check button and a Save button."""

    def __init__(self, check_id: str = "03.redesign", store: LearnerStore | None = None) -> None:
        self.check_id = check_id
        self.process = current_process(check_id)
        self.store = store or LearnerStore.default()
        self.card = widgets.HTML(process_card(check_id))
        who = [(name, name) for name in DECIDERS]
        self.deciders = {step.name: _dropdown(f"Who decides \u201c{step.name}\u201d:", who, "Choose who decides")
                         for step in self.process.steps}
        self.timing = _dropdown("When the community comes in:",
                                [(f"{name}: {TIMING_MEANS[name]}", name) for name in TIMINGS], "Choose when")
        self.share = _dropdown("Community share of the budget:", [(f"{n}%", n) for n in SHARES], "Choose a share")
        self.activity = _dropdown("Main way the community takes part:",
                                  [(name, name) for name in sorted(ACTIVITIES)], "Choose an activity")
        self.check_button = button("Check my redesign", "Check whether each part reaches one step up")
        self.save_button = button("Save my redesign", "Keep these choices in your course folder", "save")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.check_button.on_click(lambda _: self.check())
        self.save_button.on_click(lambda _: self.save())
        self._restore()
        super().__init__([
            self.card, *self.deciders.values(), self.timing, self.share, self.activity,
            widgets.HBox([self.check_button, self.save_button]), self.status, self.feedback,
        ])

    @property
    def redesign(self) -> dict[str, object]:
        """The choices so far, in the form the check reads; None where nothing is chosen."""
        return {
            "decided_by": {name: dropdown.value for name, dropdown in self.deciders.items()},
            "community_joins": self.timing.value,
            "community_share": self.share.value,
            "activity": self.activity.value,
        }

    def fill(self, redesign: dict[str, object]) -> None:
        """Choose values as a learner would; values that are not options are left unchosen."""
        deciders = redesign.get("decided_by") or {}
        for name, dropdown in self.deciders.items():
            _choose(dropdown, deciders.get(name) if isinstance(deciders, dict) else deciders)
        _choose(self.timing, redesign.get("community_joins"))
        _choose(self.share, redesign.get("community_share"))
        _choose(self.activity, redesign.get("activity"))

    def _restore(self) -> None:
        saved, message = safe_load(self.store, f"redesign-{self.check_id}")
        if isinstance(saved, dict):
            self.fill(saved)
            self.status.value = note("Your saved redesign was reloaded.")
        if message:
            self.status.value = note(message)

    def check(self):
        result = check(self.check_id, self.redesign)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        path = self.store.save(f"redesign-{self.check_id}", self.redesign)
        message = f"Saved your redesign to {path.name} in your course folder."
        self.status.value = note(message)
        return message


def _choose(dropdown: widgets.Dropdown, value: object) -> None:
    values = [option[1] for option in dropdown.options]
    dropdown.value = value if value in values else None
