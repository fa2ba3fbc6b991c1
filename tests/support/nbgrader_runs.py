"""Drive the real nbgrader command line on a temporary cohort workspace, for tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook

from grader.cohort.secrets import leaks, secret_lines  # noqa: F401  (re-exported for tests)


def nbgrader(workspace: Path, *args: str, user_home: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``nbgrader ARGS`` in the workspace; fail the test with nbgrader's own output."""
    env = dict(os.environ)
    # nbgrader runs helper programs (alembic) by name: they live beside this Python
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    if user_home is not None:
        env["HOME"] = str(user_home)
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args],
        cwd=workspace, env=env, capture_output=True, text=True, timeout=600,
    )
    if done.returncode != 0:
        raise AssertionError(f"nbgrader {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done






def trainer_step(workspace: Path, step: str, assignment: str, students: tuple[str, ...] = ()) -> None:
    """A trainer's nbgrader step on the workspace, through nbgrader's own API in this process:
    the code ``nbgrader STEP`` runs, without starting another Python for it (tests run many).

    ``release_assignment`` and ``collect`` as the command line does them; ``autograde`` grades
    every submission in submitted/ (or only ``students``), as ``nbgrader autograde ASSIGNMENT`` does.
    """
    from grader.cohort.course import api

    course = api(workspace)
    if step == "autograde":
        chosen = students or tuple(sorted(p.name for p in (workspace / "submitted").iterdir()))
        results = [course.autograde(assignment, student, force=True, create=True) for student in chosen]
    elif step in ("release_assignment", "collect"):
        results = [getattr(course, step)(assignment)]
    else:
        raise ValueError(f"unknown trainer step {step!r}")
    for result in results:
        if not result.get("success"):
            raise AssertionError(f"nbgrader {step} {assignment} failed:\n{result.get('log')}\n{result.get('error')}")


def readable_text(path: Path) -> str:
    """A file's text as a learner would read it: a notebook's cell sources and outputs, unescaped."""
    if path.suffix != ".ipynb":
        return path.read_text(encoding="utf-8", errors="replace")
    notebook = nbformat.read(path, as_version=4)
    parts = []
    for cell in notebook.cells:
        parts.append(cell.source)
        for output in cell.get("outputs", []):
            parts.append(str(output.get("text", "")))
            parts.extend(str(value) for value in output.get("data", {}).values())
            parts.extend(output.get("traceback", []))
    return "\n".join(parts)




def with_solutions(release: nbformat.NotebookNode, source: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The released notebook as a learner who typed the solutions would leave it."""
    solutions = {
        cell.metadata["nbgrader"]["grade_id"]: cell.source
        for cell in source.cells
        if cell.metadata.get("nbgrader", {}).get("solution")
    }
    for cell in release.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in solutions:
            cell.source = "\n".join(
                line for line in solutions[grade_id].splitlines()
                if "### BEGIN SOLUTION" not in line and "### END SOLUTION" not in line
            )
    return release


def scores(workspace: Path, assignment: str, student: str) -> dict[str, float]:
    """Automatic (code) and manual (written) scores from nbgrader's gradebook."""
    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        submission = gradebook.find_submission(assignment, student)
        return {
            "code": submission.code_score,
            "max_code": submission.max_code_score,
            "written": submission.written_score,
            "max_written": submission.max_written_score,
            "total": submission.score,
        }


def released_to_a_learner(tmp_path: Path, assignment: str) -> tuple[Path, Path]:
    """A cohort that has released ``assignment``, and a learner's folder that fetched it.

    Returns (workspace, the learner's copy of the assignment folder).
    """
    from tests.support.cohorts import released_workspace

    exchange = tmp_path / "exchange"
    workspace = released_workspace(tmp_path / "cohort", assignment, exchange_root=exchange)
    trainer_step(workspace, "release_assignment", assignment)
    learner = tmp_path / "learner"
    learner.mkdir()
    (learner / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        "c.CourseDirectory.course_id = 'strategic-practices'\n"
        f"c.Exchange.root = {str(exchange)!r}\n"
    )
    nbgrader(learner, "fetch_assignment", assignment)
    return workspace, learner / assignment
