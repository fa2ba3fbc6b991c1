"""Does the course's disparity chart name every group in words, mark unstable and hidden rates
without relying on color, draw the reference line and describe itself?"""

from __future__ import annotations

import textwrap

import pandas as pd
import pytest

from grader.charts.disparity_chart import HATCH, disparity_chart
from grader.checks.resident_charts import ChartReading
from grader.domain.disparities import RACISM_NOTE, breakdown

DATA = pd.DataFrame({"group": ["A", "B", "C", "D"], "cases": [200, 90, 15, 4],
                     "people": [10_000, 9_000, 3_000, 800]})
TABLE = breakdown(DATA, "group", count="cases", denominator="people", overall="Everyone")


def chart():
    return disparity_chart(TABLE, reference="Everyone", title="Cases by group", unit="cases per 10,000 people")


def test_every_group_has_a_bar_named_on_the_axis_and_the_overall_row_is_the_line():
    ax = chart().axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["D\n(not shown: 10 or fewer cases)", "C\n(unstable: 15 cases)", "B", "A"]
    (line,) = ax.get_lines()
    assert set(line.get_xdata()) == {TABLE.loc["Everyone", "rate"]}
    assert line.get_label() == "Everyone: 135.5"


def test_unstable_rates_are_hatched_and_marked_in_words_and_hidden_ones_say_so():
    ax = chart().axes
    hatches = [bar.get_hatch() for bar in ax.patches]
    assert hatches == [None, HATCH, None, None]
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["not shown", "50.0 (unstable)", "100.0", "200.0"]


def test_the_chart_passes_the_course_own_accessibility_reading():
    reading = ChartReading.of(chart().axes)
    assert reading.shows_data() and reading.titled() and reading.axes_labeled()
    assert reading.names_in_words() and reading.color_backed_by_more()


def test_the_description_gives_every_group_in_words_without_hidden_counts():
    text = chart().alt_text
    assert "a dashed line marks Everyone at 135.5" in text
    assert "D: not shown, because the count is 10 or fewer." in text
    assert "C: 50.0, unstable (fewer than 20 cases)." in text and " 4 " not in text


def test_a_reference_that_is_not_a_row_is_refused_with_the_rows():
    with pytest.raises(ValueError, match='"Nobody" is not a row of this table. The rows are: A, B'):
        disparity_chart(TABLE, reference="Nobody", title="t", unit="u")
    with pytest.raises(ValueError, match="needs the table from breakdown"):
        disparity_chart(DATA, reference="A", title="t", unit="u")


def test_a_chart_by_race_says_under_the_chart_and_in_its_description_that_racism_causes_the_gaps():
    by_race = breakdown(DATA.rename(columns={"group": "race_ethnicity"}), "race_ethnicity", count="cases",
                        denominator="people", overall="Everyone")
    drawn = disparity_chart(by_race, reference="Everyone", title="Cases by race", unit="cases per 10,000 people")
    assert drawn.alt_text.endswith(RACISM_NOTE) and "racism" in RACISM_NOTE
    assert drawn.figure.get_supxlabel() == textwrap.fill(RACISM_NOTE, 110)
    assert "racism" not in chart().alt_text and not chart().figure.get_supxlabel()
