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
