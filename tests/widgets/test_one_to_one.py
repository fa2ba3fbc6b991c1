"""In an exercise, does the one-to-one planner save the plan into the assignment folder, show it
again when reopened, and does the answer cell read it back?"""

from __future__ import annotations

from grader.checks import points
from grader.domain.one_to_one import OneToOnePlan
from grader.widgets.one_to_one import OneToOnePlanner, load_one_to_one
from tests.support.builders import good_plan


def test_a_saved_plan_is_reread_by_the_answer_cell_and_the_reopened_planner(tmp_path, store, capsys):
    planner = OneToOnePlanner("ex01.one_to_one", store=store, folder=tmp_path)
    planner.fill(good_plan())
    planner.save_button.click()
    assert f"Saved your plan to one-to-one-plan.json in {tmp_path}" in planner.status.value
    assert store.load("one-to-one-plan-ex01.one_to_one") is None, "an exercise saves in its folder only"

    plan = load_one_to_one(tmp_path / "one-to-one-plan.json")
    assert capsys.readouterr().out.strip() == "Read your plan from one-to-one-plan.json."
    assert plan == planner.plan
    assert points("ex01.one_to_one", plan) == points("ex01.one_to_one", planner.plan) > 0

    reopened = OneToOnePlanner("ex01.one_to_one", store=store, folder=tmp_path)
    assert reopened.plan == planner.plan and "reloaded from one-to-one-plan.json" in reopened.status.value


def test_an_incomplete_plan_names_what_is_still_empty(tmp_path, store, capsys):
    planner = OneToOnePlanner("ex01.one_to_one", store=store, folder=tmp_path)
    planner.partner.value = "Rosa Medina, Riverbend Worker Center"
    planner.save()
    load_one_to_one(tmp_path / "one-to-one-plan.json")
    said = capsys.readouterr().out
    assert "Still empty: purpose, questions, listen_for, follow_up." in said and "press its Save button" in said


def test_without_a_saved_plan_the_answer_cell_says_what_to_do_and_scores_nothing(tmp_path, capsys):
    plan = load_one_to_one(tmp_path / "one-to-one-plan.json")
    assert "one-to-one planner above" in capsys.readouterr().out
    assert plan == OneToOnePlan() and points("ex01.one_to_one", plan) == 0.0
