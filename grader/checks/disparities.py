"""Checks on a breakdown a learner makes with pandas, and on disparity ratios made from it.

Keys are digests of what each group should show: its count and denominator (whole
numbers), its rate to one decimal place, and its ratio to two decimal places, or the word
"withheld" where the small-number rule gives no ratio (``grader.domain.disparities``).
A learner's rounding never costs a point: a rate may be off by 0.05 and a ratio by 0.01.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, register
from grader.checks.tables import whole_number
from grader.domain.data_brief import SMALL_MAX
from grader.domain.disparities import UNSTABLE_BELOW

WITHHELD = "withheld"
GROUPBY_HINT = 'data.groupby("{key}")[["{count}", "{denominator}"]].sum()'


def rate_text(value: float) -> str:
    """The form a rate is hashed in: one decimal place."""
    return f"{round(float(value), 1) + 0.0:.1f}"


def ratio_text(value: float) -> str:
    """The form a ratio is hashed in: two decimal places."""
    return f"{round(float(value), 2) + 0.0:.2f}"


def number(value: Any) -> float | None:
    """A finite float, or None for text, NaN, None and anything else that is not a number."""
    if isinstance(value, bool):
        return None
    try:
        found = float(value)
    except (TypeError, ValueError):
        return None
    return found if math.isfinite(found) else None


def _near(check_id: str, item: str, value: float, expected: str, text, step: float) -> bool:
    return any(digest(check_id, item, text(value + delta)) == expected for delta in (-step, 0.0, step))


def rate_matches(check_id: str, item: str, value: float, expected: str) -> bool:
    """True when ``value`` rounds to the key's rate, give or take 0.05."""
    return _near(check_id, item, value, expected, rate_text, 0.05)


def ratio_matches(check_id: str, item: str, value: float, expected: str) -> bool:
    """True when ``value`` rounds to the key's ratio, give or take 0.01."""
    return _near(check_id, item, value, expected, ratio_text, 0.01)


# ---- reading a learner's table -------------------------------------------------------------

def _by_group(answer: object, key: str, groups: tuple[str, ...]) -> pd.DataFrame:
    if not isinstance(answer, pd.DataFrame):
        raise AnswerProblem(f"Expected a pandas DataFrame with one row per {key}, but this is a "
                            f"{type(answer).__name__}.")
    table = answer
    if key in table.columns and not {str(i) for i in table.index} & set(groups):
        table = table.set_index(key)
    table = table.copy()
    table.index = [str(label) for label in table.index]
    table.columns = [str(label) for label in table.columns]
    if not set(table.index) & set(groups):
        raise AnswerProblem(f"None of the rows is labeled by {key} (the labels are: "
                            f"{', '.join(list(table.index)[:4])}). Make one row per {key}, for example "
                            f'with .groupby("{key}").')
    if table.index.has_duplicates:
        raise AnswerProblem(f"Some {key} appears in more than one row. Add the rows up with "
                            f'.groupby("{key}") so each {key} has one row.')
    return table


