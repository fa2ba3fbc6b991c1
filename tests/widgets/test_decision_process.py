"""Does the decision-process redesigner work when driven as a learner would (choose, check, save,
come back), start with nothing chosen, and label every control for a screen reader?"""

from __future__ import annotations

import ipywidgets as widgets

from grader.domain.decision_process import ACTIVITIES, DECIDERS, TIMINGS
from grader.widgets.decision_process import DecisionProcessRedesigner, process_card
from tests.support.keys_03 import REDESIGNS


def descendants(widget: widgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def test_a_new_redesigner_has_one_dropdown_per_step_and_nothing_chosen(store):
    redesigner = DecisionProcessRedesigner(store=store)
    assert list(redesigner.deciders) == redesigner.process.step_names
    assert redesigner.redesign == {"decided_by": dict.fromkeys(redesigner.process.step_names),
                                   "community_joins": None, "community_share": None, "activity": None}
    assert [value for _, value in redesigner.timing.options][1:] == list(TIMINGS)
    assert [value for _, value in redesigner.activity.options][1:] == sorted(ACTIVITIES)
    assert [value for _, value in redesigner.share.options][1:] == list(range(0, 101, 5))


def test_the_card_shows_the_current_process_and_the_level_to_aim_for():
    card = process_card("03.redesign")
    assert "Draft the grant priorities: decided by the department alone" in card
    assert "sits at <strong>2 Consult</strong>" in card and "reach <strong>3 Involve</strong>" in card


def test_checking_before_choosing_asks_for_an_answer_and_records_nothing(store):
    redesigner = DecisionProcessRedesigner(store=store)
    redesigner.check_button.click()
    assert "There is no answer here yet." in redesigner.feedback.value
    assert store.load("progress") is None


def test_choosing_the_parts_and_clicking_check_gives_feedback_per_part(store):
    redesigner = DecisionProcessRedesigner(store=store)
    redesigner.fill({**REDESIGNS["03.redesign"], "activity": "surveys"})
    redesigner.check_button.click()
    assert "Worth another look: 3 of 4 hold up" in redesigner.feedback.value
    assert "↻ Reconsider" in redesigner.feedback.value and "typical of Consult" in redesigner.feedback.value
    redesigner.activity.value = "house meetings"  # as choosing in the dropdown does
    redesigner.check_button.click()
    assert "Well done: all 4 hold up" in redesigner.feedback.value
    assert store.load("progress")["03.redesign"] == {**store.load("progress")["03.redesign"],
                                                     "attempts": 2, "passed": True}


def test_a_saved_redesign_reloads_in_a_new_redesigner(store):
    first = DecisionProcessRedesigner(store=store)
    first.fill(REDESIGNS["03.redesign"])
    first.save_button.click()
    assert "Saved your redesign to redesign-03.redesign.json" in first.status.value
    again = DecisionProcessRedesigner(store=store)
    assert again.redesign == first.redesign
    assert "Your saved redesign was reloaded." in again.status.value


def test_saved_values_that_are_no_longer_options_are_left_unchosen(store):
    store.save("redesign-03.redesign", {"decided_by": {"Approve the priorities": "mayor"},
                                        "community_joins": "never", "community_share": 33, "activity": 7})
    redesigner = DecisionProcessRedesigner(store=store)
    assert redesigner.redesign["community_joins"] == "never"
    assert redesigner.redesign["community_share"] is None and redesigner.redesign["activity"] is None
    assert set(redesigner.redesign["decided_by"].values()) == {None}


def test_a_damaged_save_is_reported_and_the_redesigner_still_opens(store):
    store.root.mkdir(parents=True)
    store.path("redesign-03.redesign").write_text("{oops", encoding="utf-8")
    redesigner = DecisionProcessRedesigner(store=store)
    assert ".damaged-" in redesigner.status.value and redesigner.redesign["community_joins"] is None


def test_every_control_has_a_description_and_every_button_a_tooltip(store):
    redesigner = DecisionProcessRedesigner("ex03.redesign", store=store)
    parts = list(descendants(redesigner))
    dropdowns = [w for w in parts if isinstance(w, widgets.Dropdown)]
    assert len(dropdowns) == 3 + 3
    assert all(d.description.strip() for d in dropdowns)
    assert all(d.options[0][1] is None for d in dropdowns)
    buttons = [w for w in parts if isinstance(w, widgets.Button)]
    assert len(buttons) == 2 and all(b.description.strip() and b.tooltip.strip() for b in buttons)


def test_a_graded_redesigner_only_says_ready_to_submit(store):
    redesigner = DecisionProcessRedesigner("ex03.redesign", store=store)
    redesigner.fill({**REDESIGNS["ex03.redesign"], "community_share": 45})
    redesigner.check_button.click()
    assert "Ready to submit" in redesigner.feedback.value and "Reconsider" not in redesigner.feedback.value


def test_every_decider_option_is_offered_for_each_step(store):
    redesigner = DecisionProcessRedesigner(store=store)
    for dropdown in redesigner.deciders.values():
        assert [value for _, value in dropdown.options][1:] == list(DECIDERS)
