"""Are committed notebooks clean, and does the cleaner make them so?"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from grader.course.syllabus import course_root
from grader.tools.nbclean import clean, cleaned_text, is_helper_cell, main, notebooks

ROOT = course_root()
COMMITTED = notebooks([ROOT / "modules", ROOT / "exercises", ROOT / "course"])


def dirty_notebook() -> nbformat.NotebookNode:
    code = new_code_cell("print('hi')", execution_count=3,
                         outputs=[new_output("stream", name="stdout", text="hi\n")])
    code.metadata.update({"scrolled": True, "ExecuteTime": {"start": "x"},
                          "nbgrader": {"grade": False, "grade_id": "a", "locked": True,
                                       "schema_version": 3, "solution": False, "task": False},
                          "tags": ["keep"]})
    notebook = new_notebook(cells=[new_markdown_cell("# Title"), code])
    notebook.metadata.update({"widgets": {"state": {}}, "toc": {"x": 1},
                              "kernelspec": {"name": "python3", "display_name": "Py", "language": "python"}})
    return notebook


def test_clean_drops_outputs_counts_and_stray_metadata_but_keeps_nbgrader_and_tags():
    notebook = clean(dirty_notebook())
    code = notebook.cells[1]
    assert code.outputs == [] and code.execution_count is None
    assert set(code.metadata) == {"nbgrader", "tags"}
    assert set(notebook.metadata) == {"kernelspec", "language_info"}


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_committed_notebook_is_clean(path: Path):
    assert path.read_text(encoding="utf-8") == cleaned_text(path), (
        f"{path.relative_to(ROOT)} has outputs or extra metadata: run `make clean-notebooks`"
    )


def test_check_mode_reports_a_dirty_notebook_and_changes_nothing(tmp_path, capsys):
    path = tmp_path / "dirty.ipynb"
    nbformat.write(dirty_notebook(), path)
    before = path.read_text()
    assert main(["--check", str(tmp_path)]) == 1
    assert path.read_text() == before
    assert "needs cleaning" in capsys.readouterr().out


def test_cleaning_twice_changes_nothing_the_second_time(tmp_path):
    path = tmp_path / "dirty.ipynb"
    nbformat.write(dirty_notebook(), path)
    assert main([str(tmp_path)]) == 0
    once = path.read_text()
    assert main(["--check", str(tmp_path)]) == 0
    assert path.read_text() == once


# ---- learner mode: helper cells are committed with their code collapsed ----

NAMES = {"ChoiceQuestionWidget", "Reflection", "AccountabilityPlanBuilder", "LearnerStore", "check",
         "course_map", "certificate", "load"}


@pytest.mark.parametrize("source", [
    "from grader import check, ChoiceQuestionWidget",
    "import pandas as pd\nfrom grader import (\n    check, load,\n)",
    'ChoiceQuestionWidget("03.best_practice")',
    'Reflection(\n    "03-shared-values",\n    "Think of one partner. "\n    "What do you share?",\n)',
    'AccountabilityPlanBuilder("02.accountability", folder=LearnerStore.default().root)',
    "from grader import course_map\n\ncourse_map()",
    'ChoiceQuestionWidget("x", options=["a", "b"], points={"a": -1}, strict=True)',
])
def test_a_cell_that_only_imports_or_calls_the_course_is_a_helper(source):
    assert is_helper_cell(source, NAMES)


@pytest.mark.parametrize("source", [
    "# Replace ... with the letter you choose, in quotes.\nmy_answer = ...",  # a template
    "certificate(...)",  # the learner writes their name in place of ...
    'check("00.power", my_answer)',  # checks the learner's own answer
    "# Your filter here",  # only a comment: a place to write
    "",
    'partners = load("partners")',  # an assignment the learner reads and reuses
    'partners[partners["stage"] == "not yet met"]',  # pandas
    'print(load("partners"))',  # print is not the course's
    'Markdown(plan.to_markdown())',
    'ChoiceQuestionWidget(my_id)',
    'ChoiceQuestionWidget("x", f"{name}")',
    "ChoiceQuestionWidget(",  # does not parse
])
def test_a_cell_where_the_learner_writes_or_reads_code_stays_open(source):
    assert not is_helper_cell(source, NAMES)


def course_notebook() -> nbformat.NotebookNode:
    cells = [new_markdown_cell("# Module"),
             new_code_cell("from grader import ChoiceQuestionWidget, check"),
             new_code_cell('ChoiceQuestionWidget("00.power")'),
             new_code_cell("my_answer = ...")]
    cells[3].metadata["jupyter"] = {"source_hidden": True, "outputs_hidden": True}  # a hand edit
    return new_notebook(cells=cells)


def test_clean_collapses_helper_cells_and_the_rule_overrides_hand_edits():
    notebook = clean(course_notebook())
    hidden = [cell.metadata.get("jupyter") for cell in notebook.cells]
    assert hidden == [None, {"source_hidden": True}, {"source_hidden": True}, None]


def test_clean_keeps_the_collapsed_metadata_of_helper_cells_on_a_second_run(tmp_path):
    path = tmp_path / "module.ipynb"
    nbformat.write(course_notebook(), path)
    assert main([str(path)]) == 0
    assert main(["--check", str(path)]) == 0
    assert nbformat.read(path, as_version=4).cells[2].metadata["jupyter"] == {"source_hidden": True}


def test_clean_collapses_nothing_in_an_nbgrader_assignment():
    notebook = course_notebook()
    notebook.cells[1].metadata["nbgrader"] = {"locked": True, "grade_id": "setup", "solution": False,
                                              "grade": False, "schema_version": 3, "task": False}
    assert all("jupyter" not in cell.metadata for cell in clean(notebook).cells)


def test_clean_collapses_nothing_in_a_notebook_that_does_not_use_the_course():
    notebook = new_notebook(cells=[new_code_cell("import pandas as pd"), new_code_cell("print(1)")])
    assert all("jupyter" not in cell.metadata for cell in clean(notebook).cells)


@pytest.mark.parametrize("path", [ROOT / "course" / "start.ipynb", *sorted((ROOT / "modules").glob("*.ipynb"))],
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_widget_in_a_committed_course_notebook_is_collapsed_and_every_template_open(path):
    cells = [cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"]
    collapsed = [cell.metadata.get("jupyter", {}).get("source_hidden", False) for cell in cells]
    assert any(collapsed), f"{path.name}: no cell is collapsed"
    for cell, hidden in zip(cells, collapsed, strict=True):
        if re.search(r"\b(ChoiceQuestionWidget|Reflection)\(", cell.source.splitlines()[0] if cell.source else ""):
            assert hidden, f"{path.name}: this widget's code is not collapsed:\n{cell.source}"
        if "..." in cell.source:
            assert not hidden, f"{path.name}: this template is collapsed:\n{cell.source}"
