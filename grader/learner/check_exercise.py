"""Check a self-paced learner's own copy of an exercise with the cohort's grader.

``equity-course check-exercise 01`` (or the start page's *Check my exercise* button) grades
``exercises/ex01/ex01.ipynb`` in the learner's course folder exactly as a trainer's cohort
would: a private, temporary cohort workspace, the learner's notebook placed there as a
submission, and ``grade_cohort`` with its confined kernel and hidden tests. It then shows

- the automatic points for each part;
- once the learner has a graded attempt (this one counts), the model answer (the solution
  regions of the exercise's source) and the rubric for the written parts (from the
  facilitator guide), so the learner can score their reflection themselves.

Hidden tests are never shown. Each attempt is recorded in ``my-work/exercise-checks.json``.
A copy a trainer released (not marked self-paced) is refused: the trainer grades it.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from grader.course.syllabus import Module, Syllabus, SyllabusError, course_root, load_syllabus
from grader.learner.exercises import alembic_on_path, copy_path, exercises_digest, mark, released
from grader.learner.store import LearnerStore, StoreDamaged, course_home

RECORD = "exercise-checks"  # my-work/exercise-checks.json
HEADING = re.compile(r"^#{2,4} +(.+?) *$", re.M)
POINTS_NOTE = re.compile(r"\s*\([^)]*\bpoints?\b[^)]*\)\s*$")
SOLUTION = re.compile(r"^[ \t]*### BEGIN SOLUTION[ \t]*\n(.*?)^[ \t]*### END SOLUTION[ \t]*$", re.M | re.S)
UNWRITTEN = "YOUR ANSWER HERE"  # what nbgrader leaves in a written answer cell of a student version


class ExerciseCheckError(ValueError):
    """The exercise cannot be checked as asked; the message says why and what to do."""


class TrainerGrades(ExerciseCheckError):
    """The copy came from a trainer's release: the trainer grades it, not this command."""


@dataclass(frozen=True)
class Part:
    """One graded cell of an exercise, with what this attempt earned."""

    grade_id: str
    heading: str
    title: str
    written: bool
    max_points: float
    points: float | None  # None for a written part: the learner scores it with the rubric


@dataclass(frozen=True)
class ModelAnswer:
    heading: str
    written: bool
    text: str


@dataclass
class ExerciseCheck:
    """The outcome of one check of a learner's copy."""

    module: Module
    notebook: Path
    attempt: int
    parts: list[Part] = field(default_factory=list)
    problem: str = ""
    reflections: dict[str, str] = field(default_factory=dict)  # heading -> the learner's text
    model_answers: list[ModelAnswer] = field(default_factory=list)
    rubric: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def automatic_points(self) -> float:
        return sum(p.points or 0.0 for p in self.parts if not p.written)

    @property
    def automatic_max(self) -> float:
        return sum(p.max_points for p in self.parts if not p.written)

    @property
    def written_max(self) -> float:
        return sum(p.max_points for p in self.parts if p.written)

    @property
    def revealed(self) -> bool:
        return bool(self.model_answers)

    def text(self) -> str:
        """The result as plain text, for the terminal."""
        return _render(self, markdown=False)

    def markdown(self) -> str:
        """The result as Markdown, for the start page."""
        return _render(self, markdown=True)


# ------------------------------------------------------------------ finding the exercise


def find_module(number: str, syllabus: Syllabus | None = None) -> Module:
    """The module whose exercise is ``number`` ("1", "01" or "ex01")."""
    syllabus = syllabus or load_syllabus()
    wanted = number.strip().lower()
    if wanted.isdigit():
        wanted = wanted.zfill(2)
    try:
        return syllabus.module(wanted)
    except SyllabusError:
        known = ", ".join(m.id for m in syllabus.modules)
        raise ExerciseCheckError(
            f'There is no exercise "{number}". Give its module number, one of: {known}.') from None


