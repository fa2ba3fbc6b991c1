"""ScorecardExplorer: change a rubric's weights and see how a provider scorecard's ranking moves."""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

from grader.domain.provider_scorecard import RUBRIC, Rubric, ScorecardError, criteria_met, scorecard
from grader.widgets.common import button, note

MAX_WEIGHT = 40


def ranking_table(card: pd.DataFrame, met: dict[str, list[str]], total: int) -> str:
    """The scorecard as an HTML table: rank, provider, score out of the total, criteria met in words."""
    esc = html.escape
    rows = "".join(
        f"<tr><td>{row.rank}</td><th scope=\"row\">{esc(row.provider)}</th><td>{row.score} of {total}</td>"
        f"<td>{len(met[row.provider])}: {esc('; '.join(met[row.provider]) or 'none')}</td></tr>"
        for row in card.itertuples()
    )
    head = "".join(f'<th scope="col">{h}</th>' for h in ("rank", "provider", "score", "criteria met"))
    return f'<table style="text-align:left"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


class ScorecardExplorer(widgets.VBox):
    """One weight box per criterion (0-40 points, in steps of 5), Score and Reset buttons, and the ranking.

    The boxes are kept as ``sliders`` so earlier code keeps working.
    """

    def __init__(self, providers: pd.DataFrame, rubric: Rubric = RUBRIC) -> None:
        self.providers = providers
        self.rubric = rubric
        # Number boxes, not sliders: a screen reader names a box by its visible label, while
        # ipywidgets' slider handle has no accessible name (axe: aria-input-field-name).
        self.sliders = {
            c.column: widgets.BoundedIntText(value=c.weight, min=0, max=MAX_WEIGHT, step=5,
                                             description=f"Points: {c.label}",
                                             style={"description_width": "initial"},
                                             layout=widgets.Layout(width="auto"))
            for c in rubric.criteria
        }
        self.score_button = button("Score the providers", "Rank the providers with the weights above", "sort")
        self.reset_button = button("Reset the weights", "Put every weight back to the course's example", "undo")
        self.status = widgets.HTML("")
        self.output = widgets.HTML("")
        self.score_button.on_click(lambda _: self.score())
        self.reset_button.on_click(lambda _: self.reset())
        super().__init__([*self.sliders.values(), widgets.HBox([self.score_button, self.reset_button]),
                          self.status, self.output])

    def set_weight(self, column: str, points: int) -> None:
        """Set one criterion's weight, as typing it in its box does."""
        self.sliders[column].value = points

    @property
    def current_rubric(self) -> Rubric:
        return self.rubric.with_weights({column: s.value for column, s in self.sliders.items()})

    def score(self) -> pd.DataFrame | None:
        """Rank the providers with the current weights; a problem is shown, not raised."""
        try:
            rubric = self.current_rubric
            card = scorecard(self.providers, rubric)
            met = criteria_met(self.providers, rubric)
        except ScorecardError as problem:
            self.status.value = note(str(problem))
            self.output.value = ""
            return None
        self.status.value = note(f"Scored with {rubric.total} points available.")
        self.output.value = ranking_table(card, met, rubric.total)
        return card

    def reset(self) -> None:
        for criterion in self.rubric.criteria:
            self.sliders[criterion.column].value = criterion.weight
        self.score()
