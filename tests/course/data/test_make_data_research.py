"""Is Module 07's data synthetic, complete and shaped to teach small-number handling?"""

from __future__ import annotations

import pytest

from grader.course.data import load
from grader.course.data.make_data_research import (
    GROUPS,
    INCOMES,
    NEIGHBORHOODS,
    SEED,
    build,
)

TABLES = {"diabetes_hospital_stays": "stays", "heat_illness_visits": "visits"}


def test_the_maker_builds_two_new_tables_with_a_fixed_seed():
    tables = build()
    assert set(tables) == set(TABLES)
    assert build(SEED) == tables
    assert build(SEED + 1) != tables


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_neighborhood_group_and_income_has_one_row(table):
    data = load(table)
    assert len(data) == len(NEIGHBORHOODS) * len(GROUPS) * len(INCOMES)
    assert not data.duplicated(["neighborhood", "race_ethnicity", "income"]).any()
    assert data.attrs["note"].startswith("SYNTHETIC DATA")


@pytest.mark.parametrize("table", sorted(TABLES))
def test_both_indicators_count_the_same_residents(table):
    diabetes, other = load("diabetes_hospital_stays"), load(table)
    assert diabetes["population"].tolist() == other["population"].tolist()
    assert (other[TABLES[table]] >= 0).all() and (other["population"] > 0).all()


@pytest.mark.parametrize("table", sorted(TABLES))
def test_county_wide_race_breakdown_has_hidden_unstable_and_stable_groups(table):
    counts = load(table).groupby("race_ethnicity")[TABLES[table]].sum()
    assert 1 <= counts["American Indian or Alaska Native"] <= 10
    assert 1 <= counts["Native Hawaiian or Pacific Islander"] <= 10
    assert 11 <= counts["Asian"] <= 19
    assert min(counts["Black"], counts["Latino"], counts["White"]) >= 20


@pytest.mark.parametrize("table", sorted(TABLES))
def test_lower_income_residents_carry_more_of_the_burden(table):
    data = load(table).groupby("income")[[TABLES[table], "population"]].sum()
    rate = data[TABLES[table]] / data["population"]
    assert rate["lower income"] > rate["middle income"] > rate["higher income"]