def breakdown_table(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    groups: tuple[str, ...],
    key: str,
    count: str,
    denominator: str,
    per: int,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of a breakdown: per group, its count, its denominator and its rate."""
    hint = GROUPBY_HINT.format(key=key, count=count, denominator=denominator)

    @register(
        check_id,
        title=title,
        max_points=float(len(groups) if max_points is None else max_points),
        expects=f"Give a pandas DataFrame with one row per {key} and the columns {count!r}, "
        f"{denominator!r} and 'rate' (per {per:,}).",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        table = _by_group(answer, key, groups)
        absent = [c for c in (count, denominator, "rate") if c not in table.columns]
        if absent:
            raise AnswerProblem(f"The table needs the columns {count!r}, {denominator!r} and 'rate'; it "
                                f"is missing {', '.join(repr(c) for c in absent)}. It has: "
                                f"{', '.join(repr(c) for c in table.columns)}.")
        notes = []
        for group in groups:
            if group not in table.index:
                notes.append(Note(group, Status.RECONSIDER, f"{group} is missing.", missing=True))
                continue
            row = table.loc[group]
            wrong = []
            for column in (count, denominator):
                value = whole_number(row[column])
                if value is None or digest(check_id, f"{group} / {column}", value) != key_digests[f"{group} / {column}"]:
                    wrong.append(column)
            rate = number(row["rate"])
            rate_key = key_digests[f"{group} / rate"]
            reason = ""
            if rate is None or not rate_matches(check_id, f"{group} / rate", rate, rate_key):
                wrong.append("rate")
                if rate is not None and rate_matches(check_id, f"{group} / rate", rate * per / 1_000, rate_key):
                    reason = f" The rate looks like it is per 1,000: give it per {per:,}."
            if wrong:
                notes.append(Note(group, Status.RECONSIDER,
                                  f"Look again at {' and '.join(wrong)}.{reason} Add up the counts and "
                                  f"denominators first ({hint}), then divide and multiply by {per:,}."))
            else:
                notes.append(Note(group, Status.HOLDS_UP, "Count, denominator and rate all match."))
        extra = sorted(set(table.index) - set(groups))
        if extra:
            notes.append(Note("extra rows", Status.RECONSIDER,
                              f"These are not {key} values in the data: {', '.join(extra[:4])}."))
        return notes


# ---- disparity ratios ----------------------------------------------------------------------

def _ratios(answer: object, key: str) -> dict[str, object]:
    if isinstance(answer, pd.DataFrame):
        if "ratio" not in answer.columns:
            raise AnswerProblem("The table needs a 'ratio' column, or give just the ratios as a "
                                f"pandas Series labeled by {key}.")
        if key in answer.columns:
            return {str(k): v for k, v in zip(answer[key], answer["ratio"], strict=True)}
        return {str(k): v for k, v in answer["ratio"].items()}
    if isinstance(answer, pd.Series):
        return {str(k): v for k, v in answer.items()}
    if isinstance(answer, Mapping):
        return {str(k): v for k, v in answer.items()}
    raise AnswerProblem(f"Expected a pandas Series of ratios labeled by {key}, but this is a "
                        f"{type(answer).__name__}.")


def ratio_series(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    key: str,
    reference: str,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of disparity ratios against ``reference``, withheld where rates are unstable."""
    groups = tuple(key_digests)

    @register(
        check_id,
        title=title,
        max_points=float(len(groups) if max_points is None else max_points),
        expects=f"Give a pandas Series labeled by {key}: each group's rate divided by the rate for "
        f"{reference}, rounded to two decimals, and None (NaN) where no ratio should be given.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        given = _ratios(answer, key)
        if not set(given) & set(groups):
            raise AnswerProblem(f"None of the ratios is labeled by {key} (the labels are: "
                                f"{', '.join(list(given)[:4])}). Label each ratio with its {key}.")
        notes = []
        for group in groups:
            if group not in given:
                notes.append(Note(group, Status.RECONSIDER, f"{group} is missing: give its ratio, or None "
                                  "if no ratio should be given.", missing=True))
                continue
            notes.append(_ratio_note(check_id, group, number(given[group]), key_digests[group], reference))
        extra = sorted(set(given) - set(groups))
        if extra:
            notes.append(Note("extra rows", Status.RECONSIDER,
                              f"These are not {key} values in the data: {', '.join(extra[:4])}."))
        return notes


def _ratio_note(check_id: str, group: str, value: float | None, expected: str, reference: str) -> Note:
    withheld = digest(check_id, group, WITHHELD) == expected
    if withheld and value is None:
        return Note(group, Status.HOLDS_UP, "No ratio here: this rate rests on too few cases to compare.")
    if withheld:
        return Note(group, Status.RECONSIDER,
                    f"Look at this group's count: a count from 1 to {SMALL_MAX} is hidden, and a rate from "
                    f"fewer than {UNSTABLE_BELOW} cases is unstable. A ratio made from such a rate can "
                    "mislead, so leave it out (None) and say why in words.")
    if value is None:
        return Note(group, Status.RECONSIDER,
                    f"This group's rate rests on {UNSTABLE_BELOW} or more cases, so its ratio can be given: "
                    f"divide its rate by the rate for {reference}.")
    if ratio_matches(check_id, group, value, expected):
        return Note(group, Status.HOLDS_UP, "The ratio matches.")
    if value and ratio_matches(check_id, group, 1 / value, expected):
        return Note(group, Status.RECONSIDER, f"This looks upside down: put the group's rate on top and "
                    f"the rate for {reference} underneath.")
    return Note(group, Status.RECONSIDER, f"Divide the group's rate by the rate for {reference}, and "
                "round to two decimals.")
