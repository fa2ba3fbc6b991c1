"""Are Riverbend's contracts reproducible, complete, scoreable by the course rubric, and varied
enough to teach with (ties, values right on a threshold, slow payment for small groups)?"""

from __future__ import annotations

import pandas as pd

from grader.course.data import NOTE, load
from grader.course.data import make_internal_policies as maker
from grader.domain.contract_terms import (
    RUBRIC,
    check_terms,
    missing_terms,
    score_contracts,
)


def year(number: int) -> pd.DataFrame:
    contracts = load("department_contracts")
    return contracts[contracts["fiscal_year"] == number].merge(load("department_contract_terms"), on="contract_id")


def test_the_maker_has_a_fixed_seed_and_makes_only_its_own_two_tables():
    assert isinstance(maker.SEED, int)
    assert maker.build() == maker.build(maker.SEED)
    assert set(maker.build()) == {"department_contracts", "department_contract_terms"}
    assert maker.build(maker.SEED + 1) != maker.build()


def test_both_tables_are_labeled_synthetic():
    assert load("department_contracts").attrs["note"] == load("department_contract_terms").attrs["note"] == NOTE


def test_every_contract_has_one_row_of_terms_and_a_name_unique_within_its_year():
    contracts, terms = load("department_contracts"), load("department_contract_terms")
    assert contracts["contract_id"].is_unique and terms["contract_id"].is_unique
    assert set(contracts["contract_id"]) == set(terms["contract_id"])
    assert not contracts.duplicated(["fiscal_year", "contract"]).any()
    assert set(contracts["fiscal_year"]) == {2024, 2025}


def test_the_terms_table_has_every_rubric_column_and_every_value_can_be_scored():
    assert list(load("department_contract_terms").columns) == ["contract_id", *RUBRIC.columns]
    for number in (2024, 2025):
        assert len(check_terms(year(number))) == len(year(number))


def test_partners_include_small_community_organizations_and_larger_ones():
    assert set(load("department_contracts")["partner_kind"]) == {
        "small community organization", "large nonprofit", "for-profit vendor", "university"}


def test_the_exercise_year_has_ties_no_perfect_or_zero_score_and_every_term_sometimes_missing():
    scores = score_contracts(year(2025))["score"]
    assert scores.duplicated().sum() >= 2
    assert scores.min() > 0 and scores.max() < RUBRIC.total
    missing = missing_terms(year(2025))
    assert (missing > 0).all() and (missing < len(year(2025))).all()


def test_some_values_sit_exactly_on_a_threshold():
    data = year(2025)
    on = sum(int((data[t.column] == t.threshold).sum()) for t in RUBRIC.terms if t.threshold is not None)
    assert on >= 3


def test_small_community_organizations_wait_longest_to_be_paid():
    days = year(2025).groupby("partner_kind")["payment_days"].mean()
    assert days.idxmax() == "small community organization"


def test_the_practice_year_gives_a_different_ranking_from_the_exercise_year():
    practice, exercise = score_contracts(year(2024)), score_contracts(year(2025))
    assert list(zip(practice["contract"], practice["score"], strict=True)) != list(zip(exercise["contract"], exercise["score"], strict=True))
