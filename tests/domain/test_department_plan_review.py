"""Does the completeness review say what is present, what is missing and where to fix it, line by
line, without ever judging whether a choice is the right one?"""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from grader.domain.department_plan import DepartmentPlan, Milestone
from grader.domain.department_plan_example import worked_example
from grader.domain.department_plan_review import (
    AREAS,
    review,
    review_text,
    says_how_small_numbers_are_protected,
)
from tests.support.keys_10 import good_plan


def unmet(plan: DepartmentPlan) -> list[str]:
    return [f.criterion for f in review(plan) if not f.met]


def finding(plan: DepartmentPlan, criterion: str):
    (found,) = [f for f in review(plan) if f.criterion == criterion]
    return found


def test_a_complete_plan_meets_every_line_in_every_area():
    findings = review(good_plan())
    assert all(f.met and (f.judgment or f.advice == "Yes.") for f in findings)
    assert {f.area for f in findings} == set(AREAS)
    assert [sum(f.area == area and not f.judgment for f in findings) for area in AREAS] == [6, 5, 4, 3]


def test_only_the_small_number_protection_reads_words_and_it_is_a_hint():
    (hint,) = [f for f in review(good_plan()) if f.judgment]
    assert hint.area == "safeguards" and hint.criterion == "the protection names a way to protect counts from 1 to 10"
    assert "Hint, not a grade: the protection names" in review_text(good_plan())


@pytest.mark.parametrize("data, protection, met", [
    ("Asthma visits by neighborhood", "Counts from 1 to 10 are suppressed", True),
    ("Asthma visits by neighborhood", "we keep it safe", True),  # filled in: the trainer reads whether it holds up
    ("Asthma visits by neighborhood", "TBD", False),
    ("", "suppression", False),  # a protection for data the plan does not share
])
def test_the_protection_line_checks_the_data_and_its_protection_are_filled_in(data, protection, met):
    plan = good_plan()
    plan = replace(plan, data=replace(plan.data, data=data, protection=protection))
    assert finding(plan, "data sharing names the data and fills in how small numbers are protected").met is met


@pytest.mark.parametrize("goal, met", [("Safe homes.", True), ("Why?", True), ("TBD", False), ("", False)])
def test_the_goal_is_checked_for_being_filled_in_not_for_its_length(goal, met):
    assert finding(replace(good_plan(), goal=goal), "names the department and writes its health equity goal").met is met


def test_a_blank_plan_meets_no_line():
    assert all(not f.met for f in review(DepartmentPlan()))


def test_each_blank_part_is_named_with_where_to_fix_it():
    plan = good_plan()
    plan.policy.contribution = ""
    plan.partnership.aim = None
    found = unmet(plan)
    assert found == ["partnership: where the relationship is and where it is going",
                     "policy agenda: the policy and what the department brings"]
    assert "In the Policy agenda part" in finding(plan, found[1]).advice
    assert "module 09" in finding(plan, found[1]).advice


def test_a_vague_partner_is_not_a_named_one():
    plan = good_plan()
    plan.data.partner = "the community"
    plan.accountability[1].answers_to = "partners"
    assert unmet(plan) == ["every commitment answers to a named partner",
                           "data sharing names the partner who receives the data"]
    assert finding(plan, "every commitment answers to a named partner").advice.startswith("Commitment 2:")


def test_a_part_without_a_milestone_is_named():
    plan = good_plan()
    plan.milestones = [m for m in plan.milestones if m.part not in ("data", "policy")]
    line = finding(plan, "every part has a milestone")
    assert not line.met and "Add a milestone for: Data sharing, Policy agenda." in line.advice


def test_milestones_without_a_month_or_an_owner_are_named_by_number():
    plan = good_plan()
    plan.milestones[1] = Milestone(None, "One-to-one with Luis", "Health Educator", "one_to_ones")
    plan.milestones[4] = Milestone(4, "Share the data brief", "TBD", "data")
    assert finding(plan, "every milestone has a month from 1 to 12").advice.startswith("Milestone 2:")
    assert finding(plan, "every milestone says what happens and who owns it").advice.startswith("Milestone 5:")


def test_milestones_out_of_month_order_are_flagged_and_sorting_them_fixes_it():
    plan = good_plan()
    plan.milestones.reverse()
    assert unmet(plan) == ["milestones are listed in month order"]
    plan.milestones = plan.timeline()
    assert unmet(plan) == []


def test_a_check_in_must_involve_the_partner_a_commitment_answers_to():
    plan = good_plan()
    for m in plan.milestones:
        if m.part == "accountability":
            m.partner = "Riverbend Chamber of Commerce"
    line = finding(plan, "a check-in with the community partner is on the timeline")
    assert not line.met and "Eastside Tenants Union; Unidos Riverbend" in line.advice


def test_a_vague_cadence_or_a_missing_mechanism_is_named():
    plan = good_plan()
    plan.accountability[0].cadence = "regularly"
    line = finding(plan, "every commitment has a mechanism and a cadence a calendar understands")
    assert not line.met and line.advice.startswith("Commitment 1:")


@pytest.mark.parametrize("text", ["Counts from 1 to 10 are suppressed", "we hide cells under 10",
                                  "small counts are not shown", "CMS cell-size rule", "we combine years",
                                  "fewer than 11 are withheld"])
def test_ways_of_protecting_small_numbers_are_recognized(text):
    assert says_how_small_numbers_are_protected(text)


@pytest.mark.parametrize("text", ["", "We share it all", "Data is accurate and timely"])
def test_text_that_does_not_protect_small_numbers_is_not_enough(text):
    assert not says_how_small_numbers_are_protected(text)


def test_the_review_never_depends_on_which_partner_or_policy_is_chosen():
    other = copy.deepcopy(good_plan())
    other.policy.policy = "Free bus passes for youth"
    other.partnership.partner = "Youth Voices for Clean Air"
    assert [f.met for f in review(other)] == [f.met for f in review(good_plan())]


def test_the_worked_examples_two_planted_gaps_are_the_two_lines_still_to_do():
    gappy = worked_example()
    gappy.data.protection = ""
    gappy.milestones = [m for m in gappy.milestones if m.part != "policy"]
    text = review_text(gappy)
    assert text.count("↻ Still to do") == 2 and text.count("✓ Present") == 16
    assert "every part has a milestone. Add a milestone for: Policy agenda." in text
