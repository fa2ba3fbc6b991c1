"""nbgrader's own API for one cohort workspace: release, collect and feedback.

Each function loads the workspace's ``nbgrader_config.py`` and calls ``NbGraderAPI``; a
failure raises ``CohortError`` with nbgrader's own log, so the trainer sees why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class CohortError(RuntimeError):
    """A cohort command could not do its job; the message says why and what to do."""


def find_workspace(start: Path) -> Path:
    """The cohort workspace containing ``start`` (a folder with nbgrader_config.py and source/)."""
    start = start.expanduser().resolve()
    for folder in [start, *start.parents]:
        if (folder / "nbgrader_config.py").is_file() and (folder / "source").is_dir():
            return folder
    raise CohortError(
        f"{start} is not inside a cohort workspace. Run `equity-course cohort init DIR --roster "
        "roster.csv` first, then run cohort commands inside DIR (or pass --cohort DIR)."
    )


def load_config(workspace: Path) -> Any:
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(workspace)).load_config()
    config.CourseDirectory.root = str(workspace)
    return config


def api(workspace: Path) -> Any:
    """nbgrader's NbGraderAPI for the workspace (imported here: nbgrader takes seconds to load)."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = load_config(workspace)
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def _run(result: dict, what: str) -> str:
    if not result.get("success"):
        detail = "\n".join((str(result.get("error") or "") + "\n" + str(result.get("log") or "")).strip().splitlines()[-12:])
        raise CohortError(f"{what} failed. nbgrader said:\n{detail}")
    return str(result.get("log") or "")


def assignments(workspace: Path) -> list[str]:
    return sorted(p.name for p in (workspace / "source").iterdir() if p.is_dir())


def require_assignment(workspace: Path, assignment: str) -> str:
    known = assignments(workspace)
    if assignment in known:
        return assignment
    numbered = f"ex{assignment.zfill(2)}" if assignment.isdigit() else assignment
    if numbered in known:
        return numbered
    raise CohortError(f'There is no exercise "{assignment}" in this cohort. Exercises: {", ".join(known)}.')


def release(workspace: Path, assignment: str) -> str:
    """Generate the student version (no solutions, no hidden tests) and release it to the exchange."""
    course = api(workspace)
    log = _run(course.generate_assignment(assignment, force=True, create=True), f"Generating {assignment}")
    return log + _run(course.release_assignment(assignment), f"Releasing {assignment}")


def collect(workspace: Path, assignment: str) -> str:
    """Collect submissions from nbgrader's exchange into submitted/."""
    return _run(api(workspace).collect(assignment, update=True), f"Collecting {assignment}")


def generate_feedback(workspace: Path, assignment: str) -> list[str]:
    """Write each graded learner's feedback (HTML, made safe by ``SafeFeedback``); return their ids.

    Every page is then rebuilt from the sanitiser's allow-list once more, so a cohort made
    before its ``nbgrader_config.py`` named ``SafeHTMLExporter`` gets safe pages too.
    """
    from grader.cohort.sanitize import sanitize_page

    _run(api(workspace).generate_feedback(assignment, force=True), f"Feedback for {assignment}")
    for page in (workspace / "feedback").glob(f"*/{assignment}/*.html"):
        page.write_text(sanitize_page(page.read_text(encoding="utf-8")), encoding="utf-8")
    return sorted(p.parent.name for p in (workspace / "feedback").glob(f"*/{assignment}") if any(p.glob("*.html")))


def release_feedback(workspace: Path, assignment: str) -> tuple[list[str], list[str]]:
    """Put feedback in the exchange for learners who submitted through it.

    Returns (released, by hand): submissions collected from an LMS download or placed by
    hand have no exchange receipt, so their feedback is handed back outside nbgrader.
    """
    course = api(workspace)
    released, by_hand = [], []
    for folder in sorted((workspace / "feedback").glob(f"*/{assignment}")):
        student = folder.parent.name
        if (folder / "submission_secret.txt").exists() and (folder / "timestamp.txt").exists():
            _run(course.release_feedback(assignment, student_id=student), f"Releasing feedback to {student}")
            released.append(student)
        else:
            by_hand.append(student)
    return released, by_hand
