"""grader/checks/policy_agenda.py: does a ranked agenda earn points line by line, and does a list of
gaps earn the share found without rewarding a list of everything?"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from grader.checks import check, points, spec
from grader.checks.evidence import decode, encode
from grader.checks.registry import score
from grader.course.data import load
from tests.support.keys_09 import COUNTS, GAPS

RANKED = COUNTS["ex09.agenda"]
RIGHT_GAPS = list(GAPS["ex09.gaps"])
EVERY_POLICY = sorted(set(load("campaign_priorities")["policy"]) | set(load("policy_agenda")["policy"]))


def ranked(counts: dict[str, int] = RANKED) -> pd.DataFrame:
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return pd.DataFrame(rows, columns=["policy", "points"])


# ---- the ranked agenda ----

def test_the_ranked_agenda_earns_full_points():
    assert points("ex09.agenda", ranked()) == spec("ex09.agenda").max_points == 5.0


def test_leaving_out_the_policies_no_partner_backs_costs_the_completeness_and_points_lines():
    backed = ranked({policy: n for policy, n in RANKED.items() if n > 0})
    assert points("ex09.agenda", backed) == 2.0


def test_one_wrong_count_costs_the_two_points_line():
    assert points("ex09.agenda", ranked({**RANKED, "Proactive rental inspections": 2})) == 3.0


def test_the_wrong_order_and_ties_out_of_a_to_z_order_cost_a_point_each():
    table = ranked()
    assert points("ex09.agenda", table.iloc[::-1].reset_index(drop=True)) == 3.0
    zero_rows = table.index[table["points"] == 0]
    swapped = table.copy()
    swapped.loc[zero_rows[:2], "policy"] = list(table.loc[zero_rows[:2], "policy"])[::-1]
    assert points("ex09.agenda", swapped) == 4.0


def test_extra_columns_are_fine_and_the_table_survives_the_evidence_round_trip():
    table = ranked().assign(organizations=1)
    back = decode(json.loads(json.dumps(encode(table))))
    assert score("ex09.agenda", back) == score("ex09.agenda", table) == 5.0


@pytest.mark.parametrize("answer, message", [
    ([("a", 1)], "Expected a pandas DataFrame, but this is a list."),
    (pd.DataFrame({"policy": ["a"], "score": [1]}), "missing 'points'. It has: 'policy', 'score'."),
])
def test_a_ranking_that_cannot_be_checked_says_how_to_fix_it(answer, message):
    assert message in check("ex09.agenda", answer).problem
    assert points("ex09.agenda", answer) == 0.0


# ---- the gaps ----

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
