"""Is the course in American spelling everywhere, and does nothing a learner reads point to
the project's own design documents instead of the sources?"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from grader.course.syllabus import course_root
from grader.tools.american import american, british

ROOT = course_root()
LEARNER_FACING = [*sorted((ROOT / "modules").glob("*.ipynb")), *sorted((ROOT / "exercises").glob("*/*.ipynb")),
                  *sorted((ROOT / "course").rglob("*.ipynb")), *sorted((ROOT / "course").rglob("*.md")),
                  *sorted((ROOT / "course").rglob("*.toml")), *sorted((ROOT / "grader").rglob("*.csv"))]
CODE = sorted((ROOT / "grader").rglob("*.py"))
DESIGN_DOCUMENTS = re.compile(r"\bDESIGN\b|(?i:course'?s? design|design document|not available to the course)")


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", [*LEARNER_FACING, *CODE, ROOT / "README.md", ROOT / "CONTRIBUTING.md"], ids=relative)
def test_spelling_is_american(path):
    found = british(path.read_text(encoding="utf-8"))
    assert found == [], "; ".join(f"line {n}: {word} (write {american(word)})" for n, word in found)


def test_the_spelling_check_finds_british_words_and_leaves_shared_ones():
    assert [word for _, word in british("The neighbourhood's mould and the organisation's behaviour")] == [
        "neighbourhood", "mould", "organisation", "behaviour"]
    assert british("An analysis of the organism; an optimistic program in the neighborhood center") == []
    assert american("Organise the Neighbourhood") == "Organize the Neighborhood"


def learner_text(path: Path) -> list[str]:
    """What a learner reads in a file: every cell of a notebook, all of a page or data file."""
    if path.suffix == ".ipynb":
        return ["".join(cell["source"]) for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]]
    return [path.read_text(encoding="utf-8")]


def strings_shown_to_learners(path: Path) -> list[str]:
    """String constants in code, leaving out docstrings, which only maintainers read."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


@pytest.mark.parametrize("path", LEARNER_FACING, ids=relative)
def test_learners_read_the_sources_not_the_design_documents(path):
    mentions = [m.group(0) for text in learner_text(path) for m in DESIGN_DOCUMENTS.finditer(text)]
    assert mentions == [], "Name the source page in the module's Sources section instead."


@pytest.mark.parametrize("path", CODE, ids=relative)
def test_feedback_and_messages_never_cite_the_design_documents(path):
    mentions = [text for text in strings_shown_to_learners(path) if DESIGN_DOCUMENTS.search(text)]
    assert mentions == []
