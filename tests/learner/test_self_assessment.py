"""Are self-assessments kept in the learner's folder, reloaded, and never silently lost or misread?"""

from __future__ import annotations

import pytest

from grader.course.syllabus import SyllabusError, load_syllabus
from grader.domain.self_assessment import RatingProblem
from grader.learner.self_assessment import all_ratings, file_name, load_ratings, save_rating

SYLLABUS = load_syllabus()


def ones(module_id: str, value: int = 1) -> list[int]:
    return [value] * len(SYLLABUS.module(module_id).objectives)


def test_ratings_are_saved_in_the_learners_store_and_reloaded(store):
    save_rating("02", "start", ones("02", 1), store)
    save_rating("02", "end", ones("02", 3), store)
    assert store.path(file_name("02")).is_file()
    saved = load_ratings("02", store)
    assert saved.start is not None and saved.start.ratings == tuple(ones("02", 1))
    assert saved.end is not None and saved.end.average == 3 and not saved.problems


def test_saving_again_replaces_only_that_moment(store):
    save_rating("01", "start", ones("01", 1), store)
    save_rating("01", "end", ones("01", 2), store)
    save_rating("01", "start", ones("01", 4), store)
    saved = load_ratings("01", store)
    assert saved.start.ratings == tuple(ones("01", 4)) and saved.end.ratings == tuple(ones("01", 2))


def test_nothing_saved_means_no_ratings_and_no_problem(store):
    saved = load_ratings("05", store)
    assert saved.start is None and saved.end is None and not saved.problems


def test_bad_ratings_are_refused_and_nothing_is_written(store):
    with pytest.raises(RatingProblem, match="objectives"):
        save_rating("01", "start", [1], store)
    with pytest.raises(RatingProblem, match="start"):
        save_rating("01", "later", ones("01"), store)
    with pytest.raises(SyllabusError, match="no module"):
        save_rating("99", "start", [1], store)
    assert not store.path(file_name("01")).exists()


def test_a_damaged_file_is_moved_aside_and_reported(store):
    store.root.mkdir(parents=True)
    store.path(file_name("03")).write_text("{not json", encoding="utf-8")
    saved = load_ratings("03", store)
    assert saved.start is None and "could not be read" in saved.problems[0]
    assert list(store.root.glob("self-assessment-03.damaged-*.json"))
    assert "moved aside" in load_ratings("03", store).problems[0]  # and it stays reported


def test_ratings_for_objectives_that_have_since_changed_are_not_shown(store):
    save_rating("04", "start", ones("04"), store)
    data = store.load(file_name("04"))
    data["objectives"] = ["An older objective"]
    store.save(file_name("04"), data)
    saved = load_ratings("04", store)
    assert saved.start is None and "objectives have changed" in saved.problems[0]


def test_a_wrongly_shaped_rating_is_reported(store):
    module = SYLLABUS.module("06")
    store.save(file_name("06"), {"objectives": list(module.objectives), "start": {"ratings": [9]}})
    saved = load_ratings("06", store)
    assert saved.start is None and "could not be used" in saved.problems[0]
    store.save(file_name("06"), ["not", "a", "table"])
    assert "not a table of ratings" in load_ratings("06", store).problems[0]


def test_all_ratings_follow_the_syllabus_order(store):
    save_rating("10", "end", ones("10"), store)
    found = all_ratings(store)
    assert [r.module.id for r in found] == [m.id for m in SYLLABUS.modules]
    assert found[-1].end is not None and found[0].end is None
