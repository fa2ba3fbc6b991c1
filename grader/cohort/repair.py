"""Repair a damaged submission so its answers can be graded, and say what was repaired.

nbgrader refuses a notebook whose grading cells do not match the exercise (an extra grade
cell, a renamed grade id) or whose format number is wrong, with messages a trainer cannot
act on; about 5% of notebooks are damaged this way (jupyter/nbgrader#1941). Here, before
nbgrader's own checks run:

- the format is fixed: a version-3 notebook is upgraded with nbformat; a file whose
  format number does not match its content is read as what its content is;
- grading cells are matched to the released exercise: a renamed test or read-only cell is
  recognized by its content, a renamed answer cell by its place among the others, and its
  grade id restored; a copy of a grading cell the exercise has once is made an ordinary
  cell (an answer) or dropped (a test); a grading cell the exercise does not have is dropped.

nbgrader then restores test and read-only cells from the gradebook as usual, so nothing a
learner changed in them counts. A notebook with none of the exercise's answer cells has no
answers to recover: ``NoAnswers`` says so, in words a trainer can act on.
"""

from __future__ import annotations

import json

import nbformat
from nbformat.notebooknode import NotebookNode


class NoAnswers(ValueError):
    """The file holds none of the exercise's answer cells; there is nothing to grade."""


def _grading(cell: NotebookNode) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def _grade_id(cell: NotebookNode) -> str | None:
    return _grading(cell).get("grade_id")


def _is_answer(cell: NotebookNode) -> bool:
    return bool(_grading(cell).get("solution"))


def read_any_version(text: str) -> tuple[NotebookNode, list[str]]:
    """The notebook as format 4, and what was done to get it there."""
    repairs: list[str] = []
    data = json.loads(text)
    if isinstance(data, dict):
        version = data.get("nbformat")
        if version == 3 and "worksheets" not in data and "cells" in data:
            data["nbformat"], data["nbformat_minor"] = 4, data.get("nbformat_minor", 0) if isinstance(data.get("nbformat_minor"), int) else 0
            repairs.append("the file said notebook format 3 but holds format 4; read as format 4")
        elif version == 4 and "worksheets" in data and "cells" not in data:
            data["nbformat"], data["nbformat_minor"] = 3, 0
            repairs.append("the file said notebook format 4 but holds format 3; read as format 3")
        if data.get("nbformat") == 3:
            repairs.append("upgraded from notebook format 3 to 4")
    notebook = nbformat.reads(json.dumps(data), as_version=4)
    return notebook, repairs


def repair_cells(notebook: NotebookNode, release: NotebookNode) -> list[str]:
    """Match the notebook's grading cells to the release's (see the module docstring), in place."""
    repairs: list[str] = []
    released = [cell for cell in release.cells if _grade_id(cell)]
    released_ids = [_grade_id(cell) for cell in released]
    by_id = {_grade_id(cell): cell for cell in released}
    present = {_grade_id(cell) for cell in notebook.cells if _grade_id(cell) in by_id}
    missing_answers = [i for i in released_ids if i not in present and _is_answer(by_id[i])]
    seen: set[str] = set()
    kept: list[NotebookNode] = []
    for cell in notebook.cells:
        grade_id = _grade_id(cell)
        if not grade_id:
            kept.append(cell)
            continue
        if grade_id in by_id and grade_id not in seen:
            seen.add(grade_id)
            kept.append(cell)
            continue
        if grade_id in seen:  # a second copy of a grading cell
            if _is_answer(cell):
                del cell.metadata["nbgrader"]
                kept.append(cell)
                repairs.append(f"a second copy of answer cell '{grade_id}' was kept as ordinary code")
            else:
                repairs.append(f"dropped a second copy of grading cell '{grade_id}'")
            continue
        # a grade id the exercise does not have: renamed, or an extra cell
        restored = None
        if _is_answer(cell):
            candidates = [i for i in missing_answers if i not in seen and by_id[i].cell_type == cell.cell_type]
            restored = candidates[0] if candidates else None
        else:
            source = cell.get("source", "").strip()
            matches = [i for i in released_ids if i not in seen and i not in present
                       and by_id[i].get("source", "").strip() == source and by_id[i].cell_type == cell.cell_type]
            restored = matches[0] if matches else None
        if restored:
            cell.metadata["nbgrader"]["grade_id"] = restored
            seen.add(restored)
            kept.append(cell)
            if restored in missing_answers:
                missing_answers.remove(restored)
            repairs.append(f"restored the name of grading cell '{restored}' (it had been renamed '{grade_id}')")
        elif _is_answer(cell):
            del cell.metadata["nbgrader"]
            kept.append(cell)
            repairs.append(f"answer cell '{grade_id}' is not part of the exercise; graded as ordinary code")
        else:
            repairs.append(f"dropped grading cell '{grade_id}', which the exercise does not have")
    notebook.cells = kept
    answers = [i for i in released_ids if _is_answer(by_id[i])]
    if answers and not any(i in seen for i in answers):
        raise NoAnswers(
            "this notebook holds none of the exercise's answer cells, so there is nothing to grade "
            "(it may be another file saved under this name); ask the learner to open the exercise "
            "they worked in and submit it again")
    return repairs


def repair(text: str, release: NotebookNode | None) -> tuple[NotebookNode, list[str]]:
    """Read a submitted notebook, repair what can be repaired; return it and what was done."""
    notebook, repairs = read_any_version(text)
    if release is not None:
        repairs += repair_cells(notebook, release)
    return notebook, repairs
