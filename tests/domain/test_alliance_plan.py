"""Does the alliance plan know its kinds of ally and its dates, read and write plain lines,
and give specific advice on each of its eight rubric lines?"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from grader.domain.alliance_plan import (
    ALLY_KINDS,
    EXERCISE_PUSHBACK,
    PRACTICE_PUSHBACK,
    AlliancePlan,
    Ally,
    Step,
    ally_kind,
    as_date,
    offer_kinds,
    review,
)
from tests.support.keys_04 import good_alliance_plan


def findings(plan: AlliancePlan) -> dict[str, object]:
    return {finding.criterion: finding for finding in review(plan)}


def test_a_good_plan_meets_all_twelve_rubric_lines_four_of_them_judgments():
    result = review(good_alliance_plan())
    assert len(result) == 12 and all(finding.met for finding in result)
    assert [f.criterion for f in result if f.judgment] == [
        "the base says who may speak, to whom and how", "shares risk instead of shifting it",
        "offers something in return", "protects the communities' own goals"]
    assert not any(finding.empty for finding in result)


def test_an_empty_plan_meets_none_and_marks_every_part_empty():
    result = review(AlliancePlan())
    assert not any(finding.met for finding in result)
    assert all(finding.empty for finding in result)


@pytest.mark.parametrize("written, kind", [
    ("CPBO", "community power-building organization"),
    ("  Grassroots  ", "grassroots group"),
    ("Neighbourhood association", "neighborhood association"),
    ("Government Agency", "government agency"),
])
def test_kinds_of_ally_accept_common_spellings(written, kind):
    assert ally_kind(written) == kind
    assert Ally("Someone", written, "something").kind == kind


def test_an_unknown_kind_of_ally_lists_the_kinds_to_use():
    with pytest.raises(ValueError) as raised:
        Ally("St Mark's", "church", "a hall")
    message = str(raised.value)
    assert message.startswith('"church" is not a kind of ally this plan knows. Use one of: ')
    assert all(kind in message for kind in ALLY_KINDS)


def test_an_ally_left_as_a_template_is_not_checked_yet():
    assert Ally(name=..., kind=..., brings=...).kind is Ellipsis  # type: ignore[arg-type]


def test_dates_are_read_from_text_or_a_date_and_stored_as_text():
    assert Step("Meet", "me", "2025-03-03").by == "2025-03-03"
    assert Step("Meet", "me", dt.date(2025, 3, 3)).by == "2025-03-03"
    assert as_date(" 2025-12-01 ") == dt.date(2025, 12, 1)


@pytest.mark.parametrize("bad", ["next week", "03/03/2025", "2025-13-01"])
def test_a_date_that_is_not_a_date_gives_an_example(bad):
    with pytest.raises(ValueError, match=rf'"{bad}" is not a date. Write it as YYYY-MM-DD, for '
                                         r'example "2025-07-15".'):
        Step("Meet", "me", bad)


def test_an_ally_and_a_step_read_and_write_plain_lines():
    ally = Ally.from_line(" Unidos Riverbend | cpbo | members who speak Spanish and English ")
    assert ally == Ally("Unidos Riverbend", "community power-building organization",
                        "members who speak Spanish and English")
    assert Ally.from_line(ally.to_line()) == ally
    step = Step.from_line("Call Rosa | health officer | 2025-04-01")
    assert step == Step("Call Rosa", "health officer", "2025-04-01")
    assert Step.from_line(step.to_line()) == step


@pytest.mark.parametrize("line", ["Unidos Riverbend | cpbo", "A | | C", "A | B | C | D"])
def test_a_line_without_three_parts_says_what_it_needs(line):
    with pytest.raises(ValueError, match=r'separated by "\|": name \| kind \| what they bring'):
        Ally.from_line(line)


def test_a_step_line_without_three_parts_says_what_it_needs():
    with pytest.raises(ValueError, match=r"what \| who \| YYYY-MM-DD"):
        Step.from_line("Call Rosa tomorrow")


def test_a_plan_round_trips_through_a_dict():
    plan = good_alliance_plan()
    assert AlliancePlan.from_dict(plan.to_dict()) == plan


def test_only_agencies_and_officials_are_not_community_allies():
    plan = replace(good_alliance_plan(), allies=[
        Ally("Housing Authority", "government agency", "inspectors"),
        Ally("Council member Ortiz", "elected official", "a vote"),
    ])
    finding = findings(plan)["names community allies, not only agencies"]
    assert not finding.met and "(0 community allies so far)" in finding.advice


def test_community_allies_need_one_from_grassroots_or_civic_leadership():
    plan = replace(good_alliance_plan(), allies=[
        Ally("Riverbend Food Bank", "service provider", "stories from families"),
        Ally("Healthy Homes Alliance", "advocacy nonprofit", "policy know-how"),
    ])
    assert not findings(plan)["names community allies, not only agencies"].met
    plan.allies.append(Ally("Southgate Block Club", "neighborhood association", "block captains"))
    assert findings(plan)["names community allies, not only agencies"].met


def test_advice_names_the_allies_that_do_not_yet_say_what_they_bring():
    plan = good_alliance_plan()
    plan.allies[1].brings = "TBD"
    finding = findings(plan)["says what each ally brings (filled in)"]
    assert not finding.met and "(still to say for: North Bluff Interfaith Council)" in finding.advice


def test_a_short_base_of_support_is_filled_in_and_gets_a_hint_not_a_lost_point():
    plan = replace(good_alliance_plan(), base_of_support="Partners will help.")
    assert findings(plan)["writes a base of community support"].met
    hint = findings(plan)["the base says who may speak, to whom and how"]
    assert hint.judgment and not hint.met
    assert not findings(replace(plan, base_of_support="TBD"))["writes a base of community support"].met


def test_one_transparency_step_is_not_enough():
    plan = replace(good_alliance_plan(), transparency=["Tell partners what happened"])
    finding = findings(plan)["is transparent with partners"]
    assert not finding.met and "(1 so far)" in finding.advice


def test_shared_risk_must_leave_the_choice_to_speak_with_partners():
    plan = replace(good_alliance_plan(), shared_risk="Partners will testify at the hearing to "
                   "defend the department's work in front of the commission.")
    assert not findings(plan)["shares risk instead of shifting it"].met


@pytest.mark.parametrize("offer, kinds", [
    ("Pay members a stipend", ["resources"]),
    ("Share monitor data and maps", ["data"]),
    ("Leadership training for youth", ["capacity building"]),
    ("Good wishes", []),
])
def test_offers_are_sorted_into_resources_data_and_capacity_building(offer, kinds):
    assert offer_kinds([offer]) == kinds


def test_an_offer_of_nothing_concrete_is_not_reciprocal():
    plan = replace(good_alliance_plan(), offers=["Our thanks", "A mention in our newsletter"])
    assert not findings(plan)["offers something in return"].met


def test_asking_partners_to_soften_their_goals_is_named_in_the_advice():
    plan = replace(good_alliance_plan(),
                   community_goals=["Ask Youth Voices to tone down the campaign until the vote"])
    finding = findings(plan)["protects the communities' own goals"]
    assert not finding.met and 'drop wording such as "tone down"' in finding.advice


def test_next_steps_need_two_complete_steps_each_with_who_and_a_date():
    plan = good_alliance_plan()
    plan.next_steps.append(Step("Write to the commissioner", "", "2025-03-10"))
    finding = findings(plan)["concrete next steps, each with who and a date"]
    assert not finding.met and "(2 complete so far)" in finding.advice
    assert not findings(replace(plan, next_steps=plan.next_steps[:1]))[
        "concrete next steps, each with who and a date"].met


def test_a_plan_reads_as_plain_text_to_share():
    text = good_alliance_plan().to_text()
    assert text.startswith("Allies:\n- Youth Voices for Clean Air (community power-building "
                           "organization): ")
    assert "- 2025-03-03: Meet Youth Voices leaders to share what we know (health officer)" in text


def test_the_practice_and_exercise_scenarios_are_different_moments_of_pushback():
    assert PRACTICE_PUSHBACK.id != EXERCISE_PUSHBACK.id
    assert "commissioner" in PRACTICE_PUSHBACK.text and "council member" in EXERCISE_PUSHBACK.text
    assert "report" in EXERCISE_PUSHBACK.text


def test_a_plan_saved_as_a_file_is_read_back_as_it_was(tmp_path):
    from grader.domain.alliance_plan import load_plan, save_plan
    from tests.support.keys_04 import good_alliance_plan

    path = save_plan(good_alliance_plan(), tmp_path / "alliance-plan.json")
    assert load_plan(path) == good_alliance_plan()
