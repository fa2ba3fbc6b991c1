"""A provider scorecard: how well is each provider in a network held to advancing health equity?

The Build a Health Equity Movement page (Human Impact Partners, Health Equity Guide, June 28,
2017) asks health departments to hold provider networks and other public health system
partners accountable for advancing health equity. It does not give indicators or weights:
``RUBRIC`` below is this course's example, with each criterion explained in plain words. A
rubric is a list of criteria; a provider earns a criterion's points when it meets it. The
score is the sum, and the scorecard ranks providers from the highest score to the lowest
(ties in A to Z order).

A scorecard must not reward as an extra what the law may already require of a provider. The
course's sources do not cover the laws on providers, so three criteria carry a ``legal_check``:
what to check locally before scoring, and what is uncertain (language help for providers that
take public money; board rules for some kinds of clinic; which providers the rules on
"community benefit" apply to). ``legal_checks`` lists the providers to look into.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

YES, NO = "yes", "no"


class ScorecardError(ValueError):
    """A table or rubric that cannot be scored; the message says what to fix."""


@dataclass(frozen=True)
class Criterion:
    """One line of a rubric.

    ``at_least`` is None for a yes/no column (met when it says yes); otherwise the column
    holds a number and the criterion is met when it is at least ``at_least``. ``maximum``
    is the highest valid value (100 for a percentage), or None for no upper limit.
    """

    column: str
    label: str
    why: str
    weight: int
    at_least: float | None = None
    maximum: float | None = None
    legal_check: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.weight, int) or isinstance(self.weight, bool) or self.weight < 0:
            raise ScorecardError(
                f'The weight of "{self.label}" is {self.weight!r}; use a whole number of points, 0 or more.'
            )

    @property
    def rule(self) -> str:
        """The test in words: "yes" or "at least 2"."""
        return YES if self.at_least is None else f"at least {self.at_least:g}"

    def met(self, value: Any) -> bool:
        """Whether a checked value (see ``check_table``) meets this criterion."""
        return value == YES if self.at_least is None else float(value) >= self.at_least


@dataclass(frozen=True)
class Rubric:
    """Criteria with weights; ``total`` is the most points a provider can earn."""

    criteria: tuple[Criterion, ...]

    def __post_init__(self) -> None:
        columns = [c.column for c in self.criteria]
        repeated = sorted({c for c in columns if columns.count(c) > 1})
        if repeated:
            raise ScorecardError(f"The rubric uses a column twice: {', '.join(repeated)}. Use each once.")
        if not self.criteria or self.total == 0:
            raise ScorecardError("The rubric gives no points at all; give at least one criterion a weight above 0.")

    @property
    def total(self) -> int:
        return sum(c.weight for c in self.criteria)

    @property
    def columns(self) -> list[str]:
        return [c.column for c in self.criteria]

    def with_weights(self, weights: Mapping[str, int]) -> Rubric:
        """The same criteria with some weights changed, by column name."""
        unknown = sorted(set(weights) - set(self.columns))
        if unknown:
            raise ScorecardError(
                f"These are not columns in the rubric: {', '.join(unknown)}. Use: {', '.join(self.columns)}."
            )
        return Rubric(tuple(replace(c, weight=weights.get(c.column, c.weight)) for c in self.criteria))

    def describe(self) -> pd.DataFrame:
        """The rubric as a table: what each criterion asks, its column, its test, points, why, and
        what legal duty to check locally first (empty where there is none to flag)."""
        return pd.DataFrame(
            [(c.label, c.column, c.rule, c.weight, c.why, c.legal_check) for c in self.criteria],
            columns=["criterion", "column", "met when", "points", "why it matters", "check your local legal duties"],
        )


RUBRIC = Rubric((
    Criterion("reports_data_by_race_language", "reports data broken down by race, ethnicity and language",
              "You cannot see or fix unfair gaps that nobody measures.", 20),
    Criterion("interpretation_available", "offers interpretation in patients' languages",
              "People who do not speak English well still need care they can understand.", 10,
              legal_check="For many providers, language help may be a legal duty, not an extra, for "
              "example where they take federal or other public money. Check your local legal duties; "
              "where it is a duty, a no is a problem to raise, not only fewer points."),
    Criterion("community_board_members", "has at least 2 community members on its governing or advisory board",
              "People affected by decisions get a real say in them.", 20, at_least=2,
              legal_check="Some kinds of clinic, such as federally funded community health centers, "
              "may have their own legal rules on who sits on their board, which may ask for far more "
              "than 2 community members. Check your local legal duties for each kind of provider."),
    Criterion("public_insurance_pct", "at least 30% of patients are on public insurance",
              "Serving people on public insurance (such as Medicaid) shows the provider does not avoid "
              "patients with low incomes.", 10, at_least=30, maximum=100),
    Criterion("equity_plan_published", "has published a health equity plan",
              "A public plan is a promise others can hold the provider to.", 15),
    Criterion("community_benefit_pct", "spends at least 3% of its budget on community benefit",
              "Community benefit means money a provider spends on the health of the wider community, "
              "beyond the care it bills for, such as free care, prevention and outreach. It reaches "
              "people outside the clinic walls.", 15, at_least=3, maximum=100,
              legal_check="Community benefit is a term with legal rules for some providers, such as "
              "nonprofit hospitals, and may mean little for a clinic or a health plan. Check which "
              "rules apply to each kind of provider before you compare them."),
    Criterion("complaints_resolved_pct", "resolves at least 80% of the complaints it receives",
              "Listening and acting when people raise problems is accountability in practice.", 10,
              at_least=80, maximum=100),
))


def _blank(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _checked(value: Any, criterion: Criterion, provider: str) -> object:
    """A value made ready to score: "yes"/"no", or a number in range. Raises with a fix."""
    where = f'Provider "{provider}" has'
    if _blank(value):
        raise ScorecardError(f'{where} no value in column "{criterion.column}"; fill it in before scoring.')
    if criterion.at_least is None:
        if isinstance(value, (bool, np.bool_)):
            text = YES if value else NO
        else:
            text = str(value).strip().casefold()
        if text not in (YES, NO):
            raise ScorecardError(f'{where} "{value}" in column "{criterion.column}"; use "yes" or "no".')
        return text
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    high = criterion.maximum
    if isinstance(value, (bool, np.bool_)) or not math.isfinite(number) or number < 0 or (high is not None and number > high):
        limits = f"from 0 to {high:g}" if high is not None else "of 0 or more"
        raise ScorecardError(f'{where} "{value}" in column "{criterion.column}"; use a number {limits}.')
    return number


def check_table(frame: pd.DataFrame, rubric: Rubric = RUBRIC, name_column: str = "provider") -> pd.DataFrame:
    """The table with one row per provider and every rubric column checked, or a ScorecardError."""
    if not isinstance(frame, pd.DataFrame):
        raise ScorecardError(f"Expected a pandas DataFrame of providers, but this is a {type(frame).__name__}.")
    missing = [c for c in [name_column, *rubric.columns] if c not in frame.columns]
    if missing:
        raise ScorecardError(
            f"The table is missing the column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(c) for c in missing)}. It has: {', '.join(repr(str(c)) for c in frame.columns)}. "
            "Merge the indicators with the providers table, or load the table with all its columns."
        )
    names = frame[name_column].astype(str)
    repeated = names[names.duplicated()].unique().tolist()
    if repeated:
        raise ScorecardError(
            f'Provider "{repeated[0]}" appears more than once; keep one row per provider '
            "(for example, keep only one year)."
        )
    checked = pd.DataFrame({name_column: names.to_list()})
    for criterion in rubric.criteria:
        checked[criterion.column] = [
            _checked(value, criterion, name) for name, value in zip(names, frame[criterion.column], strict=True)
        ]
    return checked


def scorecard(frame: pd.DataFrame, rubric: Rubric = RUBRIC, name_column: str = "provider") -> pd.DataFrame:
    """Points per criterion, the total ``score`` and ``rank`` (1 = highest; ties share a rank),
    sorted from the highest score to the lowest, ties in A to Z order."""
    checked = check_table(frame, rubric, name_column)
    card = pd.DataFrame({name_column: checked[name_column]})
    for criterion in rubric.criteria:
        card[criterion.column] = [criterion.weight if criterion.met(v) else 0 for v in checked[criterion.column]]
    card["score"] = card[rubric.columns].sum(axis=1).astype(int)
    card = card.sort_values(["score", name_column], ascending=[False, True]).reset_index(drop=True)
    card.insert(0, "rank", card["score"].rank(method="min", ascending=False).astype(int))
    return card


def legal_checks(frame: pd.DataFrame, rubric: Rubric = RUBRIC, name_column: str = "provider") -> pd.DataFrame:
    """Providers that miss a criterion that may be a legal duty: what to check locally, one row each.

    The score does not change: a criterion the law already requires is not an extra to reward,
    so a provider that misses it is a question to raise, whatever its rank.
    """
    checked = check_table(frame, rubric, name_column)
    rows = [(row[name_column], c.label, c.legal_check)
            for _, row in checked.iterrows() for c in rubric.criteria
            if c.legal_check and not c.met(row[c.column])]
    return pd.DataFrame(rows, columns=[name_column, "misses", "check your local legal duties"])


def criteria_met(frame: pd.DataFrame, rubric: Rubric = RUBRIC, name_column: str = "provider") -> dict[str, list[str]]:
    """For each provider, the labels of the criteria it meets (in rubric order)."""
    checked = check_table(frame, rubric, name_column)
    return {
        row[name_column]: [c.label for c in rubric.criteria if c.met(row[c.column])]
        for _, row in checked.iterrows()
    }
