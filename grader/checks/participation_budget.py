"""Checks on a paid-participation budget: totals per cost type (hashed) and the four rules.

``budget_totals`` compares each cost type's total with a digest of the right amount.
``budget_rules`` applies ``grader.domain.participation_budget.review`` to the learner's
budget and meeting times, using the planned process's participants from the Riverbend data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, is_unanswered, register
from grader.course.data import load
from grader.domain.participation_budget import COST_TYPES, BudgetError, review, totals_by_type

COLUMNS = "cost_type, detail, quantity and unit_cost"


def money(value: Any) -> str:
    """An amount as the text its digest is made from: dollars and cents, "7200.00"."""
    return f"{round(float(value), 2):.2f}"


@dataclass(frozen=True)
class PlannedProcess:
    """A planned community process in the Riverbend data, its project budget and its target level."""

    process: str
    project_budget: float
    level: int

    def participants(self) -> pd.DataFrame:
        table = load("process_participants")
        return table[table["process"] == self.process].reset_index(drop=True)

    def meetings(self) -> pd.DataFrame:
        table = load("process_meetings")
        return table[table["process"] == self.process].reset_index(drop=True)


def _budget(answer: object) -> pd.DataFrame:
    budget = answer.get("budget") if isinstance(answer, Mapping) else answer
    if is_unanswered(budget):
        raise AnswerProblem("There is no budget here yet: build the budget table in the cell above.")
    if not isinstance(budget, pd.DataFrame):
        raise AnswerProblem(f"The budget should be a pandas DataFrame with the columns {COLUMNS}, "
                            f"but this is a {type(budget).__name__}.")
    return budget


def budget_totals(
    check_id: str, title: str, key_digests: dict[str, str], *, max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of the total for each cost type in ``key_digests`` (one point each)."""
    unknown = set(key_digests) - set(COST_TYPES)
    if unknown:
        raise ValueError(f"not cost types: {sorted(unknown)}")

    @register(
        check_id, title=title, max_points=float(len(key_digests) if max_points is None else max_points),
        expects=f"Give a pandas DataFrame with the columns {COLUMNS}, one row per cost line.", graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        try:
            totals = totals_by_type(_budget(answer))
        except BudgetError as error:
            raise AnswerProblem(str(error)) from None
        notes = []
        for kind, expected in key_digests.items():
            right = digest(check_id, kind, money(totals[kind])) == expected
            reason = (f"The {kind} total matches the plan." if right else
                      f"Check the {kind} lines: the unit is {COST_TYPES[kind]}, at the unit cost in the "
                      "unit-costs table. Count the right people and every meeting.")
            notes.append(Note(f"{kind} total", Status.HOLDS_UP if right else Status.RECONSIDER, reason))
        return notes


def budget_rules(
    check_id: str, title: str, plan: PlannedProcess, *, max_points: float = 4.0, graded: bool = False
) -> None:
    """Register a check of the four participation rules for ``{"budget": ..., "meetings": ...}``."""

    @register(
        check_id, title=title, max_points=max_points, graded=graded,
        expects='Give a dictionary {"budget": your budget table, "meetings": your meetings table}.',
    )
    def grade(answer: object) -> list[Note]:
        if not isinstance(answer, Mapping):
            raise AnswerProblem('Give a dictionary {"budget": ..., "meetings": ...}, '
                                f"but this is a {type(answer).__name__}.")
        budget = _budget(answer)
        meetings = answer.get("meetings")
        if is_unanswered(meetings) or not isinstance(meetings, pd.DataFrame):
            raise AnswerProblem("Give your meetings table (a pandas DataFrame) as \"meetings\".")
        try:
            findings = review(budget, plan.participants(), meetings, project_budget=plan.project_budget,
                              level=plan.level, planned_meetings=len(plan.meetings()))
        except BudgetError as error:
            raise AnswerProblem(str(error)) from None
        return [Note(f.criterion, Status.HOLDS_UP if f.met else Status.RECONSIDER, f.advice) for f in findings]
