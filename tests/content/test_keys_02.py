"""Do Module 02's item file's digests encode exactly the answers in tests/support/keys_02.py, do those
answers agree with the shipped data, and do they earn full points (and wrong ones less)?"""

from __future__ import annotations

import numpy as np
import pytest

from grader.checks import check, known_checks, points, spec
from grader.checks.data_brief import DataSource, _true_table
from grader.course.items import all_items
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


def item_fields(check_id: str) -> dict:
    return next(item.fields for item in all_items() if item.id == check_id)


@pytest.mark.parametrize(("check_id", "brief"), [("ex02.safe_counts", asthma), ("02.evictions_table",
                                                                                  lambda: evictions(2025))])
def test_the_items_name_the_data_the_keys_come_from_and_hold_no_digests(check_id, brief):
    fields = item_fields(check_id)
    assert "key_digests" not in fields
    source = DataSource(fields["table"], fields["row_key"], fields["column_field"], fields["count"],
                        where=fields.get("where", {}))
    truth = _true_table(source, tuple(fields["rows"]), tuple(fields["columns"]))()
    assert truth.counts.equals(brief().counts.astype(float))


def test_the_rates_item_names_the_denominator_the_key_comes_from():
    fields = item_fields("ex02.safe_rates")
    assert "key_digests" not in fields
    source = DataSource(fields["table"], fields["row_key"], fields["column_field"], fields["count"],
                        fields["denominator"])
    truth = _true_table(source, tuple(fields["rows"]), tuple(fields["columns"]), fields["per"])()
    assert truth.rates is not None and np.allclose(truth.rates, asthma().rates())


def test_the_evictions_worked_example_year_is_not_the_practice_answer():
    assert shown(evictions(2024).safe_counts()) != SAFE_COUNTS["02.evictions_table"]


@pytest.mark.parametrize("check_id", [c for c in MODULE_CHECKS if c.startswith("ex02.")])
def test_the_exercise_self_check_only_says_ready_to_submit(check_id):
    feedback = check(check_id, right_answer(check_id))
    assert feedback.headline == "Ready to submit" and feedback.notes == () and feedback.points == 0.0
