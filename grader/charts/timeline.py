"""A department plan's twelve-month timeline as a chart, with alt text.

The figure's alt text and visible description come from ``grader.charts.figures.describe``
(its title and axes), then the milestones are listed. Each part has its own row and its own
marker shape, and every marker carries its milestone's number, so color is never the only signal.
"""

from __future__ import annotations

from typing import Any

from grader.charts.figures import describe
from grader.charts.plots import INK, new_figure
from grader.charts.svg import figure_html, svg
from grader.checks.feedback import Shown
from grader.domain.department_plan import PARTS, DepartmentPlan
from grader.domain.department_plan_markdown import milestone_text

MARKERS = dict(zip(PARTS, ("o", "s", "^", "D", "P"), strict=True))


def timeline_chart(plan: DepartmentPlan) -> tuple[Any, str]:
    """A matplotlib Figure of the milestones by month and part, and its alt text."""
    keys = list(PARTS)
    fig = new_figure(8, 3.4)
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


def timeline_figure(plan: DepartmentPlan):
    """The timeline chart for a notebook: an SVG image with alt text and a visible description."""
    figure, alt = timeline_chart(plan)
    return Shown(alt, figure_html(svg(figure), alt))
