"""Is a written part filled in? A presence check that never reads what the words say."""

from __future__ import annotations

import pytest

from grader.domain.finding import is_written


@pytest.mark.parametrize("text", ["", "   ", "...", "…", "TBD", " tbd. ", "To be determined", "N/A", "?", "-", "none",
                                  None, 3])
def test_blanks_and_placeholders_are_not_written(text):
    assert not is_written(text)


@pytest.mark.parametrize("text", ["asdf", "Why?", "time time time", "Counts from 1 to 10 are suppressed",
                                  "Lorem ipsum dolor sit amet"])
def test_anything_else_is_written_whatever_its_words(text):
    assert is_written(text)
