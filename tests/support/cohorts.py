"""Cohort workspaces for tests, from what the test session makes once (``tests/support/session_cache.py``).

``released_workspace`` is a new cohort workspace that has released an exercise, as after
``nbgrader generate_assignment``: the student version and the gradebook are copied from the
session's cache, where nbgrader made them once (a run of nbgrader's command line costs
seconds, and many tests only need a released exercise to grade).

``graded_exercise`` is the session's graded cohort of one exercise, which tests only read.
Its four learners:

- ``solver``: the solutions typed into the release; graded by the course's cohort grader;
- ``spy``: the same, plus code that catches every cell as it runs (hidden tests included),
  prints it at the end and displays a script; graded by the course's cohort grader;
- ``solution``: the same notebook as ``solver``, graded by nbgrader's own autograde (its API);
- ``blank``: the untouched release, graded by nbgrader's own autograde (its API).

Then nbgrader writes every learner's feedback with the course's settings.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import nbformat

from grader.course.syllabus import Module, course_root
from tests.support.nbgrader_runs import trainer_step, with_solutions
from tests.support.session_cache import all_made_once, made_once
from tests.support.session_cache import folder as shared_folder
from tests.support.submissions import place

COHORT_GRADER = ("solver", "spy")
STOCK_NBGRADER = ("solution", "blank")
LEARNERS = COHORT_GRADER + STOCK_NBGRADER

CATCH = ("CAUGHT = []\n"
         "get_ipython().events.register('pre_run_cell', lambda info: CAUGHT.append(info.raw_cell))\n"
         "from IPython.display import HTML, display\n"
         "display(HTML(\"<script>alert('owned')</script>\"))\n")
SPILL = "\nprint('\\n'.join(CAUGHT))\nraise AssertionError('\\n'.join(CAUGHT))"


def hostile(solved: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A solved notebook whose first answer catches every cell's code and whose last spills it."""
    notebook = copy.deepcopy(solved)
    answers = [c for c in notebook.cells
               if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")]
    answers[0].source = CATCH + answers[0].source
    answers[-1].source = answers[-1].source + SPILL
    return notebook


# ------------------------------------------------------------------ released exercises


def _generate(assignment: str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        from grader.cohort.course import api
        from grader.cohort.workspace import create_workspace

        workspace = create_workspace(folder / "workspace", assignments=[assignment])
        result = api(workspace).generate_assignment(assignment, force=True, create=True)
        assert result.get("success"), f"nbgrader could not release {assignment}:\n{result.get('log')}\n{result.get('error')}"
        shutil.move(str(workspace / "release"), str(folder / "release"))
        shutil.move(str(workspace / "gradebook.db"), str(folder / "gradebook.db"))
        shutil.rmtree(workspace)
    return build


def release_of(assignment: str) -> Path:
    """The session's folder holding ``release/<assignment>/`` and its gradebook, made once."""
    folder = shared_folder() / "releases" / assignment
    made_once(folder, _generate(assignment))
    return folder


def released_workspace(workspace: Path, assignment: str, *,
                       exchange_root: Path | None = None) -> Path:
    """A new cohort workspace that has released ``assignment`` (as ``nbgrader generate_assignment`` leaves it)."""
    from grader.cohort.workspace import create_workspace

    made = release_of(assignment)
    workspace = create_workspace(workspace, assignments=[assignment], exchange_root=exchange_root)
    shutil.copytree(made / "release" / assignment, workspace / "release" / assignment)
    shutil.copyfile(made / "gradebook.db", workspace / "gradebook.db")
    return workspace


# ------------------------------------------------------------------ the graded cohort


def _grade(module: Module) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        from grader.cohort.course import generate_feedback
        from grader.cohort.grading import grade_cohort

        assignment = module.exercise.assignment
        workspace = released_workspace(folder / "workspace", assignment)
        release = workspace / "release" / assignment / f"{assignment}.ipynb"
        source = nbformat.read(course_root() / module.exercise_notebook, as_version=4)
        solved = with_solutions(nbformat.read(release, as_version=4), source)
        place(workspace, "solver", solved, assignment=assignment, name=release.name)
        place(workspace, "spy", hostile(solved), assignment=assignment, name=release.name)
        summary = grade_cohort(workspace, assignment, jobs=2, timeout=20)
        assert summary.count("graded") == 2, [(o.student, o.reason) for o in summary.failed]
        place(workspace, "solution", solved, assignment=assignment, name=release.name)
        place(workspace, "blank", nbformat.read(release, as_version=4), assignment=assignment, name=release.name)
        trainer_step(workspace, "autograde", assignment, STOCK_NBGRADER)
        assert sorted(generate_feedback(workspace, assignment)) == sorted(LEARNERS)
    return build


def graded_exercises(modules: Sequence[Module]) -> dict[str, Path]:
    """The session's graded cohort workspace of each module's exercise, by assignment; tests only read them.

    Each is made once in the session; a worker that asks while the other worker is making some
    makes the rest meanwhile, then waits for those.
    """
    targets = [(shared_folder() / "graded" / m.exercise.assignment, _grade(m)) for m in modules]
    all_made_once(targets)
    return {m.exercise.assignment: folder / "workspace" for m, (folder, _) in zip(modules, targets, strict=True)}
