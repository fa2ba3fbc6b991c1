"""Does every answer survive the trip out of the kernel with the same score?

The cohort grader re-scores each test cell from the evidence ``points()`` publishes, so an
answer's plain-data copy must score exactly as the answer itself. This runs every
exercise's solution and checks each graded answer, and some awkward shapes besides.
"""

from __future__ import annotations

import json
import re
import sys

import nbformat
import numpy as np
import pandas as pd
import pytest

from grader.checks.evidence import decode, encode
from grader.checks.registry import score
from grader.course.syllabus import course_root, load_syllabus

MODULES = load_syllabus().modules
POINTS = re.compile(r"""points\(\s*["']([\w.]+)["']\s*,\s*(.+)\)\s*$""", re.M)
MARKERS = re.compile(r"^\s*### (BEGIN|END) (SOLUTION|HIDDEN TESTS)\s*$", re.M)


def round_trip(value):
    return decode(json.loads(json.dumps(encode(value))))


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_every_solution_answer_scores_the_same_after_the_round_trip(module, tmp_path, monkeypatch):
    from IPython.core.interactiveshell import InteractiveShell

    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])  # IPython swaps in its own
    shell = InteractiveShell.instance()
    shell.reset(new_session=False)
    checked = 0
    for cell in nbformat.read(course_root() / module.exercise_notebook, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        source = MARKERS.sub("", cell.source)
        for check_id, expression in POINTS.findall(source):
            answer = shell.ev(expression)
            assert score(check_id, round_trip(answer)) == score(check_id, answer), check_id
            checked += 1
        result = shell.run_cell(source, store_history=False)
        assert result.success, result.error_in_exec or result.error_before_exec
    assert checked >= 1


def test_a_table_keeps_its_index_levels_and_names():
    frame = pd.DataFrame({"a": [1, None], "b": ["x", "y"]},
                         index=pd.MultiIndex.from_tuples([("E", 1), ("W", 2)], names=["area", "n"]))
    back = round_trip(frame)
    assert back.index.names == ["area", "n"] and list(back.index) == [("E", 1), ("W", 2)]
    assert back["a"].isna().tolist() == [False, True] and back.loc[("E", 1), "b"] == "x"


def test_plain_values_and_numpy_scalars_come_back_as_python_values():
    assert round_trip({"x": np.int64(3), 2: [1.5, float("inf")], "e": ...}) == {"x": 3, 2: [1.5, float("inf")], "e": ...}


def test_an_unknown_object_comes_back_as_something_no_check_accepts():
    class Strange:
        pass

    assert score("01.spectrum", round_trip(Strange())) == 0.0


def test_a_huge_answer_is_refused_not_copied():
    from grader.checks.evidence import EvidenceError

    with pytest.raises(EvidenceError):
        encode(list(range(200_000)))


def test_course_answer_types_decode_in_a_fresh_process():
    """The grader decodes evidence before any check was looked up in that process."""
    import subprocess
    import sys

    from grader.domain.one_to_one import OneToOnePlan

    payload = json.dumps(encode(OneToOnePlan(partner="Ana", minutes=40)))
    code = ("import json, sys\nfrom grader.cohort.rescore import trusted_points\n"
            "print(trusted_points('ex01.one_to_one', {'ex01.one_to_one': json.loads(sys.argv[1])}))")
    done = subprocess.run([sys.executable, "-c", code, payload], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "unreadable" not in done.stdout and done.stdout.startswith("(")
