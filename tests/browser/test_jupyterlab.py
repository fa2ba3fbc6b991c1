"""Does a learner see what they should, in a real JupyterLab in a real browser?

For every module: Run > Run All Cells shows no error; every widget type the module uses
answers one keyboard-only interaction with the feedback a learner should read, with its code
collapsed as the learner mode shows it; axe-core finds no serious or critical problem in what
the course puts on the page (cell outputs and markdown); a screenshot of the whole notebook lands in test-artifacts/screenshots/. Then the
start page shows the status those interactions recorded, even after a kernel restart, and its
links open the modules.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import expect

from grader.course.syllabus import load_syllabus
from grader.learner.progress import ModuleStatus, load_progress
from grader.learner.store import LearnerStore
from tests.browser.drivers import driver, widget_types
from tests.browser.lab import ACTIVE, ROOT, NotebookPage, keep_axe_results

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
def test_module_runs_and_every_widget_answers_in_jupyterlab(lab, page, name):
    notebook = NotebookPage(page, lab)
    try:
        notebook.open(f"modules/{name}")
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


def course_map_statuses(page) -> dict[str, str]:
    rows = page.locator(f"{ACTIVE} .equity-course-map table.equity-modules tbody tr")
    expect(rows.first).to_be_visible()
    return {row.locator("th").inner_text(): row.locator("td").nth(4).inner_text() for row in rows.all()}


def core_path_shown(page) -> dict[str, str]:
    """The start page's core path table: module row header -> core minutes."""
    rows = page.locator(f"{ACTIVE} .equity-course-map table.equity-core-path tbody tr")
    expect(rows.first).to_be_visible()
    return {row.locator("th").inner_text(): row.locator("td").nth(1).inner_text() for row in rows.all()}


def test_start_page_shows_each_modules_time_and_saved_status_and_survives_a_kernel_restart(lab, page):
    notebook = NotebookPage(page, lab)
    try:
        notebook.open("start.ipynb")
        notebook.run_all()
        assert notebook.problems() == []
        saved = load_progress(LearnerStore(lab.folder / "my-work"))
        expected = {entry.module.id: entry.status.label for entry in saved.modules}
        assert course_map_statuses(page) == expected
        syllabus = load_syllabus()
        assert core_path_shown(page) == {f"Module {m.id}": str(m.core.minutes) for m in syllabus.modules}
        expect(page.locator(f"{ACTIVE} .equity-course-map table.equity-core-path caption")).to_contain_text(
            f"{syllabus.core_minutes} minutes")
        for module in load_syllabus().modules:  # JupyterLab turns each link into its own address
            link = page.locator(f"{ACTIVE} .equity-course-map").get_by_role("link", name=module.title, exact=True)
            expect(link).to_have_attribute("href", re.compile(re.escape(module.notebook)))
        if (lab.folder / "my-work" / "progress.json").exists():  # the module tests ran first
            assert any(entry.status is not ModuleStatus.NOT_STARTED for entry in saved.modules)

        notebook.restart_and_run_all()
        assert course_map_statuses(page) == expected
        serious = keep_axe_results("start", notebook.axe())
    finally:
        notebook.screenshot("start")
        lab.shut_down_kernels()
    assert serious == [], f"axe-core finds serious problems on the start page: {json.dumps(serious, indent=1)}"


def test_a_link_on_the_course_map_opens_the_module(lab, page):
    notebook = NotebookPage(page, lab)
    try:
        notebook.open("start.ipynb")
        notebook.run_all()
        first = load_syllabus().modules[0]
        page.locator(f"{ACTIVE} .equity-course-map").get_by_role("link", name=first.title, exact=True).click()
        tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current")
        expect(tab).to_contain_text(Path(first.notebook).name)
        expect(page.locator(f"{ACTIVE} .jp-Cell").first).to_contain_text(first.title.split(":")[0])
    finally:
        lab.shut_down_kernels()


def test_the_take_away_plan_gathers_what_was_saved_in_the_browser(lab, page):
    """After the module tests: the plans typed into the widgets reach the take-away files."""
    html = lab.folder / "take-away-plan.html"
    if not html.exists() or not (lab.folder / "my-work" / "one-to-one-plan.json").exists():
        pytest.skip("the module tests and the start page have not run yet (run this file whole)")
    text = html.read_text(encoding="utf-8")
    markdown = (lab.folder / "take-away-plan.md").read_text(encoding="utf-8")
    assert "Keisha Robinson, Eastside Tenants Union" in text and "Keisha Robinson, Eastside Tenants Union" in markdown
    assert "Publish inspection results for every home the union reports" in markdown
    assert "application/vnd.jupyter.widget-state+json" in text
