"""Can a trainer run a whole cohort with one command per step?"""

from __future__ import annotations

import csv
import re
import subprocess
import sys

import nbformat
import pytest

from grader.course.syllabus import course_root
from tests.support.nbgrader_runs import with_solutions
from tests.support.submissions import place

pytestmark = pytest.mark.nbgrader


def cohort(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", "cohort", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("cli")
    (base / "roster.csv").write_text("id,first_name,last_name,email\nana,Ana,Lopez,ana@x.org\n"
                                     "ben,Ben,Okafor,\ncat,Cat,Nguyen,\ndee,Dee,Ito,\n")
    made = cohort("init", str(base / "spring"), "--roster", str(base / "roster.csv"))
    assert made.returncode == 0, made.stderr
    workspace = base / "spring"
    released = cohort("release", "00", cwd=workspace)
    assert released.returncode == 0, released.stderr
    release = nbformat.read(workspace / "release" / "ex00" / "ex00.ipynb", as_version=4)
    source = nbformat.read(course_root() / "exercises" / "ex00" / "ex00.ipynb", as_version=4)
    place(workspace, "ana", with_solutions(nbformat.read(workspace / "release" / "ex00" / "ex00.ipynb", as_version=4), source), assignment="ex00", name="ex00.ipynb")
    place(workspace, "ben", release, assignment="ex00", name="ex00.ipynb")
    place(workspace, "cat", raw="{broken", assignment="ex00", name="ex00.ipynb")
    grade = cohort("grade", "00", "--jobs", "2", cwd=workspace)
    return workspace, grade


def test_grade_finishes_with_a_summary_and_exit_zero_despite_a_broken_submission(graded):
    _, grade = graded
    assert grade.returncode == 0, grade.stderr
    assert "2 graded, 1 could not be graded" in grade.stdout
    assert re.search(r"not graded\s+cat: the notebook file is damaged", grade.stdout)
    assert "3/3" in grade.stdout  # the progress bar's count


def test_grading_an_exercise_that_was_never_released_fails_clearly(graded):
    workspace, _ = graded
    done = cohort("grade", "01", cwd=workspace)
    assert done.returncode == 2
    assert "Release it first" in done.stderr


def test_an_unknown_exercise_lists_the_known_ones(graded):
    workspace, _ = graded
    done = cohort("release", "42", cwd=workspace)
    assert done.returncode == 2 and "Exercises: ex00" in done.stderr


def test_commands_outside_a_cohort_say_how_to_start_one(tmp_path):
    done = cohort("status", cwd=tmp_path)
    assert done.returncode == 2 and "cohort init" in done.stderr


def test_export_writes_a_row_per_learner_and_a_column_per_exercise(graded):
    workspace, _ = graded
    assert cohort("export", cwd=workspace).returncode == 0
    rows = list(csv.DictReader((workspace / "grades.csv").open()))
    assert [row["id"] for row in rows] == ["ana", "ben", "cat", "dee"]
    assert rows[0]["ex00"] == "3" and rows[1]["ex00"] == "0" and rows[2]["ex00"] == "" and rows[3]["ex00"] == ""
    assert {"ex00", "ex01", "total"} <= set(rows[0])


def test_status_shows_who_submitted_and_who_is_graded(graded):
    workspace, _ = graded
    done = cohort("status", cwd=workspace)
    assert done.returncode == 0
    for expected in ("ana", "needs manual grading 3/5", "graded 0/5", "failed", "not submitted"):
        assert expected in done.stdout


def test_feedback_is_written_and_lms_learners_are_listed(graded):
    workspace, _ = graded
    done = cohort("feedback", "00", cwd=workspace)
    assert done.returncode == 0, done.stderr
    assert (workspace / "feedback" / "ana" / "ex00" / "ex00.html").exists()
    assert "hand back through your LMS" in done.stdout


def test_report_is_one_offline_page_with_charts_and_check_ins(graded):
    workspace, _ = graded
    assert cohort("report", cwd=workspace).returncode == 0
    page = (workspace / "report.html").read_text()
    assert page.count("<svg") >= 2
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r'(src|href)="https?://|url\(https?://', page)
    assert "Dee Ito (dee)" in page and "ex00 not submitted" in page
    assert "Cat Nguyen (cat)" in page and "could not be graded" in page
