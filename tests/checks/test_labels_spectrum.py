"""The labels kind with the "spectrum" vocabulary (grader/checks/labels.py): do spectrum placements
accept any way of naming a level, and explain without naming the answer?"""

from __future__ import annotations

import pytest

from grader.checks.feedback import Status
from grader.checks.labels import VOCABULARIES, case_sets
from grader.checks.registry import check, points, spec
from grader.domain.spectrum import SPECTRUM
from tests.support.answer_keys import PLACEMENTS
from tests.support.items import item_set

EXERCISE_00 = item_set("ex00.spectrum")
EXERCISE_01 = item_set("ex01.spectrum")
ORIENTATION = item_set("00.spectrum")
PRACTICE = item_set("01.spectrum")

RIGHT = PLACEMENTS["01.spectrum"]


@pytest.mark.parametrize("value", [2, "2", "Consult", "consult", "2 Consult", "Tokenization"])
def test_a_placement_can_name_a_level_by_number_stance_label_or_impact(value):
    assert VOCABULARIES["spectrum"].read(value).key == 2


def test_each_spectrum_check_uses_its_scenario_set_and_scores_one_point_per_scenario():
    expected = {"00.spectrum": ORIENTATION, "ex00.spectrum": EXERCISE_00,
                "01.spectrum": PRACTICE, "ex01.spectrum": EXERCISE_01}
    assert {cid: case_sets("spectrum")[cid] for cid in expected} == expected
    for check_id, found in case_sets("spectrum").items():
        assert spec(check_id).max_points == len(found)


def test_the_expected_form_lists_the_scenario_ids():
    assert "(P1, P2, P3, P4, P5, P6)" in spec("01.spectrum").expects


def test_placements_written_as_stance_words_score_like_numbers():
    as_words = {sid: SPECTRUM[number].stance.upper() for sid, number in RIGHT.items()}
    assert points("01.spectrum", as_words) == points("01.spectrum", RIGHT) == 6.0


def test_a_placement_that_holds_up_shows_the_scenarios_evidence():
    feedback = check("01.spectrum", RIGHT)
    assert [note.reason for note in feedback.notes] == [s.evidence for s in PRACTICE]


def test_a_placement_to_reconsider_shows_the_hint_and_never_the_right_level():
    wrong = {sid: (number + 3) % 6 for sid, number in RIGHT.items()}
    feedback = check("01.spectrum", wrong)
    assert [note.reason for note in feedback.notes] == [s.hint for s in PRACTICE]
    assert all(note.status is Status.RECONSIDER for note in feedback.notes)
    text = str(feedback)
    for number in RIGHT.values():
        assert SPECTRUM[number].label not in text


def test_a_scenario_left_out_is_not_placed_yet():
    answer = {k: v for k, v in RIGHT.items() if k != "P4"} | {"P2": ...}
    notes = {note.label: note for note in check("01.spectrum", answer).notes}
    for sid in ("P2", "P4"):
        assert notes[sid].status is Status.RECONSIDER
        assert notes[sid].reason == "Not placed yet." and notes[sid].missing
    assert points("01.spectrum", answer) == 4.0


def test_an_id_that_is_not_a_scenario_here_is_a_problem_listing_the_right_ids():
    feedback = check("01.spectrum", {**RIGHT, "E1": 2, "p1": 1})
    assert feedback.problem.startswith("These are not scenario ids here: E1, p1. Use: P1, P2, P3, P4, P5, P6.")


def test_a_level_that_does_not_exist_is_a_problem_naming_the_scenario():
    feedback = check("01.spectrum", {**RIGHT, "P3": "Partner", "P5": 7})
    assert feedback.problem.startswith('P3: "Partner" is not a level of the spectrum.')
    assert 'P5: "7" is not a level' in feedback.problem
    assert points("01.spectrum", {**RIGHT, "P3": "Partner"}) == 0.0
