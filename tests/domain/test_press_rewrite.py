"""Does the rewrite rubric credit a paragraph where conditions carry the story, catch each dominant
narrative's words, and say specifically and kindly what it found and what to try?"""

from __future__ import annotations

import pytest

from grader.domain.narrative import WORKED_DRAFT, WORKED_EXAMPLE, WORKED_REVISION
from grader.domain.press_rewrite import (
    JARGON,
    MAX_SENTENCE,
    MIN_WORDS,
    RUBRIC,
    conditions_found,
    found,
    review,
    sentences,
)
from tests.support.items import item_set
from tests.support.keys_06 import GOOD_REWRITES

EXERCISE_PARAGRAPH = item_set("ex06.rewrite")
PRACTICE_PARAGRAPH = item_set("06.rewrite")

MUST = [line.criterion for line in RUBRIC if line.must]
MUST_NOT = [line.criterion for line in RUBRIC if not line.must]
GOOD = GOOD_REWRITES["ex06.rewrite"]


def findings(text: str) -> dict[str, object]:
    return {finding.criterion: finding for finding in review(text)}


def met(text: str) -> dict[str, bool]:
    return {finding.criterion: finding.met for finding in review(text)}


def test_the_rubric_has_four_musts_and_three_must_nots_in_review_order():
    assert len(MUST) == 4 and len(MUST_NOT) == 3
    assert [f.criterion for f in review(GOOD)] == [line.criterion for line in RUBRIC]


@pytest.mark.parametrize("text", [*GOOD_REWRITES.values(), WORKED_REVISION], ids=["practice", "exercise", "worked"])
def test_a_good_rewrite_meets_every_line_and_says_what_it_found(text):
    result = review(text)
    assert all(f.met for f in result), [f.reason for f in result if not f.met]
    assert "behind" in findings(text)["names conditions as what drives the problem"].reason


@pytest.mark.parametrize("original", [WORKED_EXAMPLE, PRACTICE_PARAGRAPH, EXERCISE_PARAGRAPH], ids=lambda p: p.id)
def test_an_original_paragraph_misses_every_must_and_trips_a_must_not(original):
    result = met(original.text)
    assert not any(result[c] for c in MUST if c != "uses plain language")
    assert not all(result[c] for c in MUST_NOT)


def test_the_exercise_original_trips_all_three_must_nots_and_names_the_words():
    result = findings(EXERCISE_PARAGRAPH.text)
    assert not any(result[c].met for c in MUST_NOT)
    assert '"poor food choices"' in result["does not blame individual behavior"].reason
    assert '"if the market"' in result["does not make the fix only personal choice or the market"].reason
    assert '"stay out of the way"' in result["does not frame government as the problem"].reason


def test_the_worked_draft_names_conditions_but_not_as_the_cause():
    reason = findings(WORKED_DRAFT)["names conditions as what drives the problem"]
    assert not reason.met and reason.reason.startswith('You name "road", "crosswalks", "lighting"; now say plainly')


def test_a_group_without_credit_is_asked_to_credit_them():
    text = GOOD.replace("has organized for two years for", "would like").replace(
        "its members surveyed", "counted").replace("backs their proposal", "agrees")
    finding = findings(text)["credits community groups and their voice"]
    assert not finding.met and "now credit them" in finding.reason


def test_no_group_at_all_is_asked_to_name_one():
    finding = findings("Heat is behind the illness. " * 10)["credits community groups and their voice"]
    assert not finding.met and finding.reason.startswith("Name the community group")


def test_a_personal_fix_only_misses_the_structural_line():
    text = GOOD.replace("a community grocery co-op", "healthy food").replace(
        "will ask the county to fund the co-op and a new bus route to the nearest supermarket", "will share recipes")
    assert met(text)["names a structural solution"] is False
    assert met(text)["does not make the fix only personal choice or the market"] is True


def test_each_must_not_is_caught_by_its_own_words():
    assert not met(GOOD + " Residents should know better.")["does not blame individual behavior"]
    fix_line = "does not make the fix only personal choice or the market"
    assert not met(GOOD + " In the end it is up to families.")[fix_line]
    assert not met(GOOD + " Competition will do the rest.")[fix_line]
    assert not met(GOOD + " We will cut the red tape.")["does not frame government as the problem"]


def test_jargon_is_named_with_a_plainer_word():
    finding = findings(GOOD + " We will leverage our stakeholders.")["uses plain language"]
    assert not finding.met
    assert f'"leverage" could be "{JARGON["leverage"]}"' in finding.reason


def test_a_run_on_sentence_is_too_long_to_be_plain():
    run_on = GOOD.replace(". ", ", and ")
    finding = findings(run_on)["uses plain language"]
    assert not finding.met and f"none over {MAX_SENTENCE}" in finding.reason


def test_a_paragraph_over_the_limit_is_asked_to_be_shorter():
    finding = findings(" ".join([GOOD] * 3))["uses plain language"]
    assert not finding.met and "180 words or fewer" in finding.reason


def test_a_short_text_waits_for_a_whole_paragraph_before_the_lines_about_the_whole():
    result = review("Housing is behind asthma.")
    waiting = [f for f in result if f.too_short]
    assert [f.criterion for f in waiting] == ["uses plain language", *MUST_NOT]
    assert all(not f.met and f"at least {MIN_WORDS} words; yours has 4" in f.reason for f in waiting)
    assert result[0].met


def test_words_are_matched_whole_not_inside_other_words():
    assert found("Parents told us about the current air.", ("rent", "air")) == ["air"]
    assert found("Mold in the homes", ("mold", "home", "homes")) == ["mold", "homes"]
    assert found("The landlord\u2019s fault", ("landlord's fault",)) == ["landlord's fault"]


def test_a_longer_phrase_hides_the_shorter_word_inside_it():
    assert found("Speed limit and more", ("limit", "speed limit")) == ["speed limit"]


def test_conditions_are_grouped_as_social_economic_and_environmental():
    assert conditions_found("Low pay, damp housing and diesel fumes") == {
        "social": ["housing"], "economic": ["low pay"], "environmental": ["diesel"]}


def test_sentences_split_after_end_punctuation():
    assert sentences('One. "Two?" Three!') == ["One.", '"Two?"', "Three!"]


def test_the_checker_cannot_tell_a_denial_from_a_claim_as_the_module_warns():
    assert not met(GOOD + " This is not about personal responsibility.")["does not blame individual behavior"]


def test_every_rubric_line_lists_the_words_it_looks_for():
    for line in RUBRIC:
        assert line.words and line.explanation
