"""Do modules open, and exercises instruct, in short sentences a busy reader can follow?

A module's opening (its title cell, up to the first heading after the title) and every
instruction an exercise gives (its read-only markdown cells) keep each sentence to about 25
words; this test fails on a sentence over 30. Citations (a paragraph that starts "Sources:"),
tables, headings and code are not prose and are left out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from grader.course.syllabus import course_root

ROOT = course_root()
MODULES = sorted((ROOT / "modules").glob("*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*/*.ipynb"))
LIMIT = 30

_CITATION = re.compile(r"^\**_?\*?(Sources?|Facts)\b[^\n]*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'*)_]*\s+(?=[\"'*(_]*[A-Z0-9])")
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|vs|Dr|Mr|Ms|Mrs|St|No)\.", re.IGNORECASE)


def _plain(text: str) -> str:
    text = re.sub(r"`[^`]*`", "code", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = _ABBREVIATIONS.sub(lambda m: m.group(0)[:-1], text)
    return text


def units(markdown: str) -> list[str]:
    """Paragraphs and list items of prose: no headings, tables, code blocks or citations."""
    markdown = re.sub(r"```.*?```", "", markdown, flags=re.DOTALL)
    out: list[str] = []
    for block in re.split(r"\n\s*\n", markdown):
        lines = [line for line in block.splitlines()
                 if line.strip() and not line.lstrip().startswith(("#", "|", ">"))]
        items: list[list[str]] = []
        for line in lines:
            if re.match(r"\s*([-*+]|\d+\.)\s", line) or not items:
                items.append([re.sub(r"^\s*([-*+]|\d+\.)\s+", "", line)])
            else:
                items[-1].append(line.strip())
        for item in items:
            text = " ".join(item).strip()
            if text and not _CITATION.match(text) and "BEGIN SOLUTION" not in text:
                out.append(text)
    return out


def sentences(markdown: str) -> list[str]:
    """The sentences of a markdown text's prose."""
    return [s.strip() for unit in units(markdown) for s in _SENTENCE_END.split(_plain(unit)) if s.strip()]


def words(sentence: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,/-]*", sentence))


def opening(path: Path) -> str:
    """The module's title cell up to its first heading after the title."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    first = "".join(cells[0]["source"])
    return re.split(r"^##\s", first, maxsplit=1, flags=re.MULTILINE)[0]


def instructions(path: Path) -> str:
    """An exercise's read-only markdown cells: what it asks the learner to do."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
                       and not c.get("metadata", {}).get("nbgrader", {}).get("solution", False))


def long_sentences(markdown: str) -> list[str]:
    return [f"({words(s)} words) {s}" for s in sentences(markdown) if words(s) > LIMIT]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_a_module_opens_in_short_sentences(path):
    assert long_sentences(opening(path)) == []


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.parent.name)
def test_exercise_instructions_are_short_sentences(path):
    assert long_sentences(instructions(path)) == []


def test_sentences_split_on_full_stops_and_list_items_and_skip_citations_tables_and_code():
    text = ("# Title\n\nOne short sentence. Another one, e.g. this.\n\n- an item\n- a second item\n  "
            "that wraps.\n\n| a | b |\n|---|---|\n\n```\nx = 1\n```\n\nSources: a very long list.")
    assert sentences(text) == ["One short sentence.", "Another one, e.g this.", "an item",
                               "a second item that wraps."]
    assert words("Use `check(...)` on the [glossary](../glossary.md) page.") == 7


def test_a_sentence_over_the_limit_is_caught():
    long = " ".join(["word"] * (LIMIT + 1)) + "."
    assert long_sentences(f"# T\n\n{long} Short.") == [f"({LIMIT + 1} words) {long}"]
    assert long_sentences(" ".join(["word"] * LIMIT) + ".") == []
