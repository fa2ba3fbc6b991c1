"""One hostile learner against a whole cohort: can their code reach anything outside its kernel?

A cohort of exercise 00 holds honest learners and one submission of each hostile class
(``tests/cohort/attacks.py``): a detached process that kills every process it can, a
snoop that reads other kernels through ``/proc/PID/root`` and ``/proc/PID/cwd``, a
double-forked survivor, a reader of the environment and of its own memory, and an attempt
to undo the mounts that hide the workspace. It is graded with ``equity-course cohort
grade``, once as root and once as an ordinary user (a throwaway system account, as on a
hub), with trainer secrets in the environment. Every honest learner must get exactly the
score they get when graded alone, nothing may outlive the run, and no other learner's
answers and no trainer variable may appear in any graded notebook or feedback page.
"""

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

from grader.cohort.grading import grade_cohort
from grader.cohort.workspace import create_workspace
from grader.syllabus import course_root
from tests.cohort import attacks
from tests.hub.system import SystemUsers, all_pids, run_as
from tests.nbgrader_runs import nbgrader, readable_text, with_solutions
from tests.submissions import place

pytestmark = pytest.mark.nbgrader
ROOT = course_root()
ASSIGNMENT = "ex00"
HONEST = {  # learner: answers (None: the blank release)
    "a-full": {"root_answer-answer": 'root_answer = "a"', "mechanism_answer-answer": 'mechanism_answer = "c"',
               "spectrum-answer": 'placements = {"X1": "Consult"}'},
    "c-partial": {"root_answer-answer": 'root_answer = "a"', "mechanism_answer-answer": 'mechanism_answer = "b"',
                  "spectrum-answer": 'placements = {"X1": "Inform"}'},
    "e-full": {"root_answer-answer": 'root_answer = "a"', "mechanism_answer-answer": 'mechanism_answer = "c"',
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
    workspace = create_workspace(base / "ws", assignments=[ASSIGNMENT])
    nbgrader(workspace, "generate_assignment", ASSIGNMENT, "--force")
    return workspace, nbformat.read(workspace / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)


def place_honest(workspace: Path, release: nbformat.NotebookNode, learner: str, run: str) -> None:
    answers = HONEST[learner]
    notebook = release if answers is None else answered(release, answers, mark(learner, run))
    place(workspace, learner, notebook, assignment=ASSIGNMENT, name=f"{ASSIGNMENT}.ipynb")


@pytest.fixture(scope="session")
def alone_scores(tmp_path_factory) -> dict[str, float]:
    """Each honest learner graded alone: the only submission in the run."""
    workspace, release = new_cohort(tmp_path_factory.mktemp("alone"))
    scores = {}
    for learner in HONEST:
        place_honest(workspace, release, learner, "alone")
        summary = grade_cohort(workspace, ASSIGNMENT, jobs=1)
        graded = [o for o in summary.outcomes if o.student == learner and o.status == "graded"]
        assert graded and summary.count("graded") == len(scores) + 1, summary.outcomes
        scores[learner] = graded[0].score
    assert scores["a-full"] == 3 and scores["g-blank"] == 0 and 0 < scores["c-partial"] < 3
    return scores


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
            from tests.hub.shared_env import SharedPython

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


@pytest.fixture(scope="module", params=["root", "user"], ids=["as-root", "as-ordinary-user"])
def hostile_run(request, tmp_path_factory, alone_scores):
    def submissions(workspace: Path, release: nbformat.NotebookNode, run: str, token: str) -> None:
        for learner in HONEST:
            place_honest(workspace, release, learner, run)
        for learner, code in hostile_code(workspace, token).items():
            notebook = answered(release, HONEST["a-full"], mark(learner, run), before=code)
            place(workspace, learner, notebook, assignment=ASSIGNMENT, name=f"{ASSIGNMENT}.ipynb")

    with graded_as(request.param, tmp_path_factory, submissions) as run:
        run["alone"] = alone_scores
        yield run


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


def test_grade_exits_zero_and_names_the_pid_namespace(hostile_run):
    done = hostile_run["done"]
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "own PID namespace" in done.stdout, done.stdout[-2000:]
    assert "9 graded, 0 could not be graded" in done.stdout, done.stdout[-3000:]


def test_every_honest_learner_scores_as_when_graded_alone(hostile_run):
    done = hostile_run["done"]
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{hostile_run['workspace'] / 'gradebook.db'}") as gradebook:
        for learner, alone in hostile_run["alone"].items():
            score = gradebook.find_submission(ASSIGNMENT, learner).score
            assert score == alone, (learner, score, alone, done.stdout[-2000:])


def test_the_killer_reached_no_process_outside_its_own_kernel(hostile_run):
    text = graded_text(hostile_run, "b-kills-everything")
    assert text, hostile_run["done"].stdout[-2000:]
    assert "stopped" not in text  # its own kernel lived on to answer


def test_no_kernel_reads_another_through_proc(hostile_run):
    text = graded_text(hostile_run, "d-reads-other-kernels")
    assert "snooped 0 files" in text, [line for line in text.splitlines() if "REACHED" in line][:5]


def test_nothing_outlives_the_run(hostile_run):
    assert hostile_run["left"] == []


def test_no_learner_sees_another_learners_answers(hostile_run):
    learners = [*HONEST, *hostile_code(hostile_run["workspace"], "0")]
    for path, text in every_output(hostile_run).items():
        owner = Path(path).parts[1]
        for other in learners:
            if other != owner:
                assert mark(other, hostile_run["run"]) not in text, (path, other)


def test_no_trainer_variable_reaches_any_output(hostile_run):
    text = graded_text(hostile_run, "h-reads-environment")
    assert "MEMORY scanned" in text and "ENVIRON" in text, text[-2000:]
    for path, output in every_output(hostile_run).items():
        for name, value in hostile_run["secrets"].items():
            assert value not in output, (path, name)


def test_the_hidden_workspace_cannot_be_brought_back(hostile_run):
    text = graded_text(hostile_run, "i-undoes-mounts")
    reached = [line for line in text.splitlines() if line.startswith("REACHED")]
    assert reached == [], reached
    assert "BLOCKED after umount" in text and "BLOCKED mount --bind" in text, text[-3000:]


def test_feedback_is_written_for_everyone(hostile_run):
    assert hostile_run["feedback"].returncode == 0, hostile_run["feedback"].stderr[-2000:]
    assert len(list(hostile_run["workspace"].glob("feedback/*/*/*.html"))) == 9
