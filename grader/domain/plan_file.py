"""A plan saved as a JSON file: written whole or not at all, read back or named as damaged.

The accountability plan (Module 02) and the department plan (Module 10) are both saved this
way, so a crash never leaves half a plan and a damaged file tells the learner what to do.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

Plan = TypeVar("Plan")


class PlanFileError(ValueError):
    """A saved plan that cannot be read; the message says which file and what to do."""

    def _render_traceback_(self) -> list[str]:
        """IPython shows this message alone: a busy learner needs the fix, not a traceback."""
        return [f"{type(self).__name__}: {self}"]


def write_plan(path: str | Path, data: dict[str, Any]) -> Path:
    """Write ``data`` as JSON (a temporary file first, then renamed over the old one)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    temporary.replace(path)
    return path


def read_plan(path: str | Path, from_dict: Callable[[Any], Plan], blank: Callable[[], Plan]) -> Plan:
    """The plan saved at ``path``; ``blank()`` if there is no file yet; PlanFileError if damaged."""
    path = Path(path)
    if not path.exists():
        return blank()
    try:
        return from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError, TypeError) as error:
        raise PlanFileError(
            f"The plan in {path.name} could not be read ({error}). Open the builder again and "
            f"save your plan, or delete {path.name} to start afresh."
        ) from error


# ---- answers an exercise reads from a file (the no-code route) ----
#
# In an exercise, a builder widget saves the learner's answer as a JSON file in the assignment
# folder; the answer cell reads it back (``plan = load_one_to_one("one-to-one-plan.json")``).
# The file travels with the submitted notebook, so nbgrader grades what the learner saved.


class AnswerFileMissing(FileNotFoundError):
    """No saved answer where the answer cell looks; the message says how to make one."""

    def _render_traceback_(self) -> list[str]:
        """IPython shows this message alone: a busy learner needs the fix, not a traceback."""
        return [f"{type(self).__name__}: {self}"]


def table_of_parts(from_dict: Callable[[dict[str, Any]], Plan]) -> Callable[[Any], Plan]:
    """``from_dict`` for a saved plan file, which must hold a table of the plan's parts."""
    def read(data: Any) -> Plan:
        if not isinstance(data, dict):
            raise ValueError(f"a plan should be a table of its parts, not a {type(data).__name__}")
        return from_dict(data)
    return read


def read_answer(path: str | Path, from_dict: Callable[[Any], Plan], *, what: str, builder: str) -> Plan:
    """The answer saved at ``path``; AnswerFileMissing or PlanFileError say what to do."""
    path = Path(path)
    if not path.exists():
        raise AnswerFileMissing(
            f"No {what} saved yet: {path.name} is not in {path.resolve().parent}. "
            f"Fill in the {builder} above, press its Save button, then run this cell again. "
            "Or answer in Python: follow the lines that start with # in this cell."
        )
    return read_plan(path, from_dict, blank=lambda: from_dict({}))


def empty_parts(data: Any, where: str = "") -> list[str]:
    """The parts of a saved answer left empty (blank text, nothing chosen, an empty list), by name.

    >>> empty_parts({"partner": "Rosa", "questions": [], "allies": [{"name": "", "kind": "x"}]})
    ['questions', 'allies 1: name']
    """
    if isinstance(data, dict):
        found: list[str] = []
        for key, value in data.items():
            found += empty_parts(value, f"{where}: {key}" if where else str(key))
        return found
    if isinstance(data, list):
        if not data:
            return [where or "everything"]
        found = []
        for number, item in enumerate(data, start=1):
            if isinstance(item, (dict, list)):
                found += empty_parts(item, f"{where} {number}".strip())
        return found
    if data is None or (isinstance(data, str) and not data.strip()):
        return [where or "everything"]
    return []
