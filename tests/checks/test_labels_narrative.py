"""The labels kind with the "narrative" vocabulary (grader/checks/labels.py): do statement labels
earn a point for the right kind, answer a named narrative without changing the score, and explain
every verdict without naming the right label?"""

from __future__ import annotations

import pytest

from grader.checks import check, points, spec
from grader.checks.labels import OTHER_NARRATIVE, case_sets
from grader.checks.show import statements
from tests.support.keys_06 import LABELS

CHECKS = sorted(LABELS)
OTHER = {"individualism": "market-only", "market-only": "anti-government", "anti-government": "individualism"}


def kinds(check_id: str) -> dict[str, str]:
    return {sid: ("transformative" if n == "transformative" else "dominant") for sid, n in LABELS[check_id].items()}


def flipped(value: str) -> str:
    return "dominant" if value == "transformative" else "transformative"


@pytest.mark.parametrize("check_id", CHECKS)
def test_the_right_kinds_earn_one_point_per_statement(check_id):
    assert points(check_id, kinds(check_id)) == spec(check_id).max_points == len(case_sets("narrative")[check_id])


@pytest.mark.parametrize("check_id", CHECKS)
def test_naming_the_narratives_earns_the_same_full_points(check_id):
    assert points(check_id, LABELS[check_id]) == spec(check_id).max_points


@pytest.mark.parametrize("check_id", CHECKS)
def test_each_wrong_kind_costs_exactly_one_point(check_id):
    right = kinds(check_id)
    for sid in right:
        assert points(check_id, {**right, sid: flipped(right[sid])}) == spec(check_id).max_points - 1, sid


def test_a_right_narrative_says_so_and_a_wrong_one_asks_again_without_losing_the_point():
    right = LABELS["06.statements"]
    dominant = next(sid for sid, n in right.items() if n != "transformative")
    named_right = check("06.statements", {**kinds("06.statements"), dominant: right[dominant]})
    named_wrong = check("06.statements", {**kinds("06.statements"), dominant: OTHER[right[dominant]]})
    note_right = next(n for n in named_right.notes if n.label == dominant)
    note_wrong = next(n for n in named_wrong.notes if n.label == dominant)
    assert note_right.holds_up and note_right.reason.endswith("The narrative you named fits it too.")
    assert note_wrong.holds_up and note_wrong.reason.endswith(OTHER_NARRATIVE)
    assert named_wrong.points == named_right.points == spec("06.statements").max_points


def test_a_wrong_kind_gets_the_statements_question_and_no_verdict_on_the_narrative():
    right = kinds("06.statements")
    sid = next(iter(right))
    feedback = check("06.statements", {**right, sid: flipped(right[sid])})
    note = next(n for n in feedback.notes if n.label == sid)
    statement = next(s for s in case_sets("narrative")["06.statements"] if s.id == sid)
    assert not note.holds_up and note.reason == statement.hint


@pytest.mark.parametrize("check_id", CHECKS)
def test_feedback_never_names_the_right_label_for_a_wrong_answer(check_id):
    wrong = {sid: flipped(kind) for sid, kind in kinds(check_id).items()}
    for note in check(check_id, wrong).notes if not spec(check_id).graded else []:
        assert "dominant" not in note.reason.casefold() and "transformative" not in note.reason.casefold()
    assert points(check_id, wrong) == 0.0


def test_a_statement_left_as_a_template_is_not_labeled_yet():
    answer = {**kinds("06.statements"), "P2": ...}
    note = next(n for n in check("06.statements", answer).notes if n.label == "P2")
    assert note.missing and note.reason == "Not labeled yet."


def test_graded_labels_with_a_gap_name_what_is_still_to_answer():
    feedback = check("ex06.statements", {**kinds("ex06.statements"), "E3": ..., "E6": None})
    assert feedback.problem.startswith("Still to answer: E3, E6.")


def test_an_unknown_label_is_a_problem_that_lists_the_labels():
    feedback = check("06.statements", {**kinds("06.statements"), "P1": "harmful"})
    assert feedback.problem.startswith('P1: "harmful" is not a label here. Use one of: "dominant"')
    assert points("06.statements", {**kinds("06.statements"), "P1": "harmful"}) == 0.0


def test_an_unknown_statement_id_lists_the_ids():
    feedback = check("06.statements", {"P9": "dominant"})
    assert feedback.problem == "These are not statement ids here: P9. Use: P1, P2, P3, P4, P5, P6."


def test_labels_that_are_not_a_dictionary_say_so():
    assert check("06.statements", ["dominant"]).problem == "Labels should be a dictionary, but this is a list."


def test_the_statements_are_shown_with_ids_and_the_labels_to_choose_from():
    shown = statements("ex06.statements")
    assert str(shown).startswith("E1. Lead poisoning prevention flyer: ")
    assert "Labels: transformative, or dominant" in str(shown)
    assert shown._repr_html_().count('<th scope="row">') == 7


def test_showing_an_unknown_check_suggests_the_nearest_id():
    with pytest.raises(KeyError, match='Did you mean "06.statements"'):
        statements("06.statement")
