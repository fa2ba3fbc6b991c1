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


# ---- the core path ----

CORE_LOW, CORE_HIGH = 300, 360
MINUTES_SUFFIX = re.compile(r"\s*\(\d+ minutes\)$")
CORE_ROW = re.compile(r"^\| (.+?) \| (\d+) \| (✓ core|deep dive) \|$", re.M)


def headings(path: str, level: str = "##") -> set[str]:
    """A notebook's headings at ``level`` (and below it), without a trailing "(N minutes)"."""
    notebook = nbformat.read(ROOT / path, as_version=4)
    found = set()
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                hashes, _, text = line.partition(" ")
                if hashes.startswith(level) and set(hashes) == {"#"}:
                    found.add(MINUTES_SUFFIX.sub("", text.strip()))
    return found


def section_table(module) -> str:
    """The markdown cell that holds the module's section table (its "How to use this notebook" part)."""
    notebook = nbformat.read(ROOT / module.notebook, as_version=4)
    cells = [c.source for c in notebook.cells if c.cell_type == "markdown" and "| section | minutes | core |" in c.source]
    assert len(cells) == 1, f"{module.notebook} needs one table headed | section | minutes | core |"
    return cells[0]


def test_the_core_path_takes_five_to_six_hours():
    assert CORE_LOW <= SYLLABUS.core_minutes <= CORE_HIGH, (
        f"The core path takes {SYLLABUS.core_minutes} minutes; keep it within {CORE_LOW}-{CORE_HIGH}.")


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_every_module_keeps_its_key_idea_in_the_core(module):
    assert any(s.checks for s in module.core.sections), f"module {module.id}'s core has no practice check"
    assert module.core.module_minutes < module.minutes, "the core of a module is a part of it, not all of it"


def test_the_capstone_plan_stays_in_the_core():
    capstone = SYLLABUS.modules[-1]
    assert "10.department_plan" in capstone.core.checks
    assert any("department plan" in p.heading for p in capstone.core.exercise_parts)


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_every_core_section_heading_exists_in_its_notebook(module):
    missing = set(module.core.headings) - headings(module.notebook)
    assert not missing, f"{module.notebook} has no section headed {sorted(missing)}"


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_every_core_exercise_part_exists_and_fits_in_the_exercise_time(module):
    parts = {p.heading for p in module.core.exercise_parts}
    missing = parts - headings(module.exercise_notebook)
    assert not missing, f"{module.exercise_notebook} has no part headed {sorted(missing)}"
    first = nbformat.read(ROOT / module.exercise_notebook, as_version=4).cells[0].source
    stated = re.search(r"About (\d+) minutes", first)
    assert stated, f"{module.exercise_notebook} should say 'About N minutes' in its first cell"
    assert module.core.exercise_minutes <= int(stated.group(1))
    assert int(stated.group(1)) == module.exercise.minutes, "the syllabus and the exercise state the same minutes"


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_core_checks_are_practice_checks_of_their_module(module):
    from grader.learner.progress import practice_checks

    strangers = set(module.core.checks) - set(practice_checks(module.id))
    assert not strangers, f"module {module.id}'s core lists checks that are not its practice checks: {strangers}"


@pytest.mark.parametrize("module", SYLLABUS.modules, ids=lambda m: m.id)
def test_the_notebook_table_marks_the_same_core_sections_as_the_syllabus(module):
    table = section_table(module)
    rows = CORE_ROW.findall(table)
    assert rows, f"{module.notebook}: the section table's rows should read | section | minutes | ✓ core or deep dive |"
    marked = {name: int(minutes) for name, minutes, mark in rows if mark == "✓ core"}
    assert marked == {s.heading: s.minutes for s in module.core.sections}
    assert sum(int(minutes) for _, minutes, _ in rows) == module.minutes, "the table's minutes add up to the module's"
    prose = " ".join(table.split())
    assert f"about {module.core.module_minutes} minutes here" in prose
    assert f"about {SYLLABUS.core_minutes / 60:.1f} hours" in prose


def test_readme_shows_the_core_path():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"**{SYLLABUS.core_minutes} minutes**" in readme
    for module in SYLLABUS.modules:
        row = (f"| {module.id} | {module.title} | {module.minutes} | {module.exercise.total_points:g} | "
               f"{module.core.minutes} |")
        assert row in readme
        assert f"- **{module.id}**: {'; '.join(module.core.headings)}" in readme


