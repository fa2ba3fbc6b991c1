"""A department plan as Markdown: its goal, five parts and a timeline table by month.

Shown in Module 10 and the capstone exercise, and used by the take-away plan, which nests it under its
own title (``heading=2``). Learner text is kept as written; a ``|`` inside a table cell is
escaped so it cannot break the table.
"""

from __future__ import annotations

from grader.domain.accountability import Commitment
from grader.domain.department_plan import DepartmentPlan, Milestone

EMPTY = "-"


def cell(text: str) -> str:
    """Text made safe for one cell of a Markdown table."""
    return (text or EMPTY).replace("|", "\\|").replace("\n", " ")


def _bullets(items: list[tuple[str, str]]) -> list[str]:
    return [f"- **{label}:** {value or EMPTY}" for label, value in items]


def partnership_lines(plan: DepartmentPlan) -> list[tuple[str, str]]:
    p = plan.partnership
    return [("Community partner", p.partner), ("Where the relationship is now", p.now_label),
            ("The level it aims for", p.aim_label), ("The step that gets it there", p.step)]


def one_to_one_lines(plan: DepartmentPlan) -> list[tuple[str, str]]:
    return [("Who I will meet", "; ".join(plan.one_to_ones.people)), ("Purpose", plan.one_to_ones.purpose)]


def commitment_lines(c: Commitment) -> list[tuple[str, str]]:
    measure = c.measure + (f" (chosen by {c.measure_chosen_by})" if c.measure_chosen_by else "")
    return [("Owner in the department", c.owner), ("Answers to", c.answers_to), ("Mechanism", c.mechanism),
            ("How often", c.cadence), ("Measure of progress", measure), ("Pay or resources", c.resources),
            ("Spectrum level", c.level_label if c.level is not None else "")]


def data_lines(plan: DepartmentPlan) -> list[tuple[str, str]]:
    d = plan.data
    return [("What data", d.data), ("Shared with", d.partner), ("What they will use it for", d.use),
            ("How small numbers are protected", d.protection)]


def policy_lines(plan: DepartmentPlan) -> list[tuple[str, str]]:
    p = plan.policy
    return [("Policy change", p.policy), ("Lined up with the campaign of", p.partner),
            ("Their campaign or priority", p.campaign), ("What the department brings", p.contribution)]


TIMELINE_COLUMNS = ("month", "part", "milestone", "owner", "partner involved")


def timeline_rows(plan: DepartmentPlan) -> list[tuple[str, str, str, str, str]]:
    """One row per milestone, by month: month, part, what happens, owner, partner involved."""
    return [(str(m.month) if m.month is not None else EMPTY, m.part_label, m.action, m.owner, m.partner)
            for m in plan.timeline()]


def _milestone_row(row: tuple[str, ...]) -> str:
    return "| " + " | ".join(cell(value) for value in row) + " |"


def plan_markdown(plan: DepartmentPlan, heading: int = 1) -> str:
    """The plan as Markdown, with its title at heading level ``heading``."""
    h1, h2, h3 = ("#" * n for n in (heading, heading + 1, heading + 2))
    out = [f"{h1} {plan.department or 'My department'}: health equity plan", "",
           f"**Goal:** {plan.goal or EMPTY}", ""]
    out += [f"{h2} 1. Partnership", "", *_bullets(partnership_lines(plan)), ""]
    out += [f"{h2} 2. One-to-ones", "", *_bullets(one_to_one_lines(plan)), ""]
    out += [f"{h2} 3. Accountability", ""]
    for number, c in enumerate(plan.accountability, start=1):
        out += [f"{h3} Commitment {number}: {c.action or '(what the department will do)'}", "",
                *_bullets(commitment_lines(c)), ""]
    if not plan.accountability:
        out += ["*No commitments yet.*", ""]
    out += [f"{h2} 4. Data sharing", "", *_bullets(data_lines(plan)), ""]
    out += [f"{h2} 5. Policy agenda", "", *_bullets(policy_lines(plan)), ""]
    out += [f"{h2} Timeline", ""]
    rows = timeline_rows(plan)
    if rows:
        out += ["| " + " | ".join(TIMELINE_COLUMNS) + " |", "|---|---|---|---|---|"]
        out += [_milestone_row(row) for row in rows] + [""]
    else:
        out += ["*No milestones yet.*", ""]
    return "\n".join(out)


def milestone_text(m: Milestone) -> str:
    """One milestone in a sentence, for alt text and lists."""
    who = f", owned by {m.owner}" if m.owner else ""
    partner = f", with {m.partner}" if m.partner else ""
    part = f" ({m.part_label})" if m.part else ""
    return f"{m.when}{part}: {m.action or 'no action written yet'}{who}{partner}"
