"""Does a data brief hide every small count, keep hidden counts from being worked out, state its
rates with their denominators, and refuse to share anything unsafe?"""

from __future__ import annotations

import math
import random
from collections import deque

import numpy as np
import pandas as pd
import pytest

from grader.domain.data_brief import (
    COMPLEMENTARY_RULE,
    MARKER,
    NO_SUPPRESSION_RULE,
    SMALL_COUNT_RULE,
    TOTAL,
    Cell,
    DataBrief,
    UnsafeTable,
    assert_safe,
    hidden_cells,
    markdown_table,
    primary_cells,
    problems,
    recoverable,
    safety_report,
    shown_number,
    suppress,
)


def long_table(counts: dict[tuple[str, str], int], population: int = 1_000) -> pd.DataFrame:
    return pd.DataFrame([{"place": r, "group": c, "n": n, "people": population + 100 * n}
                         for (r, c), n in counts.items()])


def brief_of(grid: list[list[int]], **options) -> DataBrief:
    counts = {(f"R{i}", f"C{j}"): n for i, row in enumerate(grid) for j, n in enumerate(row)}
    return DataBrief(long_table(counts), row="place", column="group", count="n", denominator="people",
                     indicator="visits", **options)


def with_totals(grid: list[list[int]]) -> pd.DataFrame:
    table = pd.DataFrame(grid, index=[f"R{i}" for i in range(len(grid))],
                         columns=[f"C{j}" for j in range(len(grid[0]))])
    table[TOTAL] = table.sum(axis=1)
    table.loc[TOTAL] = table.sum(axis=0)
    return table


def random_grid(rng: random.Random) -> list[list[int]]:
    rows, columns = rng.randint(1, 6), rng.randint(1, 5)
    values = [0, 0, 1, 2, 5, 9, 10, 11, 12, 25, 40, 80, 150, 400]
    return [[rng.choice(values) for _ in range(columns)] for _ in range(rows)]


def bridges(hidden: list[Cell]) -> set[Cell]:
    """Independent check: with a Total row and column, a hidden cell can be worked out exactly
    when it is a bridge of the graph whose nodes are rows and columns and whose edges are the
    hidden cells (it lies on no cycle of hidden cells)."""
    def connected(edges: list[Cell], start: str, goal: str) -> bool:
        seen, queue = {start}, deque([start])
        while queue:
            node = queue.popleft()
            for cell in edges:
                ends = ("r:" + cell.row, "c:" + cell.column)
                if node in ends:
                    other = ends[1] if node == ends[0] else ends[0]
                    if other not in seen:
                        seen.add(other)
                        queue.append(other)
        return goal in seen

    return {cell for cell in hidden
            if not connected([c for c in hidden if c != cell], "r:" + cell.row, "c:" + cell.column)}


def lines_of(table: pd.DataFrame) -> list[list[Cell]]:
    rows, columns = [str(r) for r in table.index], [str(c) for c in table.columns]
    return [[Cell(r, c) for c in columns] for r in rows] + [[Cell(r, c) for r in rows] for c in columns]


# ---- the rules, property by property, on many random tables ----

SEEDS = range(150)


@pytest.mark.parametrize("seed", SEEDS)
def test_after_suppression_no_shown_count_is_from_1_to_10(seed):
    safe = brief_of(random_grid(random.Random(seed))).safe_counts()
    shown = [value for value in safe.to_numpy().ravel() if value != MARKER]
    assert not [value for value in shown if 1 <= value <= 10]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("order", ["rows", "columns"])
def test_after_suppression_no_row_or_column_has_exactly_one_hidden_cell(seed, order):
    counts = with_totals(random_grid(random.Random(seed)))
    hidden = set(suppress(counts, order=order))
    for line in lines_of(counts):
        assert sum(cell in hidden for cell in line) != 1, line


@pytest.mark.parametrize("seed", SEEDS)
def test_after_suppression_no_hidden_value_can_be_recovered_from_any_totals(seed):
    counts = with_totals(random_grid(random.Random(seed)))
    hidden = suppress(counts)
    assert bridges(hidden) == set()
    assert recoverable(hidden, list(counts.index), list(counts.columns)) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_suppression_hides_every_small_count_and_shows_every_other_value_unchanged(seed):
    brief = brief_of(random_grid(random.Random(seed)))
    safe = brief.safe_counts()
    assert set(primary_cells(brief.counts)) <= set(brief.hidden)
    for row in safe.index:
        for column in safe.columns:
            if Cell(row, column) not in brief.hidden:
                assert safe.at[row, column] == brief.counts.at[row, column]


