"""Does the redesign check read a learner's redesign in any sensible form, give one note per part,
stay quiet about scores in a graded self-check, and never raise for a learner's answer?"""

from __future__ import annotations

import pytest

from grader.checks.decision_process import PROCESSES, current_process, process_redesign
from grader.checks.feedback import Status
from grader.checks.registry import check, points, spec
from grader.domain.decision_process import (
    COMMUNITY,
    DecisionProcess,
    ProcessStep,
    read_redesign,
)
from tests.support.keys_03 import REDESIGNS

TEMPLATE = {
    "decided_by": {"Agree the criteria": ..., "Draw up the shortlist": ..., "Choose the neighborhoods": ...},
    "community_joins": ...,
    "community_share": ...,
    "activity": ...,
}


def test_each_redesign_check_starts_from_its_registered_process():
    assert current_process("03.redesign").level.stance == "Consult"
    assert current_process("ex03.redesign").level.stance == "Involve"
    with pytest.raises(KeyError, match='There is no check called "03.redesing". Did you mean "03.redesign"?'):
        current_process("03.redesing")


def test_the_right_redesign_holds_up_on_all_four_parts():
    feedback = check("03.redesign", REDESIGNS["03.redesign"])
    assert feedback.passed and feedback.points == 4.0
    assert [note.label for note in feedback.notes] == [
        "who decides at each step", "when the community comes in",
        "resources for community participation", "how the community takes part"]


def test_each_wrong_part_costs_one_point():
    right = REDESIGNS["ex03.redesign"]
    for key, wrong in (("decided_by", "department alone"), ("community_joins", "after the decision"),
                       ("community_share", 45), ("activity", "surveys")):
        assert points("ex03.redesign", {**right, key: wrong}) == 3.0, key


def test_an_untouched_template_is_no_answer_and_scores_zero():
    assert check("ex03.redesign", TEMPLATE).problem.startswith("There is no answer here yet.")
    assert points("ex03.redesign", TEMPLATE) == 0.0


def test_a_half_filled_practice_redesign_marks_the_rest_as_not_chosen():
    feedback = check("03.redesign", {"decided_by": "department alone", "community_joins": ...})
    assert feedback.problem is None
    assert [n.status for n in feedback.notes] == [Status.HOLDS_UP, *[Status.RECONSIDER] * 3]
    assert feedback.notes[1].reason == "Choose when the community comes in."


def test_a_half_filled_graded_redesign_says_what_is_still_to_answer():
    feedback = check("ex03.redesign", {**TEMPLATE, "community_share": 60})
    assert feedback.problem.startswith("Still to answer: who decides at each step, when the community comes in, "
                                       "how the community takes part.")


def test_a_complete_graded_redesign_is_ready_to_submit_without_a_verdict():
    wrong = {**REDESIGNS["ex03.redesign"], "activity": "surveys"}
    feedback = check("ex03.redesign", wrong)
    assert feedback.graded_later and "Ready to submit" in str(feedback)
    assert "surveys" not in str(feedback) and "Reconsider" not in str(feedback)


@pytest.mark.parametrize("answer, words", [
    ({"decided_by": "the mayor"}, 'Step "Agree the criteria": "the mayor" is not one of the options'),
    ({"community_share": "most"}, '"most" is not a share of the budget.'),
    ({"when": "early"}, "These are not parts of a redesign: when."),
    ("collaborate", "Give the redesign as a dictionary of its parts, but this is a str."),
])
def test_an_answer_it_cannot_read_says_how_to_fix_it_and_scores_zero(answer, words):
    feedback = check("ex03.redesign", answer)
    assert words in feedback.problem
    assert points("ex03.redesign", answer) == 0.0


def test_a_whole_process_is_accepted_as_a_redesign():
    current = current_process("03.redesign")
    redesigned = current.redesigned(read_redesign(current, REDESIGNS["03.redesign"]))
    assert points("03.redesign", redesigned) == 4.0


def test_a_process_at_the_top_of_the_spectrum_cannot_be_registered():
    top = DecisionProcess("D", (ProcessStep("Decide", COMMUNITY),), "from the start", 90, "cooperatives")
    with pytest.raises(ValueError, match="there is no step up"):
        process_redesign("99.top", "Top", top)
    assert "99.top" not in PROCESSES


def test_redesign_checks_describe_the_answer_they_expect():
    assert '"decided_by"' in spec("ex03.redesign").expects and spec("ex03.redesign").max_points == 4.0
