"""grader/checks/upstream.py: does an upstream sort score each placement, the order and the
reasons separately, accept any way of naming a level, and say how to fix an unusable answer?"""

from __future__ import annotations

import json

import pytest

from grader.checks import check, points, spec
from grader.checks.evidence import decode, encode
from grader.checks.registry import score
from grader.checks.upstream import (
    INTERVENTION_SETS,
    interventions,
    scale,
    worked_example,
)
from grader.domain.upstream import SCALE, WORKED_EXAMPLE, Placement, upstream_level
from tests.support.items import item_set
from tests.support.keys_09 import ORDERS, SORTS

EXERCISE_HOUSING = item_set("ex09.housing")
PRACTICE = item_set("09.sort")

CHECKS = sorted(SORTS)


def right(check_id: str, **changes: str) -> list[Placement]:
    """The full-marks answer, in order, each with a reason; ``changes`` moves an item's level."""
    levels = {**SORTS[check_id], **changes}
    return [Placement(item, levels[item], f"My own reason why {item} belongs at this point.")
            for item in ORDERS[check_id].split()]


@pytest.mark.parametrize("check_id", CHECKS)
def test_the_right_sort_with_reasons_earns_full_points(check_id):
    assert points(check_id, right(check_id)) == spec(check_id).max_points == len(INTERVENTION_SETS[check_id]) + 2


@pytest.mark.parametrize("check_id", CHECKS)
def test_each_misplaced_intervention_costs_exactly_one_point(check_id):
    for item, key in SORTS[check_id].items():
        for level in SCALE:
            if level.key != key:
                assert points(check_id, right(check_id, **{item: level.key})) == 5.0, (item, level.key)


def test_swapping_two_neighbors_costs_only_the_order_point():
    answer = right("ex09.housing")
    answer[1], answer[2] = answer[2], answer[1]
    feedback = check("09.sort", [right("09.sort")[i] for i in (1, 0, 2, 3)])
    assert points("ex09.housing", answer) == 5.0
    assert [note.label for note in feedback.notes if not note.holds_up] == ["from downstream to upstream"]


REASON = "a reason for each, filled in and not the same words twice"


@pytest.mark.parametrize("reasons", [
    ["", "a reason of my own here", "another reason of my own", "a third reason of my own"],
    ["TBD", "a reason of my own here", "another reason of my own", "a third reason of my own"],
    ["the very same reason every time"] * 4,
    ["The same  reason", "the same reason", "another reason of my own", "a third reason of my own"],
])
def test_a_missing_placeholder_or_copied_reason_costs_the_reason_point(reasons):
    answer = [Placement(p.intervention, p.level, reason) for p, reason in zip(right("09.sort"), reasons, strict=True)]
    feedback = check("09.sort", answer)
    assert points("09.sort", answer) == 5.0
    assert [note.label for note in feedback.notes if not note.holds_up] == [REASON]


def test_a_short_reason_is_filled_in_the_trainer_reads_whether_it_holds_up():
    reasons = ["too short", "Why?", "asdf", "a third reason of my own"]
    answer = [Placement(p.intervention, p.level, reason) for p, reason in zip(right("09.sort"), reasons, strict=True)]
    assert points("09.sort", answer) == 6.0


def test_levels_may_be_named_by_number_name_or_any_case():
    answer = [(p.intervention, upstream_level(p.level).number, p.reason) for p in right("09.sort")]
    answer[0] = (answer[0][0], SCALE[upstream_level(answer[0][1]).number - 1].name.upper(), answer[0][2])
    assert points("09.sort", answer) == 6.0


def test_dictionaries_and_tuples_score_like_placements_and_survive_the_evidence_round_trip():
    as_dicts = [p.to_dict() for p in right("ex09.work")]
    as_tuples = [(p.intervention, p.level, p.reason) for p in right("ex09.work")]
    for answer in (right("ex09.work"), as_dicts, as_tuples):
        back = decode(json.loads(json.dumps(encode(answer))))
        assert score("ex09.work", back) == score("ex09.work", answer) == 6.0


def test_practice_feedback_gives_the_evidence_or_a_question_never_the_level():
    feedback = check("09.sort", right("09.sort", P1="downstream"))
    reasons = {note.label: note.reason for note in feedback.notes}
    assert reasons["P1"] == PRACTICE[0].hint and reasons["P2"] == PRACTICE[1].evidence
    assert feedback.headline == "Worth another look: 5 of 6 hold up"


def test_an_untouched_template_is_no_answer_yet_and_scores_zero():
    blank = [Placement(intervention=..., level=..., reason=...) for _ in range(4)]
    assert points("ex09.housing", blank) == 0.0
    assert check("ex09.housing", blank).problem.startswith("There is no answer here yet")


def test_a_half_filled_exercise_lists_what_is_still_to_answer():
    feedback = check("ex09.housing", [Placement("H2", "downstream", "It helps one family after the harm.")])
    assert feedback.problem.startswith("Still to answer: H1, H3, H4, from downstream to upstream")


def test_a_complete_exercise_answer_is_only_ready_to_submit():
    feedback = check("ex09.housing", right("ex09.housing", H1="downstream"))
    assert feedback.headline == "Ready to submit" and feedback.notes == ()


@pytest.mark.parametrize("answer, message", [
    ({"H1": "upstream"}, "A placement has no part called H1."),
    ([Placement("H9", "upstream", "a reason")], "These are not interventions here: H9. Use: H1, H2, H3, H4."),
    ([Placement("H1", "upstream", "a"), Placement("h1", "midstream", "b")], "listed more than once: H1"),
    ("H1 H2 H3 H4", "Expected a list of Placement(...) entries, but this is a str."),
])
def test_answers_that_cannot_be_checked_say_how_to_fix_them(answer, message):
    assert message in check("ex09.housing", answer).problem
    assert points("ex09.housing", answer) == 0.0


def test_interventions_shows_every_intervention_without_its_evidence():
    shown = interventions("ex09.housing")
    for item in EXERCISE_HOUSING:
        assert f"{item.id}. {item.text}" in str(shown) and item.evidence not in str(shown)
    assert '<th scope="col">intervention</th>' in shown._repr_html_()


def test_interventions_of_another_kind_of_check_says_what_to_use():
    with pytest.raises(KeyError, match="is not an upstream sort"):
        interventions("09.root")
    with pytest.raises(KeyError, match='Did you mean "ex09.housing"'):
        interventions("ex09.housin")


def test_the_scale_shows_each_level_with_its_question():
    shown = scale()
    for level in SCALE:
        assert level.question in str(shown) and level.name in shown._repr_html_()


def test_the_worked_example_shows_its_levels_in_order():
    text = str(worked_example())
    positions = [text.index(f"({upstream_level(step.level).label})") for step in WORKED_EXAMPLE]
    assert positions == sorted(positions)
