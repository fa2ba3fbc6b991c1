"""Does each module and exercise say once, and only once, that Riverbend County is fictional?

Saying it five to nine times in one notebook reads as noise. The one statement belongs where a
learner first meets Riverbend or its data. A sentence counts when it names Riverbend (or "this
data", "the data", "these tables") *and* calls it fictional, made up, synthetic or invented.
So an instruction such as "You may invent believable details" does not count, nor does "real
organizations from your work, or fictional ones": neither is about Riverbend being fictional.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from grader.course.syllabus import course_root

ROOT = course_root()
NOTEBOOKS = sorted(ROOT.glob("modules/*.ipynb")) + sorted(ROOT.glob("exercises/*/*.ipynb"))

SUBJECT = re.compile(r"\briverbend\b|\bdata\b|\bthese tables\b", re.I)
FICTIONAL = re.compile(r"\bfictional\b|\bmade[ -]up\b(?! of)|\bsynthetic\b|\binvented\b", re.I)
PARAGRAPH_END = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*]|\d+\.) )")
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")


def paragraphs(markdown: str) -> list[str]:
    """The paragraphs and list items of a markdown cell, with emphasis marks removed."""
    text = markdown.replace("**", "").replace("__", "")
    return [p.strip() for p in PARAGRAPH_END.split(text) if p.strip()]


def says_fictional(paragraph: str) -> bool:
    """Does one sentence of the paragraph call Riverbend, or the data, fictional?"""
    return any(SUBJECT.search(s) and FICTIONAL.search(s) for s in SENTENCE_END.split(paragraph))


def fictional_statements(path: Path) -> list[tuple[int, str]]:
    """(cell index, paragraph) for each paragraph saying Riverbend or its data is fictional."""
    notebook = nbformat.read(path, as_version=4)
    return [
        (index, paragraph)
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "markdown"
        for paragraph in paragraphs(cell.source)
        if says_fictional(paragraph)
    ]


def test_the_counter_finds_each_statement_once_and_skips_instructions():
    cell = (
        "### Meet the data\n\n**Riverbend County is fictional.** Its groups are **synthetic data**. "
        "Every number is invented.\n\n- Riverbend is made up.\n- Reports made up of tables.\n\n"
        "You may invent believable details. Use real organizations from your work, or fictional ones. "
        "This is a national standard, not a rule we made up.\n\nRemember: this is synthetic data."
    )
    found = [p for p in paragraphs(cell) if says_fictional(p)]
    assert found == [
        "Riverbend County is fictional. Its groups are synthetic data. Every number is invented.",
        "- Riverbend is made up.",
        "Remember: this is synthetic data.",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_says_riverbend_is_fictional_exactly_once(path):
    found = fictional_statements(path)
    assert len(found) == 1, (
        f"{path.relative_to(ROOT)} says Riverbend is fictional {len(found)} times; say it once, where "
        f"learners first meet Riverbend or its data (for example \"**Riverbend County is fictional**: its "
        f"groups, people and numbers are synthetic data, made up for practice.\"), and nowhere else: {found}"
    )
