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
    minutes: int = 0  # about how long the exercise takes (its first cell says "About N minutes")

    @property
    def total_points(self) -> float:
        return self.automatic_points + self.manual_points


@dataclass(frozen=True)
class CoreSection:
    """One part of the core path: a notebook section (or exercise part) heading and its minutes."""

    heading: str
    minutes: int
    checks: tuple[str, ...] = ()


@dataclass(frozen=True)
class CorePath:
    """A module's share of the core path; every other section is an optional deep dive."""

    sections: tuple[CoreSection, ...]
    exercise_parts: tuple[CoreSection, ...]

    @property
    def module_minutes(self) -> int:
        return sum(s.minutes for s in self.sections)

    @property
    def exercise_minutes(self) -> int:
        return sum(p.minutes for p in self.exercise_parts)

    @property
    def minutes(self) -> int:
        return self.module_minutes + self.exercise_minutes

    @property
    def checks(self) -> tuple[str, ...]:
        """The practice checks of the core sections: all held up means the core is done."""
        return tuple(c for s in self.sections for c in s.checks)

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(s.heading for s in self.sections)


@dataclass(frozen=True)
class SelfAssessmentScale:
    """The confidence levels a learner picks from for each objective, lowest first (1, 2, ...)."""

    question: str
    levels: tuple[str, ...]

    def label(self, rating: int) -> str:
        if not 1 <= rating <= len(self.levels):
            raise SyllabusError(f"A rating must be 1 to {len(self.levels)}, not {rating!r}.")
        return f"{rating} {self.levels[rating - 1]}"


@dataclass(frozen=True)
class Module:
    id: str
    slug: str
    title: str
    source: str
    minutes: int
    objectives: tuple[str, ...]
    exercise: Exercise
    core: CorePath = CorePath((), ())

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
    self_assessment: SelfAssessmentScale = SelfAssessmentScale("", ())

    @property
    def core_minutes(self) -> int:
        """Minutes of the core path: core sections of every module plus core exercise parts."""
        return sum(m.core.minutes for m in self.modules)

    @property
    def exercise_core_minutes(self) -> int:
        return sum(m.core.exercise_minutes for m in self.modules)

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


CORE_HELP = (
    "Each module needs a [modules.core] table after its entry, for example:\n"
    "[modules.core]\n"
    'sections = [{ heading = "1. Why power?", minutes = 8, checks = ["02.ally"] }]\n'
    "exercise_parts = []"
)


def _positive_minutes(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise SyllabusError(f"{where}: minutes must be a whole number above 0, not {value!r}.")
    return value


def _core_entries(table: dict[str, Any], key: str, module_id: str, where: str) -> tuple[CoreSection, ...]:
    entries = table.get(key, [])
    if not isinstance(entries, list):
        raise SyllabusError(f"{where}: core {key} must be a list of {{ heading = ..., minutes = ... }}.")
    found: list[CoreSection] = []
    for number, entry in enumerate(entries, start=1):
        here = f"{where}, core {key} entry {number}"
        if not isinstance(entry, dict):
            raise SyllabusError(f'{here} must be a table such as {{ heading = "1. Why power?", minutes = 8 }}.')
        unknown = sorted(set(entry) - {"heading", "minutes", "checks"})
        if unknown:
            raise SyllabusError(f"{here} has unknown keys {unknown}; use heading, minutes and checks.")
        heading = entry.get("heading")
        if not isinstance(heading, str) or not heading.strip():
            raise SyllabusError(f"{here} needs a heading: the section's heading text without the leading ##.")
        here = f'{where}, core section "{heading}"'
        minutes = _positive_minutes(entry.get("minutes"), here)
        checks = entry.get("checks", [])
        if key == "exercise_parts" and checks:
            raise SyllabusError(f"{here}: exercise parts are graded by the trainer, so list no practice checks.")
        if not isinstance(checks, list) or not all(isinstance(c, str) for c in checks):
            raise SyllabusError(f'{here}: checks must be a list of check ids such as ["{module_id}.name"].')
        strangers = [c for c in checks if not c.startswith(f"{module_id}.")]
        if strangers:
            raise SyllabusError(f"{here} lists checks of another module: {strangers}. "
                                f"A core section lists only its own module's practice checks ({module_id}.*).")
        found.append(CoreSection(heading.strip(), minutes, tuple(checks)))
    headings = [s.heading for s in found]
    twice = sorted({h for h in headings if headings.count(h) > 1})
    if twice:
        raise SyllabusError(f"{where} lists a core {key} heading twice: {twice}.")
    return tuple(found)


def _core(entry: dict[str, Any], module_id: str, minutes: int, where: str) -> CorePath:
    table = entry.get("core")
    if not isinstance(table, dict):
        raise SyllabusError(f"{where} has no core path.\n{CORE_HELP}")
    unknown = sorted(set(table) - {"sections", "exercise_parts"})
    if unknown:
        raise SyllabusError(f"{where}: [modules.core] has unknown keys {unknown}; use sections and exercise_parts.")
    core = CorePath(_core_entries(table, "sections", module_id, where),
                    _core_entries(table, "exercise_parts", module_id, where))
    if not core.sections:
        raise SyllabusError(f"{where}: the core path must keep at least one section (the module's key idea).")
    if core.module_minutes > minutes:
        raise SyllabusError(f"{where}: its core sections take {core.module_minutes} minutes, more than the "
                            f"module's {minutes}. Mark fewer sections as core or fix their minutes.")
    return core


def _scale(data: dict[str, Any], path: Path) -> SelfAssessmentScale:
    table = _require(data, "self_assessment", str(path))
    question = table.get("question")
    levels = table.get("scale")
    if not isinstance(question, str) or not question.strip():
        raise SyllabusError(f"[self_assessment] in {path.name} needs a question, the words shown above the ratings.")
    if (not isinstance(levels, list) or not 2 <= len(levels) <= 6
            or not all(isinstance(x, str) and x.strip() for x in levels)
            or len(set(levels)) != len(levels)):
        raise SyllabusError(f"[self_assessment] scale in {path.name} must list 2 to 6 different labels, lowest "
                            f'first, for example ["not yet", "with help", "on my own", "I could teach it"]; '
                            f"it is {levels!r}.")
    return SelfAssessmentScale(question.strip(), tuple(levels))


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
        module_id = str(_require(entry, "id", where))
        minutes = int(_require(entry, "minutes", where))
        modules.append(
            Module(
                id=module_id,
                slug=str(_require(entry, "slug", where)),
                title=str(_require(entry, "title", where)),
                source=str(_require(entry, "source", where)),
                minutes=minutes,
                objectives=tuple(_require(entry, "objectives", where)),
                exercise=Exercise(
                    assignment=str(_require(exercise, "assignment", where)),
                    automatic_points=float(_require(exercise, "automatic_points", where)),
                    manual_points=float(_require(exercise, "manual_points", where)),
                    minutes=_positive_minutes(exercise["minutes"], f"{where}, exercise")
                    if "minutes" in exercise else 0,
                ),
                core=_core(entry, module_id, minutes, where),
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
        self_assessment=_scale(data, path),
    )
