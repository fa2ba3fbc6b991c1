"""Does an accountability plan keep its commitments safely on disk, and does its rubric say what
is missing or vague, line by line?"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from grader.domain.accountability import (
    PLAN_FILE,
    AccountabilityPlan,
    Commitment,
    PlanFileError,
    cadence_days,
    community_chose,
    is_concrete_cadence,
    is_vague,
    names_resources,
    review,
)
from grader.domain.spectrum import UnknownLevel
from tests.support.keys_02 import good_plan


def findings(plan: AccountabilityPlan) -> dict[str, tuple[bool, str]]:
    return {f.criterion: (f.met, f.advice) for f in review(plan)}


def with_first(**changes) -> AccountabilityPlan:
    plan = good_plan()
    plan.commitments[0] = replace(plan.commitments[0], **changes)
    return plan


# ---- the commitment itself ----

def test_a_commitment_takes_the_spectrum_level_by_name_number_or_label():
    assert Commitment(level="Collaborate").level == 4
    assert Commitment(level="5 Defer To").level == 5
    assert Commitment(level=2).level == 2
    assert Commitment(level="").level is None and Commitment().level_label == "not chosen yet"


def test_an_unknown_level_says_which_levels_exist():
    with pytest.raises(UnknownLevel, match='"partner" is not a level of the spectrum'):
        Commitment(level="partner")


def test_placeholders_count_as_empty_and_text_is_trimmed():
    commitment = Commitment(action=..., owner="  Director  ")  # type: ignore[arg-type]
    assert commitment.action == "" and commitment.owner == "Director"


def test_a_part_that_is_not_text_gets_a_fix():
    with pytest.raises(ValueError, match=r'owner should be text in quotes, but it is 3\. Write it as owner="\.\.\."'):
        Commitment(owner=3)  # type: ignore[arg-type]


# ---- saving and loading ----

def test_a_plan_round_trips_through_a_dict_and_a_file(tmp_path):
    plan = good_plan()
    assert AccountabilityPlan.from_dict(plan.to_dict()) == plan
    path = plan.save(tmp_path / "folder" / PLAN_FILE)
    assert AccountabilityPlan.load(path) == plan
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == "accountability-plan" and saved["version"] == 1
    assert saved["commitments"][0]["level"] == 4
    assert not list(path.parent.glob(".*.tmp"))


def test_loading_a_missing_file_gives_an_empty_plan(tmp_path):
    plan = AccountabilityPlan.load(tmp_path / PLAN_FILE)
    assert plan == AccountabilityPlan() and plan.is_empty()


def test_load_reads_the_current_folder_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good_plan().save()
    assert (tmp_path / PLAN_FILE).exists()
    assert AccountabilityPlan.load() == good_plan()


@pytest.mark.parametrize("content, reason", [
    ("{not json", "Expecting property name"),
    ('["a list"]', "A plan should be a dictionary, but this is a list"),
    ('{"format": "something-else"}', "This is not an accountability plan"),
    ('{"commitments": [{"owner": "A", "color": "red"}]}', "A commitment has no part called color"),
    ('{"commitments": [{"level": "sideways"}]}', '"sideways" is not a level of the spectrum'),
    ('{"commitments": "all of them"}', "commitments should be a list"),
])
def test_a_damaged_file_raises_a_clear_error_naming_the_file(tmp_path, content, reason):
    path = tmp_path / PLAN_FILE
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PlanFileError) as raised:
        AccountabilityPlan.load(path)
    message = str(raised.value)
    assert message.startswith(f"The plan in {PLAN_FILE} could not be read (") and reason in message
    assert "delete accountability-plan.json to start afresh" in message


def test_markdown_export_has_a_section_per_commitment_with_every_part():
    text = good_plan().to_markdown()
    assert text.startswith("# Our commitments to the clean air campaign\n")
    assert "## 1. Set up a community advisory board" in text and "## 2. Publish asthma" in text
    assert "- **Owner in the department:** Director of Community Health" in text
    assert "(chosen by Youth Voices for Clean Air members)" in text
    assert "- **Spectrum level:** 4 Collaborate" in text


def test_save_markdown_writes_the_markdown_to_a_file(tmp_path):
    path = good_plan().save_markdown(tmp_path / "out" / "plan.md")
    assert path.read_text(encoding="utf-8") == good_plan().to_markdown()


def test_an_empty_plan_exports_a_placeholder():
    assert AccountabilityPlan().to_markdown() == "# Accountability plan\n\n*No commitments yet.*\n"


# ---- the rubric ----

def test_a_complete_plan_meets_every_rubric_line():
    assert all(met for met, _ in findings(good_plan()).values())
    assert len(review(good_plan())) == 9


@pytest.mark.parametrize("owner", ["staff", "TBD", "the department", "Team", " we ", ""])
def test_a_vague_or_missing_owner_is_named_with_its_commitment(owner):
    met, advice = findings(with_first(owner=owner))["a named owner"]
    assert not met and advice.startswith("Commitment 1: name the person or role")


@pytest.mark.parametrize("partner", ["the community", "Residents", "stakeholders", "TBD"])
def test_answering_to_the_community_in_general_is_too_broad(partner):
    met, advice = findings(with_first(answers_to=partner))["answers to a named community partner"]
    assert not met and '"the community" is too broad' in advice


@pytest.mark.parametrize("cadence, concrete", [
    ("every month", True), ("Quarterly", True), ("twice a year", True), ("the first Monday of each month", True),
    ("every 6 weeks", True), ("each March", True), ("every Tuesday", True), ("every month, at the union hall", True),
    ("regularly", False), ("as needed", False), ("ongoing", False), ("quarterly, or as needed", False), ("soon", False),
    ("", False), ("reported every quarter to the board", False), ("housing, wages, every quarter", False),
    ("I like March", False), ("every 0 weeks", False),
])
def test_a_cadence_must_be_concrete(cadence, concrete):
    """The whole cadence must read as one; cadence words inside a sentence do not count."""
    assert is_concrete_cadence(cadence) is concrete


@pytest.mark.parametrize("cadence, days", [
    ("every month", 30), ("Quarterly.", 91), ("twice a year", 182), ("every 2 weeks", 14), ("every other week", 14),
    ("3 times a year", 121), ("each March", 365), ("once a month", 30), ("the first Monday of each month", 30),
])
def test_a_cadence_is_read_into_the_days_between_meetings(cadence, days):
    assert cadence_days(cadence) == days


@pytest.mark.parametrize("resources, named", [
    ("$40 an hour stipends", True), ("a $25,000 contract", True), ("one full-time organizer position", True),
    ("two days of analyst time each quarter", True), ("if funding allows", False), ("unpaid volunteers", False),
    ("no budget", False), ("TBD", False), ("support", False), ("", False), ("$0", False),
    ("childcare and interpretation", False), ("time time time", False), ("staff time, stipends, budget", False),
])
def test_pay_or_resources_need_an_amount(resources, named):
    """Only a number is checked: resource words without an amount earn nothing (the trainer reads the rest)."""
    assert names_resources(resources) is named


@pytest.mark.parametrize("chosen_by, chose", [
    ("Youth Voices for Clean Air members", True), ("youth voices for clean air", True),
    ("Mill Flats Neighbors in Action", False), ("department staff", False), ("our epidemiologists", False),
    ("we did", False), ("TBD", False), ("", False), ("Lorem ipsum dolor sit amet", False),
    ("a", False), ("Youth", False), ("Youth Voices for Clean Airport", False),
])
def test_the_measure_must_be_chosen_by_the_partner_the_commitment_answers_to(chosen_by, chose):
    assert community_chose(replace(good_plan().commitments[0], measure_chosen_by=chosen_by)) is chose


def test_the_measure_may_be_chosen_by_another_partner_the_plan_answers_to():
    first = replace(good_plan().commitments[0], measure_chosen_by="Mill Flats Neighbors in Action")
    assert community_chose(first, ["Mill Flats Neighbors in Action"])
    assert findings(with_first(measure_chosen_by="Mill Flats Neighbors in Action"))[
        "a measure, chosen by a partner the plan answers to"][0] is True
    assert not community_chose(first, ["the community"])


def test_a_measure_needs_words_not_only_who_chose_it():
    assert not community_chose(replace(good_plan().commitments[0], measure=""))


def test_one_commitment_is_not_enough():
    plan = good_plan()
    plan.commitments.pop()
    assert findings(plan)["two or more commitments"][0] is False


def test_a_plan_that_stays_below_collaborate_is_asked_to_go_one_step_up():
    plan = good_plan()
    for commitment in plan.commitments:
        commitment.level = 3
    met, advice = findings(plan)["reaches Collaborate or above"]
    assert not met and "one step further up the spectrum" in advice


def test_several_failing_commitments_are_all_named():
    plan = good_plan()
    for commitment in plan.commitments:
        commitment.cadence = "regularly"
    assert findings(plan)["a cadence a calendar understands"][1].startswith("Commitments 1, 2: ")


def test_a_blank_part_is_marked_missing_but_a_vague_one_is_not():
    blank = {f.criterion: f.missing for f in review(with_first(owner=""))}
    vague = {f.criterion: f.missing for f in review(with_first(owner="staff"))}
    assert blank["a named owner"] is True and vague["a named owner"] is False


def test_is_vague_ignores_case_space_and_end_punctuation():
    assert is_vague("  TBD. ") and is_vague("The  Team") and not is_vague("Director of Epidemiology")


@pytest.mark.parametrize("action, met", [("meetings", True), ("TBD", False), ("...", False), ("staff", False)])
def test_an_action_is_checked_for_being_filled_in_not_for_its_words(action, met):
    assert findings(with_first(action=action))["says what the department will do (filled in)"][0] is met
