"""Does every chart in a course notebook carry a description a screen reader can read?"""

from __future__ import annotations

import base64
from types import SimpleNamespace

from IPython.core.formatters import DisplayFormatter
from matplotlib.figure import Figure

from grader.charts.figures import describe, describe_figures, figure_bundle


def chart(title: str = "Days with unhealthy air, 2019-2024", labeled: bool = True) -> Figure:
    figure = Figure()
    ax = figure.add_subplot()
    ax.plot([2019, 2020], [30, 25], marker="o", label="days that year")
    ax.axhline(15, linestyle="--", label="community's target: 15 by 2026")
    if title:
        ax.set_title(title)
    if labeled:
        ax.set_xlabel("Year")
        ax.set_ylabel("Days per year")
    return figure


def test_the_description_reads_the_title_axes_and_series_from_the_chart():
    assert describe(chart()) == (
        "Chart: Days with unhealthy air, 2019-2024. Horizontal axis: Year. Vertical axis: Days per year. "
        "Shows: days that year; community's target: 15 by 2026."
    )


def test_a_chart_without_title_or_labels_says_so_and_asks_for_them():
    text = describe(chart(title="", labeled=False))
    assert text.startswith("A chart with no title.")
    assert "Give the chart a title and label both axes" in text


def test_an_empty_figure_is_described_as_empty():
    assert describe(Figure()) == "An empty figure."


def test_the_bundle_is_an_image_with_alt_text_and_keeps_the_png():
    data, metadata = figure_bundle(chart())
    assert data["text/html"].startswith('<img src="data:image/png;base64,')
    assert 'alt="Chart: Days with unhealthy air, 2019-2024.' in data["text/html"]
    assert base64.b64decode(data["image/png"])[:4] == b"\x89PNG"
    assert data["text/plain"] == describe(chart()) and metadata == {}


def test_alt_text_is_escaped_inside_the_attribute():
    data, _ = figure_bundle(chart(title='Say "no" <here>'))
    assert 'Say &quot;no&quot; &lt;here&gt;' in data["text/html"]


def test_once_installed_ipython_displays_figures_with_alt_text():
    shell = SimpleNamespace(display_formatter=DisplayFormatter())
    describe_figures(shell)
    data, _ = shell.display_formatter.format(chart())
    assert 'alt="Chart: Days with unhealthy air' in data["text/html"]
    assert "image/png" in data
