"""Checks on an alliance plan written in answer to political pushback (Module 04)."""

from __future__ import annotations

from collections.abc import Mapping

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status, hint_reason
from grader.checks.registry import AnswerProblem, is_unanswered, register
from grader.domain.alliance_plan import AlliancePlan, Ally, Step, review

EXPECTS = ("Give an AlliancePlan(allies=[Ally(...), ...], base_of_support=..., transparency=[...], "
           "shared_risk=..., offers=[...], community_goals=[...], next_steps=[Step(...), ...]).")


def _text(value: object) -> str:
    return "" if is_unanswered(value) else str(value).strip()


def _texts(value: object) -> list[str]:
    if is_unanswered(value):
        return []
    if isinstance(value, str):
        return [value.strip()]
    if not isinstance(value, (list, tuple)):
        raise AnswerProblem(f"Expected a list of texts, like [\"...\", \"...\"], but found a "
                            f"{type(value).__name__}.")
    return [str(item).strip() for item in value if not is_unanswered(item)]


def _items(value: object, kind: type, what: str) -> list:
    if is_unanswered(value):
        return []
    if not isinstance(value, (list, tuple)):
        raise AnswerProblem(f"{what} should be a list, like [{kind.__name__}(...), ...], but this "
                            f"is a {type(value).__name__}.")
    items = []
    for item in value:
        if is_unanswered(item):
            continue
        if isinstance(item, Mapping):
            try:
                item = kind(**item)
            except (TypeError, ValueError) as error:
                raise AnswerProblem(f"One of the {what} could not be read: {error}") from None
        if not isinstance(item, kind):
            raise AnswerProblem(f"Each of the {what} should be {kind.__name__}(...), but one is "
                                f"a {type(item).__name__}.")
        items.append(item)
    return items


def as_alliance_plan(answer: object) -> AlliancePlan:
    """An AlliancePlan from a plan or a dict; template placeholders become empty parts."""
    if isinstance(answer, Mapping):
        parts = list(AlliancePlan().to_dict())
        unknown = [str(key) for key in answer if key not in parts]
        if unknown:
            raise AnswerProblem(f"These are not parts of an alliance plan: {', '.join(unknown)}. "
                                f"Use: {', '.join(parts)}.")
        answer = AlliancePlan(**answer)  # parts are read and checked below
    if not isinstance(answer, AlliancePlan):
        raise AnswerProblem(f"Expected an AlliancePlan(...) or a dictionary of its parts, but this "
                            f"is a {type(answer).__name__}.")
    try:
        allies = [Ally(_text(a.name), _text(a.kind), _text(a.brings))
                  for a in _items(answer.allies, Ally, "allies")]
        steps = [Step(_text(s.action), _text(s.who), "" if is_unanswered(s.by) else s.by)
                 for s in _items(answer.next_steps, Step, "next steps")]
    except ValueError as error:  # a kind or a date changed after the Ally or Step was made
        raise AnswerProblem(str(error)) from None
    plan = AlliancePlan(
        allies=[a for a in allies if a.name or a.kind or a.brings],
        base_of_support=_text(answer.base_of_support),
        transparency=_texts(answer.transparency),
        shared_risk=_text(answer.shared_risk),
        offers=_texts(answer.offers),
        community_goals=_texts(answer.community_goals),
        next_steps=[s for s in steps if s.action or s.who or s.by],
    )
    if plan == AlliancePlan():
        raise AnswerProblem("There is no answer here yet: fill in each part of the plan.")
    return plan


def alliance_plan(check_id: str, *, max_points: float = 8.0, graded: bool = False) -> None:
    """Register a rubric check of an alliance plan: one note per rubric line."""

    @register(check_id, title="Alliance plan", max_points=max_points, expects=EXPECTS,
              graded=graded)
    def grade(answer: object) -> list[Note]:
        plan = as_alliance_plan(answer)
        return [
            Note(
                finding.criterion,
                Status.HOLDS_UP if finding.met else Status.RECONSIDER,
                hint_reason(finding.met, finding.advice) if finding.judgment
                else "Yes." if finding.met else finding.advice,
                missing=finding.empty,
                hint=finding.judgment,
            )
            for finding in review(plan)
        ]


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(AlliancePlan)
