"""Does the department plan's part of the take-away page show every part, a timeline table, and a
chart that can be read without color and without sight?"""

from __future__ import annotations

import base64
import re

from grader.charts.timeline import timeline_chart, timeline_figure
from grader.domain.department_plan import DepartmentPlan, Milestone
from grader.learner.department_plan_page import department_section, timeline_table
from tests.support.keys_10 import good_plan


def picture(figure, alt: str) -> str:
    return f'<img alt="{alt}">'


def test_the_chart_gives_each_part_a_row_and_numbers_every_milestone():
    figure, _ = timeline_chart(good_plan())
    (ax,) = figure.get_axes()
    assert [label.get_text() for label in ax.get_yticklabels()] == [
        "Policy agenda", "Data sharing", "Accountability", "One-to-ones", "Partnership"]
    assert [t.get_text() for t in ax.texts] == [str(n) for n in range(1, 9)]
    shapes = {collection.get_paths()[0].vertices.round(2).tobytes() for collection in ax.collections}
    assert len(shapes) == 5  # one marker shape per part: color is never the only signal


def test_the_alt_text_has_the_title_axes_and_every_milestone_in_order():
    _, alt = timeline_chart(good_plan())
    assert alt.startswith("Chart: Timeline: Riverbend County Health Department, Environmental Health team. "
                          "Horizontal axis: Month of the plan. Vertical axis: Part of the plan.")
    assert "1. Month 1 (One-to-ones): One-to-one with Keisha Robinson" in alt
    assert alt.index("7. Month 8 (Policy agenda)") < alt.index("8. Month 12 (Accountability)")


def test_milestones_without_a_month_are_listed_but_not_drawn():
    plan = DepartmentPlan(department="Team", milestones=[Milestone(None, "Meet", "Me", "one_to_ones")])
    figure, alt = timeline_chart(plan)
    assert len(figure.get_axes()[0].collections) == 0 and "Month not chosen" in alt


def test_the_table_is_numbered_as_the_chart_with_column_headers():
    table = timeline_table(good_plan())
    assert "<caption>Milestones by month</caption>" in table and '<th scope="col">owner</th>' in table
    assert table.index(">1</th><td>1</td>") < table.index(">8</th><td>12</td>")
    assert "No milestones yet" in timeline_table(DepartmentPlan())


def test_the_section_shows_every_part_escapes_text_and_draws_the_chart():
    plan = good_plan()
    plan.goal = "<b>Safe homes</b> for every renter"
    page = department_section(plan, picture)
    for heading in ("1. Partnership", "2. One-to-ones", "3. Accountability", "4. Data sharing",
                    "5. Policy agenda", "Timeline"):
        assert f"<h3>{heading}</h3>" in page
    assert "&lt;b&gt;Safe homes&lt;/b&gt;" in page and "<b>Safe" not in page
    assert page.count("<img alt=") == 1


def test_a_missing_plan_says_so_and_a_plan_without_milestones_has_no_chart():
    assert "<em>Not saved yet.</em>" in department_section(None, picture)
    assert "<img" not in department_section(DepartmentPlan(department="Team"), picture)


def test_in_a_notebook_the_chart_is_an_inline_svg_with_its_description():
    shown = timeline_figure(good_plan())
    (data, _alt) = re.findall(r'<img src="data:image/svg\+xml;base64,([^"]+)" alt="([^"]+)">', shown.html)[0]
    assert base64.b64decode(data).decode("utf-8").lstrip().startswith("<?xml")
    assert str(shown).startswith("Chart: Timeline:") and "<strong>Description:</strong>" in shown.html