@pytest.mark.parametrize("seed", range(300))
def test_recoverable_agrees_with_the_independent_bridge_rule_on_any_hidden_pattern(seed):
    rng = random.Random(seed)
    rows = [f"R{i}" for i in range(rng.randint(1, 5))] + [TOTAL]
    columns = [f"C{j}" for j in range(rng.randint(1, 4))] + [TOTAL]
    hidden = [Cell(r, c) for r in rows for c in columns if rng.random() < 0.35]
    assert set(recoverable(hidden, rows, columns)) == bridges(hidden)


# ---- the rules on tables one can check by eye ----

def test_a_count_of_10_is_hidden_and_a_zero_is_shown():
    brief = brief_of([[10, 0, 50], [30, 40, 60]])
    safe = brief.safe_counts()
    assert safe.at["R0", "C0"] == MARKER
    assert safe.at["R0", "C1"] == 0


def test_the_complement_is_the_smallest_other_non_zero_cell_in_the_row():
    brief = brief_of([[3, 0, 80, 25], [50, 60, 70, 90]])
    assert Cell("R0", "C3") in brief.hidden          # 25: smallest non-zero other than the 3
    assert Cell("R0", "C1") not in brief.hidden      # the 0 is not used to protect the 3
    assert Cell("R0", "C2") not in brief.hidden


def test_complementary_suppression_repeats_until_stable():
    # hiding the 3 forces one more in row R0 (the 20), which is then alone in column C1
    brief = brief_of([[3, 20, 90], [40, 30, 70], [60, 50, 80]])
    assert {Cell("R0", "C0"), Cell("R0", "C1")} <= set(brief.hidden)
    column_c0 = [c for c in brief.hidden if c.column == "C0"]
    column_c1 = [c for c in brief.hidden if c.column == "C1"]
    assert len(column_c0) >= 2 and len(column_c1) >= 2


def test_a_table_with_nothing_small_hides_nothing():
    brief = brief_of([[11, 0], [40, 12]])
    assert brief.hidden == ()
    assert brief.safe_counts().equals(brief.counts.astype(object))


def test_a_small_total_is_hidden_too():
    brief = brief_of([[2, 3], [40, 50]])
    assert Cell("R0", TOTAL) in brief.hidden


def test_the_safety_net_protects_a_count_the_simple_rule_leaves_exposed():
    # two squares of hidden cells joined by a single hidden cell: every row and column has two
    # or more hidden cells, yet the joining cell follows from the totals
    rows, columns = ["a", "b", "c", "d", TOTAL], ["w", "x", "y", "z", TOTAL]
    hidden = [Cell("a", "w"), Cell("a", "x"), Cell("b", "w"), Cell("b", "x"), Cell("b", "y"),
              Cell("c", "y"), Cell("c", "z"), Cell("d", "y"), Cell("d", "z")]
    assert recoverable(hidden, rows, columns) == [Cell("b", "y")]
    assert problems_for(hidden, rows, columns)[0].explanation.startswith(
        "is hidden, but its value can still be worked out by adding and subtracting")


def problems_for(hidden: list[Cell], rows: list[str], columns: list[str]):
    table = pd.DataFrame(50.0, index=rows, columns=columns)
    for cell in hidden:
        table.at[cell.row, cell.column] = np.nan
    return problems(table)


def test_without_totals_no_hidden_cell_can_be_worked_out():
    table = pd.DataFrame({"x": [np.nan, 40.0], "y": [30.0, 50.0]}, index=["a", "b"])
    assert problems(table) == []


# ---- reading and judging a table someone made ----

@pytest.mark.parametrize("value, number", [
    (None, None), (np.nan, None), (pd.NA, None), ("suppressed", None), ("<11", None), ("", None),
    (True, None), ("12", 12.0), ("1,234", 1234.0), (3, 3.0), (np.int64(7), 7.0), (2.5, 2.5),
])
def test_shown_number_reads_numbers_and_treats_blanks_and_markers_as_hidden(value, number):
    assert shown_number(value) == number


def test_problems_names_a_shown_small_count_and_the_rule():
    table = with_totals([[7, 40], [30, 50]])
    found = problems(table)
    assert found[0].cell == Cell("R0", "C0") and found[0].rule == SMALL_COUNT_RULE
    assert "shows 7" in str(found[0])


