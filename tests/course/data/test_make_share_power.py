"""Is module 03's synthetic process data reproducible, labeled, and shaped for the budget tasks
(residents and staff, languages to interpret, some meetings in working hours)?"""

from __future__ import annotations

from grader.course.data import load, make_share_power
from grader.domain.participation_budget import (
    COST_TYPES,
    languages_needed,
    meetings_in_work_hours,
)

TABLES = ("process_participants", "process_meetings", "participation_unit_costs")


def test_build_makes_three_new_tables_with_a_fixed_seed():
    assert tuple(make_share_power.build()) == TABLES
    assert make_share_power.build() == make_share_power.build(make_share_power.SEED)
    assert make_share_power.build(make_share_power.SEED + 1) != make_share_power.build()


def test_the_shipped_tables_carry_the_synthetic_note_and_match_the_maker():
    for table in TABLES:
        frame = load(table)
        assert frame.attrs["note"].startswith("SYNTHETIC DATA")
        assert len(frame) == len(make_share_power.build()[table])


def test_each_process_has_residents_staff_and_unique_ids():
    people = load("process_participants")
    assert people["participant_id"].is_unique
    counts = people.groupby(["process", "role"]).size().to_dict()
    assert counts == {("food-grants", "department staff"): 2, ("food-grants", "resident"): 12,
                      ("home-visits", "department staff"): 3, ("home-visits", "resident"): 24}
    staff = people[people["role"] == "department staff"]
    assert (staff["children_needing_care"] == 0).all() and not staff["needs_transport"].any()


def test_residents_need_interpretation_in_languages_other_than_english():
    people = load("process_participants")
    assert languages_needed(people.query("process == 'food-grants'")) == ["Hmong", "Spanish"]
    assert languages_needed(people.query("process == 'home-visits'")) == [
        "American Sign Language", "Spanish", "Vietnamese"]


def test_some_meetings_fall_in_working_hours_so_there_is_something_to_fix():
    meetings = load("process_meetings")
    assert meetings["meeting_id"].is_unique
    daytime = meetings_in_work_hours(meetings)
    assert list(daytime["meeting_id"]) == ["FM2", "HM2", "HM4"]


def test_unit_costs_cover_every_cost_type_but_the_learner_chosen_grant():
    costs = load("participation_unit_costs")
    assert list(costs["cost_type"]) == [kind for kind in COST_TYPES if kind != "capacity building"]
    assert (costs["unit_cost"] > 0).all()
