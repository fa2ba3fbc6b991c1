"""Inside a real notebook kernel, does the course record practice checks (once each) and give
charts alt text, and outside a kernel change nothing?"""

from __future__ import annotations

import json

import nbformat
from nbclient import NotebookClient

from grader.checks.registry import _LISTENERS
from grader.learner.kernel import kernel_shell, set_up

CELLS = [
    "from grader import check\nfrom grader.widgets.choice import ChoiceQuestionWidget",
    'check("00.power", "c")',  # the key
    'check("00.spectrum", {"O1": "Consult"})',
    'check("ex00.root", "a")',
    'widget = ChoiceQuestionWidget("00.role")\nwidget.choose("a")\nwidget.check_button.click()',
    "import pandas as pd\nax = pd.Series([3, 2], index=[2023, 2024]).plot(title='Days with unhealthy air')\n"
    "ax.set_xlabel('Year');",
]


def test_outside_a_kernel_nothing_is_set_up():
    before = list(_LISTENERS)
    assert kernel_shell() is None
    assert set_up() is False
    assert before == _LISTENERS


def test_in_a_kernel_practice_checks_are_recorded_once_and_charts_get_alt_text(tmp_path, monkeypatch):
    monkeypatch.setenv("EQUITY_COURSE_HOME", str(tmp_path))
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in CELLS])
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    saved = json.loads((tmp_path / "my-work" / "progress.json").read_text(encoding="utf-8"))
    assert set(saved) == {"00.power", "00.spectrum", "00.role"}  # the exercise check is not counted
    assert saved["00.power"]["passed"] is True and saved["00.spectrum"]["passed"] is False
    assert saved["00.role"]["attempts"] == 1  # the widget and the listener count it once
    (figure,) = [out for out in notebook.cells[-1].outputs if "text/html" in out.get("data", {})]
    assert 'alt="Chart: Days with unhealthy air. Horizontal axis: Year.' in figure["data"]["text/html"]
    assert "image/png" in figure["data"]


def test_a_kernel_that_nbgrader_runs_records_no_progress(tmp_path, monkeypatch):
    monkeypatch.setenv("EQUITY_COURSE_HOME", str(tmp_path))
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in CELLS[:2]])
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert not (tmp_path / "my-work" / "progress.json").exists()


def test_importing_the_checks_sets_nothing_up_in_a_kernel(tmp_path, monkeypatch):
    monkeypatch.setenv("EQUITY_COURSE_HOME", str(tmp_path))
    cells = ["from grader.checks import check", 'check("00.power", "c")']
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in cells])
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert not (tmp_path / "my-work" / "progress.json").exists()  # only the façade sets up the learner's kernel
