"""Does check-exercise grade a self-paced learner's own copy with the cohort's grader?

Round trip for every exercise: a solved copy and a blank copy, each in its own course
folder, are graded in one run of the real cohort grader (confined kernels, hidden tests).
The solved copy earns every automatic point and the blank one none; the model answer and
rubric appear only once an attempt is graded; nothing shown holds a hidden test.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from grader.cohort.secrets import HIDDEN, SOLUTION
from grader.course.syllabus import course_root, load_syllabus
from grader.learner.check_exercise import (
    ExerciseCheckError,
    TrainerGrades,
    attempts,
    check_exercise,
    check_in_folders,
    find_module,
    has_graded_attempt,
    learner_copy,
)
from grader.learner.exercises import MARK, copy_path, place_exercises
from tests.support.nbgrader_runs import with_solutions

MODULES = load_syllabus().modules
IDS = [m.id for m in MODULES]


def hidden_lines(module) -> set[str]:
    """Lines of the hidden tests that appear nowhere else in the exercise's source."""
    source = nbformat.read(course_root() / module.exercise_notebook, as_version=4)
    hidden, public = set(), set()
    for cell in source.cells:
        hidden |= {line.strip() for match in HIDDEN.findall(cell.source) for line in match.splitlines()}
        public |= {line.strip() for line in HIDDEN.sub("", cell.source).splitlines()}
    return {line for line in hidden - public if len(line) > 3}


@pytest.fixture(scope="module")
def checked(tmp_path_factory, exercise_cache):
    """A solved and a blank course folder, every exercise checked in one grading run."""
    base = tmp_path_factory.mktemp("learners")
    solved, blank = base / "solved", base / "blank"
    for folder in (solved, blank):
        place_exercises(folder, cache=exercise_cache)
    for module in MODULES:
        path = copy_path(solved, module)
        source = nbformat.read(course_root() / module.exercise_notebook, as_version=4)
        nbformat.write(with_solutions(nbformat.read(path, as_version=4), source), path)
    before = {(folder, m.id): has_graded_attempt(folder, m) for folder in (solved, blank) for m in MODULES}
    results = check_in_folders(IDS, [solved, blank], cache=exercise_cache, timeout=60)
    by_folder = {"solved": results[:len(MODULES)], "blank": results[len(MODULES):]}
    return {"before": before, "solved": dict(zip(IDS, by_folder["solved"], strict=True)),
            "blank": dict(zip(IDS, by_folder["blank"], strict=True)), "folders": {"solved": solved, "blank": blank}}


@pytest.mark.nbgrader
def test_nothing_is_revealed_before_the_first_attempt(checked):
    assert not any(checked["before"].values())


@pytest.mark.nbgrader
@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_a_solved_copy_earns_every_automatic_point(checked, module):
    result = checked["solved"][module.id]
    assert not result.problem
    assert result.automatic_max == module.exercise.automatic_points
    assert result.automatic_points == module.exercise.automatic_points
    assert result.written_max == module.exercise.manual_points
    assert f"{module.exercise.automatic_points:g} of {module.exercise.automatic_points:g}" in result.text()


@pytest.mark.nbgrader
@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_a_blank_copy_earns_nothing(checked, module):
    result = checked["blank"][module.id]
    assert not result.problem
    assert result.automatic_points == 0
    assert all(text == "" for text in result.reflections.values())
    assert "nothing yet" in result.text()


@pytest.mark.nbgrader
@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_after_the_first_attempt_the_model_answer_and_rubric_are_shown(checked, module):
    source = nbformat.read(course_root() / module.exercise_notebook, as_version=4)
    solutions = [m.strip() for cell in source.cells for m in SOLUTION.findall(cell.source) if m.strip()]
    for kind in ("solved", "blank"):
        result = checked[kind][module.id]
        assert result.attempt == 1
        assert has_graded_attempt(checked["folders"][kind], module)
        shown = result.text()
        for solution in solutions:
            first = solution.splitlines()[0].strip()
            assert first in shown, f"model answer line {first!r} missing"
        assert result.rubric and re.search(r"Total: \d+ points", result.rubric)
        assert result.rubric in shown and result.rubric in result.markdown()


