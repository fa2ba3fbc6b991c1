"""Are there four levers, each explained, and is a lever found by its key, name or a common word?"""

from __future__ import annotations

import pytest

from grader.domain.levers import LEVERS, UnknownLever, lever, lever_keys


def test_there_are_four_levers_each_explained():
    assert lever_keys() == ["data", "regulatory authority", "relationships", "funding"]
    for item in LEVERS:
        assert item.plain_words.endswith(".") and len(item.examples) >= 2


@pytest.mark.parametrize("text, key", [
    ("data", "data"), ("Data and evidence", "data"), ("REGULATION", "regulatory authority"),
    ("  regulatory   authority ", "regulatory authority"), ("money", "funding"), ("relationships", "relationships"),
    ("Relationships across government", "relationships"),
])
def test_a_lever_is_found_by_its_key_name_or_a_common_word(text, key):
    assert lever(text).key == key


def test_an_unknown_lever_lists_the_four():
    with pytest.raises(UnknownLever, match='"press release" is not one of the levers. Use one of: "data", '
                                           '"regulatory authority", "relationships", "funding".'):
        lever("press release")
