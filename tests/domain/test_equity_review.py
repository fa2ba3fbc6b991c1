"""Does an equity review hold one answer per equity question, explain bad input, travel as plain
data, and does its rubric say what is missing or vague, question by question?"""

from __future__ import annotations

import pytest

from grader.domain.equity_review import (
    CONTRACTING_POLICY,
    GRANTS_POLICY,
    HIRING_POLICY,
    KINDS,
    POLICIES,
    QUESTION_KEYS,
    QUESTIONS,
    EquityReview,
    Policy,
    UnknownQuestion,
    policy_kind,
    question,
    review,
)
from tests.support.keys_08 import good_review


def with_answer(key: str, text: str) -> EquityReview:
    """The good review with one answer replaced."""
    return EquityReview.from_dict({**good_review().to_dict(), key: text})


def finding(answer: EquityReview, key: str):
    (line,) = [f for f, k in zip(review(answer), QUESTION_KEYS, strict=True) if k == key]
    return line


# ---- the questions ----

def test_there_are_seven_questions_in_the_toolkits_order():
    assert [q.title for q in QUESTIONS] == [
        "Desired results", "Data", "Community engagement", "Who benefits and who is burdened",
        "Implementation", "Accountability", "Communication",
    ]
    assert all(q.prompt.endswith("?") for q in QUESTIONS)


@pytest.mark.parametrize("name, key", [
    ("desired results", "desired_results"), ("Data", "data"), ("benefits and burdens", "benefits_and_burdens"),
    ("Who benefits and who is burdened?", "benefits_and_burdens"), ("community_engagement", "community_engagement"),
    ("  IMPLEMENTATION ", "implementation"), ("accountable", "accountability"), ("communicate", "communication"),
])
def test_a_question_is_found_by_its_title_field_or_a_common_word(name, key):
    assert question(name).key == key


def test_an_unknown_question_lists_the_seven_names():
    with pytest.raises(UnknownQuestion, match='"budget" is not one of the equity questions. Use one of: "desired results"'):
        question("budget")


# ---- policies ----

def test_the_three_fictional_policies_cover_hiring_contracting_and_grant_making():
    assert set(POLICIES) == set(KINDS) == {"hiring", "contracting", "grant-making"}
    assert POLICIES["hiring"] is HIRING_POLICY and POLICIES["contracting"] is CONTRACTING_POLICY
    for policy in POLICIES.values():
        text = policy.to_markdown()
        assert policy.name in text and all(f"- {rule}" in text for rule in policy.rules)


@pytest.mark.parametrize("given, kind", [("Grants", "grant-making"), ("procurement", "contracting"),
                                         ("HR", "hiring"), ("", ""), (None, ""), (..., "")])
def test_a_policy_kind_accepts_common_words_and_leaves_a_blank_blank(given, kind):
    assert policy_kind(given) == kind


def test_an_unknown_policy_kind_says_which_kinds_there_are():
    with pytest.raises(ValueError, match="\"zoning\" is not a kind of policy this course reviews. Use one of: 'hiring'"):
        Policy("Zoning", "zoning", "Planning", "x", ())


# ---- the review object ----

def test_placeholders_become_empty_answers_and_spaces_are_tidied():
    answer = EquityReview(policy="P", data=..., implementation="  Two   words  ")
    assert answer.data == "" and answer.implementation == "Two words"
    assert EquityReview().is_empty() and not answer.is_empty()


def test_an_answer_that_is_not_text_explains_how_to_write_it():
    with pytest.raises(ValueError, match=r'data should be text in quotes, but it is 42. Write it as data="..."'):
        EquityReview(data=42)


def test_a_review_round_trips_through_a_dictionary():
    answer = good_review()
    assert EquityReview.from_dict(answer.to_dict()) == answer
    assert list(answer.answers()) == list(QUESTION_KEYS)


