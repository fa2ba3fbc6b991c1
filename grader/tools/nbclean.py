"""Keep committed notebooks clean: no outputs, no execution counts, trimmed metadata.

    python -m grader.tools.nbclean modules exercises course          # clean in place
    python -m grader.tools.nbclean --check modules exercises course  # list dirty notebooks, exit 1

Kept metadata: the kernelspec and language name of the notebook; ``nbgrader``, ``tags``,
``deletable`` and ``editable`` of each cell. Everything else (widget state, timings,
scroll positions) is dropped.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

import nbformat

KEEP_CELL_METADATA = ("nbgrader", "tags", "deletable", "editable")
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


def clean(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return the notebook with outputs, counts and stray metadata removed (in place)."""
    notebook.metadata = nbformat.from_dict(
        {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    )
    for cell in notebook.cells:
        cell.metadata = nbformat.from_dict(
            {key: cell.metadata[key] for key in KEEP_CELL_METADATA if key in cell.metadata}
        )
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
