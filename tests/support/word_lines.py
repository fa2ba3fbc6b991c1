"""Which scored lines of the exercises' checks move with the words a learner writes?

A machine may score a written part for being there (not blank, not a placeholder), for a number
where a number is asked, and for consistency with the rest of the answer (a partner the plan
names, a cadence a calendar reads). It should not score which words the part uses (issue 13).

For every graded check of an exercise whose answer holds learner writing, ``measure`` takes the
model answer (the same one the tests use) and, one written part at a time, puts in texts that are
there but say nothing: nonsense, keyword stuffing, "time time time", "suppression". None holds a
number, a whole cadence or a partner's name, so an honest line gives all of them the same status
(a presence line holds up for all, a number or partner line for none). A scored line whose status
changes from one such text to another is reading words: its share of the cell's points is
counted. Hints (never scored) are left out.

Used by ``tests/content/test_written_judgment.py`` and ``benchmarks/word_points.py``.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

# Texts that are there, hold no number (in digits or words), no whole cadence and no partner's name.
SAMPLES: dict[str, str] = {
    "time time time": "time time time",
    "suppression": "suppression",
    '"Why?"': "Why?",
    "asdf": "asdf",
    "lorem ipsum": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
                   "labore et dolore magna aliqua.",
    "keyboard gibberish": "asdf qwer zxcv uiop hjkl bnm wert sdfg xcvb tyui ghjk vbnm",
    "resource words": "stipends, paid, wages, budget, grant, contract, funding, childcare, interpretation, meals, "
                      "transport, staff time, hours, days, positions, hiring",
    "department words": "Our staff and the department decide; we choose the measure.",
    "keyword list": "housing, wages, pollution, because, caused by, policy, ordinance, fund, residents, union, "
                    "coalition, said, called for, decide, consent, stipend, data, training, suppressed, hidden, "
                    "aggregated, every quarter, value, care, story, hope, matter, what, how, why, tell me",
    "the stuffed sentence": "Residents said the air is bad because of it. We will fund a policy.",
}
# A letter glued to the end keeps texts in a list apart (a line may ask for no repeats) without adding
# a number or a word.
TAGS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Line:
    exercise: str
    cell: str
    check_id: str
    label: str
    points: float  # this line's share of the cell's points
    moved_by: tuple[str, ...]  # the written parts whose words change its status


def _models() -> dict[str, Callable[[], Any]]:
    """The model answer of each exercise check whose answer holds learner writing."""
    from grader.domain.upstream import Placement
    from tests.support.builders import full_map
    from tests.support.builders import good_plan as good_one_to_one
    from tests.support.keys_02 import good_plan as good_accountability
    from tests.support.keys_04 import good_alliance_plan
    from tests.support.keys_09 import ORDERS, SORTS
    from tests.support.keys_10 import good_plan as good_department

    def sort(check_id: str) -> Callable[[], Any]:
        return lambda: [Placement(i, SORTS[check_id][i], f"Why {i} sits at this level, in a sentence.")
                        for i in ORDERS[check_id].split()]

    return {
        "ex01.one_to_one": good_one_to_one, "ex02.plan": good_accountability, "ex04.alliance_plan": good_alliance_plan,
        "ex05.allies": full_map, "ex09.housing": sort("ex09.housing"), "ex09.work": sort("ex09.work"),
        **dict.fromkeys(("ex10.parts", "ex10.partners", "ex10.safeguards", "ex10.timeline"), good_department),
    }


Path_ = tuple[str, ...]  # field names; "*" is every item of a list


def text_parts(value: Any, at: Path_ = ()) -> Iterator[Path_]:
    """Every written part of an answer: text fields of dataclasses, texts in lists, at any depth."""
    if isinstance(value, str):
        yield at
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from text_parts(getattr(value, field.name), (*at, field.name))
    elif isinstance(value, list) and value:
        seen: set[Path_] = set()
        for item in value:
            for path in text_parts(item, (*at, "*")):
                if path not in seen:
                    seen.add(path)
                    yield path


def put(value: Any, path: Path_, text: str, tag: str = "") -> Any:
    """The answer with ``text`` in every part at ``path`` (items of a list tagged a, b, c...)."""
    if not path:
        return text + tag  # glued on, so a word count sees no extra word
    head, rest = path[0], path[1:]
    if head == "*":
        return [put(item, rest, text, TAGS[n % len(TAGS)]) for n, item in enumerate(value)]
    return dataclasses.replace(value, **{head: put(getattr(value, head), rest, text, tag)})


Grade = Callable[[Any], list[Any]]  # an answer -> its notes (a registered check's grade function)


def _statuses(grade: Grade, answer: Any) -> list[tuple[str, bool, float]] | None:
    """(label, holds up, weight) of each scored line, or None when the answer cannot be graded."""
    try:
        notes = grade(answer)
    except Exception:  # a text the part cannot take (a kind, a date): not a written part
        return None
    return [(note.label, note.holds_up, note.weight) for note in notes if not getattr(note, "hint", False)]


def word_lines(grade: Grade, model: Any) -> dict[str, tuple[float, set[str]]]:
    """Scored lines whose status moves with the words of a written part: label -> (share of the
    check's points, the parts that move it)."""
    base = _statuses(grade, model)
    if base is None:
        raise ValueError("The model answer cannot be graded: fix the model answer first.")
    total = sum(weight for _, _, weight in base) or 1.0
    moved: dict[str, set[str]] = {}
    for path in text_parts(model):
        seen: dict[str, set[bool]] = {}
        for text in SAMPLES.values():
            try:
                answer = put(copy.deepcopy(model), path, text)
            except (ValueError, TypeError):
                continue
            found = _statuses(grade, answer)
            if found is None:
                continue
            for label, holds, _ in found:
                seen.setdefault(label, set()).add(holds)
        for label, states in seen.items():
            if len(states) > 1:
                moved.setdefault(label, set()).add(".".join(path))
    return {label: (weight / total, moved[label]) for label, _, weight in base if label in moved}


def graded_cells(root: Path) -> list[tuple[str, str, float, list[str]]]:
    """(exercise, grade id, points, check ids) of each automatically graded cell."""
    out = []
    for path in sorted((root / "exercises").glob("ex*/ex*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if cell["cell_type"] == "code" and meta.get("grade") and not meta.get("solution") and meta.get("points"):
                ids = re.findall(r'points\(\s*"([^"]+)"', "".join(cell["source"]))
                out.append((path.stem, meta["grade_id"], float(meta["points"]), ids))
    return out


def measure(root: Path) -> tuple[list[Line], float]:
    """The lines that read words, and the automatic points of every exercise."""
    from grader.checks import spec

    models = _models()
    lines: list[Line] = []
    cells = graded_cells(root)
    for exercise, cell, points, ids in cells:
        for check_id in ids:
            if check_id not in models:
                continue
            for label, (share, parts) in word_lines(spec(check_id).grade, models[check_id]()).items():
                lines.append(Line(exercise, cell, check_id, label, round(points / len(ids) * share, 2),
                                  tuple(sorted(parts))))
    return lines, sum(points for _, _, points, _ in cells)
