"""Do the item file's digests encode exactly the answers in tests/support/answer_keys.py, and do those
answers earn full points (and wrong ones less)?"""

from __future__ import annotations

import pytest

from grader.checks import points, spec
from grader.checks.choice import QUESTIONS
from grader.course.data import load
from grader.domain.spectrum import SPECTRUM
from tests.support.answer_keys import CHOICES, COUNTS, PLACEMENTS, digests
from tests.support.builders import (
    COVERED,
    GROUP_COUNTS,
    RANKED,
    ranked_frame,
    right_answer,
)


def test_every_check_of_modules_00_and_01_except_free_text_plans_has_an_answer_key():
    keyed = set(CHOICES) | set(PLACEMENTS) | set(COUNTS)
    plans = {cid for cid in COVERED if spec(cid).title == "One-to-one plan"}
    assert keyed == set(COVERED) - plans
    assert plans, "the one-to-one plan checks should be registered"


@pytest.mark.parametrize("check_id", sorted(CHOICES))
def test_each_choice_question_stores_the_digest_of_its_key_letter(check_id):
    assert QUESTIONS[check_id].key_digest == digests()[check_id]["choice"]


@pytest.mark.parametrize("check_id", COVERED)
def test_the_right_answer_earns_full_points(check_id):
    assert points(check_id, right_answer(check_id)) == spec(check_id).max_points > 0


@pytest.mark.parametrize("check_id", sorted(CHOICES))
def test_every_wrong_letter_of_a_choice_question_scores_zero(check_id):
    letters = QUESTIONS[check_id].letters()
    assert CHOICES[check_id] in letters
    for letter in letters:
        expected = 1.0 if letter == CHOICES[check_id] else 0.0
        assert points(check_id, letter) == expected * spec(check_id).max_points, letter


@pytest.mark.parametrize("check_id", sorted(PLACEMENTS))
def test_moving_any_one_placement_costs_exactly_one_point(check_id):
    full = spec(check_id).max_points
    for scenario_id, right_level in PLACEMENTS[check_id].items():
        for lvl in SPECTRUM:
            if lvl.number == right_level:
                continue
            answer = {**PLACEMENTS[check_id], scenario_id: lvl.stance}
            assert points(check_id, answer) == full - 1, (scenario_id, lvl.stance)


@pytest.mark.parametrize("check_id", sorted(GROUP_COUNTS))
def test_miscounting_any_one_group_costs_exactly_one_point(check_id):
    full = spec(check_id).max_points
    for group in COUNTS[check_id]:
        answer = right_answer(check_id)
        answer[group] += 1
        assert points(check_id, answer) == full - 1, group


@pytest.mark.parametrize("check_id", sorted(RANKED))
def test_miscounting_any_one_agency_loses_points(check_id):
    full = spec(check_id).max_points
    for agency in COUNTS[check_id]:
        wrong = {**COUNTS[check_id], agency: COUNTS[check_id][agency] + 1}
        assert points(check_id, ranked_frame(wrong)) < full, agency


def test_ranked_answer_key_is_in_the_order_the_exercise_asks_for():
    frame = right_answer("ex01.ranking")
    expected = frame.sort_values(["active_campaigns", "agency"], ascending=[False, True])
    assert list(frame["agency"]) == list(expected["agency"])


def test_count_keys_agree_with_the_shipped_riverbend_data():
    campaigns, partners, agencies = load("campaigns"), load("partners"), load("agencies")
    active = campaigns[campaigns["status"] == "active"]
    by_type = active.merge(partners, on="partner_id")["type"].value_counts()
    assert {t: int(by_type.get(t, 0)) for t in partners["type"].unique()} == COUNTS["01.active_by_type"]
    by_agency = active["target_agency_id"].value_counts()
    counted = {row.agency: int(by_agency.get(row.agency_id, 0)) for row in agencies.itertuples()}
    assert counted == COUNTS["ex01.ranking"]
