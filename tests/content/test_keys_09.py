"""Do Module 09's item file's digests encode exactly the answers in tests/support/keys_09.py, do those
answers agree with the shipped data, and do they earn full points (and wrong ones less)?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.checks import check, known_checks, points, spec
from grader.course.data import load, load_partners
from grader.domain.policy_agenda import (
    active_cpbo_priorities,
    alignment,
    missing_from_agenda,
)
from grader.domain.upstream import Placement
from tests.support.keys_09 import CHOICES, COUNTS, GAPS, ORDERS, SORTS

MODULE_CHECKS = sorted(c for c in known_checks() if c.startswith(("09.", "ex09.")))


def right_answer(check_id: str):
    if check_id in CHOICES:
        return CHOICES[check_id]
    if check_id in SORTS:
        return [Placement(item, SORTS[check_id][item], f"A reason in my own words for {item}.")
                for item in ORDERS[check_id].split()]
    if check_id == "ex09.agenda":
        return pd.DataFrame(list(COUNTS[check_id].items()), columns=["policy", "points"])
    if check_id in COUNTS:
        return pd.Series(COUNTS[check_id], name="priorities").rename_axis("theme")
    if check_id in GAPS:
        return list(GAPS[check_id])
    raise LookupError(check_id)


def test_every_module_09_check_has_a_key():
    assert set(CHOICES) | set(SORTS) | set(COUNTS) | set(GAPS) == set(MODULE_CHECKS)


@pytest.mark.parametrize("check_id", MODULE_CHECKS)
def test_the_right_answer_earns_full_points(check_id):
    assert points(check_id, right_answer(check_id)) == spec(check_id).max_points > 0


def test_the_pandas_keys_are_what_the_shipped_data_gives():
    priorities, agenda, partners = load("campaign_priorities"), load("policy_agenda"), load_partners()
    by_theme = active_cpbo_priorities(priorities, partners)["theme"].value_counts()
    themes = set(priorities["theme"]) | set(agenda["theme"])
    assert {theme: int(by_theme.get(theme, 0)) for theme in themes} == COUNTS["09.by_theme"]
    ranked = alignment(agenda, priorities, partners)
    assert list(zip(ranked["policy"], ranked["points"], strict=True)) == list(COUNTS["ex09.agenda"].items())
    assert tuple(missing_from_agenda(agenda, priorities, partners)) == GAPS["ex09.gaps"]


@pytest.mark.parametrize("check_id", [c for c in MODULE_CHECKS if c.startswith("ex09.")])
def test_the_exercise_self_check_only_says_ready_to_submit(check_id):
    feedback = check(check_id, right_answer(check_id))
    assert feedback.headline == "Ready to submit" and feedback.notes == () and feedback.points == 0.0
