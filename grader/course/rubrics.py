"""The trainer's rubrics for written judgment (``course/rubrics/exNN.toml``).

A press rewrite, an equity review or a one-to-one's questions cannot be scored honestly by a
word list, so those parts are graded by hand in nbgrader (a manually graded cell with points).
Each rubric file names that cell and lists its lines, each with its points; the facilitator
guide shows the same lines, and the tests check that the points match the exercise.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grader.course.syllabus import course_root


class RubricError(ValueError):
    """A rubric file is missing something; the message says which file and what to add."""


@dataclass(frozen=True)
class RubricLine:
    criterion: str
    points: float


@dataclass(frozen=True)
class RubricPart:
    """One manually graded cell of an exercise and the lines the trainer reads it with."""

    cell: str  # the nbgrader grade_id of the manually graded cell
    title: str
    lines: tuple[RubricLine, ...]
    notes: str = ""

    @property
    def points(self) -> float:
        return sum(line.points for line in self.lines)

    def to_markdown(self) -> str:
        """The part as a Markdown table, as the facilitator guide shows it."""
        rows = [f"| {line.criterion} | {line.points:g} |" for line in self.lines]
        unit = "point" if self.points == 1 else "points"
        out = [f"**{self.title}** ({self.points:g} {unit}, on the cell `{self.cell}`)", "",
               "| criterion | points |", "|---|---|", *rows]
        return "\n".join(out + (["", self.notes] if self.notes else []))


@dataclass(frozen=True)
class Rubric:
    exercise: str
    parts: tuple[RubricPart, ...]

    @property
    def points(self) -> float:
        return sum(part.points for part in self.parts)


def rubric_folder(root: Path | None = None) -> Path:
    return (root or course_root()) / "course" / "rubrics"


def _need(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise RubricError(f"{where} is missing {key!r}: add it.")
    return table[key]


def load_rubric(exercise: str, root: Path | None = None) -> Rubric:
    """The rubric of ``exercise`` (``"ex06"``); RubricError says what is missing or wrong."""
    path = rubric_folder(root) / f"{exercise}.toml"
    if not path.is_file():
        raise RubricError(f"There is no rubric file {path}. Known: {', '.join(known_rubrics(root)) or 'none'}.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise RubricError(f"{path.name} is not valid TOML: {error}") from None
    if _need(data, "exercise", path.name) != exercise:
        raise RubricError(f"{path.name} says exercise = {data['exercise']!r}; it should say {exercise!r}.")
    parts = []
    for number, part in enumerate(_need(data, "parts", path.name), start=1):
        where = f"{path.name}, part {number}"
        lines = tuple(RubricLine(str(_need(line, "criterion", f"{where}, a line")),
                                 float(_need(line, "points", f"{where}, a line")))
                      for line in _need(part, "lines", where))
        if not lines:
            raise RubricError(f"{where} has no lines: add at least one criterion with its points.")
        parts.append(RubricPart(str(_need(part, "cell", where)), str(_need(part, "title", where)), lines,
                                str(part.get("notes", ""))))
    return Rubric(exercise, tuple(parts))


def known_rubrics(root: Path | None = None) -> list[str]:
    """The exercises that have a rubric file."""
    folder = rubric_folder(root)
    return sorted(path.stem for path in folder.glob("ex*.toml")) if folder.is_dir() else []
