"""Read a cohort's results out of nbgrader's gradebook: scores, items missed, who needs help."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from grader.cohort.grading import read_ledger
from grader.cohort.roster import Learner, read_roster


@dataclass
class Cell:
    """One learner's result for one exercise."""

    status: str  # not submitted | submitted | graded | needs manual grading | failed
    score: float | None = None
    max_score: float | None = None
    reason: str = ""


@dataclass
class Results:
    learners: list[Learner]
    assignments: list[str]
    released: list[str]
    max_scores: dict[str, float]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    missed: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # assignment -> (item, share missed)

    def cell(self, learner: str, assignment: str) -> Cell:
        return self.cells.get((learner, assignment), Cell("not submitted"))


def read_results(workspace: Path) -> Results:
    roster_path = workspace / "roster.csv"
    learners = read_roster(roster_path) if roster_path.exists() else []
    assignments = sorted(p.name for p in (workspace / "source").iterdir() if p.is_dir())
    released = [a for a in assignments if (workspace / "release" / a).is_dir()]
    known = {learner.id for learner in learners}
    submitted_ids = sorted(p.name for p in (workspace / "submitted").glob("*") if p.is_dir()) \
        if (workspace / "submitted").is_dir() else []
    learners += [Learner(sid) for sid in submitted_ids if sid not in known]
    results = Results(learners, assignments, released, {})
    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        for assignment in assignments:
            try:
                record = gradebook.find_assignment(assignment)
            except MissingEntry:
                continue
            results.max_scores[assignment] = float(record.max_score)
            item_missed: dict[str, list[bool]] = {}
            for learner in learners:
                folder = workspace / "submitted" / learner.id / assignment
                if not folder.is_dir():
                    continue
                ledger = read_ledger(workspace, assignment, learner.id)
                try:
                    submission = gradebook.find_submission(assignment, learner.id)
                except MissingEntry:
                    if ledger and ledger.get("status") == "failed":
                        results.cells[(learner.id, assignment)] = Cell("failed", reason=ledger.get("reason", ""))
                    else:
                        results.cells[(learner.id, assignment)] = Cell("submitted")
                    continue
                if ledger and ledger.get("status") == "failed":
                    results.cells[(learner.id, assignment)] = Cell("failed", reason=ledger.get("reason", ""))
                    continue
                status = "needs manual grading" if submission.needs_manual_grade else "graded"
                results.cells[(learner.id, assignment)] = Cell(
                    status, float(submission.score), float(submission.max_score))
                for notebook in submission.notebooks:
                    for grade in notebook.grades:
                        if grade.auto_score is None and grade.manual_score is None:
                            continue
                        item_missed.setdefault(grade.name, []).append(float(grade.score) < float(grade.max_score))
            results.missed[assignment] = sorted(
                ((item, sum(flags) / len(flags)) for item, flags in item_missed.items() if flags),
                key=lambda pair: (-pair[1], pair[0]),
            )
    return results


def needs_check_in(results: Results, learner: Learner, threshold: float = 0.5) -> list[str]:
    """Reasons a learner may need a check-in: a released exercise missing, failed, or under half marks."""
    reasons = []
    for assignment in results.released:
        cell = results.cell(learner.id, assignment)
        if cell.status == "not submitted":
            reasons.append(f"{assignment} not submitted")
        elif cell.status == "failed":
            reasons.append(f"{assignment} could not be graded")
        elif cell.score is not None and cell.max_score and cell.score / cell.max_score < threshold:
            reasons.append(f"{assignment}: {cell.score:g} of {cell.max_score:g}")
    return reasons
