"""A self-paced learner's own copies of the exercises.

A cohort learner gets each exercise from their trainer, through nbgrader's exchange. A
self-paced learner has no trainer, so ``equity-course start`` puts the same student
version in their course folder, under ``exercises/exNN/exNN.ipynb``. It is made by
nbgrader's own ``generate_assignment`` (as a trainer's ``release`` does), so it has no
solutions and no hidden tests.

Generating takes a while, so the student versions are made once per version of the
exercises and kept in a cache folder (``$EQUITY_COURSE_CACHE``, or ``~/.cache/equity-course``)
with the gradebook nbgrader wrote for them; grading a copy later reuses that gradebook.

Each copy is marked as self-paced in its notebook metadata (``equity_course``), so
``equity-course check-exercise`` can tell it from a copy a trainer released, which the
trainer grades. A copy already in the learner's folder is never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grader.course.syllabus import Module, course_root, load_syllabus

if TYPE_CHECKING:
    import nbformat

CACHE_VARIABLE = "EQUITY_COURSE_CACHE"
MARK = "equity_course"  # notebook metadata key of a self-paced copy
FOLDER = "exercises"  # inside the learner's course folder
COMPLETE = "complete"  # written last into a finished cache entry

NOTE = (
    "**This is your own copy of the exercise, for learning at your own pace.** No trainer "
    "grades it: you check it yourself. Save it, then press *Check my exercise* on the start "
    "page, or run `equity-course check-exercise {number}` in a terminal. You get your points "
    "for each part. After that first check you also see a model answer (one good answer, from "
    "the course's authors) and the rubric (the scoring guide) to score your reflection yourself."
)


class ExerciseCopyError(RuntimeError):
    """The student versions could not be made; the message says why and what to do."""


def cache_home() -> Path:
    """Where generated student versions are kept between starts."""
    configured = os.environ.get(CACHE_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "equity-course"


def alembic_on_path() -> None:
    """nbgrader runs its helper program ``alembic`` by name; it sits beside this Python."""
    here = str(Path(sys.executable).parent)
    if here not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = os.pathsep.join([here, os.environ.get("PATH", "")])


def exercises_digest(root: Path) -> str:
    """A digest of everything a student version is made from: the exercises' sources, the
    course's nbgrader settings and nbgrader's version."""
    from nbgrader import __version__ as nbgrader_version

    digest = hashlib.sha256(nbgrader_version.encode() + b"\0")
    files = [root / "course" / "nbgrader_config.py", root / "course" / "syllabus.toml"]
    files += sorted(p for p in (root / "exercises").rglob("*")
                    if p.is_file() and ".ipynb_checkpoints" not in p.parts and "__pycache__" not in p.parts)
    for path in files:
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def released(root: Path | None = None, cache: Path | None = None) -> Path:
    """The cache folder holding every exercise's student version (``release/exNN/``) and the
    gradebook nbgrader wrote for them (``gradebook.db``); made on first use."""
    from grader.cohort.course import api
    from grader.cohort.workspace import create_workspace

    root = root or course_root()
    entry = (cache or cache_home()) / "releases" / exercises_digest(root)
    if (entry / COMPLETE).is_file():
        return entry
    entry.parent.mkdir(parents=True, exist_ok=True)
    alembic_on_path()
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=entry.parent))
    try:
        workspace = create_workspace(building / "workspace", root=root)
        course = api(workspace)
        for module in load_syllabus(root / "course" / "syllabus.toml").modules:
            name = module.exercise.assignment
            result = course.generate_assignment(name, force=True, create=True)
            if not result.get("success"):
                log = "\n".join(str(result.get("log") or result.get("error") or "").splitlines()[-8:])
                raise ExerciseCopyError(f"nbgrader could not make the student version of {name}:\n{log}")
        shutil.move(str(workspace / "release"), str(building / "release"))
        shutil.move(str(workspace / "gradebook.db"), str(building / "gradebook.db"))
        shutil.rmtree(workspace)
        (building / COMPLETE).write_text("", encoding="utf-8")
        try:
            building.rename(entry)
        except OSError:  # another start made the same entry meanwhile: theirs is as good
            if not (entry / COMPLETE).is_file():
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return entry


def copy_path(folder: Path, module: Module) -> Path:
    """Where a learner's own copy of a module's exercise lives in their course folder."""
    name = module.exercise.assignment
    return folder / FOLDER / name / f"{name}.ipynb"


def mark(notebook: Any) -> dict | None:
    """The self-paced mark of a notebook, or None for a copy a trainer released."""
    found = notebook.get("metadata", {}).get(MARK)
    return found if isinstance(found, dict) and found.get("self_paced") is True else None


def self_paced_copy(release: Path, module: Module, digest: str) -> nbformat.NotebookNode:
    """The student version marked as self-paced, with a note on how to check it."""
    import nbformat  # takes a second to import: only when a copy is made
    notebook = nbformat.read(release, as_version=4)
    notebook.metadata[MARK] = {"self_paced": True, "assignment": module.exercise.assignment,
                               "exercises": digest}
    notebook.cells.insert(1, nbformat.v4.new_markdown_cell(NOTE.format(number=module.id)))
    return notebook


@dataclass
class Placed:
    copied: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def place_exercises(folder: Path, root: Path | None = None, cache: Path | None = None) -> Placed:
    """Put a self-paced copy of every exercise into ``folder``, keeping any copy already there."""
    root = root or course_root()
    modules = load_syllabus(root / "course" / "syllabus.toml").modules
    result = Placed()
    missing = [m for m in modules if not copy_path(folder, m).exists()]
    result.kept = [copy_path(folder, m).relative_to(folder).as_posix() for m in modules if m not in missing]
    if not missing:
        return result
    import nbformat

    entry = released(root, cache)
    for module in missing:
        name = module.exercise.assignment
        target = copy_path(folder, module)
        target.parent.mkdir(parents=True, exist_ok=True)
        notebook = self_paced_copy(entry / "release" / name / f"{name}.ipynb", module, entry.name)
        try:
            with open(target, "x", encoding="utf-8") as out:  # "x": never replaces a copy made meanwhile
                nbformat.write(notebook, out)
        except FileExistsError:
            result.kept.append(target.relative_to(folder).as_posix())
            continue
        result.copied.append(target.relative_to(folder).as_posix())
    return result
