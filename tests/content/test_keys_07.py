"""Do module 07's digests encode exactly the answers in tests/support/keys_07.py, do those answers follow
from the shipped Riverbend data, and do they earn full points (and wrong ones less)?"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from grader.checks import check, known_checks, points, spec
from grader.checks.data_brief import DataSource, _true_table
from grader.course.data import load
from grader.course.items import all_items
from grader.domain.data_brief import DataBrief
from grader.domain.disparities import breakdown, disparity_ratios, overall_rate
from tests.support.builders import from_key
from tests.support.keys_07 import (
    BREAKDOWN_TABLES,
    BREAKDOWNS,
    CHOICES,
    DECISIONS,
    RATIO_REFERENCE,
    RATIO_TABLES,
    RATIOS,
    RATIOS_AGAINST,
    REFERENCES,
    SAFE_COUNTS,
)

MODULE_CHECKS = sorted(c for c in known_checks() if c.startswith(("07.", "ex07.")))


def ratio_series(ratios: dict[str, float | str]) -> pd.Series:
    return pd.Series({g: (np.nan if v == "withheld" else v) for g, v in ratios.items()})


def chart(reference: float):
    ax = pd.Series({"a": 10.0, "b": 20.0}).plot.barh(ax=Figure().add_subplot(), title="Rates by group")
    ax.axvline(reference, linestyle="--", label="reference")
    ax.set(xlabel="Rate per 10,000", ylabel="Group")
    return ax


def right_answer(check_id: str):
    if check_id in CHOICES:
        return CHOICES[check_id]
    if check_id in BREAKDOWNS:
        count = BREAKDOWN_TABLES[check_id][2]
        return pd.DataFrame({g: {count: c, "population": p, "rate": r}
                             for g, (c, p, r) in BREAKDOWNS[check_id].items()}).T
    if check_id in RATIOS:
        return {"reference": RATIO_REFERENCE, "ratios": ratio_series(RATIOS[check_id])}
    if check_id in DECISIONS:
        return {rid: keys[0] for rid, keys in DECISIONS[check_id].items()}
    if check_id in REFERENCES:
        return chart(REFERENCES[check_id][0])
    if check_id in SAFE_COUNTS:
        return from_key(SAFE_COUNTS[check_id])
    raise LookupError(check_id)


def test_every_module_check_has_a_key():
    keyed = set(CHOICES) | set(BREAKDOWNS) | set(RATIOS) | set(DECISIONS) | set(REFERENCES) | set(SAFE_COUNTS)
    assert keyed == set(MODULE_CHECKS)


@pytest.mark.parametrize("check_id", MODULE_CHECKS)
def test_the_right_answer_earns_full_points(check_id):
    assert points(check_id, right_answer(check_id)) == spec(check_id).max_points > 0


@pytest.mark.parametrize("check_id", sorted(DECISIONS))
def test_every_wrong_decision_costs_exactly_its_point(check_id):
    full = spec(check_id).max_points
    for rid, keys in DECISIONS[check_id].items():
        for wrong in {"may share", "collective benefit", "authority to control", "responsibility", "ethics"} - set(keys):
            assert points(check_id, {**right_answer(check_id), rid: wrong}) == full - 1, (rid, wrong)


@pytest.mark.parametrize("check_id", sorted(BREAKDOWNS))
def test_breakdown_keys_are_what_the_shipped_data_gives(check_id):
    table, by, count = BREAKDOWN_TABLES[check_id]
    made = breakdown(load(table), by, count=count, denominator="population")
    assert {g: (int(r[count]), int(r["population"]), r["rate"]) for g, r in made.iterrows()} == BREAKDOWNS[check_id]


@pytest.mark.parametrize("check_id", sorted(RATIOS))
def test_ratio_keys_are_what_the_small_number_rule_gives_for_the_shipped_data(check_id):
    table, count = RATIO_TABLES[check_id]
    made = disparity_ratios(breakdown(load(table), "race_ethnicity", count=count, denominator="population"), "White")
    expected = {g: ("withheld" if np.isnan(r) else r) for g, r in made["ratio"].items()}
    assert expected == RATIOS[check_id]


@pytest.mark.parametrize("check_id", sorted(RATIOS_AGAINST))
def test_ratios_against_another_reference_group_the_learner_chose_earn_full_points(check_id):
    reference, ratios = RATIOS_AGAINST[check_id]
    assert reference != RATIO_REFERENCE
    assert points(check_id, {"reference": reference, "ratios": ratio_series(ratios)}) == spec(check_id).max_points
    # the White-referenced ratios are wrong against this reference
    assert points(check_id, {"reference": reference, "ratios": ratio_series(RATIOS[check_id])}) == 3.0  # only the three withheld groups


@pytest.mark.parametrize("check_id", sorted(RATIOS))
def test_every_stable_group_is_a_valid_reference_and_the_check_agrees_with_the_domain(check_id):
    table, count = RATIO_TABLES[check_id]
    made = breakdown(load(table), "race_ethnicity", count=count, denominator="population")
    stable = [g for g, r in made.iterrows() if r["reliability"] == "stable"]
    assert len(stable) >= 3
    for reference in stable:
        ratios = disparity_ratios(made, reference)["ratio"]
        assert points(check_id, {"reference": reference, "ratios": ratios}) == spec(check_id).max_points, reference


def test_an_unstable_reference_group_earns_nothing_and_says_why():
    ratios = ratio_series(RATIOS["07.race_ratios"])
    assert points("07.race_ratios", {"reference": "Asian", "ratios": ratios}) == 0.0
    feedback = check("07.race_ratios", {"reference": "Asian", "ratios": ratios})
    assert "fewer than 20" in feedback.notes[0].reason and "Choose a reference group" in feedback.notes[0].reason


def test_a_reference_that_is_not_a_group_or_is_missing_gets_a_clear_problem():
    ratios = ratio_series(RATIOS["07.race_ratios"])
    assert "is not a race_ethnicity group" in check("07.race_ratios", {"reference": "Whites", "ratios": ratios}).problem
    assert "Choose your reference group first" in check("07.race_ratios", {"reference": ..., "ratios": ratios}).problem
    assert check("07.race_ratios", {"reference": ..., "ratios": ...}).problem.startswith("There is no answer here yet")


def test_a_bare_series_names_its_reference_by_its_ratio_of_one():
    assert points("07.race_ratios", ratio_series(RATIOS["07.race_ratios"])) == 6.0
    assert points("07.race_ratios", ratio_series(RATIOS_AGAINST["07.race_ratios"][1])) == 6.0


def test_reference_keys_are_the_rates_for_everyone_and_the_higher_income_group():
    heat, diabetes = load("heat_illness_visits"), load("diabetes_hospital_stays")
    assert REFERENCES["ex07.plot"] == (round(overall_rate(heat, count="visits", denominator="population"), 1),)
    by_income = breakdown(diabetes, "income", count="stays", denominator="population")
    assert REFERENCES["07.income_chart"] == (round(overall_rate(diabetes, count="stays", denominator="population"), 1),
                                             by_income.loc["higher income", "rate"])


def test_the_safe_table_key_is_what_the_data_brief_makes_from_the_shipped_data():
    heat = load("heat_illness_visits").groupby(["neighborhood", "income"], as_index=False)[["visits", "population"]].sum()
    brief = DataBrief(heat, row="neighborhood", column="income", count="visits", denominator="population",
                      per=10_000, indicator="heat-illness visits")
    safe = brief.safe_counts()
    assert {f"{r} / {c}": safe.at[r, c] for r in safe.index for c in safe.columns} == SAFE_COUNTS["ex07.shared"]
    fields = next(item.fields for item in all_items() if item.id == "ex07.shared")
    assert "key_digests" not in fields
    source = DataSource(fields["table"], fields["row_key"], fields["column_field"], fields["count"])
    truth = _true_table(source, tuple(fields["rows"]), tuple(fields["columns"]))()
    assert truth.counts.equals(brief.counts.astype(float))


def test_the_practice_and_the_exercise_ask_different_questions():
    assert BREAKDOWN_TABLES["07.by_income"][:2] != BREAKDOWN_TABLES["ex07.by_race"][:2]
    assert RATIOS["07.race_ratios"] != RATIOS["ex07.ratios"]


@pytest.mark.parametrize("check_id", [c for c in MODULE_CHECKS if c.startswith("ex07.")])
def test_the_exercise_self_check_only_says_ready_to_submit(check_id):
    feedback = check(check_id, right_answer(check_id))
    assert feedback.headline == "Ready to submit" and feedback.notes == () and feedback.points == 0.0


@pytest.mark.parametrize(("check_id", "rid"), [("07.requests", "P1"), ("ex07.requests", "R1")])
def test_the_request_that_may_be_shared_does_not_give_authority_to_whoever_asks(check_id, rid):
    from grader.checks.labels import case_sets

    request = next(r for r in case_sets("care")[check_id] if r.id == rid)
    assert "covers residents across the county" in request.asks and "elected" in request.asks
    assert request.evidence.startswith("Asking gives the") and "residents it describes" in request.evidence
    assert "not who is asking" in request.hint
    assert "control how the figures are used" not in request.evidence
