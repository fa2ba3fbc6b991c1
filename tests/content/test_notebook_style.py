"""Do the notebooks keep to the course's shape: short code cells, sources named, data labeled?"""

from __future__ import annotations

import re

import nbformat
import pytest

from grader.cohort.secrets import HIDDEN, SOLUTION
from grader.course.syllabus import course_root, load_syllabus

ROOT = course_root()
MODULES = load_syllabus().modules
MAX_LINES = 15
SECTIONS = ["Questions this module answers", "Learning objectives", "Key points", "Sources"]


def code_lines(source: str) -> int:
    return len([line for line in source.splitlines() if line.strip()])


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_module_code_cells_are_short_calls(module):
    notebook = nbformat.read(ROOT / module.notebook, as_version=4)
    long = [code_lines(c.source) for c in notebook.cells if c.cell_type == "code" and code_lines(c.source) > MAX_LINES]
    assert not long, f"{module.notebook}: code cells over {MAX_LINES} lines; move the logic into grader/"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.exercise.assignment)
def test_exercise_cells_as_learners_see_them_are_short(module):
    notebook = nbformat.read(ROOT / module.exercise_notebook, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            shown = HIDDEN.sub("", SOLUTION.sub("", cell.source))
            assert code_lines(shown) <= MAX_LINES + 5, cell.metadata.get("nbgrader", {}).get("grade_id")


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_module_has_the_anatomy_and_names_its_sources(module):
    notebook = nbformat.read(ROOT / module.notebook, as_version=4)
    text = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    headings = re.findall(r"^#+\s*(.+?)\s*$", text, re.M)
    for section in SECTIONS:
        assert any(section.lower() in h.lower() for h in headings), f"{module.notebook} lacks '{section}'"
    assert "Human Impact Partners" in text


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_notebooks_that_use_riverbend_data_say_it_is_synthetic(module):
    for path in (module.notebook, module.exercise_notebook):
        notebook = nbformat.read(ROOT / path, as_version=4)
        code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
        prose = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown").lower()
        if "grader.course.data" in code or "load_" in code:
            assert "synthetic" in prose or "fictional" in prose, path


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_learners_rate_their_confidence_at_the_start_and_after_the_key_points(module):
    cells = nbformat.read(ROOT / module.notebook, as_version=4).cells
    calls = [n for n, c in enumerate(cells) if c.cell_type == "code" and "SelfAssessment(" in c.source]
    assert len(calls) == 2, f"{module.notebook} needs one SelfAssessment cell at the start and one at the end"
    start, end = calls
    assert f'SelfAssessment("{module.id}", "start")' in cells[start].source
    assert "| section | minutes | core |" in cells[start - 1].source, "start: right after the How to use cell"
    assert f'SelfAssessment("{module.id}", "end")' in cells[end].source
    assert cells[end - 1].source.startswith("## Key points"), "end: right after the Key points cell"
