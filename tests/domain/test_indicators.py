"""Does the indicator tracker measure progress against the community's own target, in either
direction, say whether each indicator is on track, and refuse indicators it cannot track?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.course.data import load
from grader.domain.indicators import (
    BEHIND,
    MOVING_AWAY,
    ON_TRACK,
    STATUSES,
    TARGET_REACHED,
    Indicator,
    expected_share,
    from_frames,
    gap_closed,
    progress_table,
    status,
)


def indicator(**changes) -> Indicator:
    base = dict(indicator_id="X1", name="Homes repaired", chosen_by="Eastside Tenants Union",
                better="up", baseline_year=2020, baseline=20, target=60, target_year=2028,
                values={2020: 20, 2022: 30, 2024: 40})
    return Indicator(**{**base, **changes})


def riverbend() -> list[Indicator]:
    return from_frames(load("community_indicators"), load("community_indicator_values"))


def test_gap_closed_is_the_share_of_the_distance_from_baseline_to_target():
    assert gap_closed(20, 60, 40) == 0.5
    assert gap_closed(20, 60, 60) == 1.0
    assert gap_closed(20, 60, 20) == 0.0


def test_gap_closed_works_the_same_when_lower_is_better():
    assert gap_closed(40, 10, 25) == 0.5
    assert gap_closed(40, 10, 46) == pytest.approx(-0.2)


def test_gap_closed_can_pass_the_target_or_move_away_from_it():
    assert gap_closed(20, 60, 70) == 1.25
    assert gap_closed(20, 60, 10) == -0.25


def test_a_target_equal_to_the_baseline_has_no_gap_and_says_so():
    with pytest.raises(ValueError, match="no gap to close"):
        gap_closed(5, 5, 7)


def test_expected_share_follows_a_straight_path_and_stays_between_0_and_1():
    assert expected_share(2020, 2028, 2024) == 0.5
    assert expected_share(2020, 2028, 2019) == 0.0
    assert expected_share(2020, 2028, 2030) == 1.0


def test_expected_share_needs_the_target_year_after_the_baseline_year():
    with pytest.raises(ValueError, match=r"target year \(2020\) must come after the baseline year"):
        expected_share(2020, 2020, 2021)


@pytest.mark.parametrize("progress, expected, words", [
    (1.0, 0.5, TARGET_REACHED), (1.3, 1.0, TARGET_REACHED), (0.6, 0.5, ON_TRACK),
    (0.5, 0.5, ON_TRACK), (0.4, 0.5, BEHIND), (0.0, 0.2, BEHIND), (-0.1, 0.5, MOVING_AWAY),
])
def test_status_is_said_in_words(progress, expected, words):
    assert status(progress, expected) == words


def test_an_indicator_measures_progress_in_its_latest_year_by_default():
    ind = indicator()
    assert ind.latest_year == 2024
    assert ind.progress() == 0.5
    assert ind.expected() == 0.5
    assert ind.status() == ON_TRACK


def test_an_indicator_uses_the_latest_value_at_or_before_a_year():
    ind = indicator()
    assert ind.year_for(2023) == 2022
    assert ind.progress(2023) == 0.25
    assert ind.expected(2023) == 0.25  # judged in the year of the value it uses
    assert ind.status(2022) == ON_TRACK  # a quarter of the gap closed, a quarter of the time gone
    assert indicator(values={2020: 20, 2022: 29}).status(2022) == BEHIND


def test_asking_for_a_year_before_any_value_says_when_the_values_start():
    with pytest.raises(ValueError, match="no value in or before 2019: its first value is from 2020"):
        indicator().progress(2019)


def test_an_indicator_without_values_says_to_add_some():
    with pytest.raises(ValueError, match="has no yearly values yet"):
        indicator(values={}).progress()


def test_an_indicator_must_say_which_community_chose_it():
    with pytest.raises(ValueError, match=r'Say who chose "Homes repaired" \(chosen_by="..."\)'):
        indicator(chosen_by="  ")


def test_the_direction_must_be_up_or_down():
    with pytest.raises(ValueError, match=r'better must be "up" \(higher is better\) or "down"'):
        indicator(better="higher")


def test_a_target_on_the_wrong_side_of_the_baseline_names_both_fixes():
    with pytest.raises(ValueError, match="says down is better, so its target should be below the "
                                         "baseline"):
        indicator(better="down")


def test_a_target_equal_to_the_baseline_is_refused_when_the_indicator_is_made():
    with pytest.raises(ValueError, match="equals its baseline"):
        indicator(target=20)


def test_years_and_values_are_stored_as_numbers():
    ind = indicator(values={"2020": "20", "2021": 25})
    assert ind.values == {2020: 20.0, 2021: 25.0}


def test_from_frames_reads_every_riverbend_indicator_with_its_values():
    found = riverbend()
    assert [ind.indicator_id for ind in found] == [f"I{n}" for n in range(1, 9)]
    assert all(ind.chosen_by for ind in found)
    first = found[0]
    assert first.values[first.baseline_year] == first.baseline
    assert first.latest_year == 2024


def test_from_frames_names_missing_columns():
    indicators = load("community_indicators").drop(columns=["chosen_by"])
    with pytest.raises(ValueError, match="The indicators table needs the columns chosen_by"):
        from_frames(indicators, load("community_indicator_values"))


def test_from_frames_refuses_something_that_is_not_a_table():
    with pytest.raises(ValueError, match="as a pandas DataFrame, not a list"):
        from_frames([], load("community_indicator_values"))


def test_progress_table_has_one_row_per_indicator_with_status_in_words():
    table = progress_table(riverbend(), 2023)
    assert len(table) == 8
    assert set(table["year"]) == {2023}
    assert set(table["status"]) <= set(STATUSES)
    row = table.set_index("indicator_id").loc["I2"]
    assert row["progress"] == pytest.approx(gap_closed(row["baseline"], row["target"], row["value"]),
                                            abs=1e-4)


def test_the_riverbend_data_shows_every_status_in_its_latest_year():
    assert set(progress_table(riverbend())["status"]) == set(STATUSES)


def test_progress_table_agrees_with_a_plain_pandas_calculation():
    indicators, values = load("community_indicators"), load("community_indicator_values")
    latest = values[values["year"] == 2024].merge(indicators, on="indicator_id")
    by_hand = ((latest["value"] - latest["baseline"]) / (latest["target"] - latest["baseline"]))
    table = progress_table(riverbend())
    assert list(table["progress"]) == pytest.approx(list(by_hand), abs=1e-4)
    assert isinstance(table, pd.DataFrame)


def test_from_frames_reads_a_blank_unit_as_no_unit_and_a_blank_chooser_as_a_problem():
    indicators, values = load("community_indicators"), load("community_indicator_values")
    assert from_frames(indicators.drop(columns=["unit", "neighborhood"]), values)[0].unit == ""
    blank = indicators.astype({"unit": object, "chosen_by": object})
    blank.loc[0, "unit"] = None
    assert from_frames(blank, values)[0].unit == ""
    blank.loc[0, "chosen_by"] = None
    with pytest.raises(ValueError, match='Say who chose "Mold complaints fixed within 30 days"'):
        from_frames(blank, values)
