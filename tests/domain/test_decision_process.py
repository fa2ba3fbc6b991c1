"""Does the decision-process model read a process against the spectrum (who decides, when,
resources, activity), find its level by its weakest part, and say what a redesign one step up
still misses?"""

from __future__ import annotations

import re

import pytest

from grader.domain.decision_process import (
    ACTIVITIES,
    COMMUNITY,
    DECIDERS,
    DEPARTMENT,
    TIMINGS,
    TOGETHER,
    DecisionProcess,
    ProcessStep,
    Redesign,
    activity,
    decider,
    options,
    reaches_one_step_up,
    read_redesign,
    review_redesign,
    share,
    share_ceiling,
    share_levels,
    share_range,
    target_of,
    timing,
)
from grader.domain.spectrum import SPECTRUM

STEPS = ("Agree the criteria", "Choose")


def process(who=DEPARTMENT, joins="before the options are set", percent=45, act="interactive workshops"):
    deciders = who if isinstance(who, tuple) else (who, who)
    return DecisionProcess("Which neighborhoods get the program",
                           tuple(ProcessStep(name, d) for name, d in zip(STEPS, deciders, strict=True)),
                           joins, percent, act)


def redesign(who=TOGETHER, joins="before the options are set", percent=60, act="co-led planning"):
    return Redesign(dict.fromkeys(STEPS, who), joins, percent, act)


def met(findings) -> dict[str, bool]:
    return {f.criterion: f.met for f in findings}


# ---- reading a learner's words ----

@pytest.mark.parametrize("words, expected", [
    ("department alone", DEPARTMENT), ("Department", DEPARTMENT), ("the department", DEPARTMENT),
    ("together", TOGETHER), ("Department and Community Together", TOGETHER), ("shared", TOGETHER),
    ("community", COMMUNITY), ("The community.", COMMUNITY),
])
def test_who_decides_accepts_the_options_in_everyday_forms(words, expected):
    assert decider(words) == expected


def test_an_unknown_decider_lists_every_option():
    with pytest.raises(ValueError) as raised:
        decider("the mayor")
    assert str(raised.value) == ('"the mayor" is not one of the options for who decides. Use one of: '
                                 '"department alone", "department and community together", "community".')


@pytest.mark.parametrize("words, expected", [
    ("after options are set", "after the options are set"), ("Before the options are set", "before the options are set"),
    ("from the beginning", "from the start"), ("NEVER", "never"), ("after the decision", "after the decision"),
])
def test_timing_accepts_small_variations(words, expected):
    assert timing(words) == expected


def test_an_unknown_timing_lists_the_options():
    with pytest.raises(ValueError, match=r'"soon" is not one of the options for when .* "from the start"\.'):
        timing("soon")


@pytest.mark.parametrize("value, expected", [(60, 60.0), ("60", 60.0), ("45%", 45.0), (0, 0.0), (100.0, 100.0)])
def test_a_share_is_a_percent_written_any_usual_way(value, expected):
    assert share(value) == expected


@pytest.mark.parametrize("value", [-5, 101, "lots", True, float("nan"), None])
def test_a_share_outside_0_to_100_says_how_to_write_it(value):
    with pytest.raises(ValueError, match="Give a percent from 0 to 100, for example 45."):
        share(value)


def test_an_activity_can_be_named_exactly_or_by_an_unambiguous_part():
    assert activity("Co-led planning") == "co-led planning"
    assert activity("MOU") == "agreements (MOUs) with community-based organizations"
    with pytest.raises(ValueError, match="is not one of the spectrum's activities"):
        activity("planning")  # co-led and community-driven planning both match


def test_every_spectrum_activity_belongs_to_its_level():
    for lvl in SPECTRUM:
        for name in lvl.activities:
            assert ACTIVITIES[name] == lvl.number


# ---- resources against the spectrum's ranges (DESIGN §4) ----

def test_share_ranges_are_the_spectrum_community_ranges():
    assert [share_range(n) for n in range(6)] == [(0, 0), (10, 30), (20, 40), (40, 50), (50, 70), (80, 100)]


@pytest.mark.parametrize("percent, ceiling", [(0, 0), (9, 0), (10, 1), (25, 2), (40, 3), (49, 3), (50, 4),
                                              (75, 4), (80, 5), (100, 5)])
