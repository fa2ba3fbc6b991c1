"""Does Module 06's item file hold exactly the digests of tests/support/keys_06.py, do those answers earn full
points (and wrong ones less), and do the exercise's points match the syllabus?"""

from __future__ import annotations

import pytest

from grader.checks import known_checks, points, spec
from grader.checks.choice import QUESTIONS
from grader.course.syllabus import load_syllabus
from tests.support.keys_06 import CHOICES, GOOD_REWRITES, LABELS, RUBRIC_CHECKS

MODULE_CHECKS = sorted(cid for cid in known_checks() if cid.startswith(("06.", "ex06.")))


def right_answer(check_id: str):
    if check_id in CHOICES:
        return CHOICES[check_id]
    if check_id in LABELS:
        return dict(LABELS[check_id])
    return GOOD_REWRITES[check_id]


def test_every_module_06_check_has_a_key_or_is_a_rubric_check():
    assert sorted({*CHOICES, *LABELS, *RUBRIC_CHECKS}) == MODULE_CHECKS


def test_the_exercise_checks_are_graded_and_the_practice_checks_are_not():
    assert all(spec(cid).graded == cid.startswith("ex06.") for cid in MODULE_CHECKS)


@pytest.mark.parametrize("check_id", sorted(set(MODULE_CHECKS) - set(RUBRIC_CHECKS)))
def test_the_right_answer_earns_full_points(check_id):
    assert points(check_id, right_answer(check_id)) == spec(check_id).max_points > 0


@pytest.mark.parametrize("check_id", RUBRIC_CHECKS)
def test_a_good_rewrite_earns_no_automatic_points_the_trainer_reads_it(check_id):
    assert points(check_id, right_answer(check_id)) == spec(check_id).max_points == 0.0


@pytest.mark.parametrize("check_id", sorted(CHOICES))
def test_choice_reasons_never_name_an_option_letter_as_the_answer(check_id):
    for reason in QUESTIONS[check_id].reasons.values():
        assert "correct" not in reason.casefold() and "the answer is" not in reason.casefold()


def test_the_exercise_checks_add_up_to_the_syllabus_automatic_points():
    exercise = load_syllabus().module("06").exercise
    assert sum(spec(cid).max_points for cid in MODULE_CHECKS if cid.startswith("ex06.")) == exercise.automatic_points


def test_labels_mix_kinds_so_guessing_one_kind_everywhere_earns_at_most_two_thirds():
    for check_id, labels in LABELS.items():
        for guess in ("dominant", "transformative"):
            assert points(check_id, dict.fromkeys(labels, guess)) <= spec(check_id).max_points * 4 / 6


def test_every_dominant_narrative_appears_in_the_practice_and_in_the_exercise():
    for labels in LABELS.values():
        assert {"individualism", "market-only", "anti-government", "transformative"} <= set(labels.values())
