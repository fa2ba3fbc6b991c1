"""A cohort workspace: an nbgrader course directory outside the repository.

It holds its own ``nbgrader_config.py`` (the course's shared settings from
``course/nbgrader_config.py`` plus this cohort's paths), the exercise sources under
``source/``, and later the gradebook, submissions and feedback. Learner data never
goes into the course repository.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from grader.course.syllabus import course_root, load_syllabus


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
    if exchange_root.stat().st_mode & 0o1777 != 0o1777:  # a hub's shared exchange is already so
        try:
            os.chmod(exchange_root, 0o777 | 0o1000)  # nbgrader's exchange: everyone writes, sticky
        except PermissionError:
            raise WorkspaceError(f"nbgrader's exchange {exchange_root} must have mode 1777 and only its "
                                 f"owner can set that: ask them to run `chmod 1777 {exchange_root}`.") from None
    (workspace / "nbgrader_config.py").write_text(
        nbgrader_config(workspace, exchange_root, root), encoding="utf-8"
    )
    for assignment in wanted:
        shutil.copytree(
            root / "exercises" / assignment,
            workspace / "source" / assignment,
            # *.json: answers a builder saved beside the notebook when it ran (a maintainer's nbval run
            # saves the model answer's); a release must never carry them, and no exercise source is JSON.
            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.json"),
        )
    return workspace


def init_cohort(
    workspace: Path,
    roster: Path,
    *,
    exchange_root: Path | None = None,
    root: Path | None = None,
) -> list:
    """Create a cohort workspace with its learners, all or nothing.

    The roster is checked first (``RosterError`` names every bad row). The workspace is
    built in a temporary folder beside the target and moved into place only when it is
    complete, so a failure leaves nothing half-made. It is readable by its owner only:
    it holds the gradebook, hidden tests and every learner's work.
    """
    import os
    import tempfile

    from nbgrader.api import Gradebook

    from grader.cohort.roster import read_roster, write_roster

    learners = read_roster(roster)
    workspace = workspace.expanduser().resolve()
    if workspace.exists() and (not workspace.is_dir() or any(workspace.iterdir())):
        raise WorkspaceError(f"{workspace} already exists. Choose a new folder for this cohort.")
    workspace.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{workspace.name}.partial-", dir=workspace.parent))
    try:
        create_workspace(building, exchange_root=exchange_root, root=root)
        config = (building / "nbgrader_config.py").read_text(encoding="utf-8")
        (building / "nbgrader_config.py").write_text(
            config.replace(str(building), str(workspace)), encoding="utf-8")
        with Gradebook(f"sqlite:///{building / 'gradebook.db'}") as gradebook:
            for learner in learners:
                gradebook.update_or_create_student(
                    learner.id, first_name=learner.first_name or None,
                    last_name=learner.last_name or None, email=learner.email or None)
        write_roster(building / "roster.csv", learners)
        os.chmod(building, 0o700)
        if workspace.exists():
            workspace.rmdir()
        building.rename(workspace)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return learners
