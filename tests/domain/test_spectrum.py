"""Does the engagement spectrum say exactly what DESIGN §4 says, and can learners name its levels?"""

from __future__ import annotations

import pytest

from grader.domain.spectrum import (
    SOURCE,
    SPECTRUM,
    Level,
    ResourceAllocation,
    UnknownLevel,
    level,
    one_step_up,
    stances,
)

# DESIGN §4, copied by hand: (number, stance, impact, resource allocation text).
DESIGN_TABLE = [
    (0, "Ignore", "Marginalization", "100% systems administration"),
    (1, "Inform", "Placation", "70-90% systems administration, 10-30% promotion and publicity"),
    (2, "Consult", "Tokenization", "60-80% systems administration, 20-40% consultation activities"),
    (3, "Involve", "Voice", "50-60% systems administration, 40-50% community involvement"),
    (4, "Collaborate", "Delegated Power", "20-50% systems administration, 50-70% community partners"),
    (5, "Defer To", "Community Ownership",
     "80-100% community partners and community-driven processes"),
]

DESIGN_ACTIVITIES = {
    0: ("closed-door meetings", "misinformation"),
    1: ("fact sheets", "open houses", "presentations"),
    2: ("public comment", "focus groups", "surveys", "community forums"),
    3: ("community organizing", "house meetings", "interactive workshops"),
    4: (
        "agreements (MOUs) with community-based organizations",
        "community advisory committees with real authority",
        "co-led planning",
    ),
    5: (
        "community-driven planning",
        "participatory budgeting",
        "participatory action research",
        "cooperatives",
    ),
}


def test_spectrum_has_six_levels_numbered_zero_to_five_in_order():
    assert len(SPECTRUM) == 6
    assert [lvl.number for lvl in SPECTRUM] == [0, 1, 2, 3, 4, 5]
    assert all(isinstance(lvl, Level) for lvl in SPECTRUM)


@pytest.mark.parametrize("number, stance, impact, resources", DESIGN_TABLE)
def test_each_level_has_the_stance_and_impact_named_in_the_design(number, stance, impact, resources):
    lvl = SPECTRUM[number]
    assert (lvl.number, lvl.stance, lvl.impact) == (number, stance, impact)


@pytest.mark.parametrize("number, stance, impact, resources", DESIGN_TABLE)
def test_resource_allocation_reads_as_the_design_table(number, stance, impact, resources):
    assert SPECTRUM[number].resources.describe() == resources


@pytest.mark.parametrize("number", range(6))
def test_typical_activities_match_the_design(number):
    assert SPECTRUM[number].activities == DESIGN_ACTIVITIES[number]


def test_community_share_rises_and_admin_share_falls_up_the_spectrum():
    community_lows = [lvl.resources.community[0] for lvl in SPECTRUM]
    assert community_lows == sorted(community_lows)
    admin_highs = [lvl.resources.admin[1] for lvl in SPECTRUM if lvl.resources.admin is not None]
    assert admin_highs == sorted(admin_highs, reverse=True)


def test_only_defer_to_leaves_systems_administration_unstated():
    assert [lvl.stance for lvl in SPECTRUM if lvl.resources.admin is None] == ["Defer To"]


def test_a_single_figure_is_written_without_a_range():
    assert ResourceAllocation((100, 100), (0, 0), "").describe() == "100% systems administration"
    assert ResourceAllocation((30, 30), (70, 70), "x").describe() == "30% systems administration, 70% x"


def test_stances_lists_the_six_stances_from_ignore_to_defer_to():
    assert stances() == ["Ignore", "Inform", "Consult", "Involve", "Collaborate", "Defer To"]


def test_label_is_number_then_stance():
    assert [lvl.label for lvl in SPECTRUM] == [
        "0 Ignore", "1 Inform", "2 Consult", "3 Involve", "4 Collaborate", "5 Defer To",
    ]


def test_summary_names_level_impact_activities_and_resources():
    text = level("Consult").summary()
    assert text.startswith("Level 2, Consult: leads to tokenization.")
    assert "public comment, focus groups, surveys, community forums" in text
    assert "60-80% systems administration, 20-40% consultation activities" in text


def test_every_level_has_plain_words():
    assert all(lvl.plain_words.strip() for lvl in SPECTRUM)
    assert len({lvl.plain_words for lvl in SPECTRUM}) == 6


def test_source_cites_gonzalez_facilitating_power_2019():
    assert "Rosa González" in SOURCE and "Facilitating Power" in SOURCE and "2019" in SOURCE


@pytest.mark.parametrize("number, stance, impact, resources", DESIGN_TABLE)
def test_level_accepts_number_stance_label_or_impact(number, stance, impact, resources):
    expected = SPECTRUM[number]
    for name in (number, str(number), stance, f"{number} {stance}", impact):
        assert level(name) is expected, name


@pytest.mark.parametrize("name", ["collaborate", "COLLABORATE", "  Collaborate  ", "4 collaborate",
                                  "delegated power", "DELEGATED POWER"])
def test_level_lookup_ignores_case_and_surrounding_space(name):
    assert level(name).number == 4


def test_level_accepts_defer_to_with_its_space():
    assert level("defer to").number == 5
    assert level("Community Ownership").number == 5


@pytest.mark.parametrize("name", ["Partner", "6", -1, "", "Defer", "4 Consult", 2.5])
def test_unknown_level_is_a_value_error_that_lists_every_stance(name):
    with pytest.raises(UnknownLevel) as raised:
        level(name)
    message = str(raised.value)
    assert f'"{name}" is not a level' in message
    assert "0 to 5" in message
    for stance in stances():
        assert f'"{stance}"' in message
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("current, expected", [(0, "Inform"), ("Inform", "Consult"), ("consult", "Involve"),
                                               ("3 Involve", "Collaborate"), ("Delegated Power", "Defer To")])
def test_one_step_up_is_the_next_level(current, expected):
    assert one_step_up(current).stance == expected


def test_there_is_no_step_up_from_defer_to():
    assert one_step_up("Defer To") is None
    assert one_step_up(5) is None


def test_one_step_up_rejects_an_unknown_level():
    with pytest.raises(UnknownLevel):
        one_step_up("Partner")


def test_levels_are_immutable():
    with pytest.raises(AttributeError):
        SPECTRUM[0].stance = "Something else"  # type: ignore[misc]


def test_placements_are_saved_by_stance_and_read_back_without_the_unplaced(tmp_path):
    from grader.domain.spectrum import load_placements, save_placements

    path = save_placements({"E1": 2, "E2": "defer to", "E3": None, "E4": ...}, tmp_path / "spectrum-placements.json")
    assert path.read_text(encoding="utf-8").count("null") == 2
    assert load_placements(path) == {"E1": "Consult", "E2": "Defer To"}
