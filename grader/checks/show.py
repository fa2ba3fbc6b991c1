"""Show a question's text in a notebook: a choice question's options, a set of scenarios.

The text comes from the catalog, so the exercise a learner reads and the check that
grades it can never drift apart. Nothing here says which answer is right.
"""

from __future__ import annotations

import html

from grader.checks import equity_review, narrative
from grader.checks.choice import QUESTIONS
from grader.checks.feedback import Shown
from grader.checks.registry import spec
from grader.checks.spectrum import SCENARIO_SETS


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
    spec(check_id)
    if check_id not in SCENARIO_SETS:
        raise KeyError(f'"{check_id}" has no scenarios; use question("{check_id}") for a choice question.')
    found = SCENARIO_SETS[check_id]
    text = "\n".join(f"{s.id}. {s.partner}: {s.text}" for s in found)
    rows = "".join(
        f"<tr><th scope=\"row\">{html.escape(s.id)}</th><td>{html.escape(s.partner)}</td>"
        f"<td style=\"text-align:left\">{html.escape(s.text)}</td></tr>"
        for s in found
    )
    table = (
        "<table><thead><tr><th scope=\"col\">id</th><th scope=\"col\">partner</th>"
        f"<th scope=\"col\">what happens</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return Shown(text, table)


def statements(check_id: str) -> Shown:
    """The statements of a matching (Module 08) or labeling (Module 06) question, with their ids."""
    spec(check_id)
    for kind in (equity_review, narrative):
        if check_id in kind.STATEMENT_SETS:
            return kind.statements(check_id)
    raise KeyError(f'"{check_id}" has no statements; use question("{check_id}") or scenarios("{check_id}").')
