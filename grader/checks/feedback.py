"""What a check says back: right or worth reconsidering, and why.

A ``Feedback`` renders as kind, specific HTML in a notebook (with words and symbols,
never color alone) and as plain text anywhere else. It never holds the correct
choice of a choice question: checks only know hashes of the answers.

A ``Note`` with ``hint=True`` is about the quality of writing, which a word list cannot judge:
it reads "Hint, not a grade", never counts toward the score, and never earns "Well done".
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    HOLDS_UP = "holds up"
    RECONSIDER = "reconsider"

    @property
    def symbol(self) -> str:
        return "✓" if self is Status.HOLDS_UP else "↻"

    @property
    def words(self) -> str:
        return "Holds up" if self is Status.HOLDS_UP else "Reconsider"


@dataclass(frozen=True)
class Note:
    """Feedback on one part of an answer."""

    label: str
    status: Status
    reason: str
    weight: float = 1.0
    missing: bool = False
    hint: bool = False  # about the quality of writing: shown as a hint, never scored

    @property
    def holds_up(self) -> bool:
        return self.status is Status.HOLDS_UP

    @property
    def text(self) -> str:
        """The note as one line of plain text; a hint says plainly that it is not a grade."""
        if self.hint:
            return f"{HINT}: {self.label}. {self.reason}"
        return f"{self.status.symbol} {self.status.words}: {self.label}. {self.reason}"


HINT = "Hint, not a grade"


def hint_reason(met: bool, advice: str) -> str:
    """What a hint on writing says: the advice when its words are missing and, when they are there,
    no praise (words alone prove nothing) but the same advice to read the answer against."""
    if not met:
        return advice
    return f"The words this hint looks for are there; that is not the same as holding up. Read it against this: {advice}"


@dataclass(frozen=True)
class Feedback:
    """The result of checking one answer.

    ``problem`` is set when the answer could not be checked at all (empty, wrong
    type, unknown check); it says what is wrong and how to fix it.
    """

    check_id: str
    title: str
    notes: tuple[Note, ...] = ()
    points: float = 0.0
    max_points: float = 0.0
    problem: str | None = None
    graded_later: bool = False
    extra: tuple[str, ...] = field(default=())

    @property
    def checked(self) -> tuple[Note, ...]:
        """The notes a machine can verify (not the hints on writing): only these are scored."""
        return tuple(note for note in self.notes if not note.hint)

    @property
    def hints(self) -> tuple[Note, ...]:
        return tuple(note for note in self.notes if note.hint)

    @property
    def passed(self) -> bool:
        """True when the answer could be checked and every checked part holds up."""
        return self.problem is None and all(note.holds_up for note in self.checked)

    @property
    def headline(self) -> str:
        if self.problem is not None:
            return "Not checked yet"
        if self.graded_later:
            return "Ready to submit"
        held = sum(note.holds_up for note in self.checked)
        total = len(self.checked)
        if self.hints:
            # Praise only what was checked, and say what it was: words alone earn none.
            if not total:
                return "Hints on your writing (not a grade)"
            if held == total:
                return f"The {total} checked parts hold up; hints on your writing below" if total > 1 else \
                    "The checked part holds up; hints on your writing below"
            return f"Worth another look: {held} of {total} checked parts hold up"
        if held == total:
            return f"Well done: all {total} hold up" if total > 1 else "Well done: this holds up"
        if total == 1:
            return "Worth another look"
        return f"Worth another look: {held} of {total} hold up"

    @property
    def symbol(self) -> str:
        if self.problem is not None:
            return "!"
        if not self.graded_later and self.notes and not self.checked:
            return "•"
        return "✓" if (self.graded_later or self.passed) else "↻"

    def __str__(self) -> str:
        lines = [f"{self.symbol} {self.title}: {self.headline}"]
        if self.problem is not None:
            lines.append(f"  {self.problem}")
        for note in self.notes:
            lines.append(f"  {note.text}")
        lines.extend(f"  {line}" for line in self.extra)
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        return render_html(self)


_TONE = {"!": "#8a5a00", "✓": "#1d6b35", "↻": "#7a3e00", "•": "#3d4f7a"}


def render_html(feedback: Feedback) -> str:
    """Accessible HTML: a status role, a text headline, symbols and words beside any color."""
    esc = html.escape
    tone = _TONE[feedback.symbol]
    parts = [
        f'<div class="equity-feedback" role="status" aria-live="polite" '
        f'style="border-left:6px solid {tone};padding:0.5em 1em;margin:0.5em 0;'
        f'background:#f7f7f5;color:#1a1a1a">',
        f'<p style="margin:0"><strong>{esc(feedback.symbol)} {esc(feedback.title)}: '
        f"{esc(feedback.headline)}</strong></p>",
    ]
    if feedback.problem is not None:
        parts.append(f'<p style="margin:0.4em 0 0 0">{esc(feedback.problem)}</p>')
    if feedback.notes:
        parts.append('<ul style="margin:0.4em 0 0 0;padding-left:1.2em">')
        for note in feedback.notes:
            if note.hint:
                parts.append(f"<li><strong>{esc(HINT)}</strong> ({esc(note.label)}): {esc(note.reason)}</li>")
                continue
            parts.append(
                f"<li><strong>{esc(note.status.symbol)} {esc(note.status.words)}</strong>"
                f" ({esc(note.label)}): {esc(note.reason)}</li>"
            )
        parts.append("</ul>")
    for line in feedback.extra:
        parts.append(f'<p style="margin:0.4em 0 0 0">{esc(line)}</p>')
    parts.append("</div>")
    return "".join(parts)


@dataclass(frozen=True)
class Shown:
    """Text that renders as HTML in a notebook and as plain text elsewhere."""

    text: str
    html: str

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return self.html
