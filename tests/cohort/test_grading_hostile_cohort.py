"""One hostile learner against a whole cohort: can their code reach anything outside its kernel?

A cohort of exercise 00 holds honest learners and one submission of each hostile class
(``tests/support/attacks.py``): a detached process that kills every process it can, a
snoop that reads other kernels through ``/proc/PID/root`` and ``/proc/PID/cwd``, a
double-forked survivor, a reader of the environment and of its own memory, and an attempt
to undo the mounts that hide the workspace. It is graded with ``equity-course cohort
grade``, once as root and once as an ordinary user (a throwaway system account, as on a
hub), with trainer secrets in the environment. Every honest learner must get exactly the
score they get when graded alone, nothing may outlive the run, and no other learner's
answers and no trainer variable may appear in any graded notebook or feedback page.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from grader.cohort.grading import grade_cohort
from tests.support.hostile import (
    ASSIGNMENT,
    HONEST,
    answered,
    every_output,
    graded_as,
    graded_text,
    hostile_code,
    mark,
    new_cohort,
    place_honest,
)
from tests.support.submissions import place

pytestmark = pytest.mark.nbgrader


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
