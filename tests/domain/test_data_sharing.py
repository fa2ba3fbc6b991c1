"""Does the sharing decision put the CARE questions first, then hide small counts, and say why?"""

from __future__ import annotations

import pandas as pd
import pytest

from grader.domain.data_brief import MARKER, problems
from grader.domain.data_sharing import (
    CARE,
    DECISIONS,
    MAY_SHARE,
    CareChecklist,
    UnknownDecision,
    care_table,
    decision,
    principle,
    sharing_decision,
)

ALL_YES = CareChecklist(True, True, True, True)


def counts() -> pd.DataFrame:
    table = pd.DataFrame({"low": [40, 4, 30], "high": [25, 22, 12]}, index=["North", "South", "West"])
    table["Total"] = table.sum(axis=1)
    table.loc["Total"] = table.sum()
    return table


def test_the_four_principles_are_named_in_order_with_a_question_and_a_next_step():
    assert [p.name for p in CARE] == ["Collective benefit", "Authority to control", "Responsibility", "Ethics"]
    assert all(p.question.endswith("?") and p.if_not for p in CARE)
    assert list(care_table().index) == [p.name for p in CARE]


@pytest.mark.parametrize(("given", "expected"), [
    ("May share", MAY_SHARE), ("  AUTHORITY to   control ", "authority to control"), ("E", "ethics"),
    ("collective", "collective benefit"), ("responsibility.", "responsibility"),
])
def test_decisions_are_read_in_any_case_and_short_form(given, expected):
    assert decision(given) == expected


def test_an_unknown_decision_lists_the_ones_to_use():
    with pytest.raises(UnknownDecision, match='"privacy" is not one of the decisions. Use one of: "may share"'):
        decision("privacy")
    assert set(DECISIONS) == {MAY_SHARE, *(p.key for p in CARE)}
    with pytest.raises(UnknownDecision, match="not a CARE principle"):
        principle("may share")


def test_a_checklist_answer_must_be_yes_no_or_not_yet():
    with pytest.raises(ValueError, match="Ethics: answer True"):
        CareChecklist(True, True, True, "maybe")  # type: ignore[arg-type]


def test_a_request_that_fails_a_care_question_is_not_met_and_says_what_to_do():
    result = sharing_decision(counts(), CareChecklist(True, False, True, True))
    assert not result.may_share and result.table is None
    assert result.reasons == (f"Authority to control: {CARE[1].if_not}",)
    assert str(result).startswith("Not yet: do this first.")


def test_every_care_question_must_be_answered_first():
    with pytest.raises(ValueError, match="still open: Responsibility, Ethics"):
        sharing_decision(counts(), CareChecklist(True, True))
    with pytest.raises(ValueError, match="Answer the four CARE questions"):
        sharing_decision(counts(), {"ethics": True})  # type: ignore[arg-type]


def test_a_request_that_passes_gets_a_table_safe_to_share():
    result = sharing_decision(counts(), ALL_YES)
    assert result.may_share
    assert result.table.loc["South", "low"] == MARKER
    assert problems(result.table) == []
    assert "cells are hidden" in result.reasons[1]


def test_a_table_with_no_small_counts_is_shared_whole():
    table = counts()
    table.loc["South", "low"] = 40
    result = sharing_decision(table, ALL_YES)
    assert MARKER not in result.table.to_numpy() and "No count needs hiding" in result.reasons[1]


def test_a_table_already_hidden_by_hand_is_refused_with_the_cells():
    table = counts().astype(object)
    table.loc["South", "low"] = None
    with pytest.raises(ValueError, match="full counts.*South / low"):
        sharing_decision(table, ALL_YES)


def test_a_request_with_no_table_is_decided_on_the_care_questions_alone():
    assert sharing_decision(None, ALL_YES).may_share


def test_authority_to_control_belongs_to_the_people_the_data_describe_not_to_whoever_asks():
    authority = principle("authority to control")
    assert "people the data describe" in authority.question and "governing body they chose" in authority.question
    assert authority.question.startswith("Asking for data gives no say over it")
    assert "people the data describe" in authority.if_not
