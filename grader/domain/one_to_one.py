"""A one-to-one: a short, curious conversation to start a trusting relationship.

From the course design (DESIGN §4, drawing on Build Strategic Partnerships, Human Impact
Partners): one-to-ones usually last 30 to 45 minutes, are led by curiosity about the
other person's values, story and interests rather than by a pitch, and are followed
up promptly. ``review`` turns those ideas into specific, kind feedback.

Lines a machine can verify (a partner named, a purpose and three questions written, the length,
what to listen for, a follow-up date) are plain findings. Whether the purpose is a relationship
and not a pitch, and whether the questions are open and curious, is a judgment about writing:
those lines are marked ``judgment`` and only ever shown as hints ("Why?" starts with an open
word, yet opens nothing); the trainer reads them with the rubric.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grader.domain.finding import Finding, is_written
from grader.domain.plan_file import read_answer, table_of_parts, write_plan

MIN_MINUTES = 30
MAX_MINUTES = 45
FOLLOW_UP_WITHIN_DAYS = 7  # the course's rule of thumb for "promptly"

OPEN_STARTS = ("what", "how", "why", "tell me", "who", "when", "where", "which", "could you tell", "share")
CLOSED_STARTS = ("do you", "did you", "are you", "is it", "is there", "would you", "will you",
                 "can you", "could you support", "have you", "does", "should")
CURIOSITY_WORDS = ("value", "care", "matter", "story", "stories", "why", "hope", "important",
                   "interest", "motivat", "proud", "worr", "dream", "experience", "grew up",
                   "grow up", "believe", "passion", "change", "frustrat", "angry", "keeps you")
PITCH_WORDS = ("our program", "our services", "sign up", "sign on", "support our", "promote",
               "recruit", "convince", "sell", "pitch", "get them to", "ask them to join",
               "endorse", "enrol", "enroll", "marketing")


@dataclass
class OneToOnePlan:
    """What a learner prepares before a one-to-one meeting."""

    partner: str = ""
    purpose: str = ""
    questions: list[str] = field(default_factory=list)
    listen_for: list[str] = field(default_factory=list)
    minutes: int = 0
    follow_up: str = ""
    follow_up_days: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "partner": self.partner,
            "purpose": self.purpose,
            "questions": list(self.questions),
            "listen_for": list(self.listen_for),
            "minutes": self.minutes,
            "follow_up": self.follow_up,
            "follow_up_days": self.follow_up_days,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OneToOnePlan:
        known = {key: data[key] for key in cls().to_dict() if key in data}
        return cls(**known)


def lines(text: str | list[str]) -> list[str]:
    """Split a text box into non-empty lines; a list is cleaned the same way."""
    items = text.splitlines() if isinstance(text, str) else [str(item) for item in text]
    return [item.strip(" -•\t") for item in items if item.strip(" -•\t")]


MIN_QUESTION_WORDS = 4  # "Why?" alone is a follow-up, not a question that opens a conversation


def is_open_question(question: str) -> bool:
    q = question.strip().casefold()
    if q.startswith(CLOSED_STARTS) or len(q.split()) < MIN_QUESTION_WORDS:
        return False
    return q.startswith(OPEN_STARTS)


def is_curious(question: str) -> bool:
    q = question.casefold()
    return any(word in q for word in CURIOSITY_WORDS)


def pitch_words(text: str) -> list[str]:
    t = text.casefold()
    return [word for word in PITCH_WORDS if re.search(rf"\b{re.escape(word)}", t)]


def review(plan: OneToOnePlan) -> list[Finding]:
    """Nine rubric lines, each met or not, with advice in plain words; three are judgments."""
    questions = lines(plan.questions)
    listen_for = lines(plan.listen_for)
    open_questions = [q for q in questions if is_open_question(q)]
    curious = [q for q in questions if is_curious(q)]
    pitches = pitch_words(" ".join([plan.purpose, *questions]))
    findings = [
        Finding(
            "names who you will meet",
            is_written(plan.partner),
            "Write the person's name and their organization, so the plan is about a real relationship.",
        ),
        Finding(
            "says why you will meet",
            is_written(plan.purpose),
            "Write the purpose of the meeting in a sentence.",
        ),
        Finding(
            "purpose is to build a relationship, not to pitch",
            bool(plan.purpose.strip()) and not pitches,
            "State the purpose as getting to know them"
            + (f"; drop pitch words such as \"{pitches[0]}\"." if pitches else "."),
            judgment=True,
        ),
        Finding(
            f"lasts {MIN_MINUTES} to {MAX_MINUTES} minutes",
            isinstance(plan.minutes, int) and MIN_MINUTES <= plan.minutes <= MAX_MINUTES,
            f"One-to-ones are usually {MIN_MINUTES} to {MAX_MINUTES} minutes: long enough to listen, "
            "short enough to respect their time.",
        ),
        Finding(
            "at least three questions",
            len(questions) >= 3,
            f"Write at least three questions you will ask, one per line ({len(questions)} so far).",
        ),
        Finding(
            "at least three open questions",
            len(open_questions) >= 3,
            "Start questions with what, how, why or \"tell me\", and give each enough words to invite "
            "a story; questions that can be answered yes or no close the conversation down "
            f"({len(open_questions)} look open so far).",
            judgment=True,
        ),
        Finding(
            "questions about their values, story and interests",
            len(curious) >= 2,
            "Ask about what they care about, why, and what they hope for: their story, "
            f"not your agenda ({len(curious)} such questions so far; aim for two or more).",
            judgment=True,
        ),
        Finding(
            "says what you will listen for",
            len(listen_for) >= 2,
            "Note at least two things to listen for, such as what motivates them, their "
            "self-interest (what they want for themselves and their community), or people they are "
            "connected to.",
        ),
        Finding(
            f"follows up within {FOLLOW_UP_WITHIN_DAYS} days",
            bool(plan.follow_up.strip())
            and isinstance(plan.follow_up_days, int)
            and 0 <= plan.follow_up_days <= FOLLOW_UP_WITHIN_DAYS,
            "Say what you will do after the meeting and when; prompt follow-up shows you listened "
            f"(this course uses {FOLLOW_UP_WITHIN_DAYS} days as a rule of thumb).",
        ),
    ]
    return findings


# ---- a plan saved as a file (an exercise's no-code route) ----

PLAN_FILE = "one-to-one-plan.json"


def save_plan(plan: OneToOnePlan, path: str | Path = PLAN_FILE) -> Path:
    return write_plan(path, plan.to_dict())


def load_plan(path: str | Path = PLAN_FILE) -> OneToOnePlan:
    """The one-to-one plan saved at ``path``."""
    return read_answer(path, table_of_parts(OneToOnePlan.from_dict), what="one-to-one plan", builder="one-to-one planner")
