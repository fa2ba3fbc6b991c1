"""The labels kind with the "care" vocabulary (grader/checks/labels.py): does the sharing-decision
check read decisions in any reasonable form, accept every defensible decision, and give evidence
or a question, never the decision itself?"""

from __future__ import annotations

from grader.checks import check, points, spec
from grader.checks.labels import case_sets
from grader.checks.show import requests
from grader.domain.data_sharing import DECISIONS
from tests.support.keys_07 import DECISIONS as KEYS


def right(check_id: str) -> dict[str, str]:
    return {rid: keys[0] for rid, keys in KEYS[check_id].items()}


def test_every_acceptable_decision_earns_the_point():
    for rid, keys in KEYS["07.requests"].items():
        for key in keys:
            assert points("07.requests", {**right("07.requests"), rid: key}) == 4.0, (rid, key)


def test_a_wrong_decision_costs_its_point_and_asks_a_question_without_naming_the_answer():
    answer = {**right("07.requests"), "P3": "may share"}
    feedback = check("07.requests", answer)
    (note,) = [n for n in feedback.notes if not n.holds_up]
    assert note.label == "P3" and note.reason.endswith("?")
    assert "authority" not in note.reason.casefold()
    assert feedback.points == 3.0


def test_short_forms_and_any_case_are_read():
    answer = {"P1": "Share", "P2": "E", "P3": "Authority", "P4": "RESPONSIBILITY"}
    assert points("07.requests", answer) == 4.0


def test_unknown_decisions_and_ids_are_problems_that_list_the_options():
    problem = check("07.requests", {**right("07.requests"), "P2": "privacy"}).problem
    assert problem.startswith('P2: "privacy" is not one of the decisions.') and '"ethics"' in problem
    assert "not request ids here: P9" in check("07.requests", {"P9": "ethics"}).problem
    assert "should be a dictionary" in check("07.requests", ["ethics"]).problem


def test_an_untouched_template_is_not_answered_yet_and_scores_nothing():
    template = dict.fromkeys(KEYS["ex07.requests"], ...)
    assert points("ex07.requests", template) == 0.0
    assert check("ex07.requests", {**right("ex07.requests"), "R5": ...}).problem.startswith("Still to answer: R5")


def test_the_requests_are_shown_with_every_decision_to_choose_from():
    spec("ex07.requests")
    shown = requests("ex07.requests")
    for request in case_sets("care")["ex07.requests"]:
        assert f"{request.id}. {request.who}:" in str(shown)
    for decision in DECISIONS:
        assert decision in str(shown) and decision in shown.html
    assert "<script" not in shown.html
