"""UpstreamSorter: list interventions from the most downstream to the most upstream, with reasons.

One row per position (1 is the most downstream): an intervention, its level on the upstream
scale and a reason in the learner's words. Check gives the sort's feedback; in an exercise,
Save writes the sort to a file in the assignment folder (``upstream-housing.json`` for
``ex09.housing``) for the answer cell to read with ``load_upstream(...)``. Without a folder (a
module's practice) there is no Save button: Check records the result in the learner's progress.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from grader.checks import check, spec
from grader.checks.upstream import INTERVENTION_SETS
from grader.domain.plan_file import PlanFileError
from grader.domain.upstream import SCALE, Placement, load_sort, save_sort
from grader.learner.store import LearnerStore
from grader.widgets.common import (
    answer_saved_message,
    button,
    feedback_area,
    load_answer,
    note,
    record,
    show,
    text_box,
)

LABEL = {"description_width": "16em"}
CHOOSE_INTERVENTION = "Choose an intervention"
CHOOSE_LEVEL = "Choose a level"


def sort_file(check_id: str) -> str:
    """The file a sort is saved in: ``ex09.housing`` -> ``upstream-housing.json``."""
    return f"upstream-{check_id.rsplit('.', 1)[-1]}.json"


class UpstreamSorter(widgets.VBox):
    """One row per position: intervention, level and reason; Check and Save buttons."""

    def __init__(self, check_id: str, store: LearnerStore | None = None, folder: str | Path | None = None) -> None:
        spec(check_id)  # a clear error for an unknown id, and the catalog loaded
        if check_id not in INTERVENTION_SETS:
            raise KeyError(f'"{check_id}" is not an upstream sort. Use one of: {", ".join(sorted(INTERVENTION_SETS))}.')
        self.check_id = check_id
        self.store = store or LearnerStore.default()
        self.path = Path(folder) / sort_file(check_id) if folder is not None else None
        items = INTERVENTION_SETS[check_id]
        self.rows: list[tuple[widgets.Dropdown, widgets.Dropdown, widgets.Text]] = []
        shown: list[widgets.Widget] = []
        for number in range(1, len(items) + 1):
            where = " (most downstream)" if number == 1 else " (most upstream)" if number == len(items) else ""
            intervention = widgets.Dropdown(
                options=[(CHOOSE_INTERVENTION, "")] + [(f"{i.id}. {i.text[:70]}", i.id) for i in items],
                value="", description=f"Position {number}{where}:", style=LABEL,
                layout=widgets.Layout(width="100%"))
            level = widgets.Dropdown(options=[(CHOOSE_LEVEL, "")] + [(lvl.label, lvl.key) for lvl in SCALE],
                                     value="", description=f"Level for position {number}:", style=LABEL)
            reason = text_box(f"Why, for position {number}:", "A sentence in your own words", style=LABEL)
            self.rows.append((intervention, level, reason))
            shown.append(widgets.VBox([intervention, level, reason],
                                      layout=widgets.Layout(margin="0 0 0.8em 0")))
        self.check_button = button("Check my sort", "Check whether your sort is complete and well formed")
        self.save_button = button("Save my sort", f"Save the sort as {sort_file(check_id)} in this exercise's "
                                  "folder", "save")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.check_button.on_click(lambda _: self.check())
        self.save_button.on_click(lambda _: self.save())
        intro = widgets.HTML("<p>Put the most downstream intervention at position 1 and the most upstream "
                             f"at position {len(items)}. {html.escape('Give each a level and a reason.')}</p>")
        self._restore()
        actions = [self.check_button, self.save_button] if self.path else [self.check_button]
        super().__init__([intro, *shown, widgets.HBox(actions),
                          self.status, self.feedback])

    @property
    def placements(self) -> list[Placement]:
        return [Placement(i.value, lvl.value, r.value) for i, lvl, r in self.rows]

    def fill(self, placements: list[Placement]) -> None:
        """Put placements into the rows, in order, as choosing and typing would."""
        for (intervention, level, reason), placement in zip(self.rows, placements, strict=False):
            intervention.value = placement.intervention if placement.intervention in {
                value for _, value in intervention.options} else ""
            level.value = placement.level
            reason.value = placement.reason

    def check(self):
        result = check(self.check_id, self.placements)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        if self.path is None:
            raise ValueError("This sorter is for practice and saves no file; use Check my sort. In an exercise, "
                             'pass the folder: UpstreamSorter("ex09.housing", folder=".").')
        message = answer_saved_message("sort", save_sort(self.placements, self.path))
        self.status.value = note(message)
        return message

    def _restore(self) -> None:
        if self.path is not None and self.path.exists():
            try:
                self.fill(load_sort(self.path))
                self.status.value = note(f"Your saved sort was reloaded from {self.path.name}.")
            except (PlanFileError, ValueError) as problem:
                self.status.value = note(str(problem))


def load_upstream(path: str | Path) -> list[Placement]:
    """The sort saved with the upstream sorter in this folder (an exercise's answer cell calls this)."""
    return load_answer(load_sort, path, list, "sort", "upstream sorter")
