"""Can any submission break a cohort's grading, or score more by tampering?

One cohort of exercise 01 holds honest, blank and solved submissions and about thirty
hostile ones. It is graded once, in parallel, with a short cell timeout. Every
submission must end graded or with a named reason; no tampering may score above the
same answers submitted honestly; the grader's files, the gradebook and other learners'
work must come through untouched; feedback must leak nothing.
"""

from __future__ import annotations

import hashlib
import json
import socket
import sqlite3
import threading
from pathlib import Path

import nbformat
import pytest

from grader.cohort.grading import grade_cohort, summary_lines
from grader.cohort.secrets import leaks, secret_lines
from grader.course.syllabus import course_root
from tests.support.cohorts import released_workspace
from tests.support.nbgrader_runs import nbgrader, readable_text
from tests.support.submissions import HONEST, answered, honest_points, place, solved

pytestmark = pytest.mark.nbgrader
ROOT = course_root()
PROTECTED = [ROOT / "grader" / "checks" / "registry.py", ROOT / "exercises" / "ex01" / "ex01.ipynb"]

TAMPER = {
    "patch-check-module": (
        "import grader.checks, grader.checks.registry\n"
        "grader.checks.points = lambda *a, **k: 99.0\n"
        "grader.checks.registry.points = lambda *a, **k: 99.0\n"
        "grader.checks.registry.score = lambda *a, **k: 99.0\n"
        "grader.checks.registry._score = lambda *a, **k: 99.0"
    ),
    "redefine-names": "def points(*a, **k):\n    return 99.0\ndef check(*a, **k):\n    return 99.0",
    "forge-display": (
        "get_ipython().display_formatter.formatters['text/plain'].for_type(float, lambda v, p, c: p.text('99.0'))"
    ),
    "forge-evidence": (
        "from grader.checks.evidence import MIME\n"
        "def _forge(result):\n"
        "    get_ipython().display_pub.publish(data={MIME: {'check_id': 'ex01.spectrum', 'answer': "
        "{'__dict__': [['E1', 'Ignore'], ['E2', 'Ignore']]}}}, metadata={})\n"
        "get_ipython().events.register('post_run_cell', _forge)"
    ),
    "patch-assert-helpers": (
        "import builtins\n_real_float = float\n"
        "builtins.float = lambda *a: 99.0\n"
        "import grader.checks.feedback as fb\nfb.Feedback.passed = property(lambda self: True)"
    ),
    "sys-exit": "import sys\nsys.exit(3)",
    "stderr-noise": "import sys\nprint('noise', file=sys.stderr)",
}

HOSTILE_CELLS = {
    # spectrum answers never arrive: the cell loops forever
    "infinite-loop": ({"spectrum-answer": "while True:\n    pass"}, "spectrum-answer"),
    "ignores-interrupt": ({"spectrum-answer": "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass"}, "spectrum-answer"),
    "huge-output": ({"spectrum-answer": "for i in range(3_000_000):\n    print('spam', i)\n" + HONEST["spectrum-answer"]}, "spectrum-answer"),
    "memory-hog": ({"spectrum-answer": "hog = bytearray(6 * 1024**3)\n" + HONEST["spectrum-answer"]}, "spectrum-answer"),
    "os-exit": ({"ranking-answer": "import os\nos._exit(1)"}, "ranking-answer"),
    "kernel-crash": ({"ranking-answer": "import ctypes\nctypes.string_at(0)"}, "ranking-answer"),
    "raises": ({"ranking-answer": "raise RuntimeError('my bug')"}, "ranking-answer"),
}


