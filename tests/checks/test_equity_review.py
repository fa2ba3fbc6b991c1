"""Does the review check give a hint (never a point) per rubric line, accept a review or a dict, and
treat an untouched template as no answer? (Matching statements to questions is a labels check:
tests/checks/test_labels_equity_question.py.)"""

from __future__ import annotations

import re

import pytest

from grader.checks import check, points, spec
from grader.checks.equity_review import as_review
from grader.checks.registry import AnswerProblem
from grader.domain.equity_review import QUESTION_KEYS, EquityReview
from tests.support.keys_08 import good_review


def template() -> EquityReview:
    """The exercise's answer cell as released: every answer still ``...``."""
    return EquityReview(policy="Purchasing", kind="contracting", **dict.fromkeys(QUESTION_KEYS, ...))


# ---- the review rubric ----

def test_a_good_review_gets_seven_hints_no_points_and_no_praise():
    result = check("08.review", good_review())
    assert points("08.review", good_review()) == spec("08.review").max_points == 0.0
    assert result.headline == "Hints on your writing (not a grade)" and "Well done" not in str(result)
    assert len(result.notes) == 7 and all(n.hint for n in result.notes)
    assert all(n.reason.startswith("The words this hint looks for are there; that is not the same as holding up")
               for n in result.notes)


def test_a_review_given_as_a_dictionary_gets_the_same_hints():
    assert str(check("08.review", good_review().to_dict())) == str(check("08.review", good_review()))


def test_a_vague_answer_gets_a_hint_on_what_to_add():
    weak = EquityReview.from_dict({**good_review().to_dict(), "accountability": "We will track progress regularly."})
    result = check("08.review", weak)
    assert result.points == 0.0
    (note,) = [n for n in result.notes if not n.holds_up]
    assert note.label.startswith("accountability") and "how often" in note.reason
    assert "Hint, not a grade: accountability" in str(result)


def test_an_untouched_template_is_no_answer_yet_and_scores_zero():
    assert check("08.review", template()).problem.startswith("There is no answer here yet")
    assert points("ex08.review", template()) == 0.0


def test_the_graded_review_lists_the_questions_still_to_answer():
    partial = EquityReview.from_dict({**good_review().to_dict(), "data": "", "communication": ""})
    result = check("ex08.review", partial)
    assert result.problem.startswith("Still to answer: data: broken down by group, communication:")
    assert not result.notes


def test_the_graded_review_says_only_ready_to_submit_when_every_answer_is_there():
    vague = EquityReview(**dict.fromkeys(QUESTION_KEYS, "We will think about this carefully and do our best."))
    result = check("ex08.review", vague)
    assert result.graded_later and result.headline == "Ready to submit" and not result.notes
    assert points("ex08.review", vague) == 0.0


@pytest.mark.parametrize("answer, message", [
    ("a review", "Expected an EquityReview(...) or a dictionary of its answers, but this is a str"),
    ({"budget": "x"}, "A review has no part called budget"),
    ({"data": 3}, 'data should be text in quotes'),
])
def test_an_answer_that_is_not_a_review_explains_what_to_give(answer, message):
    with pytest.raises(AnswerProblem, match=re.escape(message)):
        as_review(answer)
    assert message in check("08.review", answer).problem
