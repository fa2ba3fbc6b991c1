"""Spectrum placements: where on the engagement spectrum does each scenario sit?"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, is_unanswered, register
from grader.domain.scenarios import Scenario
from grader.domain.spectrum import UnknownLevel, level

SCENARIO_SETS: dict[str, tuple[Scenario, ...]] = {}


def placement_level(value: Any) -> int:
    """The level number a learner's placement names ("Consult", 2, "2 Consult")."""
    return level(value).number


def spectrum_placements(
    check_id: str,
    title: str,
    scenarios: tuple[Scenario, ...],
    key_digests: dict[str, str],
    *,
    max_points: float | None = None,
    graded: bool = False,
) -> None:
    """Register a check that grades a dict of scenario id -> level, one point per scenario."""
    SCENARIO_SETS[check_id] = scenarios
    ids = [scenario.id for scenario in scenarios]
    example = ", ".join(f'"{sid}": "Consult"' for sid in ids[:2])

    @register(
        check_id,
        title=title,
        max_points=float(len(scenarios) if max_points is None else max_points),
        expects=f"Give a dictionary that places each scenario ({', '.join(ids)}) on a level, "
        f"for example {{{example}, ...}}.",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        if not isinstance(answer, Mapping):
            raise AnswerProblem(
                f"Placements should be a dictionary, but this is a {type(answer).__name__}."
            )
        unknown = [str(key) for key in answer if str(key) not in ids]
        if unknown:
            raise AnswerProblem(
                f"These are not scenario ids here: {', '.join(unknown)}. Use: {', '.join(ids)}."
            )
        given = {str(key): value for key, value in answer.items()}
        notes = []
        problems = []
        for scenario in scenarios:
            value = given.get(scenario.id)
            if is_unanswered(value):
                notes.append(Note(scenario.id, Status.RECONSIDER, "Not placed yet.", missing=True))
                continue
            try:
                number = placement_level(value)
            except UnknownLevel as error:
                problems.append(f"{scenario.id}: {error}")
                continue
            if digest(check_id, scenario.id, number) == key_digests[scenario.id]:
                notes.append(Note(scenario.id, Status.HOLDS_UP, scenario.evidence))
            else:
                notes.append(Note(scenario.id, Status.RECONSIDER, scenario.hint))
        if problems:
            raise AnswerProblem(" ".join(problems))
        return notes
