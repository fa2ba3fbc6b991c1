"""How long does each module and exercise take a staff member who does not write code?

    python -m grader.tools.timing            # a table: estimate beside the syllabus minutes
    python -m grader.tools.timing --json     # the same as JSON

One method for every notebook, counted from the notebook and its items (course/items/*.toml):

- **reading**: the words of the Markdown cells and of what the course shows for each item (a
  question and its options, the scenarios or statements to label), at 200 words a minute, the
  pace of careful reading. A written answer's solution and feedback text are not counted;
- **one decision** (a choice question, or one drop-down of a picker, mapper or matcher): 1 minute
  each (``choice``, and each entry of a spectrum, statement, lever or CARE item);
- **a builder plan** (a one-to-one, accountability or alliance plan, an ally map, an equity
  review, a process redesign, an upstream sort): 12.5 minutes (10-15), whether the
  learner uses the builder or types it in Python; the capstone's department plan, seven parts
  of which three start from earlier work, counts as three plans;
- **a data task** with pandas (a table, a ratio, a chart, a ranking): 17.5 minutes (15-20) for a
  non-coder with the pandas cheat sheet;
- **a written answer** (an exercise's Markdown answer cell the trainer reads, or a rewrite in a
  module's RewriteReviewer): 12.5 minutes (10-15); a module's Reflection box (a few sentences): 5 minutes;
- **a self-assessment** (rating the objectives): 2 minutes; a chart viewer 2, the scorecard
  explorer 5;
- **running a code cell** and reading what it shows: half a minute each.

A task answered both by a widget and by a ``check(...)`` of the same item counts once. The
syllabus minutes of a module or exercise should be within ``TOLERANCE`` (25%) of this estimate;
``tests/tools/test_timing.py`` fails when they are not.

This module reads the syllabus and items as files (``tomllib``), so it imports nothing of the
course package (``grader/tools`` sits at the bottom of the package layers).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
WORDS_PER_MINUTE = 200
TOLERANCE = 0.25

DECISION = 1.0
PLAN = 12.5
DEPARTMENT_PLAN = 3 * PLAN
DATA_TASK = 17.5
WRITTEN_ANSWER = 12.5
REFLECTION = 5.0
SELF_ASSESSMENT = 2.0
CELL = 0.5
WIDGET_MINUTES = {"SelfAssessment": SELF_ASSESSMENT, "Reflection": REFLECTION, "IndicatorViewer": 2.0,
                  "ScorecardExplorer": 5.0, "RewriteReviewer": WRITTEN_ANSWER}

# item kind -> how it is timed
DECISION_KINDS = {"choice", "labels"}
PLAN_KINDS = {"accountability_plan", "alliance_plan", "ally_map", "equity_review", "one_to_one_plan",
              "process_redesign", "upstream_sort"}
# shown to read, timed by how it is answered: a rewrite is a written answer (in an exercise's answer
# cell, or in a module's RewriteReviewer)
SHOWN_KINDS = {"press_rewrite"}
DEPARTMENT_PLAN_KINDS = {"department_plan_review"}
DATA_KINDS = {"agenda_gaps", "breakdown_table", "budget_rules", "budget_totals", "chart_with_target",
              "group_counts", "ranking", "ratio_series", "resident_chart", "safe_counts_table",
              "safe_rates_table", "shares_by_item"}
# a builder shown without a check id -> the item kind it builds
BUILDER_KINDS = {"OneToOnePlanner": "one_to_one_plan", "AccountabilityPlanBuilder": "accountability_plan",
                 "AlliancePlanBuilder": "alliance_plan", "AllyMapBuilder": "ally_map",
                 "EquityReviewBuilder": "equity_review", "DecisionProcessRedesigner": "process_redesign",
                 "UpstreamSorter": "upstream_sort", "DepartmentPlanBuilder": "department_plan_review"}
NOT_SHOWN = re.compile(r"reason|feedback|hint|digest|key|why", re.I)  # item text read only after answering
SOLUTION = re.compile(r"### BEGIN (SOLUTION|HIDDEN TESTS).*?### END \1", re.S)
CHECK_ID = re.compile(r'\b[A-Za-z]\w*\(\s*"((?:\d\d|ex\d\d)\.\w+)"')
WIDGET = re.compile(r"\b([A-Z]\w+)\(")


@dataclass
class Estimate:
    """One notebook's estimate, part by part, beside its syllabus minutes."""

    name: str
    syllabus: int
    reading_words: int = 0
    tasks: Counter[str] = field(default_factory=Counter)  # task kind -> how many
    minutes_by_part: dict[str, float] = field(default_factory=dict)

    @property
    def minutes(self) -> float:
        return round(sum(self.minutes_by_part.values()), 1)

    @property
    def off_by(self) -> float:
        """How far the syllabus minutes are from the estimate, as a share of the estimate."""
        return (self.syllabus - self.minutes) / self.minutes

    @property
    def agrees(self) -> bool:
        return abs(self.off_by) <= TOLERANCE


