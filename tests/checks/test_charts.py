"""Does the chart check find the data, a target line, axis labels and a title in a chart made
with pandas or matplotlib, and explain what is missing without naming anything else?"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from grader.checks import check, points, spec
from grader.checks.charts import as_axes, has_target_line, shows_data
from tests.support.keys_04 import chart

SHARES = pd.Series({"I1": 0.8, "I2": 0.4, "I3": 0.3}, name="progress")


def pandas_chart(**kwargs):
    ax = SHARES.plot.barh(ax=Figure().add_subplot(), **kwargs)
    return ax


def test_a_complete_pandas_chart_earns_every_point():
    ax = pandas_chart(title="Progress by 2024")
    ax.axvline(1, linestyle="--")
    ax.set_xlabel("Share of the gap closed")
    ax.set_ylabel("Indicator")
    assert points("ex04.plot", ax) == 4.0 == spec("ex04.plot").max_points
    assert points("04.trend_plot", ax) == 3.0  # an unlabelled line at 1 is not its target of 60


@pytest.mark.parametrize("target", [1.0, 100.0])
def test_a_target_line_at_one_or_at_one_hundred_percent_counts(target):
    assert points("ex04.plot", chart(target)) == 4.0


def test_a_line_labeled_target_counts_wherever_it_is():
    ax = chart(0.7)
    assert has_target_line(ax, (1.0,))
    ax.get_lines()[0].set_label("goal")
    assert not has_target_line(ax, (1.0,))


def test_a_chart_with_nothing_added_is_told_each_missing_part():
    ax = SHARES.plot.barh(ax=Figure().add_subplot())
    feedback = check("04.trend_plot", ax)
    reasons = {note.label: note.reason for note in feedback.notes if not note.holds_up}
    assert set(reasons) == {"a line for the target", "both axes labeled", "a title"}
    assert reasons["a line for the target"].startswith("Draw a straight line at the target (60)")
    assert feedback.points == 1.0


def test_an_empty_chart_does_not_show_data():
    ax = Figure().add_subplot()
    ax.axhline(1)
    assert not shows_data(ax)
    ax.plot([2019, 2020, 2021], [3, 4, 5])
    assert shows_data(ax)


def test_one_axis_label_is_not_enough():
    ax = chart(1.0, ylabel="")
    notes = {note.label: note.holds_up for note in check("04.trend_plot", ax).notes}
    assert notes["both axes labeled"] is False


def test_a_figure_title_counts_as_a_title():
    ax = chart(1.0, title="")
    ax.figure.suptitle("Progress by 2024")
    assert points("ex04.plot", ax) == 4.0


def test_a_figure_a_list_or_an_array_of_axes_is_read_and_the_best_axes_counts():
    figure = Figure()
    empty, full = figure.subplots(1, 2)
    full.bar(["a", "b", "c"], [1, 2, 3])
    full.axhline(1.0)
    full.set_xlabel("x"), full.set_ylabel("y"), full.set_title("t")
    assert as_axes(figure) == [empty, full]
    assert points("ex04.plot", figure) == 4.0
    assert points("ex04.plot", [empty, full]) == 4.0
    assert points("ex04.plot", np.array([[empty, full]], dtype=object)) == 4.0


@pytest.mark.parametrize("answer", ["my chart", 3, {"x": 1}, [1, 2], SHARES])
def test_something_that_is_not_a_chart_is_a_problem_with_a_fix(answer):
    feedback = check("ex04.plot", answer)
    assert feedback.problem.startswith(f"Expected a chart (a matplotlib Axes), but this is a "
                                       f"{type(answer).__name__}.")
    assert "ax.axvline(...)" in feedback.problem
    assert points("ex04.plot", answer) == 0.0


def test_the_exercise_self_check_lists_missing_parts_only():
    ax = pandas_chart()
    feedback = check("ex04.plot", ax)
    assert feedback.problem.startswith("Still to answer: a line for the target, both axes "
                                       "labeled, a title.")
