"""No automatic points for the quality of written judgment (issue 13).

A machine can honestly verify that a part is there (not empty, not a placeholder, not a copy of
the prompt), that numbers are right and that a plan is consistent (an owner for every commitment,
a cadence a calendar understands, dates in order). It cannot judge whether a press paragraph
moves the story to conditions, whether an equity review holds up, or whether a question opens a
conversation: word lists reward keyword stuffing and miss good writing. Those are read by the
trainer with the rubric (manual points).

Each test below feeds nonsense, off-topic and keyword-stuffed text into the written parts of
every written-judgment check, through ``grader.checks.score`` (what the hidden tests' ``points``
returns), and fails if the text earns any automatic point:

- a check that is all writing (a press rewrite, an equity review) must score 0 for it;
- a check that mixes structure and writing (a one-to-one plan, an alliance plan, an ally map)
  must score exactly what the same answer scores with the model's writing: the words in the
  written parts may not move the score.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from grader.checks import known_checks, score, spec
from grader.checks.press_rewrite import PARAGRAPHS
from grader.domain.equity_review import CONTRACTING_POLICY, QUESTION_KEYS, QUESTIONS, EquityReview
from grader.domain.upstream import Placement
from tests.support.builders import full_map, good_plan
from tests.support.keys_02 import good_plan as good_accountability_plan
from tests.support.keys_04 import good_alliance_plan
from tests.support.keys_06 import GOOD_REWRITES
from tests.support.keys_08 import good_review
from tests.support.keys_09 import ORDERS, SORTS
from tests.support.keys_10 import good_plan as good_department_plan
from tests.support.word_lines import SAMPLES as EMPTY_WORDS
from tests.support.word_lines import measure, word_lines

ROOT = Path(__file__).resolve().parents[2]

STUFFED_SENTENCE = "Residents said the air is bad because of it. We will fund a policy. " * 3
LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco "
         "laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit.")
RECIPE = ("Preheat the oven to 350 degrees. Mix two cups of flour, one cup of sugar and a pinch of salt. "
          "Add three eggs and a cup of milk, stir until smooth, pour into a greased pan and bake for 40 "
          "minutes. Let it cool for 10 minutes before you slice it and serve it with fresh fruit.")
SPORTS = ("The Riverbend Otters won 3 to 1 on Saturday night in front of a full stadium. Their coach "
          "said the team played its best game of the season, and the fans sang all the way home. The "
          "next home game is on Friday at 7, and tickets are on sale at the box office now.")
KEYWORD_LIST = ("housing, rents, wages, income, pollution, air, heat, because, caused by, driven by, "
                "policy, ordinance, fund, funding, investment, require, standard, residents, tenants, "
                "union, coalition, said, called for, organized, proposed, surveyed, race, ethnicity, "
                "income, neighborhood, listening sessions, paid, stipend, childcare, benefit, burden, "
                "director, March 2026, budget, staff time, every quarter, advisory board, measured, "
                "plain language, Spanish, Hmong, newsletter, meetings, decide, consent, stipend, data, "
                "training, what, how, why, tell me, value, care, story, hope, matter")
GIBBERISH = "asdf qwer zxcv uiop hjkl bnm wert sdfg xcvb tyui ghjk vbnm " * 4
ONE_WORD = "equity " * 50
WHY = "Why?"
TEMPLATE_SENTENCE = ("Things will be 10% better for residents, with $1 of staff time from the director by "
                     "2026, reported every quarter to the advisory board, shared at meetings in plain "
                     "language, in Spanish.")
RUBRIC_COPY = ("names conditions as what drives the problem; names a structural solution; credits community "
               "groups and their voice; uses plain language; does not blame individual behavior.")

NONSENSE: dict[str, str] = {
    "the stuffed sentence, three times": STUFFED_SENTENCE,
    "lorem ipsum": LOREM,
    "a recipe": RECIPE,
    "a sports report": SPORTS,
    "every keyword in a list": KEYWORD_LIST,
    "keyboard gibberish": GIBBERISH,
    "one word fifty times": ONE_WORD,
    '"Why?"': WHY,
    "a template sentence": TEMPLATE_SENTENCE,
    "the rubric lines copied": RUBRIC_COPY,
}


def _prompt_copy(check_id: str) -> str:
    """The prompt the learner answers, copied back as the answer."""
    if check_id in PARAGRAPHS:
        return PARAGRAPHS[check_id].text
    return " ".join(q.prompt for q in QUESTIONS)


# ---- written parts of each written-judgment check --------------------------------------------

def _rewrite(check_id: str, text: str) -> object:
    return text


def _review(check_id: str, text: str) -> object:
    return EquityReview(policy=CONTRACTING_POLICY.name, kind=CONTRACTING_POLICY.kind,
                        **dict.fromkeys(QUESTION_KEYS, text))


def _one_to_one(check_id: str, text: str) -> object:
    return replace(good_plan(), purpose=text, questions=[text, text, text])


def _alliance(check_id: str, text: str) -> object:
    plan = good_alliance_plan()
    return replace(plan, shared_risk=text, offers=[text], community_goals=[text], base_of_support=text,
                   allies=[replace(ally, brings=text) for ally in plan.allies])


def _allies(check_id: str, text: str) -> object:
    return [replace(ally, ask=text, brings=text) for ally in full_map()]


def _sorted(check_id: str, reason: str = "") -> list[Placement]:
    """The right upstream sort; every reason is ``reason`` and the intervention's id (so none repeats)."""
    levels = SORTS[check_id]
    return [Placement(i, levels[i], f"{reason} ({i})" if reason else f"The reason why {i} sits at this level.")
            for i in ORDERS[check_id].split()]


