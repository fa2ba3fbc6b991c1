"""The syllabus (``course/syllabus.toml``): the single list of modules, times and points."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT_VARIABLE = "EQUITY_COURSE_ROOT"


class SyllabusError(ValueError):
    """The syllabus is missing something or contradicts itself; the message says where."""


def course_root() -> Path:
    """The course checkout: ``$EQUITY_COURSE_ROOT``, or the folder this package was installed from."""
    configured = os.environ.get(ROOT_VARIABLE)
    root = Path(configured) if configured else Path(__file__).resolve().parents[2]
    if not (root / "course" / "syllabus.toml").is_file():
        raise SyllabusError(
            f"No course/syllabus.toml under {root}. Install the course with `pip install -e .` "
            f"from its checkout, or set {ROOT_VARIABLE} to the checkout's folder."
        )
    return root


@dataclass(frozen=True)
class Exercise:
    assignment: str
    automatic_points: float
    manual_points: float

    @property
    def total_points(self) -> float:
        return self.automatic_points + self.manual_points


@dataclass(frozen=True)
class Module:
    id: str
    slug: str
    title: str
    source: str
    minutes: int
    objectives: tuple[str, ...]
    exercise: Exercise

    @property
    def notebook(self) -> str:
        """Path of the teaching notebook, relative to the course root."""
        return f"modules/{self.id}-{self.slug}.ipynb"

    @property
    def exercise_notebook(self) -> str:
        """Path of the nbgrader source notebook, relative to the course root."""
        name = self.exercise.assignment
        return f"exercises/{name}/{name}.ipynb"


@dataclass(frozen=True)
class Syllabus:
    title: str
    course_id: str
    total_minutes: int
    modules: tuple[Module, ...]

    def module(self, module_id: str) -> Module:
        for module in self.modules:
            if module.id == module_id or module.exercise.assignment == module_id:
                return module
        known = ", ".join(m.id for m in self.modules)
        raise SyllabusError(f'There is no module "{module_id}" in the syllabus. Modules: {known}.')


def _require(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise SyllabusError(f"{where} is missing {key!r}.")
    return table[key]


def load_syllabus(path: Path | None = None) -> Syllabus:
    """Read and check the syllabus; a SyllabusError names the module and field at fault."""
    path = path or course_root() / "course" / "syllabus.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise SyllabusError(f"{path} is not valid TOML: {error}") from error
    course = _require(data, "course", str(path))
    modules = []
    for number, entry in enumerate(data.get("modules", []), start=1):
        where = f"Module {number} ({entry.get('id', 'no id')}) in {path.name}"
        exercise = _require(entry, "exercise", where)
        modules.append(
            Module(
                id=str(_require(entry, "id", where)),
                slug=str(_require(entry, "slug", where)),
                title=str(_require(entry, "title", where)),
                source=str(_require(entry, "source", where)),
                minutes=int(_require(entry, "minutes", where)),
                objectives=tuple(_require(entry, "objectives", where)),
                exercise=Exercise(
                    assignment=str(_require(exercise, "assignment", where)),
                    automatic_points=float(_require(exercise, "automatic_points", where)),
                    manual_points=float(_require(exercise, "manual_points", where)),
                ),
            )
        )
    ids = [m.id for m in modules]
    if len(set(ids)) != len(ids):
        raise SyllabusError(f"{path.name} lists a module id twice: {ids}.")
    return Syllabus(
        title=str(_require(course, "title", "[course]")),
        course_id=str(_require(course, "course_id", "[course]")),
        total_minutes=int(_require(course, "total_minutes", "[course]")),
        modules=tuple(modules),
    )
