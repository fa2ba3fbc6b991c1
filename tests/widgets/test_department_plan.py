"""Does the DepartmentPlanBuilder work when driven as a learner would (start from saved work, fill
in, add and remove, check, save, come back, fill blanks, export), and is every control labeled?"""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from grader.domain.accountability import PLAN_FILE as ACCOUNTABILITY_FILE
from grader.domain.accountability import Commitment
from grader.domain.department_plan import (
    PLAN_FILE,
    STORE_NAME,
    DepartmentPlan,
    Milestone,
)
from grader.learner.store import LearnerStore
from grader.learner.takeaway import HTML_FILE, MARKDOWN_FILE
from grader.widgets.department_plan import DepartmentPlanBuilder
from tests.support.builders import good_plan as good_one_to_one
from tests.support.keys_02 import good_plan as good_accountability_plan
from tests.support.keys_10 import good_plan


@pytest.fixture
def store(tmp_path) -> LearnerStore:
    return LearnerStore(tmp_path / "equity-course" / "my-work")


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "ex10"
    path.mkdir()
    return path


def descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def type_plan(builder: DepartmentPlanBuilder, plan: DepartmentPlan) -> None:
    """Fill in every box and add every commitment and milestone with the buttons."""
    builder.department.value, builder.goal.value = plan.department, plan.goal
    builder.fill_partnership(plan.partnership)
    builder.fill_one_to_ones(plan.one_to_ones)
    builder.fill_data(plan.data)
    builder.fill_policy(plan.policy)
    for commitment in plan.accountability:
        builder.commitments.fill(commitment)
        builder.commitments.add_button.click()
    for milestone in plan.milestones:
        builder.milestones.fill(milestone)
        builder.milestones.add_button.click()


def test_with_nothing_saved_it_starts_blank_and_says_where_each_part_comes_from(store):
    builder = DepartmentPlanBuilder(store=store)
    assert builder.plan.is_blank()
    assert "Where this plan came from" in builder.notes.value and "module 09" in builder.notes.value


def test_it_starts_from_the_learners_earlier_work(store):
    store.save("one-to-one-plan", good_one_to_one().to_dict())
    good_accountability_plan().save(store.root / ACCOUNTABILITY_FILE)
    builder = DepartmentPlanBuilder(store=store)
    assert builder.people.value == good_one_to_one().partner
    assert builder.commitments.items == good_accountability_plan().commitments
    assert "Director of Community Health" in builder.commitments.view.value
    assert len(builder.milestones.items) == 2


def test_typing_a_whole_plan_with_the_buttons_builds_exactly_that_plan(store):
    builder = DepartmentPlanBuilder(store=store)
    type_plan(builder, good_plan())
    kept = good_plan()
    for commitment in kept.accountability:  # the builder's fields show these parts of a commitment only
        commitment.measure = commitment.measure_chosen_by = commitment.resources = ""
        commitment.level = None
    assert builder.plan == kept


def test_check_shows_the_completeness_review_and_counts_the_attempt(store):
    builder = DepartmentPlanBuilder(store=store)
    builder.fill(good_plan())
    builder.check_button.click()
    assert "The 18 checked parts hold up; hints on your writing below" in builder.feedback.value
    assert store.load("progress")["10.department_plan"]["passed"] is True


def test_check_on_a_partial_plan_says_what_is_still_to_do(store):
    builder = DepartmentPlanBuilder(store=store)
    builder.department.value = "Environmental Health team"
    builder.check_button.click()
    assert "Worth another look: 0 of 18 checked parts hold up" in builder.feedback.value
    assert "In the Partnership part" in builder.feedback.value


def test_save_keeps_the_plan_in_the_store_and_the_folder_and_it_comes_back(store, folder):
    builder = DepartmentPlanBuilder(store=store, folder=folder)
    builder.fill(good_plan())
    builder.save_button.click()
    assert "Saved your plan (8 milestones) to your course folder and to department-plan.json" in builder.status.value
    assert "Run the answer cell below to use it; it is submitted with your notebook." in builder.status.value
    assert DepartmentPlan.load(folder / PLAN_FILE) == good_plan()
    assert DepartmentPlan.from_dict(store.load(STORE_NAME)) == good_plan()
    again = DepartmentPlanBuilder(store=store, folder=folder)
    assert again.plan == good_plan() and f"reloaded from {PLAN_FILE}" in again.notes.value


