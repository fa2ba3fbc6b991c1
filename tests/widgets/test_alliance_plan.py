"""Does the alliance plan builder work when driven as a learner would (type, review, save,
come back), explain lines it cannot read, and label every control?"""

from __future__ import annotations

import ipywidgets as widgets

from grader.domain.alliance_plan import EXERCISE_PUSHBACK, PRACTICE_PUSHBACK
from grader.widgets.alliance_plan import FIELDS, AlliancePlanBuilder
from tests.support.keys_04 import good_alliance_plan


def descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def test_every_box_is_labeled_and_every_button_has_a_tooltip(store):
    builder = AlliancePlanBuilder(store=store)
    for child in descendants(builder):
        if isinstance(child, widgets.Textarea):
            assert child.description.endswith(":") and child.placeholder
        if isinstance(child, widgets.Button):
            assert child.description and child.tooltip
    assert list(builder.boxes) == list(FIELDS)


def test_the_builder_shows_its_scenario_and_the_kinds_of_ally(store):
    builder = AlliancePlanBuilder(store=store)
    intro = builder.children[0].value
    assert PRACTICE_PUSHBACK.title in intro and "community power-building organization" in intro
    other = AlliancePlanBuilder(scenario=EXERCISE_PUSHBACK, store=store)
    assert EXERCISE_PUSHBACK.title in other.children[0].value


def test_a_good_plan_typed_in_and_reviewed_holds_up_on_every_line(store):
    builder = AlliancePlanBuilder(store=store)
    builder.fill(good_alliance_plan())
    assert builder.plan() == good_alliance_plan()
    builder.review_button.click()
    assert "The 8 checked parts hold up; hints on your writing below" in builder.feedback.value
    assert builder.feedback.value.count("Hint, not a grade") == 4
    assert store.load("progress")["04.alliance_plan"]["passed"] is True


def test_reviewing_empty_boxes_asks_for_an_answer_and_records_nothing(store):
    builder = AlliancePlanBuilder(store=store)
    builder.review_button.click()
    assert "There is no answer here yet" in builder.feedback.value
    assert store.load("progress") is None


def test_a_line_it_cannot_read_is_explained_in_the_feedback(store):
    builder = AlliancePlanBuilder(store=store)
    builder.fill(good_alliance_plan())
    builder.boxes["next_steps"].value += "\nCall the commissioner | health officer | next week"
    result = builder.review()
    assert result.problem == '"next week" is not a date. Write it as YYYY-MM-DD, for example "2025-07-15".'
    assert "Not checked yet" in builder.feedback.value


def test_an_unknown_kind_of_ally_is_explained_too(store):
    builder = AlliancePlanBuilder(store=store)
    builder.boxes["allies"].value = "St Mark's | church | a hall"
    assert builder.review().problem.startswith('"church" is not a kind of ally')


def test_a_weak_plan_gets_advice_on_the_lines_to_reconsider(store):
    builder = AlliancePlanBuilder(store=store)
    builder.fill(good_alliance_plan())
    builder.boxes["offers"].value = "Our thanks"
    builder.review_button.click()
    assert "The 8 checked parts hold up; hints on your writing below" in builder.feedback.value
    assert "<strong>Hint, not a grade</strong> (offers something in return): Say what the department offers" \
        in builder.feedback.value


def test_saving_keeps_the_typed_text_and_it_comes_back_next_time(store):
    builder = AlliancePlanBuilder(store=store)
    builder.fill(good_alliance_plan())
    builder.boxes["transparency"].value += "\nhalf-written line"
    builder.save_button.click()
    assert "Saved your plan to alliance-plan-04.alliance_plan.json" in builder.status.value
    again = AlliancePlanBuilder(store=store)
    assert again.texts == builder.texts
    assert "Your saved plan was reloaded." in again.status.value


def test_saving_works_even_when_a_line_cannot_be_read_yet(store):
    builder = AlliancePlanBuilder(store=store)
    builder.boxes["allies"].value = "Unidos Riverbend"
    builder.save()
    assert AlliancePlanBuilder(store=store).boxes["allies"].value == "Unidos Riverbend"


def test_a_damaged_save_is_reported_and_the_builder_starts_empty(store):
    store.root.mkdir(parents=True)
    store.path("alliance-plan-04.alliance_plan").write_text("{not json")
    builder = AlliancePlanBuilder(store=store)
    assert "could not be read" in builder.status.value
    assert all(text == "" for text in builder.texts.values())


def test_in_an_exercise_the_plan_is_saved_in_the_folder_and_read_by_the_answer_cell(tmp_path, store, capsys):
    from grader.checks import points
    from grader.widgets.alliance_plan import load_alliance_plan

    builder = AlliancePlanBuilder("ex04.alliance_plan", store=store, folder=tmp_path)
    assert builder.scenario == EXERCISE_PUSHBACK
    builder.fill(good_alliance_plan())
    builder.save_button.click()
    assert f"Saved your plan to alliance-plan.json in {tmp_path}" in builder.status.value
    plan = load_alliance_plan(tmp_path / "alliance-plan.json")
    assert capsys.readouterr().out.strip() == "Read your alliance plan from alliance-plan.json."
    assert plan == good_alliance_plan() and points("ex04.alliance_plan", plan) == 3.0
    reopened = AlliancePlanBuilder("ex04.alliance_plan", store=store, folder=tmp_path)
    assert reopened.texts == builder.texts and "reloaded from alliance-plan.json" in reopened.status.value


def test_in_an_exercise_a_line_it_cannot_read_is_not_saved_and_named(tmp_path, store):
    builder = AlliancePlanBuilder("ex04.alliance_plan", store=store, folder=tmp_path)
    builder.boxes["allies"].value = "Eastside Tenants Union without a kind"
    message = builder.save()
    assert message.startswith("Not saved yet:") and "three parts" in message
    assert not (tmp_path / "alliance-plan.json").exists()
