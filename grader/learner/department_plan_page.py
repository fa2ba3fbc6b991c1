"""The department plan on the take-away page: its parts as tables, and its timeline as a table and a figure.

The figure is ``grader.charts.timeline``'s chart, drawn by the ``picture`` the page passes in.
Everything is inline: nothing is loaded from outside the page.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from grader.charts.timeline import timeline_chart
from grader.domain.department_plan import DepartmentPlan
from grader.domain.department_plan_markdown import (
    TIMELINE_COLUMNS,
    commitment_lines,
    data_lines,
    one_to_one_lines,
    partnership_lines,
    policy_lines,
    timeline_rows,
)


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
