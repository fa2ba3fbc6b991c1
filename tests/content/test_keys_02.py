"""Do Module 02's item file's digests encode exactly the answers in tests/support/keys_02.py, do those
answers agree with the shipped data, and do they earn full points (and wrong ones less)?"""

from __future__ import annotations

import pytest

from grader.checks import check, known_checks, points, spec
from grader.domain.data_brief import MARKER
from tests.support.builders import asthma, evictions, from_key
from tests.support.keys_02 import (
    CHOICES,
    LEVERS,
    RUBRIC_CHECKS,
    SAFE_COUNTS,
    SAFE_RATES,
    good_plan,
)

MODULE_CHECKS = sorted(c for c in known_checks() if c.startswith(("02.", "ex02.")))


def right_answer(check_id: str):
    if check_id in CHOICES:
        return CHOICES[check_id]
    if check_id in LEVERS:
        return {goal: keys[0] for goal, keys in LEVERS[check_id].items()}
    if check_id in SAFE_COUNTS:
        return from_key(SAFE_COUNTS[check_id])
    if check_id in SAFE_RATES:
        return from_key(SAFE_RATES[check_id])
    if check_id in RUBRIC_CHECKS:
        return good_plan()
    raise LookupError(check_id)


def test_every_module_02_check_has_a_key_or_a_rubric():
    keyed = set(CHOICES) | set(LEVERS) | set(SAFE_COUNTS) | set(SAFE_RATES) | set(RUBRIC_CHECKS)
    assert keyed == set(MODULE_CHECKS)


@pytest.mark.parametrize("check_id", MODULE_CHECKS)
def test_the_right_answer_earns_full_points(check_id):
    assert points(check_id, right_answer(check_id)) == spec(check_id).max_points > 0


def shown(table) -> dict[str, object]:
    return {f"{row} / {column}": table.at[row, column] for row in table.index for column in table.columns}


def test_the_safe_count_keys_are_what_the_data_brief_makes_from_the_shipped_data():
    assert shown(asthma().safe_counts()) == SAFE_COUNTS["ex02.safe_counts"]
    assert shown(evictions(2025).safe_counts()) == SAFE_COUNTS["02.evictions_table"]


def test_the_safe_rate_keys_are_what_the_data_brief_makes_from_the_shipped_data():
    rates = asthma().safe_rates()
    expected = {k: (v if v == MARKER else f"{v:.1f}") for k, v in shown(rates).items()}
    assert expected == SAFE_RATES["ex02.safe_rates"]


def test_the_evictions_worked_example_year_is_not_the_practice_answer():
    assert shown(evictions(2024).safe_counts()) != SAFE_COUNTS["02.evictions_table"]


@pytest.mark.parametrize("check_id", [c for c in MODULE_CHECKS if c.startswith("ex02.")])
def test_the_exercise_self_check_only_says_ready_to_submit(check_id):
    feedback = check(check_id, right_answer(check_id))
    assert feedback.headline == "Ready to submit" and feedback.notes == () and feedback.points == 0.0
