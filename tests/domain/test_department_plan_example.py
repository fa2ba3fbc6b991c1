"""Is the worked example of Module 10 complete, and about another team, partner and policy than the
exercise's model plan (so it can never stand in for an answer)?"""

from __future__ import annotations

from grader.checks import points
from grader.domain.department_plan_example import worked_example
from grader.domain.department_plan_review import review
from tests.support.keys_10 import good_plan


def test_the_worked_example_meets_every_completeness_line():
    assert all(finding.met for finding in review(worked_example()))
    assert points("10.department_plan", worked_example()) == 18


def test_the_worked_example_is_another_team_with_another_partner_and_policy():
    example, exercise = worked_example(), good_plan()
    assert example.department != exercise.department
    assert example.partnership.partner == "Riverbend Disability Justice Collective" != exercise.partnership.partner
    assert example.policy.policy != exercise.policy.policy


def test_each_call_gives_a_fresh_plan_a_notebook_may_change():
    changed = worked_example()
    changed.milestones.clear()
    assert worked_example().milestones
