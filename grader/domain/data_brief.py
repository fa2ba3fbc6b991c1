"""A data brief for a community power-building organization: counts, rates and safe sharing.

Rules for data shared outside the department (DESIGN §4):

- **Small-count rule.** Counts from 1 to 10 are not shown (the CMS cell-size rule; CDC
  WONDER suppresses counts under 10). A zero may be shown.
- **Complementary suppression.** The table shows a total for every row and column, so a
  hidden count that is the only hidden cell in its row or column could be worked out by
  subtraction. Another cell in that row or column is hidden too, and this repeats until no
  hidden count can be worked out. Any pattern that prevents recovery is safe; hiding the
  smallest other non-zero cell, as ``suppress`` does, is the course's suggestion.
- **Rates with their denominators.** Rates are per 1,000 or per 10,000 (stated), and a
  rate is hidden wherever its count is hidden.

``DataBrief`` builds the safe tables and a plain-language summary, and refuses (with
``UnsafeTable``, naming the cell and the rule) to export anything that breaks the rules.
``problems(table)`` applies the same rules to any table, such as one a learner made, and
``safety_report(table)`` says the result in plain words.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

import numpy as np
import pandas as pd

SMALL_MIN = 1
SMALL_MAX = 10
TOTAL = "Total"
MARKER = "suppressed"
RATE_BASES = (1_000, 10_000)

SMALL_COUNT_RULE = "small-count rule: counts from 1 to 10 are not shown"
COMPLEMENTARY_RULE = "complementary suppression: no hidden count may be worked out from the totals"
NO_SUPPRESSION_RULE = "data shared outside the department must be suppressed"
HIDDEN_RATE_RULE = "a rate is hidden wherever its count is hidden"


class Cell(NamedTuple):
    """One cell of a table, by row and column label."""

    row: str
    column: str

    def __str__(self) -> str:
        return f"{self.row} / {self.column}"


@dataclass(frozen=True)
class TableProblem:
    """One way a table breaks a sharing rule: the cell, the rule, and what to do."""

    cell: Cell
    rule: str
    explanation: str

    def __str__(self) -> str:
        return f"{self.cell}: {self.explanation} ({self.rule})"


class UnsafeTable(ValueError):
    """A table that must not be shared; the message names the cell and the rule."""

    def __init__(self, problems: Sequence[TableProblem]) -> None:
        self.problems = tuple(problems)
        self.cell = self.problems[0].cell
        self.rule = self.problems[0].rule
        shown = "; ".join(str(problem) for problem in self.problems[:3])
        more = f" (and {len(self.problems) - 3} more)" if len(self.problems) > 3 else ""
        super().__init__(f"Refusing to share this table. {shown}{more}.")


# ---- reading a table a person made -------------------------------------------------------

def shown_number(value: Any) -> float | None:
    """The number a cell shows, or None when the cell is hidden (empty, NaN or a marker)."""
    if value is None or value is pd.NA or isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "").strip())
        except ValueError:
            return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def cells(table: pd.DataFrame) -> list[Cell]:
    """Every cell of a table, row by row, in the table's own order."""
    return [Cell(str(row), str(column)) for row in table.index for column in table.columns]


def labeled(table: pd.DataFrame) -> pd.DataFrame:
    """The table with text labels, so cells can be named the same way everywhere."""
    out = table.copy()
    out.index = [str(label) for label in out.index]
    out.columns = [str(label) for label in out.columns]
    return out


def hidden_cells(table: pd.DataFrame) -> list[Cell]:
    """Cells that show no number, in table order."""
    table = labeled(table)
    return [cell for cell in cells(table) if shown_number(table.at[cell.row, cell.column]) is None]


# ---- which hidden cells could be worked out ------------------------------------------------

def lines(rows: Sequence[str], columns: Sequence[str], total: str = TOTAL) -> list[tuple[str, dict[Cell, int]]]:
    """The sums a reader can use: each row adds up to its total, each column to its total.

    Each line is a name ("row Eastside") and the cells in it with their sign: the parts
    count +1 and the total -1, so every line adds up to zero.
    """
    found: list[tuple[str, dict[Cell, int]]] = []
    if total in columns:
        for row in rows:
            found.append((f"row {row}", {Cell(row, c): (-1 if c == total else 1) for c in columns}))
    if total in rows:
        for column in columns:
            found.append((f"column {column}", {Cell(r, column): (-1 if r == total else 1) for r in rows}))
    return found


