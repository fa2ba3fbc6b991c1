"""Does the participation budget add up line by line, name every bad row with a fix, and apply
the four rules (stipends, interpretation, meeting times, the spectrum's community share)?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.domain.participation_budget import (
    COST_TYPES,
    BudgetError,
    community_participants,
    community_share,
    cost_type,
    languages_needed,
    line_totals,
    meetings_in_work_hours,
    minutes_of,
    overall_total,
    review,
    review_interpretation,
    review_meeting_times,
    review_share,
    review_stipends,
    totals_by_type,
    validate,
    validate_meetings,
)

COLUMNS = ["cost_type", "detail", "quantity", "unit_cost"]


def people() -> pd.DataFrame:
    """Three residents (English, Somali, Somali) and one staff member."""
    return pd.DataFrame({
        "role": ["resident", "resident", "resident", "department staff"],
        "language": ["English", "Somali", "Somali", "English"],
    })


def meetings(*times: tuple[str, str, float]) -> pd.DataFrame:
    times = times or (("Tuesday", "18:00", 2), ("Saturday", "10:00", 3))
    return pd.DataFrame({"meeting_id": [f"M{n}" for n in range(1, len(times) + 1)],
                         "weekday": [t[0] for t in times], "start": [t[1] for t in times],
                         "hours": [t[2] for t in times]})


def budget(*extra: tuple) -> pd.DataFrame:
    rows = [("stipend", "every resident", 6, 50), ("interpretation", "Somali", 2, 200),
            ("meals", "everyone", 8, 12), *extra]
    return pd.DataFrame(rows, columns=COLUMNS)


# ---- totals ----

def test_line_totals_multiply_quantity_by_unit_cost():
    assert list(line_totals(budget())["total"]) == [300, 400, 96]


def test_totals_by_type_lists_every_cost_type_with_zero_for_absent_ones():
    totals = totals_by_type(budget())
    assert list(totals.index) == list(COST_TYPES)
    assert totals.to_dict() == {"stipend": 300, "interpretation": 400, "childcare": 0, "meals": 96,
                                "transport": 0, "capacity building": 0}


def test_the_overall_total_and_community_share_of_a_project_budget():
    assert overall_total(budget()) == 796
    assert community_share(budget(("capacity building", "grant", 1, 1204)), 5000) == pytest.approx(40.0)


@pytest.mark.parametrize("project", [0, -10, "lots", None])
def test_a_project_budget_must_be_a_positive_number(project):
    with pytest.raises(BudgetError, match="give it as a positive number of dollars"):
        community_share(budget(), project)


def test_cost_types_are_read_in_everyday_forms():
    assert cost_type(" Stipends ") == "stipend" and cost_type("Child care") == "childcare"
    assert cost_type("transportation") == "transport" and cost_type("capacity-building") == "capacity building"


# ---- bad rows are named with a fix ----

def test_a_negative_amount_names_its_row_and_says_to_use_a_positive_number():
    with pytest.raises(BudgetError) as raised:
        validate(budget(("childcare", "children", 4, -30)))
    assert str(raised.value) == ("Row 3 (childcare, children): the unit cost is -30; amounts cannot be "
                                 "negative. Enter it as a positive number.")


def test_an_unknown_cost_type_names_its_row_and_lists_the_types():
    with pytest.raises(BudgetError) as raised:
        validate(budget(("snacks", "", 4, 5)))
    assert str(raised.value) == ('Row 3 (snacks): "snacks" is not a cost type. Use one of: stipend, '
                                 "interpretation, childcare, meals, transport, capacity building.")


def test_every_bad_row_is_named_at_once():
    bad = budget(("meals", "x", "six", 12), ("interpretation", "", 2, 200))
    with pytest.raises(BudgetError) as raised:
        validate(bad)
    message = str(raised.value)
    assert "Row 3 (meals, x): the quantity is 'six', not a number." in message
    assert "Row 4 (interpretation): say which language this interpretation is for, in the detail column." in message


def test_a_given_total_must_match_quantity_times_unit_cost():
    frame = budget().assign(total=[300, 400, 90])
    with pytest.raises(BudgetError, match=r"Row 2 \(meals, everyone\): total is 90, but quantity x unit cost is 96"):
        validate(frame)
    assert validate(budget().assign(total=[300, 400, 96]))["total"].sum() == 796


def test_rows_are_named_by_their_own_index_labels():
    frame = budget(("food", "", -1, 5)).set_index(pd.Index(["a", "b", "c", "d"]))
    with pytest.raises(BudgetError, match=r"^Row d \(food\): the quantity is -1"):
        validate(frame)


@pytest.mark.parametrize("frame, message", [
    ([("stipend", 1, 2)], "should be a pandas DataFrame, but this is a list"),
    (pd.DataFrame({"cost_type": ["stipend"], "amount": [3]}), "it is missing quantity, unit_cost. It has: cost_type, amount"),
    (pd.DataFrame(columns=COLUMNS), "The budget has no rows yet"),
])
def test_a_budget_in_the_wrong_shape_says_what_to_change(frame, message):
    with pytest.raises(BudgetError, match=message):
        validate(frame)


def test_more_than_six_problems_are_summarized():
    frame = pd.DataFrame([("x", "", 1, 1)] * 8, columns=COLUMNS)
    with pytest.raises(BudgetError, match=r"\.\.\. and 2 more\.$"):
        validate(frame)


# ---- people and meetings ----

def test_community_participants_are_residents_and_languages_exclude_english():
    assert len(community_participants(people())) == 3
    assert languages_needed(people()) == ["Somali"]


@pytest.mark.parametrize("clock, minutes", [("18:00", 1080), ("9:30", 570), (" 00:05 ", 5)])
def test_times_read_on_the_24_hour_clock(clock, minutes):
    assert minutes_of(clock) == minutes


@pytest.mark.parametrize("clock", ["6pm", "24:00", "18:75", "18"])
def test_a_time_that_is_not_hh_mm_says_how_to_write_it(clock):
    with pytest.raises(ValueError, match='Write it on the 24-hour clock, such as "18:00".'):
        minutes_of(clock)


@pytest.mark.parametrize("day, start, hours, daytime", [
    ("Tuesday", "10:00", 2, True), ("Tuesday", "16:00", 2, True), ("Tuesday", "08:00", 2, True),
    ("Tuesday", "17:00", 2, False), ("Tuesday", "06:30", 2.5, False), ("Saturday", "10:00", 3, False),
    ("sunday", "14:00", 2, False),
])
def test_weekday_meetings_overlapping_nine_to_five_are_in_work_hours(day, start, hours, daytime):
    found = meetings_in_work_hours(meetings((day, start, hours)))
    assert (len(found) == 1) is daytime


def test_bad_meeting_rows_are_named():
    bad = meetings(("Funday", "18:00", 2), ("Monday", "6pm", 0))
    with pytest.raises(BudgetError) as raised:
        validate_meetings(bad)
    message = str(raised.value)
    assert "Meeting row 0 (M1): 'Funday' is not a day." in message
    assert "Meeting row 1 (M2): '6pm' is not a time." in message
    assert "Meeting row 1 (M2): hours is 0; give the length as a positive number of hours." in message


# ---- the four rules ----

def test_a_complete_budget_meets_all_four_rules():
    full = budget(("capacity building", "grant", 1, 1204))
    findings = review(full, people(), meetings(), project_budget=5000, level=3, planned_meetings=2)
    assert [f.met for f in findings] == [True, True, True, True]
    assert [f.criterion for f in findings] == ["stipends for every community participant",
                                              "interpretation in every language needed",
                                              "meetings at times residents can attend",
                                              "community share fits Involve"]


def test_stipends_short_of_every_resident_at_every_meeting_are_flagged():
    lines = validate(budget().replace({"quantity": {6: 4}}))
    finding = review_stipends(lines, people(), 2)
    assert not finding.met and "fewer than every community participant at every meeting" in finding.advice


def test_stipends_for_staff_too_are_flagged_with_the_reason():
    lines = validate(budget().replace({"quantity": {6: 8}}))
    finding = review_stipends(lines, people(), 2)
    assert not finding.met and "Department staff are paid by their jobs" in finding.advice


def test_a_missing_language_or_too_few_meetings_of_interpretation_is_named():
    two_languages = pd.concat([people(), pd.DataFrame({"role": ["resident"], "language": ["Vietnamese"]})])
    finding = review_interpretation(validate(budget()), two_languages, 2)
    assert not finding.met and "for: Vietnamese." in finding.advice
    short = validate(budget().replace({"quantity": {2: 1}}))
    assert "for: Somali." in review_interpretation(short, people(), 2).advice
    assert review_interpretation(validate(budget().replace({"detail": {"Somali": "somali"}})), people(), 2).met


def test_daytime_meetings_are_listed_by_id_and_dropped_meetings_are_noticed():
    daytime = review_meeting_times(meetings(("Monday", "10:00", 2), ("Friday", "19:00", 2)))
    assert not daytime.met and "when many residents are at work: M1." in daytime.advice
    dropped = review_meeting_times(meetings(("Friday", "19:00", 2)), planned=2)
    assert not dropped.met and "The plan has 2 meetings and this table has 1." in dropped.advice


@pytest.mark.parametrize("grant, met, words", [(1204, True, "within the 40-50%"), (0, False, "Add or raise"),
                                                (4000, False, "Trim the capacity-building line")])
def test_the_community_share_must_fit_the_target_level(grant, met, words):
    finding = review_share(validate(budget(("capacity building", "grant", 1, grant))), 5000, 3)
    assert finding.met is met and words in finding.advice
