"""Where the machine cannot give namespaces, ``grade`` runs no learner code unless told to.

Unavailability is made for real, as container platforms make it: as root, the command runs
without ``CAP_SYS_ADMIN`` (``setpriv``, as Docker's default capabilities); as an ordinary
user, it runs in a user namespace that allows no user namespace inside it
(``max_user_namespaces`` 0, as hardened hosts set ``user.max_user_namespaces``).
"""

from __future__ import annotations

import json

import pytest

from grader.cohort.sandbox import UNCONFINED_FLAG
from tests.support.hostile import ASSIGNMENT, HONEST, answered, graded_as, mark
from tests.support.submissions import place

pytestmark = pytest.mark.nbgrader

NO_USER_NAMESPACES = """
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
uid, gid = os.getuid(), os.getgid()
if libc.unshare(0x10000000) != 0:
    sys.exit("cannot make the test's user namespace: " + os.strerror(ctypes.get_errno()))
for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
    with open(f"/proc/self/{name}", "w") as handle:
        handle.write(text)
with open("/proc/sys/user/max_user_namespaces", "w") as handle:
    handle.write("0")
os.execv(sys.argv[1], sys.argv[1:])  # as an ordinary user again: no capability survives exec
"""


def without_namespaces(mode: str) -> list[str]:
    import sys

    if mode == "root":
        return ["setpriv", "--bounding-set=-sys_admin", "--inh-caps=-sys_admin"]
    return [sys.executable, "-c", NO_USER_NAMESPACES]


def one_learner(workspace, release, run, token):
    place(workspace, "ana", answered(release, HONEST["a-full"], mark("ana", run)),
          assignment=ASSIGNMENT, name=f"{ASSIGNMENT}.ipynb")


@pytest.mark.parametrize("mode", ["root", "user"], ids=["as-root", "as-ordinary-user"])
def test_grade_stops_before_the_first_kernel_and_says_what_to_do(mode, tmp_path_factory):
    with graded_as(mode, tmp_path_factory, one_learner, feedback=False, wrap=without_namespaces(mode)) as run:
        done, workspace = run["done"], run["workspace"]
        assert done.returncode == 2, done.stdout[-2000:] + done.stderr[-2000:]
        assert "Grading stopped before running any learner's code" in done.stderr
        assert "namespaces unavailable" in done.stderr and UNCONFINED_FLAG in done.stderr
        assert "course/hub/README.md" in done.stderr
        assert not list(workspace.glob("autograded/*/*/*.ipynb"))
        assert not (workspace / ".equity-course" / "grading" / ASSIGNMENT).exists()  # nothing recorded


@pytest.mark.parametrize("mode", ["root", "user"], ids=["as-root", "as-ordinary-user"])
def test_the_trainer_can_accept_the_risk_and_the_summary_says_so(mode, tmp_path_factory):
    with graded_as(mode, tmp_path_factory, one_learner, feedback=False, wrap=without_namespaces(mode),
                   args=(UNCONFINED_FLAG,)) as run:
        done, workspace = run["done"], run["workspace"]
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        assert "1 graded" in done.stdout
        assert f"WARNING: kernels ran WITHOUT namespaces, because {UNCONFINED_FLAG} was given" in done.stdout
        assert "NO namespaces" in done.stdout and "own PID namespace" not in done.stdout
        ledger = json.loads((workspace / ".equity-course" / "grading" / ASSIGNMENT / "ana.json").read_text())
        assert ledger["score"] == 3


def test_where_namespaces_work_no_warning_is_printed(tmp_path_factory):
    with graded_as("root", tmp_path_factory, one_learner, feedback=False) as run:
        assert run["done"].returncode == 0, run["done"].stderr[-2000:]
        assert "WARNING" not in run["done"].stdout and "own PID namespace" in run["done"].stdout
