"""Does the redesign check read a learner's design (a dict or the builder's saved design), give one
note per design question judged against the stated target, score one point per question, stay
quiet about scores in a graded self-check, and never raise for a learner's answer?"""

from __future__ import annotations

import pytest

from grader.checks.decision_process import PROCESSES, current_process, process_redesign
from grader.checks.feedback import Status
from grader.checks.registry import check, points, spec
from grader.domain.decision_process import DecisionProcess, ProcessDesign, read_design
from tests.support.keys_03 import REDESIGNS

TEMPLATE = {
    "target": ..., "community_seats": {...: ...}, "staff_seats": ..., "total_seats": ..., "chosen_by": ...,
    "authority": ..., "written_in": ..., "disagreement": ...,
    "resources": {"community partners and processes": ..., "department administration": ...},
    "paid_participation": [...],
}


def test_each_redesign_check_starts_from_its_registered_process():
    assert current_process("03.redesign").level.stance == "Consult"
    assert current_process("ex03.redesign").level.stance == "Involve"
    with pytest.raises(KeyError, match='There is no check called "03.redesing". Did you mean "03.redesign"?'):
        current_process("03.redesing")


def test_a_practice_design_that_fits_its_target_holds_up_in_every_part():
    feedback = check("03.redesign", REDESIGNS["03.redesign"])
    assert [note.status for note in feedback.notes] == [Status.HOLDS_UP] * 8
    assert feedback.points == feedback.max_points == 8.0


@pytest.mark.parametrize("changes, lost", [
    ({"target": "Defer To"}, 3),  # two steps up, and authority and resources do not fit it
    ({"community_seats": {"Eastside Tenants Union": 4}, "staff_seats": 8}, 1),  # who sits
    ({"chosen_by": "appointed by the department"}, 0),  # fits Collaborate: costs nothing
    ({"authority": "advice only"}, 1),
    ({"written_in": "not written down"}, 1),
    ({"disagreement": "the department decides"}, 1),
    ({"resources": {"community partners and processes": 45, "department administration": 55}}, 1),
    ({"total_seats": 13}, 1),
    ({"paid_participation": ["childcare"]}, 1),
])
def test_each_design_question_is_worth_one_point(changes, lost):
    assert points("ex03.redesign", {**REDESIGNS["ex03.redesign"], **changes}) == 8.0 - lost


def test_a_saved_design_scores_the_same_as_the_dict_it_came_from(tmp_path):
    design = read_design(REDESIGNS["ex03.redesign"])
    loaded = ProcessDesign.load(design.save(tmp_path / "process-design.json"))
    assert points("ex03.redesign", loaded) == points("ex03.redesign", REDESIGNS["ex03.redesign"]) == 8.0


def test_the_untouched_template_and_an_empty_saved_design_score_zero():
    assert check("ex03.redesign", TEMPLATE).problem.startswith("There is no answer here yet.")
    assert points("ex03.redesign", TEMPLATE) == 0.0
    assert check("ex03.redesign", ProcessDesign()).problem.startswith("There is no answer here yet.")
    assert points("ex03.redesign", ProcessDesign()) == 0.0


def test_a_graded_self_check_names_what_is_still_to_answer_and_gives_no_score():
    feedback = check("ex03.redesign", {**TEMPLATE, "target": "Collaborate", "staff_seats": 4})
    assert feedback.problem.startswith("Still to answer: who sits, how members are chosen")
    complete = check("ex03.redesign", {**REDESIGNS["ex03.redesign"], "authority": "advice only"})
    assert complete.graded_later and not complete.notes


def test_practice_feedback_says_which_answer_does_not_fit_the_target_and_why():
    wrong = {**REDESIGNS["03.redesign"], "disagreement": "a vote of the committee"}
    notes = {note.label: note for note in check("03.redesign", wrong).notes}
    assert notes["how disagreement is settled"].status is Status.RECONSIDER
    assert "goes past Involve" in notes["how disagreement is settled"].reason
    assert "the department keeps the final say" in notes["how disagreement is settled"].reason


@pytest.mark.parametrize("answer", [
    "Collaborate", 4, ["a", "b"], {"target": "Collab"}, {"staff_seats": "many"}, {"oops": 1},
    {"community_seats": "Eastside"}, {"resources": 50}, {"paid_participation": [{"x": 1}]},
])
def test_odd_answers_get_a_problem_to_fix_never_an_exception(answer):
    feedback = check("03.redesign", answer)
    assert feedback.problem and not feedback.notes
    assert points("03.redesign", answer) == 0.0


def test_a_process_at_the_top_cannot_be_registered_for_a_redesign():
    top = DecisionProcess("D", ProcessDesign(
        community_seats={"Southgate Block Club": 5}, staff_seats=1, total_seats=6,
        chosen_by="elected by residents", authority="final say over a defined budget or decision",
        written_in="a committee charter", disagreement="a vote of the committee", community_share=90,
        administration_share=10))
    with pytest.raises(ValueError, match="already sits at Defer To"):
        process_redesign("test.top", "Top", top)
    assert "test.top" not in PROCESSES


def test_the_check_says_what_it_expects():
    assert '"target"' in spec("ex03.redesign").expects and spec("ex03.redesign").max_points == 8.0
