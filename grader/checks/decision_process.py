"""Redesign a department decision process one step up the engagement spectrum: a check kind.

The check knows the current process; the learner's answer is the redesign (a dict of its
parts, or a whole ``DecisionProcess``). One note per part: who decides each step, when the
community comes in, the community's share of resources, and the main activity. The
rules are the spectrum itself (``grader.domain.decision_process``), so nothing is hashed.
"""

from __future__ import annotations

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status
from grader.checks.registry import AnswerProblem, register, spec
from grader.domain.decision_process import DecisionProcess, Redesign, read_redesign, review_redesign, target_of

PROCESSES: dict[str, DecisionProcess] = {}

EXPECTS = (
    'Give a dictionary with "decided_by" (who decides each step: "department alone", '
    '"department and community together" or "community"), "community_joins" (when the '
    'community comes in), "community_share" (a percent from 0 to 100) and "activity" '
    "(one of the spectrum's activities)."
)


def current_process(check_id: str) -> DecisionProcess:
    """The process a redesign check starts from."""
    spec(check_id)  # a clear error for an unknown id
    return PROCESSES[check_id]


def process_redesign(
    check_id: str, title: str, current: DecisionProcess, *, max_points: float = 4.0, graded: bool = False
) -> None:
    """Register a check that a redesign of ``current`` reaches exactly one level higher."""
    target_of(current)  # a process at the top of the spectrum cannot be redesigned one step up
    PROCESSES[check_id] = current

    @register(check_id, title=title, max_points=max_points, expects=EXPECTS, graded=graded)
    def grade(answer: object) -> list[Note]:
        try:
            redesign = read_redesign(current, answer)
        except ValueError as error:
            raise AnswerProblem(str(error)) from None
        return [
            Note(f.criterion, Status.HOLDS_UP if f.met else Status.RECONSIDER, f.advice, missing=f.missing)
            for f in review_redesign(current, redesign)
        ]


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(DecisionProcess)
answer_type(Redesign)