def recoverable(hidden: Iterable[Cell], rows: Sequence[str], columns: Sequence[str],
                total: str = TOTAL) -> list[Cell]:
    """Hidden cells whose exact value follows from the shown numbers and totals.

    The hidden cells are unknowns in the row and column sums. A hidden cell can be worked
    out exactly when those sums pin it down, that is when it is a combination of the sums
    (the rank does not grow when the cell is added as one more equation).
    """
    unknowns = list(dict.fromkeys(hidden))
    if not unknowns:
        return []
    where = {cell: i for i, cell in enumerate(unknowns)}
    equations = []
    for _, members in lines(rows, columns, total):
        coefficients = np.zeros(len(unknowns))
        for cell, sign in members.items():
            if cell in where:
                coefficients[where[cell]] = sign
        if coefficients.any():
            equations.append(coefficients)
    if not equations:
        return []
    system = np.array(equations)
    rank = np.linalg.matrix_rank(system)
    out = []
    for cell, i in where.items():
        alone = np.zeros(len(unknowns))
        alone[i] = 1
        if np.linalg.matrix_rank(np.vstack([system, alone])) == rank:
            out.append(cell)
    return out


def _why_recoverable(cell: Cell, hidden: set[Cell], rows: Sequence[str], columns: Sequence[str],
                     total: str) -> str:
    for name, members in lines(rows, columns, total):
        if cell in members and [c for c in members if c in hidden] == [cell]:
            return (f"it is the only hidden cell in {name}, so the total minus the other cells gives "
                    f"it. Hide one more cell in {name} (the course suggests its smallest other non-zero count)")
    return ("its value can still be worked out by adding and subtracting the rows and columns "
            "around it. Hide one more cell in its row or column")


def problems(table: pd.DataFrame, total: str = TOTAL) -> list[TableProblem]:
    """Every way a table of counts breaks the sharing rules, cell by cell; [] when it is safe.

    Hidden cells are empty, NaN or any text such as "suppressed". Rows and columns are
    sums only where the table has a ``total`` column or row.
    """
    table = labeled(table)
    rows, columns = list(table.index), list(table.columns)
    found: list[TableProblem] = []
    for cell in cells(table):
        number = shown_number(table.at[cell.row, cell.column])
        if number is not None and SMALL_MIN <= number <= SMALL_MAX:
            found.append(TableProblem(
                cell, SMALL_COUNT_RULE,
                f"shows {number:g}; hide it (set it to None or NaN) because counts from 1 to 10 "
                "could identify people",
            ))
    hidden = hidden_cells(table)
    hidden_set = set(hidden)
    exposed = [
        TableProblem(cell, COMPLEMENTARY_RULE,
                     "is hidden, but " + _why_recoverable(cell, hidden_set, rows, columns, total))
        for cell in recoverable(hidden, rows, columns, total)
    ]
    # a cell alone in its row or column comes first: it says exactly where to hide one more
    exposed.sort(key=lambda problem: "the only hidden cell" not in problem.explanation)
    return found + exposed


def assert_safe(table: pd.DataFrame, total: str = TOTAL) -> None:
    """Raise UnsafeTable, naming the first cells and their rules, unless the table is safe to share."""
    found = problems(table, total)
    if found:
        raise UnsafeTable(found)


@dataclass(frozen=True)
class SafetyReport:
    """What a person sees when they ask whether their table is safe to share."""

    problems: tuple[TableProblem, ...]
    waiting: str = ""

    @property
    def safe(self) -> bool:
        return not self.problems and not self.waiting

    def __str__(self) -> str:
        if self.waiting:
            return self.waiting
        if not self.problems:
            return ("Safe to share: no count from 1 to 10 is shown, and no hidden count can be worked "
                    "out from the totals.")
        lines_ = [f"Not safe to share yet ({len(self.problems)} to fix):"]
        lines_ += [f"- {problem}" for problem in self.problems]
        return "\n".join(lines_)

    __repr__ = __str__


def safety_report(table: object, total: str = TOTAL) -> SafetyReport:
    """Check any table against the sharing rules, in plain words; never raises for a learner's answer."""
    if not isinstance(table, pd.DataFrame):
        return SafetyReport((), "There is no table here yet: make it with pandas first, then run this again.")
    return SafetyReport(tuple(problems(table, total)))