def test_a_share_supports_the_highest_level_whose_range_it_reaches(percent, ceiling):
    assert share_ceiling(percent) == ceiling


def test_a_share_can_fit_two_overlapping_ranges_or_none():
    assert share_levels(25) == (1, 2)
    assert share_levels(75) == ()


# ---- a process and its level ----

@pytest.mark.parametrize("parts, expected", [
    (dict(joins="never", percent=0, act="closed-door meetings"), 0),
    (dict(joins="after the decision", percent=15, act="fact sheets"), 1),
    (dict(joins="after the options are set", percent=30, act="surveys"), 2),
    (dict(), 3),
    (dict(who=TOGETHER, percent=60, act="co-led planning"), 4),
    (dict(who=COMMUNITY, joins="from the start", percent=90, act="participatory budgeting"), 5),
])
def test_a_process_made_of_one_levels_parts_reaches_that_level(parts, expected):
    assert process(**parts).level.number == expected


def test_a_process_reaches_only_as_far_as_its_weakest_part():
    strong_but_poor = process(who=TOGETHER, percent=5, act="co-led planning")
    assert strong_but_poor.ceilings() == {"who decides": 4, "when the community comes in": 4,
                                          "resources": 0, "activity": 4}
    assert strong_but_poor.level.stance == "Ignore"
    assert process(who=(TOGETHER, DEPARTMENT), percent=60, act="co-led planning").level.stance == "Involve"


def test_describe_and_explain_say_each_part_in_plain_words():
    flu = process(joins="after the decision", percent=15, act="fact sheets")
    text = flu.describe()
    assert "1. Agree the criteria: decided by the department alone" in text
    assert "after the decision (the community is told what was decided)" in text
    assert "community participation: 15%" in text
    assert flu.explain().splitlines()[-1] == "The process reaches 1 Inform (its weakest part sets the level)."


@pytest.mark.parametrize("change, message", [
    (dict(decision=" "), "Say what the process decides"),
    (dict(steps=()), "at least one step"),
    (dict(steps=(ProcessStep("A", DEPARTMENT), ProcessStep("A", TOGETHER))), "these repeat: ['A']"),
    (dict(steps=("A",)), "Give each step as Step(name, decided_by)."),
    (dict(community_joins="later"), "when the community comes in"),
    (dict(community_share=150), "percent from 0 to 100"),
    (dict(activity="town hall"), "spectrum's activities"),
])
def test_a_bad_process_raises_a_value_error_that_says_how_to_fix_it(change, message):
    parts = dict(decision="D", steps=(ProcessStep("A", DEPARTMENT),), community_joins="never",
                 community_share=0, activity="misinformation")
    with pytest.raises(ValueError, match=re.escape(message)):
        DecisionProcess(**{**parts, **change})


def test_a_step_without_a_name_or_with_an_unknown_decider_is_refused():
    with pytest.raises(ValueError, match="A step needs a name"):
        ProcessStep("  ", DEPARTMENT)
    with pytest.raises(ValueError, match="who decides"):
        ProcessStep("Choose", "the mayor")


# ---- redesign one step up ----

def test_the_target_is_one_level_up_and_the_top_has_none():
    assert target_of(process()).stance == "Collaborate"
    with pytest.raises(ValueError, match="already reaches Defer To"):
        target_of(process(who=COMMUNITY, joins="from the start", percent=90, act="cooperatives"))


def test_a_redesign_that_fits_every_part_reaches_one_step_up():
    findings = review_redesign(process(), redesign())
    assert all(f.met for f in findings) and len(findings) == 4
    assert reaches_one_step_up(process(), redesign())
    assert process().redesigned(redesign()).level.stance == "Collaborate"


def test_every_redesign_that_fits_every_part_reaches_exactly_the_target():
    current = process()
    plans = [redesign(who, joins, percent, name) for who in DECIDERS for joins in TIMINGS
             for percent in (45, 60, 90) for name in ("co-led planning", "house meetings")]
    reached = [plan for plan in plans if reaches_one_step_up(current, plan)]
    assert all(current.redesigned(plan).level.stance == "Collaborate" for plan in reached)
    assert {(p.decided_by["Choose"], p.community_joins, p.community_share, p.activity) for p in reached} == {
        (TOGETHER, "before the options are set", 60, "co-led planning"),
        (TOGETHER, "from the start", 60, "co-led planning"),
    }


