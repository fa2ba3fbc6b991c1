"""Does feedback read kindly and clearly, in HTML and plain text, without relying on colour?"""

from __future__ import annotations

import re

import pytest

from grader.checks.feedback import Feedback, Note, Status, render_html

HOLDS = Note("P1", Status.HOLDS_UP, "Information flows one way.")
AGAIN = Note("P2", Status.RECONSIDER, "Ask: who writes the plan?")


def fb(*notes: Note, **kwargs) -> Feedback:
    return Feedback("01.spectrum", "Place the partners", notes=notes, **kwargs)


def test_status_has_words_and_a_symbol():
    assert (Status.HOLDS_UP.words, Status.HOLDS_UP.symbol) == ("Holds up", "✓")
    assert (Status.RECONSIDER.words, Status.RECONSIDER.symbol) == ("Reconsider", "↻")


def test_note_holds_up_only_when_its_status_says_so():
    assert HOLDS.holds_up and not AGAIN.holds_up


@pytest.mark.parametrize("notes, headline", [
    ((HOLDS,), "Well done: this holds up"),
    ((HOLDS, HOLDS), "Well done: all 2 hold up"),
    ((AGAIN,), "Worth another look"),
    ((HOLDS, AGAIN, AGAIN), "Worth another look: 1 of 3 hold up"),
    ((AGAIN, AGAIN), "Worth another look: 0 of 2 hold up"),
])
def test_headline_counts_what_holds_up(notes, headline):
    assert fb(*notes).headline == headline


def test_headline_for_a_problem_is_not_checked_yet():
    assert fb(HOLDS, problem="There is no answer here yet.").headline == "Not checked yet"


def test_headline_for_a_graded_exercise_is_ready_to_submit():
    assert fb(graded_later=True).headline == "Ready to submit"


def test_passed_needs_every_note_to_hold_up_and_no_problem():
    assert fb(HOLDS, HOLDS).passed
    assert not fb(HOLDS, AGAIN).passed
    assert not fb(HOLDS, problem="Could not check").passed


@pytest.mark.parametrize("feedback, symbol", [
    (fb(HOLDS), "✓"), (fb(AGAIN), "↻"), (fb(problem="x"), "!"), (fb(graded_later=True), "✓"),
])
def test_symbol_matches_the_outcome(feedback, symbol):
    assert feedback.symbol == symbol


def test_plain_text_has_the_headline_then_one_line_per_note():
    text = str(fb(HOLDS, AGAIN))
    assert text.splitlines() == [
        "↻ Place the partners: Worth another look: 1 of 2 hold up",
        "  ✓ Holds up: P1. Information flows one way.",
        "  ↻ Reconsider: P2. Ask: who writes the plan?",
    ]


def test_plain_text_shows_the_problem_and_extra_lines():
    text = str(fb(problem="There is no answer here yet.", extra=("More to read.",)))
    assert text.splitlines() == [
        "! Place the partners: Not checked yet",
        "  There is no answer here yet.",
        "  More to read.",
    ]


def test_repr_is_the_plain_text_so_a_bare_result_reads_well():
    feedback = fb(HOLDS)
    assert repr(feedback) == str(feedback)
    assert "<" not in str(feedback)


def test_html_says_holds_up_and_reconsider_in_words_beside_the_symbols():
    page = fb(HOLDS, AGAIN)._repr_html_()
    assert "✓ Holds up" in page and "↻ Reconsider" in page
    assert "Worth another look: 1 of 2 hold up" in page


def test_html_is_a_polite_live_status_region():
    page = render_html(fb(HOLDS))
    assert 'role="status"' in page and 'aria-live="polite"' in page


def test_html_keeps_dark_text_on_a_light_background_whatever_the_outcome():
    for feedback in (fb(HOLDS), fb(AGAIN), fb(problem="x")):
        page = render_html(feedback)
        assert "color:#1a1a1a" in page and "background:#f7f7f5" in page


def test_outcomes_differ_in_words_not_only_in_colour():
    def without_colour(page: str) -> str:
        return re.sub(r"#[0-9a-fA-F]{6}", "", page)

    pages = {without_colour(render_html(f)) for f in (fb(HOLDS), fb(AGAIN), fb(problem="x"))}
    assert len(pages) == 3


def test_html_escapes_learner_text_everywhere():
    attack = "<script>alert(1)</script>"
    feedback = Feedback(
        attack, f"Title {attack}",
        notes=(Note(f"label {attack}", Status.RECONSIDER, f"reason {attack}"),),
        problem=None, extra=(f"extra {attack}",),
    )
    page = render_html(feedback)
    assert "<script>" not in page
    assert page.count("&lt;script&gt;") == 4


def test_html_escapes_a_problem_that_quotes_the_learner():
    page = render_html(fb(problem='"<img src=x onerror=alert(1)>" is not one of the options.'))
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_html_leaves_out_the_note_list_when_there_are_no_notes():
    assert "<ul" not in render_html(fb(problem="x"))
    assert "<ul" in render_html(fb(HOLDS))


def test_feedback_is_immutable():
    with pytest.raises(AttributeError):
        fb(HOLDS).points = 99  # type: ignore[misc]
