"""Checks on an equity review of a policy: the completeness rubric, and which equity question
a statement from a review answers.

The rubric is ``grader.domain.equity_review.review``: one note per question. Whether an answer
holds up is written judgment that a word list cannot make (a template review full of the right
words would pass), so each note is a hint, never a score; the trainer reads the review with the
rubric in ``course/rubrics/ex08.toml``. A question left blank is still "Still to answer". Statement
matches are keyed by digests; a statement's ``evidence`` (shown when a match holds up) and
``hint`` (shown when it does not) never name the question.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Shown, Status, hint_reason
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, is_unanswered, register, spec
from grader.domain.equity_review import LINES, QUESTIONS, EquityReview, UnknownQuestion, question, review

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


@dataclass(frozen=True)
class Statement:
    """A sentence from an equity review; which question it answers is kept as a digest."""

    id: str
    text: str
    evidence: str
    hint: str


STATEMENT_SETS: dict[str, tuple[Statement, ...]] = {}


def statement_matches(
    check_id: str,
    title: str,
    found: tuple[Statement, ...],
    key_digests: dict[str, str],
    *,
    graded: bool = False,
) -> None:
    """Register a check of a dict statement id -> equity question, one point per statement."""
    STATEMENT_SETS[check_id] = found
    ids = [s.id for s in found]

    @register(
        check_id,
        title=title,
        max_points=float(len(found)),
        expects=f"Give a dictionary that matches each statement ({', '.join(ids)}) to the equity "
        f'question it answers, for example {{"{ids[0]}": "data", ...}}.',
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        if not isinstance(answer, Mapping):
            raise AnswerProblem(f"Matches should be a dictionary, but this is a {type(answer).__name__}.")
        unknown = [str(key) for key in answer if str(key) not in ids]
        if unknown:
            raise AnswerProblem(f"These are not statement ids here: {', '.join(unknown)}. Use: {', '.join(ids)}.")
        given = {str(key): value for key, value in answer.items()}
        notes, problems = [], []
        for statement in found:
            value = given.get(statement.id)
            if is_unanswered(value):
                notes.append(Note(statement.id, Status.RECONSIDER, "Not matched yet.", missing=True))
                continue
            try:
                key = question(value).key
            except UnknownQuestion as error:
                problems.append(f"{statement.id}: {error}")
                continue
            right = digest(check_id, statement.id, key) == key_digests[statement.id]
            notes.append(Note(statement.id, Status.HOLDS_UP if right else Status.RECONSIDER,
                              statement.evidence if right else statement.hint))
        if problems:
            raise AnswerProblem(" ".join(problems))
        return notes


def statements(check_id: str) -> Shown:
    """The statements of a matching question, with their ids, and the questions to choose from."""
    spec(check_id)
    if check_id not in STATEMENT_SETS:
        raise KeyError(f'"{check_id}" has no statements; use check("{check_id}", ...) instead.')
    found = STATEMENT_SETS[check_id]
    names = [q.title.casefold() for q in QUESTIONS]
    text = "\n".join(f"{s.id}. {s.text}" for s in found)
    rows = "".join(
        f'<tr><th scope="row">{html.escape(s.id)}</th><td style="text-align:left">{html.escape(s.text)}</td></tr>'
        for s in found
    )
    items = "".join(f'<li>"{html.escape(name)}"</li>' for name in names)
    quoted = ", ".join(f'"{name}"' for name in names)
    return Shown(
        f"{text}\n\nQuestions to choose from: {quoted}",
        '<table><thead><tr><th scope="col">id</th><th scope="col">statement</th></tr></thead>'
        f"<tbody>{rows}</tbody></table><p><strong>Questions to choose from</strong></p><ul>{items}</ul>",
    )


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(EquityReview)
