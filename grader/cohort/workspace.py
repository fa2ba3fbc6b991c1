"""A cohort workspace: an nbgrader course directory outside the repository.

It holds its own ``nbgrader_config.py`` (the course's shared settings from
``course/nbgrader_config.py`` plus this cohort's paths), the exercise sources under
``source/``, and later the gradebook, submissions and feedback. Learner data never
goes into the course repository.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from grader.syllabus import course_root, load_syllabus


class WorkspaceError(RuntimeError):
    """The workspace cannot be made as asked; the message says why and what to do."""


def nbgrader_config(workspace: Path, exchange_root: Path, root: Path | None = None) -> str:
    """The cohort's config: the course-wide settings, then this cohort's own paths."""
    shared = ((root or course_root()) / "course" / "nbgrader_config.py").read_text(encoding="utf-8")
    return (
        shared.rstrip("\n")
        + "\n\n# ---- this cohort ----\n"
        + f"c.CourseDirectory.root = {str(workspace.resolve())!r}\n"
        + f"c.Exchange.root = {str(exchange_root.resolve())!r}\n"
    )


def create_workspace(
    workspace: Path,
    *,
    exchange_root: Path | None = None,
    root: Path | None = None,
    assignments: list[str] | None = None,
) -> Path:
    """Make a new cohort workspace with the exercises' sources (all, or those named)."""
    root = root or course_root()
    syllabus = load_syllabus(root / "course" / "syllabus.toml")
    wanted = assignments or [m.exercise.assignment for m in syllabus.modules]
    missing = [name for name in wanted if not (root / "exercises" / name).is_dir()]
    if missing:
        raise WorkspaceError(
            f"The syllabus lists {', '.join(missing)} but exercises/ has no such folder. "
            "Add the exercise or correct course/syllabus.toml."
        )
    workspace = workspace.resolve()
    if workspace.is_relative_to(root.resolve()):
        raise WorkspaceError(
            f"{workspace} is inside the course repository. Put cohort workspaces elsewhere, "
            "for example ~/cohorts/spring-2027, so learner data never lands in the repository."
        )
    if workspace.exists() and any(workspace.iterdir()):
        raise WorkspaceError(f"{workspace} already has files in it. Choose a new, empty folder.")
    exchange_root = (exchange_root or workspace / "exchange").resolve()
    workspace.mkdir(parents=True, exist_ok=True)
    exchange_root.mkdir(parents=True, exist_ok=True)
    (workspace / "nbgrader_config.py").write_text(
        nbgrader_config(workspace, exchange_root, root), encoding="utf-8"
    )
    for assignment in wanted:
        shutil.copytree(
            root / "exercises" / assignment,
            workspace / "source" / assignment,
            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
        )
    return workspace
