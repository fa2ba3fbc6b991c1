"""Is Riverbend's provider network data reproducible, complete for both years, scoreable by the
course rubric, and varied enough to teach with (ties, values right at a threshold)?"""

from __future__ import annotations

import pandas as pd

from grader.course.data import NOTE, load, make_movement
from grader.domain.provider_scorecard import RUBRIC, check_table, scorecard


def tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    return load("providers"), load("provider_indicators")


def year(number: int) -> pd.DataFrame:
    providers, indicators = tables()
    return indicators[indicators["year"] == number].merge(providers, on="provider_id")


def test_the_maker_has_a_fixed_seed_and_makes_only_its_own_two_tables():
    assert isinstance(make_movement.SEED, int)
    assert make_movement.build() == make_movement.build(make_movement.SEED)
    assert set(make_movement.build()) == {"providers", "provider_indicators"}
    assert make_movement.build(make_movement.SEED + 1) != make_movement.build()


def test_both_tables_are_labeled_synthetic():
    providers, indicators = tables()
    assert providers.attrs["note"] == indicators.attrs["note"] == NOTE


def test_every_provider_has_one_row_for_each_year():
    providers, indicators = tables()
    assert providers["provider_id"].is_unique and providers["provider"].is_unique
    assert set(indicators["provider_id"]) == set(providers["provider_id"])
    assert not indicators.duplicated(["provider_id", "year"]).any()
    assert len(indicators) == len(providers) * len(make_movement.YEARS)


def test_the_network_has_clinics_hospitals_and_health_plans():
    providers, _ = tables()
    assert set(providers["kind"]) == {"community health center", "free clinic", "urgent care center",
                                      "hospital", "health plan"}


def test_every_year_passes_the_rubrics_value_checks():
    for number in make_movement.YEARS:
        assert len(check_table(year(number), RUBRIC)) == len(load("providers"))


def test_the_exercise_year_has_ties_and_no_perfect_or_zero_score():
    scores = scorecard(year(2024))["score"]
    assert scores.duplicated().sum() >= 2
    assert scores.min() > 0 and scores.max() < RUBRIC.total


def test_some_values_sit_exactly_on_a_threshold():
    data = year(2024)
    on_threshold = sum(int((data[c.column] == c.at_least).sum()) for c in RUBRIC.criteria if c.at_least is not None)
    assert on_threshold >= 3
