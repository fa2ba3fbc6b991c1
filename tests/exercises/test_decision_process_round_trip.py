"""Does a design saved with the DecisionProcessRedesigner in a learner's released ex03 folder travel
with the submission and earn, in nbgrader's gradebook, exactly the score the check gives?"""

from __future__ import annotations

import pytest
from nbgrader.api import Gradebook

from grader.checks import points
from grader.domain.decision_process import DESIGN_FILE, ProcessDesign
from grader.learner.store import LearnerStore
from grader.widgets.decision_process import DecisionProcessRedesigner
from tests.support.keys_03 import REDESIGNS
from tests.support.nbgrader_runs import nbgrader, released_to_a_learner, scores, trainer_step

pytestmark = pytest.mark.nbgrader


def test_a_design_saved_with_the_builder_is_graded_from_the_submission(tmp_path):
    workspace, released = released_to_a_learner(tmp_path, "ex03")
    learner = released.parent
    assert (released / "ex03.ipynb").exists() and not (released / DESIGN_FILE).exists()

    # the learner answers in the builder, with one answer that does not fit the target, and saves
    builder = DecisionProcessRedesigner("ex03.redesign", folder=released, store=LearnerStore(tmp_path / "my-work"))
    builder.fill({**REDESIGNS["ex03.redesign"], "authority": "advice only"})
    builder.save_button.click()
    expected = points("ex03.redesign", ProcessDesign.load(released / DESIGN_FILE))
    assert expected == points("ex03.redesign", builder.answer) == 7.0

    nbgrader(learner, "submit", "ex03")
    trainer_step(workspace, "collect", "ex03")
    trainer_step(workspace, "autograde", "ex03")
    student = next((workspace / "submitted").iterdir()).name
    assert (workspace / "autograded" / student / "ex03" / DESIGN_FILE).exists()

    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        assert gradebook.find_grade("redesign-test", "ex03", "ex03", student).score == pytest.approx(expected)
    # every other part was left untouched, so the design is the whole automatic score
    assert scores(workspace, "ex03", student)["code"] == pytest.approx(expected)
