"""Does the count of automatic points that need code tell a Python answer from a file a builder saved?"""

from __future__ import annotations

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from grader.tools.code_points import main, measure, released_code


def cell(source: str, **nbgrader) -> nbformat.NotebookNode:
    made = new_code_cell(source)
    made.metadata["nbgrader"] = nbgrader
    return made


def test_a_template_with_dots_needs_code_and_a_load_with_commented_python_does_not(tmp_path, capsys):
    folder = tmp_path / "exercises" / "ex99"
    folder.mkdir(parents=True)
    notebook = new_notebook(cells=[
        cell("ranked = ...   # a table\n### BEGIN SOLUTION\nranked = 1\n### END SOLUTION", solution=True,
             grade_id="ranking-answer"),
        cell("check('ex99.ranking', ranked)", grade=True, points=4, grade_id="ranking-test"),
        cell("# plan = Plan(partner=...)\n### BEGIN SOLUTION\nplan = 2\n### END SOLUTION\n"
             'plan = load_plan("plan.json")   # reads the plan ...', solution=True, grade_id="plan-answer"),
        cell("check('ex99.plan', plan)", grade=True, points=3, grade_id="plan-test"),
    ])
    nbformat.write(notebook, folder / "ex99.ipynb")
    found = {part.grade_id: part.needs_code for part in measure([tmp_path / "exercises"])}
    assert found == {"ranking-test": True, "plan-test": False}
    assert main([str(tmp_path / "exercises")]) == 0
    assert "Total: 4 of 7 automatic points need code." in capsys.readouterr().out


def test_released_code_drops_solutions_and_comments():
    source = "# x = ...\n### BEGIN SOLUTION\nx = ...\n### END SOLUTION\ny = load('a.json')  # ..."
    assert released_code(source) == "y = load('a.json')"
