"""IndicatorViewer: pick a community-chosen indicator and see its trend toward the target.

A dropdown of indicators (each named with who chose it) and a chart drawn by
``grader.charts.plots.trend_chart``, shown as an image with its description as alt text and as a
caption. Choosing an indicator (or ``viewer.choose("I2")``) redraws it.
"""

from __future__ import annotations

from collections.abc import Sequence

import ipywidgets as widgets

from grader.domain.indicators import Indicator
from grader.widgets.common import note


class IndicatorViewer(widgets.VBox):
    """A labeled dropdown of indicators and the chosen indicator's chart."""

    def __init__(self, indicators: Sequence[Indicator]) -> None:
        if not indicators:
            raise ValueError("IndicatorViewer needs at least one indicator: pass the list from "
                             "from_frames(...).")
        self.indicators = {ind.indicator_id: ind for ind in indicators}
        self.dropdown = widgets.Dropdown(
            options=[(f"{ind.indicator_id}: {ind.name} (chosen by {ind.chosen_by})", ind.indicator_id)
                     for ind in indicators],
            value=indicators[0].indicator_id,
            description="Indicator:",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="100%"),
        )
        self.chart = widgets.HTML("")
        self.alt_text = ""  # the description of the chart on show, for reading aloud or copying
        self.dropdown.observe(lambda change: self.draw(change["new"]), names="value")
        self.draw(self.dropdown.value)
        super().__init__([self.dropdown, self.chart])

    def choose(self, indicator_id: str) -> None:
        """Show another indicator, as choosing it in the dropdown does."""
        if indicator_id not in self.indicators:
            raise ValueError(f'There is no indicator "{indicator_id}" here. Use one of: '
                             f"{', '.join(self.indicators)}.")
        self.dropdown.value = indicator_id

    def draw(self, indicator_id: str) -> str:
        """Redraw the chart; a missing matplotlib is reported in words."""
        try:
            from grader.charts.plots import trend_chart

            drawn = trend_chart(self.indicators[indicator_id])
            self.alt_text = drawn.alt_text
            self.chart.value = drawn.to_html()
        except ImportError as missing:
            self.alt_text = str(missing)
            self.chart.value = note(str(missing))
        return self.chart.value
