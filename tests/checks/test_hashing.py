"""Do answer digests hide the answer, tolerate how learners type, and bind to one question?"""

from __future__ import annotations

import hashlib
import re

import pytest

from grader.checks.hashing import digest, matches, normalize


@pytest.mark.parametrize("value, expected", [
    ("  Collaborate ", "collaborate"),
    ("DEFER   TO", "defer to"),
    ("defer\tto\n", "defer to"),
    (4, "4"),
    ("Straße", "strasse"),  # casefold, not just lower
])
def test_case_and_spacing_do_not_matter(value, expected):
    assert normalize(value) == expected


def test_digest_is_20_lowercase_hex_characters():
    assert re.fullmatch(r"[0-9a-f]{20}", digest("00.power", "choice", "b"))


def test_digest_is_the_start_of_sha256_over_id_item_and_normalized_value():
    expected = hashlib.sha256(b"00.power\x1fchoice\x1fb").hexdigest()[:20]
    assert digest("00.power", "choice", " B ") == expected


def test_digest_is_stable_across_runs():
    # Pinned: the catalog's digests depend on this never changing.
    assert digest("00.power", "choice", "b") == "10115bb9cb24c729715b"


def test_the_same_value_gives_the_same_digest_however_it_is_typed():
    assert digest("01.spectrum", "P1", "Defer  To") == digest("01.spectrum", "P1", "defer to")
    assert digest("01.spectrum", "P1", 2) == digest("01.spectrum", "P1", "2")


def test_a_digest_is_bound_to_its_check_and_item():
    base = digest("01.spectrum", "P1", 2)
    assert digest("ex01.spectrum", "P1", 2) != base
    assert digest("01.spectrum", "P2", 2) != base
    assert digest("01.spectrum", "P1", 3) != base


def test_a_digest_does_not_contain_the_answer():
    assert "collaborate" not in digest("01.spectrum", "P3", "collaborate")


def test_matches_compares_with_the_stored_digest():
    stored = digest("00.power", "choice", "b")
    assert matches("00.power", "choice", "B", stored)
    assert not matches("00.power", "choice", "a", stored)
