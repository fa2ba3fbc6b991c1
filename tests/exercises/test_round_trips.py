"""Does every exercise survive nbgrader: released without answers, graded right?

For each exercise in the syllabus, in the session's graded cohort (``tests/support/cohorts.py``,
made once and shared with other test files): nbgrader generated the student version into a
temporary cohort workspace; the release holds no solution and no hidden test; stock
``nbgrader autograde`` gives the solution every automatic point and an untouched release zero.
"""

from __future__ import annotations

import shutil

import nbformat
import pytest

from grader.cohort.workspace import create_workspace
from grader.course.syllabus import course_root, load_syllabus
from tests.support.nbgrader_runs import (
    leaks,
    nbgrader,
    readable_text,
    released_to_a_learner,
    scores,
    secret_lines,
    trainer_step,
)

pytestmark = pytest.mark.nbgrader
MODULES = load_syllabus().modules


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_release_holds_no_solution_or_hidden_test(graded_exercises, module):
    source = nbformat.read(course_root() / module.exercise_notebook, as_version=4)
    secrets = secret_lines(source)
    assert secrets, "the source should have solutions and hidden tests to keep back"
    released = graded_exercises[module.exercise.assignment] / "release" / module.exercise.assignment
    for path in released.rglob("*"):
        if path.is_file():
            text = readable_text(path)
            leaked = leaks(secrets, text)
            assert not leaked, f"{path.name} leaks: {leaked[:5]}"
            assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_solution_earns_every_automatic_point(graded_exercises, module):
    assignment = module.exercise.assignment
    got = scores(graded_exercises[assignment], assignment, "solution")  # graded by stock nbgrader autograde
    assert got["max_code"] == module.exercise.automatic_points
    assert got["code"] == got["max_code"]
    assert got["max_written"] == module.exercise.manual_points


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_untouched_release_earns_zero(graded_exercises, module):
    assignment = module.exercise.assignment
    got = scores(graded_exercises[assignment], assignment, "blank")  # graded by stock nbgrader autograde
    assert got["total"] == 0


def test_workspace_refuses_a_folder_inside_the_repository(tmp_path):
    from grader.cohort.workspace import WorkspaceError

    with pytest.raises(WorkspaceError, match="inside the course repository"):
        create_workspace(course_root() / "cohort-here")
    assert not (course_root() / "cohort-here").exists()
    shutil.rmtree(course_root() / "cohort-here", ignore_errors=True)


def test_leak_check_catches_a_planted_solution_line():
    source = nbformat.read(course_root() / "exercises/ex01/ex01.ipynb", as_version=4)
    secrets = secret_lines(source)
    assert '"E2": "Defer To",' in secrets
    assert leaks(secrets, 'placements = {\n    "E2": "Defer To",\n}') == ['"E2": "Defer To",']


PARTIAL_ANSWERS = {
    "spectrum-answer": 'placements = {"E1": "Consult", "E2": "Collaborate", "E3": "Inform",\n'
    '              "E4": "Collaborate", "E5": "Consult", "E6": "Ignore"}',
    "ranking-answer": 'ranked = (campaigns.merge(agencies, left_on="target_agency_id", right_on="agency_id")\n'
    '          .groupby("agency").size().rename("active_campaigns").reset_index()\n'
    '          .sort_values("active_campaigns", ascending=False))',
    "plan-answer": 'plan = OneToOnePlan(partner="Rosa, Riverbend Worker Center", purpose="Ask them to join our program",\n'
    '    questions=["Do you like the county?", "What matters most to you about heat at work?"],\n'
    '    listen_for=["values", "interests"], minutes=40, follow_up="Call her", follow_up_days=30)',
}


def test_a_submission_round_trips_through_the_exchange_to_the_score_the_learner_sees(tmp_path):
    """Answer in the released notebook, submit through nbgrader's exchange, collect and
    autograde: the gradebook holds exactly the score the course's check functions give."""
    import pandas as pd

    from grader.checks import points
    from grader.course.data import load_agencies, load_campaigns
    from grader.domain.one_to_one import OneToOnePlan

    workspace, released = released_to_a_learner(tmp_path, "ex01")
    learner = released.parent
    mine = released / "ex01.ipynb"
    notebook = nbformat.read(mine, as_version=4)
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in PARTIAL_ANSWERS:
            cell.source = PARTIAL_ANSWERS[grade_id]
    nbformat.write(notebook, mine)
    nbgrader(learner, "submit", "ex01")

    trainer_step(workspace, "collect", "ex01")
    trainer_step(workspace, "autograde", "ex01")
    student = next((workspace / "submitted").iterdir()).name

    campaigns, agencies = load_campaigns(), load_agencies()
    answers: dict[str, object] = {"pd": pd, "campaigns": campaigns, "agencies": agencies,
                                  "OneToOnePlan": OneToOnePlan}
    for code in PARTIAL_ANSWERS.values():
        exec(code, answers)  # the same answers, checked the way the learner's self-check does
    expected = (
        points("ex01.spectrum", answers["placements"])
        + points("ex01.ranking", answers["ranked"])
        + points("ex01.one_to_one", answers["plan"])
    )
    assert 0 < expected < 13
    assert scores(workspace, "ex01", student)["code"] == pytest.approx(expected)