def _try_all(paths: list[str], action: str) -> str:
    lines = [f"for p in {paths!r}:", "    try:", f"        {action}", "        print('REACHED', p)",
             "    except Exception as e:", "        print('BLOCKED', p, type(e).__name__)"]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    workspace = released_workspace(base / "ws", "ex01")
    release = nbformat.read(workspace / "release" / "ex01" / "ex01.ipynb", as_version=4)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    connections: list[object] = []

    def accept() -> None:
        while not stop.is_set():
            try:
                connections.append(listener.accept())
            except OSError:
                continue

    stop = threading.Event()
    threading.Thread(target=accept, daemon=True).start()

    place(workspace, "honest", answered(release, HONEST))
    place(workspace, "blank", release)
    place(workspace, "solution", solved(release, ROOT / "exercises" / "ex01" / "ex01.ipynb"))
    for name, code in TAMPER.items():
        place(workspace, name, answered(release, HONEST, before=code))
    for name, (cells, _) in HOSTILE_CELLS.items():
        place(workspace, name, answered(release, {**HONEST, **cells}))
    secret_paths = [str(workspace / "gradebook.db"), str(workspace / "source" / "ex01" / "ex01.ipynb"),
                    str(workspace / "submitted" / "honest" / "ex01" / "ex01.ipynb"),
                    str(ROOT / "exercises" / "ex01" / "ex01.ipynb"), str(ROOT / "tests" / "answer_keys.py"),
                    str(Path.home() / ".bash_history")]
    place(workspace, "reads-secrets", answered(release, HONEST, before=_try_all(secret_paths, "print(len(open(p, 'rb').read()))")))
    place(workspace, "writes-outside", answered(release, HONEST, before=_try_all(
        [str(p) for p in PROTECTED] + [str(workspace / "gradebook.db")], "open(p, 'a').write('# tampered')")))
    place(workspace, "deletes-outside", answered(release, HONEST, before=_try_all(
        [str(workspace / "gradebook.db"), str(workspace / "submitted" / "honest" / "ex01" / "ex01.ipynb")],
        "__import__('os').remove(p)")))
    place(workspace, "network", answered(release, HONEST, before=(
        f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
        "    print('REACHED network')\nexcept Exception as e:\n    print('BLOCKED network', type(e).__name__)")))
    place(workspace, "captures-hidden-tests", answered(
        release, {**HONEST, "plan-answer": "print('\\n'.join(CAUGHT))\n" + HONEST["plan-answer"]},
        before="CAUGHT = []\nget_ipython().events.register('pre_run_cell', lambda info: CAUGHT.append(info.raw_cell))"))
    place(workspace, "html-injection", answered(release, HONEST, before=(
        "from IPython.display import HTML, display\n"
        "display(HTML(\"<script>alert('owned')</script><b id='injected'>x</b>\"))")))
    # notebooks that are not what they should be
    place(workspace, "corrupt-json", raw='{"cells": [ this is not json')
    place(workspace, "not-a-notebook", raw='{"hello": "world"}')
    old = answered(release, HONEST)
    old.nbformat_minor = 0
    for cell in old.cells:
        cell.pop("id", None)
    place(workspace, "older-format", old)
    edited = answered(release, HONEST)
    for cell in edited.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "spectrum-test":
            cell.source = "99.0"
            cell.metadata["nbgrader"]["points"] = 100
    place(workspace, "edited-test-cell", edited)
    deleted = answered(release, HONEST)
    deleted.cells = [c for c in deleted.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "spectrum-test"]
    place(workspace, "deleted-test-cell", deleted)
    doubled = answered(release, HONEST)
    test_cell = next(c for c in doubled.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "ranking-test")
    doubled.cells.insert(doubled.cells.index(test_cell), nbformat.from_dict(json.loads(json.dumps(test_cell))))
    place(workspace, "duplicated-test-cell", doubled)
    unlocked = answered(release, HONEST)
    for cell in unlocked.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "setup":
            cell.source = "from grader import check\npoints = lambda *a, **k: 99.0"
    place(workspace, "edited-read-only-cell", unlocked)
    place(workspace, "empty-folder")
    place(workspace, "wrong-file-name", answered(release, HONEST), name="Ex01 (1).ipynb")
    linked = place(workspace, "links-gradebook", answered(release, HONEST))
    (linked / "gradebook-copy.db").symlink_to(workspace / "gradebook.db")

    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in PROTECTED}
    honest_file = (workspace / "submitted" / "honest" / "ex01" / "ex01.ipynb").read_bytes()
    summary = grade_cohort(workspace, "ex01", jobs=2, timeout=5)
    stop.set()
    listener.close()
    print("\n".join(summary_lines(summary)))
    return {
        "workspace": workspace, "summary": summary, "outcomes": {o.student: o for o in summary.outcomes},
        "before": before, "honest_file": honest_file, "connections": connections,
    }


def outcome(cohort, student):
    return cohort["outcomes"][student]


def autograded_text(cohort, student) -> str:
    return readable_text(cohort["workspace"] / "autograded" / student / "ex01" / "ex01.ipynb")


def test_the_suite_has_at_least_25_hostile_submissions(cohort):
    assert len(cohort["outcomes"]) - 3 >= 25


def test_every_submission_ends_graded_or_with_a_named_reason(cohort):
    for student, result in cohort["outcomes"].items():
        assert result.status in ("graded", "failed"), student
        if result.status == "failed":
            assert len(result.reason) > 15, (student, result.reason)


def test_honest_blank_and_solved_score_as_the_checks_say(cohort):
    assert outcome(cohort, "honest").score == pytest.approx(honest_points())
    assert outcome(cohort, "blank").score == 0
    assert outcome(cohort, "solution").score == 12  # every automatic point (the manual 5 wait for the trainer)


