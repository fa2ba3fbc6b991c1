"""The course map on the start page: every module from the syllabus, with its time and a link."""

from __future__ import annotations

import html

from grader.show import Shown
from grader.syllabus import Syllabus, load_syllabus


def course_map(syllabus: Syllabus | None = None) -> Shown:
    """A table of modules (title, minutes, exercise points) linking to each module notebook."""
    syllabus = syllabus or load_syllabus()
    rows, lines = [], []
    for module in syllabus.modules:
        points = f"{module.exercise.total_points:g}"
        rows.append(
            f'<tr><th scope="row">{html.escape(module.id)}</th>'
            f'<td style="text-align:left"><a href="{html.escape(module.notebook)}">'
            f"{html.escape(module.title)}</a></td>"
            f"<td>{module.minutes}</td><td>{points}</td></tr>"
        )
        lines.append(f"{module.id}  {module.title}  ({module.minutes} min, exercise {points} points)")
    hours = syllabus.total_minutes / 60
    table = (
        f"<table><caption>{html.escape(syllabus.title)}: about {hours:g} hours in all</caption>"
        '<thead><tr><th scope="col">#</th><th scope="col">module</th>'
        '<th scope="col">minutes</th><th scope="col">exercise points</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    text = "\n".join([f"{syllabus.title}: {syllabus.total_minutes} minutes", *lines])
    return Shown(text, table)
