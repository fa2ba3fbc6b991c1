"""Does the start page show a learner their course, in a real JupyterLab in a real browser?

The start page shows each module's time and the status the learner's saved work records,
even after a kernel restart; its links open the modules; the take-away plan it writes
gathers what the learner saved through the modules' widgets in the browser. These tests
share the worker's course JupyterLab (``course_lab``) with test_module_notebooks.py, and
tests/conftest.py runs modules 01 and 02 there first (``SAVED_WORK``), so there is saved
work to show.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from grader.course.syllabus import load_syllabus
from grader.learner.progress import ModuleStatus, load_progress
from grader.learner.store import LearnerStore
from tests.browser.lab import ACTIVE, NotebookPage, keep_axe_results

pytestmark = pytest.mark.browser


def course_map_statuses(page) -> dict[str, str]:
    rows = page.locator(f"{ACTIVE} .equity-course-map table.equity-modules tbody tr")
    expect(rows.first).to_be_visible()
    return {row.locator("th").inner_text(): row.locator("td").nth(4).inner_text() for row in rows.all()}


def core_path_shown(page) -> dict[str, str]:
    """The start page's core path table: module row header -> core minutes."""
    rows = page.locator(f"{ACTIVE} .equity-course-map table.equity-core-path tbody tr")
    expect(rows.first).to_be_visible()
    return {row.locator("th").inner_text(): row.locator("td").nth(1).inner_text() for row in rows.all()}


def test_start_page_shows_each_modules_time_and_saved_status_and_survives_a_kernel_restart(course_lab, course_page):
    page, lab = course_page, course_lab
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


def test_a_link_on_the_course_map_opens_the_module(course_lab, course_page):
    page, lab = course_page, course_lab
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


def test_the_take_away_plan_gathers_what_was_saved_in_the_browser(course_lab, course_page):
    """After the module tests: the plans typed into the widgets reach the take-away files."""
    lab = course_lab
    html = lab.folder / "take-away-plan.html"
    if not html.exists() or not (lab.folder / "my-work" / "one-to-one-plan.json").exists():
        pytest.skip("modules 01 and 02 and the start page have not run in this worker's JupyterLab "
                    "(run test_module_notebooks.py and this file together)")
    text = html.read_text(encoding="utf-8")
    markdown = (lab.folder / "take-away-plan.md").read_text(encoding="utf-8")
    assert "Keisha Robinson, Eastside Tenants Union" in text and "Keisha Robinson, Eastside Tenants Union" in markdown
    assert "Publish inspection results for every home the union reports" in markdown
    assert "application/vnd.jupyter.widget-state+json" in text
