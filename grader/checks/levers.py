"""Lever matches: which of the department's levers would move each campaign goal?

Some goals have more than one good answer, so a goal keeps one digest per acceptable
lever. Feedback gives the goal's evidence or a question to think about, never the lever.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from grader.checks.feedback import Note, Shown, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, is_unanswered, register, spec
from grader.domain.levers import LEVERS, CampaignGoal, UnknownLever, lever

GOAL_SETS: dict[str, tuple[CampaignGoal, ...]] = {}


def lever_matches(
    check_id: str,
    title: str,
    goals: tuple[CampaignGoal, ...],
    key_digests: dict[str, tuple[str, ...]],
    *,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check of a dict goal id -> lever, one point per goal."""
    GOAL_SETS[check_id] = goals
    ids = [goal.id for goal in goals]
    example = ", ".join(f'"{gid}": "data"' for gid in ids[:2])

    @register(
        check_id,
        title=title,
        max_points=float(len(goals) if max_points is None else max_points),
        expects=f"Give a dictionary that matches each goal ({', '.join(ids)}) to one lever: "
        f"{', '.join(repr(item.key) for item in LEVERS)}; for example {{{example}, ...}}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        if not isinstance(answer, Mapping):
            raise AnswerProblem(f"Matches should be a dictionary, but this is a {type(answer).__name__}.")
        unknown = [str(key) for key in answer if str(key) not in ids]
        if unknown:
            raise AnswerProblem(f"These are not goal ids here: {', '.join(unknown)}. Use: {', '.join(ids)}.")
        given = {str(key): value for key, value in answer.items()}
        notes, problems = [], []
        for goal in goals:
            value = given.get(goal.id)
            if is_unanswered(value):
                notes.append(Note(goal.id, Status.RECONSIDER, "Not matched yet.", missing=True))
                continue
            try:
                key = lever(value).key
            except UnknownLever as error:
                problems.append(f"{goal.id}: {error}")
                continue
            right = digest(check_id, goal.id, key) in key_digests[goal.id]
            notes.append(Note(goal.id, Status.HOLDS_UP if right else Status.RECONSIDER,
                              goal.evidence if right else goal.hint))
        if problems:
            raise AnswerProblem(" ".join(problems))
        return notes


def goals(check_id: str) -> Shown:
    """The goals of a lever question, with their ids, and the four levers to choose from."""
    spec(check_id)
    found = GOAL_SETS[check_id]
    text = "\n".join(f"{g.id}. {g.organization}: {g.goal}" for g in found)
    levers = "\n".join(f"  {item.key}: {item.plain_words}" for item in LEVERS)
    rows = "".join(
        f'<tr><th scope="row">{html.escape(g.id)}</th><td>{html.escape(g.organization)}</td>'
        f'<td style="text-align:left">{html.escape(g.goal)}</td></tr>'
        for g in found
    )
    items = "".join(f"<li><strong>{html.escape(item.key)}</strong>: {html.escape(item.plain_words)}</li>"
                    for item in LEVERS)
    return Shown(
        f"{text}\n\nLevers:\n{levers}",
        '<table><thead><tr><th scope="col">id</th><th scope="col">organization</th>'
        f'<th scope="col">goal</th></tr></thead><tbody>{rows}</tbody></table>'
        f"<p><strong>Levers to choose from</strong></p><ul>{items}</ul>",
    )