# ---- suppressing a full table of counts ----------------------------------------------------

def primary_cells(counts: pd.DataFrame) -> list[Cell]:
    """Cells whose count is from 1 to 10, in table order."""
    counts = labeled(counts)
    return [cell for cell in cells(counts) if SMALL_MIN <= counts.at[cell.row, cell.column] <= SMALL_MAX]


def _smallest(candidates: list[Cell], counts: pd.DataFrame, order: dict[Cell, int]) -> list[Cell]:
    """Candidates from the smallest non-zero count up, zeros last, ties in table order."""
    def key(cell: Cell) -> tuple[bool, float, int]:
        value = float(counts.at[cell.row, cell.column])
        return (value == 0, value, order[cell])

    return sorted(candidates, key=key)


def suppress(counts: pd.DataFrame, total: str = TOTAL,
             order: Literal["rows", "columns"] = "rows") -> list[Cell]:
    """The cells to hide in a full table of counts with totals, in table order.

    First every count from 1 to 10. Then, while some row or column (rows first, top to
    bottom, then columns, left to right; ``order="columns"`` looks at columns first) has
    exactly one hidden cell, hide its smallest other non-zero cell. Last, a safety net: if
    some hidden count could still be worked out through several rows and columns at once,
    hide the smallest cell next to it that stops that, and start again.
    """
    counts = labeled(counts)
    rows, columns = list(counts.index), list(counts.columns)
    position = {cell: i for i, cell in enumerate(cells(counts))}
    all_lines = lines(rows, columns, total)
    if order == "columns":
        all_lines = [line for line in all_lines if line[0].startswith("column")] + [
            line for line in all_lines if line[0].startswith("row")]
    hidden = set(primary_cells(counts))
    while True:
        changed = True
        while changed:
            changed = False
            for _, members in all_lines:
                inside = [c for c in members if c in hidden]
                if len(inside) == 1:
                    others = [c for c in members if c not in hidden]
                    if others:
                        hidden.add(_smallest(others, counts, position)[0])
                        changed = True
        exposed = recoverable(sorted(hidden, key=position.__getitem__), rows, columns, total)
        if not exposed:
            return sorted(hidden, key=position.__getitem__)
        hidden.add(_complement_for(exposed[0], hidden, counts, position, rows, columns, total))


def _complement_for(cell: Cell, hidden: set[Cell], counts: pd.DataFrame, position: dict[Cell, int],
                    rows: list[str], columns: list[str], total: str) -> Cell:
    """The smallest cell in the same row or column whose hiding protects ``cell``; else any."""
    near = [c for c in position if c not in hidden and (c.row == cell.row or c.column == cell.column)]
    anywhere = [c for c in position if c not in hidden]
    for pool in (near, anywhere):
        for candidate in _smallest(pool, counts, position):
            if cell not in recoverable([*hidden, candidate], rows, columns, total):
                return candidate
    return _smallest(near or anywhere, counts, position)[0]


# ---- the brief --------------------------------------------------------------------------

def _whole(value: object) -> bool:
    number = shown_number(value)
    return number is not None and number >= 0 and float(number).is_integer()


