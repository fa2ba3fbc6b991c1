"""Does the contract rubric explain itself, score by its rules (at least, at most, yes), rank
highest first with ties A to Z, count missing terms, and name every bad row it cannot score?"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from grader.domain.contract_terms import (
    AT_LEAST,
    AT_MOST,
    RUBRIC,
    ContractTermsError,
    Rubric,
    Term,
    check_terms,
    explain,
    missing_terms,
    score_contracts,
)


def contract(name: str, **changes) -> dict[str, object]:
    """A contract that meets every term of RUBRIC, with some values changed."""
    row = {
        "contract": name,
        "pays_partners_for_time": "yes",
        "plain_language_reports": "yes",
        "shares_data_back": "yes",
        "local_hire_pct": 50,
        "payment_days": 20,
        "accessible_materials": "yes",
        "languages_offered": 4,
    }
    return {**row, **changes}


def table(*rows: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def scores(card: pd.DataFrame) -> dict[str, int]:
    return dict(zip(card["contract"], card["score"], strict=True))


# ---- the rubric ----

def test_the_course_rubric_is_worth_100_points_and_explains_every_term():
    assert RUBRIC.total == 100
    assert all(t.label and t.why.endswith(".") and t.weight > 0 for t in RUBRIC.terms)


def test_describe_lists_each_term_with_its_test_points_and_reason():
    described = RUBRIC.describe().set_index("column")
    assert list(described.columns) == ["term", "met when", "points", "why it matters"]
    assert (described.loc["payment_days", "met when"], described.loc["payment_days", "points"]) == ("at most 30", 15)
    assert described.loc["local_hire_pct", "met when"] == "at least 40"
    assert described.loc["pays_partners_for_time", "met when"] == "yes"


def test_with_weights_changes_only_the_named_weights():
    changed = RUBRIC.with_weights({"plain_language_reports": 30})
    assert changed.term("plain_language_reports").weight == 30 and changed.total == 120
    assert changed.term("payment_days") == RUBRIC.term("payment_days")


def test_an_unknown_term_is_named_with_the_real_ones():
    with pytest.raises(ContractTermsError, match="These are not terms in the rubric: speed. Use: pays_partners"):
        RUBRIC.with_weights({"speed": 5})
    with pytest.raises(ContractTermsError, match='"speed" is not a term in the rubric'):
        RUBRIC.term("speed")


@pytest.mark.parametrize("make, message", [
    (lambda: Term("a", "A", "why.", -1), "use a whole number of points"),
    (lambda: Term("a", "A", "why.", 5, "more than", 3), 'use "yes", "at least" or "at most"'),
    (lambda: Term("a", "A", "why.", 5, AT_LEAST), "needs one"),
    (lambda: Rubric((Term("a", "A", "why.", 5), Term("a", "B", "why.", 5))), "uses a column twice: a"),
    (lambda: Rubric((Term("a", "A", "why.", 0),)), "gives no points at all"),
])
def test_a_broken_rubric_says_what_to_fix(make, message):
    with pytest.raises(ContractTermsError, match=message):
        make()


def test_at_least_and_at_most_count_a_value_equal_to_the_threshold():
    at_least = Term("n", "N", "why.", 5, AT_LEAST, 3)
    at_most = Term("d", "D", "why.", 5, AT_MOST, 30)
    assert at_least.met(3.0) and not at_least.met(2.0)
    assert at_most.met(30.0) and not at_most.met(31.0)


# ---- scoring ----

def test_a_contract_meeting_every_term_earns_every_point_and_one_meeting_none_earns_zero():
    none = contract("None", pays_partners_for_time="no", plain_language_reports="no", shares_data_back="no",
                    local_hire_pct=10, payment_days=90, accessible_materials="no", languages_offered=1)
    assert scores(score_contracts(table(contract("All"), none))) == {"All": 100, "None": 0}


def test_thresholds_count_and_payment_days_is_at_most():
    card = score_contracts(table(
        contract("On the line", local_hire_pct=40, payment_days=30, languages_offered=3),
        contract("Just over", local_hire_pct=39, payment_days=31, languages_offered=2),
    ))
    assert scores(card) == {"On the line": 100, "Just over": 60}


def test_the_ranking_is_highest_first_ties_a_to_z_and_tied_contracts_share_a_rank():
    card = score_contracts(table(
        contract("Zeta", plain_language_reports="no"),
        contract("Alpha", plain_language_reports="no"),
        contract("Top"),
        contract("Low", pays_partners_for_time="no"),
    ))
    assert list(card["contract"]) == ["Top", "Alpha", "Zeta", "Low"]
    assert list(card["rank"]) == [1, 2, 2, 4]
    assert list(card.columns) == ["rank", "contract", *RUBRIC.columns, "score"]


def test_yes_no_accepts_any_case_spaces_and_booleans():
    card = score_contracts(table(contract("A", shares_data_back=" YES "), contract("B", shares_data_back=np.bool_(True)),
                                 contract("C", shares_data_back=False)))
    assert scores(card) == {"A": 100, "B": 100, "C": 85}


def test_changed_weights_change_the_scores():
    heavier = RUBRIC.with_weights({"payment_days": 45})
    assert scores(score_contracts(table(contract("Slow", payment_days=60)), heavier)) == {"Slow": 85}


def test_missing_terms_counts_contracts_per_term_most_often_missing_first():
    counts = missing_terms(table(
        contract("A", payment_days=45, languages_offered=1),
        contract("B", payment_days=60),
        contract("C"),
    ))
    assert counts.name == "contracts_missing" and counts.index.name == "term"
    assert list(counts.index[:2]) == ["payment_days", "languages_offered"]
    assert counts.to_dict() == {**dict.fromkeys(RUBRIC.columns, 0), "payment_days": 2, "languages_offered": 1}


def test_explain_shows_one_contract_term_by_term():
    shown = explain(table(contract("A", payment_days=45)), "A")
    assert list(shown.columns) == ["term", "value", "met when", "met?", "points"]
    row = shown[shown["term"] == RUBRIC.term("payment_days").label].iloc[0]
    assert (row["value"], row["met?"], row["points"]) == ("45", "not met", 0)
    assert shown["points"].sum() == 85


def test_explain_an_unknown_contract_lists_the_ones_there_are():
    with pytest.raises(ContractTermsError, match='no contract called "Q" in this table. It has: "A", "B"'):
        explain(table(contract("B"), contract("A")), "Q")


# ---- clear errors ----

def test_every_bad_value_is_named_by_row_contract_and_column_with_the_fix():
    bad = table(contract("A"), contract("B", payment_days=-5), contract("C", shares_data_back="maybe"))
    with pytest.raises(ContractTermsError) as error:
        score_contracts(bad)
    message = str(error.value)
    assert message.startswith("2 values cannot be scored: ")
    assert 'row 1 (contract "B"): "-5" in "payment_days"; use a number of 0 or more' in message
    assert 'row 2 (contract "C"): "maybe" in "shares_data_back"; use "yes" or "no"' in message
    assert message.endswith("Fix each with table.loc[row, column] = ..., then score again.")


def test_a_bad_row_is_named_by_its_index_label_so_loc_can_fix_it():
    bad = table(contract("A"), contract("B", local_hire_pct=140)).set_axis([12, 17])
    with pytest.raises(ContractTermsError, match=r'row 17 \(contract "B"\): "140" in "local_hire_pct"; use a number from 0 to 100'):
        check_terms(bad)


def test_blanks_and_words_in_number_columns_are_refused():
    with pytest.raises(ContractTermsError, match='no value in "languages_offered"; fill it in'):
        check_terms(table(contract("A", languages_offered=None)))
    with pytest.raises(ContractTermsError, match='"soon" in "payment_days"'):
        check_terms(table(contract("A", payment_days="soon")))
    with pytest.raises(ContractTermsError, match='"True" in "payment_days"'):
        check_terms(table(contract("A", payment_days=True)))


def test_many_bad_values_are_summarized_after_the_first_eight():
    bad = table(*(contract(f"C{n}", shares_data_back="maybe") for n in range(11)))
    with pytest.raises(ContractTermsError, match=r"^11 values cannot be scored: .*; and 3 more\. Fix each"):
        check_terms(bad)


def test_a_missing_column_or_a_repeated_contract_says_how_to_fix_the_table():
    with pytest.raises(ContractTermsError, match="missing the column 'payment_days'.*Join the terms to the contracts"):
        check_terms(table(contract("A")).drop(columns="payment_days"))
    with pytest.raises(ContractTermsError, match='Contract "A" appears more than once.*one fiscal year'):
        check_terms(table(contract("A"), contract("A")))
    with pytest.raises(ContractTermsError, match="Expected a pandas DataFrame of contracts, but this is a list"):
        check_terms([contract("A")])  # type: ignore[arg-type]


def test_the_markdown_rubric_gives_every_reason_in_full_and_the_total():
    text = RUBRIC.to_markdown()
    assert all(f"| {t.label} | `{t.column}` | {t.met_when} | {t.weight} | {t.why} |" in text for t in RUBRIC.terms)
    assert text.splitlines()[-1] == "| **most a contract can earn** | | | **100** | |"
