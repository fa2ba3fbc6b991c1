"""LabelPicker: answer a matching or choice question with one labeled drop-down per item.

Works for any registered check whose answer is a label per item: goals -> levers (Module 02),
statements -> dominant/transformative or a narrative (Module 06), data requests -> a CARE
decision (Module 07), scenarios -> a spectrum level, and a choice question -> an option letter.
Check gives the course's feedback; Save writes ``<check id>.json`` (``ex02.levers.json``) in the
assignment folder for the answer cell to read with ``load_labels`` (or ``load_choice``).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from grader.checks import check, spec
from grader.checks.choice import QUESTIONS
from grader.checks.feedback import Feedback
from grader.checks.labels import case_sets
from grader.checks.registry import AnswerProblem
from grader.domain.data_sharing import DECISIONS, decision
from grader.domain.levers import LEVERS, lever
from grader.domain.narrative import DOMINANT, NARRATIVES, TRANSFORMATIVE, label
from grader.domain.plan_file import PlanFileError, read_answer, write_plan
from grader.domain.spectrum import SPECTRUM, level
from grader.learner.store import LearnerStore
from grader.widgets.common import answer_saved_message, button, feedback_area, load_answer, note, record, show

CHOICE_ITEM = "answer"  # the one item of a choice question, in its saved file
NOT_CHOSEN = "Choose one"


@dataclass(frozen=True)
class Picking:
    """What a picker shows for one check: its items, the labels to choose from, how to read one."""

    check_id: str
    word: str  # what one label is called: "Lever", "Decision", ...
    items: tuple[tuple[str, str], ...]  # (item id, its text)
    options: tuple[tuple[str, str], ...]  # (what the drop-down shows, the value saved)
    read: Callable[[Any], str]  # a learner's label -> the saved value; ValueError if not a label

    @property
    def is_choice(self) -> bool:
        return tuple(item_id for item_id, _ in self.items) == (CHOICE_ITEM,)


def _narrative_label(value: Any) -> str:
    found = label(value)
    return found.narrative or found.kind


def _choice_letter(check_id: str) -> Callable[[Any], str]:
    def read(value: Any) -> str:
        try:
            return QUESTIONS[check_id].letter_for(value)
        except AnswerProblem as problem:
            raise ValueError(str(problem)) from problem
    return read


def picking(check_id: str) -> Picking:
    """The items and labels of a registered check; KeyError (saying which ids work) otherwise."""
    spec(check_id)  # a clear error for an unknown id, and the catalog loaded
    goal_sets, statement_sets = case_sets("lever"), case_sets("narrative")
    request_sets, scenario_sets = case_sets("care"), case_sets("spectrum")
    if check_id in goal_sets:
        return Picking(check_id, "Lever",
                       tuple((g.id, f"{g.organization}: {g.goal}") for g in goal_sets[check_id]),
                       tuple((item.name, item.key) for item in LEVERS), lambda value: lever(value).key)
    if check_id in statement_sets:
        return Picking(check_id, "Label",
                       tuple((s.id, f"{s.source}: {s.text}") for s in statement_sets[check_id]),
                       ((f"{TRANSFORMATIVE.capitalize()}", TRANSFORMATIVE),
                        (f"{DOMINANT.capitalize()} (narrative not named)", DOMINANT),
                        *((f"{DOMINANT.capitalize()}: {n.name.lower()}", n.key) for n in NARRATIVES)),
                       _narrative_label)
    if check_id in request_sets:
        return Picking(check_id, "Decision",
                       tuple((r.id, f"{r.who}: {r.asks}") for r in request_sets[check_id]),
                       tuple((choice if n == 0 else f"does not pass: {choice}", choice)
                             for n, choice in enumerate(DECISIONS)), decision)
    if check_id in scenario_sets:
        return Picking(check_id, "Level",
                       tuple((s.id, f"{s.partner}: {s.text}") for s in scenario_sets[check_id]),
                       tuple((lvl.label, lvl.stance) for lvl in SPECTRUM), lambda value: level(value).stance)
    if check_id in QUESTIONS:
        question = QUESTIONS[check_id]
        return Picking(check_id, "Answer", ((CHOICE_ITEM, question.prompt),),
                       tuple((f"{letter}. {text}", letter) for letter, text in question.options),
                       _choice_letter(check_id))
    usable = sorted({*goal_sets, *statement_sets, *request_sets, *scenario_sets, *QUESTIONS})
    raise KeyError(f'"{check_id}" is not a question the label picker can show. Use one of: {", ".join(usable)}.')


def labels_file(check_id: str) -> str:
    """The file a picker saves in: ``ex02.levers`` -> ``ex02.levers.json``."""
    return f"{check_id}.json"


def _check_of(path: Path) -> Picking:
    try:
        return picking(path.stem)
    except KeyError as problem:
        raise PlanFileError(f"{path.name} is not named after a question the label picker can show "
                            f"({problem.args[0]}). Save it from the picker, whose file name is the "
                            "question's id.") from problem


def save_labels(answer: Mapping[str, Any] | str | None, path: str | Path) -> Path:
    """Save a label per item (or, for a choice question, one letter) where the picker saves it.

    Items not answered yet (None, ``...`` or blank) are saved as not chosen. A label that is not
    one of the question's raises ValueError naming the item and the labels to use.
    """
    path = Path(path)
    found = _check_of(path)
    given: Mapping[str, Any] = {CHOICE_ITEM: answer} if found.is_choice and not isinstance(answer, Mapping) \
        else answer if isinstance(answer, Mapping) else {}
    ids = [item_id for item_id, _ in found.items]
    unknown = sorted(set(map(str, given)) - set(ids))
    if unknown:
        raise ValueError(f"{', '.join(unknown)} is not an item of {found.check_id}. Use: {', '.join(ids)}.")
    saved: dict[str, str | None] = {}
    for item_id in ids:
        value = given.get(item_id)
        blank = value is None or value is Ellipsis or (isinstance(value, str) and not value.strip())
        try:
            saved[item_id] = None if blank else found.read(value)
        except ValueError as problem:
            raise ValueError(f"{item_id}: {problem}") from problem
    return write_plan(path, saved)


def _read(path: Path) -> Callable[[Any], dict[str, str]]:
    found = _check_of(path)

    def from_dict(data: Any) -> dict[str, str]:
        if not isinstance(data, dict):
            raise ValueError(f"the file should hold a table of item -> label, not a {type(data).__name__}")
        ids = {item_id for item_id, _ in found.items}
        return {str(item): found.read(value) for item, value in data.items() if item in ids and value}
    return from_dict


def read_labels(path: str | Path) -> dict[str, str]:
    """The labels saved at ``path`` (items not chosen yet left out); AnswerFileMissing if none."""
    path = Path(path)
    return read_answer(path, _read(path), what="answers", builder="picker")


def load_labels(path: str | Path) -> dict[str, str]:
    """The labels saved with the picker in this folder (an exercise's answer cell calls this).

    With no file yet it prints what to do and gives ``{}`` (no answer, no points).
    """
    return load_answer(read_labels, path, dict, "answers", "picker")


def load_choice(path: str | Path) -> str | None:
    """The letter saved with a choice question's picker; None (no points) with no file yet."""
    return load_answer(read_labels, path, dict, "answer", "picker").get(CHOICE_ITEM)


class LabelPicker(widgets.VBox):
    """Each item of a question with one labeled drop-down of its labels; Check and Save buttons.

    Save writes ``<check id>.json`` in ``folder`` (an exercise passes ``folder="."``, its assignment
    folder); a saved file is reloaded when the picker is shown. Without a folder (a module's
    practice) there is no Save button: Check records the result in the learner's progress.
    """

    def __init__(self, check_id: str, folder: str | Path | None = None, store: LearnerStore | None = None) -> None:
        self.picking = picking(check_id)
        self.check_id = check_id
        self.store = store or LearnerStore.default()
        self.path = Path(folder) / labels_file(check_id) if folder is not None else None
        options = [(NOT_CHOSEN, None), *self.picking.options]
        self.choices: dict[str, widgets.Dropdown] = {}
        rows: list[widgets.Widget] = []
        for item_id, text in self.picking.items:
            shown = html.escape(text) if self.picking.is_choice else \
                f"<strong>{html.escape(item_id)}.</strong> {html.escape(text)}"
            rows.append(widgets.HTML(f"<p>{shown}</p>"))
            described = "Your answer:" if self.picking.is_choice else f"{self.picking.word} for {item_id}:"
            self.choices[item_id] = widgets.Dropdown(options=options, value=None, description=described,
                                                     style={"description_width": "initial"},
                                                     layout=widgets.Layout(width="44em", max_width="100%"))
            rows.append(self.choices[item_id])
        what = "answer" if self.picking.is_choice else "choices"
        self.check_button = button(f"Check my {what}", f"Check your {what} and see feedback")
        self.save_button = button(f"Save my {what}", f"Save your {what} as {labels_file(check_id)} in this "
                                  "exercise's folder", "save")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        self.check_button.on_click(lambda _: self.check())
        self.save_button.on_click(lambda _: self.save())
        self._restore()
        actions = [self.check_button, self.save_button] if self.path else [self.check_button]
        super().__init__([*rows, widgets.HBox(actions), self.status, self.feedback])

    def choose(self, item_id: str, value: Any) -> None:
        """Pick a label for an item, as the drop-down would (None: not chosen)."""
        self.choices[item_id].value = None if value is None else self.picking.read(value)

    @property
    def answer(self) -> dict[str, str] | str | None:
        """What the answer cell would read: the chosen labels, or a choice question's letter."""
        chosen = {item_id: box.value for item_id, box in self.choices.items() if box.value}
        return chosen.get(CHOICE_ITEM) if self.picking.is_choice else chosen

    def check(self) -> Feedback:
        result = check(self.check_id, self.answer)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        if self.path is None:
            raise ValueError("This picker is for practice and saves no file; use its Check button. In an "
                             'exercise, pass the folder: LabelPicker("ex02.levers", folder=".").')
        chosen = {item_id: box.value for item_id, box in self.choices.items()}
        message = answer_saved_message("answer" if self.picking.is_choice else "choices",
                                       save_labels(chosen, self.path))
        self.status.value = note(message)
        return message

    def _restore(self) -> None:
        if self.path is None or not self.path.exists():
            return
        try:
            for item_id, value in read_labels(self.path).items():
                self.choose(item_id, value)
            self.status.value = note(f"Your saved choices were reloaded from {self.path.name}.")
        except (PlanFileError, ValueError) as problem:
            self.status.value = note(str(problem))
