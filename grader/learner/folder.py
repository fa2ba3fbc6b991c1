"""The learner's course folder: their own copies of the start page and modules.

``equity-course start`` fills it and opens JupyterLab there. A self-paced learner also gets
their own copy of every exercise (``grader.learner.exercises``); a learner in a trainer's
cohort (on the hub) gets exercises from the trainer instead. A copy the learner already
has is never overwritten, so their answers and notes stay theirs; the repository is
never written to.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from grader.course.syllabus import course_root, load_syllabus

START_NOTEBOOK = "start.ipynb"
# Reference pages with no learner work in them: refreshed from the course on every start.
REFERENCE = {"glossary.md": "course/glossary.md", "pandas-cheat-sheet.md": "course/pandas-cheat-sheet.md"}


@dataclass
class Prepared:
    folder: Path
    copied: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def prepare(folder: Path, root: Path | None = None, *, self_paced: bool = False) -> Prepared:
    """Copy the start page and every module into ``folder``, keeping any copy already there, and
    refresh the reference pages (the glossary), which hold nothing of the learner's. With
    ``self_paced``, also place the learner's own copy of each exercise (never replacing one)."""
    root = root or course_root()
    folder = folder.expanduser().resolve()
    if folder.is_relative_to(root.resolve()):
        raise ValueError(
            f"{folder} is inside the course repository; choose a folder of your own, "
            "for example ~/equity-course."
        )
    syllabus = load_syllabus(root / "course" / "syllabus.toml")
    wanted = {START_NOTEBOOK: root / "course" / START_NOTEBOOK}
    wanted.update({module.notebook: root / module.notebook for module in syllabus.modules})
    result = Prepared(folder)
    for relative, source in wanted.items():
        target = folder / relative
        if target.exists():
            result.kept.append(relative)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        result.copied.append(relative)
    for relative, source_name in REFERENCE.items():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / source_name, folder / relative)
        result.copied.append(relative)
    if self_paced:
        from grader.learner.exercises import place_exercises

        placed = place_exercises(folder, root)
        result.copied += placed.copied
        result.kept += placed.kept
    return result


def notebook_link(path: Path) -> str:
    """A link to ``path`` that works from the running notebook's own folder."""
    try:
        return Path(os.path.relpath(path, Path.cwd())).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_uri()
