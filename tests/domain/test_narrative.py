"""Do the narratives read a learner's label in its common spellings, and do the statements and
paragraphs stay separate between practice and exercise, with reasons that never give the label away?"""

from __future__ import annotations

import pytest

from grader.domain.narrative import (
    NARRATIVES,
    TRANSFORMATIVE_MARKS,
    WORKED_EXAMPLE,
    WORKED_STATEMENT,
    Label,
    UnknownLabel,
    label,
    narrative,
)
from tests.support.items import item_set

EXERCISE_06 = item_set("ex06.statements")
EXERCISE_PARAGRAPH = item_set("ex06.rewrite")
PRACTICE = item_set("06.statements")
PRACTICE_PARAGRAPH = item_set("06.rewrite")

GIVEAWAYS = ("dominant", "transformative", "individualism", "market-only", "anti-government")


def test_there_are_three_dominant_narratives_each_explained():
    assert [n.key for n in NARRATIVES] == ["individualism", "market-only", "anti-government"]
    for item in NARRATIVES:
        assert item.says.endswith(".") and item.leaves_out.endswith(".") and len(item.sounds_like) >= 2
    assert narrative("market-only").name == "Market-only solutions"


def test_a_transformative_narrative_has_three_marks():
    assert len(TRANSFORMATIVE_MARKS) == 3
    assert any("conditions" in mark for mark in TRANSFORMATIVE_MARKS)
    assert any("structural" in mark for mark in TRANSFORMATIVE_MARKS)
    assert any("power-building" in mark for mark in TRANSFORMATIVE_MARKS)


@pytest.mark.parametrize("text, expected", [
    ("transformative", Label("transformative")),
    ("  Transformative. ", Label("transformative")),
    ("dominant", Label("dominant")),
    ("DOMINANT", Label("dominant")),
    ("individualism", Label("dominant", "individualism")),
    ("personal responsibility", Label("dominant", "individualism")),
    ("market only", Label("dominant", "market-only")),
    ("Dominant (market only)", Label("dominant", "market-only")),
    ("dominant: anti-government", Label("dominant", "anti-government")),
    ("dominant - anti government sentiment", Label("dominant", "anti-government")),
])
def test_a_label_is_read_in_its_common_spellings(text, expected):
    assert label(text) == expected


@pytest.mark.parametrize("text", ["harmful", "dominant: transformative", "neutral", "", "dominantly"])
def test_an_unknown_label_says_which_labels_to_use(text):
    with pytest.raises(UnknownLabel) as raised:
        label(text)
    message = str(raised.value)
    assert message.startswith(f'"{text}" is not a label here. Use one of: "dominant", "transformative"')
    assert '"dominant: individualism" works too' in message


def test_an_unknown_label_is_a_value_error():
    assert issubclass(UnknownLabel, ValueError)


@pytest.mark.parametrize("statement", PRACTICE + EXERCISE_06 + (WORKED_STATEMENT,), ids=lambda s: s.id)
def test_statement_reasons_never_name_a_label(statement):
    for text in (statement.evidence, statement.hint):
        lowered = text.casefold()
        assert not [word for word in GIVEAWAYS if word in lowered], (statement.id, text)
    assert statement.hint.startswith("Ask: ")


def test_statement_ids_are_unique_and_practice_differs_from_the_exercise():
    for found in (PRACTICE, EXERCISE_06):
        assert len({s.id for s in found}) == len(found)
    texts = {s.text for s in PRACTICE} | {WORKED_STATEMENT.text}
    assert not texts & {s.text for s in EXERCISE_06}
    assert WORKED_STATEMENT.id not in {s.id for s in PRACTICE + EXERCISE_06}


def test_the_three_paragraphs_to_rewrite_are_different_topics():
    topics = {WORKED_EXAMPLE.topic, PRACTICE_PARAGRAPH.topic, EXERCISE_PARAGRAPH.topic}
    assert len(topics) == 3
    assert len({WORKED_EXAMPLE.text, PRACTICE_PARAGRAPH.text, EXERCISE_PARAGRAPH.text}) == 3
