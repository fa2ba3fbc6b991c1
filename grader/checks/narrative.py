"""Statement labels: is each department statement a dominant narrative or a transformative one?

A statement keeps two digests: of its kind ("dominant" or "transformative") and of its
narrative ("individualism", "market-only", "anti-government", or "none" for a transformative
statement), so neither the kind nor the narrative can be read from the catalog. The kind
earns the point. Naming the narrative is optional: when a learner names one, the feedback
says whether it fits, without changing the score. Feedback never names the right label.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from grader.checks.feedback import Note, Shown, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, is_unanswered, register, spec
from grader.domain.narrative import NARRATIVES, Statement, UnknownLabel, label

STATEMENT_SETS: dict[str, tuple[Statement, ...]] = {}
OTHER_NARRATIVE = (
    " The label holds up, but another dominant narrative fits it better. Ask who the statement "
    "expects to fix the problem: each person on their own (individualism), businesses and the "
    "market (market-only solutions), or anyone but government (anti-government sentiment)."
)


def narrative_item(statement_id: str) -> str:
    """The digest item of a statement's narrative."""
    return f"{statement_id} narrative"


def statement_labels(
    check_id: str,
    title: str,
    statements: tuple[Statement, ...],
    key_digests: dict[str, tuple[str, str]],
    *,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of a dict statement id -> label, one point per statement."""
    STATEMENT_SETS[check_id] = statements
    ids = [statement.id for statement in statements]

    @register(
        check_id,
        title=title,
        max_points=float(len(statements) if max_points is None else max_points),
        expects=f"Give a dictionary that labels each statement ({', '.join(ids)}) \"dominant\" or "
        f"\"transformative\", for example {{\"{ids[0]}\": \"transformative\", ...}}. For a dominant "
        "one you may name the narrative instead: \"individualism\", \"market-only\" or \"anti-government\".",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        if not isinstance(answer, Mapping):
            raise AnswerProblem(f"Labels should be a dictionary, but this is a {type(answer).__name__}.")
        unknown = [str(key) for key in answer if str(key) not in ids]
        if unknown:
            raise AnswerProblem(f"These are not statement ids here: {', '.join(unknown)}. Use: {', '.join(ids)}.")
        given = {str(key): value for key, value in answer.items()}
        notes, problems = [], []
        for statement in statements:
            value = given.get(statement.id)
            if is_unanswered(value):
                notes.append(Note(statement.id, Status.RECONSIDER, "Not labeled yet.", missing=True))
                continue
            try:
                read = label(value)
            except UnknownLabel as error:
                problems.append(f"{statement.id}: {error}")
                continue
            kind_key, narrative_key = key_digests[statement.id]
            if digest(check_id, statement.id, read.kind) != kind_key:
                notes.append(Note(statement.id, Status.RECONSIDER, statement.hint))
                continue
            reason = statement.evidence
            if read.narrative is not None:
                fits = digest(check_id, narrative_item(statement.id), read.narrative) == narrative_key
                reason += " The narrative you named fits it too." if fits else OTHER_NARRATIVE
            notes.append(Note(statement.id, Status.HOLDS_UP, reason))
        if problems:
            raise AnswerProblem(" ".join(problems))
        return notes


def statements(check_id: str) -> Shown:
    """The statements of a labeling question, with their ids, and the labels to choose from."""
    spec(check_id)
    found = STATEMENT_SETS[check_id]
    text = "\n".join(f"{s.id}. {s.source}: {s.text}" for s in found)
    names = "\n".join(f"  {n.key}: {n.says}" for n in NARRATIVES)
    rows = "".join(
        f'<tr><th scope="row">{html.escape(s.id)}</th><td>{html.escape(s.source)}</td>'
        f'<td style="text-align:left">{html.escape(s.text)}</td></tr>'
        for s in found
    )
    items = "".join(f"<li><strong>{html.escape(n.key)}</strong>: {html.escape(n.says)}</li>" for n in NARRATIVES)
    return Shown(
        f"{text}\n\nLabels: transformative, or dominant (optionally naming the narrative):\n{names}",
        '<table><thead><tr><th scope="col">id</th><th scope="col">where it appeared</th>'
        f'<th scope="col">statement</th></tr></thead><tbody>{rows}</tbody></table>'
        "<p><strong>Labels:</strong> <code>transformative</code>, or <code>dominant</code>. For a "
        f"dominant statement you may name the narrative instead:</p><ul>{items}</ul>",
    )