def words(text: str) -> int:
    """Words a learner reads in Markdown: code marks, links' targets and table rules left out."""
    text = re.sub(r"\]\([^)]*\)", "]", text)  # [text](target) -> [text]
    text = re.sub(r"<[^>]+>", " ", text)
    return len(re.findall(r"[A-Za-z0-9][\w'’.,%$-]*", text))


def load_items(root: Path = ROOT) -> dict[str, dict]:
    """Every item of course/items/, by id."""
    items: dict[str, dict] = {}
    for path in sorted((root / "course" / "items").glob("*.toml")):
        for item in tomllib.loads(path.read_text(encoding="utf-8")).get("item", []):
            items[item["id"]] = item
    return items


def shown_words(item: dict) -> int:
    """The words the course shows for an item before it is answered: its question, options and entries."""
    count = words(item.get("question", ""))
    for value in item.values():
        if isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict):
                    count += sum(words(text) for name, text in entry.items()
                                 if isinstance(text, str) and not NOT_SHOWN.search(name))
    return count


def decisions(item: dict) -> int:
    """How many decisions an item asks for: one for a choice question, one per entry otherwise."""
    lists = [value for value in item.values() if isinstance(value, list) and value and isinstance(value[0], dict)]
    return 1 if item["kind"] == "choice" else max((len(value) for value in lists), default=1)


def _count(cells: list, items: dict[str, dict], found: Estimate) -> None:
    """Add the minutes of ``cells`` (a notebook or one of its sections) to ``found``, part by part."""
    ids: list[str] = []
    builders: list[str] = []
    widgets: Counter[str] = Counter()
    written = 0
    code_cells = 0
    for cell in cells:
        if cell.cell_type == "markdown":
            if SOLUTION.search(cell.source):
                written += 1
            else:
                found.reading_words += words(cell.source)
        elif cell.cell_type == "code":
            code_cells += 1
            source = SOLUTION.sub("", cell.source)
            ids += [check_id for check_id in dict.fromkeys(CHECK_ID.findall(source)) if check_id not in ids]
            for widget in WIDGET.findall(source):
                if widget in BUILDER_KINDS and not CHECK_ID.search(source):
                    builders.append(BUILDER_KINDS[widget])
                elif widget in WIDGET_MINUTES:
                    widgets[widget] += 1
    kinds_seen = set()
    minutes = {"decisions": 0.0, "builder plans": 0.0, "data tasks": 0.0}
    for check_id in ids:
        item = items.get(check_id)
        if item is None:
            continue
        kind = item["kind"]
        found.reading_words += shown_words(item)
        if kind in DEPARTMENT_PLAN_KINDS:
            if kind not in kinds_seen:
                minutes["builder plans"] += DEPARTMENT_PLAN
                found.tasks["department plan"] += 1
        elif kind in DECISION_KINDS:
            minutes["decisions"] += DECISION * decisions(item)
            found.tasks["decision"] += decisions(item)
        elif kind in PLAN_KINDS:
            minutes["builder plans"] += PLAN
            found.tasks["plan"] += 1
        elif kind in DATA_KINDS:
            minutes["data tasks"] += DATA_TASK
            found.tasks["data task"] += 1
        elif kind not in SHOWN_KINDS:
            raise ValueError(f"{check_id}: item kind {kind!r} has no timing in grader/tools/timing.py; add it to "
                             "DECISION_KINDS, PLAN_KINDS, DEPARTMENT_PLAN_KINDS, DATA_KINDS or SHOWN_KINDS.")
        kinds_seen.add(kind)
    for kind in builders:  # a builder with no check id of its own: its plan, unless a check already counted it
        if kind not in kinds_seen:
            minutes["builder plans"] += DEPARTMENT_PLAN if kind in DEPARTMENT_PLAN_KINDS else PLAN
            found.tasks["department plan" if kind in DEPARTMENT_PLAN_KINDS else "plan"] += 1
            kinds_seen.add(kind)
    minutes["written answers"] = WRITTEN_ANSWER * written
    found.tasks["written answer"] += written
    minutes["widgets"] = sum(WIDGET_MINUTES[name] * count for name, count in widgets.items())
    found.tasks.update({name.lower(): count for name, count in widgets.items()})
    minutes["running cells"] = CELL * code_cells
    for part, value in minutes.items():
        found.minutes_by_part[part] = found.minutes_by_part.get(part, 0.0) + value


