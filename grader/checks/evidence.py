"""Answer evidence: a plain-data copy of the answer a hidden test graded.

``points()`` publishes it beside the score when it runs in a kernel. The cohort grader
re-scores every test cell from this evidence in its own trusted process, so a
submission that patches the check functions, the display hook or anything else inside
its kernel can at most swap in another answer: it never scores above an honest one.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from typing import Any

MIME = "application/vnd.equity-course.answer+json"
MAX_ITEMS = 100_000

_TYPES: dict[str, tuple[type, Callable[[dict], Any]]] = {}


class EvidenceError(ValueError):
    """Evidence that cannot be turned back into an answer."""


def answer_type(cls: type) -> type:
    """Class decorator: answers of this type travel as ``to_dict()`` and come back via ``from_dict``."""
    _TYPES[cls.__name__] = (cls, cls.from_dict)  # type: ignore[attr-defined]
    return cls


def encode(value: Any, _budget: list[int] | None = None) -> Any:
    """A JSON-able copy of an answer: plain values, containers, pandas tables, course objects."""
    budget = _budget if _budget is not None else [MAX_ITEMS]
    budget[0] -= 1
    if budget[0] < 0:
        raise EvidenceError("answer too large to record")
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"__float__": repr(value)}
    if value is Ellipsis:
        return {"__ellipsis__": True}
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        pd = None
    if pd is not None and isinstance(value, pd.DataFrame):
        return {"__frame__": {
            "columns": [encode(c, budget) for c in value.columns],
            "rows": [[encode(v, budget) for v in row] for row in value.itertuples(index=False, name=None)],
        }}
    if pd is not None and isinstance(value, pd.Series):
        return {"__series__": {
            "index": [encode(i, budget) for i in value.index],
            "values": [encode(v, budget) for v in value.tolist()],
            "name": encode(value.name, budget),
        }}
    if hasattr(value, "item") and callable(value.item) and type(value).__module__.startswith("numpy"):
        return encode(value.item(), budget)
    if type(value).__name__ in _TYPES and isinstance(value, _TYPES[type(value).__name__][0]):
        return {"__object__": type(value).__name__, "fields": encode(value.to_dict(), budget)}
    if isinstance(value, Mapping):
        return {"__dict__": [[encode(k, budget), encode(v, budget)] for k, v in value.items()]}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [encode(v, budget) for v in items]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"__repr__": type(value).__name__}
    return {"__repr__": type(value).__name__}


def decode(data: Any) -> Any:
    """The answer again, from ``encode``'s output."""
    if data is None or isinstance(data, (bool, str, int, float)):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict) or len(data) == 0:
        raise EvidenceError("unreadable evidence")
    if "__float__" in data:
        return float(data["__float__"])
    if "__ellipsis__" in data:
        return Ellipsis
    if "__dict__" in data:
        return {_hashable(decode(k)): decode(v) for k, v in data["__dict__"]}
    if "__frame__" in data:
        import pandas as pd

        frame = data["__frame__"]
        columns = [decode(c) for c in frame["columns"]]
        rows = [[decode(v) for v in row] for row in frame["rows"]]
        return pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    if "__series__" in data:
        import pandas as pd

        series = data["__series__"]
        return pd.Series([decode(v) for v in series["values"]],
                         index=[decode(i) for i in series["index"]], name=decode(series["name"]),
                         dtype=None if series["values"] else object)
    if "__object__" in data:
        name = data["__object__"]
        if name not in _TYPES:
            raise EvidenceError(f"unknown answer type {name!r}")
        return _TYPES[name][1](decode(data["fields"]))
    if "__repr__" in data:
        return _Unreadable(str(data["__repr__"]))
    raise EvidenceError("unreadable evidence")


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


class _Unreadable:
    """Stands in for an answer of a type the course does not know; every check rejects it."""

    def __init__(self, type_name: str) -> None:
        self.type_name = type_name


def publish(check_id: str, answer: Any) -> None:
    """Show the evidence as a display output when running inside a kernel; do nothing elsewhere."""
    import sys

    if "IPython" not in sys.modules:
        return
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None or not hasattr(shell, "display_pub"):
        return
    try:
        payload: Any = {"check_id": check_id, "answer": encode(answer)}
    except Exception:  # an answer we cannot copy is graded as unreadable, never as a crash
        payload = {"check_id": check_id, "answer": {"__repr__": "unencodable"}}
    shell.display_pub.publish(data={MIME: payload}, metadata={})
