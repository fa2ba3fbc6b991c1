"""Does the indicator viewer show the chosen indicator's chart with its description, switch
when another is chosen, and explain a wrong choice?"""

from __future__ import annotations

import html

import pytest

from grader.widgets.indicators import IndicatorViewer


def test_the_dropdown_is_labeled_and_names_who_chose_each_indicator(indicators):
    viewer = IndicatorViewer(indicators)
    assert viewer.dropdown.description == "Indicator:"
    labels = [label for label, _ in viewer.dropdown.options]
    assert labels[0] == "I1: Mold complaints fixed within 30 days (chosen by Eastside Tenants Union)"
    assert len(labels) == 8


def test_the_first_indicator_is_drawn_with_its_alt_text(indicators):
    viewer = IndicatorViewer(indicators)
    assert viewer.alt_text.startswith("Line chart of Mold complaints fixed within 30 days")
    assert f'alt="{html.escape(viewer.alt_text, quote=True)}"' in viewer.chart.value
    assert "data:image/png;base64," in viewer.chart.value


def test_choosing_another_indicator_redraws_the_chart(indicators):
    viewer = IndicatorViewer(indicators)
    before = viewer.chart.value
    viewer.choose("I8")
    assert viewer.dropdown.value == "I8"
    assert viewer.alt_text.startswith("Line chart of Households that ran out of food")
    assert viewer.chart.value != before


def test_choosing_an_unknown_indicator_lists_the_known_ones(indicators):
    with pytest.raises(ValueError, match='There is no indicator "I9" here. Use one of: I1, I2'):
        IndicatorViewer(indicators).choose("I9")


def test_a_viewer_needs_at_least_one_indicator():
    with pytest.raises(ValueError, match="needs at least one indicator"):
        IndicatorViewer([])
