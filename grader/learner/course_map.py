"""The course map on the start page: every module with its time, the learner's status and a link,
the core path beside the full course, and the learner's self-assessment before and after."""

from __future__ import annotations

import html

from grader.checks.feedback import Shown
from grader.course.syllabus import Module, Syllabus, load_syllabus
from grader.learner.progress import load_progress
from grader.learner.store import LearnerStore


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".removesuffix(".0")


def core_parts(module: Module) -> list[str]:
    """The module's core sections and exercise parts, in words, with their minutes."""
    parts = [f"{s.heading} ({s.minutes} min)" for s in module.core.sections]
    parts += [f"exercise {module.exercise.assignment}: {p.heading} ({p.minutes} min)"
              for p in module.core.exercise_parts]
    return parts


def core_path_table(syllabus: Syllabus) -> tuple[str, list[str]]:
    """The core path as an HTML table and as lines of text."""
    esc = html.escape
    rows, lines = [], []
    for module in syllabus.modules:
        parts = core_parts(module)
        items = "".join(f"<li>{esc(p)}</li>" for p in parts)
        rows.append(f'<tr><th scope="row">Module {esc(module.id)}</th><td style="text-align:left"><ul>{items}</ul></td>'
                    f"<td>{module.core.minutes}</td></tr>")
        lines.append(f"{module.id}  core ({module.core.minutes} min): {'; '.join(parts)}")
    caption = (f"The core path: about {_hours(syllabus.core_minutes)} hours ({syllabus.core_minutes} minutes) "
               f"instead of {_hours(syllabus.total_minutes)} hours of modules plus the exercises. "
               "Every other section is an optional deep dive.")
    table = (f'<table class="equity-core-path"><caption>{esc(caption)}</caption>'
             '<thead><tr><th scope="col">module</th>'
             '<th scope="col">core sections and exercise parts</th><th scope="col">core minutes</th></tr>'
             f"</thead><tbody>{''.join(rows)}</tbody></table>")
    return table, [caption, *lines]


def course_map(syllabus: Syllabus | None = None, store: LearnerStore | None = None) -> Shown:
    """A table of modules (title, minutes, core minutes, exercise points, your status and your
    self-assessment) linking to each module notebook, then the core path section by section.

    The status (not started, in progress, done) comes from your saved progress; see
    ``grader.learner.progress`` for what "done" means and for the core path.
    """
    syllabus = syllabus or load_syllabus()
    course = load_progress(store, syllabus)
    rows, lines = [], []
    for entry in course.modules:
        module = entry.module
        points = f"{module.exercise.total_points:g}"
        status = entry.status.label
        confidence = course.self_assessment_in_words(module.id)
        rows.append(
            f'<tr><th scope="row">{html.escape(module.id)}</th>'
            f'<td style="text-align:left"><a href="{html.escape(module.notebook)}">'
            f"{html.escape(module.title)}</a></td>"
            f"<td>{module.minutes}</td><td>{module.core.minutes}</td><td>{points}</td>"
            f"<td>{html.escape(status)}</td><td>{html.escape(entry.core_label)}</td>"
            f"<td>{html.escape(confidence)}</td></tr>"
        )
        lines.append(f"{module.id}  {status:<14} {module.title}  ({module.minutes} min, core {module.core.minutes} "
                     f"min, exercise {points} points; {entry.core_label}; confidence: {confidence})")
    hours = syllabus.total_minutes / 60
    table = (
        f'<table class="equity-modules"><caption>{html.escape(syllabus.title)}: about {hours:g} hours in all; '
        "the core path about "
        f"{_hours(syllabus.core_minutes)} hours</caption>"
        '<thead><tr><th scope="col">#</th><th scope="col">module</th>'
        '<th scope="col">minutes</th><th scope="col">core path minutes</th><th scope="col">exercise points</th>'
        '<th scope="col">your status</th><th scope="col">your core path</th>'
        f'<th scope="col">your confidence (1 to {course.scale_levels}), start and end</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    core_table, core_lines = core_path_table(syllabus)
    problems = [f"Note: {problem}" for problem in course.problems]
    notes = "".join(f'<p role="status"><strong>Note:</strong> {html.escape(p)}</p>' for p in course.problems)
    text = "\n".join([f"{syllabus.title}: {syllabus.total_minutes} minutes; core path {syllabus.core_minutes} "
                      "minutes", *problems, *lines, "", *core_lines])
    return Shown(text, f'<div class="equity-course-map">{notes}{table}{core_table}</div>')