def learner_copy(module: Module, folder: Path, notebook: Path | None = None) -> Path:
    """The learner's copy to check, refusing a copy that a trainer released."""
    path = (notebook or copy_path(folder, module)).expanduser()
    name = module.exercise.assignment
    if not path.is_file():
        raise ExerciseCheckError(
            f"There is no copy of exercise {module.id} at {path}. Run `equity-course start` once to "
            f"get your own copy of every exercise (it never replaces one you have).")
    try:
        copy = nbformat.read(path, as_version=4)
    except Exception as error:  # damaged JSON, not a notebook: say so, never a traceback
        raise ExerciseCheckError(
            f"{path} cannot be read as a notebook ({type(error).__name__}). If you edited it outside "
            f"JupyterLab, rename it and run `equity-course start` for a fresh copy.") from None
    found = mark(copy)
    if found is None:
        raise TrainerGrades(
            f"{path.name} is the copy of exercise {module.id} your trainer released to you, so your "
            "trainer grades it: submit it from the Assignments tab, and their feedback comes back to "
            "you there. Only a self-paced learner's own copy (from `equity-course start`) can be "
            "checked here.")
    if found.get("assignment") not in (None, name):
        raise ExerciseCheckError(
            f"{path.name} is your copy of {found.get('assignment')}, not of {name}. "
            f"Check it with `equity-course check-exercise {str(found.get('assignment'))[2:]}`.")
    return path


# ------------------------------------------------------------------ what the source says


def _heading(text: str) -> str:
    return POINTS_NOTE.sub("", text).strip()


def _under_headings(module: Module, root: Path) -> Iterator[tuple[Any, dict, str]]:
    """Each cell of the exercise's source, its nbgrader metadata, and the part heading it sits under."""
    heading = module.title
    for cell in nbformat.read(root / module.exercise_notebook, as_version=4).cells:
        grading = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown" and grading.get("locked"):
            headings = HEADING.findall(cell.source)
            heading = _heading(headings[-1]) if headings else heading
        yield cell, grading, heading


def source_parts(module: Module, root: Path) -> list[tuple[str, str, str, bool]]:
    """(grade_id, part heading, title, written) for each graded cell, in the exercise's order."""
    from grader.checks import spec

    parts = []
    for cell, grading, heading in _under_headings(module, root):
        if not grading.get("grade"):
            continue
        written = cell.cell_type == "markdown"
        found = re.search(r'check\("([^"]+)"', cell.source)
        title = "Your written answer" if written else heading
        if found:
            try:
                title = spec(found.group(1)).title
            except KeyError:
                pass
        parts.append((grading["grade_id"], heading, title, written))
    return parts


def model_answers(module: Module, root: Path) -> list[ModelAnswer]:
    """The solution regions of the exercise's source, under the heading of their part."""
    answers = []
    for cell, grading, heading in _under_headings(module, root):
        if not grading.get("solution"):
            continue
        text = "\n".join(match.strip("\n") for match in SOLUTION.findall(cell.source + "\n")).strip()
        if text:
            answers.append(ModelAnswer(heading, cell.cell_type == "markdown", text))
    return answers


