"""Does the ally map check read a learner's list, treat the template as unanswered, and score
one point per rubric line?"""

from __future__ import annotations

import pytest

from grader.checks.ally_map import readable_allies
from grader.checks.feedback import Status
from grader.checks.registry import AnswerProblem, check, points, spec
from grader.domain.ally_map import MovementAlly
from tests.support.builders import full_map

TEMPLATE = [MovementAlly(name=..., scale=..., kind=..., brings=..., ask=...) for _ in range(4)]  # type: ignore[arg-type]


def test_a_full_map_earns_six_points_in_practice_and_exercise():
    for check_id in ("05.allies", "ex05.allies"):
        assert points(check_id, full_map()) == spec(check_id).max_points == 6.0
    assert check("05.allies", full_map()).passed


def test_a_map_given_as_dicts_is_read_the_same():
    assert points("05.allies", [ally.to_dict() for ally in full_map()]) == 6.0


def test_the_untouched_template_is_no_answer_yet_and_scores_zero():
    feedback = check("ex05.allies", TEMPLATE)
    assert feedback.problem == "There is no answer here yet: fill in at least one ally."
    assert points("ex05.allies", TEMPLATE) == 0.0


def test_a_half_filled_map_is_scored_line_by_line():
    feedback = check("05.allies", [*full_map()[:2], *TEMPLATE])
    held = [note.label for note in feedback.notes if note.status is Status.HOLDS_UP]
    assert held == ["includes social justice or organizing partners, not only public health",
                    "includes another health department", "says what each ally brings",
                    "an ask for each ally", "a concrete ask for each ally"]
    assert feedback.points == 4.0  # 4 of the 6 checked lines; the concrete ask is a hint


def test_the_graded_self_check_lists_what_is_still_to_answer():
    allies = full_map()
    allies[0].ask = ""
    feedback = check("ex05.allies", allies)
    assert feedback.problem.startswith("Still to answer: an ask for each ally.")


def test_the_graded_self_check_hides_content_feedback_once_complete():
    allies = [MovementAlly(a.name, a.scale, "public health", a.brings, a.ask) for a in full_map()]
    feedback = check("ex05.allies", allies)
    assert feedback.headline == "Ready to submit" and feedback.notes == ()
    assert points("ex05.allies", allies) == 4.0


def test_a_bad_entry_is_a_problem_that_says_what_to_fix():
    feedback = check("05.allies", [{"name": "Group", "scale": "county"}])
    assert feedback.problem == 'Entry 1: "county" is not a scale. Use one of: "local", "regional", "state", "national".'
    assert points("05.allies", "Tenants Union") == 0.0


def test_readable_allies_drops_blank_rows():
    assert readable_allies([full_map()[0], MovementAlly()]) == full_map()[:1]
    with pytest.raises(AnswerProblem, match="fill in at least one ally"):
        readable_allies([MovementAlly(), ...])
