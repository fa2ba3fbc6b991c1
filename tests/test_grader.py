"""Does the package keep its shape: one façade, layers whose imports point down only, no
import circles, one name per concept, and tests that mirror the package?

The layer table below is the one in CONTRIBUTING.md; change both together.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

import grader
from grader.course.syllabus import course_root
from tests.support.imports import Import, cycles, imports, modules

ROOT = course_root()
PACKAGE = ROOT / "grader"

# A module may import from its own package and from packages of a lower rank, never up.
LAYERS = {
    "course": 0,   # syllabus, Riverbend data (no Jupyter)
    "tools": 0,    # maintainer tools (nbclean)
    "domain": 1,   # plain, typed models and rules
    "checks": 2,   # check registry, check kinds, catalog, evidence
    "charts": 3,   # accessible matplotlib figures
    "cohort": 3,   # the trainer's workflow over nbgrader
    "learner": 4,  # kernel set-up, folder, store, progress, course map, take-away documents
    "widgets": 5,  # ipywidgets views (they save through the learner's store)
    "hosting": 5,  # JupyterHub set-ups
}
ROOT_FILES = {"__init__.py", "cli.py"}  # the façade and the command line: the top layer

# Modules of checks/ and widgets/ that are kinds or plumbing, not one of the course's concepts.
GENERIC = {
    "checks": {"catalog", "charts", "choice", "evidence", "feedback", "hashing", "labels", "ranking", "registry",
               "resident_charts", "show", "tables"},
    "widgets": {"check_exercise", "choice", "common", "list_editor", "picker", "reflection"},
}
# Test folders that do not mirror a package: whole-course checks of content, exercise round
# trips through real nbgrader, browser tests, and helpers shared by tests.
NOT_MIRRORED = {"browser", "content", "exercises", "support"}


def layer(module: str) -> str | None:
    """The package a module belongs to (``None`` for the façade and the CLI at the root)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in LAYERS) else None


def upward(edges: list[Import]) -> list[str]:
    wrong = []
    for edge in edges:
        source, target = layer(edge.importer), layer(edge.imported)
        if source is None or source == target:
            continue  # the root may import anything; a package may import itself
        if target is None or source not in LAYERS or target not in LAYERS or LAYERS[target] >= LAYERS[source]:
            wrong.append(f"{edge.importer} (line {edge.line}) imports {edge.imported}: "
                         f"{source} may import only from {_below(source)}")
    return wrong


def _below(package: str) -> str:
    return ", ".join(sorted(p for p, rank in LAYERS.items() if rank < LAYERS.get(package, -1))) or "nothing"


def test_the_package_root_holds_only_the_facade_and_the_command_line():
    extra = sorted(p.name for p in PACKAGE.iterdir() if p.suffix == ".py" and p.name not in ROOT_FILES)
    assert not extra, f"Move {extra} into one of the packages: {sorted(LAYERS)} (see CONTRIBUTING.md)."


def test_every_package_has_a_place_in_the_layers():
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert packages == sorted(LAYERS), "Add a new package to LAYERS here and to CONTRIBUTING.md."


def test_there_is_no_import_circle():
    assert cycles(imports(PACKAGE)) == []


def test_imports_point_down_the_layers_only():
    assert upward(imports(PACKAGE)) == []


def test_the_checker_finds_a_circle_and_an_upward_import(tmp_path):
    fake = tmp_path / "grader"
    for folder in ("", "domain", "checks"):
        (fake / folder).mkdir(exist_ok=True)
        (fake / folder / "__init__.py").write_text("")
    (fake / "domain" / "plan.py").write_text("def f():\n    from grader.checks import kind\n")
    (fake / "checks" / "kind.py").write_text("from grader.domain.plan import f\n")
    edges = imports(fake)
    assert cycles(edges) == [["grader.checks.kind", "grader.domain.plan"]]
    assert len(upward(edges)) == 1 and "grader.domain.plan (line 2) imports grader.checks.kind" in upward(edges)[0]