def rubric(module: Module, root: Path) -> str:
    """The facilitator guide's rubric for the exercise's written parts (its ``## Rubric`` section)."""
    guides = sorted((root / "course" / "facilitator").glob(f"{module.id}-*.md"))
    if not guides:
        return ""
    text = guides[0].read_text(encoding="utf-8")
    found = re.search(r"^## Rubric[ \t]*\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    return found.group(1).strip() if found else ""


def reflections(copy: Path, parts: list[tuple[str, str, str, bool]]) -> dict[str, str]:
    """What the learner wrote in each written part of their copy ("" if nothing yet)."""
    headings = {grade_id: heading for grade_id, heading, _, written in parts if written}
    written = {}
    for cell in nbformat.read(copy, as_version=4).cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in headings:
            text = cell.source.strip()
            written[headings[grade_id]] = "" if text in ("", UNWRITTEN) else text
    return written


# ------------------------------------------------------------------ grading


@dataclass
class Graded:
    """What the cohort grader made of one copy: points by grade id, or why it could not grade."""

    points: dict[str, float] = field(default_factory=dict)
    problem: str = ""


ANSWER_FILE_LIMIT = 1_000_000  # bytes: a builder's answer is a few kilobytes


def answer_files(folder: Path) -> list[Path]:
    """The answers builders saved beside a learner's copy (``*.json``, as in a submission)."""
    return sorted(p for p in folder.glob("*.json")
                  if p.is_file() and not p.is_symlink() and not p.name.startswith(".")
                  and p.stat().st_size <= ANSWER_FILE_LIMIT)


def grade_copies(copies: Sequence[tuple[Module, Path]], *, root: Path | None = None,
                 cache: Path | None = None, timeout: int | None = None) -> list[Graded]:
    """Grade learners' copies with the cohort grader, all in one private temporary workspace.

    Each copy becomes one submission; each exercise is graded by one ``grade_cohort`` run.
    """
    from nbgrader.api import Gradebook

    from grader.cohort.grading import grade_cohort, ledger_path
    from grader.cohort.workspace import create_workspace

    alembic_on_path()
    root = root or course_root()
    entry = released(root, cache)
    names = sorted({module.exercise.assignment for module, _ in copies})
    students = [f"learner-{index + 1}" for index in range(len(copies))]
    results = [Graded() for _ in copies]
    with tempfile.TemporaryDirectory(prefix="equity-check-") as temporary:
        workspace = create_workspace(Path(temporary) / "workspace", root=root, assignments=names)
        os.chmod(workspace, 0o700)
        shutil.copyfile(entry / "gradebook.db", workspace / "gradebook.db")
        for name in names:
            shutil.copytree(entry / "release" / name, workspace / "release" / name)
        for student, (module, path) in zip(students, copies, strict=True):
            name = module.exercise.assignment
            folder = workspace / "submitted" / student / name
            folder.mkdir(parents=True)
            shutil.copyfile(path, folder / f"{name}.ipynb")
            for saved in answer_files(path.parent):  # what the builders saved travels with the notebook
                shutil.copyfile(saved, folder / saved.name)
        outcomes = {}
        quiet = os.environ.get("PYTHONWARNINGS")
        os.environ["PYTHONWARNINGS"] = "ignore"  # nbgrader's database warnings, in the grading workers
        try:
            for name in names:
                wanted = sum(module.exercise.assignment == name for module, _ in copies)
                summary = grade_cohort(workspace, name, jobs=min(2, wanted), timeout=timeout)
                stalled = [o.student for o in summary.outcomes if o.status == "failed" and _stalled(o.reason)]
                if stalled:  # the grader itself stumbled, not the learner's notebook: grade those once more
                    for student in stalled:
                        ledger_path(workspace, name, student).unlink(missing_ok=True)
                    summary = grade_cohort(workspace, name, jobs=min(2, len(stalled)), timeout=timeout)
                outcomes.update({(name, o.student): o for o in summary.outcomes})
        finally:
            if quiet is None:
                os.environ.pop("PYTHONWARNINGS", None)
            else:
                os.environ["PYTHONWARNINGS"] = quiet
        with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
            for index, (student, (module, _)) in enumerate(zip(students, copies, strict=True)):
                name = module.exercise.assignment
                outcome = outcomes.get((name, student))
                if outcome is None or outcome.status != "graded":
                    reason = outcome.reason if outcome else "the grader did not reach it"
                    results[index].problem = reason
                    continue
                notebook = gradebook.find_submission_notebook(name, name, student)
                results[index].points = {g.name: float(g.score or 0.0) for g in notebook.grades}
    return results


def _stalled(reason: str) -> bool:
    """Whether a failure came from the grading machinery (its kernel server), not the notebook."""
    return any(sign in reason for sign in ("ConnectionRefusedError", "ForkServerError", "fork server",
                                           "grading worker stopped", "grader did not reach"))


# ------------------------------------------------------------------ attempts


def attempts(folder: Path) -> dict[str, list[dict]]:
    """Every recorded check of the learner's exercises, by exercise."""
    try:
        data = LearnerStore(folder / "my-work").load(RECORD) or {}
    except StoreDamaged:
        return {}
    return data if isinstance(data, dict) else {}


def _record(folder: Path, module: Module, graded: Graded, parts: list[Part]) -> int:
    store = LearnerStore(folder / "my-work")
    try:
        data = store.load(RECORD) or {}
    except StoreDamaged:
        data = {}
    entry = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "graded": not graded.problem}
    if graded.problem:
        entry["problem"] = graded.problem
    else:
        entry["points"] = {p.grade_id: p.points for p in parts if not p.written}
        entry["automatic_points"] = sum(p.points or 0.0 for p in parts if not p.written)
        entry["automatic_max"] = sum(p.max_points for p in parts if not p.written)
    history = data.setdefault(module.exercise.assignment, [])
    history.append(entry)
    store.save(RECORD, data)
    return len(history)


