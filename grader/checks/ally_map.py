"""Checks on an ally map: one note per rubric line of ``grader.domain.ally_map.review``."""

from __future__ import annotations

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status, hint_reason
from grader.checks.registry import AnswerProblem, register
from grader.domain.ally_map import MovementAlly, as_allies, review


def readable_allies(answer: object) -> list[MovementAlly]:
    """The allies in an answer, without blank template rows; AnswerProblem says what to fix."""
    try:
        allies = [ally for ally in as_allies(answer) if not ally.blank]
    except ValueError as error:
        raise AnswerProblem(str(error)) from None
    if not allies:
        raise AnswerProblem("There is no answer here yet: fill in at least one ally.")
    return allies


def ally_map(check_id: str, *, max_points: float = 6.0, graded: bool = False) -> None:
    """Register a rubric check of an ally map: one note per rubric line."""

    @register(
        check_id,
        title="Ally map",
        max_points=max_points,
        expects="Give a list of allies, each written as Ally(name=..., scale=..., kind=..., "
        "brings=..., ask=...).",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        return [
            Note(
                finding.criterion,
                Status.HOLDS_UP if finding.met else Status.RECONSIDER,
                hint_reason(finding.met, finding.advice) if finding.judgment
                else "Yes." if finding.met else finding.advice,
                missing=finding.missing,
                hint=finding.judgment,
            )
            for finding in review(readable_allies(answer))
        ]


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(MovementAlly)