def _upstream(check_id: str, text: str) -> object:
    return _sorted(check_id, text)


def _accountability(check_id: str, text: str) -> object:
    plan = good_accountability_plan()
    return replace(plan, commitments=[replace(c, action=text) for c in plan.commitments])


def _department(check_id: str, text: str) -> object:
    plan = good_department_plan()
    return replace(plan, goal=text, data=replace(plan.data, protection=text),
                   accountability=[replace(c, action=text) for c in plan.accountability])


ALL_WRITING = {"Rewritten press paragraph": _rewrite, "Equity review": _review}
WRITING_IN_A_PLAN = {
    "One-to-one plan": (_one_to_one, lambda: good_plan()),
    "Alliance plan": (_alliance, lambda: good_alliance_plan()),
    "Ally map": (_allies, lambda: full_map()),
    "Accountability plan": (_accountability, lambda: good_accountability_plan()),
}
# Checks whose model answer depends on the check id, and whose written parts are only checked for presence.
WRITING_IN_A_PLAN_BY_ID = {
    **dict.fromkeys(("09.sort", "ex09.housing", "ex09.work"), (_upstream, _sorted)),
    **dict.fromkeys(("10.department_plan", "ex10.parts", "ex10.partners", "ex10.safeguards", "ex10.timeline"),
                    (_department, lambda _: good_department_plan())),
}
TEMPLATE_REVIEW = EquityReview(
    policy=CONTRACTING_POLICY.name, kind=CONTRACTING_POLICY.kind,
    desired_results="Things will be 10% better for people in the community by 2026.",
    data="We looked at the data by race, income and neighborhood, as usual.",
    community_engagement="We held meetings with the community and paid $1 for their time.",
    benefits_and_burdens="Some people benefit and some people carry a burden, as with any policy.",
    implementation="The director's office will do it by 2026 with $1 of staff time.",
    accountability="Every quarter we report the numbers to the community advisory board.",
    communication="We will post it on the website and at meetings, in plain language, in Spanish.",
)


def _ids(titles) -> list[str]:
    return [check_id for check_id in known_checks() if spec(check_id).title in titles]


