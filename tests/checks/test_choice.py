"""Do choice questions accept an answer however it is written, and explain without giving the key away?"""

from __future__ import annotations

import pytest

from grader.checks import choice
from grader.checks.choice import QUESTIONS, ChoiceQuestion, choice_question
from grader.checks.feedback import Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, check, points, spec
from tests.support.answer_keys import CHOICES, every_choice_key

EVERY_KEY = every_choice_key()

POWER = QUESTIONS["00.power"]


def toy(check_id: str = "zz.choice") -> ChoiceQuestion:
    return ChoiceQuestion(
        check_id, "Toy", "Pick one.",
        (("a", "Apples"), ("b", "Ripe bananas")),
        {"a": "Apples are red.", "b": "Bananas are yellow."},
        digest(check_id, "choice", "b"),
    )


@pytest.mark.parametrize("answer", ["b", "B", " b ", "(b)", "b.", "(B) "])
def test_letter_for_accepts_a_letter_in_any_case_and_dress(answer):
    assert POWER.letter_for(answer) == "b"


@pytest.mark.parametrize("answer", ["Mill Flats has fewer clinics, school nurses and asthma home visits "
                                    "than other parts of the county.",
                                    "mill flats has fewer CLINICS, school nurses and asthma home visits "
                                    "than other parts of the county",
                                    "  Mill Flats has fewer clinics,  school nurses and asthma home visits "
                                    "than other parts   of the county. "])
def test_letter_for_accepts_the_option_text_in_any_case_and_spacing(answer):
    assert POWER.letter_for(answer) == "b"


@pytest.mark.parametrize("answer", ["d", "ab", "power", "1", 2])
def test_an_answer_that_is_not_an_option_lists_the_letters(answer):
    with pytest.raises(AnswerProblem) as raised:
        POWER.letter_for(answer)
    assert str(raised.value) == f'"{answer}" is not one of the options. Answer with one letter: "a", "b", "c".'


def test_letters_and_option_text_come_from_the_options():
    assert POWER.letters() == ["a", "b", "c"]
    assert POWER.option_text("b") == ("Mill Flats has fewer clinics, school nurses and asthma home visits "
                                      "than other parts of the county.")


@pytest.mark.parametrize("check_id", sorted(QUESTIONS))
def test_every_question_explains_every_option(check_id):
    question = QUESTIONS[check_id]
    assert len(set(question.letters())) == len(question.letters()) >= 2
    assert set(question.reasons) == set(question.letters())
    assert all(reason.strip() for reason in question.reasons.values())


@pytest.mark.parametrize("check_id", sorted(QUESTIONS))
def test_the_key_is_a_digest_not_a_letter(check_id):
    assert QUESTIONS[check_id].key_digest not in QUESTIONS[check_id].letters()
    assert len(QUESTIONS[check_id].key_digest) == 20


def test_every_question_in_the_course_has_a_plain_key_for_the_tests():
    assert set(EVERY_KEY) == set(QUESTIONS)


@pytest.mark.parametrize("check_id", sorted(EVERY_KEY))
def test_only_the_key_letter_scores_and_the_key_matches_its_digest(check_id):
    assert QUESTIONS[check_id].key_digest == digest(check_id, "choice", EVERY_KEY[check_id])
    for letter in QUESTIONS[check_id].letters():
        assert points(check_id, letter) == (1.0 if letter == EVERY_KEY[check_id] else 0.0)


@pytest.mark.parametrize("check_id", sorted(EVERY_KEY))
def test_no_wrong_options_reason_names_the_right_letter_or_words(check_id):
    question, key = QUESTIONS[check_id], EVERY_KEY[check_id]
    for letter, reason in question.reasons.items():
        if letter != key:
            assert question.option_text(key) not in reason and f"({key})" not in reason


def test_a_right_answer_holds_up_with_its_reason():
    feedback = check("00.power", "C")
    assert feedback.passed and feedback.points == 1.0
    (note,) = feedback.notes
    assert (note.label, note.status, note.reason) == ("option c", Status.HOLDS_UP, POWER.reasons["c"])


def test_a_wrong_answer_is_worth_reconsidering_with_that_options_reason():
    feedback = check("00.power", POWER.option_text("a").upper())
    (note,) = feedback.notes
    assert (note.label, note.status, note.reason) == ("option a", Status.RECONSIDER, POWER.reasons["a"])
    assert feedback.headline == "Worth another look"
    assert feedback.points == 0.0


@pytest.mark.parametrize("check_id", [cid for cid in sorted(CHOICES) if not spec(cid).graded])
def test_feedback_on_a_wrong_answer_never_names_the_right_option(check_id):
    question, key = QUESTIONS[check_id], CHOICES[check_id]
    for letter in question.letters():
        if letter == key:
            continue
        text = str(check(check_id, letter)) + check(check_id, letter)._repr_html_()
        assert f"option {key}" not in text
        assert question.option_text(key) not in text


def test_a_registered_question_is_a_check_with_a_letter_prompt(private_catalog):
    choice_question(toy(), max_points=2.0)
    found = spec("zz.choice")
    assert found.expects == "Answer with the letter of one option: a, b."
    assert (found.max_points, found.graded) == (2.0, False)
    assert choice.QUESTIONS["zz.choice"] == toy()
    assert points("zz.choice", "RIPE  bananas") == 2.0
    assert points("zz.choice", "apples") == 0.0


def test_a_bracketed_letter_scores_like_the_bare_letter(private_catalog):
    choice_question(toy())
    assert points("zz.choice", "(b)") == points("zz.choice", "b") == 1.0


def test_a_graded_question_keeps_its_verdict_for_nbgrader(private_catalog):
    choice_question(toy("zz.graded"), graded=True)
    assert spec("zz.graded").graded
    assert check("zz.graded", "a").headline == "Ready to submit"
    assert points("zz.graded", "a") == 0.0 and points("zz.graded", "b") == 1.0


def test_an_answer_that_is_not_an_option_is_a_problem_not_a_wrong_answer():
    feedback = check("00.power", "d")
    assert feedback.problem == '"d" is not one of the options. Answer with one letter: "a", "b", "c".'
    assert feedback.notes == ()


def test_the_widget_label_form_of_an_option_is_accepted():
    from grader.checks.choice import QUESTIONS

    question = QUESTIONS["00.power"]
    letter, words = question.options[1]
    assert question.letter_for(f"{letter}) {words}") == letter