# ---- bad core paths and scales get clear errors ----

GOOD_HEAD = ('[course]\ntitle = "T"\ncourse_id = "c"\ntotal_minutes = 10\n'
             '[self_assessment]\nquestion = "How sure?"\nscale = ["not yet", "yes"]\n')
GOOD_MODULE = ('[[modules]]\nid = "07"\nslug = "x"\ntitle = "X"\nsource = "s"\nminutes = 10\nobjectives = ["Do"]\n'
               'exercise = { assignment = "ex07", automatic_points = 1, manual_points = 0 }\n')


def load_text(tmp_path: Path, text: str):
    path = tmp_path / "syllabus.toml"
    path.write_text(text, encoding="utf-8")
    return load_syllabus(path)


def test_a_good_small_syllabus_loads_its_core_and_scale(tmp_path: Path):
    syllabus = load_text(tmp_path, GOOD_HEAD + GOOD_MODULE + '[modules.core]\nsections = [{ heading = "1. A", '
                         'minutes = 4, checks = ["07.a"] }]\nexercise_parts = [{ heading = "Part 1", minutes = 3 }]\n')
    assert syllabus.core_minutes == 7 and syllabus.modules[0].core.checks == ("07.a",)
    assert syllabus.self_assessment.label(2) == "2 yes"


@pytest.mark.parametrize(("core", "message"), [
    ("", r"(?s)Module 1 \(07\).*has no core path.*\[modules.core\]"),
    ("[modules.core]\nsections = []\n", "at least one section"),
    ('[modules.core]\nsections = [{ heading = "1. A", minutes = 0 }]\n', r'"1. A".*whole number above 0, not 0'),
    ('[modules.core]\nsections = [{ heading = "1. A", minutes = "5" }]\n', "whole number above 0, not '5'"),
    ('[modules.core]\nsections = [{ minutes = 5 }]\n', "entry 1 needs a heading"),
    ('[modules.core]\nsections = [{ heading = "1. A", minutes = 5, check = ["07.a"] }]\n', r"unknown keys \['check'\]"),
    ('[modules.core]\nsections = [{ heading = "1. A", minutes = 5, checks = ["02.a"] }]\n', "checks of another module"),
    ('[modules.core]\nsections = [{ heading = "1. A", minutes = 5, checks = "07.a" }]\n', "checks must be a list"),
    ('[modules.core]\nsections = [{ heading = "1. A", minutes = 11 }]\n', "more than the module's 10"),
    ('[modules.core]\nsections = [{ heading = "1. A", minutes = 2 }, { heading = "1. A", minutes = 2 }]\n',
     "heading twice"),
    ('[modules.core]\nsections = [{ heading = "1. A", minutes = 2 }]\n'
     'exercise_parts = [{ heading = "Part 1", minutes = 2, checks = ["07.a"] }]\n', "graded by the trainer"),
    ('[modules.core]\nsection = []\n', r"unknown keys \['section'\]"),
])
def test_a_bad_core_path_names_the_module_and_says_how_to_fix_it(tmp_path: Path, core: str, message: str):
    with pytest.raises(SyllabusError, match=message):
        load_text(tmp_path, GOOD_HEAD + GOOD_MODULE + core)


@pytest.mark.parametrize(("scale", "message"), [
    ('[self_assessment]\nquestion = "Q"\nscale = ["only one"]\n', "2 to 6 different labels"),
    ('[self_assessment]\nquestion = "Q"\nscale = ["a", "a"]\n', "2 to 6 different labels"),
    ('[self_assessment]\nscale = ["a", "b"]\n', "needs a question"),
])
def test_a_bad_self_assessment_scale_says_what_is_wrong(tmp_path: Path, scale: str, message: str):
    head = GOOD_HEAD.split("[self_assessment]")[0]
    core = '[modules.core]\nsections = [{ heading = "1. A", minutes = 2 }]\n'
    with pytest.raises(SyllabusError, match=message):
        load_text(tmp_path, head + scale + GOOD_MODULE + core)


def test_a_syllabus_without_a_self_assessment_scale_says_so(tmp_path: Path):
    head = GOOD_HEAD.split("[self_assessment]")[0]
    with pytest.raises(SyllabusError, match="missing 'self_assessment'"):
        load_text(tmp_path, head + GOOD_MODULE + '[modules.core]\nsections = [{ heading = "1. A", minutes = 2 }]\n')
