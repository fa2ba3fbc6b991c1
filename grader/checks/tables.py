"""Checks on pandas answers: counts per group, and a ranked table of agencies."""

from __future__ import annotations

from collections.abc import Mapping

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


def whole_number(value: object) -> int | None:
    """An int for 3, 3.0 or numpy's 3; None for anything that is not a whole number."""
    try:
        number = float(value)  # type: ignore[arg-type]
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


def ranked_table(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    name_column: str,
    count_column: str,
    count_hint: str,
    max_points: float = 4.0,
    graded: bool = False,
) -> None:
    """Register a check of a table ranked by a count, most first, ties broken A to Z."""

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects=f"Give a pandas DataFrame with the columns {name_column!r} and {count_column!r}, "
        "one row per agency, sorted from the most to the fewest.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        if not isinstance(answer, pd.DataFrame):
            raise AnswerProblem(
                f"Expected a pandas DataFrame, but this is a {type(answer).__name__}."
            )
        as_counts(answer, name_column, count_column)  # names the missing columns, if any
        names = [str(name) for name in answer[name_column]]
        counts = [whole_number(value) for value in answer[count_column]]
        expected = set(key_digests)
        missing = sorted(expected - set(names))
        extra = sorted(set(names) - expected)
        repeated = sorted({name for name in names if names.count(name) > 1})
        complete = not (missing or extra or repeated)
        gaps = "; ".join(
            part
            for part in (
                f"missing: {', '.join(missing)}" if missing else "",
                f"not agencies in the data: {', '.join(extra)}" if extra else "",
                f"listed more than once: {', '.join(repeated)}" if repeated else "",
            )
            if part
        )
        wrong = [
            name
            for name, count in zip(names, counts, strict=True)
            if name in key_digests
            and (count is None or digest(check_id, name, count) != key_digests[name])
        ]
        descending = bool(names) and all(
            a is not None and b is not None and a >= b for a, b in zip(counts, counts[1:])
        )
        ties_ok = descending and all(
            not (a == b and n1 > n2)
            for (n1, a), (n2, b) in zip(zip(names, counts), zip(names[1:], counts[1:]))
        )
        return [
            Note(
                "every agency once",
                Status.HOLDS_UP if complete else Status.RECONSIDER,
                "Every agency is listed exactly once."
                if complete
                else f"List each agency once, including those with no campaigns ({gaps}).",
                missing=bool(missing),
            ),
            Note(
                "counts",
                Status.HOLDS_UP if complete and not wrong else Status.RECONSIDER,
                "Every count matches the data."
                if complete and not wrong
                else (f"Recount for: {', '.join(wrong)}. " if wrong else "") + count_hint,
            ),
            Note(
                "most to fewest",
                Status.HOLDS_UP if descending else Status.RECONSIDER,
                "Sorted from the most campaigns to the fewest."
                if descending
                else f"Sort by {count_column}, largest first.",
            ),
            Note(
                "ties A to Z",
                Status.HOLDS_UP if ties_ok else Status.RECONSIDER,
                "Agencies with the same count are in alphabetical order."
                if ties_ok
                else "Where counts are equal, put the agencies in A to Z order.",
            ),
        ]