def test_type_only_imports_do_not_count(tmp_path):
    fake = tmp_path / "grader"
    (fake / "domain").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "domain" / "__init__.py").write_text("")
    (fake / "domain" / "a.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                          "    from grader.domain.b import B\n")
    (fake / "domain" / "b.py").write_text("from grader.domain.a import A\n")
    assert [(e.importer, e.imported) for e in imports(fake)] == [("grader.domain.b", "grader.domain.a")]


def test_checks_and_widgets_are_named_after_the_concept_they_serve():
    concepts = {name.rpartition(".")[2] for name in modules(PACKAGE / "domain")}
    for package, generic in GENERIC.items():
        names = {p.stem if p.suffix else p.name for p in (PACKAGE / package).iterdir()
                 if p.name != "__init__.py" and not p.name.startswith("__") and (p.suffix == ".py" or p.is_dir())}
        unnamed = sorted(names - concepts - generic)
        assert not unnamed, (f"grader/{package}/{unnamed}: name a module after its domain concept "
                             f"(grader/domain/<concept>.py), or list it as a generic kind in GENERIC.")


def test_every_name_the_facade_lists_can_be_loaded():
    for name in grader.__all__:
        assert getattr(grader, name) is not None, name


def test_every_notebook_imports_the_course_from_the_facade_only():
    wrong = []
    for notebook in sorted([*ROOT.glob("modules/*.ipynb"), *ROOT.glob("exercises/*/*.ipynb"),
                            *ROOT.glob("course/*.ipynb")]):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            source = "\n".join(line for line in "".join(cell["source"]).splitlines()
                               if not line.lstrip().startswith(("%", "!")))
            for node in ast.walk(ast.parse(source)):
                module = (node.module if isinstance(node, ast.ImportFrom) else
                          next((a.name for a in node.names), "") if isinstance(node, ast.Import) else "")
                if module and module.startswith("grader") and module != "grader":
                    wrong.append(f"{notebook.relative_to(ROOT)}: {module}")
                if isinstance(node, ast.ImportFrom) and node.module == "grader":
                    missing = [a.name for a in node.names if a.name not in grader.__all__]
                    wrong += [f"{notebook.relative_to(ROOT)}: {name} is not in the façade" for name in missing]
    assert wrong == []


def mirrored_module(test: Path) -> str | None:
    """The grader module a test file covers: tests/<pkg>/test_<module>[_<aspect>].py, or
    tests/<pkg>/test_<subpackage>.py for a subpackage's ``__init__``."""
    relative = test.relative_to(ROOT / "tests")
    folder = PACKAGE.joinpath(*relative.parts[:-1])
    stem = test.stem.removeprefix("test_")
    if relative.parts == ("test_grader.py",):
        return "grader"
    words = stem.split("_")
    for cut in range(len(words), 0, -1):
        name = "_".join(words[:cut])
        if (folder / f"{name}.py").is_file() or (folder / name / "__init__.py").is_file():
            return ".".join(["grader", *relative.parts[:-1], name])
    return None


def test_test_files_mirror_the_package():
    lost = []
    for test in sorted((ROOT / "tests").rglob("test_*.py")):
        if test.relative_to(ROOT / "tests").parts[0] in NOT_MIRRORED:
            continue
        if mirrored_module(test) is None:
            lost.append(str(test.relative_to(ROOT)))
    assert lost == [], ("Name each test file after the module it tests (tests/<package>/test_<module>.py), "
                        "or move whole-course content checks to tests/content/.")


def test_no_test_module_imports_another_test_module():
    wrong = []
    for test in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(test.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tests.")
                    and node.module.rpartition(".")[2].startswith("test_")):
                wrong.append(f"{test.relative_to(ROOT)} imports {node.module}")
    assert wrong == [], "Put what tests share in tests/support/ or a fixture in conftest.py."


@pytest.mark.parametrize("name", ["check", "points", "SpectrumMapper", "load", "takeaway"])
def test_the_facade_names_what_notebooks_use(name):
    assert name in grader.__all__
