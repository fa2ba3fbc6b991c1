"""A cohort of honest learners and one submission of each hostile class (``tests/support/attacks.py``),
graded as root or as a throwaway ordinary user: shared by the hostile-cohort tests in tests/cohort/."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pytest

from grader.course.syllabus import course_root
from tests.support import attacks
from tests.support.cohorts import released_workspace
from tests.support.hub.system import SystemUsers, all_pids, run_as
from tests.support.nbgrader_runs import readable_text
from tests.support.submissions import place

ROOT = course_root()
ASSIGNMENT = "ex00"
HONEST = {  # learner: answers (None: the blank release)
    "a-full": {"root_answer-answer": 'root_answer = "b"', "mechanism_answer-answer": 'mechanism_answer = "a"',
               "spectrum-answer": 'placements = {"X1": "Consult"}'},
    "c-partial": {"root_answer-answer": 'root_answer = "b"', "mechanism_answer-answer": 'mechanism_answer = "c"',
                  "spectrum-answer": 'placements = {"X1": "Inform"}'},
    "e-full": {"root_answer-answer": 'root_answer = "b"', "mechanism_answer-answer": 'mechanism_answer = "a"',
               "spectrum-answer": 'placements = {"X1": "Consult"}'},
    "g-blank": None,
}


def hostile_code(workspace: Path, token: str) -> dict[str, str]:
    """Learner: code run at the start of their first answer (names interleave with the honest)."""
    return {
        "b-kills-everything": attacks.kill_everything(),
        "d-reads-other-kernels": attacks.read_other_kernels(),
        "f-survives": attacks.survive(token),
        "h-reads-environment": attacks.READ_ENVIRONMENT,
        "i-undoes-mounts": attacks.undo_mounts(str(workspace)),
    }


def mark(learner: str, run: str) -> str:
    """A line only this learner's notebook holds: if it turns up anywhere else, it leaked."""
    return f"# private note of {learner} {run}"


def answered(release: nbformat.NotebookNode, answers: dict[str, str], note: str, before: str = "") -> nbformat.NotebookNode:
    notebook = nbformat.from_dict(nbformat.reads(nbformat.writes(release), as_version=4))
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = f"{note}\n{answers[grade_id]}"
        if grade_id == "root_answer-answer" and before:
            cell.source = before + "\n" + cell.source
    return notebook


def new_cohort(base: Path) -> tuple[Path, nbformat.NotebookNode]:
    workspace = released_workspace(base / "ws", ASSIGNMENT)
    return workspace, nbformat.read(workspace / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)


def place_honest(workspace: Path, release: nbformat.NotebookNode, learner: str, run: str) -> None:
    answers = HONEST[learner]
    notebook = release if answers is None else answered(release, answers, mark(learner, run))
    place(workspace, learner, notebook, assignment=ASSIGNMENT, name=f"{ASSIGNMENT}.ipynb")




def leftovers(marker: str, uid: int | None) -> list[str]:
    """Processes still alive from the run: the survivor's ``sleep``, anything started from the
    run's own temporary folder (fork server, keepers, kernels), or any process of ``uid``."""
    found = []
    for pid in all_pids():
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            owner = os.stat(f"/proc/{pid}").st_uid
        except OSError:
            continue
        if marker in cmdline or (uid is not None and owner == uid):
            found.append(f"{pid} (uid {owner}): {cmdline[:120]}")
    return found


def wait_for_no_leftovers(marker: str, uid: int | None, seconds: float = 10.0) -> list[str]:
    """The run's processes take a moment to exit after ``grade`` returns; a survivor never does."""
    deadline = time.monotonic() + seconds
    while (found := leftovers(marker, uid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return found


def grading_unavailable() -> str | None:
    if os.geteuid() != 0:
        return "these tests grade as root and as a throwaway system user; run them as root (as CI does)"
    if shutil.which("useradd") is None or shutil.which("runuser") is None:
        return "the ordinary-user runs need useradd and runuser (Debian packages passwd, util-linux)"
    return None


@contextmanager
def graded_as(mode: str, tmp_path_factory, submissions, *, feedback: bool = True, args: tuple[str, ...] = (),
              wrap: list[str] | None = None):
    """Make a cohort of ex00, let ``submissions(workspace, release, run, token)`` place the
    learners' work, and grade it with the CLI as root or as a new throwaway user, with trainer
    secrets in the environment; ``wrap`` goes before the command (to take something away from
    it). Yields what happened; removes the user afterwards."""
    if why := grading_unavailable():
        pytest.skip(why)
    run = uuid.uuid4().hex[:10]
    secrets = {"SECRET_TEST_TOKEN": f"secret-{uuid.uuid4().hex}", "JUPYTERHUB_API_TOKEN": f"hubtoken-{uuid.uuid4().hex}"}
    token = f"{int(time.time()) % 100000 + 100000}.{os.getpid()}"  # the survivor's `sleep` argument
    users = SystemUsers(f"eqhub-g{run[:6]}-")
    shared = temporary = None
    try:
        if mode == "user":
            from tests.support.hub.shared_env import SharedPython

            user = users.create("t")
            home = Path(pwd.getpwnam(user).pw_dir)
            base = home / "cohort"
            base.mkdir()
            uid = pwd.getpwnam(user).pw_uid
        else:
            base, user, uid = tmp_path_factory.mktemp("hostile-as-root"), None, None
        workspace, release = new_cohort(base)
        submissions(workspace, release, run, token)
        temporary = Path(tempfile.mkdtemp(prefix="eqhub-tmp-", dir="/tmp"))  # kernels run as nobody must reach it
        os.chmod(temporary, 0o1777)
        command = [*(wrap or []), str(Path(sys.executable).parent / "equity-course"), "cohort", "grade", "00", *args]
        if user is not None:
            subprocess.run(["chown", "-R", f"{user}:{user}", str(base)], check=True)
            shared = SharedPython().start()
            done = run_as(user, command, cwd=workspace, prefix=shared.prefix,
                          env={**secrets, "LANG": "C.UTF-8", "TMPDIR": str(temporary)})
        else:
            done = subprocess.run(command, cwd=workspace, capture_output=True, text=True, timeout=600,
                                  env={**os.environ, **secrets, "TMPDIR": str(temporary)})
        left = wait_for_no_leftovers(str(temporary), uid) + leftovers(token, None)
        written = None
        if feedback:
            written = subprocess.run(
                [str(Path(sys.executable).parent / "equity-course"), "cohort", "feedback", "00", "--no-release"],
                cwd=workspace, capture_output=True, text=True, timeout=600, env={**os.environ, **secrets})
        yield {"mode": mode, "workspace": workspace, "done": done, "run": run, "secrets": secrets,
               "left": left, "feedback": written, "token": token, "user": user}
    finally:
        if shared is not None:
            shared.stop()
        for line in leftovers(token, None):
            try:
                os.kill(int(line.split()[0]), 9)
            except OSError:
                pass
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
        problems = users.remove()
        assert not problems, problems




def graded_text(run, learner: str) -> str:
    path = run["workspace"] / "autograded" / learner / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    return readable_text(path) if path.exists() else ""


def every_output(run) -> dict[str, str]:
    """Every graded notebook and feedback page, by path."""
    workspace = run["workspace"]
    found = {}
    for path in [*workspace.glob("autograded/*/*/*.ipynb"), *workspace.glob("feedback/*/*/*.html")]:
        found[str(path.relative_to(workspace))] = readable_text(path)
    return found