def has_graded_attempt(folder: Path, module: Module) -> bool:
    """Whether the learner has had a copy of this exercise graded at least once."""
    return any(a.get("graded") for a in attempts(folder).get(module.exercise.assignment, []))


# ------------------------------------------------------------------ the command


def check_exercises(numbers: Sequence[str], folder: Path | None = None, *, notebook: Path | None = None,
                    root: Path | None = None, cache: Path | None = None,
                    timeout: int | None = None) -> list[ExerciseCheck]:
    """Check the learner's copies of the exercises ``numbers`` in one grading run."""
    return check_in_folders(numbers, [folder or course_home()], notebook=notebook, root=root, cache=cache,
                            timeout=timeout)


def check_in_folders(numbers: Sequence[str], folders: Sequence[Path], *, notebook: Path | None = None,
                     root: Path | None = None, cache: Path | None = None,
                     timeout: int | None = None) -> list[ExerciseCheck]:
    """Check exercises ``numbers`` in each course folder (folder by folder), all in one grading run."""
    root = root or course_root()
    syllabus = load_syllabus(root / "course" / "syllabus.toml")
    modules = list(dict.fromkeys(find_module(n, syllabus) for n in numbers))
    if not modules:
        raise ExerciseCheckError("Name an exercise to check, for example `equity-course check-exercise 01`.")
    if notebook is not None and len(modules) * len(folders) > 1:
        raise ExerciseCheckError("--notebook names one copy: check one exercise at a time with it.")
    wanted = [(folder.expanduser().resolve(), module) for folder in folders for module in modules]
    copies = [(module, learner_copy(module, folder, notebook)) for folder, module in wanted]
    graded = grade_copies(copies, root=root, cache=cache, timeout=timeout)
    return [_result(folder, module, path, result, root)
            for (folder, module), (_, path), result in zip(wanted, copies, graded, strict=True)]


def check_exercise(number: str, folder: Path | None = None, **options: object) -> ExerciseCheck:
    """Check the learner's own copy of exercise ``number`` (see the module docstring)."""
    return check_exercises([number], folder, **options)[0]  # type: ignore[arg-type]


