"""Does feedback, for every exercise, hold no solution, no hidden test and no live HTML?

Each exercise gets a solved submission and a hostile one that catches every cell's code
as it runs (hidden tests included) and prints it later, and that displays a script. The
cohort is graded and nbgrader generates feedback with the course's config; no feedback
page may contain a solution line, a hidden-test line, a traceback from a hidden test or
the script.
"""

from __future__ import annotations

import copy
import html

import nbformat
import pytest

from grader.cohort.course import generate_feedback
from grader.cohort.grading import grade_cohort
from grader.cohort.secrets import leaks, secret_lines
from grader.cohort.workspace import create_workspace
from grader.course.syllabus import course_root, load_syllabus
from tests.support.nbgrader_runs import nbgrader, readable_text, with_solutions
from tests.support.submissions import place

pytestmark = pytest.mark.nbgrader
MODULES = load_syllabus().modules
CATCH = ("CAUGHT = []\n"
         "get_ipython().events.register('pre_run_cell', lambda info: CAUGHT.append(info.raw_cell))\n"
         "from IPython.display import HTML, display\n"
         "display(HTML(\"<script>alert('owned')</script>\"))\n")
SPILL = "\nprint('\\n'.join(CAUGHT))\nraise AssertionError('\\n'.join(CAUGHT))"


def hostile(solved: nbformat.NotebookNode) -> nbformat.NotebookNode:
    notebook = copy.deepcopy(solved)
    answers = [c for c in notebook.cells
               if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")]
    answers[0].source = CATCH + answers[0].source
    answers[-1].source = answers[-1].source + SPILL
    return notebook


@pytest.fixture(scope="module")
def feedback(tmp_path_factory):
    workspace = create_workspace(tmp_path_factory.mktemp("feedback") / "ws")
    for module in MODULES:
        assignment = module.exercise.assignment
        nbgrader(workspace, "generate_assignment", assignment, "--force")
        name = f"{assignment}.ipynb"
        release = nbformat.read(workspace / "release" / assignment / name, as_version=4)
        solved = with_solutions(release, nbformat.read(course_root() / module.exercise_notebook, as_version=4))
        place(workspace, "solver", solved, assignment=assignment, name=name)
        place(workspace, "spy", hostile(solved), assignment=assignment, name=name)
        summary = grade_cohort(workspace, assignment, jobs=2, timeout=20)
        assert summary.count("graded") == 2, [(o.student, o.reason) for o in summary.failed]
        generate_feedback(workspace, assignment)
    return workspace


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_feedback_holds_no_solution_hidden_test_or_script(feedback, module):
    assignment = module.exercise.assignment
    secrets = secret_lines(nbformat.read(course_root() / module.exercise_notebook, as_version=4))
    caught = readable_text(feedback / "autograded" / "spy" / assignment / f"{assignment}.ipynb")
    assert leaks(secrets, caught), "the spy should have caught hidden test lines while grading"
    pages = sorted((feedback / "feedback").glob(f"*/{assignment}/*.html"))
    assert len(pages) == 2
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text
        visible = html.unescape(text)
        assert not leaks(secrets, visible), page
        assert "HIDDEN TESTS" not in visible and "BEGIN SOLUTION" not in visible


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_feedback_still_shows_the_learners_score(feedback, module):
    page = (feedback / "feedback" / "solver" / module.exercise.assignment /
            f"{module.exercise.assignment}.html").read_text(encoding="utf-8")
    assert "Full marks here" in page


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_the_cohort_grader_gives_the_solution_every_automatic_point(feedback, module):
    from tests.support.nbgrader_runs import scores

    got = scores(feedback, module.exercise.assignment, "solver")
    assert got["code"] == module.exercise.automatic_points
