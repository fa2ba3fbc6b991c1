"""Does the list editor add, choose, update and remove items as a learner would, keep what its
fields do not show, and label every control?"""

from __future__ import annotations

import ipywidgets as widgets

from grader.domain.accountability import Commitment
from grader.domain.department_plan import Milestone
from grader.widgets.list_editor import ListEditor


def editor() -> ListEditor:
    return ListEditor("commitment", {"action": widgets.Text(description="What:"),
                                     "owner": widgets.Text(description="Owner:")},
                      Commitment, lambda items: f"{len(items)} rows", required="action")


def milestones() -> ListEditor:
    return ListEditor("milestone", {"month": widgets.Dropdown(options=[("Choose", None), ("1", 1), ("9", 9)],
                                                             description="Month:"),
                                    "action": widgets.Text(description="What happens:")},
                      Milestone, lambda items: "", required="action",
                      sort_key=lambda m: m.month or 13, blank={"month": None})


def test_the_chooser_appears_only_once_there_is_something_to_choose():
    box = editor()
    assert box.chooser not in box.children
    box.fields["action"].value = "Report results every month"
    box.add_button.click()
    assert box.children[0] is box.chooser and box.view.value == "1 rows"
    assert box.fields["action"].value == ""  # the fields clear for the next one


def test_an_item_without_its_required_field_is_not_added():
    box = editor()
    box.fields["owner"].value = "Manager"
    box.add_button.click()
    assert box.items == [] and "before adding it" in box.status.value


def test_choosing_an_item_fills_the_fields_and_update_keeps_what_the_fields_do_not_show():
    box = editor()
    box.set_items([Commitment(action="Report results", owner="Manager", cadence="every month", level=4)])
    box.chooser.value = 0
    assert box.fields["owner"].value == "Manager"
    box.fields["owner"].value = "Director"
    box.update_button.click()
    assert box.items == [Commitment(action="Report results", owner="Director", cadence="every month", level=4)]
    assert box.chooser.value == 0 and "Updated the commitment" in box.status.value


def test_update_and_remove_ask_for_a_choice_first():
    box = editor()
    box.update_button.click()
    assert "Choose a commitment in the list first" in box.status.value
    box.remove_button.click()
    assert "Choose the commitment to remove" in box.status.value


def test_remove_takes_the_chosen_item_out():
    box = editor()
    box.set_items([Commitment(action="One thing"), Commitment(action="Another thing")])
    box.select(0)
    box.remove_button.click()
    assert [c.action for c in box.items] == ["Another thing"] and box.chooser.value is None


def test_items_stay_sorted_and_a_field_left_unchosen_uses_its_blank_value():
    box = milestones()
    box.set_items([Milestone(9, "Later"), Milestone(None, "Some day")])
    box.fields["month"].value, box.fields["action"].value = 1, "First"
    box.add_button.click()
    assert [m.action for m in box.items] == ["First", "Later", "Some day"]
    box.select(2)
    assert box.fields["month"].value is None


def test_every_button_has_a_tooltip_and_the_chooser_a_description():
    box = editor()
    for control in (box.add_button, box.update_button, box.remove_button):
        assert control.description and control.tooltip
    assert box.chooser.description == "Commitment to edit:"