def _result(folder: Path, module: Module, path: Path, graded: Graded, root: Path) -> ExerciseCheck:
    shape = source_parts(module, root)
    parts = [Part(grade_id, heading, title, written,
                  _max_points(root, module, grade_id),
                  None if written else graded.points.get(grade_id, 0.0))
             for grade_id, heading, title, written in shape]
    if graded.problem and _stalled(graded.problem):  # the grader's failure is never the learner's result
        attempt = len(attempts(folder).get(module.exercise.assignment, [])) + 1
    else:
        attempt = _record(folder, module, graded, parts)
    result = ExerciseCheck(module, path, attempt, parts, graded.problem, reflections(path, shape))
    made_from = (mark(nbformat.read(path, as_version=4)) or {}).get("exercises")
    if made_from and made_from != exercises_digest(root):
        result.notes.append(
            "Your copy was made from an earlier version of this exercise. If a part is not graded as "
            "you expect, rename your copy, run `equity-course start` for a fresh one, and paste your "
            "answers into it.")
    if has_graded_attempt(folder, module):
        result.model_answers = model_answers(module, root)
        result.rubric = rubric(module, root)
    return result


def _max_points(root: Path, module: Module, grade_id: str) -> float:
    source = nbformat.read(root / module.exercise_notebook, as_version=4)
    for cell in source.cells:
        grading = cell.metadata.get("nbgrader", {})
        if grading.get("grade_id") == grade_id:
            return float(grading.get("points", 0))
    return 0.0


# ------------------------------------------------------------------ showing the result


def _points(value: float) -> str:
    return f"{value:g}"


def _render(result: ExerciseCheck, *, markdown: bool) -> str:
    module = result.module
    lines: list[str] = []

    def heading(text: str, level: int = 3) -> None:
        lines.extend([f"{'#' * level} {text}" if markdown else text.upper(), ""])

    heading(f"Exercise {module.id}: {module.title} (attempt {result.attempt})")
    lines += list(result.notes) + ([""] if result.notes else [])
    if result.problem and _stalled(result.problem):
        lines += [f"The grader itself stumbled, not your work ({result.problem}). This check was not "
                  "recorded. Please check again in a minute."]
        return "\n".join(lines) + "\n"
    if result.problem:
        lines += [f"Your copy could not be graded: {result.problem}", "",
                  "Open it in JupyterLab, choose Kernel > Restart Kernel and Run All Cells, fix any "
                  "cell that shows an error, save, and check again."]
        return "\n".join(lines) + "\n"
    lines += [f"Points scored automatically: {_points(result.automatic_points)} of "
              f"{_points(result.automatic_max)}.", ""]
    shown = ""
    for part in result.parts:
        if part.heading != shown:
            lines.append(f"- **{part.heading}**" if markdown else f"  {part.heading}")
            shown = part.heading
        if part.written:
            score = f"you score it with the rubric below ({_points(part.max_points)} points)"
        else:
            score = f"{_points(part.points or 0.0)} of {_points(part.max_points)} points"
        lines.append(f"    - {part.title}: {score}" if markdown else f"    {part.title}: {score}")
    lines.append("")
    if not result.revealed:
        return "\n".join(lines) + "\n"
    heading("Model answer")
    lines += ["One good answer, written by the course's authors. Yours can differ and still be good; "
              "compare the reasoning, not the words.", ""]
    for answer in result.model_answers:
        lines.append(f"**{answer.heading}**" if markdown else f"{answer.heading}:")
        lines.append("")
        if answer.written:
            lines += [f"> {line}" if markdown else f"    {line}" for line in answer.text.splitlines()]
        else:
            lines += ["```python", answer.text, "```"] if markdown else [f"    {line}" for line in answer.text.splitlines()]
        lines.append("")
    if result.written_max:
        heading(f"Score your written answer yourself ({_points(result.written_max)} points)")
        for title, text in result.reflections.items():
            lines.append(f"**{title}**, what you wrote:" if markdown else f"{title}, what you wrote:")
            lines.append("")
            if not text:
                lines.append("(nothing yet: write it in your copy, save, and check again)")
            elif markdown:
                lines += [f"> {html.escape(line)}" for line in text.splitlines()]
            else:
                lines += [f"    {line}" for line in text.splitlines()]
            lines.append("")
        if result.rubric:
            lines += ["The rubric a trainer would use:", "", result.rubric, ""]
    return "\n".join(lines) + "\n"
