"""Does a self-paced learner get their own, marked student copy of every exercise?"""

from __future__ import annotations

import nbformat
import pytest

from grader.cohort.secrets import leaks, secret_lines
from grader.course.syllabus import course_root, load_syllabus
from grader.learner.exercises import copy_path, mark, place_exercises, released
from grader.learner.folder import prepare
from tests.support.nbgrader_runs import readable_text

pytestmark = pytest.mark.nbgrader
MODULES = load_syllabus().modules


def test_every_exercise_is_placed_as_a_marked_student_copy(tmp_path, exercise_cache):
    placed = place_exercises(tmp_path, cache=exercise_cache)
    assert sorted(placed.copied) == sorted(copy_path(tmp_path, m).relative_to(tmp_path).as_posix() for m in MODULES)
    for module in MODULES:
        copy = nbformat.read(copy_path(tmp_path, module), as_version=4)
        assert mark(copy) == {"self_paced": True, "assignment": module.exercise.assignment,
                              "exercises": released(cache=exercise_cache).name}
        text = readable_text(copy_path(tmp_path, module))
        secrets = secret_lines(nbformat.read(course_root() / module.exercise_notebook, as_version=4))
        assert not leaks(secrets, text)
        assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text
        assert f"equity-course check-exercise {module.id}" in text


def test_a_learners_copy_is_never_overwritten(tmp_path, exercise_cache):
    place_exercises(tmp_path, cache=exercise_cache)
    mine = copy_path(tmp_path, MODULES[1])
    mine.write_text("my answers", encoding="utf-8")
    again = place_exercises(tmp_path, cache=exercise_cache)
    assert mine.read_text(encoding="utf-8") == "my answers"
    assert mine.relative_to(tmp_path).as_posix() in again.kept
    assert not again.copied


def test_the_cache_is_reused_without_running_nbgrader(tmp_path, exercise_cache, monkeypatch):
    import grader.cohort.course

    def no_nbgrader(*args, **kwargs):
        raise AssertionError("nbgrader ran although the cache was complete")

    monkeypatch.setattr(grader.cohort.course, "api", no_nbgrader)
    assert len(place_exercises(tmp_path, cache=exercise_cache).copied) == len(MODULES)


def test_only_a_self_paced_start_places_exercises(tmp_path, exercise_cache, monkeypatch):
    monkeypatch.setenv("EQUITY_COURSE_CACHE", str(exercise_cache))
    prepare(tmp_path / "hub-learner")  # the hub's learners get exercises from their trainer
    assert not (tmp_path / "hub-learner" / "exercises").exists()
    prepared = prepare(tmp_path / "self-paced", self_paced=True)
    assert copy_path(tmp_path / "self-paced", MODULES[0]).relative_to(tmp_path / "self-paced").as_posix() in prepared.copied
