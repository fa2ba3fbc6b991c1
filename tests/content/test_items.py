"""Does every item in course/items measure judgement rather than test-wiseness, and does every
digest in them match its plain key?

One course-wide run of each rule over every module's items (the rules are in
tests/support/item_rules.py), plus made-up items that prove each rule catches what it should.
"""

from __future__ import annotations

import pytest

from grader.checks import points, spec
from grader.course.items import Item, all_items
from tests.support.answer_keys import RANKING_KINDS, every_choice_key, every_digest, item_digests
from tests.support.item_rules import (
    MAX_KEY_LENGTH_RATIO,
    MAX_SHARE,
    activity_cue,
    key_is_longest,
    key_length_ratio,
    points_at_key,
)

ITEMS = all_items()
CHOICES = [item for item in ITEMS if item.kind == "choice"]
SPECTRUM_SETS = [item for item in ITEMS if item.kind == "labels" and item.fields["vocabulary"] == "spectrum"]
KEYS = every_choice_key()


def _options(item: Item) -> tuple[str, list[str], dict[str, str]]:
    """The right option's words, the other options' words, and every option's reason."""
    options = {o["letter"]: o["text"] for o in item.fields["options"]}
    reasons = {o["letter"]: o["reason"] for o in item.fields["options"]}
    key = KEYS[item.id]
    return options[key], [text for letter, text in options.items() if letter != key], reasons


def _normal(found: object) -> object:
    """Digests compared without caring about the order of a plain list of them."""
    return tuple(sorted(found)) if isinstance(found, tuple) else found


# ---- digests and keys ----


def test_the_rules_below_find_the_course_s_choice_questions_and_spectrum_scenarios():
    """So that a renamed kind or field cannot leave the share rules below checking nothing."""
    assert len(CHOICES) >= 20, f"only {len(CHOICES)} choice questions found in course/items"
    scenarios = sum(len(item.fields["cases"]) for item in SPECTRUM_SETS)
    assert len(SPECTRUM_SETS) >= 3 and scenarios >= 10, f"only {scenarios} spectrum scenarios found in course/items"

def test_every_digest_in_the_item_files_matches_its_plain_key_and_every_key_has_its_item():
    held = {item.id: _normal(item_digests(item.fields)) for item in ITEMS if item_digests(item.fields) is not None}
    wanted = {check_id: _normal(found) for check_id, found in every_digest().items()}
    wrong = sorted(check_id for check_id in held.keys() & wanted.keys() if held[check_id] != wanted[check_id])
    assert wrong == [], f"Run `make digests` to write the digests of the plain keys for: {wrong}"
    assert sorted(held.keys() - wanted.keys()) == [], "These items hold digests with no plain key in tests/support."
    assert sorted(wanted.keys() - held.keys()) == [], "These plain keys have no item in course/items."


@pytest.mark.parametrize("item", [i for i in ITEMS if i.kind in RANKING_KINDS], ids=lambda i: i.id)
def test_a_ranking_lists_its_digests_a_to_z_so_the_file_never_shows_the_order(item):
    names = list(item.fields["key_digests"])
    assert names == sorted(names)


@pytest.mark.parametrize("item", CHOICES, ids=lambda i: i.id)
def test_the_key_letter_of_every_choice_question_earns_its_point_and_no_other_letter_does(item):
    for option in item.fields["options"]:
        expected = spec(item.id).max_points if option["letter"] == KEYS[item.id] else 0.0
        assert points(item.id, option["letter"]) == expected, option["letter"]


# ---- choice questions: options of similar length, feedback that does not point ----

def test_the_right_answer_is_the_longest_option_in_at_most_a_third_of_choice_questions():
    longest = [item.id for item in CHOICES if key_is_longest(*_options(item)[:2])]
    assert len(longest) <= MAX_SHARE * len(CHOICES), (
        f"The right answer is the longest option in {len(longest)} of {len(CHOICES)} questions: {longest}. "
        "Rewrite some so that a wrong option is the longest."
    )


