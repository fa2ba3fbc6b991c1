"""Can a learner answer ex03's design questions in the DecisionProcessRedesigner by keyboard alone,
in a real JupyterLab, save the design into the released assignment folder, and have the answer
cell read back a design that earns every automatic point of Part 1a?"""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import expect

from grader.checks import score
from grader.domain.decision_process import DESIGN_FILE, ProcessDesign
from tests.browser.drivers import driver
from tests.browser.lab import NotebookPage
from tests.support.nbgrader_runs import released_to_a_learner

pytestmark = [pytest.mark.browser, pytest.mark.nbgrader]

BUILDER = 'DecisionProcessRedesigner("ex03.redesign")'
SELF_CHECK = 'display(check("ex03.redesign", design))'


def test_the_ex03_design_is_answered_by_keyboard_saved_and_read_by_the_answer_cell(lab, page, tmp_path):
    _, released = released_to_a_learner(tmp_path, "ex03")
    folder = lab.folder / "ex03"
    folder.mkdir(exist_ok=True)
    shutil.copyfile(released / "ex03.ipynb", folder / "ex03.ipynb")
    notebook = NotebookPage(page, lab)
    try:
        notebook.open("ex03/ex03.ipynb")
        notebook.run_all()
        assert notebook.problems() == []
        expect(notebook.output(SELF_CHECK)).to_contain_text("There is no answer here yet")

        output = notebook.output(BUILDER)
        output.scroll_into_view_if_needed()
        driver("DecisionProcessRedesigner")(page, output, BUILDER)
        saved = ProcessDesign.load(folder / DESIGN_FILE)
        assert saved.target == "Collaborate" and score("ex03.redesign", saved) == 8.0

        notebook.run_all()  # the builder reloads the file, and the answer cell reads it
        expect(notebook.output(BUILDER)).to_contain_text("Your saved design was reloaded", timeout=30_000)
        expect(notebook.output(SELF_CHECK)).to_contain_text("Ready to submit", timeout=30_000)
        assert notebook.problems() == []
    finally:
        notebook.screenshot("ex03-design")
        lab.shut_down_kernels()
