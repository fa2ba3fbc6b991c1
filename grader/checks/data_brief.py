"""Checks on a data brief a learner makes with pandas: a safe table of counts, and of rates.

The data ship with the course, so each check works out the true counts (and rates) from the
Riverbend table its item names. Any safe way of hiding earns the points: the sharing rules of
``grader.domain.data_brief`` say which shown counts are from 1 to 10 and which hidden ones
could be worked out. The course's way of choosing extra cells (``suppress``) is only a
suggestion. Feedback counts the cells still to change; it never says which to hide.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, partial
from typing import NamedTuple

import numpy as np
import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.registry import AnswerProblem, register
from grader.course.data import TABLES, load
from grader.domain.data_brief import (
    COMPLEMENTARY_RULE,
    MARKER,
    SMALL_MAX,
    SMALL_MIN,
    TOTAL,
    Cell,
    TableProblem,
    labeled,
    problems,
    shown_number,
    suppress,
)

PIVOT_HINT = ('pivot_table(index=..., columns=..., values=..., aggfunc="sum", margins=True, '
              'margins_name="Total")')


def cell_key(cell: Cell) -> str:
    """How a cell is named in feedback: "Eastside / Asian"."""
    return str(cell)


def count_value(value: object) -> str:
    """What a count cell shows, as text: a whole number, or "suppressed"."""
    number = shown_number(value)
    if number is None:
        return MARKER
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def rate_values(value: object, decimals: int = 1) -> set[str]:
    """What a rate cell shows, rounded as the exercise asks (either rounding rule is fine)."""
    number = shown_number(value)
    if number is None:
        return {MARKER}
    return {f"{round(number, decimals):.{decimals}f}", f"{np.round(number, decimals):.{decimals}f}"}


def read_table(answer: object, rows: tuple[str, ...], columns: tuple[str, ...], row_key: str,
               column_key: str = "group") -> pd.DataFrame:
    """The learner's table with text labels; "All" (pandas' default margin name) reads as Total."""
    if not isinstance(answer, pd.DataFrame):
        raise AnswerProblem(f"Expected a pandas DataFrame, but this is a {type(answer).__name__}.")
    table = answer
    if isinstance(table.columns, pd.MultiIndex):
        table = table.copy()
        table.columns = table.columns.get_level_values(-1)
    if row_key in table.columns and not {str(i) for i in table.index} & set(rows):
        table = table.set_index(row_key)
    table = labeled(table).rename(index={"All": TOTAL}, columns={"All": TOTAL})
    if not (set(table.index) & set(rows)) or not (set(table.columns) & set(columns)):
        raise AnswerProblem(
            f"This table does not have the rows and columns expected: one row per {row_key} "
            f"({', '.join(rows)}) and one column per {column_key} ({', '.join(columns)}). Build it with "
            f"{PIVOT_HINT}.")
    if table.index.has_duplicates or table.columns.has_duplicates:
        raise AnswerProblem("Some row or column appears twice. Make one row per "
                            f"{row_key} and one column per {column_key}, with {PIVOT_HINT}.")
    return table


def layout_note(table: pd.DataFrame, rows: tuple[str, ...], columns: tuple[str, ...], row_key: str,
                column_key: str) -> Note:
    missing_rows = [r for r in rows if r not in table.index]
    missing_columns = [c for c in columns if c not in table.columns]
    extra = [str(x) for x in (*table.index, *table.columns) if x not in (*rows, *columns)]
    if not (missing_rows or missing_columns or extra):
        return Note("rows and columns", Status.HOLDS_UP,
                    f"One row per {row_key} and one column per {column_key}, with totals.")
    parts = [f"missing rows: {', '.join(missing_rows)}" if missing_rows else "",
             f"missing columns: {', '.join(missing_columns)}" if missing_columns else "",
             f"not expected here: {', '.join(extra[:5])}" if extra else ""]
    return Note("rows and columns", Status.RECONSIDER,
                f"{'; '.join(p for p in parts if p)}. Build the table with {PIVOT_HINT}.")


def _grid(table: pd.DataFrame, rows: tuple[str, ...], columns: tuple[str, ...]) -> pd.DataFrame:
    """The learner's table on the expected rows and columns; anything missing reads as hidden."""
    return table.reindex(index=list(rows), columns=list(columns))


