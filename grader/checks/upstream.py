"""Upstream sorts: place each intervention on the scale, list them downstream to upstream, say why.

One point per intervention placed at the right level, one for the order and one for a reason
written beside every placement (filled in, and not the same words twice: a machine can check that
much; whether the reason holds up is for the trainer). The keys are digests of each
intervention's level and of the whole order; feedback gives an intervention's evidence or a
question to think about, never its level.
"""

from __future__ import annotations

import html

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Shown, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, register, spec
from grader.domain.finding import is_written
from grader.domain.upstream import SCALE, WORKED_EXAMPLE, Intervention, Placement, as_placements, upstream_level

INTERVENTION_SETS: dict[str, tuple[Intervention, ...]] = {}
ORDER = "order"


def order_text(ids: list[str]) -> str:
    """The form an order is stored in: ids from most downstream to most upstream, one space apart."""
    return " ".join(ids)


def readable_placements(answer: object, ids: list[str]) -> list[Placement]:
    """The filled-in placements of an answer; AnswerProblem says what to fix."""
    try:
        placements = as_placements(answer)
    except ValueError as error:
        raise AnswerProblem(str(error)) from None
    if not placements:
        raise AnswerProblem("There is no answer here yet: fill in each Placement(...).")
    named = [p.intervention for p in placements if p.intervention]
    unknown = [name for name in named if name not in ids]
    if unknown:
        raise AnswerProblem(f"These are not interventions here: {', '.join(unknown)}. Use: {', '.join(ids)}.")
    repeated = sorted({name for name in named if named.count(name) > 1})
    if repeated:
        raise AnswerProblem(f"Each intervention goes in the list once; listed more than once: {', '.join(repeated)}.")
    return placements


def _reason_note(placements: list[Placement], ids: list[str]) -> Note:
    by_id = {p.intervention: p for p in placements if p.intervention}
    absent = [i for i in ids if i not in by_id or not is_written(by_id[i].reason)]
    reasons = [" ".join(by_id[i].reason.casefold().split()) for i in ids if i not in absent]
    copied = len(set(reasons)) < len(reasons)
    met = not (absent or copied)
    advice = " ".join(part for part in (
        f"Give a reason for: {', '.join(absent)}." if absent else "",
        "Write a reason of its own for each intervention, not the same words twice." if copied else "",
    ) if part)
    return Note("a reason for each, filled in and not the same words twice",
                Status.HOLDS_UP if met else Status.RECONSIDER,
                "Every placement says why." if met else advice, missing=bool(absent))


def upstream_sort(
    check_id: str,
    title: str,
    interventions: tuple[Intervention, ...],
    key_digests: dict[str, str],
    *,
    graded: bool = False,
) -> None:
    """Register a check of a list of Placements: one point per intervention, the order, the reasons.

    ``key_digests`` holds a digest per intervention id (of its level's key) and one under
    ``"order"`` (of ``order_text`` of the ids from most downstream to most upstream).
    """
    INTERVENTION_SETS[check_id] = interventions
    ids = [item.id for item in interventions]

    @register(
        check_id,
        title=title,
        max_points=float(len(interventions) + 2),
        expects=f"Give a list with one Placement(intervention=..., level=..., reason=...) for each of "
        f"{', '.join(ids)}, from the most downstream first to the most upstream last. Levels: "
        f"{', '.join(repr(level.key) for level in SCALE)}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        placements = readable_placements(answer, ids)
        by_id = {p.intervention: p for p in placements if p.intervention}
        notes = []
        for item in interventions:
            placed = by_id.get(item.id)
            if placed is None or not placed.level:
                why = "Not in your list yet." if placed is None else "Not placed on a level yet."
                notes.append(Note(item.id, Status.RECONSIDER, why, missing=True))
                continue
            right = digest(check_id, item.id, placed.level) == key_digests[item.id]
            notes.append(Note(item.id, Status.HOLDS_UP if right else Status.RECONSIDER,
                              item.evidence if right else item.hint))
        listed = [p.intervention for p in placements if p.intervention]
        complete = sorted(listed) == sorted(ids)
        in_order = complete and digest(check_id, ORDER, order_text(listed)) == key_digests[ORDER]
        notes.append(Note(
            "from downstream to upstream",
            Status.HOLDS_UP if in_order else Status.RECONSIDER,
            "The list runs from the most downstream to the most upstream." if in_order
            else ("List every intervention once, then put" if not complete else "Put")
            + " them in order: the one furthest from the root causes first, the one that reaches "
            "them most last. Compare neighbors with the guiding questions.",
            missing=not complete,
        ))
        notes.append(_reason_note(placements, ids))
        return notes


def interventions(check_id: str) -> Shown:
    """The interventions of a sort question, with their ids, in the order they were given."""
    spec(check_id)
    if check_id not in INTERVENTION_SETS:
        raise KeyError(f'"{check_id}" is not an upstream sort; use question("{check_id}") or check() instead.')
    found = INTERVENTION_SETS[check_id]
    text = "\n".join(f"{item.id}. {item.text}" for item in found)
    rows = "".join(
        f'<tr><th scope="row">{html.escape(item.id)}</th><td style="text-align:left">'
        f"{html.escape(item.text)}</td></tr>"
        for item in found
    )
    return Shown(text, '<table><thead><tr><th scope="col">id</th><th scope="col">intervention</th>'
                 f"</tr></thead><tbody>{rows}</tbody></table>")


def scale() -> Shown:
    """The four levels, furthest downstream first, with plain words, a question and examples."""
    text = "\n".join(
        f"{level.number} {level.key} ({level.name}): {level.plain_words} Ask: {level.question} "
        f"Housing: {level.housing_example}. Work: {level.work_example}."
        for level in SCALE
    )
    rows = "".join(
        f'<tr><th scope="row">{level.number} {html.escape(level.key)}</th>'
        f'<td style="text-align:left"><strong>{html.escape(level.name)}.</strong> '
        f"{html.escape(level.plain_words)}</td>"
        f'<td style="text-align:left">{html.escape(level.question)}</td>'
        f'<td style="text-align:left">{html.escape(level.housing_example)}</td>'
        f'<td style="text-align:left">{html.escape(level.work_example)}</td></tr>'
        for level in SCALE
    )
    return Shown(
        text,
        '<table><thead><tr><th scope="col">level</th><th scope="col">what it does</th>'
        '<th scope="col">guiding question</th><th scope="col">housing example</th>'
        f'<th scope="col">work example</th></tr></thead><tbody>{rows}</tbody></table>',
    )


def worked_example() -> Shown:
    """The rail-yard air example, sorted, with each level and reason (Module 09 only)."""
    text = "\n".join(
        f"{n}. {step.id} ({upstream_level(step.level).label}): {step.text} Why: {step.reason}"
        for n, step in enumerate(WORKED_EXAMPLE, start=1)
    )
    rows = "".join(
        f'<tr><th scope="row">{n}</th><td>{html.escape(step.id)}</td>'
        f'<td style="text-align:left">{html.escape(step.text)}</td>'
        f"<td>{html.escape(upstream_level(step.level).label)}</td>"
        f'<td style="text-align:left">{html.escape(step.reason)}</td></tr>'
        for n, step in enumerate(WORKED_EXAMPLE, start=1)
    )
    return Shown(
        text,
        '<table><thead><tr><th scope="col">order</th><th scope="col">id</th>'
        '<th scope="col">intervention</th><th scope="col">level</th><th scope="col">why</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>",
    )


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(Placement)
