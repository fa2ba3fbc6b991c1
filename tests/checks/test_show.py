"""Does show() print a question from the catalog, safely, without saying which answer is right?"""

from __future__ import annotations

import pytest

from grader.checks.choice import QUESTIONS, ChoiceQuestion, choice_question
from grader.checks.feedback import Shown
from grader.checks.labels import case_sets, labels
from grader.checks.show import question, scenarios
from tests.support.items import item_set

PRACTICE = item_set("01.spectrum")


def test_shown_is_plain_text_in_a_terminal_and_html_in_a_notebook():
    shown = Shown("plain", "<p>rich</p>")
    assert str(shown) == repr(shown) == "plain"
    assert shown._repr_html_() == "<p>rich</p>"


def test_a_question_shows_its_prompt_then_each_lettered_option():
    q = QUESTIONS["00.power"]
    assert str(question("00.power")).splitlines() == [q.prompt, *(f"  {letter}) {words}" for letter, words in q.options)]


def test_a_question_in_html_has_the_prompt_and_a_list_of_options():
    page = question("00.power")._repr_html_()
    assert page.startswith("<p><strong>Asthma emergency visits are highest in Mill Flats")
    assert page.count("<li>") == 3 and "<strong>b)</strong> Mill Flats has fewer clinics" in page


@pytest.mark.parametrize("check_id", sorted(QUESTIONS))
def test_showing_a_question_never_reveals_the_reasons_or_the_key(check_id):
    shown = question(check_id)
    for reason in QUESTIONS[check_id].reasons.values():
        assert reason not in shown.text and reason not in shown.html
    assert QUESTIONS[check_id].key_digest not in shown.text + shown.html


def test_scenarios_are_listed_one_per_line_with_their_ids():
    lines = str(scenarios("01.spectrum")).splitlines()
    assert lines == [f"{s.id}. {s.partner}: {s.text}" for s in PRACTICE]


def test_scenarios_in_html_are_a_table_with_header_cells_for_screen_readers():
    page = scenarios("01.spectrum")._repr_html_()
    assert page.startswith("<table><thead>") and page.count('scope="col"') == 3
    assert page.count('<th scope="row">') == len(PRACTICE)


@pytest.mark.parametrize("check_id", sorted(case_sets("spectrum")))
def test_showing_scenarios_never_reveals_evidence_or_hints(check_id):
    shown = scenarios(check_id)
    for s in case_sets("spectrum")[check_id]:
        assert s.evidence not in shown.text + shown.html
        assert s.hint not in shown.text + shown.html


def test_an_unknown_id_raises_a_key_error_that_suggests_the_nearest(private_catalog):
    with pytest.raises(KeyError, match='Did you mean "00.power"'):
        question("00.powr")
    with pytest.raises(KeyError, match='Did you mean "01.spectrum"'):
        scenarios("01.spectrm")


def test_question_and_scenario_text_is_escaped_in_html(private_catalog):
    choice_question(ChoiceQuestion("zz.q", "T", "Is <b> bold?", (("a", "x < y & z"), ("b", "no")),
                                   {"a": "", "b": ""}, "0" * 20))
    page = question("zz.q")._repr_html_()
    assert "<b>" not in page and "Is &lt;b&gt; bold?" in page and "x &lt; y &amp; z" in page

    labels("zz.s", "T", "spectrum",
           ({"id": "S<1>", "partner": "A & B", "text": "<script>x</script>", "evidence": "e", "hint": "h"},),
           {"S<1>": "0" * 20})
    page = scenarios("zz.s")._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page and "A &amp; B" in page
    assert "S&lt;1&gt;" in page


def test_asking_for_the_wrong_kind_of_question_says_which_to_use():
    import pytest

    from grader.checks.show import question, scenarios

    with pytest.raises(KeyError, match="not a choice question"):
        question("01.spectrum")
    with pytest.raises(KeyError, match="has no scenarios"):
        scenarios("00.power")
