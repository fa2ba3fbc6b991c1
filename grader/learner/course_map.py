"""The course map on the start page: every module with its time, the learner's status and a link."""

from __future__ import annotations

import html

from grader.checks.feedback import Shown
from grader.course.syllabus import Syllabus, load_syllabus
from grader.learner.progress import load_progress
from grader.learner.store import LearnerStore


def course_map(syllabus: Syllabus | None = None, store: LearnerStore | None = None) -> Shown:
    """A table of modules (title, minutes, exercise points, your status) linking to each module notebook.

    The status (not started, in progress, done) comes from your saved progress; see
    ``grader.learner.progress`` for what "done" means.
    """
    syllabus = syllabus or load_syllabus()
    course = load_progress(store, syllabus)
    rows, lines = [], []
    for entry in course.modules:
        module = entry.module
        points = f"{module.exercise.total_points:g}"
        status = entry.status.label
        rows.append(
            f'<tr><th scope="row">{html.escape(module.id)}</th>'
            f'<td style="text-align:left"><a href="{html.escape(module.notebook)}">'
            f"{html.escape(module.title)}</a></td>"
            f"<td>{module.minutes}</td><td>{points}</td><td>{html.escape(status)}</td></tr>"
        )
        lines.append(f"{module.id}  {status:<14} {module.title}  ({module.minutes} min, exercise {points} points)")
    hours = syllabus.total_minutes / 60
    table = (
        f"<table><caption>{html.escape(syllabus.title)}: about {hours:g} hours in all</caption>"
        '<thead><tr><th scope="col">#</th><th scope="col">module</th>'
        '<th scope="col">minutes</th><th scope="col">exercise points</th>'
        '<th scope="col">your status</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    problems = [f"Note: {problem}" for problem in course.problems]
    notes = "".join(f'<p role="status"><strong>Note:</strong> {html.escape(p)}</p>' for p in course.problems)
    text = "\n".join([f"{syllabus.title}: {syllabus.total_minutes} minutes", *problems, *lines])
    return Shown(text, f'<div class="equity-course-map">{notes}{table}</div>')