def test_a_dictionary_with_an_unknown_part_names_it_and_the_real_parts():
    with pytest.raises(ValueError, match="A review has no part called budget. Its parts are: policy, kind, desired_results"):
        EquityReview.from_dict({"budget": "x"})
    with pytest.raises(ValueError, match="should be a dictionary"):
        EquityReview.from_dict(["data"])  # type: ignore[arg-type]


def test_markdown_has_a_heading_per_question_and_marks_unanswered_ones():
    text = EquityReview(policy=GRANTS_POLICY.name, kind="grants", data="Some numbers").to_markdown()
    assert text.startswith("# Equity review: Community Health Mini-Grants (grant-making policy)")
    assert text.count("\n## ") == 7 and "*Not answered yet.*" in text and "Some numbers" in text


# ---- the rubric ----

def test_a_good_review_meets_every_line():
    assert [f.met for f in review(good_review())] == [True] * 7


def test_an_empty_answer_is_missing_and_repeats_the_prompt():
    line = finding(with_answer("implementation", ""), "implementation")
    assert line.missing and not line.met
    assert line.advice == f"Not answered yet: {question('implementation').prompt}"


@pytest.mark.parametrize("text", ["TBD", "N/A", "see above", "We will do it."])
def test_a_stock_or_very_short_answer_is_too_short_to_act_on(text):
    line = finding(with_answer("accountability", text), "accountability")
    assert not line.met and not line.missing and line.advice.startswith("Too short to act on.")


@pytest.mark.parametrize("key, vague, specific", [
    ("desired_results", "The policy will be more equitable and fair for everyone in the community.",
     "Black and Latino applicants are hired at the same rate as white applicants within three years."),
    ("data", "We looked at hiring data from HR for the last five years to see trends.",
     "We looked at who applied and who was hired over five years, by race and neighborhood."),
    ("community_engagement", "We asked community members for their feedback through a survey.",
     "We held two listening sessions with community health workers and paid each a $75 gift card."),
    ("benefits_and_burdens", "Everyone benefits from a qualified and professional workforce.",
     "People with degrees benefit. People without degrees but with lived experience are excluded."),
    ("implementation", "We will implement the new policy as soon as we possibly can.",
     "The HR director will update the job descriptions by December, with training for hiring managers."),
    ("accountability", "We will track progress regularly and hold ourselves accountable to everyone.",
     "HR will report hiring data broken down by race to the community advisory board each quarter."),
    ("communication", "We will tell everyone about the change when it is ready.",
     "We will email all staff and present the changes at the community meeting, translated into Spanish."),
])
def test_each_line_tells_a_vague_answer_from_a_specific_one(key, vague, specific):
    assert not finding(with_answer(key, vague), key).met
    assert finding(with_answer(key, specific), key).met


@pytest.mark.parametrize("text", [
    "Applicants with degrees benefit, and no one is burdened by the new rule at all.",
    "Large vendors gain a little from it, but there are no real burdens for any group.",
])
def test_saying_nobody_is_burdened_is_marked_for_another_look(text):
    line = finding(with_answer("benefits_and_burdens", text), "benefits_and_burdens")
    assert not line.met and "Every policy burdens someone" in line.advice


def test_a_review_of_good_intentions_gets_advice_on_every_line():
    weak = EquityReview(**dict.fromkeys(QUESTION_KEYS, "We will think about this carefully and do our very best."))
    lines = review(weak)
    assert not any(line.met or line.missing for line in lines)
    assert all(line.advice.startswith(("Say ", "Name ")) for line in lines)


def test_a_review_and_matches_saved_as_files_are_read_back(tmp_path):
    from grader.domain.equity_review import load_matches, load_review, save_matches, save_review
    from tests.support.keys_08 import good_review

    path = save_review(good_review(), tmp_path / "equity-review.json")
    assert load_review(path) == good_review()
    path = save_matches({"S1": "the data", "S2": None, "S3": "Benefits and burdens"}, tmp_path / "m.json")
    assert load_matches(path) == {"S1": "data", "S3": "who benefits and who is burdened"}
