"""How many automatic exercise points still depend on the words a learner writes? (issue 13)

    .venv/bin/python benchmarks/word_points.py                 # this checkout
    .venv/bin/python benchmarks/word_points.py --root ../main  # another checkout, to compare
    .venv/bin/python benchmarks/word_points.py --json

It prints each scored line of an exercise check whose status moves with the words of a written part
(put in nonsense, keyword stuffing, "time time time", "suppression": texts that are there but hold
no number, cadence or partner's name), with its share of the cell's points, then the total. How it
decides is in ``tests/support/word_lines.py``; with ``--root`` the checks, model answers and
exercises come from that checkout, and the method from this one.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--json", action="store_true", help="print every line as JSON")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if not (root / "grader" / "checks").is_dir():
        parser.error(f"{root} is not a checkout of the course: it has no grader/checks folder.")
    sys.path.insert(0, str(root))
    # the method from this checkout, everything it measures from ``root``
    found = importlib.util.spec_from_file_location("word_lines", ROOT / "tests" / "support" / "word_lines.py")
    assert found is not None and found.loader is not None
    method = importlib.util.module_from_spec(found)
    sys.modules["word_lines"] = method  # dataclasses look their module up while it loads
    found.loader.exec_module(method)
    lines, total = method.measure(root)
    if args.json:
        print(json.dumps([dataclasses.asdict(line) for line in lines], indent=1))
        return 0
    for line in lines:
        print(f"{line.exercise} {line.check_id}: {line.label!r} ({line.points:g} points), moved by "
              f"the words of {', '.join(line.moved_by)}")
    words = sum(line.points for line in lines)
    print(f"Total: {words:g} of {total:g} automatic points depend on the words a learner writes.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