def test_each_part_that_falls_short_is_named_with_what_the_target_needs():
    findings = review_redesign(process(), redesign(who=DEPARTMENT, joins="after the options are set",
                                                   percent=45, act="surveys"))
    assert met(findings) == {"who decides at each step": False, "when the community comes in": False,
                             "resources for community participation": False, "how the community takes part": False}
    advice = [f.advice for f in findings]
    assert advice[0] == ('At Collaborate, the department and the community decide every step together. Look again at '
                         '"Agree the criteria" and "Choose": decided by the department alone, which does not reach it yet.')
    assert "Coming in after the options are set does not reach it yet." in advice[1]
    assert advice[2] == ("At Collaborate the spectrum gives about 50-70% of resources to community partners; "
                         "this redesign gives 45%.")
    assert advice[3] == ('"surveys" is typical of Consult, not Collaborate. Pick an activity typical of '
                         "Collaborate from the spectrum table.")


def test_going_further_than_one_step_is_named_as_going_beyond():
    findings = review_redesign(process(), redesign(who=COMMUNITY, percent=90))
    assert met(findings)["who decides at each step"] is False
    assert "decided by the community, which goes beyond one step up" in findings[0].advice
    assert "this redesign gives 90%" in findings[2].advice


def test_a_share_written_as_a_fraction_gets_a_hint():
    (_, _, resources, _) = review_redesign(process(), redesign(percent=0.6))
    assert "Write the share as a percent" in resources.advice


def test_unchosen_parts_are_reported_as_missing_not_wrong():
    findings = review_redesign(process(), Redesign({"Choose": TOGETHER}))
    assert [f.missing for f in findings] == [True, True, True, True]
    assert findings[0].advice == "Choose who decides: Agree the criteria."
    assert Redesign({"Choose": TOGETHER}).missing_parts(process()) == [
        'who decides "Agree the criteria"', "when the community comes in", "the community share", "the main activity"]
    with pytest.raises(ValueError, match="The redesign is not complete"):
        process().redesigned(Redesign({}))


def test_read_redesign_takes_a_dict_with_one_decider_for_every_step_or_one_per_step():
    one = read_redesign(process(), {"decided_by": "together", "community_joins": "before options are set",
                                    "community_share": "60%", "activity": "co-led planning"})
    assert one == redesign()
    each = read_redesign(process(), {"decided_by": {"Agree the criteria": "shared", "Choose": ...}})
    assert each == Redesign({"Agree the criteria": TOGETHER, "Choose": None})


def test_read_redesign_takes_a_whole_process_with_the_same_steps():
    assert read_redesign(process(), process().redesigned(redesign())) == redesign()
    other = DecisionProcess("D", (ProcessStep("Elsewhere", DEPARTMENT),), "never", 0, "misinformation")
    with pytest.raises(ValueError, match="Keep the same steps as the current process: Agree the criteria, Choose."):
        read_redesign(process(), other)


def test_read_redesign_lists_every_part_it_cannot_read():
    with pytest.raises(ValueError) as raised:
        read_redesign(process(), {"decided_by": {"Chose": "x", "Choose": "mayor"}, "community_joins": "soon",
                                  "community_share": 200, "activity": "planning"})
    message = str(raised.value)
    for part in ("These are not steps of this process: Chose.", 'Step "Choose": "mayor"', '"soon"', '"200"',
                 '"planning"'):
        assert part in message


@pytest.mark.parametrize("answer, message", [
    ([1, 2], "dictionary of its parts, but this is a list"),
    ({"who": "community"}, "These are not parts of a redesign: who."),
])
def test_read_redesign_refuses_other_shapes_with_a_fix(answer, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        read_redesign(process(), answer)


def test_options_lists_every_choice_for_each_part():
    text = options()
    assert all(f'"{name}"' in text for name in [*DECIDERS, *TIMINGS, *ACTIVITIES])
    assert "a percent from 0 to 100" in text
