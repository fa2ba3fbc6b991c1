"""Checks on an equity review of a policy: the completeness rubric.

The rubric is ``grader.domain.equity_review.review``: one note per question. Whether an answer
holds up is written judgment that a word list cannot make (a template review full of the right
words would pass), so each note is a hint, never a score; the trainer reads the review with the
rubric in ``course/rubrics/ex08.toml``. A question left blank is still "Still to answer". Which
question a statement from a review answers is a ``labels`` check (vocabulary "equity_question",
``grader.checks.labels``).
"""

from __future__ import annotations

from collections.abc import Mapping

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status, hint_reason
from grader.checks.registry import AnswerProblem, register
from grader.domain.equity_review import LINES, EquityReview, review

REVIEW_TITLE = "Equity review"


def as_review(answer: object) -> EquityReview:
    """A review from a review or a dict of its answers; an empty one is "no answer yet"."""
    try:
        if isinstance(answer, Mapping):
            answer = EquityReview.from_dict(dict(answer))
    except ValueError as error:
        raise AnswerProblem(str(error)) from error
    if not isinstance(answer, EquityReview):
        raise AnswerProblem(
            f"Expected an EquityReview(...) or a dictionary of its answers, but this is a "
            f"{type(answer).__name__}."
        )
    if answer.is_empty():
        raise AnswerProblem("There is no answer here yet: answer each question of the review.")
    return answer


def _advice(finding) -> str:
    """The line's advice even when it is met (the rubric then says only "Yes.")."""
    if finding.advice != "Yes.":
        return finding.advice
    return next(line.advice for line in LINES if line.criterion == finding.criterion)


def equity_review(check_id: str, *, max_points: float = 0.0, graded: bool = False) -> None:
    """Register hints on an equity review: one hint per equity question, no automatic points."""

    @register(
        check_id,
        title=REVIEW_TITLE,
        max_points=max_points,
        expects="Give an EquityReview(policy=..., desired_results=..., data=..., community_engagement=..., "
        "benefits_and_burdens=..., implementation=..., accountability=..., communication=...), "
        "each answer a few sentences of text.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        return [
            Note(finding.criterion, Status.HOLDS_UP if finding.met else Status.RECONSIDER,
                 hint_reason(finding.met, _advice(finding)), missing=finding.missing, hint=True)
            for finding in review(as_review(answer))
        ]


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(EquityReview)