@pytest.mark.nbgrader
@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_no_hidden_test_is_shown(checked, module):
    hidden = hidden_lines(module)
    assert hidden, "the exercise should have hidden tests"
    for kind in ("solved", "blank"):
        for shown in (checked[kind][module.id].text(), checked[kind][module.id].markdown()):
            assert not [line for line in hidden if line in shown]
            assert "HIDDEN TESTS" not in shown and "BEGIN SOLUTION" not in shown


@pytest.mark.nbgrader
def test_every_attempt_is_recorded_in_the_learners_folder(checked):
    record = attempts(checked["folders"]["solved"])
    assert sorted(record) == sorted(m.exercise.assignment for m in MODULES)
    first = record[MODULES[1].exercise.assignment][0]
    assert first["graded"] is True
    assert first["automatic_points"] == first["automatic_max"] == MODULES[1].exercise.automatic_points
    assert (checked["folders"]["solved"] / "my-work" / "exercise-checks.json").is_file()


@pytest.mark.nbgrader
def test_a_copy_the_trainer_released_is_refused(tmp_path):
    from tests.support.nbgrader_runs import released_to_a_learner

    _, fetched = released_to_a_learner(tmp_path, "ex01")
    with pytest.raises(TrainerGrades, match="your trainer grades it"):
        check_exercise("01", tmp_path / "course", notebook=fetched / "ex01.ipynb")
    assert not attempts(tmp_path / "course")


def test_an_unmarked_copy_is_refused_before_any_grading(tmp_path):
    module = find_module("01")
    path = copy_path(tmp_path, module)
    path.parent.mkdir(parents=True)
    notebook = nbformat.read(course_root() / module.exercise_notebook, as_version=4)
    nbformat.write(notebook, path)
    with pytest.raises(TrainerGrades, match="Assignments tab"):
        learner_copy(module, tmp_path)
    notebook.metadata[MARK] = {"self_paced": True, "assignment": "ex02"}
    nbformat.write(notebook, path)
    with pytest.raises(ExerciseCheckError, match="not of ex01"):
        learner_copy(module, tmp_path)


@pytest.mark.parametrize("number", ["1", "01", "ex01", " 01 "])
def test_an_exercise_is_found_by_its_module_number(number):
    assert find_module(number).exercise.assignment == "ex01"


def test_an_unknown_exercise_or_missing_copy_says_what_to_do(tmp_path):
    with pytest.raises(ExerciseCheckError, match="one of: 00, 01"):
        find_module("42")
    with pytest.raises(ExerciseCheckError, match="equity-course start"):
        learner_copy(find_module("01"), tmp_path)
    (tmp_path / "exercises" / "ex01").mkdir(parents=True)
    (tmp_path / "exercises" / "ex01" / "ex01.ipynb").write_text("{not json", encoding="utf-8")
    with pytest.raises(ExerciseCheckError, match="cannot be read as a notebook"):
        learner_copy(find_module("01"), tmp_path)


@pytest.mark.nbgrader
def test_an_attempt_the_grader_cannot_grade_reveals_nothing(tmp_path, exercise_cache):
    place_exercises(tmp_path, cache=exercise_cache)
    module = find_module("01")
    path = copy_path(tmp_path, module)
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if "nbgrader" in cell.metadata:
            cell.metadata.nbgrader["schema_version"] = 1  # grading cells altered by hand
    nbformat.write(notebook, path)
    result = check_exercise("01", tmp_path, cache=exercise_cache, timeout=60)
    assert result.problem and not result.revealed
    assert "could not be graded" in result.text() and "BEGIN SOLUTION" not in result.text()
    assert not has_graded_attempt(tmp_path, module)
    assert attempts(tmp_path)["ex01"][0]["graded"] is False


