"""Does the decision-process model read a committee design, find the level today's process sits
at, and judge a redesign only against the level it says it aims for: each answer fitting that
target, every part present, the numbers adding up, paid participation kept?"""

from __future__ import annotations

import json

import pytest

from grader.domain.decision_process import (
    AUTHORITIES,
    CHOOSERS,
    DISAGREEMENTS,
    SUPPORTS,
    WRITTEN,
    DecisionProcess,
    ProcessDesign,
    fits,
    options,
    read_design,
    review_design,
    share_range,
)
from grader.domain.plan_file import PlanFileError

TODAY = ProcessDesign(
    community_seats={"Eastside Tenants Union": 2, "Mill Flats Neighbors in Action": 2},
    staff_seats=6, total_seats=10, chosen_by="appointed by the department", authority="advice only",
    written_in="not written down", disagreement="the department decides", community_share=45,
    administration_share=55, paid_participation=("stipends", "interpretation"),
)
CURRENT = DecisionProcess("Which neighborhoods get the program first", TODAY)

COLLABORATE = {
    "target": "Collaborate",
    "community_seats": {"Eastside Tenants Union": 3, "Unidos Riverbend": 3},
    "staff_seats": 4,
    "total_seats": 10,
    "chosen_by": "nominated by community organizations",
    "authority": "shared decision with a vote",
    "written_in": "a committee charter",
    "disagreement": "a vote of the committee",
    "resources": {"community partners and processes": 55, "department administration": 45},
    "paid_participation": ["stipends", "interpretation"],
}
TEMPLATE = {
    "target": ..., "community_seats": {...: ...}, "staff_seats": ..., "total_seats": ..., "chosen_by": ...,
    "authority": ..., "written_in": ..., "disagreement": ...,
    "resources": {"community partners and processes": ..., "department administration": ...},
    "paid_participation": [...],
}


def review(**changes) -> dict[str, bool]:
    return {f.criterion: f.met for f in review_design(CURRENT, read_design({**COLLABORATE, **changes}))}


def advice(criterion: str, **changes) -> str:
    found = review_design(CURRENT, read_design({**COLLABORATE, **changes}))
    return next(f.advice for f in found if f.criterion == criterion)


def failing(**changes) -> list[str]:
    return [name for name, met in review(**changes).items() if not met]


# ---- the level a process sits at today ----

def test_todays_process_sits_at_the_highest_level_every_part_fits():
    assert CURRENT.level.stance == "Involve"
    consult = ProcessDesign(**{**TODAY.__dict__, "community_share": 25, "administration_share": 75})
    assert DecisionProcess("D", consult).level.stance == "Consult"
    assert "Today it sits at 3 Involve." in CURRENT.describe()


def test_a_process_whose_parts_fit_no_single_level_is_refused():
    mixed = ProcessDesign(**{**TODAY.__dict__, "authority": "shared decision with a vote"})
    with pytest.raises(ValueError, match="fit no single level"):
        DecisionProcess("D", mixed)
    with pytest.raises(ValueError, match="needs every part: .*how members are chosen"):
        DecisionProcess("D", ProcessDesign(**{**TODAY.__dict__, "chosen_by": None}))


# ---- a design that fits its target ----

def test_a_design_that_fits_its_target_meets_every_criterion():
    assert review() == dict.fromkeys(
        ["target level", "who sits", "how members are chosen", "what authority is written down",
         "how disagreement is settled", "resources for community partners", "numbers add up",
         "paid participation"], True)


def test_advice_only_cannot_be_collaborate_and_says_why_without_naming_the_answer():
    assert failing(authority="advice only") == ["what authority is written down"]
    text = advice("what authority is written down", authority="advice only")
    assert "falls short of Collaborate" in text and "decide together" in text
    assert "shared decision with a vote" not in text


def test_collaborate_needs_its_shared_authority_written_down():
    assert failing(written_in="not written down") == ["what authority is written down"]
    assert "taken back" in advice("what authority is written down", written_in="not written down")


