"""Does every example on the pandas cheat sheet run on Riverbend's data and give what it says,
and does every pandas task in a module or an exercise link to the sheet right before it?"""

from __future__ import annotations

import re

import nbformat
import pandas as pd
import pytest

from grader.course.syllabus import course_root, load_syllabus

ROOT = course_root()
SHEET = ROOT / "course" / "pandas-cheat-sheet.md"
CODE = re.compile(r"```python\n(.*?)```", re.S)


def sheet_text() -> str:
    return SHEET.read_text(encoding="utf-8")


def namespace() -> dict:
    found: dict = {"pd": pd}
    exec(CODE.findall(sheet_text())[0], found)  # the loading block
    return found


def table_examples() -> list[str]:
    """The code in the "Write this" column of the table, one example per row."""
    rows = [line.split(" | ") for line in sheet_text().splitlines() if line.startswith("| ") and "`" in line]
    return ["\n".join(re.findall(r"`([^`]+)`", row[1])) for row in rows if len(row) >= 3]


def test_the_worked_example_runs_and_ranks_every_neighborhood():
    found = namespace()
    blocks = CODE.findall(sheet_text())
    exec(blocks[1], found)
    ranked = found["ranked"]
    assert list(ranked.columns)[:1] == ["neighborhood"] and "per_1000" in ranked
    assert ranked["per_1000"].is_monotonic_decreasing and len(ranked) == found["evictions"]["neighborhood"].nunique()


def test_every_example_in_the_table_runs_on_riverbend_data(tmp_path, monkeypatch):
    found = namespace()
    found["table"] = found["evictions"]
    found["totals"] = found["evictions"].groupby("neighborhood")[["filings", "renter_households"]].sum()
    found["rates"] = found["totals"]["filings"] / found["totals"]["renter_households"] * 1000
    found["counts"] = found["campaigns"].groupby("status").size()
    (tmp_path / "my-file.csv").write_text("# a note\na,b\n1,2\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    examples = table_examples()
    assert len(examples) >= 14
    for example in examples:
        exec(example.replace("\\|", "|"), found)


PANDAS_TASK = re.compile(r"\.(groupby|merge|pivot_table|sort_values)\(|\[\w+\[\"")


def pandas_tasks(path):
    """Indexes of answer cells whose model answer uses pandas, in an exercise; of cells a module
    asks the learner to complete (a template with ...) that use pandas."""
    cells = nbformat.read(path, as_version=4).cells
    return cells, [n for n, c in enumerate(cells) if c.cell_type == "code"
                   and c.metadata.get("nbgrader", {}).get("solution") and PANDAS_TASK.search(c.source)]


@pytest.mark.parametrize("module", load_syllabus().modules, ids=lambda m: m.exercise.assignment)
def test_each_exercise_pandas_task_has_the_cheat_sheet_linked_right_before_it(module):
    cells, tasks = pandas_tasks(ROOT / module.exercise_notebook)
    for index in tasks:
        before = "".join(c.source for c in cells[max(0, index - 4):index] if c.cell_type == "markdown")
        assert "pandas-cheat-sheet.md" in before, f"{module.exercise_notebook}: cell {index} has no link before it"
