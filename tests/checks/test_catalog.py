"""Does the catalog register every item of course/items with the kind it names, and refuse an item
whose kind or fields do not fit, saying which item and how to fix it?"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.checks import known_checks, spec
from grader.checks.catalog import KINDS, register_item
from grader.course.items import Item, ItemError, all_items


def test_every_item_is_registered_as_a_check_graded_exactly_when_it_belongs_to_an_exercise():
    items = all_items()
    assert {item.id for item in items} == set(known_checks())
    assert all(spec(item.id).graded == item.id.startswith("ex") for item in items)


def test_every_kind_the_item_files_use_is_known_and_every_known_kind_is_used():
    assert {item.kind for item in all_items()} == set(KINDS)


def test_an_unknown_kind_is_refused_with_the_known_ones_listed():
    item = Item("multiple_choice", "01.new", {}, Path("01-build-strategic-partnerships.toml"))
    with pytest.raises(ItemError, match=r'item "01.new": unknown kind "multiple_choice". Known kinds: .*choice'):
        register_item(item)


def test_a_choice_item_with_one_option_is_refused_with_its_name():
    item = Item("choice", "01.new", {"title": "T", "question": "Q?", "digest": "0" * 20,
                                     "options": [{"letter": "a", "text": "x", "reason": "y"}]},
                Path("01-build-strategic-partnerships.toml"))
    with pytest.raises(ItemError, match=r'item "01.new": "01.new": give at least two options'):
        register_item(item)
