"""Checks on shares per item, such as the share of the gap to a community's target closed.

A share is compared after rounding to two decimals, and one hundredth either way is
accepted, so a learner's rounding never costs a point. The key is a digest of the rounded
share (``share_text``), never the number itself.
"""

from __future__ import annotations

import math
from typing import Any

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, register
from grader.checks.tables import as_counts


def share_text(value: float) -> str:
    """The form a share is hashed in: two decimals, and no "-0.00"."""
    return f"{round(float(value), 2) + 0.0:.2f}"


def as_share(value: Any) -> float | None:
    """A finite float, or None for text, NaN and anything that is not a number."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def share_matches(check_id: str, item: str, value: float, expected_digest: str) -> bool:
    """True when ``value`` is the key, to within one hundredth."""
    return any(digest(check_id, item, share_text(value + step)) == expected_digest
               for step in (-0.01, 0.0, 0.01))


def _some(labels: list[str], show: int = 4) -> str:
    return ", ".join(labels[:show]) + (", ..." if len(labels) > show else "")


def _reason(check_id: str, item: str, value: object, expected: str, hint: str) -> tuple[bool, str]:
    number = as_share(value)
    if number is None:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
        return False, f"{shown} is not a number. {hint}"
    if share_matches(check_id, item, number, expected):
        return True, "The share matches."
    if abs(number) > 1.5 and share_matches(check_id, item, number / 100, expected):
        return False, ("This looks like a percentage: give the share instead (for example 0.25 "
                       "for a quarter of the gap, not 25).")
    return False, hint


def shares_by_item(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    key_column: str,
    value_column: str,
    hint: str,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of one share per item (a Series, a two-column DataFrame or a dict)."""

    @register(
        check_id,
        title=title,
        max_points=float(len(key_digests) if max_points is None else max_points),
        expects=f"Give a pandas Series indexed by {key_column}, or a DataFrame with the columns "
        f"{key_column!r} and {value_column!r}, with one share per {key_column}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        shares = as_counts(answer, key_column, value_column)
        if not shares:
            raise AnswerProblem(f"The answer is empty: give one share per {key_column}.")
        if not set(shares) & set(key_digests):
            raise AnswerProblem(
                f"None of the rows is labeled with its {key_column} (the labels are: "
                f"{_some(sorted(shares))}). Label each share with its {key_column}, "
                f'for example with .set_index("{key_column}")["{value_column}"].'
            )
        notes = []
        for item, expected in key_digests.items():
            if item not in shares:
                notes.append(Note(item, Status.RECONSIDER, f"{item} is missing.", missing=True))
                continue
            right, reason = _reason(check_id, item, shares[item], expected, hint)
            notes.append(Note(item, Status.HOLDS_UP if right else Status.RECONSIDER, reason))
        unknown = sorted(set(shares) - set(key_digests))
        if unknown:
            notes.append(Note("extra rows", Status.RECONSIDER,
                              f"These are not {key_column} values in the data: "
                              f"{', '.join(unknown)}."))
        return notes
