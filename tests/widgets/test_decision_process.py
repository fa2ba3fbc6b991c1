"""Does the decision-process redesigner work when driven as a learner would (choose, type, check,
save to the folder, come back), start with nothing chosen, save what the check scores, and label
every control for a screen reader?"""

from __future__ import annotations

import html

import ipywidgets as widgets

from grader.checks import points
from grader.domain.decision_process import AUTHORITIES, CHOOSERS, DESIGN_FILE, DISAGREEMENTS, WRITTEN, ProcessDesign
from grader.widgets.decision_process import DecisionProcessRedesigner, process_card
from tests.support.keys_03 import REDESIGNS


def descendants(widget: widgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def redesigner(tmp_path, store, check_id="03.redesign") -> DecisionProcessRedesigner:
    return DecisionProcessRedesigner(check_id, folder=tmp_path / "assignment", store=store)


def test_a_new_redesigner_has_nothing_chosen_or_typed(tmp_path, store):
    builder = redesigner(tmp_path, store)
    answer = builder.answer
    assert answer["community_seats"] == {} and answer["paid_participation"] is None
    assert {key: value for key, value in answer.items() if key not in ("community_seats", "resources")} == \
        dict.fromkeys(["target", "staff_seats", "total_seats", "chosen_by", "authority", "written_in",
                       "disagreement", "paid_participation"])
    assert [value for _, value in builder.chosen_by.options][1:] == list(CHOOSERS)
    assert [value for _, value in builder.authority.options][1:] == list(AUTHORITIES)
    assert [value for _, value in builder.written_in.options][1:] == list(WRITTEN)
    assert [value for _, value in builder.disagreement.options][1:] == list(DISAGREEMENTS)


def test_the_card_shows_todays_committee_and_its_level_but_not_the_target():
    card = process_card("03.redesign")
    assert "Riverside Neighborhood Association: 2 seats" in card and "Department staff: 6 seats" in card
    assert "sits at <strong>2 Consult</strong>" in card
    assert "Involve" not in card


def test_checking_before_answering_asks_for_an_answer_and_records_nothing(tmp_path, store):
    builder = redesigner(tmp_path, store)
    builder.check_button.click()
    assert "There is no answer here yet." in builder.feedback.value
    assert store.load("progress") is None


def test_answering_and_clicking_check_gives_feedback_per_question(tmp_path, store):
    builder = redesigner(tmp_path, store)
    builder.fill({**REDESIGNS["03.redesign"], "disagreement": "a vote of the committee"})
    builder.check_button.click()
    assert "Worth another look: 7 of 8 hold up" in builder.feedback.value
    assert "goes past Involve" in builder.feedback.value
    builder.disagreement.value = "the department decides"  # as choosing in the drop-down does
    builder.check_button.click()
    assert "Well done: all 8 hold up" in builder.feedback.value
    assert store.load("progress")["03.redesign"]["attempts"] == 2


def test_typed_seats_are_read_line_by_line_and_a_line_without_seats_is_named(tmp_path, store):
    builder = redesigner(tmp_path, store)
    builder.fill(REDESIGNS["03.redesign"])
    builder.community_seats.value = "Southgate Families United | 3\nMill Flats Neighbors in Action\n\n"
    assert builder.answer["community_seats"] == {"Southgate Families United": "3",
                                                 "Mill Flats Neighbors in Action": "(no seats given)"}
    builder.check_button.click()
    assert 'Seats for "Mill Flats Neighbors in Action"' in html.unescape(builder.feedback.value)
    assert "Not saved yet" in builder.save() and not (tmp_path / "assignment" / DESIGN_FILE).exists()


def test_save_writes_the_design_to_the_folder_and_it_scores_as_checked(tmp_path, store):
    builder = redesigner(tmp_path, store, "ex03.redesign")
    builder.fill(REDESIGNS["ex03.redesign"])
    builder.save_button.click()
    path = tmp_path / "assignment" / DESIGN_FILE
    assert f"Saved your design to {DESIGN_FILE}" in builder.status.value and path.exists()
    assert points("ex03.redesign", ProcessDesign.load(path)) == points("ex03.redesign", builder.answer) == 8.0


def test_a_saved_design_reloads_in_a_new_redesigner(tmp_path, store):
    first = redesigner(tmp_path, store)
    first.fill(REDESIGNS["03.redesign"])
    first.save_button.click()
    again = redesigner(tmp_path, store)
    assert ProcessDesign.from_dict(again.answer) == ProcessDesign.from_dict(first.answer)
    assert "Your saved design was reloaded" in again.status.value


def test_a_damaged_save_is_moved_aside_and_the_redesigner_still_opens(tmp_path, store):
    folder = tmp_path / "assignment"
    folder.mkdir()
    (folder / DESIGN_FILE).write_text("{oops", encoding="utf-8")
    builder = redesigner(tmp_path, store)
    assert ".damaged-" in builder.status.value and builder.answer["target"] is None
    assert list(folder.glob("process-design.damaged-*.json"))


def test_every_control_has_a_description_and_every_button_a_tooltip(tmp_path, store):
    builder = redesigner(tmp_path, store, "ex03.redesign")
    parts = list(descendants(builder))
    controls = [w for w in parts if isinstance(w, (widgets.Dropdown, widgets.Text, widgets.Textarea,
                                                   widgets.Checkbox))]
    assert len(controls) == 5 + 5 + 3
    assert all(c.description.strip() for c in controls)
    assert all(d.options[0][1] is None for d in controls if isinstance(d, widgets.Dropdown))
    buttons = [w for w in parts if isinstance(w, widgets.Button)]
    assert len(buttons) == 2 and all(b.description.strip() and b.tooltip.strip() for b in buttons)


def test_a_graded_redesigner_only_says_ready_to_submit(tmp_path, store):
    builder = redesigner(tmp_path, store, "ex03.redesign")
    builder.fill({**REDESIGNS["ex03.redesign"], "authority": "advice only"})
    builder.check_button.click()
    assert "Ready to submit" in builder.feedback.value and "Reconsider" not in builder.feedback.value
