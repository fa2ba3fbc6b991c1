"""Is the upstream scale well defined, do placements accept what learners type, and do the
interventions' hints keep the answer to the learner?"""

from __future__ import annotations

import re

import pytest

from grader.domain.upstream import (
    SCALE,
    WORKED_EXAMPLE,
    Placement,
    UnknownUpstreamLevel,
    as_placements,
    level_keys,
    upstream_level,
)
from tests.support.items import item_set
from tests.support.keys_09 import SORTS

EXERCISE_HOUSING = item_set("ex09.housing")
EXERCISE_WORK = item_set("ex09.work")
PRACTICE = item_set("09.sort")

SETS = {"PRACTICE": PRACTICE, "EXERCISE_HOUSING": EXERCISE_HOUSING, "EXERCISE_WORK": EXERCISE_WORK}
KEYS = {"PRACTICE": SORTS["09.sort"], "EXERCISE_HOUSING": SORTS["ex09.housing"],
        "EXERCISE_WORK": SORTS["ex09.work"]}
LEVEL_WORDS = sorted({level.key for level in SCALE} | {level.name for level in SCALE}
                     | {"root cause", "downstream", "upstream", "midstream"})


# ---- the scale ----

def test_the_scale_runs_from_downstream_to_the_root_causes():
    assert level_keys() == ["downstream", "midstream", "upstream", "root causes"]
    assert [level.number for level in SCALE] == [1, 2, 3, 4]


@pytest.mark.parametrize("level", SCALE, ids=lambda level: level.key)
def test_every_level_has_plain_words_a_guiding_question_and_two_examples(level):
    assert level.plain_words.endswith(".") and len(level.plain_words.split()) >= 15
    assert level.question.endswith("?")
    assert level.housing_example and level.work_example
    assert level.label == f"{level.number} {level.key}"


def test_the_examples_go_upstream_as_the_design_says_for_housing_and_work():
    downstream_half = " ".join(lvl.housing_example + lvl.work_example for lvl in SCALE[:2])
    upstream_half = " ".join(lvl.housing_example + lvl.work_example for lvl in SCALE[2:])
    assert "lead paint and mold" in downstream_half and "safety inspection" in downstream_half
    assert "tenants' rights" in upstream_half and "minimum wage" in upstream_half
    assert "workers who organize" in upstream_half


@pytest.mark.parametrize("value, key", [
    ("downstream", "downstream"), ("Mid-stream", "midstream"), ("  UP   stream ", "upstream"),
    ("root cause", "root causes"), ("Root Causes", "root causes"), (4, "root causes"), ("1", "downstream"),
    ("3 upstream", "upstream"), ("Shift power", "root causes"), ("fix the hazard in one place", "midstream"),
])
def test_a_level_is_found_by_its_key_name_number_or_a_common_spelling(value, key):
    assert upstream_level(value).key == key


@pytest.mark.parametrize("value", ["sideways", "5", 0, "", "root"])
def test_an_unknown_level_lists_the_four(value):
    with pytest.raises(UnknownUpstreamLevel, match='Use one of: "downstream", "midstream", "upstream", "root causes".'):
        upstream_level(value)


# ---- placements ----

def test_a_placement_tidies_what_the_learner_typed():
    placed = Placement(" h2 ", 2, "  It fixes   one home only. ")
    assert placed == Placement("H2", "midstream", "It fixes one home only.")


def test_a_template_placement_is_blank_until_filled_in():
    assert Placement(..., ..., ...).blank and Placement().blank
    assert not Placement("H1", ..., ...).blank


def test_a_placement_with_an_unknown_level_says_how_to_fix_it():
    with pytest.raises(ValueError, match='"sideways" is not a level of the upstream scale'):
        Placement("H1", "sideways", "a reason")


def test_a_reason_that_is_not_text_is_refused_with_a_fix():
    with pytest.raises(ValueError, match="reason should be text in quotes"):
        Placement("H1", "upstream", 42)


