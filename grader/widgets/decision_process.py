"""DecisionProcessRedesigner: answer the design questions for a decision process's committee.

Shows the process as it runs today, then asks the design questions: the target level, who sits
(seats by group of residents most affected, and staff seats), how members are chosen, what
authority is written down, how disagreement is settled, the resources, and paid participation.
Check gives the redesign check's feedback; Save writes ``process-design.json`` in a folder: by
default the folder the notebook runs in, which in an exercise is the assignment folder, so the
design is submitted with the notebook and the answer cell can read it
(``ProcessDesign.load(...)``). Nothing is pre-filled.
"""

from __future__ import annotations

import html
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import ipywidgets as widgets

from grader.checks import check
from grader.checks.decision_process import current_process
from grader.domain.decision_process import (
    AUTHORITIES,
    CHOOSERS,
    DESIGN_FILE,
    DISAGREEMENTS,
    SUPPORTS,
    WRITTEN,
    ProcessDesign,
    read_design,
)
from grader.domain.plan_file import PlanFileError
from grader.domain.spectrum import SPECTRUM
from grader.learner.store import LearnerStore
from grader.widgets.common import button, feedback_area, note, record, show, text_area, text_box

LABEL = {"description_width": "18em"}
NO_SEATS = "(no seats given)"


def _dropdown(description: str, options: Sequence[tuple[str, object]], prompt: str) -> widgets.Dropdown:
    return widgets.Dropdown(options=[(prompt, None), *options], value=None, description=description,
                            style=LABEL, layout=widgets.Layout(width="auto"))


def process_card(check_id: str) -> str:
    """HTML describing the process as it runs today and the level it sits at."""
    process = current_process(check_id)
    design = process.design
    groups = "".join(f"<li>{html.escape(name)}: {count} seat{'s' if count != 1 else ''}</li>"
                     for name, count in design.community_seats.items())
    paid = ", ".join(design.paid_participation or ()) or "none"
    return (
        f"<p><strong>Decision:</strong> {html.escape(process.decision)}</p>"
        f"<p><strong>The committee today.</strong> Seats for residents most affected:</p><ul>{groups}</ul>"
        f"<p>Department staff: {design.staff_seats} seats ({design.total_seats} in all). "
        f"Members are {html.escape(str(design.chosen_by))}. Authority: {html.escape(str(design.authority))}, "
        f"{html.escape(str(design.written_in))}. When members disagree, "
        f"{html.escape(str(design.disagreement))}. Resources: {design.community_share:g}% to community "
        f"partners and processes. Paid participation: {html.escape(paid)}.</p>"
        f"<p>This process sits at <strong>{html.escape(process.level.label)}</strong> today. Choose the level "
        "you aim for, then answer each question so that the design fits it.</p>"
    )


