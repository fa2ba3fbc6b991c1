"""Choice questions: the learner picks one option; the key is a digest, never the letter."""

from __future__ import annotations

import re
from dataclasses import dataclass

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest, normalize
from grader.checks.registry import AnswerProblem, register


@dataclass(frozen=True)
class ChoiceQuestion:
    """A question with lettered options. ``reasons`` explain each option without a verdict."""

    check_id: str
    title: str
    prompt: str
    options: tuple[tuple[str, str], ...]
    reasons: dict[str, str]
    key_digest: str

    def letters(self) -> list[str]:
        return [letter for letter, _ in self.options]

    def option_text(self, letter: str) -> str:
        return dict(self.options)[letter]

    def letter_for(self, answer: object) -> str:
        """Accept "b", "B", "(b)" or the option's own words."""
        text = re.sub(r"^\(?([a-z])\)\s+", "", normalize(answer)).strip("() .")
        letter_only = normalize(answer).strip("() .")
        for letter, words in self.options:
            if letter_only == letter or text == normalize(words).strip("() ."):
                return letter
        choices = ", ".join(f'"{letter}"' for letter in self.letters())
        raise AnswerProblem(f'"{answer}" is not one of the options. Answer with one letter: {choices}.')


QUESTIONS: dict[str, ChoiceQuestion] = {}


def choice_question(question: ChoiceQuestion, *, max_points: float = 1.0, graded: bool = False) -> None:
    """Register a choice question as a check."""
    QUESTIONS[question.check_id] = question

    @register(
        question.check_id,
        title=question.title,
        max_points=max_points,
        expects=f"Answer with the letter of one option: {', '.join(question.letters())}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        letter = question.letter_for(answer)
        right = digest(question.check_id, "choice", letter) == question.key_digest
        reason = question.reasons[letter]
        status = Status.HOLDS_UP if right else Status.RECONSIDER
        return [Note(f"option {letter}", status, reason)]


@dataclass(frozen=True)
class Option:
    """One option of a choice question as an item file writes it: letter, words, reason."""

    letter: str
    text: str
    reason: str


def choice(
    check_id: str,
    title: str,
    question: str,
    options: tuple[Option, ...],
    digest: str,
    *,
    max_points: float = 1.0,
    graded: bool = False,
) -> None:
    """The item-file kind ``choice``: a question, its options with their reasons, the key's digest."""
    letters = [option.letter for option in options]
    if len(set(letters)) != len(letters) or len(letters) < 2:
        raise ValueError(f'"{check_id}": give at least two options, each with its own letter (found {letters}).')
    choice_question(
        ChoiceQuestion(
            check_id,
            title,
            question,
            tuple((option.letter, option.text) for option in options),
            {option.letter: option.reason for option in options},
            digest,
        ),
        max_points=max_points,
        graded=graded,
    )
