"""Does the resident-chart check find each part of a readable chart, catch meaning carried by
color alone, and score a chart the same after its reading travels as evidence?"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from matplotlib.figure import Figure

from grader.checks import check, points
from grader.checks.evidence import decode, encode
from grader.checks.resident_charts import ChartReading, read_chart

RATES = pd.Series({"higher income": 12.8, "lower income": 53.4, "middle income": 27.1}, name="rate")
COUNTY = 372 / 119_520 * 10_000


def good_chart(reference: float = COUNTY, **barh):
    ax = RATES.plot.barh(ax=Figure().add_subplot(), title="Hospital stays for diabetes by income, 2025", **barh)
    ax.axvline(reference, color="black", linestyle="--", label="all residents")
    ax.set_xlabel("Stays per 10,000 residents")
    ax.set_ylabel("Household income")
    return ax


def failing(feedback) -> set[str]:
    return {note.label for note in feedback.notes if not note.holds_up}


@pytest.mark.parametrize("reference", [COUNTY, 31.1, 31.14, 12.8])
def test_a_readable_chart_with_either_reference_earns_every_point(reference):
    assert points("07.income_chart", good_chart(reference)) == 5.0


def test_an_average_of_the_rates_is_not_the_rate_for_everyone():
    from grader.course.data import load

    heat = load("heat_illness_visits").groupby("neighborhood")[["visits", "population"]].sum()
    rates = heat["visits"] / heat["population"] * 10_000
    everyone = heat["visits"].sum() / heat["population"].sum() * 10_000
    assert abs(rates.mean() - everyone) > 1
    for reference, expected in ((rates.mean(), {"a reference line"}), (everyone, set())):
        ax = rates.plot.barh(ax=Figure().add_subplot(), title="Heat-illness visits by neighborhood")
        ax.axvline(reference, label="whole county")
        ax.set(xlabel="Visits per 10,000 residents", ylabel="Neighborhood")
        assert {note.label for note in score_notes("ex07.plot", ax) if not note.holds_up} == expected


def score_notes(check_id, answer):
    """The notes behind a graded check's score (its self-check only says whether it is complete)."""
    from grader.checks import spec

    return spec(check_id).grade(answer)


def test_a_bare_chart_is_told_every_missing_part():
    ax = RATES.plot.barh(ax=Figure().add_subplot())
    assert failing(check("07.income_chart", ax)) == {"a title", "both axes labeled", "a reference line"}


def test_color_that_carries_meaning_needs_words_or_a_pattern_too():
    colored = good_chart(color=["tab:blue", "tab:red", "tab:blue"])
    assert failing(check("07.income_chart", colored)) == {"not color alone"}
    colored.patches[1].set_hatch("//")
    assert points("07.income_chart", colored) == 5.0
    worded = good_chart(color=["tab:blue", "tab:red", "tab:blue"])
    worded.bar_label(worded.containers[0], fmt="%.1f")
    assert points("07.income_chart", worded) == 5.0


def test_groups_told_apart_only_by_a_color_legend_are_caught():
    ax = Figure().add_subplot()
    for i, (group, rate) in enumerate(RATES.items()):
        ax.bar([i], [rate], label=group, color=f"C{i}")
    ax.set_xticks([])
    ax.axhline(COUNTY, label="all residents")
    ax.set_title("Stays by income")
    ax.set_xlabel("Income")
    ax.set_ylabel("Stays per 10,000")
    ax.legend()
    assert failing(check("07.income_chart", ax)) == {"not color alone"}


def test_lines_told_apart_by_markers_as_well_as_color_are_fine():
    ax = Figure().add_subplot()
    for group, marker in (("lower income", "o"), ("higher income", "s")):
        ax.plot([2021, 2022, 2023], [50, 52, 53] if marker == "o" else [12, 13, 12], marker=marker, label=group)
    ax.axhline(31.1, linestyle="--", label="all residents")
    ax.set(title="Stays by income over time", xlabel="Year", ylabel="Stays per 10,000")
    assert "not color alone" in failing(check("07.income_chart", ax)), "years on the axis name no group"
    ax.annotate("lower income", (2023, 53))
    ax.annotate("higher income", (2023, 12))
    assert points("07.income_chart", ax) == 5.0


def test_the_reading_survives_the_trip_as_evidence_with_the_same_score():
    ax = good_chart(color=["tab:blue", "tab:red", "tab:blue"])
    reading = read_chart(ax)
    back = decode(json.loads(json.dumps(encode(reading))))
    assert isinstance(back, ChartReading) and back == reading
    assert points("07.income_chart", back) == points("07.income_chart", ax) == 4.0


def test_read_chart_passes_anything_that_is_not_a_chart_through_to_the_check():
    assert read_chart(...) is Ellipsis
    assert points("ex07.plot", read_chart(...)) == 0.0
    assert check("07.income_chart", "my chart").problem.startswith("Expected a chart")


def test_a_figure_with_several_axes_is_judged_by_its_best_chart():
    figure = Figure()
    figure.add_subplot(1, 2, 1).plot([1, 2, 3])
    RATES.plot.barh(ax=figure.add_subplot(1, 2, 2), title="Stays by income")
    right = figure.axes[1]
    right.axvline(31.1)
    right.set(xlabel="Stays per 10,000", ylabel="Income")
    assert isinstance(read_chart(figure), list)
    assert points("07.income_chart", figure) == 5.0


def test_hostile_evidence_scores_nothing_rather_than_crashing():
    assert points("07.income_chart", ChartReading.from_dict({"lines": "nonsense", "bars": 3})) == 0.0
