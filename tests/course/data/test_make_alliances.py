"""Is the community-indicator data synthetic, consistent and varied enough to teach with?"""

from __future__ import annotations

from grader.course.data import load
from grader.course.data.make_alliances import INDICATORS, LATEST_YEAR, SEED, build


def test_the_maker_builds_two_new_tables_with_a_fixed_seed():
    tables = build()
    assert set(tables) == {"community_indicators", "community_indicator_values"}
    assert build(SEED) == tables
    assert build(SEED + 1) != tables


def test_every_indicator_says_who_chose_it_and_which_way_is_better():
    indicators = load("community_indicators")
    assert indicators["indicator_id"].is_unique and len(indicators) == len(INDICATORS)
    assert indicators["chosen_by"].str.len().gt(0).all()
    assert set(indicators["better"]) == {"up", "down"}


def test_chosen_by_names_riverbend_partner_organizations():
    partners = set(load("partners")["name"])
    assert set(load("community_indicators")["chosen_by"]) <= partners


def test_targets_lie_in_the_better_direction_after_the_baseline_year():
    for row in load("community_indicators").itertuples():
        assert (row.target > row.baseline) == (row.better == "up"), row.indicator_id
        assert row.target_year > row.baseline_year


def test_each_indicator_has_one_value_a_year_from_its_baseline_year_to_the_latest():
    indicators = load("community_indicators").set_index("indicator_id")
    values = load("community_indicator_values")
    assert not values.duplicated(["indicator_id", "year"]).any()
    for iid, rows in values.groupby("indicator_id"):
        first = indicators.loc[iid, "baseline_year"]
        assert list(rows["year"]) == list(range(first, LATEST_YEAR + 1))
        assert rows["value"].iloc[0] == indicators.loc[iid, "baseline"]


def test_every_value_refers_to_a_known_indicator():
    assert set(load("community_indicator_values")["indicator_id"]) == set(
        load("community_indicators")["indicator_id"])
