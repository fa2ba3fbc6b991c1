"""Show a question's text in a notebook: a choice question's options, or the cases of a labels
question (scenarios, goals, statements, requests) with the labels to choose from.

The text comes from the catalog, so the exercise a learner reads and the check that
grades it can never drift apart. Nothing here says which answer is right.
"""

from __future__ import annotations

import html

from grader.checks import labels
from grader.checks.choice import QUESTIONS
from grader.checks.feedback import Shown
from grader.checks.registry import spec


def question(check_id: str) -> Shown:
    """A choice question's prompt and lettered options."""
    spec(check_id)  # a clear error for an unknown id
    if check_id not in QUESTIONS:
        raise KeyError(f'"{check_id}" is not a choice question; use scenarios("{check_id}") or check() instead.')
    q = QUESTIONS[check_id]
    text = "\n".join([q.prompt, *(f"  {letter}) {words}" for letter, words in q.options)])
    items = "".join(
        f"<li><strong>{html.escape(letter)})</strong> {html.escape(words)}</li>"
        for letter, words in q.options
    )
    return Shown(text, f"<p><strong>{html.escape(q.prompt)}</strong></p><ul>{items}</ul>")


def scenarios(check_id: str) -> Shown:
    """The scenarios of a spectrum question, one per line, with their ids."""
    return labels.shown(check_id, ("spectrum",),
                        f'"{check_id}" has no scenarios; use question("{check_id}") for a choice question.')


def goals(check_id: str) -> Shown:
    """The goals of a lever question, with their ids, and the four levers to choose from."""
    return labels.shown(check_id, ("lever",), f'"{check_id}" is not a lever question.')


def statements(check_id: str) -> Shown:
    """The statements of a matching (Module 08) or labeling (Module 06) question, with their ids."""
    return labels.shown(check_id, ("narrative", "equity_question"),
                        f'"{check_id}" has no statements; use question("{check_id}") or scenarios("{check_id}").')


def requests(check_id: str) -> Shown:
    """The requests of a sharing question, with their ids, and the decisions to choose from."""
    return labels.shown(check_id, ("care",), f'"{check_id}" is not a sharing question.')
