"""Does a department plan take what a learner writes (templates included), refuse what it cannot
use with a fix, and survive the trip to JSON, to a file and out of the kernel unchanged?"""

from __future__ import annotations

import json

import pytest

from grader.checks.evidence import decode, encode
from grader.checks.registry import score
from grader.domain.accountability import AccountabilityPlan, Commitment, PlanFileError
from grader.domain.department_plan import (
    PLAN_FILE,
    DataSharing,
    DepartmentPlan,
    Milestone,
    OneToOnes,
    Partnership,
    PolicyAgenda,
    month_of,
    part_key,
)
from tests.support.keys_10 import good_plan


def test_an_untouched_template_is_a_blank_plan():
    plan = DepartmentPlan(
        department=..., goal=...,
        partnership=Partnership(partner=..., now=..., aim=..., step=...),
        one_to_ones=OneToOnes(people=..., purpose=...),
        accountability=[Commitment(action=..., owner=..., answers_to=..., mechanism=..., cadence=...)],
        data=DataSharing(data=..., partner=..., use=..., protection=...),
        policy=PolicyAgenda(policy=..., partner=..., campaign=..., contribution=...),
        milestones=[Milestone(month=..., action=..., owner=..., part=..., partner=...)],
    )
    assert plan.is_blank() and plan == DepartmentPlan()


def test_placeholder_words_count_as_not_written_yet():
    assert DataSharing(data="...", partner=" TBD ", use="…").is_blank()


def test_levels_are_read_from_numbers_stances_and_labels():
    part = Partnership(partner="Eastside Tenants Union", now="consult", aim="3 Involve")
    assert (part.now, part.aim, part.now_label, part.aim_label) == (2, 3, "2 Consult", "3 Involve")


def test_an_unknown_level_says_which_levels_there_are():
    with pytest.raises(ValueError, match=r'now: "Partner" is not a level.*"Collaborate"'):
        Partnership(now="Partner")


@pytest.mark.parametrize("value, month", [(3, 3), ("3", 3), ("month 7", 7), ("Q1", 3), ("q4", 12), (6.0, 6),
                                          (None, None), (..., None)])
def test_a_month_can_be_a_number_or_a_quarter(value, month):
    assert month_of(value) == month


@pytest.mark.parametrize("value", [0, 13, "March", True, "Q5", 2.5])
def test_a_month_outside_the_year_is_refused_with_a_fix(value):
    with pytest.raises(ValueError, match="Use a month from 1 to 12"):
        month_of(value)


@pytest.mark.parametrize("value", ["Accountability", "accountability", "one-to-ones", "One to ones",
                                   "data brief", "Policy agenda", "one_to_ones"])
def test_a_part_is_found_by_its_label_key_or_a_near_name(value):
    assert part_key(value) in ("accountability", "one_to_ones", "data", "policy")


def test_an_unknown_part_lists_the_five_parts():
    with pytest.raises(ValueError, match='"budget" is not a part of the plan. Use one of: "Partnership"'):
        Milestone(month=2, action="Budget review", part="budget")


def test_text_that_is_not_text_is_refused_with_how_to_write_it():
    with pytest.raises(ValueError, match=r'goal should be text in quotes.*goal="\.\.\."'):
        DepartmentPlan(goal=42)


def test_people_can_be_a_list_or_one_per_line():
    assert OneToOnes(people="Ana Ruiz, Unidos Riverbend\n\n- Keisha Robinson\n").people == ["Ana Ruiz, Unidos Riverbend",
                                                                                     "Keisha Robinson"]
    with pytest.raises(ValueError, match="people should be a list of texts"):
        OneToOnes(people=3)


def test_accountability_takes_commitments_a_saved_plan_or_dicts():
    commitment = Commitment(action="Report every month", owner="Manager", answers_to="Eastside Tenants Union")
    assert DepartmentPlan(accountability=AccountabilityPlan([commitment])).accountability == [commitment]
    assert DepartmentPlan(accountability=commitment.to_dict()).accountability == [commitment]
    with pytest.raises(ValueError, match="accountability should be a list of Commitment"):
        DepartmentPlan(accountability="report monthly")


def test_a_part_of_the_wrong_kind_says_how_to_write_it():
    with pytest.raises(ValueError, match=r"data should be a DataSharing\(\.\.\.\)"):
        DepartmentPlan(data="asthma data")
    with pytest.raises(ValueError, match="Each milestone should be a Milestone"):
        DepartmentPlan(milestones=["month 1: meet"])


def test_the_timeline_orders_milestones_by_month_and_keeps_their_order_within_a_month():
    plan = DepartmentPlan(milestones=[Milestone(5, "b", part="data"), Milestone(None, "z", part="policy"),
                                      Milestone(2, "a", part="partnership"), Milestone(5, "c", part="policy")])
    assert [m.action for m in plan.timeline()] == ["a", "b", "c", "z"]
    assert [m.action for m in plan.milestones] == ["b", "z", "a", "c"]  # as written


def test_a_plan_survives_json_and_back():
    plan = good_plan()
    assert DepartmentPlan.from_dict(json.loads(json.dumps(plan.to_dict()))) == plan


def test_from_dict_names_an_unknown_part_and_refuses_other_formats():
    with pytest.raises(ValueError, match="has no part called budget"):
        DepartmentPlan.from_dict({"budget": 5})
    with pytest.raises(ValueError, match="not a department plan"):
        DepartmentPlan.from_dict({"format": "accountability-plan"})
    with pytest.raises(ValueError, match="should be a dictionary"):
        DepartmentPlan.from_dict(["a"])


def test_save_and_load_round_trip_and_a_missing_file_is_a_blank_plan(tmp_path):
    assert DepartmentPlan.load(tmp_path / PLAN_FILE) == DepartmentPlan()
    path = good_plan().save(tmp_path / "sub" / PLAN_FILE)
    assert DepartmentPlan.load(path) == good_plan()
    assert not list(path.parent.glob(".*.tmp"))


def test_a_damaged_file_says_which_file_and_what_to_do(tmp_path):
    (tmp_path / PLAN_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(PlanFileError, match=f"{PLAN_FILE} could not be read.*save your plan"):
        DepartmentPlan.load(tmp_path / PLAN_FILE)


def test_a_plan_scores_the_same_after_the_trip_out_of_the_kernel():
    half = good_plan()
    half.milestones = half.milestones[:2]
    for plan in (good_plan(), half):
        back = decode(json.loads(json.dumps(encode(plan))))
        assert back == plan
        for check_id in ("ex10.parts", "ex10.partners", "ex10.timeline", "ex10.safeguards"):
            assert score(check_id, back) == score(check_id, plan)
