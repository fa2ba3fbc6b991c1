"""Do the indicator charts have a title, labeled axes, a target line, words beside every
status, and alt text that describes what the chart shows?"""

from __future__ import annotations

import html
import re

import pytest

from grader.charts.plots import TARGET_LABEL, Chart, progress_chart, trend_chart
from grader.checks import points
from grader.course.data import load
from grader.domain.indicators import progress_table


def reference_lines(ax):
    """(x or y, value, label) of every straight line across the chart."""
    found = []
    for line in ax.get_lines():
        xs, ys = set(line.get_xdata()), set(line.get_ydata())
        if len(xs) == 1:
            found.append(("x", float(xs.pop()), line.get_label()))
        elif len(ys) == 1:
            found.append(("y", float(ys.pop()), line.get_label()))
    return found


def test_progress_chart_has_title_axis_labels_and_a_target_line_at_100_percent(indicators):
    chart = progress_chart(indicators, 2023)
    ax = chart.axes
    assert ax.get_title() == "Progress toward community-chosen targets, 2023"
    assert "gap to the community's target closed (%)" in ax.get_xlabel()
    assert ax.get_ylabel() == "Indicator (and who chose it)"
    assert ("x", 100.0, TARGET_LABEL + " (100%)") in reference_lines(ax)


def test_progress_chart_draws_one_bar_and_one_expected_marker_per_indicator(indicators):
    ax = progress_chart(indicators, 2023).axes
    assert len(ax.patches) == 8
    assert len(ax.collections[0].get_offsets()) == 8


def test_progress_chart_says_each_status_in_words_not_only_color(indicators):
    ax = progress_chart(indicators, 2024).axes
    labels = [text.get_text() for text in ax.texts]
    table = progress_table(indicators, 2024)
    assert len(labels) == 8
    for row in table.itertuples():
        assert any(label.endswith(row.status) for label in labels), row.status


def test_progress_chart_alt_text_names_every_indicator_who_chose_it_and_its_status(indicators):
    chart = progress_chart(indicators, 2023)
    table = progress_table(indicators, 2023)
    assert chart.alt_text.startswith("Bar chart of progress toward community-chosen targets in 2023")
    for row in table.itertuples():
        assert f"{row.indicator} (chosen by {row.chosen_by})" in chart.alt_text
        assert f"{row.status}." in chart.alt_text


def test_progress_chart_accepts_a_progress_table_and_a_title(indicators):
    chart = progress_chart(progress_table(indicators, 2022), title="Riverbend, 2022")
    assert chart.axes.get_title() == "Riverbend, 2022"


def test_progress_chart_needs_the_progress_table_columns():
    with pytest.raises(ValueError, match="lacks indicator, chosen_by, progress"):
        progress_chart(load("community_indicators").drop(columns=["indicator", "chosen_by"]))


def test_progress_chart_of_an_empty_table_says_there_is_nothing_to_chart(indicators):
    with pytest.raises(ValueError, match="There are no indicators to chart"):
        progress_chart(progress_table(indicators).iloc[0:0])


def test_trend_chart_shows_yearly_values_with_target_and_baseline_lines(indicators):
    lead_pipes = indicators[4]
    ax = trend_chart(lead_pipes).axes
    assert ax.get_xlabel() == "Year" and ax.get_ylabel() == lead_pipes.unit
    assert lead_pipes.name in ax.get_title() and lead_pipes.chosen_by in ax.get_title()
    lines = reference_lines(ax)
    assert ("y", lead_pipes.target, f"{TARGET_LABEL}: 60 by 2026") in lines
    assert ("y", lead_pipes.baseline, "baseline: 5 in 2019") in lines
    data = ax.get_lines()[0]
    assert list(data.get_xdata()) == sorted(lead_pipes.values) and data.get_marker() == "o"


def test_trend_chart_alt_text_gives_the_numbers_and_the_status_in_words(indicators):
    chart = trend_chart(indicators[1])
    assert chart.alt_text == (
        "Line chart of Days with unhealthy air near the rail yard, chosen by Youth Voices for "
        "Clean Air (lower is better). It went from 41 days per year in 2019 to 30 days per year "
        "in 2024. The baseline was 41 in 2019; the community's target is 15 by 2026. "
        "Status in 2024: behind."
    )


def test_a_chart_shows_in_a_notebook_as_an_image_with_its_alt_text(indicators):
    chart = trend_chart(indicators[0])
    shown = chart._repr_html_()
    assert shown.startswith("<figure")
    assert f'alt="{html.escape(chart.alt_text, quote=True)}"' in shown
    assert re.search(r'src="data:image/png;base64,[A-Za-z0-9+/=]{100,}"', shown)
    assert chart.png().startswith(b"\x89PNG")
    assert repr(chart) == f"Chart: {chart.alt_text}"


def test_the_course_charts_pass_the_course_chart_check(indicators):
    assert points("ex04.plot", progress_chart(indicators, 2023)) == 4.0
    assert points("04.trend_plot", trend_chart(indicators[4])) == 4.0


def test_a_chart_is_not_registered_with_pyplot_so_it_is_never_shown_twice(indicators):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    chart = trend_chart(indicators[0])
    assert isinstance(chart, Chart) and plt.get_fignums() == before