@pytest.mark.parametrize("share, fits_it", [(49, False), (50, True), (70, True), (71, False)])
def test_collaborate_needs_50_to_70_percent_for_community_partners(share, fits_it):
    met = review(resources={"community partners and processes": share, "department administration": 100 - share})
    assert met["resources for community partners"] is fits_it
    assert met["numbers add up"]


def test_a_department_decides_fallback_does_not_fit_collaborate():
    assert failing(disagreement="the department decides") == ["how disagreement is settled"]


def test_defer_to_needs_a_community_majority_community_choosing_and_final_say():
    defer = {"target": "Defer To", "authority": "final say over a defined budget or decision",
             "resources": {"community partners and processes": 85, "department administration": 15}}
    assert failing(**defer) == ["target level"]  # two steps up: consistent, but not one step
    assert "who sits" in failing(**defer, community_seats={"Eastside Tenants Union": 4}, staff_seats=4,
                                 total_seats=8)  # half is not a majority
    assert failing(**defer, chosen_by="appointed by the department") == ["target level", "how members are chosen"]
    assert "answer to the department" in advice("how members are chosen", **defer,
                                                chosen_by="appointed by the department")


def test_collaborate_needs_at_least_half_the_seats_for_residents_most_affected():
    assert failing(staff_seats=7, total_seats=13) == ["who sits"]
    assert failing(staff_seats=6, total_seats=12) == []


def test_going_past_the_target_does_not_fit_it_either():
    assert failing(authority="final say over a defined budget or decision") == ["what authority is written down"]
    assert "goes past Collaborate" in advice("what authority is written down",
                                             authority="final say over a defined budget or decision")


# ---- the target itself ----

def test_a_target_that_does_not_aim_above_today_judges_nothing_else():
    met = review(target="Involve")
    assert met == dict.fromkeys(met, False) | {"paid participation": True}
    assert "Aim above Involve first" in advice("who sits", target="Involve")


def test_without_a_target_every_part_waits_for_one_and_the_target_is_missing():
    found = review_design(CURRENT, read_design({**COLLABORATE, "target": ...}))
    assert [f.criterion for f in found if f.missing] == ["target level"]
    assert "State your target level first" in found[1].advice


# ---- parts present, numbers adding up, paid participation ----

def test_seats_that_do_not_add_up_to_the_total_are_named():
    text = advice("numbers add up", total_seats=11)
    assert "the seats add up to 10 (6 community and 4 staff), not the 11" in text
    assert failing(total_seats=11) == ["numbers add up"]


def test_resource_percents_must_add_up_to_100():
    text = advice("numbers add up", resources={"community partners and processes": 60,
                                               "department administration": 60})
    assert "add up to 120%, not 100%" in text


def test_a_named_group_without_a_seat_is_flagged():
    changes = {"community_seats": {"Eastside Tenants Union": 6, "Unidos Riverbend": 0}}
    assert failing(**changes) == ["numbers add up"]
    assert '"Unidos Riverbend" is named but given no seat' in advice("numbers add up", **changes)


def test_dropping_paid_participation_the_process_has_today_is_flagged():
    assert failing(paid_participation=["stipends"]) == ["paid participation"]
    assert "pays for interpretation" in advice("paid participation", paid_participation=["stipends"])
    assert failing(paid_participation=[*SUPPORTS]) == []


def test_paid_participation_is_judged_only_where_the_process_has_it_today():
    without = DecisionProcess("D", ProcessDesign(**{**TODAY.__dict__, "paid_participation": ()}))
    criteria = [f.criterion for f in review_design(without, read_design(COLLABORATE))]
    assert "paid participation" not in criteria and len(criteria) == 7