def _finish(found: Estimate) -> Estimate:
    found.minutes_by_part["reading"] = found.reading_words / WORDS_PER_MINUTE
    found.minutes_by_part = {part: round(value, 1) for part, value in found.minutes_by_part.items()}
    found.tasks = Counter({kind: count for kind, count in found.tasks.items() if count})
    return found


def estimate(notebook_path: Path, name: str, syllabus: int, items: dict[str, dict]) -> Estimate:
    """The estimate for one notebook (a module or an exercise), by the method above."""
    found = Estimate(name, syllabus)
    _count(nbformat.read(notebook_path, as_version=4).cells, items, found)
    return _finish(found)


def sections(notebook_path: Path, items: dict[str, dict]) -> dict[str, float]:
    """Each "## " section's estimate in minutes, by its heading (the cells before the first: "(top)")."""
    groups: dict[str, list] = {"(top)": []}
    heading = "(top)"
    for cell in nbformat.read(notebook_path, as_version=4).cells:
        if cell.cell_type == "markdown" and cell.source.startswith("## "):
            heading = cell.source.splitlines()[0][3:].strip()
            groups.setdefault(heading, [])
        groups[heading].append(cell)
    found = {}
    for heading, cells in groups.items():
        part = Estimate(heading, 0)
        _count(cells, items, part)
        found[heading] = _finish(part).minutes
    return found


def syllabus(root: Path = ROOT) -> dict:
    return tomllib.loads((root / "course" / "syllabus.toml").read_text(encoding="utf-8"))


def estimates(root: Path = ROOT) -> list[Estimate]:
    """Every module's and every exercise's estimate, in syllabus order (a module, then its exercise)."""
    items = load_items(root)
    found = []
    for module in syllabus(root)["modules"]:
        notebook = root / "modules" / f"{module['id']}-{module['slug']}.ipynb"
        found.append(estimate(notebook, f"module {module['id']}", module["minutes"], items))
        exercise = module["exercise"]
        path = root / "exercises" / exercise["assignment"] / f"{exercise['assignment']}.ipynb"
        found.append(estimate(path, exercise["assignment"], exercise["minutes"], items))
    return found


def table(rows: list[Estimate]) -> str:
    lines = [f"{'notebook':<10} {'syllabus':>8} {'estimate':>8} {'off by':>7}  {'words':>5}  parts (minutes)",
             "-" * 100]
    for row in rows:
        parts = ", ".join(f"{part} {value:g}" for part, value in row.minutes_by_part.items() if value)
        flag = "" if row.agrees else "  <- over 25%"
        lines.append(f"{row.name:<10} {row.syllabus:>8} {row.minutes:>8.0f} {row.off_by:>+7.0%}  "
                     f"{row.reading_words:>5}  {parts}{flag}")
    modules = [row for row in rows if row.name.startswith("module")]
    exercises = [row for row in rows if not row.name.startswith("module")]
    lines.append("-" * 100)
    for label, group in (("modules", modules), ("exercises", exercises)):
        lines.append(f"{label:<10} {sum(r.syllabus for r in group):>8} {sum(r.minutes for r in group):>8.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    rows = estimates()
    if args.json:
        print(json.dumps([{**asdict(row), "minutes": row.minutes, "off_by": round(row.off_by, 3)} for row in rows],
                         indent=1))
    else:
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
