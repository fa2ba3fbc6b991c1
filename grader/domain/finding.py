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


# What a learner writes while a part is not done yet. A part holding one of these (or nothing) is
# not filled in; anything else is, whatever its words: a machine can check that a part is there,
# not whether it is well written.
PLACEHOLDERS = frozenset({
    "", "...", "…", "tbd", "tbc", "todo", "to do", "to be decided", "to be determined", "to be confirmed",
    "n/a", "na", "none", "unknown", "?", "??", "???", "-", "--", "x", "xx", "xxx", "etc", "same", "same as above",
})


def is_written(text: object) -> bool:
    """The part is filled in: text that is not blank and not a placeholder such as "TBD" or "...".

    This is a presence check only; it never reads whether the writing holds up."""
    if not isinstance(text, str):
        return False
    return " ".join(text.casefold().strip(" .;:!").split()) not in PLACEHOLDERS and bool(text.strip(" .;:!?-…"))
