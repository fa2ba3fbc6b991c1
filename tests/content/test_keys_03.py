"""Module 03's answer keys: do its digests encode exactly the answers in tests/support/keys_03.py, do those
answers earn full points (and wrong ones less), and do the keys agree with the Riverbend data?"""

from __future__ import annotations

import json
import re

import pytest

from grader.checks import known_checks, points, spec
from grader.checks.choice import QUESTIONS
from grader.checks.decision_process import current_process
from grader.checks.evidence import decode, encode
from grader.checks.registry import score
from grader.course.data import load
from grader.course.syllabus import load_syllabus
from grader.course.world import load_world
from grader.domain.decision_process import ProcessDesign, read_design
from grader.domain.spectrum import SPECTRUM
from tests.support.keys_03 import BUDGET_TOTALS, CHOICES, REDESIGNS, digests, right_answers

MODULE_CHECKS = [cid for cid in known_checks() if cid.startswith(("03.", "ex03."))]


def test_every_module_03_check_has_a_right_answer_and_it_earns_full_points():
    answers = right_answers()
    assert set(answers) == set(MODULE_CHECKS)
    for check_id in MODULE_CHECKS:
        assert points(check_id, answers[check_id]) == spec(check_id).max_points > 0, check_id


def test_the_exercise_checks_add_up_to_the_syllabus_automatic_points():
    exercise = sum(spec(cid).max_points for cid in MODULE_CHECKS if cid.startswith("ex03."))
    assert exercise == load_syllabus().module("03").exercise.automatic_points == 17


@pytest.mark.parametrize("check_id", sorted(CHOICES))
def test_each_choice_question_stores_its_key_digest_and_wrong_letters_score_zero(check_id):
    assert QUESTIONS[check_id].key_digest == digests()[check_id]["choice"]
    for letter in QUESTIONS[check_id].letters():
        assert points(check_id, letter) == (1.0 if letter == CHOICES[check_id] else 0.0), letter


@pytest.mark.parametrize("check_id", sorted(BUDGET_TOTALS))
def test_changing_any_one_cost_type_costs_exactly_one_point(check_id):
    answer = right_answers()[check_id]
    for kind in BUDGET_TOTALS[check_id]:
        wrong = answer.copy()
        wrong.loc[wrong["cost_type"] == kind, "unit_cost"] += 1
        assert points(check_id, wrong) == 4.0, kind


@pytest.mark.parametrize("check_id, process", [("03.budget_totals", "food-grants"),
                                               ("ex03.budget_totals", "home-visits")])
def test_budget_keys_agree_with_the_shipped_riverbend_data(check_id, process):
    people = load("process_participants").query("process == @process")
    residents = people[people["role"] == "resident"]
    n = len(load("process_meetings").query("process == @process"))
    cost = dict(zip(*load("participation_unit_costs")[["cost_type", "unit_cost"]].T.values, strict=True))
    assert BUDGET_TOTALS[check_id] == {
        "stipend": len(residents) * n * cost["stipend"],
        "interpretation": residents.loc[residents["language"] != "English", "language"].nunique() * n
        * cost["interpretation"],
        "childcare": residents["children_needing_care"].sum() * n * cost["childcare"],
        "meals": len(people) * n * cost["meals"],
        "transport": residents["needs_transport"].sum() * n * cost["transport"],
    }


def test_the_practice_and_exercise_processes_differ_and_sit_one_level_apart():
    practice, exercise = current_process("03.redesign"), current_process("ex03.redesign")
    assert (practice.level.stance, exercise.level.stance) == ("Consult", "Involve")
    assert practice.decision != exercise.decision
    assert not set(practice.design.community_seats) & set(exercise.design.community_seats)


def test_the_keys_aim_one_step_up_and_name_only_riverbend_organizations():
    names = {org.name for org in load_world().organizations}
    for check_id, key in REDESIGNS.items():
        assert SPECTRUM[current_process(check_id).level.number + 1].stance == key["target"]
        assert set(key["community_seats"]) <= names, check_id
        assert set(current_process(check_id).design.community_seats) <= names, check_id


# ---- the choice questions are real dilemmas: no option gives itself away ----

STOP = {"a", "an", "and", "the", "of", "to", "in", "for", "on", "at", "by", "with", "as", "so", "is", "are", "be",
        "it", "its", "their", "they", "them", "this", "that", "what", "from", "or", "but", "not", "who", "each",
        "every", "can"}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.casefold())


def distinctive(question, letter: str) -> set[str]:
    """The key's words (not small ones) that no other option uses."""
    others = {w for other, text in question.options if other != letter for w in words(text)}
    return {w for w in words(question.option_text(letter)) if w not in STOP and w not in others}


def test_the_key_is_no_longer_than_a_quarter_over_the_others_and_rarely_the_longest():
    strictly_longest = 0
    for check_id, key in CHOICES.items():
        question = QUESTIONS[check_id]
        lengths = {letter: len(text) for letter, text in question.options}
        others = [n for letter, n in lengths.items() if letter != key]
        assert lengths[key] <= 1.25 * sum(others) / len(others), check_id
        strictly_longest += lengths[key] > max(others)
    assert strictly_longest <= len(CHOICES) / 3


@pytest.mark.parametrize("check_id", sorted(CHOICES))
def test_wrong_option_feedback_explains_without_echoing_the_key(check_id):
    question, key = QUESTIONS[check_id], CHOICES[check_id]
    key_words = words(question.option_text(key))
    runs = {tuple(key_words[i:i + 3]) for i in range(len(key_words) - 2)}
    for letter in question.letters():
        if letter == key:
            continue
        said = words(question.reasons[letter])
        shared = distinctive(question, key) & set(said)
        assert len(shared) < 2, (letter, shared)
        echoed = [run for run in (tuple(said[i:i + 3]) for i in range(len(said) - 2)) if run in runs]
        assert not echoed, (letter, echoed)


def test_budget_rule_targets_match_one_step_up_from_each_process():
    answers = right_answers()
    for check_id, redesign_id in (("03.budget_rules", "03.redesign"), ("ex03.budget_rules", "ex03.redesign")):
        target = SPECTRUM[current_process(redesign_id).level.number + 1]
        assert spec(check_id).grade(answers[check_id])[-1].label == f"community share fits {target.stance}"


def partial_answers() -> dict[str, list[object]]:
    """Answers that earn some but not all points, in the shapes learners give them."""
    answers = right_answers()
    food = answers["03.budget_rules"]
    home = answers["ex03.budget_rules"]
    daytime = load("process_meetings").query("process == 'home-visits'")
    return {
        "ex03.redesign": [{**answers["ex03.redesign"], "authority": "advice only"},
                          read_design({**answers["ex03.redesign"], "total_seats": 13})],
        "ex03.budget_totals": [answers["ex03.budget_totals"].assign(
            unit_cost=lambda f: f["unit_cost"].where(f["cost_type"] != "meals", 1))],
        "ex03.budget_rules": [{"budget": home["budget"], "meetings": daytime}],
        "03.budget_rules": [{"budget": food["budget"].iloc[:-1], "meetings": food["meetings"]}],
        "03.redesign": [ProcessDesign(target="Involve", community_seats={"Southgate Block Club": 1}, staff_seats=5,
                                      authority="advice", community_share=45)],
    }


@pytest.mark.parametrize("check_id", MODULE_CHECKS)
def test_answers_score_the_same_after_traveling_as_answer_evidence(check_id):
    answers = [right_answers()[check_id], *partial_answers().get(check_id, [])]
    for answer in answers:
        assert score(check_id, decode(json.loads(json.dumps(encode(answer))))) == score(check_id, answer)
