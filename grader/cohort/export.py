"""Grades as CSV for a learning management system: one row per learner, a column per exercise."""

from __future__ import annotations

import csv
from pathlib import Path

from grader.cohort.results import Results


def export_csv(results: Results, path: Path) -> Path:
    """Write the grades; an exercise a learner did not submit (or that failed) is left blank."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "first_name", "last_name", "email", *results.assignments, "total"])
        for learner in results.learners:
            scores = []
            for assignment in results.assignments:
                cell = results.cell(learner.id, assignment)
                scores.append("" if cell.score is None else f"{cell.score:g}")
            total = sum(float(s) for s in scores if s)
            writer.writerow([learner.id, learner.first_name, learner.last_name, learner.email,
                             *scores, f"{total:g}"])
    return path


def status_rows(results: Results) -> list[list[str]]:
    """A learner x exercise table of statuses, for the terminal."""
    rows = []
    for learner in results.learners:
        row = [learner.id]
        for assignment in results.assignments:
            cell = results.cell(learner.id, assignment)
            if cell.score is not None:
                row.append(f"{cell.status} {cell.score:g}/{cell.max_score:g}")
            else:
                row.append(cell.status)
        rows.append(row)
    return rows
