"""Do the narrative widgets work when driven as a learner would (choose, write, click, save, come
back), and is every control labeled and every button explained?"""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from grader.widgets.narrative import (
    CHOOSE,
    LABEL_OPTIONS,
    RewriteReviewer,
    StatementSorter,
)
from tests.support.keys_06 import GOOD_REWRITES, LABELS

LABELED = (widgets.Dropdown, widgets.Textarea)


def descendants(widget: widgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


@pytest.mark.parametrize("make", [lambda s: StatementSorter("06.statements", store=s),
                                  lambda s: RewriteReviewer("06.rewrite", store=s)], ids=["sorter", "reviewer"])
def test_every_control_has_a_description_and_every_button_a_tooltip(store, make):
    for child in descendants(make(store)):
        if isinstance(child, LABELED):
            assert child.description.strip(), child
        if isinstance(child, widgets.Button):
            assert child.description and child.tooltip, child


# ---- StatementSorter ----

def test_the_sorter_offers_one_unchosen_drop_down_per_statement(store):
    sorter = StatementSorter("06.statements", store=store)
    assert list(sorter.choices) == ["P1", "P2", "P3", "P4", "P5", "P6"]
    assert all(box.value is None for box in sorter.choices.values())
    assert sorter.choices["P1"].description == "Label for P1:"
    assert sorter.choices["P1"].options[0] == (CHOOSE, None)


def test_choosing_every_right_label_and_clicking_check_says_all_hold_up(store):
    sorter = StatementSorter("06.statements", store=store)
    for sid, value in LABELS["06.statements"].items():
        sorter.choose(sid, value)
    sorter.check_button.click()
    assert "Well done: all 6 hold up" in sorter.feedback.value
    assert store.load("progress")["06.statements"]["passed"] is True


def test_checking_with_nothing_chosen_says_there_is_no_answer_yet(store):
    sorter = StatementSorter("06.statements", store=store)
    sorter.check_button.click()
    assert "There is no answer here yet." in sorter.feedback.value


def test_chosen_labels_come_back_next_time(store):
    first = StatementSorter("06.statements", store=store)
    first.choose("P3", "transformative")
    first.check_button.click()
    again = StatementSorter("06.statements", store=store)
    assert again.labels["P3"] == "transformative" and again.labels["P1"] is None
    assert "reloaded" in again.status.value


def test_a_saved_label_that_is_no_longer_an_option_is_ignored(store):
    store.save("statement-labels-06.statements", {"P1": "harmful", "P2": "market-only", "P99": "dominant"})
    sorter = StatementSorter("06.statements", store=store)
    assert sorter.labels["P1"] is None and sorter.labels["P2"] == "market-only"


def test_every_label_option_is_one_the_check_accepts():
    from grader.domain.narrative import label

    for _, value in LABEL_OPTIONS[1:]:
        label(value)


def test_an_unknown_check_id_is_a_clear_error(store):
    with pytest.raises(KeyError, match='Did you mean "06.statements"'):
        StatementSorter("06.statement", store=store)


# ---- RewriteReviewer ----

def test_the_reviewer_shows_the_paragraph_to_rewrite(store):
    reviewer = RewriteReviewer("06.rewrite", store=store)
    assert "childhood asthma" in reviewer.children[0].value
    assert reviewer.text.value == ""


def test_writing_a_good_rewrite_and_reviewing_it_gives_seven_hints_and_no_praise(store):
    reviewer = RewriteReviewer("06.rewrite", store=store)
    reviewer.write(GOOD_REWRITES["06.rewrite"])
    reviewer.review_button.click()
    assert "Hints on your writing (not a grade)" in reviewer.feedback.value
    assert reviewer.feedback.value.count("Hint, not a grade") == 7 and "Well done" not in reviewer.feedback.value
    assert "words." in reviewer.status.value
    assert store.load("progress")["06.rewrite"]["attempts"] == 1


def test_a_weak_rewrite_gets_specific_advice(store):
    reviewer = RewriteReviewer("06.rewrite", store=store)
    reviewer.write("Asthma visits rose. Parents should keep homes clean. " * 5)
    reviewer.review_button.click()
    assert "<strong>Hint, not a grade</strong> (does not make the fix only personal choice or the market)" \
        in reviewer.feedback.value and "&quot;parents should&quot;" in reviewer.feedback.value


def test_a_saved_paragraph_comes_back_next_time(store):
    reviewer = RewriteReviewer("06.rewrite", store=store)
    reviewer.write("My draft about damp homes.")
    reviewer.save_button.click()
    assert "Saved your paragraph (5 words)" in reviewer.status.value
    again = RewriteReviewer("06.rewrite", store=store)
    assert again.text.value == "My draft about damp homes." and "reloaded" in again.status.value


def test_saving_an_empty_box_saves_nothing_and_says_why(store):
    reviewer = RewriteReviewer("06.rewrite", store=store)
    assert reviewer.save().startswith("There is nothing to save yet")
    assert store.load("rewrite-06.rewrite") is None


def test_a_damaged_saved_file_is_reported_not_hidden(store):
    store.root.mkdir(parents=True)
    store.path("rewrite-06.rewrite").write_text("{not json", encoding="utf-8")
    reviewer = RewriteReviewer("06.rewrite", store=store)
    assert "could not be read" in reviewer.status.value and reviewer.text.value == ""