ALL_WRITING_IDS = _ids(ALL_WRITING)
PLAN_IDS = _ids(WRITING_IN_A_PLAN)
SAMPLES = [*NONSENSE, "a copy of the prompt"]


def _sample(name: str, check_id: str) -> str:
    return _prompt_copy(check_id) if name == "a copy of the prompt" else NONSENSE[name]


def test_every_written_judgment_check_is_covered():
    assert {"06.rewrite", "ex06.rewrite", "08.review", "ex08.review"} <= set(ALL_WRITING_IDS)
    assert {"01.one_to_one", "ex01.one_to_one", "04.alliance_plan", "ex04.alliance_plan",
            "05.allies", "ex05.allies", "02.accountability", "ex02.plan"} <= set(PLAN_IDS)
    assert {"ex09.housing", "ex09.work", "ex10.parts", "ex10.safeguards"} <= set(WRITING_IN_A_PLAN_BY_ID)
    assert len(SAMPLES) >= 10


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("check_id", ALL_WRITING_IDS)
def test_text_earns_no_automatic_point(check_id, name):
    make = ALL_WRITING[spec(check_id).title]
    assert score(check_id, make(check_id, _sample(name, check_id))) == 0.0


@pytest.mark.parametrize("check_id", _ids({"Equity review"}))
def test_a_template_equity_review_earns_no_automatic_point(check_id):
    assert score(check_id, TEMPLATE_REVIEW) == 0.0


@pytest.mark.parametrize("check_id", ALL_WRITING_IDS)
def test_even_good_writing_earns_no_automatic_point(check_id):
    """Good writing is scored by the trainer: a word list cannot tell it from stuffing."""
    good = GOOD_REWRITES[check_id] if check_id in GOOD_REWRITES else good_review()
    assert score(check_id, good) == 0.0


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("check_id", PLAN_IDS)
def test_the_words_in_a_plan_do_not_move_its_score(check_id, name):
    make, model = WRITING_IN_A_PLAN[spec(check_id).title]
    assert score(check_id, make(check_id, _sample(name, check_id))) == score(check_id, model())


@pytest.mark.parametrize("check_id", _ids({"One-to-one plan"}))
def test_why_questions_score_as_much_as_curious_ones_and_no_more(check_id):
    whys = replace(good_plan(), questions=["Why?", "Why?", "Why?"])
    assert score(check_id, whys) == score(check_id, good_plan())


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("check_id", sorted(WRITING_IN_A_PLAN_BY_ID))
def test_the_words_of_a_part_checked_for_presence_do_not_move_its_score(check_id, name):
    """Upstream reasons, a department plan's goal, actions and protection: filled in is all that counts."""
    make, model = WRITING_IN_A_PLAN_BY_ID[check_id]
    assert score(check_id, make(check_id, _sample(name, check_id))) == score(check_id, model(check_id))


# ---- lines that read a number or a calendar: words alone earn nothing ----------------------------

# Text with no number in it, in digits or in words: resource words, stuffing and nonsense.
NO_NUMBER = {
    "time time time": "time time time",
    "every resource word": ("stipends, paid, pay, wages, salary, budget, grant, contract, funds, funding, childcare, "
                            "interpretation, translation, meals, food, transport, bus passes, time, hours, days, "
                            "FTE, positions, jobs, hired, hiring"),
    "staff time": "staff time",
    **{name: NONSENSE[name] for name in ("lorem ipsum", "keyboard gibberish", "one word fifty times", '"Why?"',
                                         "the rubric lines copied", "the stuffed sentence, three times")},
}
ACCOUNTABILITY_IDS = _ids({"Accountability plan"})


def _every_commitment(**changes) -> object:
    plan = good_accountability_plan()
    return replace(plan, commitments=[replace(c, **changes) for c in plan.commitments])


