"""Checks on a breakdown a learner makes with pandas, and on disparity ratios made from it.

A breakdown's keys are digests of what each group should show: its count and denominator
(whole numbers) and its rate to one decimal place. Disparity ratios have no fixed key: the
learner chooses the reference group (no group is the reference by default), and the check
works the expected ratios out from the Riverbend table for that group, with no ratio where a
rate rests on fewer than 20 events (the NCHS standard; ``grader.domain.disparities``).
A learner's rounding never costs a point: a rate may be off by 0.05 and a ratio by 0.01.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, is_unanswered, register
from grader.checks.tables import whole_number
from grader.course.data import load
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


REFERENCE_HINT = ('{"reference": "the group you chose", "ratios": ratios}')


def _reference_and_ratios(answer: object, key: str, groups: tuple[str, ...]) -> tuple[str, dict[str, object] | None]:
    """The reference group the learner chose and their ratios (None when the ratios are still to do).

    The answer is ``{"reference": group, "ratios": series}``. A bare series is read too, when
    exactly one group has a ratio of exactly 1: that group is the reference.
    """
    if isinstance(answer, Mapping) and ("reference" in answer or "ratios" in answer):
        reference = answer.get("reference")
        if is_unanswered(reference):
            raise AnswerProblem("Choose your reference group first: set reference to the name of one group, "
                                f"for example {groups[-1]!r}, and say why you chose it.")
        ratios = answer.get("ratios")
        given = None if is_unanswered(ratios) else _ratios(ratios, key)
    else:
        given = _ratios(answer, key)
        ones = [g for g in groups if number(given.get(g)) == 1.0]
        if len(ones) != 1:
            raise AnswerProblem("Say which group is your reference group: give "
                                f"{REFERENCE_HINT}.")
        reference = ones[0]
    reference = str(reference).strip()
    if reference not in groups:
        raise AnswerProblem(f"{reference!r} is not a {key} group in the data. Choose one of: "
                            f"{', '.join(repr(g) for g in groups)}.")
    return reference, given


def expected_ratios(data: pd.DataFrame, key: str, count: str, denominator: str, per: int,
                    reference: str) -> dict[str, tuple[float, ...] | None]:
    """Each group's acceptable ratios to ``reference``, or None where no ratio should be given.

    A ratio may be made from the exact rates or from rates rounded to one decimal place (as a
    learner's table shows them). None means the group's rate rests on fewer than
    ``UNSTABLE_BELOW`` events (or is hidden), so no ratio is given.
    """
    table = data.groupby(key)[[count, denominator]].sum()
    rates = {str(g): (float(r[count]), float(r[count]) / float(r[denominator]) * per) for g, r in table.iterrows()}
    _, ref_rate = rates[reference]
    out: dict[str, tuple[float, ...] | None] = {}
    for group, (events, rate) in rates.items():
        if events < UNSTABLE_BELOW:
            out[group] = None
        else:
            out[group] = (rate / ref_rate, round(rate, 1) / round(ref_rate, 1))
    return out


def ratio_series(
    check_id: str,
    title: str,
    *,
    table: str,
    groups: tuple[str, ...],
    key: str,
    count: str,
    denominator: str,
    per: int = 10_000,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of disparity ratios against the reference group the learner chose.

    The expected ratios are worked out from the Riverbend table ``table`` for whichever valid
    reference group the learner names: one whose rate rests on ``UNSTABLE_BELOW`` or more
    events. No group is the right reference by default; the learner chooses and says why.
    """

    @register(
        check_id,
        title=title,
        max_points=float(len(groups) if max_points is None else max_points),
        expects=f"Give {REFERENCE_HINT}: the reference group you chose, and a pandas Series labeled by "
        f"{key} with each group's rate divided by the reference group's rate, rounded to two decimals, "
        "and None (NaN) where no ratio should be given.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        reference, given = _reference_and_ratios(answer, key, groups)
        if given is None:
            return [Note(group, Status.RECONSIDER, "No ratio yet.", missing=True) for group in groups]
        if not set(given) & set(groups):
            raise AnswerProblem(f"None of the ratios is labeled by {key} (the labels are: "
                                f"{', '.join(list(given)[:4])}). Label each ratio with its {key}.")
        expected = expected_ratios(load(table), key, count, denominator, per, reference)
        if expected[reference] is None:
            return [Note(group, Status.RECONSIDER,
                         f"Your reference group, {reference}, has a rate from fewer than {UNSTABLE_BELOW} "
                         f"{count}, so it is unstable and no ratio can rest on it. Choose a reference group "
                         "whose rate is stable, and say why you chose it.") for group in groups]
        notes = []
        for group in groups:
            if group not in given:
                notes.append(Note(group, Status.RECONSIDER, f"{group} is missing: give its ratio, or None "
                                  "if no ratio should be given.", missing=True))
                continue
            notes.append(_ratio_note(group, number(given[group]), expected[group], reference))
        extra = sorted(set(given) - set(groups))
        if extra:
            notes.append(Note("extra rows", Status.RECONSIDER,
                              f"These are not {key} values in the data: {', '.join(extra[:4])}."))
        return notes


def _matches(value: float, expected: tuple[float, ...]) -> bool:
    return any(abs(round(value, 2) - round(wanted, 2)) <= 0.011 for wanted in expected)


def _ratio_note(group: str, value: float | None, expected: tuple[float, ...] | None, reference: str) -> Note:
    if expected is None and value is None:
        return Note(group, Status.HOLDS_UP, "No ratio here: this rate rests on too few cases to compare.")
    if expected is None:
        return Note(group, Status.RECONSIDER,
                    f"Look at this group's count: a count from 1 to {SMALL_MAX} is hidden, and a rate from "
                    f"fewer than {UNSTABLE_BELOW} cases is unreliable (the NCHS standard). A ratio made from "
                    "such a rate can mislead, so leave it out (None) and say why in words.")
    if value is None:
        return Note(group, Status.RECONSIDER,
                    f"This group's rate rests on {UNSTABLE_BELOW} or more cases, so its ratio can be given: "
                    f"divide its rate by the rate for {reference}.")
    if _matches(value, expected):
        return Note(group, Status.HOLDS_UP, "The ratio matches.")
    if value and _matches(1 / value, expected):
        return Note(group, Status.RECONSIDER, f"This looks upside down: put the group's rate on top and "
                    f"the rate for {reference} underneath.")
    return Note(group, Status.RECONSIDER, f"Divide the group's rate by the rate for {reference}, and "
                "round to two decimals.")
