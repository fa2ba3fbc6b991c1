"""Does every exercise part answered with a builder tell a learner who does not code what to do in
the builder first, and offer Python only second ("If you prefer to type Python, ...")?

A part's instructions are the Markdown cells from its "## " heading down to the builder's cell.
Before the words "If you prefer to type Python" they name the builder's Save button and show no
Python: no quoted values in code marks (`"data"`), no calls (`Ally(...)`), no variable or field
names (`kind`). A part whose answer cell offers a Python template says so in those words.
"""

from __future__ import annotations

import inspect
import re

import nbformat
import pytest

from grader.course.syllabus import course_root, load_syllabus
from tests.browser.drivers import widget_types

ROOT = course_root()
MODULES = load_syllabus().modules
PYTHON_SECOND = "If you prefer to type Python"
# code marks that hold Python rather than a file name: a quoted value, a call or keyword, a plain name
PYTHON_MARK = re.compile(r'`(?:[^`]*["(=][^`]*|[a-z_]+)`')


def builder_names() -> list[str]:
    """The builders: the widgets of grader/widgets/ that save an answer file for an answer cell."""
    return sorted(name for name, cls in widget_types().items() if "folder" in inspect.signature(cls).parameters)


BUILDER_CALL = re.compile(rf"\b(?:{'|'.join(builder_names())})\(")


def builder_parts(notebook: nbformat.NotebookNode) -> list[tuple[str, str, str]]:
    """For each builder cell: its grade id, the instructions above it, and the answer cell below it."""
    cells = notebook.cells
    found = []
    for index, cell in enumerate(cells):
        if cell.cell_type != "code" or not BUILDER_CALL.search(cell.source):
            continue
        above: list[str] = []
        for before in reversed(cells[:index]):
            if before.cell_type == "markdown":
                above.insert(0, before.source)
                if re.match(r"#{1,2} ", before.source.lstrip()):
                    break
        answer = next((c.source for c in cells[index + 1:] if c.cell_type == "code"), "")
        text = " ".join(" ".join(above).split())  # a phrase may break across lines
        found.append((cell.metadata.get("nbgrader", {}).get("grade_id", str(index)), text, answer))
    return found


def test_the_builders_are_found():
    assert {"LabelPicker", "AlliancePlanBuilder", "UpstreamSorter", "DepartmentPlanBuilder"} <= set(builder_names())


@pytest.mark.parametrize("module", [m for m in MODULES if builder_parts(
    nbformat.read(ROOT / m.exercise_notebook, as_version=4))], ids=lambda m: m.exercise.assignment)
def test_builder_parts_say_what_to_do_in_the_builder_before_any_python(module):
    problems = []
    for grade_id, instructions, answer in builder_parts(nbformat.read(ROOT / module.exercise_notebook, as_version=4)):
        first = instructions.split(PYTHON_SECOND)[0]
        python = PYTHON_MARK.findall(first)
        if python:
            problems.append(f"{grade_id}: Python before the builder's instructions: {', '.join(python)}")
        if "Save my" not in first:
            problems.append(f"{grade_id}: the instructions do not name the builder's Save button")
        if "Or answer in" in answer and PYTHON_SECOND not in instructions:
            problems.append(f'{grade_id}: the answer cell offers Python, but the instructions do not say '
                            f'"{PYTHON_SECOND}, ..."')
    assert problems == [], f"{module.exercise_notebook}:\n" + "\n".join(problems)


# ---- module practice: a task that is not data analysis offers its builder before any Python ----

# check id -> why its Python template needs no builder of its own
PYTHON_ONLY = {
    "08.review": "a worked example: the learner adds one answer to a review the course wrote; section 5's "
                 "builder then takes the learner's own review",
}
TEMPLATE = re.compile(r"(^|[=(\[,:]\s*)\.\.\.", re.M)


def python_tasks(notebook: nbformat.NotebookNode) -> list[tuple[str, bool]]:
    """Each practice check answered by a Python template (a ``...`` to replace) that is not data analysis,
    and whether a widget for the same check id comes before it."""
    from grader.tools.timing import DECISION_KINDS, PLAN_KINDS, load_items

    items = load_items()
    shown: set[str] = set()
    found = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        widget_ids = re.findall(r'\b[A-Z]\w+\(\s*"(\d\d\.\w+)"', cell.source)
        shown.update(widget_ids)
        code = re.sub(r"#.*", "", cell.source)
        for check_id in re.findall(r'\bcheck\(\s*"(\d\d\.\w+)"', code):
            kind = items.get(check_id, {}).get("kind")
            if TEMPLATE.search(code) and kind in DECISION_KINDS | PLAN_KINDS:
                found.append((check_id, check_id in shown))
    return found


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_module_practice_that_is_not_data_analysis_offers_a_builder_before_python(module):
    tasks = python_tasks(nbformat.read(ROOT / module.notebook, as_version=4))
    missing = [check_id for check_id, offered in tasks if not offered and check_id not in PYTHON_ONLY]
    assert missing == [], (f"{module.notebook}: {', '.join(missing)}: Python asked for with no builder above; show "
                           'the widget first (LabelPicker("NN.x"), UpstreamSorter("NN.x"), ...) and say '
                           f'"{PYTHON_SECOND}, ..." for the template')
