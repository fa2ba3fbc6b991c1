"""Do module 04's digests encode exactly the answers in tests/support/keys_04.py, do those answers
earn full points (and wrong ones less), and do they agree with the Riverbend data?"""

from __future__ import annotations

import pytest

from grader.checks import known_checks, points, spec
from grader.checks.choice import QUESTIONS
from grader.course.data import load
from tests.support.keys_04 import (
    ALLIANCE_PLANS,
    CHARTS,
    CHOICES,
    SHARE_YEARS,
    SHARES,
    digests,
    right_answer,
)

MODULE_CHECKS = sorted(c for c in known_checks() if c.startswith(("04.", "ex04.")))


def test_every_module_check_has_a_key_or_is_a_rubric_or_chart_check():
    assert set(CHOICES) | set(SHARES) | set(ALLIANCE_PLANS) | set(CHARTS) == set(MODULE_CHECKS)


@pytest.mark.parametrize("check_id", MODULE_CHECKS)
def test_the_right_answer_earns_full_points(check_id):
    assert points(check_id, right_answer(check_id)) == spec(check_id).max_points > 0


@pytest.mark.parametrize("check_id", sorted(CHOICES))
def test_every_wrong_letter_scores_zero(check_id):
    assert QUESTIONS[check_id].key_digest == digests()[check_id]["choice"]
    for letter in QUESTIONS[check_id].letters():
        expected = spec(check_id).max_points if letter == CHOICES[check_id] else 0.0
        assert points(check_id, letter) == expected, letter


@pytest.mark.parametrize("check_id", sorted(SHARES))
def test_moving_any_one_share_by_five_hundredths_costs_its_part(check_id):
    full = spec(check_id).max_points
    for item in SHARES[check_id]:
        answer = right_answer(check_id)
        answer[item] += 0.05
        assert points(check_id, answer) == round(full - full / len(SHARES[check_id]), 2), item


@pytest.mark.parametrize("check_id", sorted(SHARES))
def test_share_keys_agree_with_the_shipped_riverbend_data(check_id):
    indicators, values = load("community_indicators"), load("community_indicator_values")
    year = values[values["year"] == SHARE_YEARS[check_id]].merge(indicators, on="indicator_id")
    shares = (year["value"] - year["baseline"]) / (year["target"] - year["baseline"])
    computed = dict(zip(year["indicator_id"], shares, strict=True))
    assert set(computed) == set(SHARES[check_id])
    for item, key in SHARES[check_id].items():
        assert abs(computed[item] - key) <= 0.005 + 1e-9, item


def test_the_exercise_and_practice_ask_about_different_years():
    assert SHARE_YEARS["04.progress_2022"] != SHARE_YEARS["ex04.progress"]
    assert SHARES["04.progress_2022"] != SHARES["ex04.progress"]
