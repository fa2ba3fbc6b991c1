"""Does the cohort grader's one-transaction SaveAutoGrades write exactly what nbgrader's own does?"""

from __future__ import annotations

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.preprocessors import SaveAutoGrades
from sqlalchemy import event
from sqlalchemy.orm import Session

from grader.cohort.autograde import SaveAutoGradesAtOnce
from tests.support.cohorts import released_workspace

pytestmark = pytest.mark.nbgrader


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = released_workspace(tmp_path_factory.mktemp("autograde") / "ws", "ex01")
    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        for student in ("stock", "ours"):
            gradebook.update_or_create_student(student)
            gradebook.add_submission("ex01", student)
    return workspace


def ran_with_one_failure(workspace) -> nbformat.NotebookNode:
    """The exercise as if it had run, with its first autograded test failing."""
    notebook = nbformat.read(workspace / "source" / "ex01" / "ex01.ipynb", as_version=4)
    tests = [c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade") and c.cell_type == "code"
             and not c.metadata["nbgrader"].get("solution")]
    tests[0].outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue="", traceback=[])]
    return notebook


def commits_while(action) -> int:  # type: ignore[no-untyped-def]
    commits = []

    def count(session):  # type: ignore[no-untyped-def]
        commits.append(session)

    event.listen(Session, "after_commit", count)
    try:
        action()
    finally:
        event.remove(Session, "after_commit", count)
    return len(commits)


def save(preprocessor_class, workspace, student: str) -> int:
    """Save a run's grades with the preprocessor; the number of commits it made."""
    resources = {"nbgrader": {"notebook": "ex01", "assignment": "ex01", "student": student,
                              "db_url": f"sqlite:///{workspace / 'gradebook.db'}"}}
    notebook = ran_with_one_failure(workspace)
    return commits_while(lambda: preprocessor_class().preprocess(notebook, resources))


def saved(workspace, student: str) -> dict[str, tuple]:
    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook("ex01", "ex01", student)
        grades = {g.name: (g.auto_score, g.needs_manual_grade) for g in notebook.grades}
        comments = {c.name: (c.auto_comment,) for c in notebook.comments}
    return {**grades, **comments}


def test_it_saves_the_same_scores_and_comments_as_nbgrader(workspace):
    save(SaveAutoGrades, workspace, "stock")
    save(SaveAutoGradesAtOnce, workspace, "ours")
    stock, ours = saved(workspace, "stock"), saved(workspace, "ours")
    assert ours == stock
    assert any(score == 0 for score, *_ in stock.values()), "the failed test should score 0"
    assert any(score and score > 0 for score, *_ in stock.values())


def test_it_commits_once_where_nbgrader_commits_per_cell(workspace):
    opening = commits_while(lambda: Gradebook(f"sqlite:///{workspace / 'gradebook.db'}").close())
    assert save(SaveAutoGrades, workspace, "stock") > opening + 3
    assert save(SaveAutoGradesAtOnce, workspace, "ours") == opening + 1