def marked_copy(folder, number="01", made_from=None):
    """A copy marked self-paced (the source stands in for the student version: nothing is graded)."""
    from grader.learner.exercises import exercises_digest

    module = find_module(number)
    path = copy_path(folder, module)
    path.parent.mkdir(parents=True, exist_ok=True)
    notebook = nbformat.read(course_root() / module.exercise_notebook, as_version=4)
    notebook.metadata[MARK] = {"self_paced": True, "assignment": module.exercise.assignment,
                               "exercises": made_from or exercises_digest(course_root())}
    nbformat.write(notebook, path)
    return module


def test_a_failure_of_the_grader_itself_is_not_recorded_as_the_learners_attempt(tmp_path, monkeypatch):
    import grader.learner.check_exercise as checking

    marked_copy(tmp_path)
    monkeypatch.setattr(checking, "grade_copies", lambda copies, **_: [
        checking.Graded(problem="ConnectionRefusedError: [Errno 111] Connection refused") for _ in copies])
    result = check_exercise("01", tmp_path)
    assert "not your work" in result.text() and "check again" in result.text()
    assert not result.revealed and not attempts(tmp_path)


def test_a_copy_of_an_older_exercise_version_gets_a_note(tmp_path, monkeypatch):
    import grader.learner.check_exercise as checking

    marked_copy(tmp_path, made_from="0123456789abcdef")
    monkeypatch.setattr(checking, "grade_copies", lambda copies, **_: [
        checking.Graded(points={"spectrum-test": 6.0}) for _ in copies])
    result = check_exercise("01", tmp_path)
    assert "earlier version of this exercise" in result.text()
    assert "Spectrum placements: 6 of 6 points" in result.text()
    assert attempts(tmp_path)["ex01"][0]["points"]["spectrum-test"] == 6.0


def test_the_answers_builders_saved_beside_a_copy_go_with_it(tmp_path):
    from grader.learner.check_exercise import ANSWER_FILE_LIMIT, answer_files

    (tmp_path / "ex01.ipynb").write_text("{}", encoding="utf-8")
    (tmp_path / "one-to-one-plan.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".one-to-one-plan.json.tmp").write_text("{}", encoding="utf-8")
    (tmp_path / "huge.json").write_bytes(b" " * (ANSWER_FILE_LIMIT + 1))
    (tmp_path / "link.json").symlink_to(tmp_path / "one-to-one-plan.json")
    assert [p.name for p in answer_files(tmp_path)] == ["one-to-one-plan.json"]


@pytest.mark.nbgrader
def test_a_plan_saved_with_a_builder_beside_the_copy_is_graded_with_it(tmp_path, exercise_cache):
    """The self-paced route: the builder saves alliance-plan.json beside the learner's copy, and
    check-exercise's confined grader reads it exactly as a trainer's cohort would."""
    from grader.checks import points
    from grader.learner.store import LearnerStore
    from grader.widgets.alliance_plan import AlliancePlanBuilder, load_alliance_plan
    from tests.support.keys_04 import good_alliance_plan

    place_exercises(tmp_path, cache=exercise_cache)
    module = find_module("04")
    folder = copy_path(tmp_path, module).parent
    builder = AlliancePlanBuilder("ex04.alliance_plan", store=LearnerStore(tmp_path / "my-work"), folder=folder)
    builder.fill(good_alliance_plan())
    builder.boxes["offers"].value = ""
    builder.save_button.click()
    expected = points("ex04.alliance_plan", load_alliance_plan(folder / "alliance-plan.json"))
    assert 0 < expected < 4
    result = check_exercise("04", tmp_path, cache=exercise_cache, timeout=60)
    got = {part.grade_id: part.points for part in result.parts}
    assert got["plan-test"] == pytest.approx(expected)
    assert result.automatic_points == pytest.approx(expected)