class DataBrief:
    """Counts and rates by two groupings (say neighborhood and race/ethnicity), safe to share.

    ``data`` has one row per pair of groups, with a count and its denominator::

        brief = DataBrief(visits, row="neighborhood", column="group", count="visits",
                          denominator="population", per=1_000,
                          indicator="asthma emergency visits", denominator_label="residents")
        brief.safe_counts(); brief.safe_rates(); brief.summary(); brief.export("brief.md")
    """

    def __init__(self, data: pd.DataFrame, *, row: str, column: str, count: str, denominator: str,
                 indicator: str, per: int = 1_000, denominator_label: str = "people",
                 title: str = "") -> None:
        if not isinstance(data, pd.DataFrame):
            raise ValueError(f"A DataBrief needs a pandas DataFrame, but this is a {type(data).__name__}. "
                             "Load the table first, for example with grader.course.data.load(...).")
        missing = [name for name in (row, column, count, denominator) if name not in data.columns]
        if missing:
            raise ValueError(f"The data has no column {', '.join(repr(m) for m in missing)}. "
                             f"Its columns are: {', '.join(repr(str(c)) for c in data.columns)}.")
        if per not in RATE_BASES:
            raise ValueError(f"per={per!r}: state rates per 1,000 or per 10,000 (per=1_000 or per=10_000).")
        self.row, self.column, self.count, self.denominator = row, column, count, denominator
        self.per, self.indicator, self.denominator_label = per, indicator, denominator_label
        self.title = title or f"{indicator[:1].upper()}{indicator[1:]} by {row} and {column}"
        self.note = str(data.attrs.get("note", ""))
        frame = data[[row, column, count, denominator]].copy()
        frame[row] = frame[row].astype(str)
        frame[column] = frame[column].astype(str)
        self._validate(frame)
        self.counts = self._pivot(frame, count)
        self.denominators = self._pivot(frame, denominator)
        self.hidden: tuple[Cell, ...] = tuple(suppress(self.counts))

    def _validate(self, frame: pd.DataFrame) -> None:
        if frame.empty:
            raise ValueError("The data has no rows. Load the table again, or check the filter you applied to it.")
        for name in (self.count, self.denominator):
            bad = frame[~frame[name].map(_whole)]
            if len(bad):
                first = bad.iloc[0]
                raise ValueError(
                    f"{name!r} must hold whole numbers of 0 or more, but {first[self.row]} / "
                    f"{first[self.column]} has {first[name]}. Fix or remove that row.")
        empty = frame[frame[self.denominator] == 0]
        if len(empty):
            first = empty.iloc[0]
            raise ValueError(f"{first[self.row]} / {first[self.column]} has a {self.denominator!r} of 0, "
                             "so no rate can be worked out. Leave that pair out or correct its denominator.")
        twice = frame[frame.duplicated([self.row, self.column], keep=False)]
        if len(twice):
            first = twice.iloc[0]
            raise ValueError(
                f"{first[self.row]} / {first[self.column]} appears more than once. Add the rows up first: "
                f"data.groupby([{self.row!r}, {self.column!r}], as_index=False).sum().")
        for label in (*frame[self.row], *frame[self.column]):
            if label == TOTAL:
                raise ValueError(f'A group is called "{TOTAL}", which the brief keeps for totals. Rename it.')
        rows, columns = sorted(set(frame[self.row])), sorted(set(frame[self.column]))
        present = set(zip(frame[self.row], frame[self.column], strict=True))
        gaps = [f"{r} / {c}" for r in rows for c in columns if (r, c) not in present]
        if gaps:
            raise ValueError(f"Every {self.row} needs a row for every {self.column}; missing: "
                             f"{', '.join(gaps[:5])}. Add each with its count (0 if none) and its denominator.")

    def _pivot(self, frame: pd.DataFrame, values: str) -> pd.DataFrame:
        table = frame.pivot(index=self.row, columns=self.column, values=values).astype("int64")
        table = table.sort_index().sort_index(axis=1)
        table[TOTAL] = table.sum(axis=1)
        table.loc[TOTAL] = table.sum(axis=0)
        table.index.name, table.columns.name = self.row, self.column
        return table

    # ---- safe tables ----

    @property
    def unit(self) -> str:
        return f"per {self.per:,} {self.denominator_label}"

    def is_hidden(self, cell: Cell) -> bool:
        return cell in self.hidden

    def safe_counts(self) -> pd.DataFrame:
        """The counts with totals; hidden cells show the word "suppressed"."""
        return self._masked(self.counts.astype(object))

    def rates(self) -> pd.DataFrame:
        """Every rate, including ones that must stay inside the department (not for sharing)."""
        return (self.counts / self.denominators * self.per).astype(float)

    def safe_rates(self, decimals: int = 1) -> pd.DataFrame:
        """Rates per ``per`` people, rounded; hidden wherever the count is hidden."""
        return self._masked(self.rates().round(decimals).astype(object))

    def _masked(self, table: pd.DataFrame) -> pd.DataFrame:
        for cell in self.hidden:
            table.at[cell.row, cell.column] = MARKER
        return table

    def summary(self) -> pd.DataFrame:
        """One plain-language line per cell: the count, the rate, and how it compares overall."""
        rates = self.rates()
        overall = rates.at[TOTAL, TOTAL]
        rate_column = f"rate {self.unit}"
        rows = []
        for cell in cells(self.counts):
            hidden = cell in self.hidden
            rate = rates.at[cell.row, cell.column]
            where = self._where(cell)
            rows.append({
                self.row: self._label(cell.row, "all"),
                self.column: self._label(cell.column, "all"),
                self.indicator: MARKER if hidden else int(self.counts.at[cell.row, cell.column]),
                self.denominator_label: int(self.denominators.at[cell.row, cell.column]),
                rate_column: MARKER if hidden else round(float(rate), 1),
                "compared with overall": MARKER if hidden else self._times(rate, overall),
                "in plain words": (
                    f"{where}: not shown, because the count is too small to share safely or "
                    "could be used to work out a small count." if hidden else
                    f"{where}: {rate:.1f} {self.indicator} for every {self.per:,} "
                    f"{self.denominator_label}, {self._times(rate, overall)} the overall rate."),
            })
        return pd.DataFrame(rows)

    @staticmethod
    def _times(rate: float, overall: float) -> str:
        return f"{rate / overall:.1f} times" if overall else "no comparison with"

    @staticmethod
    def _label(value: str, all_word: str) -> str:
        return all_word if value == TOTAL else value

    def _where(self, cell: Cell) -> str:
        if cell == Cell(TOTAL, TOTAL):
            return "Overall"
        if cell.row == TOTAL:
            return f"{cell.column} (every {self.row})"
        if cell.column == TOTAL:
            return f"{cell.row} (every {self.column})"
        return f"{cell.row}, {cell.column}"

    # ---- sharing ----

    def assert_safe(self) -> None:
        """Raise UnsafeTable if the tables this brief would share break a rule (they should not)."""
        assert_safe(self.safe_counts())
        rates = self.safe_rates()
        leaks = [TableProblem(cell, HIDDEN_RATE_RULE, "shows a rate but its count is hidden")
                 for cell in self.hidden if shown_number(rates.at[cell.row, cell.column]) is not None]
        if leaks:
            raise UnsafeTable(leaks)

    def to_markdown(self) -> str:
        """The brief as Markdown: what it shows, how it was made safe, both tables, plain words."""
        self.assert_safe()
        parts = [f"# {self.title}", ""]
        if self.note:
            parts += [f"*{self.note}*", ""]
        parts += [
            f"**What this shows.** {self.indicator[:1].upper()}{self.indicator[1:]} by {self.row} and "
            f"{self.column}, with rates {self.unit}.",
            "",
            f"**How it was made safe to share.** Counts from {SMALL_MIN} to {SMALL_MAX} are not shown "
            f'("{MARKER}"). Some other cells are hidden too, so that those counts cannot be worked '
            "out from the totals. A rate is hidden wherever its count is hidden.",
            "",
            f"## {self.indicator[:1].upper()}{self.indicator[1:]} (counts)",
            "",
            markdown_table(self.safe_counts(), self.row),
            "",
            f"## Rates {self.unit}",
            "",
            markdown_table(self.safe_rates(), self.row),
            "",
            "## In plain words",
            "",
            *[f"- {line}" for line in self.summary()["in plain words"]],
            "",
        ]
        return "\n".join(parts)

    def export(self, path: str | Path, *, suppress: bool = True) -> Path:
        """Write the brief (.md) or the summary table (.csv); refuse anything unsuppressed."""
        if not suppress:
            small = primary_cells(self.counts)
            cell = small[0] if small else Cell(TOTAL, TOTAL)
            example = (f"it would show {self.counts.at[cell.row, cell.column]}, a count from "
                       f"{SMALL_MIN} to {SMALL_MAX}, " if small else "")
            raise UnsafeTable([TableProblem(
                cell, NO_SUPPRESSION_RULE,
                f"{example}and no table leaves the department without suppression. "
                "Export with suppress=True")])
        path = Path(path)
        if path.suffix not in (".md", ".csv"):
            raise ValueError(f"{path.name}: export to a .md file (the brief) or a .csv file (the summary).")
        self.assert_safe()
        if path.suffix == ".md":
            path.write_text(self.to_markdown(), encoding="utf-8")
        else:
            self.summary().to_csv(path, index=False)
        return path


def markdown_table(table: pd.DataFrame, corner: str = "") -> str:
    """A small DataFrame as a Markdown table (no extra packages needed)."""
    def text(value: object) -> str:
        return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)

    header = [corner, *(str(c) for c in table.columns)]
    lines_ = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for label, row in table.iterrows():
        lines_.append("| " + " | ".join([str(label), *(text(v) for v in row)]) + " |")
    return "\n".join(lines_)
