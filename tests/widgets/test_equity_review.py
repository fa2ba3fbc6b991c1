"""Does the equity review builder work when driven as a learner would (type, review, save,
export, come back), show the policy it reviews, and label every control?"""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from grader.domain.equity_review import (
    CONTRACTING_POLICY,
    HIRING_POLICY,
    QUESTION_KEYS,
    QUESTIONS,
)
from grader.widgets.equity_review import EquityReviewBuilder
from tests.support.keys_08 import good_review


def descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def test_every_box_is_labeled_with_its_question_and_every_button_has_a_tooltip(store):
    builder = EquityReviewBuilder(store=store)
    boxes = [c for c in descendants(builder) if isinstance(c, widgets.Textarea)]
    assert [b.description for b in boxes] == [f"{q.title}:" for q in QUESTIONS]
    assert all(b.placeholder for b in boxes)
    buttons = [c for c in descendants(builder) if isinstance(c, widgets.Button)]
    assert len(buttons) == 3 and all(b.description and b.tooltip for b in buttons)


def test_each_prompt_is_shown_above_its_box(store):
    builder = EquityReviewBuilder(store=store)
    texts = [c.value for c in builder.children if isinstance(c, widgets.HTML)]
    for number, q in enumerate(QUESTIONS, start=1):
        assert any(f"{number}. {q.title}." in t for t in texts)


def test_the_builder_shows_the_policy_it_reviews(store):
    intro = EquityReviewBuilder(store=store).children[0].value
    assert HIRING_POLICY.name in intro and "bachelor&#x27;s degree" in intro
    other = EquityReviewBuilder(policy=CONTRACTING_POLICY, store=store)
    assert CONTRACTING_POLICY.name in other.children[0].value
    assert other.answer().kind == "contracting"


def test_a_good_review_typed_in_and_reviewed_holds_up_on_every_line(store):
    builder = EquityReviewBuilder(store=store)
    builder.fill(good_review())
    assert builder.answer() == good_review()
    builder.review_button.click()
    assert "Hints on your writing (not a grade)" in builder.feedback.value
    assert "Well done" not in builder.feedback.value
    assert store.load("progress")["08.review"]["passed"] is True


def test_reviewing_empty_boxes_asks_for_an_answer_and_records_nothing(store):
    builder = EquityReviewBuilder(store=store)
    builder.review_button.click()
    assert "There is no answer here yet" in builder.feedback.value
    assert store.load("progress") is None


def test_a_vague_answer_gets_advice_on_its_line(store):
    builder = EquityReviewBuilder(store=store)
    builder.fill(good_review())
    builder.boxes["implementation"].value = "TBD"
    builder.review_button.click()
    assert "<strong>Hint, not a grade</strong> (implementation: who, by when, with what): Too short to act on." \
        in builder.feedback.value


def test_saving_keeps_the_typed_text_and_it_comes_back_next_time(store):
    builder = EquityReviewBuilder(store=store)
    builder.fill(good_review())
    builder.boxes["data"].value = "half-written"
    builder.save_button.click()
    assert "Saved your review to equity-review-08.review.json" in builder.status.value
    again = EquityReviewBuilder(store=store)
    assert again.texts == builder.texts and list(again.texts) == list(QUESTION_KEYS)
    assert "Your saved review was reloaded." in again.status.value


def test_export_writes_markdown_to_the_course_folder(store):
    builder = EquityReviewBuilder(store=store)
    builder.fill(good_review())
    builder.export_button.click()
    path = store.root / "equity-review-08.review.md"
    assert path.read_text(encoding="utf-8") == good_review().to_markdown()
    assert path.name in builder.status.value


def test_a_damaged_save_is_reported_and_the_builder_starts_empty(store):
    store.root.mkdir(parents=True)
    store.path("equity-review-08.review").write_text("{not json")
    builder = EquityReviewBuilder(store=store)
    assert "could not be read" in builder.status.value
    assert all(text == "" for text in builder.texts.values())


def test_in_an_exercise_the_review_is_saved_in_the_folder_and_read_by_the_answer_cell(tmp_path, store, capsys):
    from grader.checks import points
    from grader.domain.equity_review import CONTRACTING_POLICY
    from grader.widgets.equity_review import EquityReviewBuilder, load_equity_review
    from tests.support.keys_08 import good_review

    builder = EquityReviewBuilder("ex08.review", policy=CONTRACTING_POLICY, store=store, folder=tmp_path)
    builder.fill(good_review())
    builder.save_button.click()
    assert f"Saved your review to equity-review.json in {tmp_path}" in builder.status.value
    review = load_equity_review(tmp_path / "equity-review.json")
    assert capsys.readouterr().out.strip() == "Read your review from equity-review.json."
    assert review == builder.answer() and points("ex08.review", review) == points("ex08.review", good_review())
    reopened = EquityReviewBuilder("ex08.review", policy=CONTRACTING_POLICY, store=store, folder=tmp_path)
    assert reopened.texts == builder.texts and "reloaded from equity-review.json" in reopened.status.value


def test_the_statement_matcher_saves_matches_for_the_answer_cell(tmp_path, store, capsys):
    import ipywidgets as widgets

    from grader.checks import points
    from grader.widgets.equity_review import StatementMatcher, load_statement_matches
    from tests.support.keys_08 import STATEMENTS

    matcher = StatementMatcher("ex08.statements", store=store, folder=tmp_path)
    boxes = [w for w in matcher.children if isinstance(w, widgets.Dropdown)]
    assert [b.description for b in boxes] == [f"Question for S{n}:" for n in range(1, 7)]
    assert matcher.save_button.tooltip and matcher.check_button.tooltip
    key = STATEMENTS["ex08.statements"]
    for sid, name in key.items():
        if sid != "S6":
            matcher.choose(sid, name)
    matcher.save_button.click()
    assert f"Saved your matches to statement-matches.json in {tmp_path}" in matcher.status.value
    matches = load_statement_matches(tmp_path / "statement-matches.json")
    assert "Still empty: S6" in capsys.readouterr().out
    assert points("ex08.statements", matches) == 5.0
    reopened = StatementMatcher("ex08.statements", store=store, folder=tmp_path)
    assert reopened.matches == matcher.matches
    assert load_statement_matches(tmp_path / "nothing.json") == {}
    assert "statement matcher above" in capsys.readouterr().out


def test_a_module_practice_matcher_has_no_save_button_and_its_check_counts_in_progress(tmp_path, store, monkeypatch):
    from grader.widgets.equity_review import StatementMatcher
    from tests.support.keys_08 import STATEMENTS

    monkeypatch.chdir(tmp_path)
    matcher = StatementMatcher("08.statements", store=store)
    buttons = list(matcher.children[-3].children)
    assert buttons == [matcher.check_button]
    for sid, name in STATEMENTS["08.statements"].items():
        matcher.choose(sid, name)
    matcher.check_button.click()
    progress, _ = store.load_progress()
    assert progress["08.statements"]["passed"] is True
    with pytest.raises(ValueError, match='practice and saves no file.*folder="."'):
        matcher.save()
    assert list(tmp_path.glob("*.json")) == []
