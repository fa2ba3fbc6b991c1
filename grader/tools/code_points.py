"""How many automatic exercise points need Python that the learner writes?

    python -m grader.tools.code_points exercises            # a table per exercise, then the total
    python -m grader.tools.code_points --json exercises     # the same as JSON

A graded code cell (an nbgrader ``grade`` cell with points) is scored on the answer cell just
before it. That answer needs code when, as released (solution regions taken out, comment lines
ignored), it still holds a ``...`` for the learner to replace with Python. An answer cell that
only reads a file a builder widget saved (``plan = load_one_to_one("one-to-one-plan.json")``)
needs none: the Python form may sit beside it in comments, as a second route.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import nbformat

SOLUTION = re.compile(r"^[ \t]*### BEGIN SOLUTION[ \t]*$.*?^[ \t]*### END SOLUTION[ \t]*$", re.M | re.S)
HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS[ \t]*$.*?^[ \t]*### END HIDDEN TESTS[ \t]*$", re.M | re.S)


@dataclass(frozen=True)
class Part:
    exercise: str
    grade_id: str
    answer_id: str
    points: float
    needs_code: bool


def released_code(source: str) -> str:
    """An answer cell as a learner gets it, without comments: the code they must complete."""
    kept = SOLUTION.sub("", HIDDEN.sub("", source))
    return "\n".join(line.split("#", 1)[0].rstrip() for line in kept.splitlines() if line.split("#", 1)[0].strip())


def parts(notebook: Path) -> list[Part]:
    """Each automatically graded cell of an exercise, with the answer cell it scores."""
    found: list[Part] = []
    answer: tuple[str, str] | None = None  # (grade id, source) of the last code answer cell
    for cell in nbformat.read(notebook, as_version=4).cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code":
            continue
        if meta.get("solution"):
            answer = (meta.get("grade_id", ""), cell.source)
        elif meta.get("grade") and meta.get("points"):
            needs = answer is not None and "..." in released_code(answer[1])
            found.append(Part(notebook.stem, meta.get("grade_id", ""), answer[0] if answer else "",
                              float(meta["points"]), needs))
    return found


def measure(folders: list[Path]) -> list[Part]:
    notebooks = sorted(p for folder in folders for p in folder.rglob("ex*.ipynb")
                       if ".ipynb_checkpoints" not in p.parts)
    return [part for notebook in notebooks for part in parts(notebook)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print every graded part as JSON")
    args = parser.parse_args(argv)
    found = measure(args.folders)
    if args.json:
        print(json.dumps([asdict(part) for part in found], indent=1))
        return 0
    for exercise in sorted({part.exercise for part in found}):
        mine = [part for part in found if part.exercise == exercise]
        code = [f"{part.grade_id} ({part.points:g})" for part in mine if part.needs_code]
        print(f"{exercise}: {sum(p.points for p in mine if p.needs_code):g} of {sum(p.points for p in mine):g} "
              f"automatic points need code" + (f": {', '.join(code)}" if code else ""))
    total = sum(part.points for part in found)
    print(f"Total: {sum(p.points for p in found if p.needs_code):g} of {total:g} automatic points need code.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