def _names(found: list[Cell], limit: int = 4) -> str:
    shown = ", ".join(cell_key(cell) for cell in found[:limit])
    return shown + (f" and {len(found) - limit} more" if len(found) > limit else "")


def _plural(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _is(number: int) -> str:
    return "is" if number == 1 else "are"


def _pivot(frame: pd.DataFrame, row: str, column: str, values: str, rows: tuple[str, ...],
           columns: tuple[str, ...]) -> pd.DataFrame:
    """``values`` summed by ``row`` and ``column``, with totals, on the item's rows and columns."""
    table = frame.pivot_table(index=row, columns=column, values=values, aggfunc="sum", margins=True,
                              margins_name=TOTAL)
    table = labeled(table)
    absent = [str(x) for x in (*rows, *columns) if x not in (*table.index, *table.columns)]
    if absent:
        raise ValueError(f"the data has no {row} or {column} called {', '.join(absent[:4])}. "
                         f"Name the rows and columns as the data does.")
    return table.reindex(index=list(rows), columns=list(columns)).astype(float)


class Truth(NamedTuple):
    """What the shipped data says: every count, every rate, and how many cells a safe table hides."""

    counts: pd.DataFrame
    rates: pd.DataFrame | None
    needed: int


def _truth(source: DataSource, rows: tuple[str, ...], columns: tuple[str, ...], per: int | None) -> Truth:
    frame = load(source.table)
    for name, value in source.where.items():
        if name not in frame.columns:
            raise ValueError(f'"where" names {name!r}, which is not a column of {source.table}. '
                             f"Its columns are: {', '.join(map(str, frame.columns))}.")
        frame = frame[frame[name] == value]
    counts = _pivot(frame, source.row, source.column, source.count, rows, columns)
    rates = None
    if per is not None and source.denominator:
        denominators = _pivot(frame, source.row, source.column, source.denominator, rows, columns)
        rates = counts / denominators * per
    return Truth(counts, rates, len(suppress(counts.astype("int64"))))


@dataclass(frozen=True)
class DataSource:
    """Where an item's true table comes from: a shipped Riverbend table, summed by two fields."""

    table: str
    row: str
    column: str
    count: str
    denominator: str = ""
    where: Mapping[str, int | str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.table not in TABLES:
            raise ValueError(f'there is no Riverbend table called "{self.table}". Use one of: {", ".join(TABLES)}.')


def _true_table(source: DataSource, rows: tuple[str, ...], columns: tuple[str, ...],
                per: int | None = None) -> Callable[[], Truth]:
    """The true table, worked out once, the first time a learner's answer needs it."""
    return cache(partial(_truth, source, rows, columns, per))


def _shown_cells(grid: pd.DataFrame, cells: list[Cell]) -> set[Cell]:
    return {cell for cell in cells if shown_number(grid.at[cell.row, cell.column]) is not None}


def _counts_note(shown_safe: set[Cell], wrong: list[Cell]) -> Note:
    if not shown_safe:
        return Note("counts", Status.RECONSIDER, "No count is shown yet: show every count the rules allow.")
    if wrong:
        return Note("counts", Status.RECONSIDER,
                    f"These do not match the data: {_names(wrong)}. Add the counts up with {PIVOT_HINT}.")
    return Note("counts", Status.HOLDS_UP, "Every count you show matches the data.")


def _small_note(small: list[Cell]) -> Note:
    label = "no count from 1 to 10 shown"
    if small:
        return Note(label, Status.RECONSIDER,
                    f"These show a count from 1 to 10: {_names(small)}. Hide them (set them to None).")
    return Note(label, Status.HOLDS_UP, "No count from 1 to 10 is shown.")


def _exposed_note(hidden: set[Cell], exposed: list[TableProblem]) -> Note:
    label = "hidden counts stay hidden"
    if not hidden:
        return Note(label, Status.RECONSIDER, "Nothing is hidden yet: start by hiding every count from 1 to 10.")
    if exposed:
        others = len(exposed) - 1
        more = f" ({_plural(others, 'other hidden cell')} too.)" if others else ""
        return Note(label, Status.RECONSIDER, f"{exposed[0].cell} {exposed[0].explanation}.{more}")
    return Note(label, Status.HOLDS_UP, "No hidden count can be worked out from the totals.")


SUGGESTION = ("One safe way, the course's suggestion: while a row or column has exactly one hidden cell, "
              "hide its smallest other non-zero count. Any pattern that keeps every hidden count from "
              "being worked out is safe.")


def _needed_note(safe: bool, hidden: int, needed: int) -> Note:
    """Safe, and hides no more cells than a safe table of this data needs (any safe pattern will do)."""
    label = "hides what the rules need, no more"
    if not safe:
        return Note(label, Status.RECONSIDER, f"The table is not safe yet (see above). {SUGGESTION}")
    if hidden > needed:
        extra = hidden - needed
        return Note(label, Status.RECONSIDER,
                    f"{_plural(extra, 'more cell')} {_is(extra)} hidden than a safe table of this data needs: "
                    f"show the counts no rule asks you to hide. {SUGGESTION}")
    return Note(label, Status.HOLDS_UP,
                "Every count from 1 to 10 is hidden, no hidden count can be worked out, and no more is "
                "hidden than needed.")


def _small_shown(grid: pd.DataFrame, truth: pd.DataFrame, shown: set[Cell], cells: list[Cell]) -> list[Cell]:
    """Shown cells whose true count, or the count shown, is from 1 to 10."""
    def small(value: object) -> bool:
        number = shown_number(value)
        return number is not None and SMALL_MIN <= number <= SMALL_MAX

    return [cell for cell in cells if cell in shown and (
        small(truth.at[cell.row, cell.column]) or small(grid.at[cell.row, cell.column]))]


def _exposed(hidden: set[Cell], rows: tuple[str, ...], columns: tuple[str, ...]) -> list[TableProblem]:
    """The hidden cells that could be worked out from the shown totals (the domain's own wording)."""
    pattern = pd.DataFrame(0.0, index=list(rows), columns=list(columns))
    for cell in hidden:
        pattern.at[cell.row, cell.column] = np.nan
    return [p for p in problems(pattern) if p.rule == COMPLEMENTARY_RULE]


def safe_counts_table(
    check_id: str,
    title: str,
    *,
    table: str,
    rows: tuple[str, ...],
    columns: tuple[str, ...],
    row_key: str,
    column_key: str,
    column_field: str,
    count: str,
    where: dict[str, int] | None = None,
    max_points: float = 5.0,
    graded: bool = False,
) -> None:
    """Register a check of a table of counts made safe to share (five rubric lines).

    The true counts are summed from the Riverbend table ``table`` (rows by ``row_key``,
    columns by ``column_field``, keeping only the rows ``where`` names). Any safe pattern
    earns the points: every count from 1 to 10 hidden, no hidden count recoverable from the
    shown totals, every shown count true, and no more cells hidden than the course's own
    pattern (``suppress``) needs.
    """
    cells = [Cell(r, c) for r in rows for c in columns]
    truth = _true_table(DataSource(table, row_key, column_field, count, where=where or {}), rows, columns)

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects=f"Give a pandas DataFrame with one row per {row_key} and one column per {column_key}, "
        "a Total row and column, and hidden cells set to None (NaN).",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        learner = read_table(answer, rows, columns, row_key, column_key)
        grid = _grid(learner, rows, columns)
        true = truth()
        shown = _shown_cells(grid, cells)
        hidden = set(cells) - shown
        wrong = [cell for cell in cells if cell in shown
                 and shown_number(grid.at[cell.row, cell.column]) != true.counts.at[cell.row, cell.column]]
        small = _small_shown(grid, true.counts, shown, cells)
        exposed = _exposed(hidden, rows, columns)
        return [
            layout_note(learner, rows, columns, row_key, column_key),
            _counts_note(shown, wrong),
            _small_note(small),
            _exposed_note(hidden, exposed),
            _needed_note(bool(hidden) and not small and not exposed, len(hidden), true.needed),
        ]


def _rates_hidden_note(small: list[Cell], exposed: list[TableProblem]) -> Note:
    """The hidden rates, read as hidden counts, must be a safe pattern for the counts."""
    label = "rates hidden with their counts"
    if small:
        return Note(label, Status.RECONSIDER,
                    f"{_plural(len(small), 'rate')} {_is(len(small))} shown where the count is from 1 to 10; a rate "
                    "and its denominator give the count back. Hide the rate wherever the count is hidden.",
                    weight=2.0)
    if exposed:
        return Note(label, Status.RECONSIDER,
                    f"Read as a table of counts, your hidden rates are not safe yet: {exposed[0].cell} "
                    f"{exposed[0].explanation}. Hide the rates exactly where your safe table of counts hides its cells.", weight=2.0)
    return Note(label, Status.HOLDS_UP, "No rate gives away a hidden count.", weight=2.0)


def safe_rates_table(
    check_id: str,
    title: str,
    *,
    table: str,
    rows: tuple[str, ...],
    columns: tuple[str, ...],
    row_key: str,
    column_key: str,
    column_field: str,
    count: str,
    denominator: str,
    per: int,
    where: dict[str, int] | None = None,
    max_points: float = 4.0,
    graded: bool = False,
) -> None:
    """Register a check of a table of rates, hidden wherever the count is hidden.

    The rates come without their counts, so the hidden rates are read as the hidden counts:
    any pattern that is safe for the true counts (from ``table``, as for ``safe_counts_table``)
    earns the points, if every shown rate is right and no more are hidden than needed.
    """
    cells = [Cell(r, c) for r in rows for c in columns]
    source = DataSource(table, row_key, column_field, count, denominator, where=where or {})
    truth = _true_table(source, rows, columns, per)
    unit = f"rates per {per:,}"

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects=f"Give a pandas DataFrame of rates per {per:,}, rounded to one decimal place, with the "
        "same rows and columns as your counts and hidden cells set to None (NaN).",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        learner = read_table(answer, rows, columns, row_key, column_key)
        grid = _grid(learner, rows, columns)
        true = truth()
        assert true.rates is not None
        shown = _shown_cells(grid, cells)
        hidden = set(cells) - shown
        wrong = [cell for cell in cells if cell in shown and not (
            rate_values(grid.at[cell.row, cell.column]) & rate_values(true.rates.at[cell.row, cell.column]))]
        small = [cell for cell in cells if cell in shown
                 and SMALL_MIN <= true.counts.at[cell.row, cell.column] <= SMALL_MAX]
        exposed = _exposed(hidden, rows, columns)
        extra = len(hidden) - true.needed
        notes = [layout_note(learner, rows, columns, row_key, column_key)]
        if wrong or extra > 0 or not shown:
            parts = [f"these do not match: {_names(wrong)}" if wrong else "",
                     f"{_plural(extra, 'more rate')} {_is(extra)} hidden than a safe table of this data needs"
                     if extra > 0 and shown else ""]
            said = "; ".join(p for p in parts if p) or "no rate is shown yet"
            notes.append(Note(unit, Status.RECONSIDER,
                              f"{said[:1].upper()}{said[1:]}. Divide the counts by "
                              f"the denominators, multiply by {per:,} and round to one decimal place."))
        else:
            notes.append(Note(unit, Status.HOLDS_UP, "Every rate that is safe to share is shown and right."))
        notes.append(_rates_hidden_note(small, exposed))
        return notes
