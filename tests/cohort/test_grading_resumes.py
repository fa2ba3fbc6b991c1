"""Can a trainer kill `cohort grade` at any moment and simply run it again?"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from grader.cohort.grading import _require_released
from grader.course.syllabus import course_root
from tests.support.cohorts import released_workspace
from tests.support.submissions import HONEST, answered, honest_points, place, solved

pytestmark = pytest.mark.nbgrader
LEARNERS = 12


def expected_score(index: int) -> float:
    return (12.0, 0.0, honest_points())[index % 3]  # 12: every automatic point of ex01


@pytest.fixture()
def cohort(tmp_path):
    workspace = released_workspace(tmp_path / "ws", "ex01")
    release = nbformat.read(workspace / "release" / "ex01" / "ex01.ipynb", as_version=4)
    solution = solved(release, course_root() / "exercises" / "ex01" / "ex01.ipynb")
    for index in range(LEARNERS):
        place(workspace, f"learner{index:02d}", (solution, release, answered(release, HONEST))[index % 3])
    return workspace


def grade_command(workspace: Path) -> list[str]:
    return [sys.executable, "-m", "grader.cli", "cohort", "grade", "ex01", "--cohort", str(workspace), "--jobs", "2"]


def settled(workspace: Path) -> int:
    return len(list((workspace / ".equity-course" / "grading" / "ex01").glob("*.json")))


def kill_when(workspace: Path, condition) -> None:
    process = subprocess.Popen(grade_command(workspace), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    while not condition() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def test_a_killed_run_resumes_and_grades_every_submission_exactly_once(cohort):
    started = time.monotonic()
    kill_when(cohort, lambda: time.monotonic() - started > 2.5)  # while starting up or mid-way
    kill_when(cohort, lambda: settled(cohort) >= 4)  # after some submissions are done
    before = settled(cohort)
    assert 0 < before < LEARNERS, "the kills should land part-way through"
    done = subprocess.run(grade_command(cohort), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{LEARNERS} graded" in done.stdout

    with sqlite3.connect(cohort / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT student_id, COUNT(*) FROM submitted_assignment GROUP BY student_id").fetchall()
    assert sorted(rows) == [(f"learner{i:02d}", 1) for i in range(LEARNERS)]
    with Gradebook(f"sqlite:///{cohort / 'gradebook.db'}") as gradebook:
        for index in range(LEARNERS):
            submission = gradebook.find_submission("ex01", f"learner{index:02d}")
            assert submission.code_score == pytest.approx(expected_score(index))


def test_a_second_run_grades_nothing_again(cohort):
    first = subprocess.run(grade_command(cohort), capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    stamps = {p: p.stat().st_mtime_ns for p in (cohort / "autograded").rglob("*.ipynb")}
    again = subprocess.run(grade_command(cohort), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0
    assert {p: p.stat().st_mtime_ns for p in (cohort / "autograded").rglob("*.ipynb")} == stamps


def test_no_processes_outlive_a_killed_run(cohort):
    kill_when(cohort, lambda: settled(cohort) >= 2)
    time.sleep(1.0)
    leftovers = subprocess.run(["pgrep", "-f", "grader.cohort.forkserver|multiprocessing.forkserver"],
                               capture_output=True, text=True).stdout.split()
    mine = []
    for pid in leftovers:
        try:
            if Path(f"/proc/{pid}/status").read_text().count("PPid:\t1\n"):
                mine.append(pid)  # orphaned: its run was killed and it lived on
        except OSError:
            continue
    assert mine == []


KILLED_MID_TRANSACTION = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 1")  # changed pages go to the file at once, as in a big transaction
db.execute("BEGIN IMMEDIATE")
db.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(2000)])
os._exit(1)  # killed before COMMIT: the journal is left behind, "hot"
"""


def test_a_gradebook_left_mid_transaction_by_a_killed_run_can_be_read_again(tmp_path):
    import sqlite3

    database = tmp_path / "gradebook.db"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE assignment (name TEXT)")
        db.execute("INSERT INTO assignment VALUES ('ex01')")
        db.execute("CREATE TABLE filler (text TEXT)")
    subprocess.run([sys.executable, "-c", KILLED_MID_TRANSACTION, str(database)], check=False, timeout=60)
    assert (tmp_path / "gradebook.db-journal").exists(), "the killed writer should leave its journal"

    _require_released(tmp_path, "ex01")  # rolls the half-written transaction back instead of failing

    with sqlite3.connect(database) as db:
        assert db.execute("SELECT COUNT(*) FROM filler").fetchone()[0] == 0
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