@pytest.mark.parametrize("item", CHOICES, ids=lambda i: i.id)
def test_no_right_answer_is_much_longer_than_the_other_options(item):
    key, others, _ = _options(item)
    ratio = key_length_ratio(key, others)
    assert ratio <= MAX_KEY_LENGTH_RATIO, (
        f"The right option is {ratio:.2f} times as long as the others; write options of similar length."
    )


@pytest.mark.parametrize("item", CHOICES, ids=lambda i: i.id)
def test_wrong_option_feedback_explains_its_idea_without_pointing_at_the_right_option(item):
    key, others, reasons = _options(item)
    question = item.fields["question"]
    problems = {
        letter: found
        for letter, reason in reasons.items()
        if letter != KEYS[item.id] and (found := points_at_key(reason, key, others, question))
    }
    assert problems == {}


# ---- spectrum scenarios: look past the label ----

def _cued(item: Item) -> list[str]:
    return [s["id"] for s in item.fields["cases"] if activity_cue(s["text"])]


def test_at_most_a_third_of_all_spectrum_scenarios_contain_a_word_from_the_activities_table():
    cued = {item.id: _cued(item) for item in SPECTRUM_SETS}
    total = sum(len(item.fields["cases"]) for item in SPECTRUM_SETS)
    count = sum(len(found) for found in cued.values())
    assert count <= MAX_SHARE * total, f"{count} of {total} scenarios name an activity from the table: {cued}"


@pytest.mark.parametrize("item", [i for i in SPECTRUM_SETS if len(i.fields["cases"]) >= 3], ids=lambda i: i.id)
def test_in_each_set_of_scenarios_at_most_a_third_contain_a_word_from_the_activities_table(item):
    cued = {s["id"]: activity_cue(s["text"]) for s in item.fields["cases"] if activity_cue(s["text"])}
    assert len(cued) <= MAX_SHARE * len(item.fields["cases"]), cued


# ---- the rules themselves catch what they should ----

QUESTION = "A partner asks for row-level data by Friday. What do you do?"
KEY = "Share a table with small counts hidden and agree how it will be used"
OTHERS = ["Send the full file now, since the partner is trusted", "Refuse, since data never leave"]


def test_a_key_longer_than_every_other_option_counts_as_the_longest_and_a_tie_does_not():
    assert key_is_longest(KEY, OTHERS)
    assert not key_is_longest("Refuse", OTHERS)
    assert not key_is_longest(OTHERS[0], OTHERS)


def test_a_key_twice_as_long_as_the_others_breaks_the_length_rule():
    assert key_length_ratio(KEY * 2, OTHERS) > MAX_KEY_LENGTH_RATIO
    assert key_length_ratio("Send a summary table instead, today", OTHERS) <= MAX_KEY_LENGTH_RATIO


@pytest.mark.parametrize(
    "reason",
    [
        "Better to share a table with small counts hidden.",  # three of the key's words in a row
        "Think about what is hidden and how it will be used.",  # the key's distinctive words
        "The right answer is the one about agreements.",
        "Choose option (c) instead.",
    ],
)
def test_wrong_option_feedback_that_points_at_the_key_is_caught(reason):
    assert points_at_key(reason, KEY, OTHERS, QUESTION)


def test_feedback_that_explains_the_idea_of_a_wrong_option_passes():
    reason = "Trust is real, but a full file can still expose people the partner never meant to expose."
    assert points_at_key(reason, KEY, OTHERS, QUESTION) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The department hands out fact sheets at the library.", "fact sheets"),
        ("Residents fill in an online survey.", "survey"),
        ("They signed an MOU last spring.", "MOU"),
    ],
)
def test_a_scenario_that_names_an_activity_from_the_table_is_found(text, cue):
    assert activity_cue(text) == cue


def test_a_scenario_that_describes_what_happens_without_the_table_s_words_is_not_cued():
    assert activity_cue("Residents vote on how the $40,000 is spent, and staff carry out the plan.") is None