def test_the_untouched_template_is_empty_and_each_missing_part_is_named():
    assert read_design(TEMPLATE).is_empty()
    found = review_design(CURRENT, read_design({**TEMPLATE, "target": "Collaborate"}))
    assert [f.criterion for f in found if f.missing] == [
        "who sits", "how members are chosen", "what authority is written down", "how disagreement is settled",
        "resources for community partners", "numbers add up", "paid participation"]
    assert read_design({**TEMPLATE, "paid_participation": []}).paid_participation == ()


# ---- reading a learner's words ----

@pytest.mark.parametrize("field, words, expected", [
    ("chosen_by", "Appointed", "appointed by the department"),
    ("chosen_by", "elected by residents.", "elected by residents"),
    ("authority", "ADVICE", "advice only"),
    ("authority", "final say", "final say over a defined budget or decision"),
    ("written_in", "MOU", "a memorandum of understanding (MOU)"),
    ("written_in", "committee charter", "a committee charter"),
    ("disagreement", "vote", "a vote of the committee"),
    ("disagreement", "Consensus", "consensus, with a written fallback"),
    ("target", "collaborate", "Collaborate"),
    ("target", 4, "Collaborate"),
])
def test_options_are_read_in_the_learners_own_words(field, words, expected):
    assert getattr(read_design({field: words}), field) == expected


def test_every_unreadable_part_is_named_with_how_to_fix_it():
    with pytest.raises(ValueError) as caught:
        read_design({"target": "Collab", "chosen_by": "lottery", "staff_seats": "four", "total_seats": 2.5,
                     "resources": {"community partners and processes": "lots"}, "paid_participation": ["snacks"]})
    text = str(caught.value)
    for part in ('"Collab" is not a level', '"lottery" is not one of the options for how members are chosen',
                 'Department staff seats: "four" is not a number of seats', 'Total seats: "2.5"',
                 'Community share: "lots" is not a percent', '"snacks" is not one of the options for paid'):
        assert part in text, part


def test_unknown_parts_and_wrong_shapes_get_a_clear_error():
    with pytest.raises(ValueError, match="These are not parts of a design: seats"):
        read_design({"seats": 4})
    with pytest.raises(ValueError, match="dictionary of its parts, but this is a list"):
        read_design(["Collaborate"])
    with pytest.raises(ValueError, match='"budget" is not a resource line'):
        read_design({"resources": {"budget": 50}})
    with pytest.raises(ValueError, match="group -> seats"):
        read_design({"community_seats": ["Eastside Tenants Union"]})


def test_a_design_saves_and_loads_back_and_a_damaged_file_is_named(tmp_path):
    design = read_design(COLLABORATE)
    path = design.save(tmp_path / "process-design.json")
    assert ProcessDesign.load(path) == design
    assert json.loads(path.read_text())["resources"]["community partners and processes"] == 55
    assert ProcessDesign.load(tmp_path / "none.json").is_empty()
    path.write_text("{oops", encoding="utf-8")
    with pytest.raises(PlanFileError, match="process-design.json could not be read"):
        ProcessDesign.load(path)


def test_fits_judges_a_design_against_any_level_for_worked_examples():
    consult = ProcessDesign(community_seats={"Riverside Neighborhood Association": 2}, staff_seats=3,
                            chosen_by="appointed", authority="advice only", written_in="not written down",
                            disagreement="the department decides", community_share=30)
    assert all(f.met for f in fits(consult, "Consult"))
    assert [f.criterion for f in fits(consult, "Collaborate") if not f.met] == [
        "who sits", "what authority is written down", "how disagreement is settled",
        "resources for community partners"]


def test_every_level_above_ignore_has_options_that_fit_it():
    for level in range(1, 6):
        for table in (CHOOSERS, AUTHORITIES, WRITTEN, DISAGREEMENTS):
            assert any(level in fit for fit in table.values()), (level, table)
        assert share_range(level)[0] < share_range(level)[1]


def test_options_lists_every_choice():
    text = options()
    for name in (*CHOOSERS, *AUTHORITIES, *WRITTEN, *DISAGREEMENTS, *SUPPORTS):
        assert f'"{name}"' in text
