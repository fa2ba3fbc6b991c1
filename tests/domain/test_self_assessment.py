"""Are self-assessment ratings checked with clear fixes, and summed up in plain words?"""

from __future__ import annotations

import pytest

from grader.domain.self_assessment import Rating, RatingProblem, change_in_words, check_moment, check_ratings


def test_good_ratings_come_back_as_a_tuple():
    assert check_ratings([1, 4, 2], objectives=3, levels=4) == (1, 4, 2)


@pytest.mark.parametrize(("ratings", "message"), [
    ("1,2", "a list of 2 numbers"),
    ([1], "needs 2 ratings, not 1"),
    ([0, None], "Still without a rating: objectives 1, 2"),
    ([3, 0], "Still without a rating: objective 2."),
    ([5, 1], "Objective 1: a rating is a whole number from 1 to 4, not 5"),
    ([True, 1], "not True"),
    ([1, 2.5], "not 2.5"),
])
def test_bad_ratings_say_what_is_wrong(ratings, message):
    with pytest.raises(RatingProblem, match=message):
        check_ratings(ratings, objectives=2, levels=4)


def test_a_moment_is_start_or_end():
    assert check_moment("end") == "end"
    with pytest.raises(RatingProblem, match='"start" or "end", not \'middle\''):
        check_moment("middle")


def test_before_and_after_in_words():
    before, after = Rating("01", "start", (1, 2)), Rating("01", "end", (3, 4))
    assert before.average == 1.5
    assert change_in_words(before, after, 4) == "start 1.5 of 4, end 3.5 of 4"
    assert change_in_words(before, None, 4) == "start 1.5 of 4, end not rated yet"
    assert change_in_words(None, after, 4) == "start not rated, end 3.5 of 4"
    assert change_in_words(None, None, 4) == "not rated yet"
