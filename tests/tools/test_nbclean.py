"""Are committed notebooks clean, and does the cleaner make them so?"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from grader.course.syllabus import course_root
from grader.tools.nbclean import clean, cleaned_text, main, notebooks

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
