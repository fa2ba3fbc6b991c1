"""Checks on an accountability plan: one note per rubric line of ``grader.domain.accountability``."""

from __future__ import annotations

from collections.abc import Mapping

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status
from grader.checks.registry import AnswerProblem, register
from grader.domain.accountability import AccountabilityPlan, Commitment, review

TITLE = "Accountability plan"


def as_accountability_plan(answer: object) -> AccountabilityPlan:
    """A plan from a plan, a dict (as saved), a list of commitments or one commitment."""
    try:
        if isinstance(answer, Mapping):
            answer = AccountabilityPlan.from_dict(dict(answer))
        elif isinstance(answer, Commitment):
            answer = AccountabilityPlan([answer])
        elif isinstance(answer, list):
            answer = AccountabilityPlan(answer)
    except ValueError as error:
        raise AnswerProblem(str(error)) from error
    if not isinstance(answer, AccountabilityPlan):
        raise AnswerProblem(
            f"Expected an AccountabilityPlan (or a list of Commitment(...)), but this is a "
            f"{type(answer).__name__}."
        )
    if not answer.commitments:
        raise AnswerProblem(
            "This plan has no commitments yet. Add them in the builder and press Save my plan "
            "(then run the cell that loads it again), or write them as Commitment(...) in code."
        )
    return answer


def accountability_plan(check_id: str, *, max_points: float = 9.0, graded: bool = False) -> None:
    """Register a rubric check of an accountability plan: one note per rubric line."""

    @register(
        check_id,
        title=TITLE,
        max_points=max_points,
        expects="Give an AccountabilityPlan with two or more Commitment(...)s: action, owner, answers_to, "
        "mechanism, cadence, measure, measure_chosen_by, resources and level.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        plan = as_accountability_plan(answer)
        return [
            Note(
                finding.criterion,
                Status.HOLDS_UP if finding.met else Status.RECONSIDER,
                "Yes." if finding.met else finding.advice,
                missing=finding.missing and not finding.met,
            )
            for finding in review(plan)
        ]


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(AccountabilityPlan)
