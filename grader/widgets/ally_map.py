"""AllyMapBuilder: add allies from local to national, see which scales are covered, review the map."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets

from grader.checks import check
from grader.domain.ally_map import KINDS, MAP_FILE, SCALES, MovementAlly, as_allies, load_map, save_map
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

LABEL = {"description_width": "10em"}
CHOOSE = "Choose one"


def _count(allies: list[MovementAlly]) -> str:
    return f"{len(allies)} all{'y' if len(allies) == 1 else 'ies'}"


def map_table(allies: list[MovementAlly]) -> str:
    """The map as an HTML table, by scale from local to national, with a line on coverage."""
    if not allies:
        return "<p><em>No allies yet. Fill in the boxes above and press Add this ally.</em></p>"
    esc = html.escape
    ordered = sorted(allies, key=lambda a: SCALES.index(a.scale) if a.scale in SCALES else len(SCALES))
    rows = "".join(
        f"<tr><td>{esc(a.scale)}</td><th scope=\"row\">{esc(a.name)}</th><td>{esc(a.kind)}</td>"
        f"<td>{esc(a.brings)}</td><td>{esc(a.ask)}</td></tr>"
        for a in ordered
    )
    covered = [s for s in SCALES if any(a.scale == s for a in allies)]
    gaps = [s for s in SCALES if s not in covered]
    coverage = f"Scales on the map: {', '.join(covered) or 'none'}." + (
        f" Not yet: {', '.join(gaps)}." if gaps else " Every scale is covered.")
    head = "".join(f'<th scope="col">{h}</th>' for h in ("scale", "ally", "kind", "brings", "your ask"))
    return (f'<table style="text-align:left"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
            f"<p>{esc(coverage)}</p>")


class AllyMapBuilder(widgets.VBox):
    """Boxes for one ally, Add and Remove buttons, the map so far, and Review and Save buttons."""

    def __init__(self, check_id: str = "05.allies", store: LearnerStore | None = None,
                 folder: str | Path | None = None) -> None:
        """With ``folder`` (an exercise's folder), Save writes ally-map.json there for the answer
        cell to read; without it, the map is kept in the learner's course folder."""
        self.check_id = check_id
        self.path = Path(folder) / MAP_FILE if folder is not None else None
        self.store = store or LearnerStore.default()
        self.allies: list[MovementAlly] = []
        self.name = text_box("Ally:", "Organization or network", style=LABEL)
        self.scale = widgets.Dropdown(options=[(CHOOSE, "")] + [(s, s) for s in SCALES], value="",
                                      description="Scale:", style=LABEL)
        self.kind = widgets.Dropdown(options=[(CHOOSE, "")] + [(k, k) for k in KINDS], value="",
                                     description="Kind of partner:", style=LABEL)
        self.brings = text_area("What they bring:", "Knowledge, members, data, money, reach ...", style=LABEL)
        self.ask = text_area("Your ask:", "Who does what, and when: one specific request", style=LABEL)
        self.add_button = button("Add this ally", "Add the ally in the boxes to your map", "plus")
        self.remove_button = button("Remove last ally", "Take the most recently added ally off the map", "minus")
        self.review_button = button("Review my map", "Check the map against the ally map rubric")
        self.save_button = button("Save my map", f"Save the map as {MAP_FILE} in this exercise's folder"
                                  if self.path else "Keep the map in your course folder", "save")
        self.table = widgets.HTML(map_table([]))
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.add_button.on_click(lambda _: self.add())
        self.remove_button.on_click(lambda _: self.remove_last())
        self.review_button.on_click(lambda _: self.review())
        self.save_button.on_click(lambda _: self.save())
        self._restore()
        super().__init__([
            self.name, self.scale, self.kind, self.brings, self.ask,
            widgets.HBox([self.add_button, self.remove_button]), self.table,
            widgets.HBox([self.review_button, self.save_button]), self.status, self.feedback,
        ])

    def fill(self, ally: MovementAlly) -> None:
        """Put one ally into the boxes, as typing would."""
        self.name.value, self.scale.value, self.kind.value = ally.name, ally.scale, ally.kind
        self.brings.value, self.ask.value = ally.brings, ally.ask

    def add(self) -> str:
        ally = MovementAlly(self.name.value.strip(), self.scale.value, self.kind.value,
                    self.brings.value.strip(), self.ask.value.strip())
        needed = [label for label, value in (("a name", ally.name), ("a scale", ally.scale),
                                             ("a kind of partner", ally.kind)) if not value]
        if needed:
            message = f"Not added yet: give {', '.join(needed)}."
        else:
            self.allies.append(ally)
            self.fill(MovementAlly())
            self.table.value = map_table(self.allies)
            message = f"Added {ally.name}. The map has {_count(self.allies)}."
        self.status.value = note(message)
        return message

    def remove_last(self) -> str:
        if not self.allies:
            message = "The map is already empty."
        else:
            message = f"Removed {self.allies.pop().name}."
            self.table.value = map_table(self.allies)
        self.status.value = note(message)
        return message

    def _restore(self) -> None:
        if self.path is not None:
            if self.path.exists():
                try:
                    self.allies = load_map(self.path)
                    self.table.value = map_table(self.allies)
                    self.status.value = note(f"Your saved map was reloaded from {self.path.name}.")
                except PlanFileError as problem:
                    self.status.value = note(str(problem))
            return
        saved, message = safe_load(self.store, f"ally-map-{self.check_id}")
        if message:
            self.status.value = note(message)
        if isinstance(saved, list):
            try:
                self.allies = as_allies(saved)
            except ValueError as error:
                self.status.value = note(f"Your saved map could not be reloaded: {error}")
                return
            self.table.value = map_table(self.allies)
            self.status.value = note("Your saved map was reloaded.")

    def review(self):
        result = check(self.check_id, self.allies)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        if self.path is not None:
            message = answer_saved_message(f"map ({_count(self.allies)})", save_map(self.allies, self.path))
            self.status.value = note(message)
            return message
        path = self.store.save(f"ally-map-{self.check_id}", [ally.to_dict() for ally in self.allies])
        message = f"Saved your map ({_count(self.allies)}) to {path.name} in your course folder."
        self.status.value = note(message)
        return message


def load_ally_map(path: str | Path = MAP_FILE) -> list[MovementAlly]:
    """The allies saved with the builder in this folder (an exercise's answer cell calls this)."""
    return load_answer(load_map, path, list, "ally map", "ally map builder")
