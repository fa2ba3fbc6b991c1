"""Does the one-to-one plan check read a plan or a dict, treat template placeholders as
unanswered, and score one point per rubric line?"""

from __future__ import annotations

import pytest

from grader.checks.feedback import Status
from grader.checks.one_to_one import as_plan
from grader.checks.registry import AnswerProblem, check, points, spec
from grader.domain.one_to_one import OneToOnePlan
from tests.support.builders import good_plan

TEMPLATE = OneToOnePlan(partner=..., purpose=..., questions=[..., ..., ...], listen_for=[..., ...],
                        minutes=..., follow_up=..., follow_up_days=...)  # type: ignore[arg-type]


def test_a_plan_object_passes_through_unchanged():
    assert as_plan(good_plan()) == good_plan()


def test_a_dict_of_parts_becomes_a_plan():
    assert as_plan(good_plan().to_dict()) == good_plan()


def test_a_template_full_of_ellipsis_placeholders_counts_as_unanswered():
    with pytest.raises(AnswerProblem, match="There is no answer here yet: fill in each part of the plan."):
        as_plan(TEMPLATE)
    feedback = check("01.one_to_one", TEMPLATE)
    assert feedback.problem == "There is no answer here yet: fill in each part of the plan."
    assert points("01.one_to_one", TEMPLATE) == 0.0


def test_a_dict_template_of_placeholders_counts_as_unanswered():
    template = dict.fromkeys(OneToOnePlan().to_dict(), ...)
    assert check("01.one_to_one", template).problem.startswith("There is no answer here yet.")
    assert points("ex01.one_to_one", template) == 0.0


def test_placeholders_left_in_a_half_filled_plan_become_empty_parts():
    plan = as_plan(OneToOnePlan(partner="Ana", purpose=..., questions=["What matters to you?", ...],
                                listen_for=..., minutes=..., follow_up=..., follow_up_days=...))  # type: ignore[arg-type]
    assert plan == OneToOnePlan(partner="Ana", questions=["What matters to you?"])


def test_a_half_filled_plan_is_scored_line_by_line():
    feedback = check("01.one_to_one", OneToOnePlan(partner="Ana", purpose=..., minutes=40))  # type: ignore[arg-type]
    assert feedback.problem is None
    held = [note.label for note in feedback.notes if note.status is Status.HOLDS_UP]
    assert held == ["names who you will meet", "lasts 30 to 45 minutes"]
    assert feedback.points == round(7.0 * 2 / 6, 2)  # 2 of the 6 lines a machine can verify


def test_a_single_question_written_as_text_is_one_question():
    assert as_plan({"partner": "Ana", "questions": "What matters to you?"}).questions == ["What matters to you?"]


@pytest.mark.parametrize("answer", ["Ana", 40, ["What?"]])
def test_anything_else_is_a_problem_that_names_its_type(answer):
    with pytest.raises(AnswerProblem, match=f"but this is a {type(answer).__name__}"):
        as_plan(answer)


def test_a_good_plan_earns_every_point_on_the_checked_lines_and_only_hints_on_its_writing():
    feedback = check("01.one_to_one", good_plan())
    assert feedback.passed and feedback.points == 7.0 == spec("01.one_to_one").max_points
    assert [note.reason for note in feedback.checked] == ["Yes."] * 6
    assert [note.label for note in feedback.hints] == [
        "purpose is to build a relationship, not to pitch", "at least three open questions",
        "questions about their values, story and interests"]
    assert all(note.reason.startswith("The words this hint looks for are there") for note in feedback.hints)
    assert feedback.headline == "The 6 checked parts hold up; hints on your writing below"


def test_why_questions_earn_the_same_points_and_a_hint_that_they_open_nothing():
    whys = OneToOnePlan(**{**good_plan().to_dict(), "questions": ["Why?", "Why?", "Why?"]})
    feedback = check("01.one_to_one", whys)
    assert feedback.points == check("01.one_to_one", good_plan()).points
    notes = {note.label: note for note in feedback.notes}
    assert notes["at least three open questions"].hint and not notes["at least three open questions"].holds_up
    assert "Hint, not a grade: at least three open questions. " in str(feedback)


def test_an_unmet_line_carries_the_rubric_advice():
    feedback = check("01.one_to_one", OneToOnePlan(partner="Ana", purpose="Pitch our program", minutes=90))
    notes = {note.label: note for note in feedback.notes}
    assert notes["lasts 30 to 45 minutes"].reason.startswith("One-to-ones are usually 30 to 45 minutes")
    assert 'drop pitch words such as "our program"' in notes["purpose is to build a relationship, not to pitch"].reason


def test_the_exercise_plan_is_worth_two_automatic_points_scored_in_proportion():
    assert spec("ex01.one_to_one").max_points == 2.0
    assert points("ex01.one_to_one", good_plan()) == 2.0
    assert points("ex01.one_to_one", OneToOnePlan(partner="Ana", minutes=40)) == round(2.0 * 2 / 6, 2)


def test_the_exercise_self_check_does_not_show_the_rubric():
    weak = OneToOnePlan(partner="Ana", purpose="Pitch our program", questions=["Do you agree?"],
                        listen_for=["yes"], minutes=90, follow_up="Email", follow_up_days=30)
    feedback = check("ex01.one_to_one", weak)
    assert feedback.headline == "Ready to submit" and feedback.notes == ()


def test_the_exercise_self_check_names_parts_still_empty():
    feedback = check("ex01.one_to_one", OneToOnePlan(partner="Ana", minutes=40))
    assert feedback.problem and "Still to answer" in feedback.problem and "listen for" in feedback.problem


def test_questions_written_as_one_multiline_string_count_one_by_one():
    from grader.checks.one_to_one import as_plan

    plan = as_plan({"partner": "Ana", "questions": "What matters to you?\nWhy?\nHow did you start?"})
    assert len(plan.questions) == 3
