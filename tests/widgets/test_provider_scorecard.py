"""Does the scorecard explorer rank providers with the weights on its sliders, show problems
instead of raising, and label every control?"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd

from grader.domain.provider_scorecard import RUBRIC, scorecard
from grader.widgets.provider_scorecard import ScorecardExplorer, ranking_table
from tests.support.builders import provider, table


def network() -> pd.DataFrame:
    return table(provider("Board Clinic", reports_data_by_race_language="no"),
                 provider("Data Clinic", community_board_members=0),
                 provider("Quiet Hospital", equity_plan_published="no", interpretation_available="no"))


def test_every_slider_has_a_description_and_every_button_a_tooltip():
    explorer = ScorecardExplorer(network())
    assert len(explorer.sliders) == len(RUBRIC.criteria)
    assert all(s.description.startswith("Points: ") for s in explorer.sliders.values())
    buttons = [w for w in explorer.children[len(explorer.sliders)].children if isinstance(w, widgets.Button)]
    assert len(buttons) == 2 and all(b.description and b.tooltip for b in buttons)


def test_sliders_start_at_the_rubric_weights():
    explorer = ScorecardExplorer(network())
    assert {column: s.value for column, s in explorer.sliders.items()} == {c.column: c.weight for c in RUBRIC.criteria}


def test_scoring_shows_the_ranking_with_scores_and_criteria_in_words():
    explorer = ScorecardExplorer(network())
    explorer.score_button.click()
    html = explorer.output.value
    assert html.index("Board Clinic") < html.index("Data Clinic") < html.index("Quiet Hospital")
    assert "80 of 100" in html and "Scored with 100 points available." in explorer.status.value
    assert "6: " in html


def test_moving_a_slider_changes_the_ranking():
    explorer = ScorecardExplorer(network())
    explorer.set_weight("reports_data_by_race_language", 30)
    card = explorer.score()
    assert list(card["provider"]) == ["Data Clinic", "Quiet Hospital", "Board Clinic"]
    assert "110 points available" in explorer.status.value


def test_reset_puts_the_weights_back_and_rescores():
    explorer = ScorecardExplorer(network())
    explorer.set_weight("reports_data_by_race_language", 30)
    explorer.reset_button.click()
    assert explorer.sliders["reports_data_by_race_language"].value == 20
    assert "Scored with 100 points available." in explorer.status.value


def test_all_weights_at_zero_is_explained_not_raised():
    explorer = ScorecardExplorer(network())
    for column in explorer.sliders:
        explorer.set_weight(column, 0)
    assert explorer.score() is None
    assert "give at least one criterion a weight above 0" in explorer.status.value and explorer.output.value == ""


def test_a_bad_value_in_the_data_is_shown_with_the_provider_and_column():
    explorer = ScorecardExplorer(table(provider("Odd Clinic", interpretation_available="maybe")))
    explorer.score_button.click()
    assert "Odd Clinic" in explorer.status.value and "interpretation_available" in explorer.status.value


def test_ranking_table_escapes_provider_names():
    data = table(provider("<i>Clinic</i>"))
    html = ranking_table(scorecard(data), {"<i>Clinic</i>": []}, 100)
    assert "<i>Clinic</i>" not in html and "none" in html
