"""The department plan on the take-away page: its parts as tables, and its timeline as a table and a figure.

The figure is an SVG image with alt text and a visible description (``grader.figures.describe``
reads its title and axes; the milestones are listed after). Each part has its own row and its
own marker shape, and every marker carries its milestone's number, so colour is never the only
signal. Everything is inline: nothing is loaded from outside the page.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from grader.domain.department_plan import PARTS, DepartmentPlan
from grader.domain.department_plan_markdown import (
    TIMELINE_COLUMNS, commitment_lines, data_lines, milestone_text, one_to_one_lines, partnership_lines,
    policy_lines, timeline_rows,
)
from grader.figures import describe

MARKERS = dict(zip(PARTS, ("o", "s", "^", "D", "P")))


def timeline_chart(plan: DepartmentPlan) -> tuple[Any, str]:
    """A matplotlib Figure of the milestones by month and part, and its alt text."""
    from grader.plots import INK, _figure

    keys = list(PARTS)
    fig = _figure(8, 3.4)
    ax = fig.add_subplot()
    placed: dict[tuple[int, str], int] = {}
    for number, m in enumerate(plan.timeline(), start=1):
        if m.month is None or not m.part:
            continue
        row = len(keys) - 1 - keys.index(m.part)
        nudge = 0.22 * placed.get((m.month, m.part), 0)
        placed[(m.month, m.part)] = placed.get((m.month, m.part), 0) + 1
        ax.scatter([m.month], [row - nudge], marker=MARKERS[m.part], s=70, color=INK, zorder=3)
        ax.annotate(str(number), (m.month, row - nudge), xytext=(7, 0), textcoords="offset points",
                    va="center", color=INK)
    ax.set_yticks(range(len(keys)), [PARTS[key][0] for key in reversed(keys)])
    ax.set_xticks(range(1, 13))
    ax.set_xlim(0.5, 12.8)
    ax.set_ylim(-0.7, len(keys) - 0.4)
    ax.grid(axis="x", color="#888888", linestyle=":")
    ax.set_xlabel("Month of the plan")
    ax.set_ylabel("Part of the plan")
    ax.set_title(f"Timeline: {plan.department or 'my department'}")
    listed = [f"{n}. {milestone_text(m)}" for n, m in enumerate(plan.timeline(), start=1)]
    alt = describe(fig) + (" Milestones, numbered as on the chart: " + "; ".join(listed) + "." if listed
                           else " No milestones yet.")
    return fig, alt


def _rows(items: list[tuple[str, str]]) -> str:
    return "".join(f'<tr><th scope="row">{html.escape(label)}</th><td>{html.escape(value or "-")}</td></tr>'
                   for label, value in items)


def _table(items: list[tuple[str, str]]) -> str:
    return f"<table><tbody>{_rows(items)}</tbody></table>"


def timeline_table(plan: DepartmentPlan) -> str:
    """The milestones by month as an accessible HTML table (numbered as on the chart)."""
    rows = timeline_rows(plan)
    if not rows:
        return "<p><em>No milestones yet.</em></p>"
    head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in ("#", *TIMELINE_COLUMNS))
    body = "".join(
        f'<tr><th scope="row">{n}</th>' + "".join(f"<td>{html.escape(v or '-')}</td>" for v in row) + "</tr>"
        for n, row in enumerate(rows, start=1)
    )
    return (f"<table><caption>Milestones by month</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>")


def department_section(plan: DepartmentPlan | None, picture: Callable[[Any, str], str]) -> str:
    """The HTML section for the take-away page; ``picture(figure, alt)`` turns the chart into HTML."""
    out = ['<section aria-labelledby="department"><h2 id="department">My department\'s plan</h2>']
    if plan is None:
        return "".join(out) + "<p><em>Not saved yet.</em></p></section>"
    esc = html.escape
    out.append(f"<p><strong>{esc(plan.department or 'My department')}</strong>. "
               f"Goal: {esc(plan.goal or '-')}</p>")
    out.append(f"<h3>1. Partnership</h3>{_table(partnership_lines(plan))}")
    out.append(f"<h3>2. One-to-ones</h3>{_table(one_to_one_lines(plan))}")
    out.append("<h3>3. Accountability</h3>")
    for number, c in enumerate(plan.accountability, start=1):
        out.append(f"<h4>Commitment {number}: {esc(c.action or '(what the department will do)')}</h4>"
                   f"{_table(commitment_lines(c))}")
    if not plan.accountability:
        out.append("<p><em>No commitments yet.</em></p>")
    out.append(f"<h3>4. Data sharing</h3>{_table(data_lines(plan))}")
    out.append(f"<h3>5. Policy agenda</h3>{_table(policy_lines(plan))}")
    out.append(f"<h3>Timeline</h3>{timeline_table(plan)}")
    if plan.milestones:
        figure, alt = timeline_chart(plan)
        out.append(picture(figure, alt))
    out.append("</section>")
    return "".join(out)


def timeline_figure(plan: DepartmentPlan):
    """The timeline chart for a notebook: an SVG image with alt text and a visible description."""
    from grader.show import Shown
    from grader.takeaway import _figure_html, _svg

    figure, alt = timeline_chart(plan)
    return Shown(alt, _figure_html(_svg(figure), alt))
