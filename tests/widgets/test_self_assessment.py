"""Does the self-assessment widget work as a learner drives it (choose, save, come back), with
every control labeled, and does the end rating show the change since the start?"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pytest

from grader.course.syllabus import load_syllabus
from grader.domain.self_assessment import RatingProblem
from grader.learner.self_assessment import load_ratings
from grader.widgets.self_assessment import NO_RATING, SelfAssessment

SYLLABUS = load_syllabus()


def test_one_labeled_rating_per_objective_and_a_labeled_save_button(store):
    widget = SelfAssessment("02", "start", store=store)
    module = SYLLABUS.module("02")
    assert len(widget.ratings) == len(module.objectives)
    for number, (box, objective) in enumerate(zip(widget.ratings, module.objectives, strict=True), start=1):
        assert isinstance(box, widgets.Dropdown) and box.description == f"Objective {number}:"
        assert box.tooltip == objective and box.value == NO_RATING
        assert html.escape(objective) in widget.objectives[number - 1].value
        assert [label for label, _ in box.options][1:] == ["1 not yet", "2 with help", "3 on my own",
                                                          "4 I could teach it"]
    assert widget.save_button.description == "Save my ratings" and widget.save_button.tooltip
    assert "Before you start" in widget.intro.value


def test_save_refuses_until_every_objective_is_rated(store):
    widget = SelfAssessment("01", "start", store=store)
    widget.ratings[0].value = 2
    widget.save_button.click()
    assert "Still without a rating: objectives 2, 3, 4" in widget.status.value
    assert load_ratings("01", store).start is None


def test_save_keeps_the_ratings_and_they_come_back(store):
    widget = SelfAssessment("01", "start", store=store)
    widget.rate(1, 2, 2, 1)
    widget.save_button.click()
    assert "Saved: 1.5 of 4 on average." in widget.status.value
    again = SelfAssessment("01", "start", store=store)
    assert [box.value for box in again.ratings] == [1, 2, 2, 1]
    assert "reloaded" in again.status.value
    assert all(box.value == NO_RATING for box in SelfAssessment("01", "end", store=store).ratings)


def test_the_end_rating_shows_the_change_since_the_start(store):
    start = SelfAssessment("03", "start", store=store)
    start.rate(1, 1, 1, 1)
    start.save()
    end = SelfAssessment("03", "end", store=store)
    end.rate(3, 3, 2, 4)
    message = end.save()
    assert "start 1.0 of 4, end 3.0 of 4" in message and "Where you end" in end.intro.value


def test_a_damaged_saved_file_is_reported_in_the_widget(store):
    store.root.mkdir(parents=True)
    store.path("self-assessment-00").write_text("nope", encoding="utf-8")
    widget = SelfAssessment("00", "start", store=store)
    assert "could not be read" in widget.status.value


def test_a_wrong_moment_or_module_is_a_clear_error(store):
    with pytest.raises(RatingProblem, match='"start" or "end"'):
        SelfAssessment("01", "before", store=store)
    with pytest.raises(ValueError, match="no module"):
        SelfAssessment("42", "start", store=store)


def test_the_facade_exports_the_widget():
    import grader

    assert grader.SelfAssessment is SelfAssessment
