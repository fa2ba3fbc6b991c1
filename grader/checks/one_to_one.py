"""Checks on plans a learner writes: the one-to-one plan."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status, hint_reason
from grader.checks.registry import AnswerProblem, is_unanswered, register
from grader.domain.one_to_one import OneToOnePlan, lines, review


def _filled(value: Any, empty: Any) -> Any:
    """A template's ``...`` (or a list of them) counts as not filled in yet."""
    if is_unanswered(value) or (isinstance(value, list) and all(is_unanswered(v) for v in value)):
        return empty
    return value


def as_plan(answer: object) -> OneToOnePlan:
    """A OneToOnePlan from a plan or a dict; placeholders become empty parts."""
    if isinstance(answer, Mapping):
        answer = OneToOnePlan.from_dict(dict(answer))
    if not isinstance(answer, OneToOnePlan):
        raise AnswerProblem(
            f"Expected a OneToOnePlan(...) or a dictionary of its parts, but this is a "
            f"{type(answer).__name__}."
        )
    plan = OneToOnePlan(
        partner=str(_filled(answer.partner, "")),
        purpose=str(_filled(answer.purpose, "")),
        questions=_as_list(_filled(answer.questions, [])),
        listen_for=_as_list(_filled(answer.listen_for, [])),
        minutes=_filled(answer.minutes, 0),
        follow_up=str(_filled(answer.follow_up, "")),
        follow_up_days=_filled(answer.follow_up_days, None),
    )
    if plan == OneToOnePlan():
        raise AnswerProblem("There is no answer here yet: fill in each part of the plan.")
    return plan


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return lines(value)
    return [str(item) for item in value if not is_unanswered(item)]


def one_to_one_plan(check_id: str, *, max_points: float = 7.0, graded: bool = False) -> None:
    """Register a rubric check of a one-to-one plan: one note per rubric line.

    Points come only from the lines a machine can verify; the judgments (an open, curious
    conversation, not a pitch) are hints, and the trainer reads them with the rubric.
    """

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
        empty = {
            "names who you will meet": not plan.partner.strip(),
            "says why you will meet": not plan.purpose.strip(),
            "at least three questions": not plan.questions,
            "says what you will listen for": not plan.listen_for,
        }
        return [
            Note(
                finding.criterion,
                Status.HOLDS_UP if finding.met else Status.RECONSIDER,
                hint_reason(finding.met, finding.advice) if finding.judgment
                else "Yes." if finding.met else finding.advice,
                missing=empty.get(finding.criterion, False),
                hint=finding.judgment,
            )
            for finding in review(plan)
        ]


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(OneToOnePlan)
