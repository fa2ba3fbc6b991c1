"""Submissions of exercise 01 for tests: honest, blank, solved, and many hostile ones."""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat

from tests.support.nbgrader_runs import with_solutions

HONEST = {
    "spectrum-answer": 'placements = {"E1": "Consult", "E2": "Collaborate", "E3": "Inform",\n'
    '              "E4": "Collaborate", "E5": "Consult", "E6": "Ignore"}',
    "ranking-answer": 'ranked = (campaigns.merge(agencies, left_on="target_agency_id", right_on="agency_id")\n'
    '          .groupby("agency").size().rename("active_campaigns").reset_index()\n'
    '          .sort_values("active_campaigns", ascending=False))',
    "plan-answer": 'plan = OneToOnePlan(partner="Rosa, Riverbend Worker Center", purpose="Ask them to join our program",\n'
    '    questions=["Do you like the county?", "What matters most to you about heat at work?"],\n'
    '    listen_for=["values", "interests"], minutes=40, follow_up="Call her", follow_up_days=30)',
}


def honest_points() -> float:
    """What the honest answers earn, computed directly with the course's checks."""
    import pandas as pd

    from grader.checks.registry import score
    from grader.course.data import load_agencies, load_campaigns
    from grader.domain.one_to_one import OneToOnePlan

    names: dict[str, object] = {"pd": pd, "campaigns": load_campaigns(), "agencies": load_agencies(),
                                "OneToOnePlan": OneToOnePlan}
    for code in HONEST.values():
        exec(code, names)
    return (score("ex01.spectrum", names["placements"]) + score("ex01.ranking", names["ranked"])
            + score("ex01.one_to_one", names["plan"]))


def answered(release: nbformat.NotebookNode, answers: dict[str, str], *, before: str = "",
             before_cell: str = "spectrum-answer") -> nbformat.NotebookNode:
    """The release with answer cells filled in, and optional code run at the start of one cell."""
    notebook = copy.deepcopy(release)
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
        if grade_id == before_cell and before:
            cell.source = before + "\n" + cell.source
    return notebook


def solved(release: nbformat.NotebookNode, source_path: Path) -> nbformat.NotebookNode:
    return with_solutions(copy.deepcopy(release), nbformat.read(source_path, as_version=4))


def place(workspace: Path, student: str, notebook: nbformat.NotebookNode | None = None, *,
          name: str = "ex01.ipynb", raw: str | None = None, assignment: str = "ex01") -> Path:
    folder = workspace / "submitted" / student / assignment
    folder.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        (folder / name).write_text(raw)
    elif notebook is not None:
        nbformat.write(notebook, folder / name)
    return folder
