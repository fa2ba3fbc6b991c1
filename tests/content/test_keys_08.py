"""Does Module 08's item file hold exactly the digests of tests/support/keys_08.py, do those answers earn
full points (and wrong ones less), do the keys agree with the shipped Riverbend data, and do the
statements' hints keep their answers to themselves?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.checks import known_checks, points, spec
from grader.checks.choice import QUESTIONS as CHOICE_QUESTIONS
from grader.checks.labels import case_sets
from grader.course.data import load
from grader.domain.contract_terms import missing_terms, score_contracts
from grader.domain.equity_review import question
from tests.support.keys_08 import (
    CHOICES,
    COUNTS,
    RUBRIC_CHECKS,
    SCORES,
    STATEMENTS,
    digests,
    good_review,
    ranked,
)

MODULE_CHECKS = sorted(cid for cid in known_checks() if cid.startswith(("08.", "ex08.")))


def year(number: int) -> pd.DataFrame:
    contracts = load("department_contracts")
    return contracts[contracts["fiscal_year"] == number].merge(load("department_contract_terms"), on="contract_id")


def test_every_module_08_check_has_a_key_or_is_a_rubric_check():
    assert sorted({*CHOICES, *STATEMENTS, *COUNTS, *SCORES, *RUBRIC_CHECKS}) == MODULE_CHECKS


def test_the_exercise_checks_are_graded_and_the_practice_checks_are_not():
    assert all(spec(cid).graded == cid.startswith("ex08.") for cid in MODULE_CHECKS)


def test_the_exercise_points_add_up_to_the_syllabus():
    from grader.course.syllabus import load_syllabus

    exercise = sum(spec(cid).max_points for cid in MODULE_CHECKS if cid.startswith("ex08."))
    assert exercise == load_syllabus().module("08").exercise.automatic_points == 18


@pytest.mark.parametrize("check_id", sorted(CHOICES))
def test_only_the_key_letter_earns_the_point(check_id):
    assert CHOICE_QUESTIONS[check_id].key_digest == digests()[check_id]["choice"]
    for letter in CHOICE_QUESTIONS[check_id].letters():
        assert points(check_id, letter) == (1.0 if letter == CHOICES[check_id] else 0.0), letter


@pytest.mark.parametrize("check_id", sorted(STATEMENTS))
def test_only_the_right_question_earns_each_statement_its_point(check_id):
    key = STATEMENTS[check_id]
    assert points(check_id, key) == len(key)
    for sid, right in key.items():
        for other in ("desired_results", "data", "community_engagement", "benefits_and_burdens",
                      "implementation", "accountability", "communication"):
            if other != right:
                assert points(check_id, {**key, sid: other}) == len(key) - 1, (sid, other)


@pytest.mark.parametrize("check_id", sorted(STATEMENTS))
def test_no_statement_hint_names_the_question_it_answers(check_id):
    for statement in case_sets("equity_question")[check_id]:
        right = question(STATEMENTS[check_id][statement.id])
        words = {right.title.casefold(), right.key.replace("_", " "), *right.aliases}
        assert not any(word in statement.hint.casefold() for word in words), statement.id


def test_the_exercise_statements_cover_six_different_questions():
    assert len(set(STATEMENTS["ex08.statements"].values())) == 6


def test_a_review_earns_no_automatic_points_the_trainer_reads_it():
    for check_id in RUBRIC_CHECKS:
        assert spec(check_id).max_points == 0.0
        assert points(check_id, good_review()) == 0.0


def test_the_right_counts_earn_full_points_and_any_miscount_costs_one():
    for check_id in COUNTS:
        right = pd.Series(COUNTS[check_id])
        assert points(check_id, right) == spec(check_id).max_points == len(right)
        for item in right.index:
            wrong = right.copy()
            wrong[item] += 1
            assert points(check_id, wrong) == len(right) - 1, item


def test_the_right_scores_earn_full_points_and_any_wrong_score_less():
    key = SCORES["ex08.scores"]
    assert points("ex08.scores", ranked(key)) == 5.0
    for contract in key:
        assert points("ex08.scores", ranked({**key, contract: key[contract] + 5})) < 5.0, contract


def test_the_prompt_payment_key_agrees_with_the_shipped_data():
    fy2024 = year(2024)
    counted = fy2024[fy2024["payment_days"] <= 30]["partner_kind"].value_counts()
    assert {k: int(counted.get(k, 0)) for k in fy2024["partner_kind"].unique()} == COUNTS["08.prompt_payment"]


def test_the_score_key_agrees_with_plain_pandas_and_with_the_domain_tool():
    data = year(2025)
    by_hand = (
        (data["pays_partners_for_time"] == "yes") * 20
        + (data["plain_language_reports"] == "yes") * 10
        + (data["shares_data_back"] == "yes") * 15
        + (data["local_hire_pct"] >= 40) * 10
        + (data["payment_days"] <= 30) * 15
        + (data["accessible_materials"] == "yes") * 15
        + (data["languages_offered"] >= 3) * 15
    )
    assert dict(zip(data["contract"], by_hand.astype(int), strict=True)) == SCORES["ex08.scores"]
    card = score_contracts(data)
    assert list(zip(card["contract"], card["score"], strict=True)) == list(SCORES["ex08.scores"].items())


def test_the_missing_terms_key_agrees_with_the_domain_tool():
    assert missing_terms(year(2025)).to_dict() == COUNTS["ex08.missing_terms"]
