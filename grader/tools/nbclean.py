"""Keep committed notebooks clean: no outputs, no execution counts, trimmed metadata.

    python -m grader.tools.nbclean modules exercises course          # clean in place
    python -m grader.tools.nbclean --check modules exercises course  # list dirty notebooks, exit 1

Kept metadata: the kernelspec and language name of the notebook; ``nbgrader``, ``tags``,
``deletable`` and ``editable`` of each cell. Everything else (widget state, timings,
scroll positions) is dropped.

Learner mode: in a notebook that is not an nbgrader assignment, a code cell that only sets up
or shows the course (see ``is_helper_cell``) gets ``"jupyter": {"source_hidden": true}``, so
JupyterLab shows its output with the code collapsed (a learner can expand it with the blue bar
at its left). Every other cell has no ``jupyter`` metadata: the rule, not a hand edit, decides.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable
from pathlib import Path

import nbformat

KEEP_CELL_METADATA = ("nbgrader", "tags", "deletable", "editable")
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}
COLLAPSED = {"source_hidden": True}
COURSE_PACKAGE = "grader"


def course_names(notebook: nbformat.NotebookNode) -> set[str]:
    """The names a notebook imports from the course package (``from grader import ...``)."""
    names: set[str] = set()
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == COURSE_PACKAGE:
                names.update(alias.asname or alias.name for alias in node.names)
    return names


def _fixed(node: ast.expr, names: set[str]) -> bool:
    """Whether an argument is written by the course, not by the learner: literals, and names
    imported from the course with their attributes and calls (``LearnerStore.default().root``)."""
    if isinstance(node, ast.Constant):
        return node.value is not Ellipsis
    if isinstance(node, ast.Name):
        return node.id in names
    if isinstance(node, ast.Attribute):
        return _fixed(node.value, names)
    if isinstance(node, ast.Call):
        return _course_call(node, names)
    if isinstance(node, ast.UnaryOp):
        return _fixed(node.operand, names)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return all(_fixed(item, names) for item in node.elts)
    if isinstance(node, ast.Dict):
        return all(key is not None and _fixed(key, names) for key in node.keys) and all(
            _fixed(value, names) for value in node.values)
    return False


def _course_call(node: ast.expr, names: set[str]) -> bool:
    return (isinstance(node, ast.Call) and _fixed(node.func, names)
            and all(_fixed(arg, names) for arg in node.args)
            and all(_fixed(keyword.value, names) for keyword in node.keywords))


def is_helper_cell(source: str, names: set[str]) -> bool:
    """Whether a code cell only sets up or shows the course, so a learner need not read it.

    True when every statement is an import, or a call of a name imported from the course whose
    arguments the course wrote (``ChoiceQuestionWidget("03.best_practice")``, ``Reflection(
    "id", "prompt")``, ``course_map()``). False where the learner writes or reads code: a
    template with ``...``, a cell with only comments, an assignment, pandas, a ``check(...)``
    of the learner's answer, anything that does not parse.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    if not tree.body:
        return False
    for statement in tree.body:
        if isinstance(statement, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(statement, ast.Expr) and _course_call(statement.value, names):
            continue
        return False
    return True


def is_assignment(notebook: nbformat.NotebookNode) -> bool:
    """An nbgrader source assignment (its cells carry nbgrader metadata): nbgrader owns its cells."""
    return any("nbgrader" in cell.metadata for cell in notebook.cells)


def clean(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return the notebook with outputs, counts and stray metadata removed and helper cells
    collapsed (in place)."""
    notebook.metadata = nbformat.from_dict(
        {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    )
    names = set() if is_assignment(notebook) else course_names(notebook)
    for cell in notebook.cells:
        cell.metadata = nbformat.from_dict(
            {key: cell.metadata[key] for key in KEEP_CELL_METADATA if key in cell.metadata}
        )
        if cell.cell_type == "code" and names and is_helper_cell(cell.source, names):
            cell.metadata["jupyter"] = dict(COLLAPSED)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        if "attachments" in cell and not cell["attachments"]:
            del cell["attachments"]
    return notebook


def notebooks(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        candidates = [path] if path.suffix == ".ipynb" else sorted(path.rglob("*.ipynb"))
        found.extend(p for p in candidates if ".ipynb_checkpoints" not in p.parts)
    return found


def cleaned_text(path: Path) -> str:
    notebook = nbformat.read(path, as_version=4)
    return nbformat.writes(clean(notebook)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="notebooks or folders of notebooks")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if any is dirty")
    args = parser.parse_args(argv)
    dirty = []
    for path in notebooks(args.paths):
        text = cleaned_text(path)
        if path.read_text(encoding="utf-8") != text:
            dirty.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    verb = "needs cleaning" if args.check else "cleaned"
    for path in dirty:
        print(f"{verb}: {path}")
    if args.check and dirty:
        print("Run `make clean-notebooks` and commit the result.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
