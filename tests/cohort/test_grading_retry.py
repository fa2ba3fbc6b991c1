"""A failure on the grader's side is not a verdict: the next ``grade`` tries again.

The fork server is replaced by one that says it is ready and then exits, as a fork server
killed mid-run (out of memory, a trainer's stray ``kill``) would leave things: the socket
is there, nobody answers. Every submission then fails through no fault of its learner.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from grader.cohort import forkserver
from grader.cohort.grading import grade_cohort, grader_side, read_ledger, summary_lines
from tests.support.hostile import new_cohort, place_honest

pytestmark = pytest.mark.nbgrader

GONE = """
import socket, sys
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind(sys.argv[1])
print("ready", flush=True)
"""


def test_a_gone_fork_server_leaves_submissions_to_be_graded_next_time(tmp_path, monkeypatch):
    workspace, release = new_cohort(tmp_path)
    learners = ["a-full", "c-partial"]
    for learner in learners:
        place_honest(workspace, release, learner, "retry")

    def launch_gone(self):
        self.process = subprocess.Popen([sys.executable, "-c", GONE, self.socket_path],
                                        stdout=subprocess.PIPE, text=True)
        return self

    with monkeypatch.context() as patched:
        patched.setattr(forkserver.ForkServer, "launch", launch_gone)
        first = grade_cohort(workspace, "ex00", jobs=2)
    assert [o.student for o in first.to_retry] == learners, first.outcomes
    assert all("fork server is gone" in o.reason for o in first.to_retry)
    text = "\n".join(summary_lines(first))
    assert "through no fault of the learner (2): a-full, c-partial" in text
    assert "Run the same grade command again" in text
    assert read_ledger(workspace, "ex00", "a-full")["grader_side"] is True

    second = grade_cohort(workspace, "ex00", jobs=2)  # no --force
    assert {o.student: o.status for o in second.outcomes} == {"a-full": "graded", "c-partial": "graded"}
    assert second.to_retry == []
    assert {o.student: o.score for o in second.outcomes}["a-full"] == 3

    third = grade_cohort(workspace, "ex00", jobs=2)
    assert [o.seconds for o in third.outcomes] == [o.seconds for o in second.outcomes]  # kept, not regraded


def test_a_failure_of_the_learners_own_making_stays_final(tmp_path):
    workspace, release = new_cohort(tmp_path)
    place_honest(workspace, release, "a-full", "retry")
    (workspace / "submitted" / "a-full" / "ex00" / "ex00.ipynb").write_text("{broken")
    first = grade_cohort(workspace, "ex00", jobs=1)
    assert first.failed and not first.to_retry
    assert read_ledger(workspace, "ex00", "a-full")["grader_side"] is False


@pytest.mark.parametrize("message,expected", [
    ("Kernel died before replying to kernel_info", True),
    ("Kernel didn't respond in 60 seconds", True),
    ("my bug", False),
])
def test_which_errors_are_the_graders(message, expected):
    assert grader_side(RuntimeError(message)) is expected
    assert grader_side(forkserver.ForkServerError("the fork server is gone")) is True
    assert grader_side(ValueError("Kernel died before replying to kernel_info")) is False
