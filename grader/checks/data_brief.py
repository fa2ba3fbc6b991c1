"""Checks on a data brief a learner makes with pandas: a safe table of counts, and of rates.

The key is the safe table itself, stored cell by cell as digests of what the cell should
show (a number, or "suppressed"). The sharing rules of ``grader.domain.data_brief`` give
specific feedback on top: which shown counts are from 1 to 10, which hidden ones could be
worked out. Feedback counts the cells still to change; it never says which to hide.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from grader.checks.feedback import Note, Status
from grader.checks.hashing import digest
from grader.checks.registry import AnswerProblem, register
from grader.domain.data_brief import (
    COMPLEMENTARY_RULE,
    MARKER,
    SMALL_COUNT_RULE,
    TOTAL,
    Cell,
    TableProblem,
    labeled,
    lines,
    problems,
    shown_number,
)

PIVOT_HINT = ('pivot_table(index=..., columns=..., values=..., aggfunc="sum", margins=True, '
              'margins_name="Total")')


def cell_key(cell: Cell) -> str:
    """How a cell is named in digests and feedback: "Eastside / Asian"."""
    return str(cell)


def count_value(value: object) -> str:
    """What a count cell shows, as digested: a whole number, or "suppressed"."""
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


def _hidden_where_key_says(check_id: str, cells: list[Cell], key_digests: dict[str, str]) -> set[Cell]:
    """The cells the key hides (their digest is of the word "suppressed")."""
    return {cell for cell in cells if digest(check_id, cell_key(cell), MARKER) == key_digests[cell_key(cell)]}


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


def _unchecked_adds_up(grid: pd.DataFrame, shown: set[Cell], rows: tuple[str, ...],
                       columns: tuple[str, ...]) -> list[Cell]:
    """Shown cells in rows or columns that are fully shown but do not add up to their total."""
    wrong: list[Cell] = []
    for _, members in lines(rows, columns):
        if all(cell in shown for cell in members) and abs(
                sum(sign * float(grid.at[c.row, c.column]) for c, sign in members.items())) > 0.5:
            wrong.extend(members)
    return list(dict.fromkeys(wrong))


def safe_counts_table(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    rows: tuple[str, ...],
    columns: tuple[str, ...],
    row_key: str,
    column_key: str,
    max_points: float = 5.0,
    graded: bool = False,
) -> None:
    """Register a check of a table of counts made safe to share (five rubric lines)."""
    cells = [Cell(r, c) for r in rows for c in columns]
    must_hide = _hidden_where_key_says(check_id, cells, key_digests)

    @register(
        check_id,
        title=title,
        max_points=max_points,
        expects=f"Give a pandas DataFrame with one row per {row_key} and one column per {column_key}, "
        "a Total row and column, and hidden cells set to None (NaN).",
        graded=graded,
    )
    def grade(answer: object) -> list[Note]:
        table = read_table(answer, rows, columns, row_key, column_key)
        grid = _grid(table, rows, columns)
        shown = _shown_cells(grid, cells)
        hidden = set(cells) - shown
        wrong = [cell for cell in cells if cell in shown - must_hide
                 and digest(check_id, cell_key(cell), count_value(grid.at[cell.row, cell.column]))
                 != key_digests[cell_key(cell)]]
        # a count the course's pattern hides has no key of its own; where a learner's other safe
        # pattern shows it, its row or column must still add up to the (keyed) total
        wrong += [cell for cell in _unchecked_adds_up(grid, shown, rows, columns)
                  if cell in shown & must_hide and cell not in wrong]
        found = problems(grid)
        small = [p.cell for p in found if p.rule == SMALL_COUNT_RULE]
        exposed = [p for p in found if p.rule == COMPLEMENTARY_RULE]
        return [
            layout_note(table, rows, columns, row_key, column_key),
            _counts_note(shown, wrong),
            _small_note(small),
            _exposed_note(hidden, exposed),
            _needed_note(bool(hidden) and not small and not exposed, len(hidden), len(must_hide)),
        ]


def safe_rates_table(
    check_id: str,
    title: str,
    key_digests: dict[str, str],
    *,
    rows: tuple[str, ...],
    columns: tuple[str, ...],
    row_key: str,
    column_key: str,
    per: int,
    max_points: float = 4.0,
    graded: bool = False,
) -> None:
    """Register a check of a table of rates, hidden wherever the count is hidden."""
    cells = [Cell(r, c) for r in rows for c in columns]
    must_hide = _hidden_where_key_says(check_id, cells, key_digests)
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
        table = read_table(answer, rows, columns, row_key, column_key)
        grid = _grid(table, rows, columns)
        shown = _shown_cells(grid, cells)
        safe = [cell for cell in cells if cell not in must_hide]
        wrong = [cell for cell in safe if cell in shown and not any(
            digest(check_id, cell_key(cell), value) == key_digests[cell_key(cell)]
            for value in rate_values(grid.at[cell.row, cell.column]))]
        missing = [cell for cell in safe if cell not in shown]
        leaked = len(must_hide & shown)
        notes = [layout_note(table, rows, columns, row_key, column_key)]
        if wrong or missing or not shown:
            parts = [f"these do not match: {_names(wrong)}" if wrong else "",
                     f"{_plural(len(missing), 'rate')} that could be shown {_is(len(missing))} hidden" if missing else ""]
            notes.append(Note(unit, Status.RECONSIDER,
                              f"{'; '.join(p for p in parts if p) or 'No rate is shown yet'}. Divide the counts by "
                              f"the denominators, multiply by {per:,} and round to one decimal place."))
        else:
            notes.append(Note(unit, Status.HOLDS_UP, "Every rate that is safe to share is shown and right."))
        label = "rates hidden with their counts"
        notes.append(
            Note(label, Status.RECONSIDER,
                 f"{_plural(leaked, 'rate')} {_is(leaked)} shown where the count is hidden; a rate and its "
                 "denominator give the count back. Hide the rate wherever the count is hidden.", weight=2.0)
            if leaked else
            Note(label, Status.HOLDS_UP, "No rate gives away a hidden count.", weight=2.0))
        return notes
