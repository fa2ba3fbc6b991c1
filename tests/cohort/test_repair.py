"""Damaged but repairable notebooks are graded, and the summary says what was repaired.

Each damaged notebook holds the same full answers as an undamaged one, so each must score
what the undamaged one scores; only a file with no answer cells at all is not graded.
"""

from __future__ import annotations

import copy
import json

import nbformat
import pytest

from grader.cohort.grading import grade_cohort, summary_lines
from grader.cohort.repair import NoAnswers, repair
from tests.support.hostile import HONEST, answered, new_cohort
from tests.support.submissions import place


def cell_with(notebook, grade_id):
    return next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def damaged(good: nbformat.NotebookNode) -> dict[str, dict]:
    """Learner: (the notebook, or its raw text)."""
    found: dict[str, dict] = {"undamaged": {"notebook": good}}
    found["format-3"] = {"raw": nbformat.writes(nbformat.convert(copy.deepcopy(good), 3), version=3)}
    mislabelled = json.loads(nbformat.writes(good))
    mislabelled["nbformat"] = 3
    found["format-4-labeled-3"] = {"raw": json.dumps(mislabelled)}
    extra = copy.deepcopy(good)
    test = cell_with(extra, "root_answer-test")
    copied = copy.deepcopy(test)
    copied.metadata.nbgrader["grade_id"], copied.id = "my-own-test", "copied1"
    copied.metadata.nbgrader["points"] = 50
    extra.cells.insert(extra.cells.index(test) + 1, copied)
    found["extra-grade-cell"] = {"notebook": extra}
    doubled = copy.deepcopy(good)
    test = cell_with(doubled, "spectrum-test")
    twin = copy.deepcopy(test)
    twin.id = "twin1"
    doubled.cells.insert(doubled.cells.index(test), twin)
    found["duplicated-grade-cell"] = {"notebook": doubled}
    renamed = copy.deepcopy(good)
    cell_with(renamed, "mechanism_answer-answer").metadata.nbgrader["grade_id"] = "my-mechanism"
    cell_with(renamed, "spectrum-test").metadata.nbgrader["grade_id"] = "spectrum-test-copy"
    found["renamed-grade-ids"] = {"notebook": renamed}
    found["no-answers"] = {"notebook": nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1)")])}
    return found


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    workspace, release = new_cohort(tmp_path_factory.mktemp("repair"))
    good = answered(release, HONEST["a-full"], "# my answers")
    for learner, what in damaged(good).items():
        place(workspace, learner, what.get("notebook"), raw=what.get("raw"), assignment="ex00", name="ex00.ipynb")
    summary = grade_cohort(workspace, "ex00", jobs=2)
    return summary, {o.student: o for o in summary.outcomes}, "\n".join(summary_lines(summary))


@pytest.mark.nbgrader
@pytest.mark.parametrize("learner", ["format-3", "format-4-labeled-3", "extra-grade-cell",
                                     "duplicated-grade-cell", "renamed-grade-ids"])
def test_a_repairable_notebook_scores_as_the_undamaged_one(graded, learner):
    _, outcomes, text = graded
    assert outcomes["undamaged"].score == 3 and outcomes["undamaged"].repairs == []
    assert outcomes[learner].status == "graded", outcomes[learner].reason
    assert outcomes[learner].score == outcomes["undamaged"].score
    assert outcomes[learner].repairs
    assert f"repaired    {learner}: " in text


@pytest.mark.nbgrader
def test_the_summary_says_in_plain_words_what_was_repaired(graded):
    _, _, text = graded
    assert "5 notebooks were damaged and repaired before grading" in text
    assert "repaired    format-3: upgraded from notebook format 3 to 4" in text
    assert "dropped grading cell 'my-own-test', which the exercise does not have" in text
    assert "dropped a second copy of grading cell 'spectrum-test'" in text
    assert "restored the name of grading cell 'mechanism_answer-answer' (it had been renamed 'my-mechanism')" in text
    assert "restored the name of grading cell 'spectrum-test' (it had been renamed 'spectrum-test-copy')" in text


@pytest.mark.nbgrader
def test_only_a_file_without_answers_is_not_graded_and_the_reason_says_what_to_do(graded):
    summary, outcomes, _ = graded
    assert [o.student for o in summary.failed] == ["no-answers"]
    assert "none of the exercise's answer cells" in outcomes["no-answers"].reason
    assert "submit it again" in outcomes["no-answers"].reason
    assert not outcomes["no-answers"].grader_side


def test_repair_restores_by_content_and_position_without_nbgrader():
    release = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("x = ...", metadata={"nbgrader": {"grade_id": "a", "solution": True}}),
        nbformat.v4.new_code_cell("check(x)", metadata={"nbgrader": {"grade_id": "a-test", "grade": True}}),
        nbformat.v4.new_code_cell("y = ...", metadata={"nbgrader": {"grade_id": "b", "solution": True}}),
    ])
    learner = copy.deepcopy(release)
    learner.cells[0].metadata.nbgrader["grade_id"] = "a-renamed"
    learner.cells[1].metadata.nbgrader["grade_id"] = "a-test-renamed"
    notebook, repairs = repair(nbformat.writes(learner), release)
    assert [c.metadata.nbgrader["grade_id"] for c in notebook.cells] == ["a", "a-test", "b"]
    assert len(repairs) == 2
    with pytest.raises(NoAnswers):
        repair(nbformat.writes(nbformat.v4.new_notebook()), release)
