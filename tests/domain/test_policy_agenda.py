"""Does aligning an agenda count only the active priorities of power-building organizations,
weigh them by rank, keep unbacked policies at zero, and name what the agenda leaves out?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.domain.policy_agenda import (
    CPBO,
    active_cpbo_priorities,
    alignment,
    missing_from_agenda,
    rank_points,
    require_columns,
)

PARTNERS = pd.DataFrame({
    "partner_id": ["T", "W", "C"],
    "name": ["Tenants Union", "Worker Center", "Chamber"],
    "type": [CPBO, CPBO, "business association"],
})
PRIORITIES = pd.DataFrame({
    "partner_id": ["T", "T", "T", "W", "W", "W", "C"],
    "rank": [1, 2, 3, 1, 2, 3, 1],
    "policy": ["Rent rules", "Tenant unions", "Inspections", "Heat standard", "Rent rules", "Sick days", "Fee cuts"],
    "status": ["active", "active", "paused", "active", "active", "won", "active"],
})
AGENDA = pd.DataFrame({"policy": ["Inspections", "Heat standard", "Fee cuts", "Rent rules", "Classes"]})


@pytest.mark.parametrize("rank, expected", [(1, 3), (2, 2), (3, 1)])
def test_a_first_priority_earns_three_points_a_second_two_a_third_one(rank, expected):
    assert rank_points(rank) == expected


@pytest.mark.parametrize("rank", [0, 4, "1", 1.5, None])
def test_a_rank_outside_one_to_three_is_refused_with_what_it_should_be(rank):
    with pytest.raises(ValueError, match="should be 1, 2 or 3"):
        rank_points(rank)


def test_only_active_priorities_of_power_building_organizations_count():
    active = active_cpbo_priorities(PRIORITIES, PARTNERS)
    assert sorted(active["policy"]) == ["Heat standard", "Rent rules", "Rent rules", "Tenant unions"]
    assert set(active["name"]) == {"Tenants Union", "Worker Center"}
    assert active.set_index(["partner_id", "policy"])["points"].to_dict() == {
        ("T", "Rent rules"): 3, ("T", "Tenant unions"): 2, ("W", "Heat standard"): 3, ("W", "Rent rules"): 2}


def test_alignment_ranks_every_agenda_policy_by_points_with_ties_a_to_z_and_zeros_kept():
    table = alignment(AGENDA, PRIORITIES, PARTNERS)
    assert list(table.columns) == ["policy", "organizations", "points"]
    assert table.values.tolist() == [
        ["Rent rules", 2, 5], ["Heat standard", 1, 3], ["Classes", 0, 0], ["Fee cuts", 0, 0], ["Inspections", 0, 0]]


def test_a_policy_listed_twice_on_the_agenda_is_ranked_once():
    doubled = pd.concat([AGENDA, AGENDA.head(1)])
    assert len(alignment(doubled, PRIORITIES, PARTNERS)) == len(AGENDA)


def test_missing_from_agenda_lists_active_cpbo_priorities_the_agenda_leaves_out():
    assert missing_from_agenda(AGENDA, PRIORITIES, PARTNERS) == ["Tenant unions"]
    assert missing_from_agenda(pd.DataFrame({"policy": []}), PRIORITIES, PARTNERS) == [
        "Heat standard", "Rent rules", "Tenant unions"]


def test_a_table_without_a_needed_column_names_it_and_how_to_load_the_right_one():
    with pytest.raises(ValueError, match=r"partners needs the columns type; .* Load it with load\('partners'\)"):
        active_cpbo_priorities(PRIORITIES, PARTNERS.drop(columns="type"))
    with pytest.raises(ValueError, match="policy_agenda should be a pandas DataFrame"):
        alignment(["Rent rules"], PRIORITIES, PARTNERS)  # type: ignore[arg-type]


def test_require_columns_returns_the_frame_when_it_has_them():
    assert require_columns(AGENDA, ("policy",), "policy_agenda") is AGENDA
