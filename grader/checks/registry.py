"""The check registry: one place that maps a check id to the function that checks it.

``check(check_id, answer)`` is what learners call; it always returns a ``Feedback``,
never raises for a learner's mistake. ``points(check_id, answer)`` is what nbgrader's
hidden tests call; it returns the score as a float, 0.0 for an answer that cannot be
checked. Both use the same grading function, so a self-check and the autograder agree.

Listeners (``add_listener``) hear about every ``check`` call, for example to record the
learner's progress; a listener's failure never reaches the learner. Inside a learner's notebook
kernel the progress recorder subscribes (``grader.learner.kernel``, set up by the façade).

This module knows no check of its own: the check kinds register themselves through
``register``, and ``grader.checks`` loads the course's catalog before its first use.
"""

from __future__ import annotations

import difflib
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from grader.checks.feedback import Feedback, Note


class AnswerProblem(ValueError):
    """An answer that cannot be checked as given; the message says how to fix it."""


Grade = Callable[[Any], list[Note]]
Listener = Callable[[Feedback], None]


@dataclass(frozen=True)
class CheckSpec:
    """A registered check.

    ``expects`` describes the answer in plain words. ``graded`` marks an exercise
    check: its self-check confirms the answer is complete and well formed, and the
    score comes when the trainer grades the cohort.
    """

    check_id: str
    title: str
    max_points: float
    expects: str
    grade: Grade
    graded: bool = False


_REGISTRY: dict[str, CheckSpec] = {}
_LISTENERS: list[Listener] = []


def add_listener(listener: Listener) -> None:
    """Call ``listener(feedback)`` after every ``check``; adding the same listener twice has no effect."""
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)


def remove_listener(listener: Listener) -> None:
    if listener in _LISTENERS:
        _LISTENERS.remove(listener)


def _tell_listeners(feedback: Feedback) -> None:
    for listener in tuple(_LISTENERS):
        try:
            listener(feedback)
        except Exception:
            pass


def register(
    check_id: str, *, title: str, max_points: float, expects: str, graded: bool = False
) -> Callable[[Grade], Grade]:
    """Decorator that registers a grading function under ``check_id``."""

    def decorate(grade: Grade) -> Grade:
        if check_id in _REGISTRY:
            raise ValueError(f"check {check_id!r} is registered twice")
        _REGISTRY[check_id] = CheckSpec(check_id, title, max_points, expects, grade, graded)
        return grade

    return decorate


def spec(check_id: str) -> CheckSpec:
    """The registered check, or a KeyError that suggests the nearest id."""
    try:
        return _REGISTRY[check_id]
    except KeyError:
        raise KeyError(_unknown_message(check_id)) from None


def known_checks() -> list[str]:
    return sorted(_REGISTRY)


def _unknown_message(check_id: object) -> str:
    close = difflib.get_close_matches(str(check_id), list(_REGISTRY), n=1)
    hint = f' Did you mean "{close[0]}"?' if close else ""
    return f'There is no check called "{check_id}".{hint} Copy the id from the line above the cell.'


def is_unanswered(value: Any) -> bool:
    """None, ``...`` (the placeholder in answer templates), an empty text or an empty container."""
    if value is None or value is Ellipsis:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, dict):
        return all(is_unanswered(item) for item in value.values())
    if isinstance(value, (list, tuple, set)):
        return len(value) == 0
    if type(value).__name__ in ("DataFrame", "Series") and type(value).__module__.startswith("pandas"):
        return bool(value.empty)
    return False


def _score(spec_: CheckSpec, notes: list[Note]) -> float:
    """Points for the notes a machine can verify; a hint on the quality of writing never counts."""
    checked = [note for note in notes if not note.hint]
    total = sum(note.weight for note in checked)
    if total == 0:
        return 0.0
    held = sum(note.weight for note in checked if note.holds_up)
    return round(spec_.max_points * held / total, 2)


def _grade(spec_: CheckSpec, answer: Any) -> list[Note]:
    try:
        if is_unanswered(answer):
            raise AnswerProblem(f"There is no answer here yet. {spec_.expects}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a warning on stderr would cost points in nbgrader
            return spec_.grade(answer)
    except AnswerProblem:
        raise
    except Exception as error:  # a learner's odd answer must never become a traceback
        raise AnswerProblem(
            f"This answer could not be checked ({type(error).__name__}). {spec_.expects}"
        ) from error


def check(check_id: str, answer: Any) -> Feedback:
    """Check an answer and say what holds up and what to reconsider, and why."""
    feedback = _feedback(check_id, answer)
    _tell_listeners(feedback)
    return feedback


def _feedback(check_id: str, answer: Any) -> Feedback:
    if not isinstance(check_id, str) or check_id not in _REGISTRY:
        return Feedback(check_id=str(check_id), title="Check", problem=_unknown_message(check_id))
    spec_ = _REGISTRY[check_id]
    try:
        notes = _grade(spec_, answer)
    except AnswerProblem as problem:
        return Feedback(check_id, spec_.title, max_points=spec_.max_points, problem=str(problem))
    if spec_.graded:
        missing = [note.label for note in notes if note.missing]
        if missing:
            return Feedback(
                check_id,
                spec_.title,
                max_points=spec_.max_points,
                problem=f"Still to answer: {', '.join(missing)}. {spec_.expects}",
            )
        return Feedback(
            check_id,
            spec_.title,
            max_points=spec_.max_points,
            graded_later=True,
            extra=(
                "Your answer has every part and is in the right form. Whether each part holds "
                "up is scored when your trainer grades the exercise.",
            ),
        )
    return Feedback(
        check_id,
        spec_.title,
        notes=tuple(notes),
        points=_score(spec_, notes),
        max_points=spec_.max_points,
    )


def points(check_id: str, answer: Any) -> float:
    """The score for an answer, for nbgrader tests: 0.0 when it cannot be checked.

    Inside a kernel it also publishes the answer as evidence, so the cohort grader can
    re-score it in a trusted process (``grader.checks.evidence``).
    """
    spec(check_id)  # a clear error for an unknown id, before anything is published
    from grader.checks.evidence import publish

    publish(check_id, answer)
    return score(check_id, answer)


def score(check_id: str, answer: Any) -> float:
    """The score for an answer, with no side effects: what ``points`` returns."""
    spec_ = spec(check_id)
    try:
        return _score(spec_, _grade(spec_, answer))
    except AnswerProblem:
        return 0.0