def test_without_a_folder_it_saves_to_the_store_only_and_reloads_from_there(store, folder, monkeypatch):
    monkeypatch.chdir(folder)
    builder = DepartmentPlanBuilder(store=store)
    builder.fill(good_plan())
    builder.save_button.click()
    assert not (folder / PLAN_FILE).exists() and "submitted" not in builder.status.value
    assert DepartmentPlanBuilder(store=store).plan == good_plan()


def test_a_damaged_file_in_the_folder_is_moved_aside_and_reported(store, folder):
    (folder / PLAN_FILE).write_text("{broken", encoding="utf-8")
    builder = DepartmentPlanBuilder(store=store, folder=folder)
    assert "could not be read" in builder.status.value and builder.plan.is_blank()
    assert not (folder / PLAN_FILE).exists() and list(folder.glob("department-plan.damaged-*.json"))


def test_fill_blanks_brings_in_later_work_without_touching_what_was_written(store):
    builder = DepartmentPlanBuilder(store=store)
    builder.purpose.value = "My own purpose"
    builder.milestones.set_items([Milestone(2, "Attend the union's meeting", "Manager", "partnership")])
    store.save("one-to-one-plan", good_one_to_one().to_dict())
    good_accountability_plan().save(store.root / ACCOUNTABILITY_FILE)
    builder.fill_button.click()
    assert builder.purpose.value == "My own purpose" and builder.people.value == ""  # one-to-ones was not blank
    assert builder.commitments.items == good_accountability_plan().commitments
    assert [m.month for m in builder.milestones.items] == [1, 2, 3]
    assert "Filled from your earlier work: Accountability, 2 milestones." in builder.status.value
    builder.fill_button.click()
    assert "Nothing to fill" in builder.status.value


def test_export_saves_and_writes_the_take_away_plan_with_links(store):
    builder = DepartmentPlanBuilder(store=store)
    builder.fill(good_plan())
    builder.export_button.click()
    course = store.root.parent
    assert (course / HTML_FILE).is_file()
    assert "health equity plan" in (course / MARKDOWN_FILE).read_text(encoding="utf-8")
    assert DepartmentPlan.from_dict(store.load(STORE_NAME)) == good_plan()
    assert "Included: department plan." in builder.status.value and HTML_FILE in builder.status.value
    assert 'role="status"' in builder.status.value


def test_commitments_and_milestones_can_be_changed_and_removed_by_their_buttons(store):
    builder = DepartmentPlanBuilder(store=store)
    builder.fill(good_plan())
    builder.milestones.select(7)
    builder.milestones.remove_button.click()
    builder.commitments.select(1)
    builder.commitments.fields["cadence"].value = "every month"
    builder.commitments.update_button.click()
    plan = builder.plan
    assert len(plan.milestones) == 7 and plan.accountability[1].cadence == "every month"
    assert plan.accountability[1].measure == good_plan().accountability[1].measure


def test_every_input_control_has_a_description_and_every_button_a_tooltip(store):
    builder = DepartmentPlanBuilder(store=store)
    builder.fill(good_plan())  # the choosers appear once there are items
    controls = [w for w in descendants(builder) if isinstance(w, (widgets.Text, widgets.Textarea, widgets.Dropdown))]
    assert len(controls) >= 25 and all(w.description for w in controls)
    buttons = [w for w in descendants(builder) if isinstance(w, widgets.Button)]
    assert len(buttons) == 10 and all(b.description and b.tooltip for b in buttons)


def test_a_commitment_from_code_fills_the_fields_as_typing_would(store):
    builder = DepartmentPlanBuilder(store=store)
    builder.commitments.fill(Commitment(action="Report every month", owner="Manager", cadence="every month"))
    assert builder.commitments.fields["cadence"].value == "every month"
