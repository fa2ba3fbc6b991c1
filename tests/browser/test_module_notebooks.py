"""Does a learner see what they should in each module, in a real JupyterLab in a real browser?

For every module: Run > Run All Cells shows no error; every widget type the module uses
answers one keyboard-only interaction with the feedback a learner should read, with its code
collapsed as the learner mode shows it; axe-core finds no serious or critical problem in what
the course puts on the page (cell outputs and markdown); a screenshot of the whole notebook
lands in test-artifacts/screenshots/. Each module is its own test, so the modules spread
over the pytest workers; a worker drives them in its one course JupyterLab (``course_lab``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import expect

from tests.browser.drivers import driver, widget_types
from tests.browser.lab import ROOT, NotebookPage, keep_axe_results

pytestmark = pytest.mark.browser

MODULES = sorted(path.name for path in (ROOT / "modules").glob("*.ipynb"))


def widget_lines(notebook: Path) -> dict[str, str]:
    """For each widget type a notebook uses, the code line of its first use."""
    types = widget_types()
    found: dict[str, str] = {}
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        for line in cell.source.splitlines():
            for name in types:
                if name not in found and re.search(rf"\b{name}\(", line):
                    found[name] = line.strip()
    return found


def collapsed(notebook: Path, code: str) -> bool:
    """Whether the first code cell with ``code`` is committed with its code collapsed."""
    cell = next(cell for cell in nbformat.read(notebook, as_version=4).cells
                if cell.cell_type == "code" and code in cell.source)
    return bool(cell.metadata.get("jupyter", {}).get("source_hidden"))


@pytest.mark.parametrize("name", MODULES)
def test_module_runs_and_every_widget_answers_in_jupyterlab(course_lab, course_page, name):
    page, lab = course_page, course_lab
    notebook = NotebookPage(page, lab)
    try:
        notebook.open_next(f"modules/{name}")
        notebook.run_all()
        assert notebook.problems() == [], f"{name} shows errors after Run All Cells"
        for widget_type, line in widget_lines(ROOT / "modules" / name).items():
            if collapsed(ROOT / "modules" / name, line):  # the learner mode: its code is folded away
                expect(notebook.cell(line).locator(".jp-InputArea")).to_have_count(0)
            output = notebook.output(line)
            output.scroll_into_view_if_needed()
            driver(widget_type)(page, output, line)
        assert notebook.problems() == [], f"{name} shows errors after using its widgets"
        serious = keep_axe_results(Path(name).stem, notebook.axe())
    finally:
        notebook.screenshot(Path(name).stem)
        lab.shut_down_kernels()
    assert serious == [], f"axe-core finds serious problems in {name}: {json.dumps(serious, indent=1)}"
