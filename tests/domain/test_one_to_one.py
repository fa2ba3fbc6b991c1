"""Does the one-to-one review turn DESIGN §4's practice (30-45 minutes, curious, no pitch,
prompt follow-up) into the right rubric lines?"""

from __future__ import annotations

import pytest

from grader.domain.one_to_one import (
    FOLLOW_UP_WITHIN_DAYS,
    MAX_MINUTES,
    MIN_MINUTES,
    Finding,
    OneToOnePlan,
    is_curious,
    is_open_question,
    lines,
    pitch_words,
    review,
)


def good_plan(**changes) -> OneToOnePlan:
    plan = OneToOnePlan(
        partner="Keisha Robinson, Eastside Tenants Union",
        purpose="Get to know Rosa and what she and the union care about.",
        questions=[
            "What matters most to you about housing on the Eastside?",
            "How did you come to this work? Tell me your story.",
            "Why is this campaign important to your members?",
        ],
        listen_for=["what motivates her", "people she is connected to"],
        minutes=40,
        follow_up="Send a thank-you note and the inspection data she asked about.",
        follow_up_days=2,
    )
    for key, value in changes.items():
        setattr(plan, key, value)
    return plan


def verdicts(plan: OneToOnePlan) -> dict[str, bool]:
    return {finding.criterion: finding.met for finding in review(plan)}


def finding(plan: OneToOnePlan, starts: str) -> Finding:
    (found,) = [f for f in review(plan) if f.criterion.startswith(starts)]
    return found


def test_a_good_plan_meets_all_nine_rubric_lines_three_of_them_judgments():
    findings = review(good_plan())
    assert len(findings) == 9
    assert all(f.met for f in findings), [f for f in findings if not f.met]
    assert [f.criterion for f in findings if f.judgment] == [
        "purpose is to build a relationship, not to pitch", "at least three open questions",
        "questions about their values, story and interests"]


@pytest.mark.parametrize("question", ["Why?", "How so?", "What now?"])
def test_a_question_too_short_to_invite_a_story_is_not_open(question):
    assert not is_open_question(question)


def test_an_empty_plan_meets_none_of_the_rubric_lines():
    assert not any(verdicts(OneToOnePlan()).values())


def test_every_unmet_line_gives_advice():
    assert all(f.advice.strip() for f in review(OneToOnePlan()))


def test_rubric_follows_the_design_limits():
    assert (MIN_MINUTES, MAX_MINUTES, FOLLOW_UP_WITHIN_DAYS) == (30, 45, 7)


@pytest.mark.parametrize("minutes, met", [(29, False), (30, True), (40, True), (45, True), (46, False),
                                          (0, False), (90, False)])
def test_a_one_to_one_lasts_30_to_45_minutes(minutes, met):
    assert finding(good_plan(minutes=minutes), "lasts").met is met


def test_minutes_written_as_text_do_not_count():
    assert finding(good_plan(minutes="40"), "lasts").met is False


def test_a_blank_name_does_not_name_who_you_will_meet():
    assert finding(good_plan(partner="   "), "names who").met is False


@pytest.mark.parametrize("text, met", [("TBD", False), ("...", False), ("asdf", True), ("Rosa", True)])
def test_the_name_and_purpose_are_checked_for_being_filled_in_not_for_their_words(text, met):
    assert finding(good_plan(partner=text), "names who").met is met
    assert finding(good_plan(purpose=text), "says why").met is met


@pytest.mark.parametrize("question", ["What matters most to you?", "How did you get started?",
                                      "Why does this work matter?", "Tell me about your family.",
                                      "Who else should I meet?", "  where did you grow up?",
                                      "Could you tell me about the union?", "Share a time you felt proud."])
def test_open_questions_are_recognized(question):
    assert is_open_question(question)


@pytest.mark.parametrize("question", ["Do you like the clinic?", "Are you free on Tuesday?",
                                      "Would you join our coalition?", "Can you send members?",
                                      "Could you support our grant?", "Have you heard of us?",
                                      "Does the union endorse candidates?", "Is there a meeting soon?",
                                      "Should we meet again?", "I wanted to ask about housing."])
def test_yes_no_and_other_questions_are_not_open(question):
    assert not is_open_question(question)


