"""Is Module 02's synthetic data shaped for teaching suppression: small counts and zeros,
a simple rule that is enough, no ties, no rate on a rounding edge?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.course.data import NOTE, load
from grader.course.data.make_power_building import SEED, build
from grader.domain.data_brief import (
    TOTAL,
    Cell,
    lines,
    primary_cells,
    recoverable,
    suppress,
)
from tests.support.builders import asthma, evictions

BRIEFS = {"asthma": asthma, "evictions 2024": lambda: evictions(2024), "evictions 2025": lambda: evictions(2025)}


def simple_rule(counts: pd.DataFrame) -> tuple[set[Cell], bool]:
    """The rule as the notebooks teach it, by hand: hide 1-10, then while a row or column has one
    hidden cell, hide its smallest other non-zero count. Also says if any choice was a tie."""
    counts = counts.rename(index=str, columns=str)
    hidden, tie = set(primary_cells(counts)), False
    changed = True
    while changed:
        changed = False
        for _, members in lines(list(counts.index), list(counts.columns)):
            if sum(cell in hidden for cell in members) == 1:
                others = sorted((counts.at[c.row, c.column], c) for c in members
                                if c not in hidden and counts.at[c.row, c.column] > 0)
                tie = tie or (len(others) > 1 and others[0][0] == others[1][0])
                hidden.add(others[0][1])
                changed = True
    return hidden, tie


def test_both_tables_ship_with_the_synthetic_note_and_their_columns():
    assert list(load("brief_asthma_visits").columns) == ["neighborhood", "group", "visits", "population"]
    assert list(load("brief_evictions").columns) == ["year", "neighborhood", "household", "filings",
                                                     "renter_households"]
    assert load("brief_evictions").attrs["note"] == NOTE
    assert sorted(load("brief_evictions")["year"].unique()) == [2024, 2025]


def test_the_maker_is_deterministic_and_seeded():
    assert build() == build(SEED) and build(SEED + 1) != build()


@pytest.mark.parametrize("name", BRIEFS)
def test_each_table_has_small_counts_in_its_cells_but_not_in_its_totals(name):
    brief = BRIEFS[name]()
    small = primary_cells(brief.counts)
    assert 2 <= len(small) <= 6
    assert all(TOTAL not in cell for cell in small)
    assert len(brief.hidden) > len(small), "complementary suppression should be needed"


def test_the_exercise_table_shows_a_zero_and_has_a_count_of_exactly_10():
    counts = asthma().counts
    assert (counts == 0).to_numpy().sum() >= 1 and (counts == 10).to_numpy().sum() >= 1


@pytest.mark.parametrize("name", BRIEFS)
def test_the_simple_rule_by_hand_gives_the_brief_exactly_with_no_ties(name):
    brief = BRIEFS[name]()
    hidden, tie = simple_rule(brief.counts)
    assert hidden == set(brief.hidden) and not tie
    assert set(suppress(brief.counts, order="columns")) == hidden
    assert recoverable(list(hidden), list(brief.counts.index), list(brief.counts.columns)) == []


def test_the_practice_year_and_the_worked_example_year_hide_different_cells():
    assert set(evictions(2024).hidden) != set(evictions(2025).hidden)


@pytest.mark.parametrize("name", BRIEFS)
def test_no_rate_sits_on_a_rounding_edge(name):
    for value in BRIEFS[name]().rates().to_numpy().ravel():
        assert abs((value * 10) % 1 - 0.5) > 0.01, value
