"""Contract terms through an equity lens: does each contract carry the terms that share power?

The course design (DESIGN §4, Change Internal Policies and Practices) asks departments to
apply an equity lens to contracts, grants and budgets. Share Power with Communities and
Build Strategic Partnerships (Human Impact Partners, Health Equity Guide) ask them to put
time and money behind community participation and to pay community members for their time
and expertise; the course design's summary of Mobilize Data and Research asks them to make
data available to communities. None of them names contract terms or weights: ``RUBRIC``
below is this course's own example, each term with a reason in plain words.

A contract earns a term's points when it meets the term. Yes/no terms are met by "yes"; a
number is met when it is at least (or at most) the term's threshold, and a value equal to
the threshold counts. The score is the sum; ``score_contracts`` ranks from the highest
score to the lowest, ties in A to Z order.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

YES, NO = "yes", "no"
AT_LEAST, AT_MOST = "at least", "at most"
MAX_PROBLEMS_SHOWN = 8


class ContractTermsError(ValueError):
    """A table or rubric that cannot be scored; the message names each bad row and the fix."""


@dataclass(frozen=True)
class Term:
    """One line of the rubric.

    ``rule`` is "yes" for a yes/no column, or "at least" / "at most" a ``threshold`` for a
    number. ``maximum`` is the highest valid number (100 for a percentage), or None.
    """

    column: str
    label: str
    why: str
    weight: int
    rule: str = YES
    threshold: float | None = None
    maximum: float | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.weight, int) or isinstance(self.weight, bool) or self.weight < 0:
            raise ContractTermsError(
                f'The weight of "{self.label}" is {self.weight!r}; use a whole number of points, 0 or more.'
            )
        if self.rule not in (YES, AT_LEAST, AT_MOST):
            raise ContractTermsError(f'The rule of "{self.label}" is {self.rule!r}; use "yes", "at least" or "at most".')
        if (self.rule == YES) != (self.threshold is None):
            raise ContractTermsError(
                f'"{self.label}": a yes/no term has no threshold, and an "at least" or "at most" term needs one.'
            )

    @property
    def met_when(self) -> str:
        """The test in words: "yes", "at least 40" or "at most 30"."""
        return YES if self.rule == YES else f"{self.rule} {self.threshold:g}"

    def met(self, value: Any) -> bool:
        """Whether a checked value (see ``check_terms``) meets this term."""
        if self.rule == YES:
            return value == YES
        number = float(value)
        # only a yes/no term has no threshold, and it returned above; mypy cannot see that.
        return number >= self.threshold if self.rule == AT_LEAST else number <= self.threshold  # type: ignore[operator]


@dataclass(frozen=True)
class Rubric:
    """Terms with weights; ``total`` is the most points a contract can earn."""

    terms: tuple[Term, ...]

    def __post_init__(self) -> None:
        columns = [t.column for t in self.terms]
        repeated = sorted({c for c in columns if columns.count(c) > 1})
        if repeated:
            raise ContractTermsError(f"The rubric uses a column twice: {', '.join(repeated)}. Use each once.")
        if not self.terms or self.total == 0:
            raise ContractTermsError("The rubric gives no points at all; give at least one term a weight above 0.")

    @property
    def total(self) -> int:
        return sum(t.weight for t in self.terms)

    @property
    def columns(self) -> list[str]:
        return [t.column for t in self.terms]

    def term(self, column: str) -> Term:
        for term in self.terms:
            if term.column == column:
                return term
        raise ContractTermsError(f'"{column}" is not a term in the rubric. Use: {", ".join(self.columns)}.')

    def with_weights(self, weights: Mapping[str, int]) -> Rubric:
        """The same terms with some weights changed, by column name."""
        unknown = sorted(set(weights) - set(self.columns))
        if unknown:
            raise ContractTermsError(
                f"These are not terms in the rubric: {', '.join(unknown)}. Use: {', '.join(self.columns)}."
            )
        return Rubric(tuple(replace(t, weight=weights.get(t.column, t.weight)) for t in self.terms))

    def to_markdown(self) -> str:
        """The rubric as a Markdown table, every reason in full (for a notebook's Markdown display)."""
        rows = [f"| {t.label} | `{t.column}` | {t.met_when} | {t.weight} | {t.why} |" for t in self.terms]
        head = ["| term | column | met when | points | why it matters |", "|---|---|---|---|---|"]
        return "\n".join([*head, *rows, f"| **most a contract can earn** | | | **{self.total}** | |"])

    def describe(self) -> pd.DataFrame:
        """The rubric as a table: each term, its column, its test, its points and why it matters."""
        return pd.DataFrame(
            [(t.label, t.column, t.met_when, t.weight, t.why) for t in self.terms],
            columns=["term", "column", "met when", "points", "why it matters"],
        )


RUBRIC = Rubric((
    Term("pays_partners_for_time", "pays community partners for their time",
         "People who give their time and knowledge are doing work; paying them treats them as "
         "experts, not as volunteers.", 20),
    Term("plain_language_reports", "reports to the public in plain language",
         "Residents can only hold a contract to account if they can read what it did.", 10),
    Term("shares_data_back", "shares data back with the community",
         "Data about a community should come back to that community, for its own goals.", 15),
    Term("local_hire_pct", "at least 40% of hires live in Riverbend",
         "Jobs and wages paid with public money stay in the neighborhoods the work is for (the "
         "column is the share of people hired for the contract who live in the county).", 10,
         AT_LEAST, 40, 100),
    Term("payment_days", "pays invoices within 30 days",
         "Small community organizations cannot wait months to be paid; slow payment shuts them "
         "out of public contracts (the column is the usual number of days from invoice to "
         "payment).", 15, AT_MOST, 30),
    Term("accessible_materials", "accessible to people with disabilities",
         "Materials, meetings and websites must work for people with disabilities, so they can "
         "take part and use what the contract produces.", 15),
    Term("languages_offered", "materials in at least 3 languages",
         "Materials and interpretation only in English leave out residents who speak other "
         "languages.", 15,
         AT_LEAST, 3),
))


def _blank(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _problem(value: Any, term: Term) -> str | None:
    """What is wrong with one value for one term, or None if it can be scored."""
    if _blank(value):
        return f'no value in "{term.column}"; fill it in'
    if term.rule == YES:
        text = (YES if value else NO) if isinstance(value, (bool, np.bool_)) else str(value).strip().casefold()
        return None if text in (YES, NO) else f'"{value}" in "{term.column}"; use "yes" or "no"'
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    high = term.maximum
    if isinstance(value, (bool, np.bool_)) or not math.isfinite(number) or number < 0 or (
            high is not None and number > high):
        limits = f"from 0 to {high:g}" if high is not None else "of 0 or more"
        return f'"{value}" in "{term.column}"; use a number {limits}'
    return None


def _clean(value: Any, term: Term) -> object:
    if term.rule == YES:
        return (YES if value else NO) if isinstance(value, (bool, np.bool_)) else str(value).strip().casefold()
    return float(value)


def check_terms(frame: pd.DataFrame, rubric: Rubric = RUBRIC, name_column: str = "contract") -> pd.DataFrame:
    """The table with one row per contract and every term checked ("yes"/"no", or a number).

    Raises ContractTermsError naming every bad row by its index label and contract, so it
    can be fixed with ``frame.loc[label, column] = ...``.
    """
    if not isinstance(frame, pd.DataFrame):
        raise ContractTermsError(f"Expected a pandas DataFrame of contracts, but this is a {type(frame).__name__}.")
    missing = [c for c in [name_column, *rubric.columns] if c not in frame.columns]
    if missing:
        raise ContractTermsError(
            f"The table is missing the column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(c) for c in missing)}. It has: {', '.join(repr(str(c)) for c in frame.columns)}. "
            "Join the terms to the contracts on contract_id, so each row has both."
        )
    names = frame[name_column].astype(str)
    repeated = names[names.duplicated()].unique().tolist()
    if repeated:
        raise ContractTermsError(
            f'Contract "{repeated[0]}" appears more than once; keep one row per contract '
            "(for example, keep only one fiscal year)."
        )
    problems = [
        f'row {label!r} (contract "{name}"): {problem}'
        for label, name, row in zip(frame.index, names, frame[rubric.columns].itertuples(index=False), strict=True)
        for term, value in zip(rubric.terms, row, strict=True)
        if (problem := _problem(value, term)) is not None
    ]
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = f"; and {len(problems) - MAX_PROBLEMS_SHOWN} more" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        word = "value" if len(problems) == 1 else "values"
        raise ContractTermsError(
            f"{len(problems)} {word} cannot be scored: {shown}{more}. "
            "Fix each with table.loc[row, column] = ..., then score again."
        )
    checked = pd.DataFrame({name_column: names.to_list()})
    for term in rubric.terms:
        checked[term.column] = [_clean(value, term) for value in frame[term.column]]
    return checked


def score_contracts(frame: pd.DataFrame, rubric: Rubric = RUBRIC, name_column: str = "contract") -> pd.DataFrame:
    """Points per term, the total ``score`` and ``rank`` (1 = highest; ties share a rank),
    sorted from the highest score to the lowest, ties in A to Z order."""
    checked = check_terms(frame, rubric, name_column)
    card = pd.DataFrame({name_column: checked[name_column]})
    for term in rubric.terms:
        card[term.column] = [term.weight if term.met(v) else 0 for v in checked[term.column]]
    card["score"] = card[rubric.columns].sum(axis=1).astype(int)
    card = card.sort_values(["score", name_column], ascending=[False, True]).reset_index(drop=True)
    card.insert(0, "rank", card["score"].rank(method="min", ascending=False).astype(int))
    return card


def missing_terms(frame: pd.DataFrame, rubric: Rubric = RUBRIC, name_column: str = "contract") -> pd.Series:
    """For each term, how many contracts do not meet it: most often missing first (ties in
    rubric order). The terms a contract template should add first are at the top."""
    checked = check_terms(frame, rubric, name_column)
    counts = pd.Series(
        [int(sum(not term.met(v) for v in checked[term.column])) for term in rubric.terms],
        index=pd.Index(rubric.columns, name="term"), name="contracts_missing",
    )
    order = sorted(range(len(counts)), key=lambda i: -counts.iloc[i])
    return counts.iloc[order]


def explain(frame: pd.DataFrame, contract: str, rubric: Rubric = RUBRIC, name_column: str = "contract") -> pd.DataFrame:
    """One contract, term by term: its value, the test, whether it is met (in words) and the points."""
    checked = check_terms(frame, rubric, name_column)
    rows = checked[checked[name_column] == str(contract)]
    if rows.empty:
        names = ", ".join(f'"{n}"' for n in sorted(checked[name_column]))
        raise ContractTermsError(f'There is no contract called "{contract}" in this table. It has: {names}.')
    row = rows.iloc[0]
    return pd.DataFrame(
        [(t.label, row[t.column] if t.rule == YES else f"{row[t.column]:g}", t.met_when,
          "met" if t.met(row[t.column]) else "not met", t.weight if t.met(row[t.column]) else 0)
         for t in rubric.terms],
        columns=["term", "value", "met when", "met?", "points"],
    )