def test_fewer_than_three_open_questions_is_flagged_with_the_count_so_far():
    plan = good_plan(questions=["What matters to you?", "Do you like us?", "Are you busy?"])
    found = finding(plan, "at least three open")
    assert found.met is False
    assert "(1 look open so far)" in found.advice


@pytest.mark.parametrize("question", ["What do you value most?", "Why do you care about this?",
                                      "Tell me your story.", "What do you hope for your kids?",
                                      "What keeps you up at night?", "Where did you grow up?"])
def test_curiosity_questions_ask_about_values_story_and_interests(question):
    assert is_curious(question)


@pytest.mark.parametrize("question", ["How many members do you have?", "When is your next meeting?"])
def test_logistics_questions_are_not_curiosity_questions(question):
    assert not is_curious(question)


def test_open_questions_without_curiosity_miss_the_values_line():
    plan = good_plan(questions=["How many members do you have?", "When do you meet?",
                                "Where is your office?"])
    assert verdicts(plan) == {**verdicts(good_plan()),
                              "questions about their values, story and interests": False}


@pytest.mark.parametrize("text, word", [("I want to pitch our program", "pitch"),
                                        ("Get them to sign up for screenings", "sign up"),
                                        ("Recruit members for the survey", "recruit"),
                                        ("Ask them to ENDORSE the plan", "endorse"),
                                        ("Sell the idea", "sell")])
def test_pitch_words_are_flagged(text, word):
    assert word in pitch_words(text)


def test_pitch_words_match_at_the_start_of_a_word_only():
    assert pitch_words("a counseling session") == []  # "sell" inside "counseling"
    assert pitch_words("get to know her") == []


def test_a_pitch_in_the_purpose_fails_the_purpose_line_and_names_the_word():
    found = finding(good_plan(purpose="Promote our services to the union."), "purpose")
    assert found.met is False
    assert '"our services"' in found.advice


def test_a_pitch_hidden_in_a_question_also_fails_the_purpose_line():
    plan = good_plan(questions=[*good_plan().questions, "Would you sign up for our program?"])
    assert finding(plan, "purpose").met is False


@pytest.mark.parametrize("days, met", [(0, True), (7, True), (8, False), (-1, False), (None, False),
                                       ("2", False)])
def test_follow_up_comes_within_seven_days(days, met):
    assert finding(good_plan(follow_up_days=days), "follows up").met is met


def test_follow_up_needs_a_stated_action_as_well_as_a_day():
    assert finding(good_plan(follow_up=" ", follow_up_days=1), "follows up").met is False


def test_at_least_two_things_to_listen_for():
    assert finding(good_plan(listen_for=["values"]), "says what you will listen").met is False
    assert finding(good_plan(listen_for="values\nconnections"), "says what you will listen").met


def test_review_reads_questions_typed_into_one_text_box():
    plan = good_plan(questions="\n".join(good_plan().questions))
    assert all(verdicts(plan).values())


def test_to_dict_and_from_dict_round_trip():
    plan = good_plan()
    data = plan.to_dict()
    assert set(data) == {"partner", "purpose", "questions", "listen_for", "minutes", "follow_up",
                         "follow_up_days"}
    assert OneToOnePlan.from_dict(data) == plan


def test_to_dict_copies_lists_so_the_dict_can_be_changed_safely():
    plan = good_plan()
    plan.to_dict()["questions"].append("extra")
    assert len(plan.questions) == 3


def test_from_dict_ignores_unknown_keys_and_fills_missing_ones_with_defaults():
    plan = OneToOnePlan.from_dict({"partner": "Ana", "color": "blue"})
    assert plan == OneToOnePlan(partner="Ana")


def test_lines_splits_a_text_box_and_drops_blank_lines_and_bullets():
    text = "  What matters to you?\n\n- How did you start?\n• Why now?\n\t\n"
    assert lines(text) == ["What matters to you?", "How did you start?", "Why now?"]


def test_lines_cleans_a_list_the_same_way():
    assert lines([" - values ", "", "  ", 42]) == ["values", "42"]


def test_lines_of_an_empty_text_is_an_empty_list():
    assert lines("") == [] and lines([]) == []


def test_a_plan_saved_as_a_file_is_read_back_as_it_was(tmp_path):
    from grader.domain.one_to_one import load_plan, save_plan
    from tests.support.builders import good_plan

    path = save_plan(good_plan(), tmp_path / "one-to-one-plan.json")
    assert load_plan(path) == good_plan()