@pytest.mark.parametrize("name", NO_NUMBER)
@pytest.mark.parametrize("check_id", ACCOUNTABILITY_IDS)
def test_resources_without_an_amount_earn_what_blank_resources_earn(check_id, name):
    assert score(check_id, _every_commitment(resources=NO_NUMBER[name])) == score(check_id, _every_commitment(resources=""))


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("check_id", ACCOUNTABILITY_IDS)
def test_a_measure_chosen_by_anyone_but_a_partner_of_the_plan_earns_nothing(check_id, name):
    """Who chose the measure is checked against the plan's own partners, not for department words."""
    chosen = _every_commitment(measure_chosen_by=_sample(name, check_id))
    assert score(check_id, chosen) == score(check_id, _every_commitment(measure_chosen_by=""))


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("check_id", ACCOUNTABILITY_IDS)
def test_a_cadence_a_calendar_cannot_read_earns_nothing(check_id, name):
    """Text that holds "every quarter" among other words is not a cadence; only a whole cadence counts."""
    assert score(check_id, _every_commitment(cadence=_sample(name, check_id))) == score(
        check_id, _every_commitment(cadence=""))


@pytest.mark.parametrize("check_id", ["10.department_plan", "ex10.safeguards"])
def test_a_protection_for_data_the_plan_does_not_share_earns_nothing(check_id):
    plan = good_department_plan()
    unshared = replace(plan, data=replace(plan.data, data="", protection="suppression"))
    assert score(check_id, unshared) == score(check_id, replace(unshared, data=replace(unshared.data, protection="")))
    assert score(check_id, unshared) < score(check_id, plan)


# ---- every exercise, measured: no scored line moves with the words ------------------------------

def test_no_scored_line_of_an_exercise_moves_with_the_words_a_learner_writes():
    """Every written part of every exercise check's model answer, refilled with nonsense and stuffing."""
    lines, total = measure(ROOT)
    assert total > 100 and len(EMPTY_WORDS) >= 10
    assert [(line.check_id, line.label, line.moved_by) for line in lines] == []


def _made_up_grade(rule):
    from grader.checks.feedback import Note, Status

    def grade(answer):
        return [Note("a line", Status.HOLDS_UP if rule(answer.action) else Status.RECONSIDER, ""),
                Note("a hint", Status.HOLDS_UP if "time" in answer.action else Status.RECONSIDER, "", hint=True)]
    return grade


@pytest.mark.parametrize("rule, reads_words", [
    (lambda text: "time" in text or "$" in text, True),             # a word list
    (lambda text: len(text.split()) >= 3, True),                      # a word count
    (lambda text: text.strip().casefold() not in ("", "tbd"), False),  # presence
    (lambda text: any(ch.isdigit() for ch in text), False),           # a number
])
def test_the_measure_finds_a_line_that_reads_words_and_spares_honest_ones(rule, reads_words):
    model = good_accountability_plan().commitments[0]
    found = word_lines(_made_up_grade(rule), replace(model, action="$50 for staff time"))
    assert ("a line" in found) is reads_words and "a hint" not in found


# ---- the exercises' graded cells --------------------------------------------------------------

def _graded_cells() -> list[tuple[str, str, float, list[str]]]:
    """(exercise, grade id, points, check ids scored by its hidden tests) for each automatic cell."""
    out = []
    for path in sorted((ROOT / "exercises").glob("ex*/ex*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if cell["cell_type"] == "code" and meta.get("grade") and not meta.get("solution"):
                ids = re.findall(r'points\(\s*"([^"]+)"', "".join(cell["source"]))
                out.append((path.stem, meta["grade_id"], float(meta.get("points", 0)), ids))
    return out


def test_no_automatic_cell_scores_writing_alone():
    """Every points(...) call on an all-writing check would give its cell's points to any text."""
    scoring = [(ex, grade_id) for ex, grade_id, pts, ids in _graded_cells()
               if pts and set(ids) & set(ALL_WRITING_IDS)]
    assert scoring == []
