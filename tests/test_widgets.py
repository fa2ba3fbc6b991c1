"""Do the widgets work when driven as a learner would (choose, click, save, come back), and is
every control labeled for a screen reader?"""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from grader.domain.one_to_one import OneToOnePlan
from grader.domain.spectrum import SPECTRUM
from grader.learner.store import LearnerStore
from grader.widgets import (
    ChoiceQuestionWidget,
    OneToOnePlanner,
    Reflection,
    SpectrumMapper,
)
from grader.widgets.reflection import word_count
from grader.widgets.spectrum import CHOOSE, level_meaning
from tests.support.answer_keys import CHOICES, PLACEMENTS
from tests.support.builders import good_plan

LABELED = (widgets.Dropdown, widgets.RadioButtons, widgets.Text, widgets.Textarea, widgets.BoundedIntText)


def descendants(widget: widgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def progress(store: LearnerStore, check_id: str):
    return (store.load("progress") or {}).get(check_id)


# ---- ChoiceQuestionWidget ----

def test_choice_widget_offers_each_option_with_its_letter(store):
    widget = ChoiceQuestionWidget("00.power", store=store)
    assert [label[:3] for label, _ in widget.options.options] == ["a) ", "b) ", "c) "]
    assert widget.options.value is None


def test_choosing_the_right_option_and_clicking_check_says_holds_up(store):
    widget = ChoiceQuestionWidget("00.power", store=store)
    widget.choose(CHOICES["00.power"])
    widget.check_button.click()
    assert "✓ Holds up" in widget.feedback.value
    assert "Well done: this holds up" in widget.feedback.value
    assert progress(store, "00.power")["passed"] is True


def test_choosing_a_wrong_option_says_reconsider_and_counts_the_attempt(store):
    widget = ChoiceQuestionWidget("00.power", store=store)
    widget.choose("a")
    widget.check_button.click()
    widget.check_button.click()
    assert "↻ Reconsider" in widget.feedback.value and "Holds up" not in widget.feedback.value
    assert progress(store, "00.power") == {**progress(store, "00.power"), "attempts": 2, "passed": False}


def test_clicking_check_before_choosing_asks_for_an_answer_and_records_nothing(store):
    widget = ChoiceQuestionWidget("00.power", store=store)
    widget.check_button.click()
    assert "There is no answer here yet." in widget.feedback.value
    assert progress(store, "00.power") is None


def test_a_graded_choice_widget_only_says_ready_to_submit(store):
    widget = ChoiceQuestionWidget("ex00.root", store=store)
    widget.choose("b")
    widget.check_button.click()
    assert "Ready to submit" in widget.feedback.value
    assert "Reconsider" not in widget.feedback.value and "Holds up" not in widget.feedback.value


def test_widgets_use_the_course_folder_by_default(monkeypatch, tmp_path):
    monkeypatch.setenv("EQUITY_COURSE_HOME", str(tmp_path))
    widget = ChoiceQuestionWidget("00.power")
    widget.choose("b")
    widget.check_button.click()
    assert (tmp_path / "my-work" / "progress.json").exists()


# ---- SpectrumMapper ----

def test_mapper_has_one_dropdown_per_scenario_with_every_level(store):
    mapper = SpectrumMapper("01.spectrum", store=store)
    assert list(mapper.dropdowns) == list(PLACEMENTS["01.spectrum"])
    labels = [label for label, _ in mapper.dropdowns["P1"].options]
    assert labels == [CHOOSE, *(lvl.label for lvl in SPECTRUM)]
    assert mapper.placements == {}
    assert "Pick a level" in mapper.meanings["P1"].value


def test_changing_a_dropdown_shows_what_that_level_means(store):
    mapper = SpectrumMapper("01.spectrum", store=store)
    mapper.dropdowns["P3"].value = 4  # as choosing in the dropdown does
    assert "4 Collaborate" in mapper.meanings["P3"].value
    assert "Delegated Power" in mapper.meanings["P3"].value
    assert "20-50% systems administration" in mapper.meanings["P3"].value
    mapper.place("P3", 0)
    assert "0 Ignore" in mapper.meanings["P3"].value and "Marginalization" in mapper.meanings["P3"].value
    mapper.place("P3", None)
    assert mapper.meanings["P3"].value == level_meaning(None)
    assert "Pick a level" in mapper.meanings["P2"].value  # other rows untouched


def test_level_meaning_escapes_and_describes_each_level():
    for lvl in SPECTRUM:
        text = level_meaning(lvl.number)
        assert lvl.label in text and lvl.impact in text and lvl.activities[0] in text


def test_checking_placements_gives_feedback_and_saves_them(store):
    mapper = SpectrumMapper("01.spectrum", store=store)
    right = PLACEMENTS["01.spectrum"]
    for sid, number in right.items():
        mapper.place(sid, number)
    mapper.place("P2", (right["P2"] + 1) % 6)
    mapper.check_button.click()
    assert "Worth another look: 5 of 6 hold up" in mapper.feedback.value
    assert "✓ Holds up" in mapper.feedback.value and "↻ Reconsider" in mapper.feedback.value
    assert store.load("spectrum-01.spectrum") == mapper.placements
    assert progress(store, "01.spectrum")["attempts"] == 1


def test_saved_placements_reload_in_a_new_mapper(store):
    first = SpectrumMapper("01.spectrum", store=store)
    first.place("P1", 1)
    first.place("P4", 5)
    first.check_button.click()
    again = SpectrumMapper("01.spectrum", store=store)
    assert again.placements == {"P1": 1, "P4": 5}
    assert "5 Defer To" in again.meanings["P4"].value
    assert "reloaded" in again.status.value


def test_placements_for_one_check_do_not_reload_in_another(store):
    first = SpectrumMapper("00.spectrum", store=store)
    first.place("O1", 2)
    first.check_button.click()
    assert SpectrumMapper("01.spectrum", store=store).placements == {}


def test_saved_placements_that_no_longer_fit_are_ignored(store):
    store.save("spectrum-01.spectrum", {"P1": 9, "Z9": 2, "P2": "two", "P3": 3})
    assert SpectrumMapper("01.spectrum", store=store).placements == {"P3": 3}


def test_a_damaged_save_is_reported_and_the_mapper_still_opens(store):
    store.root.mkdir(parents=True)
    store.path("spectrum-01.spectrum").write_text("{oops", encoding="utf-8")
    mapper = SpectrumMapper("01.spectrum", store=store)
    assert mapper.placements == {}
    assert "could not be read" in mapper.status.value and ".damaged-" in mapper.status.value


# ---- OneToOnePlanner ----

def test_reviewing_a_good_plan_says_every_line_holds_up(store):
    planner = OneToOnePlanner(store=store)
    planner.fill(good_plan())
    planner.review_button.click()
    assert "The 6 checked parts hold up; hints on your writing below" in planner.feedback.value
    assert progress(store, "01.one_to_one")["passed"] is True


def test_reviewing_a_pitch_says_what_to_reconsider(store):
    planner = OneToOnePlanner(store=store)
    planner.partner.value = "Sam, Riverbend Food Bank"
    planner.purpose.value = "Promote our program"
    planner.questions.value = "Do you like our program?"
    planner.review_button.click()
    assert "↻ Reconsider" in planner.feedback.value and "&quot;our program&quot;" in planner.feedback.value


def test_the_plan_reads_the_fields_one_item_per_line(store):
    planner = OneToOnePlanner(store=store)
    planner.partner.value = "  Ana  "
    planner.questions.value = "- What matters to you?\n\n- How did you start?\n"
    planner.minutes.value = 35
    plan = planner.plan
    assert plan.partner == "Ana"
    assert plan.questions == ["What matters to you?", "How did you start?"]
    assert plan.minutes == 35 and plan.follow_up_days == 2


def test_a_saved_plan_reloads_in_a_new_planner(store):
    planner = OneToOnePlanner(store=store)
    planner.fill(good_plan())
    planner.save_button.click()
    assert "Saved your plan to one-to-one-plan.json" in planner.status.value
    assert store.load("one-to-one-plan") == good_plan().to_dict()
    again = OneToOnePlanner(store=store)
    assert again.plan == good_plan()
    assert "Your saved plan was reloaded." in again.status.value


def test_a_new_planner_starts_empty_with_a_typical_length(store):
    planner = OneToOnePlanner(store=store)
    assert planner.plan == OneToOnePlan(minutes=30, follow_up_days=2)
    assert planner.status.value == ""


def test_a_damaged_plan_file_is_reported_not_hidden(store):
    store.root.mkdir(parents=True)
    store.path("one-to-one-plan").write_text("not json", encoding="utf-8")
    planner = OneToOnePlanner(store=store)
    assert ".damaged-" in planner.status.value and planner.partner.value == ""


# ---- Reflection ----

def test_a_reflection_saves_and_reloads(store):
    box = Reflection("00", "What brought you here?", store=store)
    words = " ".join(["word"] * 25)
    box.write(words)
    box.save_button.click()
    assert "Saved (25 words)." in box.status.value and "A few more" not in box.status.value
    again = Reflection("00", "What brought you here?", store=store)
    assert again.text.value == words
    assert "Your saved reflection was reloaded." in again.status.value


def test_a_short_reflection_is_saved_with_a_nudge_to_write_more(store):
    box = Reflection("00", "Why?", store=store, min_words=20)
    box.write("Because power matters.")
    assert box.save() == "Saved (3 words). A few more sentences would help: aim for 20 words or more."
    assert store.load("reflection-00")["text"] == "Because power matters."


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_saving_an_empty_reflection_says_so_and_writes_nothing(store, text):
    box = Reflection("00", "Why?", store=store)
    box.write(text)
    box.save_button.click()
    assert "There is nothing to save yet: write a few sentences first." in box.status.value
    assert store.load("reflection-00") is None


def test_reflections_with_different_names_are_kept_apart(store):
    Reflection("a", "?", store=store).write("one")
    first = Reflection("a", "?", store=store)
    first.write("alpha text")
    first.save()
    assert Reflection("b", "?", store=store).text.value == ""


def test_a_reflection_prompt_is_escaped(store):
    box = Reflection("00", "<b>bold</b> & more", store=store)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in box.prompt.value


def test_word_count_counts_words_separated_by_any_space():
    assert word_count("one  two\nthree\tfour") == 4 and word_count("   ") == 0


# ---- every control is labeled ----

def all_widgets(store: LearnerStore):
    return [
        ChoiceQuestionWidget("00.power", store=store),
        SpectrumMapper("01.spectrum", store=store),
        OneToOnePlanner(store=store),
        Reflection("00", "Why?", store=store),
    ]


def test_every_input_control_has_a_description(store):
    controls = [w for top in all_widgets(store) for w in descendants(top) if isinstance(w, LABELED)]
    assert len(controls) >= 1 + 6 + 7 + 1
    for control in controls:
        assert control.description.strip(), f"{type(control).__name__} has no description"


def test_every_button_says_what_it_does_and_has_a_tooltip(store):
    buttons = [w for top in all_widgets(store) for w in descendants(top) if isinstance(w, widgets.Button)]
    assert len(buttons) == 5
    for btn in buttons:
        assert btn.description.strip() and btn.tooltip and btn.tooltip.strip(), btn


# ---- typed text reaches Python whole ----

def every_writing_widget(store: LearnerStore, folder):
    from grader.widgets.accountability import AccountabilityPlanBuilder
    from grader.widgets.alliance_plan import AlliancePlanBuilder
    from grader.widgets.ally_map import AllyMapBuilder
    from grader.widgets.department_plan import DepartmentPlanBuilder
    from grader.widgets.equity_review import EquityReviewBuilder
    from grader.widgets.narrative import RewriteReviewer

    return [
        AccountabilityPlanBuilder(folder=folder, store=store), AlliancePlanBuilder(store=store),
        AllyMapBuilder(store=store), DepartmentPlanBuilder(folder=folder, store=store),
        EquityReviewBuilder(store=store), RewriteReviewer("06.rewrite", store=store),
        OneToOnePlanner(store=store), Reflection("00", "Why?", store=store),
    ]


def test_every_text_box_sends_its_text_when_the_learner_leaves_it(store, tmp_path):
    """Sent keystroke by keystroke, the last words could still be queued in the browser when
    a busy kernel receives the Save click, and the saved text would lose them."""
    boxes = [w for top in every_writing_widget(store, tmp_path) for w in descendants(top)
             if isinstance(w, (widgets.Text, widgets.Textarea))]
    assert len(boxes) >= 40
    for box in boxes:
        assert box.continuous_update is False, box.description
