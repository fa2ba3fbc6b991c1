"""grader/checks/policy_agenda.py: does a list of the policies an agenda leaves out earn the share
found without rewarding a list of everything? (The ranked agenda is a ``ranking`` item:
tests/checks/test_ranking.py.)"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from grader.checks import check, points, spec
from grader.checks.evidence import decode, encode
from grader.checks.registry import score
from grader.course.data import load
from tests.support.keys_09 import GAPS

RIGHT_GAPS = list(GAPS["ex09.gaps"])
EVERY_POLICY = sorted(set(load("campaign_priorities")["policy"]) | set(load("policy_agenda")["policy"]))


@pytest.mark.parametrize("shape", [list, tuple, set, lambda v: pd.Series(v, name="policy"),
                                   lambda v: pd.DataFrame({"policy": v, "theme": "x"})])
def test_the_gaps_earn_full_points_as_a_list_set_series_or_table(shape):
    answer = shape(RIGHT_GAPS)
    back = decode(json.loads(json.dumps(encode(answer))))
    assert points("ex09.gaps", answer) == score("ex09.gaps", back) == 4.0


def test_names_are_matched_whatever_their_case_and_a_repeat_counts_once():
    answer = [name.upper() for name in RIGHT_GAPS] + RIGHT_GAPS[:1]
    assert points("ex09.gaps", answer) == 4.0


def test_each_gap_missed_or_wrong_policy_added_lowers_the_share():
    assert points("ex09.gaps", RIGHT_GAPS[1:]) == pytest.approx(4 * 5 / 6, abs=0.01)
    assert points("ex09.gaps", RIGHT_GAPS + ["Healthy corner stores"]) == pytest.approx(4 * 6 / 7, abs=0.01)


def test_listing_every_policy_in_the_data_scores_low():
    assert points("ex09.gaps", EVERY_POLICY) < 2.0


def test_a_wrong_policy_is_named_back_to_the_learner_but_no_right_one_is():
    feedback = check("ex09.gaps", ["Healthy corner stores"])
    assert feedback.headline == "Ready to submit"
    notes = spec("ex09.gaps").grade(["Healthy corner stores"])
    assert [n.label for n in notes if "leaves out" not in n.label] == ["Healthy corner stores"]
    assert not any(gap in note.label + note.reason for note in notes for gap in RIGHT_GAPS)


@pytest.mark.parametrize("answer, message", [
    (..., "There is no answer here yet."),
    ([...], "There is no answer here yet: list the policy names."),
    (["Acessible bus stops"], "These are not policies in the data: Acessible bus stops."),
    (pd.Index(RIGHT_GAPS), "This is a pandas Index; make it a list with list(...) around it."),
    ("Accessible bus stops", "Expected a list of policy names"),
    ([3], "Each entry should be a policy name in quotes; 3 is not."),
    (pd.DataFrame({"name": RIGHT_GAPS}), "The table needs a 'policy' column"),
])
def test_gaps_that_cannot_be_checked_say_how_to_fix_them(answer, message):
    assert check("ex09.gaps", answer).problem.startswith(message)
    assert points("ex09.gaps", answer) == 0.0
