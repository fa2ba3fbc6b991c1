"""Does the alliance plan check read a plan or a dict, treat template placeholders as
unanswered, score one share per rubric line, and never raise for a learner's answer?"""

from __future__ import annotations

import pytest

from grader.checks.alliance_plan import as_alliance_plan
from grader.checks.feedback import Status
from grader.checks.registry import AnswerProblem, check, points, spec
from grader.domain.alliance_plan import AlliancePlan, Ally, Step
from tests.support.keys_04 import good_alliance_plan

TEMPLATE = AlliancePlan(
    allies=[Ally(name=..., kind=..., brings=...), Ally(name=..., kind=..., brings=...)],
    base_of_support=..., transparency=[..., ...], shared_risk=..., offers=[..., ...],
    community_goals=[...], next_steps=[Step(action=..., who=..., by=...), Step(action=..., who=..., by=...)],
)  # type: ignore[arg-type]


def test_a_plan_object_passes_through_unchanged():
    assert as_alliance_plan(good_alliance_plan()) == good_alliance_plan()


def test_a_dict_of_parts_becomes_a_plan():
    assert as_alliance_plan(good_alliance_plan().to_dict()) == good_alliance_plan()


def test_a_template_full_of_placeholders_counts_as_unanswered():
    with pytest.raises(AnswerProblem, match="There is no answer here yet: fill in each part"):
        as_alliance_plan(TEMPLATE)
    assert check("04.alliance_plan", TEMPLATE).problem.startswith("There is no answer here yet")
    assert points("ex04.alliance_plan", TEMPLATE) == 0.0


def test_placeholders_left_in_a_half_filled_plan_are_dropped():
    half = AlliancePlan(allies=[Ally("Unidos Riverbend", "cpbo", ...), Ally(name=..., kind=..., brings=...)],
                        base_of_support=..., transparency=["Share the letter", ...],
                        next_steps=[Step("Call Ana", ..., ...)])  # type: ignore[arg-type]
    plan = as_alliance_plan(half)
    assert plan == AlliancePlan(allies=[Ally("Unidos Riverbend", "cpbo", "")],
                                transparency=["Share the letter"], next_steps=[Step("Call Ana", "", "")])


def test_a_single_text_where_a_list_belongs_is_one_item():
    plan = as_alliance_plan({"offers": "Pay members for their time"})
    assert plan.offers == ["Pay members for their time"]


@pytest.mark.parametrize("answer, message", [
    ("my plan", "but this is a str"),
    ({"allies": "Unidos"}, "allies should be a list"),
    ({"allies": [{"name": "St Mark's", "kind": "church", "brings": "a hall"}]}, '"church" is not a kind'),
    ({"next_steps": [{"action": "Call", "who": "me", "by": "soon"}]}, '"soon" is not a date'),
    ({"allies": ["Unidos Riverbend"]}, "Each of the allies should be Ally(...), but one is a str"),
    ({"allies": [{"name": "A", "color": "red"}]}, "One of the allies could not be read"),
    ({"partners": ["Unidos"]}, "These are not parts of an alliance plan: partners. Use: allies, "),
    ({"transparency": 3}, "Expected a list of texts"),
])
def test_answers_it_cannot_read_say_what_to_fix(answer, message):
    feedback = check("04.alliance_plan", answer)
    assert feedback.problem is not None and message in feedback.problem
    assert points("04.alliance_plan", answer) == 0.0


def test_a_kind_changed_after_the_ally_was_made_is_still_a_clear_problem():
    plan = good_alliance_plan()
    plan.allies[0].kind = "church"
    assert '"church" is not a kind of ally' in check("04.alliance_plan", plan).problem


def test_a_good_plan_earns_every_point_with_yes_on_each_checked_line_and_hints_on_its_writing():
    feedback = check("04.alliance_plan", good_alliance_plan())
    assert feedback.passed and feedback.points == 8.0 == spec("04.alliance_plan").max_points
    assert [note.reason for note in feedback.checked] == ["Yes."] * 8
    assert len(feedback.hints) == 4 and "Well done" not in str(feedback)


def test_a_half_filled_plan_is_scored_line_by_line_with_advice():
    plan = AlliancePlan(allies=good_alliance_plan().allies, transparency=["a", "b"])
    feedback = check("04.alliance_plan", plan)
    held = [note.label for note in feedback.notes if note.status is Status.HOLDS_UP]
    assert held == ["names community allies, not only agencies", "says what each ally brings (filled in)",
                    "is transparent with partners"]
    assert feedback.points == 3.0
    assert "Describe the base" in feedback.notes[2].reason


def test_the_exercise_plan_is_worth_three_automatic_points_and_its_self_check_lists_empty_parts():
    assert spec("ex04.alliance_plan").max_points == 3.0
    assert points("ex04.alliance_plan", good_alliance_plan()) == 3.0
    feedback = check("ex04.alliance_plan", AlliancePlan(allies=good_alliance_plan().allies))
    assert feedback.problem.startswith("Still to answer: writes a base of community support, the base says "
                                       "who may speak, to whom and how, is transparent with partners")
    assert "Reconsider" not in str(feedback)
    assert points("ex04.alliance_plan", AlliancePlan(allies=good_alliance_plan().allies)) == 0.75  # 2 of 8 lines


def test_the_exercise_self_check_says_ready_without_revealing_weak_lines():
    weak = AlliancePlan(**{**good_alliance_plan().__dict__, "offers": ["Our thanks"]})
    feedback = check("ex04.alliance_plan", weak)
    assert feedback.graded_later and "offers" not in str(feedback)
    assert points("ex04.alliance_plan", weak) == 3.0  # what an offer is worth is the trainer's call