class DecisionProcessRedesigner(widgets.VBox):
    """The design questions, a Check button and a Save button that writes the design to a file."""

    def __init__(self, check_id: str = "03.redesign", folder: str | Path | None = None,
                 store: LearnerStore | None = None) -> None:
        self.check_id = check_id
        self.process = current_process(check_id)
        self.folder = Path(folder) if folder is not None else Path.cwd()
        self.path = self.folder / DESIGN_FILE
        self.store = store or LearnerStore.default()
        self.card = widgets.HTML(process_card(check_id))
        self.target = _dropdown("Target level:", [(lvl.label, lvl.stance) for lvl in SPECTRUM], "Choose a level")
        self.community_seats = text_area(
            "Seats for residents most affected:", "One group per line: group name | seats", height="5em",
            style=LABEL)
        self.staff_seats = text_box("Department staff seats:", "A whole number, 0 if none", style=LABEL)
        self.total_seats = text_box("Total seats:", "A whole number", style=LABEL)
        self.chosen_by = _dropdown("How members are chosen:", [(n, n) for n in CHOOSERS], "Choose how")
        self.authority = _dropdown("The committee's authority:", [(n, n) for n in AUTHORITIES],
                                   "Choose its authority")
        self.written_in = _dropdown("Authority written in:", [(n, n) for n in WRITTEN], "Choose where")
        self.disagreement = _dropdown("How disagreement is settled:", [(n, n) for n in DISAGREEMENTS],
                                      "Choose how")
        self.community_share = text_box("Community partners (%):", "Percent for community partners and processes",
                                         style=LABEL)
        self.administration_share = text_box("Department administration (%):", "A percent, 0 to 100",
                                             style=LABEL)
        self.paid = {name: widgets.Checkbox(value=False, description=f"Paid participation: {name}",
                                            indent=False, style=LABEL) for name in SUPPORTS}
        self.check_button = button("Check my design", "Check whether each answer fits your target level")
        self.save_button = button("Save my design", f"Save the design as {DESIGN_FILE} in {self.folder}", "save")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.check_button.on_click(lambda _: self.check())
        self.save_button.on_click(lambda _: self.save())
        self._restore()
        super().__init__([
            self.card, self.target, self.community_seats, self.staff_seats, self.total_seats, self.chosen_by,
            self.authority, self.written_in, self.disagreement, self.community_share, self.administration_share,
            *self.paid.values(), widgets.HBox([self.check_button, self.save_button]), self.status, self.feedback,
        ])

    # ---- reading and filling the fields ----

    @property
    def answer(self) -> dict[str, object]:
        """The answers so far, in the form the check reads; None where nothing is given."""
        groups: dict[str, object] = {}
        for line in self.community_seats.value.splitlines():
            if not line.strip():
                continue
            name, _, count = line.rpartition("|") if "|" in line else (line, "", NO_SEATS)
            groups[name.strip() or line.strip()] = count.strip() or NO_SEATS
        ticked = [name for name, box in self.paid.items() if box.value]
        return {
            "target": self.target.value,
            "community_seats": groups,
            "staff_seats": self.staff_seats.value.strip() or None,
            "total_seats": self.total_seats.value.strip() or None,
            "chosen_by": self.chosen_by.value,
            "authority": self.authority.value,
            "written_in": self.written_in.value,
            "disagreement": self.disagreement.value,
            "resources": {"community partners and processes": self.community_share.value.strip() or None,
                          "department administration": self.administration_share.value.strip() or None},
            "paid_participation": ticked or None,
        }

    def fill(self, answer: Mapping[str, object] | ProcessDesign) -> None:
        """Put a design into the fields, as choosing and typing would."""
        data = answer.to_dict() if isinstance(answer, ProcessDesign) else dict(answer)
        _choose(self.target, data.get("target"))
        groups = data.get("community_seats")
        groups = groups if isinstance(groups, Mapping) else {}
        self.community_seats.value = "\n".join(f"{name} | {count}" for name, count in groups.items())
        self.staff_seats.value = _text(data.get("staff_seats"))
        self.total_seats.value = _text(data.get("total_seats"))
        _choose(self.chosen_by, data.get("chosen_by"))
        _choose(self.authority, data.get("authority"))
        _choose(self.written_in, data.get("written_in"))
        _choose(self.disagreement, data.get("disagreement"))
        resources = data.get("resources") or {}
        resources = dict(resources) if isinstance(resources, Mapping) else {}
        self.community_share.value = _text(resources.get("community partners and processes"))
        self.administration_share.value = _text(resources.get("department administration"))
        paid = data.get("paid_participation") or ()
        for name, box in self.paid.items():
            box.value = name in paid  # type: ignore[operator]  # a list or tuple of names

    def _say(self, message: str) -> str:
        self.status.value = note(message)
        return message

    # ---- actions (each is what a button does) ----

    def check(self):
        result = check(self.check_id, self.answer)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        try:
            design = read_design(self.answer)
        except ValueError as error:
            return self._say(f"Not saved yet: {error}")
        path = design.save(self.path)
        return self._say(f"Saved your design to {path.name} in {path.parent}.")

    def _restore(self) -> None:
        try:
            saved = ProcessDesign.load(self.path)
        except PlanFileError:
            aside = self.path.with_name(f"process-design.damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
            self.path.replace(aside)
            self._say(f"Your saved design in {self.path.name} could not be read, so it was moved to "
                      f"{aside.name} (nothing is lost) and this builder starts empty.")
            return
        if saved.is_empty():
            return
        self.fill(saved)
        self._say(f"Your saved design was reloaded from {self.path.name}.")


def _text(value: object) -> str:
    if value is None or value is Ellipsis:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _choose(dropdown: widgets.Dropdown, value: object) -> None:
    values = [option[1] for option in dropdown.options]
    dropdown.value = value if value in values else None
