"""Does the provider scorecard score by its rubric, rank highest first with ties A to Z, and
name the provider and column of every bad value?"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from grader.domain.provider_scorecard import (
    RUBRIC,
    Criterion,
    Rubric,
    ScorecardError,
    check_table,
    criteria_met,
    legal_checks,
    scorecard,
)
from tests.support.builders import provider, table


def scores(card: pd.DataFrame) -> dict[str, int]:
    return dict(zip(card["provider"], card["score"], strict=True))


# ---- the rubric ----

def test_the_course_rubric_is_worth_100_points_and_explains_every_criterion():
    assert RUBRIC.total == 100
    assert all(c.label and c.why.endswith(".") and c.weight > 0 for c in RUBRIC.criteria)


def test_describe_lists_each_criterion_with_its_rule_points_and_reason():
    described = RUBRIC.describe()
    assert list(described.columns) == ["criterion", "column", "met when", "points", "why it matters",
                                       "check your local legal duties"]
    assert len(described) == len(RUBRIC.criteria)
    row = described.set_index("column").loc["community_board_members"]
    assert (row["met when"], row["points"]) == ("at least 2", 20)
    assert described.set_index("column").loc["equity_plan_published", "met when"] == "yes"


def test_with_weights_changes_only_the_named_weights():
    heavier = RUBRIC.with_weights({"community_board_members": 40})
    assert heavier.total == 120
    assert [c.weight for c in heavier.criteria if c.column != "community_board_members"] == \
        [c.weight for c in RUBRIC.criteria if c.column != "community_board_members"]


def test_with_weights_names_a_column_the_rubric_does_not_have():
    with pytest.raises(ScorecardError, match="These are not columns in the rubric: board_seats. Use: "):
        RUBRIC.with_weights({"board_seats": 10})


@pytest.mark.parametrize("weight", [-5, 2.5, "10", True])
def test_a_weight_must_be_a_whole_number_of_points(weight):
    with pytest.raises(ScorecardError, match="use a whole number of points, 0 or more"):
        Criterion("x", "x", "x.", weight)


def test_a_rubric_that_gives_no_points_says_how_to_fix_it():
    with pytest.raises(ScorecardError, match="give at least one criterion a weight above 0"):
        RUBRIC.with_weights(dict.fromkeys(RUBRIC.columns, 0))


def test_a_rubric_may_not_use_a_column_twice():
    with pytest.raises(ScorecardError, match="uses a column twice: a"):
        Rubric((Criterion("a", "A", "A.", 1), Criterion("a", "B", "B.", 1)))


# ---- scoring ----

def test_a_provider_meeting_every_criterion_earns_every_point():
    card = scorecard(table(provider("Full Marks Clinic")))
    assert scores(card) == {"Full Marks Clinic": 100}
    assert list(card.columns) == ["rank", "provider", *RUBRIC.columns, "score"]


@pytest.mark.parametrize("criterion", RUBRIC.criteria, ids=lambda c: c.column)
def test_missing_one_criterion_costs_exactly_its_weight(criterion):
    failing = "no" if criterion.at_least is None else criterion.at_least - 1
    card = scorecard(table(provider("Clinic", **{criterion.column: failing})))
    assert scores(card) == {"Clinic": 100 - criterion.weight}
    assert card.loc[0, criterion.column] == 0


@pytest.mark.parametrize("column, value", [("community_board_members", 2), ("public_insurance_pct", 30),
                                           ("community_benefit_pct", 3.0), ("complaints_resolved_pct", 80)])
def test_a_value_exactly_at_the_threshold_meets_it(column, value):
    assert scores(scorecard(table(provider("Clinic", **{column: value})))) == {"Clinic": 100}


def test_ranking_is_highest_first_with_ties_a_to_z():
    card = scorecard(table(
        provider("Zeta Clinic", equity_plan_published="no"),
        provider("Alpha Hospital", equity_plan_published="no"),
        provider("Mid Plan", interpretation_available="no"),
        provider("Top Clinic"),
    ))
    assert list(card["provider"]) == ["Top Clinic", "Mid Plan", "Alpha Hospital", "Zeta Clinic"]
    assert list(card["score"]) == [100, 90, 85, 85]
    assert list(card.index) == [0, 1, 2, 3]


def test_ranks_are_shared_by_ties_and_skip_after_them():
    card = scorecard(table(
        provider("B Clinic", equity_plan_published="no"),
        provider("A Clinic", equity_plan_published="no"),
        provider("C Clinic", reports_data_by_race_language="no"),
        provider("D Clinic"),
    ))
    assert list(zip(card["rank"], card["provider"], card["score"], strict=True)) == [
        (1, "D Clinic", 100), (2, "A Clinic", 85), (2, "B Clinic", 85), (4, "C Clinic", 80)]


def test_changing_the_weights_can_change_the_order():
    rows = table(provider("Board Clinic", reports_data_by_race_language="no"),
                 provider("Data Clinic", community_board_members=0))
    assert list(scorecard(rows)["provider"]) == ["Board Clinic", "Data Clinic"]
    heavier = RUBRIC.with_weights({"reports_data_by_race_language": 30})
    assert list(scorecard(rows, heavier)["provider"]) == ["Data Clinic", "Board Clinic"]


@pytest.mark.parametrize("yes", ["yes", "Yes", " YES ", True, np.True_])
def test_yes_may_be_written_in_any_case_or_as_true(yes):
    assert scores(scorecard(table(provider("Clinic", interpretation_available=yes)))) == {"Clinic": 100}


def test_numbers_written_as_text_are_read_as_numbers():
    row = provider("Clinic", community_board_members="2", public_insurance_pct="30.0")
    assert scores(scorecard(table(row))) == {"Clinic": 100}


def test_extra_columns_and_another_name_column_are_fine():
    frame = table(provider("Clinic")).rename(columns={"provider": "name"}).assign(kind="clinic")
    assert list(scorecard(frame, name_column="name")["name"]) == ["Clinic"]


def test_criteria_met_lists_labels_in_rubric_order():
    met = criteria_met(table(provider("Clinic", interpretation_available="no")))
    labels = [c.label for c in RUBRIC.criteria if c.column != "interpretation_available"]
    assert met == {"Clinic": labels}


# ---- clear errors ----

def test_missing_columns_are_named_with_the_columns_present():
    frame = table(provider("Clinic")).drop(columns=["equity_plan_published", "public_insurance_pct"])
    with pytest.raises(ScorecardError) as raised:
        check_table(frame)
    message = str(raised.value)
    assert message.startswith("The table is missing the columns 'public_insurance_pct', 'equity_plan_published'.")
    assert "It has: 'provider', " in message and "Merge the indicators with the providers table" in message


def test_a_missing_provider_column_is_named():
    with pytest.raises(ScorecardError, match="missing the column 'provider'\\."):
        check_table(table(provider("Clinic")).drop(columns=["provider"]))


@pytest.mark.parametrize("column, value, fix", [
    ("interpretation_available", "maybe", 'use "yes" or "no"'),
    ("equity_plan_published", 1, 'use "yes" or "no"'),
    ("community_board_members", "lots", "use a number of 0 or more"),
    ("community_board_members", -1, "use a number of 0 or more"),
    ("community_board_members", float("inf"), "use a number of 0 or more"),
    ("public_insurance_pct", 140, "use a number from 0 to 100"),
    ("complaints_resolved_pct", True, "use a number from 0 to 100"),
])
def test_a_bad_value_names_the_provider_the_column_and_the_fix(column, value, fix):
    frame = table(provider("Good Clinic"), provider("Odd Hospital", **{column: value}))
    with pytest.raises(ScorecardError) as raised:
        scorecard(frame)
    assert str(raised.value) == f'Provider "Odd Hospital" has "{value}" in column "{column}"; {fix}.'


@pytest.mark.parametrize("blank", [None, np.nan, pd.NA])
def test_an_empty_value_names_the_provider_and_column(blank):
    frame = table(provider("Gap Clinic", community_benefit_pct=blank))
    with pytest.raises(ScorecardError, match='Provider "Gap Clinic" has no value in column "community_benefit_pct"; '
                                             "fill it in before scoring."):
        scorecard(frame)


def test_a_provider_listed_twice_is_named_with_a_hint_about_years():
    with pytest.raises(ScorecardError, match='Provider "Twice Clinic" appears more than once; keep one row per '
                                             "provider \\(for example, keep only one year\\)."):
        scorecard(table(provider("Twice Clinic"), provider("Twice Clinic")))


def test_something_other_than_a_dataframe_is_named():
    with pytest.raises(ScorecardError, match="Expected a pandas DataFrame of providers, but this is a list."):
        scorecard([provider("Clinic")])  # type: ignore[arg-type]


def test_scorecard_errors_are_value_errors():
    assert issubclass(ScorecardError, ValueError)


def test_criteria_that_may_be_legal_duties_say_to_check_local_law_and_what_is_uncertain():
    flagged = {c.column: c.legal_check for c in RUBRIC.criteria if c.legal_check}
    assert set(flagged) == {"interpretation_available", "community_board_members", "community_benefit_pct"}
    assert all(("Check" in text and "local legal duties" in text) or "Check which rules" in text
               for text in flagged.values())
    benefit = next(c for c in RUBRIC.criteria if c.column == "community_benefit_pct")
    assert benefit.why.startswith("Community benefit means")


def test_legal_checks_lists_the_providers_that_miss_a_possible_duty_without_changing_scores():
    frame = table(provider("Clinic", interpretation_available="no"), provider("Plan"))
    found = legal_checks(frame)
    assert list(found["provider"]) == ["Clinic"]
    assert found.iloc[0]["misses"] == "offers interpretation in patients' languages"
    assert "local legal duties" in found.iloc[0]["check your local legal duties"]
    assert scores(scorecard(frame)) == {"Clinic": 90, "Plan": 100}