def test_problems_explains_a_hidden_cell_alone_in_its_row():
    table = with_totals([[7, 40], [30, 50]]).astype(float)
    table.at["R0", "C0"] = np.nan
    found = problems(table)
    assert [(p.cell, p.rule) for p in found] == [(Cell("R0", "C0"), COMPLEMENTARY_RULE)]
    assert "only hidden cell in row R0" in found[0].explanation


def test_a_properly_suppressed_table_has_no_problems_whatever_the_marker():
    brief = brief_of([[3, 20, 90], [40, 30, 70], [60, 50, 80]])
    assert problems(brief.safe_counts()) == []
    as_nan = brief.safe_counts().replace(MARKER, np.nan)
    assert problems(as_nan) == []
    assert hidden_cells(as_nan) == list(brief.hidden)


def test_assert_safe_refuses_with_the_cell_and_the_rule():
    with pytest.raises(UnsafeTable) as refused:
        assert_safe(with_totals([[40, 4], [30, 50]]))
    assert refused.value.cell == Cell("R0", "C1")
    assert refused.value.rule == SMALL_COUNT_RULE
    assert str(refused.value).startswith("Refusing to share this table. R0 / C1: shows 4")


# ---- the brief: rates, summary, export ----

def visits_brief(**options) -> DataBrief:
    data = pd.DataFrame([
        {"place": "North", "group": "A", "n": 4, "people": 400},
        {"place": "North", "group": "B", "n": 60, "people": 3_000},
        {"place": "North", "group": "C", "n": 45, "people": 2_500},
        {"place": "South", "group": "A", "n": 22, "people": 1_100},
        {"place": "South", "group": "B", "n": 90, "people": 3_600},
        {"place": "South", "group": "C", "n": 30, "people": 1_500},
        {"place": "West", "group": "A", "n": 35, "people": 1_400},
        {"place": "West", "group": "B", "n": 70, "people": 2_800},
        {"place": "West", "group": "C", "n": 0, "people": 200},
    ])
    data.attrs["note"] = "SYNTHETIC DATA: made up for a test."
    return DataBrief(data, row="place", column="group", count="n", denominator="people",
                     indicator="asthma visits", denominator_label="residents", **options)


def test_rates_use_their_denominators_and_the_stated_base():
    brief = visits_brief(per=10_000)
    assert brief.rates().at["South", "B"] == pytest.approx(90 / 3_600 * 10_000)
    assert brief.rates().at[TOTAL, TOTAL] == pytest.approx(356 / 16_500 * 10_000)
    assert brief.unit == "per 10,000 residents"


def test_a_rate_is_hidden_wherever_its_count_is_hidden():
    brief = visits_brief()
    rates = brief.safe_rates()
    for cell in brief.hidden:
        assert rates.at[cell.row, cell.column] == MARKER
    assert set(brief.hidden) == {Cell("North", "A"), Cell("North", "C"), Cell("South", "A"), Cell("South", "C")}
    assert rates.at["South", "B"] == 25.0 and rates.at["West", "C"] == 0.0


def test_the_summary_says_each_rate_in_plain_words():
    summary = visits_brief().summary()
    said = dict(zip(zip(summary["place"], summary["group"], strict=True), summary["in plain words"], strict=True))
    assert said[("South", "B")] == ("South, B: 25.0 asthma visits for every 1,000 residents, "
                                    "1.2 times the overall rate.")
    assert said[("North", "A")].startswith("North, A: not shown")
    assert said[("all", "all")].startswith("Overall: 21.6 asthma visits")
    assert said[("South", "all")].startswith("South (every group): ")
    assert list(summary.columns) == ["place", "group", "asthma visits", "residents", "rate per 1,000 residents",
                                     "compared with overall", "in plain words"]


def test_export_writes_a_markdown_brief_with_no_small_count(tmp_path):
    path = visits_brief().export(tmp_path / "brief.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Asthma visits by place and group")
    assert "SYNTHETIC DATA: made up for a test." in text
    assert "| North | suppressed |" in text
    assert "| 4 |" not in text and "per 1,000 residents" in text


def test_export_writes_the_summary_as_csv(tmp_path):
    path = visits_brief().export(tmp_path / "brief.csv")
    back = pd.read_csv(path)
    assert len(back) == 4 * 4 and MARKER in set(back["asthma visits"].astype(str))


def test_export_without_suppression_is_refused_naming_a_small_count(tmp_path):
    with pytest.raises(UnsafeTable) as refused:
        visits_brief().export(tmp_path / "raw.md", suppress=False)
    assert refused.value.rule == NO_SUPPRESSION_RULE
    assert refused.value.cell == Cell("North", "A")
    assert "it would show 4" in str(refused.value) and "suppress=True" in str(refused.value)
    assert not (tmp_path / "raw.md").exists()