def test_a_placement_survives_to_dict_and_back():
    placed = Placement("W2", "root causes", "Workers gain power to enforce.")
    assert Placement.from_dict(placed.to_dict()) == placed


def test_from_dict_names_an_unknown_part():
    with pytest.raises(ValueError, match="no part called why. Use: intervention, level, reason"):
        Placement.from_dict({"intervention": "H1", "why": "x"})


def test_placements_come_from_objects_tuples_or_dictionaries_and_blank_rows_drop_out():
    found = as_placements([
        Placement("H1", "upstream", "a"), ("H2", "downstream", "b"),
        {"intervention": "H3", "level": "midstream", "reason": "c"}, Placement(..., ..., ...), ...,
    ])
    assert [p.intervention for p in found] == ["H1", "H2", "H3"]


@pytest.mark.parametrize("answer, message", [
    ("H1 upstream", "Expected a list of Placement(...) entries, but this is a str."),
    (42, "Expected a list of Placement(...) entries, but this is a int."),
    ([Placement("H1", "upstream", "a"), "H2"], "Entry 2 is a str; write each entry as Placement("),
    ([("H1", "sideways", "a")], 'Entry 1: "sideways" is not a level'),
])
def test_answers_in_the_wrong_shape_say_how_to_write_them(answer, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        as_placements(answer)


# ---- the interventions ----

def test_every_intervention_set_in_the_item_files_is_covered_here():
    from grader.checks.upstream import INTERVENTION_SETS

    assert {id(found) for found in INTERVENTION_SETS.values()} == {id(found) for found in SETS.values()}


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_one_intervention_per_level_in_an_order_that_gives_nothing_away(name):
    found = SETS[name]
    ids = [item.id for item in found]
    assert len(set(ids)) == len(ids) == len(SCALE)
    assert sorted(KEYS[name].values()) == sorted(level_keys())
    by_level = sorted(ids, key=lambda i: upstream_level(KEYS[name][i]).number)
    assert by_level != ids and by_level != ids[::-1]


@pytest.mark.parametrize("item", [i for found in SETS.values() for i in found], ids=lambda i: i.id)
def test_every_field_is_filled_and_feedback_never_names_a_level(item):
    for part in ("id", "theme", "text", "evidence", "hint"):
        assert getattr(item, part).strip(), (item.id, part)
    assert item.hint.startswith("Ask: ")
    for text in (item.evidence, item.hint):
        named = [w for w in LEVEL_WORDS if re.search(rf"\b{re.escape(w)}", text, re.IGNORECASE)]
        assert not named, (item.id, named)


def test_the_exercise_goes_upstream_on_housing_and_on_work_as_the_design_says():
    housing = " ".join(i.text for i in EXERCISE_HOUSING).casefold()
    work = " ".join(i.text for i in EXERCISE_WORK).casefold()
    assert "lead paint and mold" in housing and "tenant" in housing and "eviction" in housing
    assert "minimum wage" in work and "workers" in work and "safety inspectors" in work


def test_the_worked_example_runs_downstream_to_upstream_and_is_not_a_question_learners_answer():
    assert [upstream_level(step.level).number for step in WORKED_EXAMPLE] == [1, 2, 3, 4]
    asked = {i.text for found in SETS.values() for i in found} | {i.id for found in SETS.values() for i in found}
    assert not {step.text for step in WORKED_EXAMPLE} & asked
    assert not {step.id for step in WORKED_EXAMPLE} & asked
    assert all(len(step.reason.split()) >= 5 for step in WORKED_EXAMPLE)


def test_a_sort_saved_as_a_file_keeps_its_order_and_blank_rows(tmp_path):
    from grader.domain.upstream import Placement, load_sort, save_sort

    rows = [Placement("H2", "downstream", "Care for one family after the harm"), Placement()]
    path = save_sort(rows, tmp_path / "upstream-housing.json")
    assert load_sort(path) == rows
