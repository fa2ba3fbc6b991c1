"""Do the trainer's rubrics (course/rubrics/exNN.toml) match the exercises' manually graded cells
and the facilitator guides, and does a broken rubric file say what to fix?"""

from __future__ import annotations

import json

import pytest

from grader.course.rubrics import RubricError, known_rubrics, load_rubric
from grader.course.syllabus import course_root, load_syllabus

MODULES = {module.exercise.assignment: module for module in load_syllabus().modules}
REFLECTIONS = {"reflection", "explanation"}  # their rubrics are the guides' own tables


def manual_cells(exercise: str) -> dict[str, dict]:
    path = course_root() / MODULES[exercise].exercise_notebook
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return {c["metadata"]["nbgrader"]["grade_id"]: c for c in cells
            if c["metadata"].get("nbgrader", {}).get("grade") and c["metadata"]["nbgrader"].get("solution")}


def test_the_written_judgment_exercises_have_rubrics():
    assert {"ex01", "ex06", "ex08"} <= set(known_rubrics())


@pytest.mark.parametrize("exercise", known_rubrics())
def test_each_part_grades_a_manual_cell_worth_its_points(exercise):
    cells = manual_cells(exercise)
    for part in load_rubric(exercise).parts:
        assert part.cell in cells, f"{exercise} has no manually graded cell {part.cell!r}"
        cell = cells[part.cell]
        assert cell["cell_type"] == "markdown"
        assert float(cell["metadata"]["nbgrader"]["points"]) == part.points


@pytest.mark.parametrize("exercise", known_rubrics())
def test_the_facilitator_guide_shows_every_line(exercise):
    module = MODULES[exercise]
    guide = (course_root() / "course" / "facilitator" / f"{module.id}-{module.slug}.md").read_text(encoding="utf-8")
    rubric = guide.split("## Rubric", 1)[1].split("\n## ", 1)[0]
    for part in load_rubric(exercise).parts:
        assert part.to_markdown() in rubric


@pytest.mark.parametrize("exercise", sorted(MODULES))
def test_every_manual_cell_but_the_reflection_has_a_rubric(exercise):
    parts = {part.cell for part in load_rubric(exercise).parts} if exercise in known_rubrics() else set()
    assert set(manual_cells(exercise)) - REFLECTIONS == parts


def test_a_missing_line_field_says_which_file_and_what_to_add(tmp_path):
    folder = tmp_path / "course" / "rubrics"
    folder.mkdir(parents=True)
    (folder / "ex99.toml").write_text('exercise = "ex99"\n[[parts]]\ncell = "x"\ntitle = "X"\n'
                                      'lines = [{ criterion = "Says why" }]\n', encoding="utf-8")
    with pytest.raises(RubricError, match=r"ex99.toml, part 1, a line is missing 'points'"):
        load_rubric("ex99", tmp_path)


def test_an_unknown_exercise_names_the_known_ones():
    with pytest.raises(RubricError, match="There is no rubric file"):
        load_rubric("ex42")
