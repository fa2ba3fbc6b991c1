"""The take-away plan as Markdown, to paste into a shared document or an email."""

from __future__ import annotations

from grader.domain.accountability import Commitment
from grader.domain.department_plan_markdown import plan_markdown
from grader.domain.one_to_one import OneToOnePlan
from grader.learner.saved_work import TakeAway

COURSE = "Strategic Practices for Health Equity"
SPECTRUM_SOURCE = ("Rosa González, The Spectrum of Community Engagement to Ownership, "
                   "Facilitating Power, 2019")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def commitment_lines(c: Commitment) -> list[tuple[str, str]]:
    measure = c.measure + (f" (chosen by {c.measure_chosen_by})" if c.measure_chosen_by else "")
    return [("Owner in the department", c.owner), ("Answers to", c.answers_to), ("Mechanism", c.mechanism),
            ("How often", c.cadence), ("Measure of progress", measure), ("Pay or resources", c.resources),
            ("Spectrum level", c.level_label)]


def one_to_one_lines(plan: OneToOnePlan) -> list[tuple[str, str]]:
    days = "" if plan.follow_up_days is None else f" (within {plan.follow_up_days} days)"
    return [("Who I will meet", plan.partner), ("Purpose", plan.purpose), ("Length", f"{plan.minutes} minutes"),
            ("Follow-up", plan.follow_up + days)]


def to_markdown(plan: TakeAway) -> str:
    """The take-away plan as Markdown."""
    by = f" · {plan.name}" if plan.name else ""
    out = ["# My take-away plan", "", f"*{COURSE}*{by} · {plan.date.isoformat()}", ""]
    if plan.department:
        out += [plan_markdown(plan.department, heading=2), ""]
    else:
        out += ["## My department's plan", "", "*Not saved yet.*", ""]
    out += ["## Spectrum map", ""]
    for found in plan.maps:
        out += [f"### {found.title}", "", "| # | partner | what happens | my placement | one step up |",
                "|---|---|---|---|---|"]
        for p in found.placements:
            up = p.next_level.label if p.next_level else "already at the top"
            out.append(f"| {p.scenario_id} | {_cell(p.partner)} | {_cell(p.text)} | {p.level.label} | {up} |")
        out.append("")
    if not plan.maps:
        out += ["*Not saved yet.*", ""]
    out += ["## One-to-one plan", ""]
    if plan.one_to_one:
        out += [f"- **{label}:** {value or '-'}" for label, value in one_to_one_lines(plan.one_to_one)]
        out += ["", "**Questions I will ask**", ""] + [f"1. {q}" for q in plan.one_to_one.questions]
        out += ["", "**What I will listen for**", ""] + [f"- {item}" for item in plan.one_to_one.listen_for]
        out.append("")
    else:
        out += ["*Not saved yet.*", ""]
    out += ["## Accountability plan", ""]
    if plan.accountability:
        if plan.accountability.title:
            out += [f"**{plan.accountability.title}**", ""]
        for number, c in enumerate(plan.accountability.commitments, start=1):
            out += [f"### {number}. {c.action or '(what the department will do)'}", ""]
            out += [f"- **{label}:** {value or '-'}" for label, value in commitment_lines(c)]
            out.append("")
    else:
        out += ["*Not saved yet.*", ""]
    if plan.still_to_do:
        out += ["## Still to do", ""] + [f"- {item}" for item in plan.still_to_do] + [""]
    out += ["---", "", f"Spectrum levels: {SPECTRUM_SOURCE}. The partners on the spectrum map come from the "
            "course's Riverbend County, a fictional place.", ""]
    return "\n".join(out)
