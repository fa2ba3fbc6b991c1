"""Does every facilitator guide have its sections, agendas that add up, and the right rubric total?"""

from __future__ import annotations

import re

import pytest

from grader.course.syllabus import course_root, load_syllabus

SECTIONS = [
    "Overview", "60-minute agenda", "90-minute agenda", "Discussion prompts",
    "Breakout activity", "Rubric", "Common misconceptions", "Sources",
]
MODULES = load_syllabus().modules


def guide(module) -> str:
    (path,) = (course_root() / "course" / "facilitator").glob(f"{module.id}-*.md")
    return path.read_text(encoding="utf-8")


def section(text: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"missing section: ## {title}"
    return match.group(1)


def agenda_minutes(text: str) -> int:
    """Sum the first number of each table row's first cell (the minutes column)."""
    total = 0
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.strip().startswith("|") and cells and re.fullmatch(r"\**\d+\**( ?min(utes)?)?", cells[0]):
            total += int(re.search(r"\d+", cells[0]).group())
    return total


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_guide_has_every_section(module):
    headings = re.findall(r"^## (.+?)\s*$", guide(module), re.M)
    assert [h for h in headings if h in SECTIONS] == SECTIONS


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
@pytest.mark.parametrize("minutes", [60, 90])
def test_agenda_adds_up(module, minutes):
    assert agenda_minutes(section(guide(module), f"{minutes}-minute agenda")) == minutes


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_rubric_total_matches_the_exercise_manual_points(module):
    rubric = section(guide(module), "Rubric")
    total = re.search(r"Total:\s*\**\s*([\d.]+)\s*points?", rubric)
    assert total, "the rubric should end with 'Total: N points'"
    assert float(total.group(1)) == module.exercise.manual_points
