"""The labels kind with the "equity_question" vocabulary (grader/checks/labels.py): does a statement
from a review match the equity question it answers, with feedback that never names the question?"""

from __future__ import annotations

import pytest

from grader.checks import check, points
from grader.checks.labels import case_sets
from grader.checks.show import statements
from grader.domain.equity_review import QUESTIONS
from tests.support.keys_08 import STATEMENTS


def right(check_id: str) -> dict[str, str]:
    return {sid: next(q.title for q in QUESTIONS if q.key == key) for sid, key in STATEMENTS[check_id].items()}


def test_the_right_questions_earn_a_point_each_by_title_key_or_common_word():
    assert points("08.statements", right("08.statements")) == 4.0
    assert points("08.statements", STATEMENTS["08.statements"]) == 4.0
    common = {**right("08.statements"), "P2": "Benefits and burdens"}
    assert points("08.statements", common) == 4.0


def test_a_wrong_match_costs_its_point_and_gets_a_hint_that_names_no_question():
    wrong = {**right("08.statements"), "P1": "desired results"}
    result = check("08.statements", wrong)
    assert result.points == 3.0
    (note,) = [n for n in result.notes if not n.holds_up]
    assert note.label == "P1" and note.reason.startswith("Ask:")
    assert not any(q.title.casefold() in note.reason.casefold() for q in QUESTIONS)


def test_unmatched_statements_are_missing_and_unknown_ids_or_questions_are_explained():
    result = check("ex08.statements", {"S1": "data", "S2": ...})
    assert result.problem.startswith("Still to answer: S2, S3, S4, S5, S6.")
    assert "not statement ids here: S9" in check("08.statements", {"S9": "data"}).problem
    assert '"budget" is not one of the equity questions' in check("08.statements", {"P1": "budget"}).problem
    assert "Matches should be a dictionary" in check("08.statements", ["data"]).problem


def test_an_untouched_template_scores_zero():
    assert points("ex08.statements", dict.fromkeys(STATEMENTS["ex08.statements"], ...)) == 0.0


def test_statements_shows_every_statement_and_the_seven_questions_but_no_answer():
    shown = statements("ex08.statements")
    for statement in case_sets("equity_question")["ex08.statements"]:
        assert f"{statement.id}. {statement.text}" in str(shown)
        assert statement.evidence not in str(shown) and statement.hint not in shown._repr_html_()
    assert all(f'"{q.title.casefold()}"' in str(shown) for q in QUESTIONS)
    assert "<table>" in shown._repr_html_() and 'scope="row"' in shown._repr_html_()


def test_statements_of_a_check_without_statements_says_what_to_use():
    with pytest.raises(KeyError, match='"08.review" has no statements'):
        statements("08.review")
