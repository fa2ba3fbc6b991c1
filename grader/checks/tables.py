"""Checks on pandas answers: counts per group (a ranked table is ``grader.checks.ranking``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, register


def as_counts(answer: object, key_column: str, count_column: str) -> dict[str, object]:
    """Read counts from a Series (index -> count), a two-column DataFrame or a dict."""
    if isinstance(answer, pd.Series):
        return {str(key): value for key, value in answer.items()}
    if isinstance(answer, pd.DataFrame):
        missing = [c for c in (key_column, count_column) if c not in answer.columns]
        if missing:
            raise AnswerProblem(
                f"The table needs the columns {key_column!r} and {count_column!r}; "
                f"it is missing {', '.join(repr(c) for c in missing)}. "
                f"It has: {', '.join(repr(str(c)) for c in answer.columns)}."
            )
        return {str(k): v for k, v in zip(answer[key_column], answer[count_column], strict=True)}
    if isinstance(answer, Mapping):
        return {str(key): value for key, value in answer.items()}
    raise AnswerProblem(
        f"Expected a pandas Series or DataFrame of counts, but this is a {type(answer).__name__}."
    )


def whole_number(value: Any) -> int | None:
    """An int for 3, 3.0 or numpy's 3; None for anything that is not a whole number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() else None


def group_counts(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    key_column: str,
    count_column: str,
    hint: str,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of a count per group; groups left out count as zero."""

    @register(
        check_id,
        title=title,
        max_points=float(len(key_digests) if max_points is None else max_points),
        expects=f"Give a pandas Series indexed by {key_column}, or a DataFrame with the "
        f"columns {key_column!r} and {count_column!r}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        counts = as_counts(answer, key_column, count_column)
        unknown = sorted(set(counts) - set(key_digests))
        notes = []
        for group in key_digests:
            value = whole_number(counts.get(group, 0))
            right = value is not None and digest(check_id, group, value) == key_digests[group]
            reason = "The count matches." if right else hint
            notes.append(Note(group, Status.HOLDS_UP if right else Status.RECONSIDER, reason))
        if unknown:
            notes.append(
                Note(
                    "extra rows",
                    Status.RECONSIDER,
                    f"These are not {key_column} values in the data: {', '.join(unknown)}.",
                )
            )
        return notes
