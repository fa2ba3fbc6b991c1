"""Checks on plans a learner writes: the one-to-one plan."""

from __future__ import annotations

from collections.abc import Mapping

from grader.checks.feedback import Note, Status
from grader.checks.registry import AnswerProblem, register
from grader.domain.one_to_one import OneToOnePlan, review


def as_plan(answer: object) -> OneToOnePlan:
    if isinstance(answer, OneToOnePlan):
        return answer
    if isinstance(answer, Mapping):
        return OneToOnePlan.from_dict(dict(answer))
    raise AnswerProblem(
        f"Expected a OneToOnePlan(...) or a dictionary of its parts, but this is a "
        f"{type(answer).__name__}."
    )


def one_to_one_plan(check_id: str, *, max_points: float = 7.0, graded: bool = False) -> None:
    """Register a rubric check of a one-to-one plan: one note per rubric line."""

    @register(
        check_id,
        title="One-to-one plan",
        max_points=max_points,
        expects="Give a OneToOnePlan(partner=..., purpose=..., questions=[...], listen_for=[...], "
        "minutes=..., follow_up=..., follow_up_days=...).",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        plan = as_plan(answer)
        return [
            Note(
                finding.criterion,
                Status.HOLDS_UP if finding.met else Status.RECONSIDER,
                "Yes." if finding.met else finding.advice,
            )
            for finding in review(plan)
        ]
