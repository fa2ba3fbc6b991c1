"""Does the AccountabilityPlanBuilder work when driven as a learner would (fill in, add, edit,
review, save, come back, export), and is every control labeled?"""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from grader.domain.accountability import PLAN_FILE, AccountabilityPlan, Commitment
from grader.widgets.accountability import MARKDOWN_FILE, NEW, AccountabilityPlanBuilder
from tests.support.keys_02 import good_plan


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "ex02"
    path.mkdir()
    return path


def builder_with_good_plan(folder, store) -> AccountabilityPlanBuilder:
    builder = AccountabilityPlanBuilder(folder=folder, store=store)
    builder.title.value = good_plan().title
    for commitment in good_plan().commitments:
        builder.fill(commitment)
        builder.add_button.click()
    return builder


def descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def test_a_new_builder_in_an_empty_folder_starts_empty(folder, store):
    builder = AccountabilityPlanBuilder(folder=folder, store=store)
    assert builder.plan == AccountabilityPlan()
    assert builder.chooser.options == ((NEW, None),)
    assert "No commitments yet" in builder.plan_view.value and builder.status.value == ""


def test_adding_commitments_builds_the_plan_and_clears_the_fields(folder, store):
    builder = builder_with_good_plan(folder, store)
    assert builder.plan == good_plan()
    assert builder.action.value == "" and builder.level.value is None
    assert [label for label, _ in builder.chooser.options][1].startswith("1. Set up a community advisory")
    assert "Added commitment 2. Press Save my plan to keep it." in builder.status.value
    assert "Director of Community Health" in builder.plan_view.value


def test_a_commitment_without_an_action_is_not_added(folder, store):
    builder = AccountabilityPlanBuilder(folder=folder, store=store)
    builder.owner.value = "Director"
    builder.add_button.click()
    assert builder.plan.commitments == []
    assert "Write what the department will do" in builder.status.value


def test_choosing_a_commitment_shows_it_and_update_replaces_it(folder, store):
    builder = builder_with_good_plan(folder, store)
    builder.chooser.value = 1  # as choosing in the dropdown does
    assert builder.owner.value == "Epidemiology Manager" and builder.level.value == 3
    builder.owner.value = "Chief Epidemiologist"
    builder.update_button.click()
    assert builder.plan.commitments[1].owner == "Chief Epidemiologist"
    assert builder.chooser.value == 1 and "Updated commitment 2" in builder.status.value


def test_remove_takes_the_chosen_commitment_out(folder, store):
    builder = builder_with_good_plan(folder, store)
    builder.select(0)
    builder.remove_button.click()
    assert [c.owner for c in builder.plan.commitments] == ["Epidemiology Manager"]
    assert builder.chooser.value is None and "Removed commitment 1" in builder.status.value


@pytest.mark.parametrize("action", ["update", "remove"])
def test_update_and_remove_ask_for_a_choice_first(folder, store, action):
    builder = builder_with_good_plan(folder, store)
    getattr(builder, f"{action}_button").click()
    assert "Choose" in builder.status.value and builder.plan == good_plan()


def test_review_gives_rubric_feedback_and_records_the_attempt(folder, store):
    builder = builder_with_good_plan(folder, store)
    builder.review_button.click()
    assert "Well done: all 9 hold up" in builder.feedback.value
    assert store.load("progress")["02.accountability"]["passed"] is True


def test_review_in_the_exercise_only_says_ready_to_submit(folder, store):
    builder = AccountabilityPlanBuilder("ex02.plan", folder=folder, store=store)
    for commitment in good_plan().commitments:
        builder.fill(replace_owner(commitment))
        builder.add_button.click()
    builder.review_button.click()
    assert "Ready to submit" in builder.feedback.value and "Reconsider" not in builder.feedback.value


def replace_owner(commitment: Commitment) -> Commitment:
    return Commitment(**{**commitment.to_dict(), "owner": "staff"})


def test_save_writes_the_plan_file_into_the_folder_and_a_new_builder_reloads_it(folder, store):
    builder = builder_with_good_plan(folder, store)
    builder.save_button.click()
    assert (folder / PLAN_FILE).exists()
    assert f"Saved 2 commitments to {PLAN_FILE} in {folder}." in builder.status.value
    assert AccountabilityPlan.load(folder / PLAN_FILE) == good_plan()
    again = AccountabilityPlanBuilder(folder=folder, store=store)
    assert again.plan == good_plan()
    assert "Your saved plan was reloaded" in again.status.value
    assert len(again.chooser.options) == 3


def test_the_default_folder_is_the_one_the_notebook_runs_in(tmp_path, monkeypatch, store):
    monkeypatch.chdir(tmp_path)
    builder = AccountabilityPlanBuilder(store=store)
    builder.fill(good_plan().commitments[0])
    builder.add_button.click()
    builder.save_button.click()
    assert AccountabilityPlan.load(tmp_path / PLAN_FILE).commitments == [good_plan().commitments[0]]


def test_export_writes_markdown_beside_the_plan(folder, store):
    builder = builder_with_good_plan(folder, store)
    builder.export_button.click()
    assert (folder / MARKDOWN_FILE).read_text(encoding="utf-8") == good_plan().to_markdown()
    assert f"Exported your plan to {MARKDOWN_FILE}" in builder.status.value


def test_a_damaged_plan_file_is_moved_aside_and_reported(folder, store):
    (folder / PLAN_FILE).write_text("{broken", encoding="utf-8")
    builder = AccountabilityPlanBuilder(folder=folder, store=store)
    assert builder.plan == AccountabilityPlan()
    assert "could not be read" in builder.status.value and "nothing is lost" in builder.status.value
    moved = list(folder.glob("accountability-plan.damaged-*.json"))
    assert len(moved) == 1 and moved[0].read_text(encoding="utf-8") == "{broken"
    assert not (folder / PLAN_FILE).exists()


def test_every_control_is_labeled_and_every_button_has_a_tooltip(folder, store):
    builder = AccountabilityPlanBuilder(folder=folder, store=store)
    inputs = [w for w in descendants(builder)
              if isinstance(w, (widgets.Text, widgets.Textarea, widgets.Combobox, widgets.Dropdown))]
    buttons = [w for w in descendants(builder) if isinstance(w, widgets.Button)]
    assert len(inputs) == 11 and len(buttons) == 6
    for control in inputs:
        assert control.description.strip(), type(control).__name__
    for btn in buttons:
        assert btn.description.strip() and btn.tooltip.strip()


@pytest.mark.parametrize("check_id, submitted", [("ex02.plan", True), ("02.accountability", False)])
def test_saving_in_an_exercise_says_the_answer_cell_reads_the_file_and_it_is_submitted(folder, store, check_id,
                                                                                        submitted):
    builder = AccountabilityPlanBuilder(check_id, folder=folder, store=store)
    builder.fill(good_plan().commitments[0])
    builder.add_button.click()
    builder.save_button.click()
    assert f"Saved 1 commitment to {PLAN_FILE}" in builder.status.value
    assert ("Run the answer cell below to use it; it is submitted with your notebook." in builder.status.value) \
        is submitted
