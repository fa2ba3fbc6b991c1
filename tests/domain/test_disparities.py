"""Does a breakdown add up before it divides, say how far each rate can be trusted, and give
disparity ratios only between stable rates?"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from grader.domain.data_brief import MARKER
from grader.domain.disparities import (
    NO_DENOMINATOR,
    STABLE,
    SUPPRESSED,
    UNSTABLE,
    breakdown,
    disparity_ratios,
    overall_rate,
    reason,
    reliability,
    shareable,
)


def rows(*groups: tuple[str, int, int]) -> pd.DataFrame:
    """Two rows per group (so breakdown must add them up), with the given totals."""
    out = []
    for group, count, people in groups:
        out += [{"group": group, "cases": count // 2, "people": people // 2},
                {"group": group, "cases": count - count // 2, "people": people - people // 2}]
    return pd.DataFrame(out)


DATA = rows(("A", 200, 10_000), ("B", 90, 9_000), ("C", 15, 3_000), ("D", 4, 800), ("E", 0, 60))


@pytest.mark.parametrize(("count", "people", "expected"), [
    (20, 100, STABLE), (19, 5_000, UNSTABLE), (0, 5_000, UNSTABLE), (25, 99, STABLE),
    (1, 5_000, SUPPRESSED), (10, 5_000, SUPPRESSED), (11, 5_000, UNSTABLE), (3, 0, NO_DENOMINATOR),
])
def test_reliability_follows_the_small_count_rule_then_the_nchs_standard_of_twenty_events(count, people, expected):
    assert reliability(count, people) == expected


def test_the_reason_says_why_in_plain_words_and_names_what_was_counted():
    assert reason(12, 4_000, "visits").startswith("unstable: only 12 visits")
    assert "1 to 10" in reason(5, 4_000)
    assert reason(40, 50) == "stable: 40 cases among 50 people"  # the NCHS standard counts events, not people
    assert reason(0, 3_000, "stays") == ("unstable: no stays among 3,000 people, which does not show that "
                                         "the group is free of the problem (no ratio is given)")


def test_breakdown_adds_counts_and_people_up_before_dividing():
    table = breakdown(DATA, "group", count="cases", denominator="people")
    assert table.loc["A", "cases"] == 200 and table.loc["A", "people"] == 10_000
    assert table.loc["A", "rate"] == 200.0 and table.loc["B", "rate"] == 100.0
    assert list(table["reliability"]) == [STABLE, STABLE, UNSTABLE, SUPPRESSED, UNSTABLE]


def test_an_overall_row_is_everyone_not_the_average_of_the_rates():
    table = breakdown(DATA, "group", count="cases", denominator="people", overall="Everyone")
    everyone = overall_rate(DATA, count="cases", denominator="people")
    assert table.loc["Everyone", "rate"] == round(everyone, 1) == round(309 / 22_860 * 10_000, 1)
    assert everyone != pytest.approx(table["rate"].iloc[:-1].mean())


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"by": "place"}, "no column 'place'"),
    ({"count": "visits"}, "no column 'visits'"),
    ({"per": 0}, "per=0"),
    ({"overall": "A"}, "already called"),
])
def test_bad_arguments_say_what_is_wrong_and_how_to_fix_it(kwargs, message):
    arguments = {"by": "group", "count": "cases", "denominator": "people", **kwargs}
    with pytest.raises(ValueError, match=message):
        breakdown(DATA, arguments.pop("by"), **arguments)


def test_a_count_that_is_not_a_whole_number_is_refused_with_the_row():
    bad = DATA.assign(cases=DATA["cases"].astype(float))
    bad.loc[3, "cases"] = 2.5
    with pytest.raises(ValueError, match="whole numbers.*row 3"):
        breakdown(bad, "group", count="cases", denominator="people")


def test_ratios_are_given_only_between_stable_rates():
    table = disparity_ratios(breakdown(DATA, "group", count="cases", denominator="people"), "B")
    assert table.loc["A", "ratio"] == 2.0 and table.loc["B", "ratio"] == 1.0
    assert all(math.isnan(table.loc[g, "ratio"]) for g in "CDE")


def test_every_group_gets_a_sentence_that_matches_its_reliability():
    words = disparity_ratios(breakdown(DATA, "group", count="cases", denominator="people"), "B")["in plain words"]
    assert words["A"].endswith("2.00 times the rate of the reference group (B).")
    assert "reference group the others are compared with" in words["B"]
    assert "unstable: only 15 cases" in words["C"]
    assert words["D"].startswith("D: not shown.") and "4" not in words["D"]


def test_an_unstable_reference_group_is_refused_with_a_better_choice():
    table = breakdown(DATA, "group", count="cases", denominator="people")
    with pytest.raises(ValueError, match='reference group "C" has a rate that is unstable.*20 or more'):
        disparity_ratios(table, "C")
    with pytest.raises(ValueError, match='"Z" is not a group'):
        disparity_ratios(table, "Z")


def test_shareable_hides_small_counts_with_their_rates_and_ratios():
    table = disparity_ratios(breakdown(DATA, "group", count="cases", denominator="people"), "B")
    shared = shareable(table)
    assert shared.loc["D", "cases"] == MARKER and shared.loc["D", "rate"] == MARKER
    assert shared.loc["C", "cases"] == 15 and shared.loc["E", "cases"] == 0


def test_a_lone_hidden_count_is_protected_when_the_total_is_shown():
    table = breakdown(DATA, "group", count="cases", denominator="people", overall="Everyone")
    shared = shareable(table)
    assert shared.loc["D", "cases"] == MARKER
    assert shared.loc["C", "cases"] == MARKER, "the smallest other non-zero count is hidden too"
    assert shared.loc["Everyone", "cases"] == 309 and shared.loc["A", "cases"] == 200
    without_total = shareable(breakdown(DATA, "group", count="cases", denominator="people"))
    assert without_total.loc["C", "cases"] == 15
