"""SpectrumMapper: place partner scenarios on the Spectrum of Community Engagement to Ownership.

For each scenario the learner picks a level; the widget shows what that level means
(stance, impact, typical activities, resources) and, on Check, whether the placement
holds up and why. It never shows the right level.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from grader.checks import check, spec
from grader.checks.spectrum import SCENARIO_SETS
from grader.domain.spectrum import SPECTRUM
from grader.learner.store import LearnerStore
from grader.widgets.common import button, feedback_area, note, record, safe_load, show

CHOOSE = "Choose a level"


def level_meaning(number: int | None) -> str:
    """HTML describing a level, or a prompt when none is chosen yet."""
    if number is None:
        return "<p><em>Pick a level to see what it means.</em></p>"
    lvl = SPECTRUM[number]
    return (
        f'<p style="margin:0.2em 0 0.6em 0"><strong>{html.escape(lvl.label)}</strong>, '
        f"impact: {html.escape(lvl.impact)}. {html.escape(lvl.plain_words)}<br>"
        f"Typical activities: {html.escape(', '.join(lvl.activities))}.<br>"
        f"Resources: {html.escape(lvl.resources.describe())}.</p>"
    )


class SpectrumMapper(widgets.VBox):
    """One dropdown per scenario, a live description of the chosen level, and a Check button."""

    def __init__(self, check_id: str, store: LearnerStore | None = None) -> None:
        self.check_id = check_id
        spec(check_id)  # a clear error for an unknown id, and the catalog loaded
        self.scenarios = SCENARIO_SETS[check_id]
        self.store = store or LearnerStore.default()
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        self.meanings: dict[str, widgets.HTML] = {}
        rows: list[widgets.Widget] = []
        options = [(CHOOSE, None)] + [(lvl.label, lvl.number) for lvl in SPECTRUM]
        for scenario in self.scenarios:
            text = widgets.HTML(
                f"<p><strong>{html.escape(scenario.id)}. {html.escape(scenario.partner)}</strong>: "
                f"{html.escape(scenario.text)}</p>"
            )
            dropdown = widgets.Dropdown(
                options=options,
                value=None,
                description=f"Level for {scenario.id}:",
                style={"description_width": "initial"},
            )
            meaning = widgets.HTML(level_meaning(None))
            dropdown.observe(self._on_change(scenario.id), names="value")
            self.dropdowns[scenario.id] = dropdown
            self.meanings[scenario.id] = meaning
            rows.append(widgets.VBox([text, dropdown, meaning]))
        self.check_button = button("Check my placements", "Check where you placed each scenario")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.check_button.on_click(lambda _: self.check())
        self._restore()
        super().__init__([*rows, self.check_button, self.status, self.feedback])

    def _on_change(self, scenario_id: str):
        def update(change: dict) -> None:
            self.meanings[scenario_id].value = level_meaning(change["new"])

        return update

    def _restore(self) -> None:
        saved, message = safe_load(self.store, f"spectrum-{self.check_id}")
        if message:
            self.status.value = note(message)
        if isinstance(saved, dict):
            for scenario_id, number in saved.items():
                if scenario_id in self.dropdowns and number in range(len(SPECTRUM)):
                    self.dropdowns[scenario_id].value = number
            self.status.value = note("Your earlier placements were reloaded.")

    def place(self, scenario_id: str, level_number: int | None) -> None:
        """Set one placement, as choosing in the dropdown does."""
        self.dropdowns[scenario_id].value = level_number

    @property
    def placements(self) -> dict[str, int]:
        return {sid: d.value for sid, d in self.dropdowns.items() if d.value is not None}

    def check(self):
        result = check(self.check_id, self.placements)
        show(self.feedback, result)
        self.store.save(f"spectrum-{self.check_id}", self.placements)
        record(self.store, result)
        return result