@pytest.mark.parametrize("student", sorted(TAMPER) + ["edited-test-cell", "edited-read-only-cell",
                                                     "duplicated-test-cell", "deleted-test-cell",
                                                     "reads-secrets", "writes-outside", "deletes-outside",
                                                     "network", "captures-hidden-tests", "html-injection",
                                                     "older-format"])
def test_tampering_never_scores_above_the_same_answers_given_honestly(cohort, student):
    result = outcome(cohort, student)
    assert result.status == "graded", result.reason
    assert result.score <= honest_points() + 1e-9


@pytest.mark.parametrize("student", ["redefine-names", "forge-display", "edited-test-cell",
                                     "edited-read-only-cell"])
def test_tampering_with_the_checks_changes_nothing(cohort, student):
    assert outcome(cohort, student).score == pytest.approx(honest_points())


@pytest.mark.parametrize("student", sorted(HOSTILE_CELLS))
def test_runaway_or_crashing_code_is_graded_not_fatal(cohort, student):
    result = outcome(cohort, student)
    assert result.status == "graded", result.reason
    assert result.score < honest_points() or student in ("huge-output", "memory-hog")


def test_a_kernel_that_ignores_interrupts_is_stopped_and_named(cohort):
    result = outcome(cohort, "ignores-interrupt")
    assert result.score == 0
    assert any("did not stop when interrupted" in note or "still busy" in note for note in result.notes)


def test_a_kernel_that_dies_is_named_and_later_cells_earn_nothing(cohort):
    for student in ("os-exit", "kernel-crash"):
        result = outcome(cohort, student)
        assert any("kernel stopped" in note for note in result.notes), result.notes
        assert result.score < honest_points()


def test_huge_output_is_cut_off(cohort):
    path = cohort["workspace"] / "autograded" / "huge-output" / "ex01" / "ex01.ipynb"
    assert path.stat().st_size < 4_000_000


@pytest.mark.parametrize("student,reason", [
    ("corrupt-json", "not valid JSON"), ("empty-folder", "no notebook"),
    ("wrong-file-name", "wrong file name"), ("links-gradebook", "links"),
])
def test_unusable_submissions_get_a_named_reason(cohort, student, reason):
    result = outcome(cohort, student)
    assert result.status == "failed"
    assert reason in result.reason


def printed(cohort, student, word: str) -> list[str]:
    return [line for line in autograded_text(cohort, student).splitlines() if line.startswith(word)]


def test_patching_the_check_functions_leaves_no_evidence_and_earns_nothing(cohort):
    result = outcome(cohort, "patch-check-module")
    assert result.score == 0
    assert any("no answer evidence" in note for note in result.notes)


def test_a_kernel_cannot_read_the_gradebook_sources_or_other_learners(cohort):
    assert printed(cohort, "reads-secrets", "REACHED") == []
    assert len(printed(cohort, "reads-secrets", "BLOCKED")) == 6


def test_a_kernel_cannot_change_or_delete_anything_outside_its_folder(cohort):
    for path, digest in cohort["before"].items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, path
    honest = cohort["workspace"] / "submitted" / "honest" / "ex01" / "ex01.ipynb"
    assert honest.read_bytes() == cohort["honest_file"]
    for student in ("writes-outside", "deletes-outside"):
        assert printed(cohort, student, "REACHED") == []
        assert printed(cohort, student, "BLOCKED")


def test_the_gradebook_passes_sqlites_integrity_check(cohort):
    with sqlite3.connect(cohort["workspace"] / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_kernel_has_no_network(cohort):
    assert "BLOCKED network" in autograded_text(cohort, "network")
    assert cohort["connections"] == []


def test_the_summary_says_how_kernels_were_confined(cohort):
    assert any("no network" in layer for layer in cohort["summary"].confinement)


def test_feedback_leaks_no_hidden_test_solution_or_live_html(cohort):
    workspace = cohort["workspace"]
    nbgrader(workspace, "generate_feedback", "ex01", "--force")
    secrets = secret_lines(nbformat.read(ROOT / "exercises" / "ex01" / "ex01.ipynb", as_version=4))
    assert "points(\"ex01.spectrum\", placements)" in secrets
    raw = autograded_text(cohort, "captures-hidden-tests")
    assert leaks(secrets, raw), "the hostile submission should have caught hidden test lines"
    for page in (workspace / "feedback").glob("*/ex01/*.html"):
        text = page.read_text(encoding="utf-8")
        assert not leaks(secrets, text.replace("&quot;", '"').replace("&#34;", '"')), page
        assert "BEGIN HIDDEN TESTS" not in text
        assert "<script>alert" not in text and "<b id='injected'>" not in text and '<b id="injected">' not in text
