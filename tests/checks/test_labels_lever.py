"""The labels kind with the "lever" vocabulary (grader/checks/labels.py): do campaign goals match to
the department's levers, with more than one right answer where a goal allows it, and feedback that
never names the lever?"""

from __future__ import annotations

import pytest

from grader.checks import check, points, spec
from grader.checks.labels import case_sets
from grader.checks.show import goals
from grader.domain.levers import LEVERS
from tests.support.items import item_set
from tests.support.keys_02 import LEVERS as KEYS

EXERCISE_02 = item_set("ex02.levers")
PRACTICE = item_set("02.levers")


def right(check_id: str) -> dict[str, str]:
    return {goal: keys[0] for goal, keys in KEYS[check_id].items()}


# ---- the goals ----

@pytest.mark.parametrize("goal", PRACTICE + EXERCISE_02, ids=lambda g: g.id)
def test_goal_feedback_never_names_a_lever(goal):
    for text in (goal.evidence, goal.hint):
        lowered = text.casefold()
        for item in LEVERS:
            assert item.key not in lowered and item.name.casefold() not in lowered, (goal.id, item.key)


def test_goal_ids_are_unique_within_each_set():
    for found in (PRACTICE, EXERCISE_02):
        assert len({g.id for g in found}) == len(found)


# ---- the check ----

@pytest.mark.parametrize("check_id", ["02.levers", "ex02.levers"])
def test_the_right_levers_earn_full_points(check_id):
    assert points(check_id, right(check_id)) == spec(check_id).max_points == len(case_sets("lever")[check_id])


@pytest.mark.parametrize("goal", ["E5", "E6"])
def test_every_acceptable_lever_of_a_goal_with_two_earns_its_point(goal):
    for key in KEYS["ex02.levers"][goal]:
        assert points("ex02.levers", {**right("ex02.levers"), goal: key}) == 6.0, key


def test_any_other_lever_costs_exactly_one_point():
    for goal, keys in KEYS["ex02.levers"].items():
        for item in LEVERS:
            if item.key not in keys:
                assert points("ex02.levers", {**right("ex02.levers"), goal: item.key}) == 5.0, (goal, item.key)


def test_practice_feedback_gives_the_evidence_or_a_question():
    answer = {**right("02.levers"), "G1": "funding"}
    feedback = check("02.levers", answer)
    assert feedback.headline == "Worth another look: 3 of 4 hold up"
    notes = {note.label: note.reason for note in feedback.notes}
    assert notes["G1"].startswith("Ask: ") and notes["G2"] == PRACTICE[1].evidence


def test_an_unmatched_goal_is_listed_as_still_to_answer_in_the_exercise():
    feedback = check("ex02.levers", {"E1": "data", "E2": ...})
    assert feedback.problem.startswith("Still to answer: E2, E3, E4, E5, E6.")


def test_an_untouched_template_is_no_answer_yet():
    blank = dict.fromkeys(KEYS["ex02.levers"], ...)
    assert points("ex02.levers", blank) == 0.0
    assert check("ex02.levers", blank).problem.startswith("There is no answer here yet.")


@pytest.mark.parametrize("answer, message", [
    (["data"], "Matches should be a dictionary, but this is a list."),
    ({"E9": "data"}, "These are not goal ids here: E9. Use: E1, E2, E3, E4, E5, E6."),
    ({"E1": "vibes"}, 'E1: "vibes" is not one of the levers.'),
])
def test_answers_that_cannot_be_checked_say_how_to_fix_them(answer, message):
    assert check("ex02.levers", answer).problem.startswith(message)
    assert points("ex02.levers", answer) == 0.0


def test_goals_shows_every_goal_and_lever_without_an_answer():
    shown = goals("ex02.levers")
    for goal in EXERCISE_02:
        assert f"{goal.id}. {goal.organization}" in str(shown)
        assert goal.evidence not in str(shown)
    assert "<th scope=\"col\">goal</th>" in shown._repr_html_()
    assert all(item.key in shown._repr_html_() for item in LEVERS)


def test_goals_for_an_unknown_check_suggests_the_nearest():
    with pytest.raises(KeyError, match='Did you mean "ex02.levers"'):
        goals("ex02.lever")