def test_a_brief_whose_hidden_cells_were_tampered_with_refuses_to_export(tmp_path):
    brief = visits_brief()
    brief.hidden = ()
    with pytest.raises(UnsafeTable) as refused:
        brief.export(tmp_path / "brief.md")
    assert refused.value.cell == Cell("North", "A") and refused.value.rule == SMALL_COUNT_RULE


def test_export_names_the_file_types_it_writes(tmp_path):
    with pytest.raises(ValueError, match=r"\.md file \(the brief\) or a \.csv file"):
        visits_brief().export(tmp_path / "brief.xlsx")


def test_markdown_table_formats_thousands_and_markers():
    table = pd.DataFrame({"x": [1234, MARKER]}, index=["a", "b"], dtype=object)
    assert markdown_table(table, "place") == "| place | x |\n|---|---|\n| a | 1,234 |\n| b | suppressed |"


# ---- bad inputs get a clear error with a fix ----

def base_rows() -> list[dict]:
    return [{"place": p, "group": g, "n": 20, "people": 500} for p in ("N", "S") for g in ("A", "B")]


def make(rows, **options) -> DataBrief:
    settings = dict(row="place", column="group", count="n", denominator="people", indicator="visits")
    settings.update(options)
    return DataBrief(pd.DataFrame(rows) if isinstance(rows, list) else rows, **settings)


@pytest.mark.parametrize("change, message", [
    (lambda rows: rows[0].update(n=-1), "'n' must hold whole numbers of 0 or more, but N / A has -1"),
    (lambda rows: rows[0].update(n=2.5), "but N / A has 2.5"),
    (lambda rows: rows[1].update(people=0), "has a 'people' of 0, so no rate can be worked out"),
    (lambda rows: rows.append(dict(rows[0])), "appears more than once. Add the rows up first"),
    (lambda rows: rows.pop(), "missing: S / B. Add each with its count"),
    (lambda rows: rows[0].update(group="Total"), 'A group is called "Total"'),
])
def test_bad_data_is_refused_with_a_fix(change, message):
    rows = base_rows()
    change(rows)
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make(rows)


def test_a_missing_column_is_named_with_the_ones_present():
    with pytest.raises(ValueError, match=r"no column 'people'\. Its columns are: 'place', 'group', 'n'"):
        make(pd.DataFrame(base_rows()).drop(columns="people"))


def test_an_empty_table_is_refused():
    with pytest.raises(ValueError, match="The data has no rows"):
        make(pd.DataFrame(base_rows()).iloc[0:0])


def test_rates_must_be_per_1000_or_per_10000():
    with pytest.raises(ValueError, match="per 1,000 or per 10,000"):
        make(base_rows(), per=100)


def test_a_brief_needs_a_dataframe():
    with pytest.raises(ValueError, match="needs a pandas DataFrame, but this is a list"):
        DataBrief([1, 2], row="a", column="b", count="c", denominator="d", indicator="e")  # type: ignore[arg-type]


def test_nothing_in_the_rules_is_left_to_chance():
    assert not math.isnan(visits_brief().rates().at[TOTAL, TOTAL])
    assert visits_brief().hidden == visits_brief().hidden


# ---- the safety report a learner reads ----

def test_the_safety_report_lists_every_problem_in_plain_words():
    report = safety_report(with_totals([[7, 40], [30, 50]]))
    assert not report.safe
    assert str(report).startswith("Not safe to share yet (1 to fix):\n- R0 / C0: shows 7")


def test_the_safety_report_says_when_a_table_is_safe():
    report = safety_report(brief_of([[3, 20, 90], [40, 30, 70], [60, 50, 80]]).safe_counts())
    assert report.safe and repr(report).startswith("Safe to share: no count from 1 to 10 is shown")


@pytest.mark.parametrize("answer", [..., None, "table"])
def test_the_safety_report_waits_kindly_for_a_table(answer):
    report = safety_report(answer)
    assert not report.safe and str(report).startswith("There is no table here yet")


def test_a_brief_of_all_zeros_says_there_is_no_overall_rate_to_compare_with():
    summary = brief_of([[0, 0], [0, 0]]).summary()
    assert set(summary["compared with overall"]) == {"no comparison with"}
    assert summary["in plain words"].iloc[0] == ("R0, C0: 0.0 visits for every 1,000 people, "
                                                 "no comparison with the overall rate.")
