"""Does JupyterLab show a learner the course, not a programmer's tool, in a real browser?

One JupyterLab as ``equity-course start`` opens it for a learner, with none of the browser
tests' own settings (so what a learner meets on first open is what is tested), and one as
``equity-course start --trainer`` opens it. A learner meets no news or update popup and no
dialog; a module's first screen shows no Python (widget and helper cells have their code
collapsed, see grader/tools/nbclean.py); nbgrader's authoring tools (the Nbgrader menu, the
Validate button, the Create Assignment panel) are there for the trainer only. That every
widget still works by keyboard with its code collapsed is test_module_notebooks.py's driver test.
"""

from __future__ import annotations

import nbformat
import pytest
from playwright.sync_api import expect

from grader.learner.lab_mode import TRAINER
from tests.browser.lab import ACTIVE, ROOT, Lab, NotebookPage

pytestmark = pytest.mark.browser

NOTEBOOKS = ["start.ipynb", *sorted(f"modules/{path.name}" for path in (ROOT / "modules").glob("*.ipynb"))]

NOTIFICATION_SETTINGS = """async () => {
  const plugin = await window.jupyterapp.serviceManager.settings.fetch('@jupyterlab/apputils-extension:notification');
  const value = name => plugin.settings?.[name] ?? plugin.schema.properties[name].default;
  return {fetchNews: value('fetchNews'), checkForUpdates: value('checkForUpdates')};
}"""

# Code cells whose code is on the page and inside the window: [index in the notebook, its text].
SHOWN_CODE = """(active) => [...document.querySelectorAll(active + ' .jp-CodeCell')]
  .filter(cell => {
    const input = cell.querySelector('.jp-InputArea');
    if (!input || input.offsetParent === null) return false;
    const box = input.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  })
  .map(cell => [Number(cell.dataset.windowedListIndex), cell.querySelector('.jp-InputArea').innerText.slice(0, 200)])"""


@pytest.fixture(scope="module")
def learner_lab(playwright, tmp_path_factory):
    server = Lab(tmp_path_factory.mktemp("learner-lab"), test_settings={}).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def trainer_lab(playwright, tmp_path_factory):
    server = Lab(tmp_path_factory.mktemp("trainer-lab"), role=TRAINER, test_settings={}).start()
    try:
        yield server
    finally:
        server.stop()


def source_path(notebook: str):
    return ROOT / "course" / notebook if notebook == "start.ipynb" else ROOT / notebook


def collapsed_cells(notebook: str) -> set[int]:
    cells = nbformat.read(source_path(notebook), as_version=4).cells
    return {number for number, cell in enumerate(cells)
            if cell.metadata.get("jupyter", {}).get("source_hidden", False)}


def test_a_learner_meets_no_news_or_update_popup_and_no_dialog_on_first_open(learner_lab, page):
    notebook = NotebookPage(page, learner_lab)
    try:
        notebook.open("start.ipynb")  # a fresh browser profile and a fresh workspace: a first open
        assert page.evaluate(NOTIFICATION_SETTINGS) == {"fetchNews": "false", "checkForUpdates": False}
        notebook.run_all()
        expect(page.locator(".jp-Notification-Status")).to_have_text("0")  # nothing was ever notified
        expect(page.locator(".Toastify__toast")).to_have_count(0)
        expect(page.locator(".jp-Dialog")).to_have_count(0)
    finally:
        learner_lab.shut_down_kernels()


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_first_screen_of_a_notebook_shows_no_python(learner_lab, page, name):
    hidden = collapsed_cells(name)
    try:
        NotebookPage(page, learner_lab).open_next(name, kernel=False)
        first = page.locator(f"{ACTIVE} .jp-CodeCell").first
        expect(first).to_be_attached(timeout=90_000)
        assert page.evaluate(SHOWN_CODE, ACTIVE) == [], f"{name} shows code on its first screen"
        # the screen at the first code cell: its code and any other collapsed cell's are folded away
        first.evaluate("cell => cell.scrollIntoView({block: 'start'})")
        expect(first.locator(".jp-InputPlaceholder")).to_be_visible()
        shown = page.evaluate(SHOWN_CODE, ACTIVE)
        assert [code for index, code in shown if index in hidden] == [], f"{name} shows collapsed code"
    finally:
        learner_lab.shut_down_kernels()


def authoring_tools(page) -> dict[str, int]:
    """How many of nbgrader's authoring tools the open notebook's JupyterLab shows."""
    return {
        "Nbgrader menu": page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").count(),
        "Validate button": page.locator(f"{ACTIVE} .jp-Toolbar").get_by_role("button", name="Validate").count(),
        "Create Assignment panel": page.locator(".lm-TabBar-tab", has_text="Create Assignment").count(),
    }


def test_nbgraders_authoring_tools_are_absent_for_a_learner_and_present_for_a_trainer(
        learner_lab, trainer_lab, page):
    module = "modules/00-orientation.ipynb"
    for lab, expected in ((trainer_lab, 1), (learner_lab, 0)):
        try:
            NotebookPage(page, lab).open(module)  # every plugin is active once the notebook's kernel is
            if expected:
                expect(page.locator(".lm-TabBar-tab", has_text="Create Assignment")).to_be_attached()
            assert authoring_tools(page) == dict.fromkeys(authoring_tools(page), expected), lab.role
        finally:
            lab.shut_down_kernels()
