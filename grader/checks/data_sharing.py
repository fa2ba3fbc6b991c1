"""Sharing decisions: for each request for data, "may share" or the CARE principle in the way.

A request's key is a digest of its decision (``grader.domain.data_sharing.decision``);
where two decisions are equally defensible, each has a digest. Feedback gives the
request's evidence when the decision holds up, and a question to think about when it does
not; it never names the decision.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from grader.checks.feedback import Note, Shown, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, is_unanswered, register, spec
from grader.domain.data_sharing import CARE, DECISIONS, UnknownDecision, decision


@dataclass(frozen=True)
class Request:
    """A request for data: who asks, what for, and the feedback for each outcome."""

    id: str
    who: str
    asks: str
    evidence: str
    hint: str


REQUEST_SETS: dict[str, tuple[Request, ...]] = {}


def care_decisions(
    check_id: str,
    title: str,
    requests: tuple[Request, ...],
    key_digests: dict[str, tuple[str, ...]],
    *,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of a dict request id -> decision, one point per request."""
    REQUEST_SETS[check_id] = requests
    ids = [request.id for request in requests]
    options = ", ".join(f'"{choice}"' for choice in DECISIONS)

    @register(
        check_id,
        title=title,
        max_points=float(len(requests) if max_points is None else max_points),
        expects=f"Give a dictionary that gives each request ({', '.join(ids)}) one decision: {options}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        if not isinstance(answer, Mapping):
            raise AnswerProblem(f"Decisions should be a dictionary, but this is a {type(answer).__name__}.")
        unknown = [str(key) for key in answer if str(key) not in ids]
        if unknown:
            raise AnswerProblem(f"These are not request ids here: {', '.join(unknown)}. Use: {', '.join(ids)}.")
        given = {str(key): value for key, value in answer.items()}
        notes, problems = [], []
        for request in requests:
            value = given.get(request.id)
            if is_unanswered(value):
                notes.append(Note(request.id, Status.RECONSIDER, "No decision yet.", missing=True))
                continue
            try:
                chosen = decision(value)
            except UnknownDecision as error:
                problems.append(f"{request.id}: {error}")
                continue
            right = digest(check_id, request.id, chosen) in key_digests[request.id]
            notes.append(Note(request.id, Status.HOLDS_UP if right else Status.RECONSIDER,
                              request.evidence if right else request.hint))
        if problems:
            raise AnswerProblem(" ".join(problems))
        return notes


def requests(check_id: str) -> Shown:
    """The requests of a sharing question, with their ids, and the decisions to choose from."""
    spec(check_id)
    if check_id not in REQUEST_SETS:
        raise KeyError(f'"{check_id}" is not a sharing question.')
    found = REQUEST_SETS[check_id]
    text = "\n".join(f"{r.id}. {r.who}: {r.asks}" for r in found)
    choices = [f"  {DECISIONS[0]}: the request passes all four CARE questions (share it, with small "
               "counts hidden)"]
    choices += [f"  {p.key}: {p.question}" for p in CARE]
    rows = "".join(
        f'<tr><th scope="row">{html.escape(r.id)}</th><td>{html.escape(r.who)}</td>'
        f'<td style="text-align:left">{html.escape(r.asks)}</td></tr>'
        for r in found
    )
    items = [f"<li><strong>{html.escape(DECISIONS[0])}</strong>: the request passes all four CARE "
             "questions (share it, with small counts hidden)</li>"]
    items += [f"<li><strong>{html.escape(p.key)}</strong>: {html.escape(p.question)}</li>" for p in CARE]
    return Shown(
        "\n".join([text, "", "Decisions to choose from:", *choices]),
        '<table><thead><tr><th scope="col">id</th><th scope="col">who asks</th>'
        f'<th scope="col">what they ask for, and why</th></tr></thead><tbody>{rows}</tbody></table>'
        f"<p><strong>Decisions to choose from</strong> (the CARE question each one fails):</p>"
        f"<ul>{''.join(items)}</ul>",
    )
