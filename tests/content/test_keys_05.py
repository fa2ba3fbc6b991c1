"""Does Module 05's item file hold exactly the digests of tests/support/keys_05.py, do those answers earn full
points (and wrong ones less), and do the keys agree with the shipped Riverbend data?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.checks import known_checks, points, spec
from grader.checks.choice import QUESTIONS
from grader.course.data import load
from grader.domain.provider_scorecard import RUBRIC, scorecard
from tests.support.builders import ranked
from tests.support.keys_05 import CHOICES, COUNTS, RUBRIC_CHECKS, digests

MODULE_CHECKS = sorted(cid for cid in known_checks() if cid.startswith(("05.", "ex05.")))


def test_every_module_05_check_has_a_key_or_is_a_rubric_check():
    assert sorted({*CHOICES, *COUNTS, *RUBRIC_CHECKS}) == MODULE_CHECKS


def test_the_exercise_checks_are_graded_and_the_practice_checks_are_not():
    assert all(spec(cid).graded == cid.startswith("ex05.") for cid in MODULE_CHECKS)


@pytest.mark.parametrize("check_id", sorted(CHOICES))
def test_only_the_key_letter_earns_the_point(check_id):
    assert QUESTIONS[check_id].key_digest == digests()[check_id]["choice"]
    for letter in QUESTIONS[check_id].letters():
        assert points(check_id, letter) == (1.0 if letter == CHOICES[check_id] else 0.0), letter


def test_the_right_counts_earn_full_points_and_any_miscount_costs_one():
    right = pd.Series(COUNTS["05.reports_by_kind"]).rename_axis("kind")
    assert points("05.reports_by_kind", right) == spec("05.reports_by_kind").max_points == 5.0
    for kind in right.index:
        wrong = right.copy()
        wrong[kind] += 1
        assert points("05.reports_by_kind", wrong) == 4.0, kind


def test_the_right_scorecard_earns_full_points_and_any_wrong_score_less():
    assert points("ex05.scorecard", ranked(COUNTS["ex05.scorecard"])) == 5.0
    for provider in COUNTS["ex05.scorecard"]:
        wrong = {**COUNTS["ex05.scorecard"], provider: COUNTS["ex05.scorecard"][provider] + 5}
        assert points("ex05.scorecard", ranked(wrong)) < 5.0, provider


def test_the_scorecard_key_is_in_the_order_the_exercise_asks_for():
    frame = pd.DataFrame(list(COUNTS["ex05.scorecard"].items()), columns=["provider", "score"])
    assert frame.equals(ranked(COUNTS["ex05.scorecard"]))


def test_the_count_key_agrees_with_the_shipped_data():
    providers, indicators = load("providers"), load("provider_indicators")
    rows = indicators[(indicators["year"] == 2023) & (indicators["reports_data_by_race_language"] == "yes")]
    counted = rows.merge(providers, on="provider_id")["kind"].value_counts()
    assert {k: int(counted.get(k, 0)) for k in providers["kind"].unique()} == COUNTS["05.reports_by_kind"]


def test_the_scorecard_key_agrees_with_plain_pandas_and_with_the_domain_scorecard():
    providers, indicators = load("providers"), load("provider_indicators")
    year = indicators[indicators["year"] == 2024].merge(providers, on="provider_id")
    by_hand = (
        (year["reports_data_by_race_language"] == "yes") * 20
        + (year["interpretation_available"] == "yes") * 10
        + (year["community_board_members"] >= 2) * 20
        + (year["public_insurance_pct"] >= 30) * 10
        + (year["equity_plan_published"] == "yes") * 15
        + (year["community_benefit_pct"] >= 3) * 15
        + (year["complaints_resolved_pct"] >= 80) * 10
    )
    assert dict(zip(year["provider"], by_hand.astype(int), strict=True)) == COUNTS["ex05.scorecard"]
    card = scorecard(year, RUBRIC)
    assert list(zip(card["provider"], card["score"], strict=True)) == list(COUNTS["ex05.scorecard"].items())


def test_the_practice_year_gives_a_different_ranking_from_the_exercise_year():
    providers, indicators = load("providers"), load("provider_indicators")
    practice = scorecard(indicators[indicators["year"] == 2023].merge(providers, on="provider_id"))
    assert list(zip(practice["provider"], practice["score"], strict=True)) != list(COUNTS["ex05.scorecard"].items())
