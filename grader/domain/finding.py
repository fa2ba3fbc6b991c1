"""One line of a rubric review: whether it is met, what to do if not, and whether the part is
simply not filled in yet (graded self-checks then say "Still to answer" rather than judge it).

A line that reads the quality of writing (does a question open a conversation, does a paragraph
move the story to conditions) is a ``judgment``: a word list can only guess at it, so checks
show it as a hint and never score it; the trainer reads it with the rubric."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One rubric line: met or not, the advice, and whether something is simply not filled in."""

    criterion: str
    met: bool
    advice: str
    missing: bool = False
    judgment: bool = False
