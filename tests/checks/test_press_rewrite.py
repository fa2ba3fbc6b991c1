"""Does a rewrite check give hints (never points) from the rubric's lines, refuse what is not yet
a rewrite with a clear fix, and show the paragraph and rubric it uses?"""

from __future__ import annotations

import pytest

from grader.checks import check, points, spec
from grader.checks.press_rewrite import PARAGRAPHS, paragraph, rubric
from grader.domain.press_rewrite import RUBRIC
from tests.support.keys_06 import GOOD_REWRITES

CHECKS = sorted(GOOD_REWRITES)


@pytest.mark.parametrize("check_id", CHECKS)
def test_even_a_rewrite_meeting_every_rubric_line_earns_no_automatic_points(check_id):
    assert points(check_id, GOOD_REWRITES[check_id]) == spec(check_id).max_points == 0.0


def test_practice_feedback_is_one_hint_per_rubric_line_with_what_was_found_and_no_praise():
    feedback = check("06.rewrite", GOOD_REWRITES["06.rewrite"])
    assert [n.label for n in feedback.notes] == [line.criterion for line in RUBRIC]
    assert all(n.hint for n in feedback.notes) and feedback.points == 0.0
    assert feedback.headline == "Hints on your writing (not a grade)"
    text = str(feedback)
    assert text.count("Hint, not a grade: ") == 7 and "Well done" not in text
    assert "You name conditions (" in text


def test_keyword_stuffing_gets_the_same_hints_and_no_points():
    stuffed = "Residents said the air is bad because of it. We will fund a policy. " * 3
    feedback = check("06.rewrite", stuffed)
    assert feedback.points == 0.0 and "Well done" not in str(feedback)


@pytest.mark.parametrize("check_id", CHECKS)
def test_the_original_paragraph_itself_is_not_a_rewrite(check_id):
    original = PARAGRAPHS[check_id].text
    for attempt in (original, original.upper(), original.replace("Riverbend", "Riverbend County")):
        feedback = check(check_id, attempt)
        assert feedback.problem.startswith("This is still very close to the original paragraph.")
        assert points(check_id, attempt) == 0.0


@pytest.mark.parametrize("placeholder", ["...", "\n...\n", " … "])
def test_the_template_placeholder_is_no_answer_yet(placeholder):
    feedback = check("ex06.rewrite", placeholder)
    assert feedback.problem.startswith("There is no paragraph here yet: replace the ...")
    assert points("ex06.rewrite", placeholder) == 0.0


def test_a_paragraph_that_is_not_text_says_what_to_give():
    feedback = check("06.rewrite", ["a", "list"])
    assert feedback.problem.startswith('Your paragraph should be text in triple quotes')
    assert feedback.problem.endswith("(its type is list).")


def test_a_graded_rewrite_too_short_to_read_says_what_is_still_to_answer():
    feedback = check("ex06.rewrite", "Low wages are behind the diabetes in Southgate.")
    assert feedback.problem.startswith("Still to answer: uses plain language, does not blame individual behavior")
    assert "(40 to 180 words)" in feedback.problem
    assert points("ex06.rewrite", "Low wages are behind the diabetes in Southgate.") == 0.0


def test_a_weak_and_a_good_rewrite_both_earn_nothing_automatically_and_look_the_same():
    weak = ("Type 2 diabetes is high in Southgate. Residents should eat more fruit and vegetables and "
            "walk every day. The department urges families to make healthier choices at the store and "
            "to read food labels, and it will hand out recipe cards at the library each month.")
    assert points("ex06.rewrite", weak) == points("ex06.rewrite", GOOD_REWRITES["ex06.rewrite"]) == 0.0
    assert str(check("ex06.rewrite", weak)) == str(check("ex06.rewrite", GOOD_REWRITES["ex06.rewrite"]))


def test_the_paragraph_to_rewrite_is_shown_with_its_topic():
    shown = paragraph("ex06.rewrite")
    assert str(shown).startswith("Original paragraph (type 2 diabetes in Southgate):\nType 2 diabetes")
    assert "<blockquote>" in shown._repr_html_()


def test_the_rubric_shows_seven_lines_and_on_request_every_word():
    brief, full = rubric(), rubric(words=True)
    assert str(brief).count("\n") == 6 and str(brief).startswith("- (must) names conditions")
    assert "personal responsibility" not in str(brief) and "personal responsibility" in str(full)
    assert full._repr_html_().count('<th scope="row"') == 7


def test_a_worked_example_is_reviewed_by_the_same_rubric_without_counting_as_an_attempt():
    from grader.checks import registry
    from grader.checks.press_rewrite import worked_review
    from grader.domain.narrative import WORKED_DRAFT, WORKED_REVISION

    heard: list = []
    listening = hasattr(registry, "add_listener")  # progress listeners hear every check() call
    if listening:
        registry.add_listener(heard.append)
    try:
        draft, revision = worked_review(WORKED_DRAFT), worked_review(WORKED_REVISION)
    finally:
        if listening:
            registry.remove_listener(heard.append)
    assert heard == []
    assert [n.label for n in revision.notes] == [line.criterion for line in RUBRIC]
    assert all(n.hint for n in revision.notes) and revision.points == revision.max_points == 0.0
    assert sum(n.holds_up for n in revision.notes) == 7 and sum(n.holds_up for n in draft.notes) == 2
    assert draft.title == "Hints on the worked example" and "Well done" not in str(revision)
