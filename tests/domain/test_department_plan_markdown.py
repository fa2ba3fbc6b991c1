"""Does the Markdown export show every part, a timeline table by month, and keep learner text safe?"""

from __future__ import annotations

from grader.domain.department_plan import DepartmentPlan, Milestone
from grader.domain.department_plan_markdown import (
    cell,
    milestone_text,
    plan_markdown,
    timeline_rows,
)
from tests.support.keys_10 import good_plan


def test_the_export_has_the_goal_each_part_and_a_timeline_table():
    text = plan_markdown(good_plan())
    assert text.startswith("# Riverbend County Health Department, Environmental Health team: health equity plan")
    for heading in ("## 1. Partnership", "## 2. One-to-ones", "## 3. Accountability", "## 4. Data sharing",
                    "## 5. Policy agenda", "## Timeline"):
        assert f"\n{heading}\n" in text
    assert "- **Where the relationship is now:** 3 Involve" in text
    assert "### Commitment 2: Hire a community organizer" in text
    assert "| month | part | milestone | owner | partner involved |" in text
    assert "| 12 | Accountability | Year-end review with the advisory board |" in text


def test_the_heading_level_can_nest_the_plan_in_another_document():
    text = plan_markdown(good_plan(), heading=2)
    assert text.startswith("## ") and "\n### 1. Partnership\n" in text and "\n#### Commitment 1:" in text


def test_a_blank_plan_says_what_is_not_there_yet():
    text = plan_markdown(DepartmentPlan())
    assert "# My department: health equity plan" in text
    assert "*No commitments yet.*" in text and "*No milestones yet.*" in text


def test_timeline_rows_go_by_month_and_a_pipe_cannot_break_the_table():
    plan = DepartmentPlan(milestones=[Milestone(9, "Vote | hearing", "Officer", "policy"),
                                      Milestone(1, "Meet", "Me", "one_to_ones")])
    assert [row[0] for row in timeline_rows(plan)] == ["1", "9"]
    row = next(line for line in plan_markdown(plan).splitlines() if line.startswith("| 9 |"))
    assert "Vote \\| hearing" in row and cell("") == "-"


def test_a_milestone_reads_as_a_sentence():
    m = Milestone(3, "First check-in", "Manager", "accountability", "Eastside Tenants Union")
    assert milestone_text(m) == ("Month 3 (Accountability): First check-in, owned by Manager, "
                                 "with Eastside Tenants Union")
    assert milestone_text(Milestone(action="Meet")) == "Month not chosen: Meet"
