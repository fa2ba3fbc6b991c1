"""Does a plan saved with the AccountabilityPlanBuilder in a learner's released assignment folder
travel with the submission and earn, in nbgrader's gradebook, exactly the score the check gives?"""

from __future__ import annotations

from dataclasses import replace

import pytest
from nbgrader.api import Gradebook

from grader.checks import points
from grader.domain.accountability import PLAN_FILE, AccountabilityPlan
from grader.learner.store import LearnerStore
from grader.widgets.accountability import AccountabilityPlanBuilder
from tests.support.keys_02 import good_plan
from tests.support.nbgrader_runs import nbgrader, released_to_a_learner, scores, trainer_step

pytestmark = pytest.mark.nbgrader


def partly_vague_plan() -> AccountabilityPlan:
    """Two commitments, one with a vague owner and cadence: neither zero nor full marks."""
    plan = good_plan()
    plan.commitments[1] = replace(plan.commitments[1], owner="staff", cadence="regularly")
    return plan


def test_a_plan_saved_with_the_builder_is_graded_from_the_submission(tmp_path):
    workspace, released = released_to_a_learner(tmp_path, "ex02")
    learner = released.parent
    assert (released / "ex02.ipynb").exists() and not (released / PLAN_FILE).exists()

    # the learner fills in the builder in the released folder and clicks Save
    builder = AccountabilityPlanBuilder("ex02.plan", folder=released, store=LearnerStore(tmp_path / "my-work"))
    builder.title.value = partly_vague_plan().title
    for commitment in partly_vague_plan().commitments:
        builder.fill(commitment)
        builder.add_button.click()
    builder.save_button.click()
    assert (released / PLAN_FILE).exists()
    expected = points("ex02.plan", AccountabilityPlan.load(released / PLAN_FILE))
    assert expected == points("ex02.plan", builder.plan) == 7.0

    nbgrader(learner, "submit", "ex02")
    trainer_step(workspace, "collect", "ex02")
    trainer_step(workspace, "autograde", "ex02")
    student = next((workspace / "submitted").iterdir()).name
    assert (workspace / "autograded" / student / "ex02" / PLAN_FILE).exists()

    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        plan_score = gradebook.find_grade("plan-test", "ex02", "ex02", student).score
    assert plan_score == pytest.approx(expected)
    # every other part was left untouched, so the plan is the whole automatic score
    assert scores(workspace, "ex02", student)["code"] == pytest.approx(expected)
