"""Are the partner scenarios well formed, and do their hints keep the answer to the learner?"""

from __future__ import annotations

import re

import pytest

from grader.checks.labels import case_sets
from grader.domain.scenarios import Scenario
from grader.domain.spectrum import SPECTRUM
from tests.support.items import item_set

EXERCISE_00 = item_set("ex00.spectrum")
EXERCISE_01 = item_set("ex01.spectrum")
ORIENTATION = item_set("00.spectrum")
PRACTICE = item_set("01.spectrum")

SETS = {"ORIENTATION": ORIENTATION, "EXERCISE_00": EXERCISE_00, "PRACTICE": PRACTICE,
        "EXERCISE_01": EXERCISE_01}
EVERY_SET = case_sets("spectrum")  # every spectrum item of course/items, registered by the catalog

# Words that name a level: every stance and impact, plus the stance words named in the brief.
LEVEL_WORDS = sorted(
    {lvl.stance for lvl in SPECTRUM} | {lvl.impact for lvl in SPECTRUM} | {"Defer"}
)


def _all() -> list[tuple[str, Scenario]]:
    return [(name, scenario) for name, found in SETS.items() for scenario in found]


def names_a_level(text: str) -> list[str]:
    return [word for word in LEVEL_WORDS if re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]


def test_every_scenario_set_in_the_item_files_is_covered_here():
    assert {id(found) for found in EVERY_SET.values()} == {id(found) for found in SETS.values()}


@pytest.mark.parametrize("name", SETS)
def test_ids_are_unique_within_each_set(name):
    ids = [scenario.id for scenario in SETS[name]]
    assert len(ids) == len(set(ids)), ids


def test_practice_and_exercise_sets_have_one_scenario_per_level():
    assert len(PRACTICE) == len(SPECTRUM)
    assert len(EXERCISE_01) == len(SPECTRUM)


@pytest.mark.parametrize("name, scenario", _all(), ids=lambda v: v if isinstance(v, str) else v.id)
def test_every_field_of_a_scenario_is_filled(name, scenario):
    for field in ("id", "partner", "text", "evidence", "hint"):
        assert getattr(scenario, field).strip(), f"{name} {scenario.id}: empty {field}"


@pytest.mark.parametrize("name, scenario", _all(), ids=lambda v: v if isinstance(v, str) else v.id)
def test_evidence_and_hint_never_name_a_level(name, scenario):
    assert names_a_level(scenario.evidence) == [], f"{scenario.id} evidence: {scenario.evidence}"
    assert names_a_level(scenario.hint) == [], f"{scenario.id} hint: {scenario.hint}"


@pytest.mark.parametrize("text, word", [("Residents were consulted? No: we Consult them.", "Consult"),
                                        ("They defer to residents", "Defer"),
                                        ("This gives the community a VOICE", "Voice")])
def test_the_level_word_guard_catches_a_level_name(text, word):
    assert word in names_a_level(text)


@pytest.mark.parametrize("name, scenario", _all(), ids=lambda v: v if isinstance(v, str) else v.id)
def test_hints_are_questions_that_start_with_ask(name, scenario):
    assert scenario.hint.startswith("Ask:") and scenario.hint.endswith("?")


def test_scenarios_are_immutable():
    with pytest.raises(AttributeError):
        PRACTICE[0].hint = "It is Inform."  # type: ignore[misc]
