"""SpectrumMapper: place partner scenarios on the Spectrum of Community Engagement to Ownership.

For each scenario the learner picks a level; the widget shows what that level means
(stance, impact, typical activities, resources) and, on Check, whether the placement
holds up and why. It never shows the right level.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from grader.checks import check, spec
from grader.checks.labels import case_sets
from grader.domain.plan_file import PlanFileError
from grader.domain.spectrum import PLACEMENTS_FILE, SPECTRUM, level, load_placements, save_placements
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
)

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

    def __init__(self, check_id: str, store: LearnerStore | None = None, folder: str | Path | None = None) -> None:
        """With ``folder`` (an exercise's folder), a Save button writes spectrum-placements.json
        there for the answer cell to read; without it, Check keeps them in the course folder."""
        self.check_id = check_id
        self.path = Path(folder) / PLACEMENTS_FILE if folder is not None else None
        spec(check_id)  # a clear error for an unknown id, and the catalog loaded
        self.scenarios = case_sets("spectrum")[check_id]
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
        self.save_button = button("Save my placements", f"Save the placements as {PLACEMENTS_FILE} in this "
                                  "exercise's folder", "save")
        self.save_button.on_click(lambda _: self.save())
        self._restore()
        buttons = widgets.HBox([self.check_button, self.save_button]) if self.path else self.check_button
        super().__init__([*rows, buttons, self.status, self.feedback])

    def _on_change(self, scenario_id: str):
        def update(change: dict) -> None:
            self.meanings[scenario_id].value = level_meaning(change["new"])

        return update

    def _restore(self) -> None:
        if self.path is not None:
            if self.path.exists():
                try:
                    for scenario_id, stance in load_placements(self.path).items():
                        if scenario_id in self.dropdowns:
                            self.dropdowns[scenario_id].value = level(stance).number
                    self.status.value = note(f"Your saved placements were reloaded from {self.path.name}.")
                except PlanFileError as problem:
                    self.status.value = note(str(problem))
            return
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
        if self.path is None:
            self.store.save(f"spectrum-{self.check_id}", self.placements)
        record(self.store, result)
        return result

    def save(self) -> str:
        """Save every scenario's level (None where none is chosen yet) in the exercise's folder."""
        if self.path is None:
            self.check()
            message = "Your placements are kept in your course folder."
        else:
            chosen = {sid: d.value for sid, d in self.dropdowns.items()}
            message = answer_saved_message("placements", save_placements(chosen, self.path))
        self.status.value = note(message)
        return message


def load_spectrum(path: str | Path = PLACEMENTS_FILE) -> dict[str, str]:
    """The placements saved with the spectrum mapper in this folder (an exercise's answer cell calls this)."""
    return load_answer(load_placements, path, dict, "placements", "spectrum mapper")
