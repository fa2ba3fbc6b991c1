"""Answer evidence: a plain-data copy of the answer a hidden test graded.

``grader.checks.points()`` publishes it beside the score when it runs in a kernel. The cohort grader
re-scores every test cell from this evidence in its own trusted process, so a
submission that patches the check functions, the display hook or anything else inside
its kernel can at most swap in another answer: it never scores above an honest one.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

MIME = "application/vnd.equity-course.answer+json"
MAX_ITEMS = 100_000

_TYPES: dict[str, tuple[type, Callable[[dict], Any]]] = {}
_SUMMARIES: list[tuple[Callable[[Any], bool], Callable[[Any], Any]]] = []


class EvidenceError(ValueError):
    """Evidence that cannot be turned back into an answer."""


def _type_key(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def answer_type(cls: Any) -> Any:
    """Class decorator: answers of this type travel as ``to_dict()`` and come back via ``from_dict``."""
    _TYPES[_type_key(cls)] = (cls, cls.from_dict)
    return cls


def summarized_as(recognize: Callable[[Any], bool], summarize: Callable[[Any], Any]) -> None:
    """Answers ``recognize`` accepts (a chart, say) travel as ``summarize(answer)``: plain data
    holding everything their check looks at, in a type registered with ``answer_type``."""
    _SUMMARIES.append((recognize, summarize))


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
            "columns": _encode_index(value.columns, budget),
            "index": _encode_index(value.index, budget),
            "rows": [[encode(v, budget) for v in row] for row in value.itertuples(index=False, name=None)],
        }}
    if pd is not None and isinstance(value, pd.Series):
        return {"__series__": {
            "index": _encode_index(value.index, budget),
            "values": [encode(v, budget) for v in value.tolist()],
            "name": encode(value.name, budget),
        }}
    if hasattr(value, "item") and callable(value.item) and type(value).__module__.startswith("numpy"):
        return encode(value.item(), budget)
    if _type_key(type(value)) in _TYPES:
        return {"__object__": _type_key(type(value)), "fields": encode(value.to_dict(), budget)}
    if isinstance(value, Mapping):
        return {"__dict__": [[encode(k, budget), encode(v, budget)] for k, v in value.items()]}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [encode(v, budget) for v in items]
    for recognize, summarize in _SUMMARIES:
        if recognize(value):
            return encode(summarize(value), budget)
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
        columns, index = _decode_index(frame["columns"]), _decode_index(frame["index"])
        rows = [[decode(v) for v in row] for row in frame["rows"]]
        return pd.DataFrame(rows, columns=columns, index=index) if rows else pd.DataFrame(columns=columns)
    if "__series__" in data:
        import pandas as pd

        series = data["__series__"]
        return pd.Series([decode(v) for v in series["values"]],
                         index=_decode_index(series["index"]), name=decode(series["name"]),
                         dtype=None if series["values"] else object)
    if "__object__" in data:
        name = data["__object__"]
        if name not in _TYPES:
            raise EvidenceError(f"unknown answer type {name!r}")
        return _TYPES[name][1](decode(data["fields"]))
    if "__repr__" in data:
        return _Unreadable(str(data["__repr__"]))
    raise EvidenceError("unreadable evidence")


def _encode_index(index: Any, budget: list[int]) -> Any:
    """An index or column labels: a range stays a range; names and levels are kept."""
    import pandas as pd

    if isinstance(index, pd.RangeIndex):
        return {"range": [index.start, index.stop, index.step], "name": encode(index.name, budget)}
    return {"labels": [encode(list(label) if isinstance(label, tuple) else label, budget) for label in index],
            "names": [encode(name, budget) for name in index.names]}


def _decode_index(data: Any) -> Any:
    import pandas as pd

    if isinstance(data, list):  # evidence written before indexes were kept
        return pd.Index([decode(v) for v in data])
    if "range" in data:
        return pd.RangeIndex(*data["range"], name=decode(data.get("name")))
    labels = [decode(v) for v in data["labels"]]
    names = [decode(n) for n in data.get("names", [None])]
    if labels and all(isinstance(label, list) for label in labels):
        return pd.MultiIndex.from_tuples([tuple(label) for label in labels], names=names)
    return pd.Index(labels, name=names[0] if len(names) == 1 else None,
                    dtype=None if labels else object)


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
