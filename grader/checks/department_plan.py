"""Checks on a department plan: one note per completeness line of ``grader.domain.department_plan_review``.

A check can cover every area (the module's practice check) or some of them (the exercise's
test cells, one per area). Every line that is not met counts as still to do, so even a
graded self-check names what is missing; none of them says what a good choice would be.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status, hint_reason
from grader.checks.registry import AnswerProblem, register
from grader.domain.department_plan import DepartmentPlan
from grader.domain.department_plan_review import AREAS, review

EXPECTS = ("Give a DepartmentPlan: press Save my plan in the builder and run the cell that loads it "
           "again, or write the plan as DepartmentPlan(...).")


def as_department_plan(answer: object) -> DepartmentPlan:
    """A plan from a plan or a dict (as saved); an AnswerProblem with a fix for anything else."""
    try:
        if isinstance(answer, Mapping):
            answer = DepartmentPlan.from_dict(dict(answer))
    except ValueError as error:
        raise AnswerProblem(str(error)) from error
    if not isinstance(answer, DepartmentPlan):
        raise AnswerProblem(f"Expected a DepartmentPlan, but this is a {type(answer).__name__}. {EXPECTS}")
    if answer.is_blank():
        raise AnswerProblem(
            "This plan is still empty. Fill it in with the builder and press Save my plan (then run the "
            "cell that loads it again), or write it as DepartmentPlan(...) in code."
        )
    return answer


def line_count(areas: Sequence[str]) -> int:
    """How many completeness lines the areas hold (the points a check of them is worth); hints count none."""
    return sum(1 for finding in review(DepartmentPlan()) if finding.area in areas and not finding.judgment)


def department_plan_review(check_id: str, *, title: str, areas: Sequence[str] = tuple(AREAS),
                           graded: bool = False) -> None:
    """Register a completeness check of a department plan: one point per line in ``areas``.

    A line that reads the plan's words (a ``judgment``) is shown as a hint and never scored."""
    unknown = sorted(set(areas) - set(AREAS))
    if unknown:
        raise ValueError(f"Unknown review areas {unknown}; use some of {list(AREAS)}.")

    @register(check_id, title=title, max_points=float(line_count(areas)), expects=EXPECTS, graded=graded)
    def grade(answer: object) -> list[Note]:
        plan = as_department_plan(answer)
        return [
            Note(finding.criterion, Status.HOLDS_UP if finding.met else Status.RECONSIDER,
                 hint_reason(finding.met, finding.advice), hint=True) if finding.judgment else
            Note(finding.criterion, Status.HOLDS_UP if finding.met else Status.RECONSIDER,
                 finding.advice, missing=not finding.met)
            for finding in review(plan) if finding.area in areas
        ]


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(DepartmentPlan)
