"""Does everything the course says about Riverbend agree with its world (course/world.toml)?

Every module, exercise (model answers included), facilitator guide, the start page, the course's
TOML pages and the strings in grader/ are read by grader/course/prose.py. A sentence that names
something Riverbend does not have, or states a fact the world contradicts, fails here with the
file, the cell or line, the sentence and the world fact. Fix the sentence, or, where the sentence
is right and the world incomplete, the world (with a "# Chosen:" comment); a real-world name goes
in course/real_world_names.toml with the reason. ``python -m grader.course.prose`` lists them all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.course.prose import Checker, Finding, course_files, load_real_world_names, passages
from grader.course.syllabus import course_root
from grader.course.world import load_world

ROOT = course_root()


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_world(), load_real_world_names())


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


def findings(checker: Checker, path: Path) -> list[Finding]:
    return [finding for passage in passages(path, ROOT) for finding in checker.check_passage(passage)]


def report(found: list[Finding]) -> str:
    return f"{len(found)} sentence(s) disagree with course/world.toml:\n" + "\n".join(map(str, found))


@pytest.mark.parametrize("path", course_files(ROOT), ids=relative)
def test_the_text_agrees_with_the_world(checker: Checker, path: Path) -> None:
    found = findings(checker, path)
    assert found == [], report(found)


def test_the_whole_course_is_scanned() -> None:
    names = {relative(p) for p in course_files(ROOT)}
    assert {"course/start.ipynb", "modules/07-mobilize-data-and-research.ipynb", "exercises/ex01/ex01.ipynb",
            "course/facilitator/00-orientation.md", "grader/domain/narrative.py",
            "course/items/10-capstone-department-plan.toml", "course/items/01-build-strategic-partnerships.toml",
            "grader/widgets/alliance_plan.py", "course/examples/10-capstone-department-plan.toml"} <= names


def test_a_contradiction_planted_in_a_copy_of_a_real_notebook_is_reported(checker: Checker, tmp_path: Path) -> None:
    import json

    notebook = json.loads((ROOT / "exercises" / "ex01" / "ex01.ipynb").read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "markdown", "metadata": {}, "source": [
        "We already send the Riverbend Worker Center fact sheets. The city council votes on the heat standard."]})
    copy = tmp_path / "ex01.ipynb"
    copy.write_text(json.dumps(notebook), encoding="utf-8")
    found = findings(checker, copy)
    cell = f"cell {len(notebook['cells'])}"
    assert [(f.where, f.sentence) for f in found] == [
        (cell, "We already send the Riverbend Worker Center fact sheets."),
        (cell, "The city council votes on the heat standard.")]
    assert "relationship with Riverbend Worker Center: not yet met" in found[0].fact
    assert "decided by Board of County Commissioners" in found[1].fact
    assert str(copy) in report(found)
