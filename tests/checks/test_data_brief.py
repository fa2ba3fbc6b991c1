"""Do the data-brief checks read a learner's pandas table in any sensible shape, score safety
above all, and say what to change without saying which cells to hide?"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from grader.checks import check, points, spec
from grader.checks.data_brief import count_value, rate_values, read_table
from grader.checks.feedback import Status
from grader.checks.registry import AnswerProblem
from grader.course.data import load
from grader.domain.data_brief import MARKER, problems
from tests.support.builders import from_key
from tests.support.keys_02 import SAFE_COUNTS, SAFE_RATES
from tests.support.keys_07 import SAFE_COUNTS as SAFE_COUNTS_07

ROWS = ("Eastside", "Mill Flats", "North Bluff", "Riverside", "Southgate", "West End", "Total")
GROUPS = ("Asian", "Black", "Latino", "White", "Total")


def raw_counts() -> pd.DataFrame:
    visits = load("brief_asthma_visits")
    return visits.pivot_table(index="neighborhood", columns="group", values="visits", aggfunc="sum",
                              margins=True, margins_name="Total")


def population() -> pd.DataFrame:
    visits = load("brief_asthma_visits")
    return visits.pivot_table(index="neighborhood", columns="group", values="population", aggfunc="sum",
                              margins=True, margins_name="Total")


def notes(check_id: str, answer) -> dict[str, tuple[bool, str]]:
    return {n.label: (n.status is Status.HOLDS_UP, n.reason) for n in spec(check_id).grade(answer)}


SAFE = from_key(SAFE_COUNTS["ex02.safe_counts"])


# ---- reading a table ----

@pytest.mark.parametrize("value, shown", [(12, "12"), (12.0, "12"), (np.nan, MARKER), (None, MARKER),
                                          ("suppressed", MARKER), ("*", MARKER), (2.5, "2.5")])
def test_count_value_is_a_whole_number_or_suppressed(value, shown):
    assert count_value(value) == shown


def test_rate_values_round_to_one_decimal_either_way():
    assert rate_values(12.345) >= {"12.3"} and rate_values(np.nan) == {MARKER}
    assert rate_values(7) == {"7.0"}


def test_read_table_accepts_a_reset_index_the_default_margin_name_and_two_level_columns():
    plain = read_table(SAFE.reset_index(names="neighborhood"), ROWS, GROUPS, "neighborhood")
    assert list(plain.index) == list(ROWS)
    renamed = read_table(SAFE.rename(index={"Total": "All"}, columns={"Total": "All"}), ROWS, GROUPS, "neighborhood")
    assert "Total" in renamed.index and "Total" in renamed.columns
    visits = load("brief_asthma_visits")
    nested = visits.pivot_table(index="neighborhood", columns="group", values=["visits"], aggfunc="sum", margins=True)
    assert list(read_table(nested, ROWS, GROUPS, "neighborhood").columns) == list(GROUPS)


def test_read_table_refuses_what_is_not_a_table_or_repeats_a_row():
    with pytest.raises(AnswerProblem, match="Expected a pandas DataFrame, but this is a dict."):
        read_table({}, ROWS, GROUPS, "neighborhood")
    with pytest.raises(AnswerProblem, match="Some row or column appears twice"):
        read_table(pd.concat([SAFE, SAFE.iloc[:1]]), ROWS, GROUPS, "neighborhood")


# ---- the safe table of counts: safety first ----

def test_the_safe_table_earns_every_point_with_nan_or_a_marker():
    assert points("ex02.safe_counts", SAFE) == 5.0
    assert points("ex02.safe_counts", SAFE.astype(object).where(SAFE.notna(), MARKER)) == 5.0
    assert points("ex02.safe_counts", SAFE.reset_index(names="neighborhood")) == 5.0


def test_sharing_the_raw_counts_scores_low_and_names_the_small_ones():
    found = notes("ex02.safe_counts", raw_counts())
    assert points("ex02.safe_counts", raw_counts()) == 2.0
    held, reason = found["no count from 1 to 10 shown"]
    assert not held and reason.startswith("These show a count from 1 to 10: Eastside / Asian, Mill Flats / Asian")
    assert found["hidden counts stay hidden"] == (False, "Nothing is hidden yet: start by hiding every count from 1 to 10.")


def test_hiding_only_the_small_counts_says_which_could_be_worked_out():
    counts = raw_counts()
    primary = counts.mask((counts >= 1) & (counts <= 10))
    found = notes("ex02.safe_counts", primary)
    assert points("ex02.safe_counts", primary) == 3.0
    held, reason = found["hidden counts stay hidden"]
    assert not held and reason.startswith("Eastside / Asian is hidden, but it is the only hidden cell in row Eastside")
    assert "(4 other hidden cells too.)" in reason
    held, reason = found["hides what the rules need, no more"]
    assert reason.startswith("The table is not safe yet (see above). One safe way, the course's suggestion:")


def test_hiding_everything_is_safe_but_shows_nothing():
    everything = SAFE * np.nan
    found = notes("ex02.safe_counts", everything)
    assert points("ex02.safe_counts", everything) == 3.0
    assert found["counts"] == (False, "No count is shown yet: show every count the rules allow.")
    assert found["hides what the rules need, no more"][1].startswith(
        "25 more cells are hidden than a safe table of this data needs")


def heat_counts() -> pd.DataFrame:
    return load("heat_illness_visits").pivot_table(index="neighborhood", columns="income", values="visits",
                                                   aggfunc="sum", margins=True, margins_name="Total")


def hide(counts: pd.DataFrame, cells: set[tuple[str, str]]) -> pd.DataFrame:
    out = counts.astype(float)
    for row, column in cells:
        out.at[row, column] = np.nan
    return out


HEAT_KEY = {tuple(k.split(" / ")) for k, v in SAFE_COUNTS_07["ex07.shared"].items() if v == MARKER}


def test_another_safe_complementary_pattern_earns_every_point():
    # hide Southgate's lower-income count instead of its middle-income one: still nothing can be worked out
    other = (HEAT_KEY - {("Southgate", "middle income")}) | {("Southgate", "lower income")}
    assert other != HEAT_KEY and len(other) == len(HEAT_KEY)
    table = hide(heat_counts(), other)
    assert problems(table) == []
    assert points("ex07.shared", table) == spec("ex07.shared").max_points
    assert notes("ex07.shared", table)["hides what the rules need, no more"][0]


def test_an_unsafe_pattern_does_not_earn_the_point_and_says_the_course_way_is_a_suggestion():
    unsafe = hide(heat_counts(), HEAT_KEY - {("Southgate", "middle income")})
    found = notes("ex07.shared", unsafe)
    held, reason = found["hides what the rules need, no more"]
    assert not held and "the course's suggestion" in reason and "Any pattern" in reason
    assert not found["hidden counts stay hidden"][0]
    assert points("ex07.shared", unsafe) < spec("ex07.shared").max_points


def test_a_count_shown_where_the_course_pattern_hides_it_is_checked_against_the_data():
    # the middle-income column shown in full, then one of its cells made wrong
    table = hide(heat_counts(), {c for c in HEAT_KEY if c[1] != "middle income"})
    table.at["Southgate", "middle income"] += 5
    held, reason = notes("ex07.shared", table)["counts"]
    assert not held and reason.startswith("These do not match the data: Southgate / middle income.")


def test_a_wrong_count_that_still_adds_up_is_caught():
    # moving 5 visits between two shown cells keeps every total right, but neither cell is true
    table = hide(heat_counts(), HEAT_KEY)
    table.at["Eastside", "lower income"] += 5
    table.at["Eastside", "middle income"] -= 5
    held, reason = notes("ex07.shared", table)["counts"]
    assert not held and "Eastside / lower income, Eastside / middle income" in reason
    assert points("ex07.shared", table) < spec("ex07.shared").max_points


def test_a_small_count_shown_with_a_made_up_number_still_breaks_the_small_count_rule():
    table = SAFE.copy()
    table.at["Eastside", "Asian"] = 40.0  # the true count is from 1 to 10
    found = notes("ex02.safe_counts", table)
    assert found["no count from 1 to 10 shown"] == (
        False, "These show a count from 1 to 10: Eastside / Asian. Hide them (set them to None).")
    assert not found["counts"][0]


def test_a_miscounted_cell_is_named():
    wrong = SAFE.copy()
    wrong.at["Riverside", "Black"] += 1
    held, reason = notes("ex02.safe_counts", wrong)["counts"]
    assert not held and reason.startswith("These do not match the data: Riverside / Black.")


def test_a_table_with_a_missing_row_says_so():
    held, reason = notes("ex02.safe_counts", SAFE.drop(index="Total"))["rows and columns"]
    assert not held and reason.startswith("missing rows: Total.")


def test_feedback_never_names_a_cell_that_should_be_hidden():
    counts = raw_counts()
    primary = counts.mask((counts >= 1) & (counts <= 10))
    reason = notes("ex02.safe_counts", primary)["hides what the rules need, no more"][1]
    hidden = [k for k, v in SAFE_COUNTS["ex02.safe_counts"].items() if v == MARKER]
    assert not any(cell in reason for cell in hidden)


def test_the_exercise_self_check_says_only_ready_to_submit():
    counts = raw_counts()
    assert check("ex02.safe_counts", counts).headline == "Ready to submit"


# ---- the safe table of rates ----

def safe_rates() -> pd.DataFrame:
    return from_key(SAFE_RATES["ex02.safe_rates"])


def test_the_safe_rates_earn_every_point_rounded_or_not():
    assert points("ex02.safe_rates", safe_rates()) == 4.0
    exact = (raw_counts() / population() * 1000).where(SAFE.notna())
    assert points("ex02.safe_rates", exact) == 4.0


def test_rates_that_give_hidden_counts_away_lose_half_the_points():
    every_rate = (raw_counts() / population() * 1000).round(1)
    found = notes("ex02.safe_rates", every_rate)
    assert points("ex02.safe_rates", every_rate) == 2.0
    assert found["rates hidden with their counts"][1].startswith("5 rates are shown where the count is from 1 to 10;")


def test_rates_per_10000_do_not_match_and_say_how_to_compute_them():
    per_10000 = (raw_counts() / population() * 10_000).round(1).where(SAFE.notna())
    held, reason = notes("ex02.safe_rates", per_10000)["rates per 1,000"]
    assert not held and "multiply by 1,000 and round to one decimal place" in reason
    assert points("ex02.safe_rates", per_10000) == 3.0


def test_hidden_rates_that_could_be_shown_are_counted():
    # four more rates hidden, in a pattern that is still safe: only the rates line is lost
    fewer = safe_rates()
    for row in ("Riverside", "Southgate"):
        for column in ("Black", "Latino"):
            fewer.at[row, column] = np.nan
    found = notes("ex02.safe_rates", fewer)
    held, reason = found["rates per 1,000"]
    assert not held and reason.startswith("4 more rates are hidden than a safe table of this data needs.")
    assert found["rates hidden with their counts"][0]
    assert points("ex02.safe_rates", fewer) == 3.0


def test_one_more_hidden_rate_alone_in_its_row_reads_as_an_unsafe_pattern():
    fewer = safe_rates()
    fewer.at["Riverside", "Total"] = np.nan
    held, reason = notes("ex02.safe_rates", fewer)["rates hidden with their counts"]
    assert not held and "Riverside / Total is hidden, but it is the only hidden cell in row Riverside" in reason


ASTHMA_KEY = {tuple(k.split(" / ")) for k, v in SAFE_COUNTS["ex02.safe_counts"].items() if v == MARKER}


# the course hides Eastside's, Mill Flats' and Southgate's White counts as complements; the
# Black counts there protect the small Asian counts just as well
def alternative(key: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(row, "Black" if column == "White" else column) for row, column in key}


UNSAFE_DROP = ("Eastside", "White")


def every_rate() -> pd.DataFrame:
    return (raw_counts() / population() * 1000).round(1)


def test_another_safe_pattern_earns_every_point_for_the_counts_and_the_rates():
    other = alternative(ASTHMA_KEY)
    assert other != ASTHMA_KEY and len(other) == len(ASTHMA_KEY)
    counts = hide(raw_counts(), other)
    assert problems(counts) == []
    assert points("ex02.safe_counts", counts) == 5.0
    assert points("ex02.safe_rates", hide(every_rate(), other)) == 4.0


def test_rates_hidden_in_an_unsafe_pattern_lose_the_hidden_with_their_counts_line():
    # one hidden rate alone in its row: its count is the row total minus the others
    unsafe = ASTHMA_KEY - {UNSAFE_DROP}
    found = notes("ex02.safe_rates", hide(every_rate(), unsafe))
    held, reason = found["rates hidden with their counts"]
    assert not held and reason.startswith("Read as a table of counts, your hidden rates are not safe yet:")
    assert "is the only hidden cell in" in reason
    assert found["rates per 1,000"][0]
    assert points("ex02.safe_rates", hide(every_rate(), unsafe)) == 2.0


def test_a_wrong_rate_loses_the_rates_line_only():
    wrong = safe_rates()
    wrong.at["Riverside", "Black"] += 1
    found = notes("ex02.safe_rates", wrong)
    held, reason = found["rates per 1,000"]
    assert not held and reason.startswith("These do not match: Riverside / Black.")
    assert found["rates hidden with their counts"][0]
    assert points("ex02.safe_rates", wrong) == 3.0


# ---- the practice table (module 02) gives full feedback ----

def test_the_practice_check_gives_full_feedback_on_the_2025_evictions():
    evictions = load("brief_evictions")
    filings = evictions[evictions["year"] == 2025].pivot_table(
        index="neighborhood", columns="household", values="filings", aggfunc="sum", margins=True, margins_name="Total")
    feedback = check("02.evictions_table", filings.mask((filings >= 1) & (filings <= 10)))
    assert feedback.headline == "Worth another look: 3 of 5 hold up"
    assert points("02.evictions_table", from_key(SAFE_COUNTS["02.evictions_table"])) == 5.0


def test_a_table_about_something_else_cannot_be_checked_and_scores_zero():
    other = pd.DataFrame({"x": [1, 2], "y": ["a", "b"]})
    feedback = check("ex02.safe_counts", other)
    assert feedback.problem.startswith("This table does not have the rows and columns expected: one row per "
                                       "neighborhood (Eastside, Mill Flats")
    assert points("ex02.safe_counts", other) == 0.0 and points("ex02.safe_rates", other) == 0.0


# ---- where the true table comes from ----

def test_an_item_naming_a_table_that_does_not_ship_gets_a_clear_error():
    from grader.checks.data_brief import DataSource

    with pytest.raises(ValueError, match='there is no Riverbend table called "asthma"'):
        DataSource("asthma", "neighborhood", "group", "visits")


def test_an_item_naming_a_group_the_data_lacks_gets_a_clear_error_when_first_graded():
    from grader.checks.data_brief import DataSource, _true_table

    truth = _true_table(DataSource("brief_asthma_visits", "neighborhood", "group", "visits"), ROWS,
                        ("Asian", "Hispanic", "Total"))
    with pytest.raises(ValueError, match="the data has no neighborhood or group called Hispanic"):
        truth()


def test_the_true_counts_follow_the_items_filter():
    from grader.checks.data_brief import DataSource, _true_table

    rows, columns = ("Eastside", "Total"), ("families with children", "Total")
    source = DataSource("brief_evictions", "neighborhood", "household", "filings", where={"year": 2025})
    evictions = load("brief_evictions")
    assert _true_table(source, rows, columns)().counts.at["Total", "Total"] == evictions[
        evictions["year"] == 2025]["filings"].sum() != evictions["filings"].sum()
