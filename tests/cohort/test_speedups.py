"""Do a grading worker's caches keep nbgrader's results while paying less for them?

Each test runs in its own Python process: the caches change nbgrader for the whole process,
as they do in a grading worker.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.nbgrader


def run(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_gradebooks_share_one_engine_and_a_closed_one_holds_no_lock(tmp_path):
    out = run("""
        import sqlite3, sys
        from nbgrader.api import Gradebook
        from grader.cohort import speedups
        speedups.apply()
        url = f"sqlite:///{sys.argv[1]}"
        first = Gradebook(url)
        first.add_student("ana")
        first.close()
        second = Gradebook(url)
        same_engine = second.engine is first.engine
        students = [s.id for s in second.students]
        second.close()
        other = sqlite3.connect(sys.argv[1], timeout=0)
        other.execute("BEGIN IMMEDIATE")  # fails at once if a closed gradebook still held a lock
        other.rollback()
        print(same_engine, students)
    """, str(tmp_path / "gradebook.db"))
    assert out == "True ['ana']"


def test_the_cached_validator_raises_what_jsonschema_raises():
    out = run("""
        import jsonschema
        from grader.cohort.speedups import CachedJsonschema
        schema = {"type": "object", "properties": {"points": {"type": "number"}}}
        CachedJsonschema.validate({"points": 2}, schema)
        try:
            CachedJsonschema.validate({"points": "two"}, schema)
        except jsonschema.ValidationError as error:
            print(error.message)
    """)
    assert out == "'two' is not of type 'number'"
