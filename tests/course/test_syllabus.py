"""Does the syllabus match the notebooks, the guides, the exercises and the README?"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from grader.course.syllabus import SyllabusError, course_root, load_syllabus

ROOT = course_root()
SYLLABUS = load_syllabus()


def test_every_module_notebook_is_in_the_syllabus_and_back():
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "modules").glob("*.ipynb")}
    assert on_disk == {m.notebook for m in SYLLABUS.modules}


def test_every_exercise_notebook_is_in_the_syllabus_and_back():
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "exercises").glob("*/*.ipynb")
               if ".ipynb_checkpoints" not in p.parts}
    assert on_disk == {m.exercise_notebook for m in SYLLABUS.modules}


def test_module_minutes_add_up_to_the_course_total():
    assert sum(m.minutes for m in SYLLABUS.modules) == SYLLABUS.total_minutes


def test_readme_shows_the_course_total():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{SYLLABUS.total_minutes} minutes" in readme, "README should state the total in minutes"


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_exercise_points_in_the_syllabus_match_the_notebook(module):
    notebook = nbformat.read(ROOT / module.exercise_notebook, as_version=4)
    automatic = manual = 0.0
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade"):
            if cell.cell_type == "code":
                automatic += float(meta["points"])
            else:
                manual += float(meta["points"])
    assert (automatic, manual) == (module.exercise.automatic_points, module.exercise.manual_points)


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_module_notebook_lists_the_syllabus_objectives(module):
    notebook = nbformat.read(ROOT / module.notebook, as_version=4)
    text = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    for objective in module.objectives:
        assert objective in text, f"{module.notebook} should list the objective: {objective}"


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_each_module_has_one_facilitator_guide(module):
    guides = list((ROOT / "course" / "facilitator").glob(f"{module.id}-*.md"))
    assert len(guides) == 1, f"expected one course/facilitator/{module.id}-*.md"


def test_a_syllabus_missing_a_field_names_the_module_and_field(tmp_path: Path):
    broken = tmp_path / "syllabus.toml"
    broken.write_text(
        '[course]\ntitle = "T"\ncourse_id = "c"\ntotal_minutes = 10\n'
        '[[modules]]\nid = "07"\nslug = "x"\ntitle = "X"\nsource = "s"\nobjectives = []\n'
        'exercise = { assignment = "ex07", automatic_points = 1, manual_points = 0 }\n'
    )
    with pytest.raises(SyllabusError, match=r"Module 1 \(07\).*'minutes'"):
        load_syllabus(broken)


def test_a_syllabus_that_is_not_toml_says_so(tmp_path: Path):
    broken = tmp_path / "syllabus.toml"
    broken.write_text("[course\n")
    with pytest.raises(SyllabusError, match="not valid TOML"):
        load_syllabus(broken)


def test_an_unknown_module_id_lists_the_known_ones():
    with pytest.raises(SyllabusError, match=re.escape("Modules: 00, 01")):
        SYLLABUS.module("99")


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_readme_table_row_matches_the_syllabus(module):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = f"| {module.id} | {module.title} | {module.minutes} | {module.exercise.total_points:g} |"
    assert row in readme
