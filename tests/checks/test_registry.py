"""Does the registry always answer a learner kindly, and agree with the score nbgrader records?"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from grader.checks import registry
from grader.checks.feedback import Feedback, Note, Status
from grader.checks.registry import (
    AnswerProblem,
    CheckSpec,
    check,
    is_unanswered,
    known_checks,
    points,
    spec,
)
from tests.support.answer_keys import CHOICES, PLACEMENTS
from tests.support.builders import COVERED, right_answer

ALL = known_checks()
# Checks whose right answers tests/support/answer_keys.py knows (modules 00 and 01).
GRADED = [cid for cid in COVERED if spec(cid).graded]
PRACTICE = [cid for cid in COVERED if not spec(cid).graded]


class Hostile:
    """An answer whose every method raises, as a learner's half-built object might."""

    def _boom(self, *args, **kwargs):
        raise RuntimeError("boom")

    __str__ = __repr__ = __iter__ = __len__ = __getitem__ = __format__ = _boom


WRONG_TYPES = {
    "int": 7,
    "list": [1, 2],
    "dataframe": pd.DataFrame({"x": [1, 2], "y": ["a", "b"]}),
    "hostile": Hostile(),
}
EMPTY = {"None": None, "Ellipsis": ..., "blank text": "  ", "empty dict": {},
         "dict of Ellipsis": {"P1": ..., "P2": ...}}


@pytest.fixture
def private_registry(monkeypatch):
    """A copy of the registry, so test checks never leak into the course's list."""
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    return registry._REGISTRY


def test_known_checks_is_sorted_and_holds_the_catalog():
    assert sorted(ALL) == ALL
    assert {"00.power", "01.spectrum", "01.one_to_one", "ex01.ranking"} <= set(ALL)


def test_exercise_checks_are_exactly_the_graded_ones():
    assert [cid for cid in ALL if spec(cid).graded] == [cid for cid in ALL if cid.startswith("ex")]


def test_spec_returns_the_registered_check():
    found = spec("00.power")
    assert isinstance(found, CheckSpec)
    assert (found.check_id, found.title, found.max_points, found.graded) == ("00.power", "Power and health", 1.0, False)


def test_unknown_id_suggests_the_nearest_id_and_check_does_not_raise():
    feedback = check("01.spectrm", {"P1": "Inform"})
    assert isinstance(feedback, Feedback)
    assert feedback.problem.startswith('There is no check called "01.spectrm".')
    assert 'Did you mean "01.spectrum"?' in feedback.problem
    assert feedback.headline == "Not checked yet" and feedback.title == "Check"


def test_unknown_id_with_nothing_close_still_says_where_to_find_the_id():
    feedback = check("zzzzzz", "a")
    assert "Did you mean" not in feedback.problem
    assert "Copy the id from the line above the cell." in feedback.problem


@pytest.mark.parametrize("check_id", [None, 3, ["00.power"], {"id": 1}])
def test_a_check_id_that_is_not_text_gives_a_problem_not_an_exception(check_id):
    feedback = check(check_id, "a")  # type: ignore[arg-type]
    assert feedback.problem and "There is no check called" in feedback.problem


def test_points_for_an_unknown_id_raises_key_error_with_a_suggestion():
    with pytest.raises(KeyError, match='Did you mean "00.power"'):
        points("00.powr", "b")
    with pytest.raises(KeyError):
        spec("nope")


@pytest.mark.parametrize("check_id", ALL)
@pytest.mark.parametrize("answer", list(EMPTY.values()), ids=list(EMPTY))
def test_an_empty_answer_says_there_is_no_answer_yet_and_scores_zero(check_id, answer):
    feedback = check(check_id, answer)
    assert feedback.problem.startswith("There is no answer here yet.")
    assert spec(check_id).expects in feedback.problem
    assert feedback.notes == () and not feedback.passed
    assert points(check_id, answer) == 0.0


@pytest.mark.parametrize("check_id", ALL)
@pytest.mark.parametrize("answer", list(WRONG_TYPES.values()), ids=list(WRONG_TYPES))
def test_wrong_typed_answer_gets_a_friendly_problem_not_a_traceback(check_id, answer):
    feedback = check(check_id, answer)
    assert feedback.problem, str(feedback)
    assert "Traceback" not in feedback.problem
    assert feedback.headline == "Not checked yet"
    assert points(check_id, answer) == 0.0


def test_a_dataframe_where_a_dict_is_expected_names_the_type():
    feedback = check("01.spectrum", WRONG_TYPES["dataframe"])
    assert feedback.problem == "Placements should be a dictionary, but this is a DataFrame."


def test_an_answer_that_blows_up_is_named_by_its_error_and_says_what_is_expected():
    feedback = check("00.power", Hostile())
    assert feedback.problem == f"This answer could not be checked (RuntimeError). {spec('00.power').expects}"


@pytest.mark.parametrize("check_id", GRADED)
def test_graded_self_check_only_says_ready_to_submit(check_id):
    feedback = check(check_id, right_answer(check_id))
    assert feedback.headline == "Ready to submit"
    assert feedback.graded_later and feedback.problem is None
    assert feedback.notes == ()
    assert feedback.points == 0.0
    assert "scored when your trainer grades" in str(feedback)


def wrong_answer(check_id: str):
    if check_id in CHOICES:
        return next(letter for letter in "abc" if letter != CHOICES[check_id])
    if check_id in PLACEMENTS:
        return {sid: (level + 1) % 6 for sid, level in PLACEMENTS[check_id].items()}
    if check_id == "ex01.ranking":
        frame = right_answer(check_id)
        frame["active_campaigns"] = 1
        return frame.iloc[::-1]
    from grader.domain.one_to_one import OneToOnePlan

    return OneToOnePlan(partner="Sam", purpose="Pitch our program", questions=["Do you agree?"],
                        listen_for=["yes or no"], minutes=90, follow_up="Email", follow_up_days=30)


@pytest.mark.parametrize("check_id", GRADED)
def test_graded_self_check_says_the_same_for_a_wrong_answer_as_for_a_right_one(check_id):
    right, wrong = right_answer(check_id), wrong_answer(check_id)
    assert points(check_id, wrong) < points(check_id, right)
    assert str(check(check_id, wrong)) == str(check(check_id, right))
    assert check(check_id, wrong)._repr_html_() == check(check_id, right)._repr_html_()


def test_graded_placements_with_a_gap_name_what_is_still_to_answer():
    answer = {**PLACEMENTS["ex01.spectrum"], "E2": ..., "E5": None}
    feedback = check("ex01.spectrum", answer)
    assert feedback.problem.startswith("Still to answer: E2, E5.")
    assert feedback.notes == ()


def test_graded_points_still_score_the_answer_for_nbgrader():
    assert points("ex00.root", CHOICES["ex00.root"]) == 1.0
    assert points("ex00.root", wrong_answer("ex00.root")) == 0.0


def answers_for(check_id: str) -> list:
    right = right_answer(check_id)
    if check_id in CHOICES:
        return ["a", "b", "c"]
    if check_id in PLACEMENTS:
        half = {sid: (lvl + i % 2) % 6 for i, (sid, lvl) in enumerate(right.items())}
        return [right, wrong_answer(check_id), half]
    if isinstance(right, pd.Series):
        return [right, right * 2, right.iloc[:3]]
    from grader.domain.one_to_one import OneToOnePlan

    return [right, OneToOnePlan(partner="Sam", minutes=40), {"partner": "Sam", "purpose": "sell"}]


@pytest.mark.parametrize("check_id", PRACTICE)
def test_points_equal_the_score_the_self_check_shows(check_id):
    for answer in answers_for(check_id):
        feedback = check(check_id, answer)
        assert feedback.problem is None
        assert feedback.points == points(check_id, answer), answer


@pytest.mark.parametrize("check_id", PRACTICE)
def test_practice_feedback_passes_only_with_full_points(check_id):
    for answer in answers_for(check_id):
        feedback = check(check_id, answer)
        assert feedback.passed == (feedback.points == feedback.max_points)


def test_registering_an_id_twice_raises(private_registry):
    registry.register("zz.test", title="Test", max_points=1.0, expects="Anything.")(lambda a: [])
    with pytest.raises(ValueError, match="registered twice"):
        registry.register("zz.test", title="Again", max_points=2.0, expects="x")(lambda a: [])
    assert spec("zz.test").title == "Test"
    with pytest.raises(ValueError, match="'00.power' is registered twice"):
        registry.register("00.power", title="Clash", max_points=1.0, expects="x")(lambda a: [])


def test_known_checks_reads_the_live_registry_so_test_checks_can_be_kept_private():
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
        registry.register("zz.temp", title="Temp", max_points=1.0, expects="x")(lambda a: [])
        assert "zz.temp" in known_checks()
    assert "zz.temp" not in known_checks()


def test_a_warning_raised_while_grading_never_reaches_the_learner(private_registry):
    def grade(answer):
        warnings.warn("noisy library", UserWarning, stacklevel=1)
        return [Note("it", Status.HOLDS_UP, "fine")]

    registry.register("zz.warns", title="Warns", max_points=1.0, expects="x")(grade)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert points("zz.warns", "anything") == 1.0
        assert check("zz.warns", "anything").passed
    assert caught == []


def test_score_is_weighted_by_note_weight(private_registry):
    def grade(answer):
        return [Note("big", Status.HOLDS_UP, "", weight=3.0), Note("small", Status.RECONSIDER, "", weight=1.0)]

    registry.register("zz.weights", title="Weights", max_points=2.0, expects="x")(grade)
    assert points("zz.weights", "a") == 1.5
    assert check("zz.weights", "a").points == 1.5


def test_a_hint_on_writing_never_counts_toward_the_score(private_registry):
    def grade(answer):
        return [Note("counted", Status.HOLDS_UP, "Yes."), Note("counted too", Status.RECONSIDER, "Add a date."),
                Note("writing", Status.HOLDS_UP, "Words found.", hint=True),
                Note("more writing", Status.RECONSIDER, "Name the group.", hint=True)]

    registry.register("zz.hints", title="Hints", max_points=4.0, expects="x")(grade)
    feedback = check("zz.hints", "a")
    assert points("zz.hints", "a") == feedback.points == 2.0  # 1 of the 2 checked notes
    assert feedback.headline == "Worth another look: 1 of 2 checked parts hold up"
    assert "  Hint, not a grade: more writing. Name the group." in str(feedback)
    assert "<strong>Hint, not a grade</strong> (writing): Words found." in feedback._repr_html_()


def test_a_check_of_hints_only_scores_zero_and_gives_no_praise(private_registry):
    registry.register("zz.onlyhints", title="Only hints", max_points=3.0, expects="x")(
        lambda a: [Note("writing", Status.HOLDS_UP, "Words found.", hint=True)])
    feedback = check("zz.onlyhints", "a")
    assert points("zz.onlyhints", "a") == 0.0
    assert feedback.headline == "Hints on your writing (not a grade)" and feedback.symbol == "•"
    assert "Well done" not in str(feedback) + feedback._repr_html_()


def test_a_check_with_no_notes_scores_zero(private_registry):
    registry.register("zz.none", title="None", max_points=5.0, expects="x")(lambda a: [])
    assert points("zz.none", "a") == 0.0


def test_an_answer_problem_raised_by_a_check_is_shown_as_written(private_registry):
    def grade(answer):
        raise AnswerProblem("Write a whole number.")

    registry.register("zz.problem", title="Problem", max_points=1.0, expects="x")(grade)
    assert check("zz.problem", "a").problem == "Write a whole number."
    assert points("zz.problem", "a") == 0.0


def test_answer_problem_is_a_value_error():
    assert issubclass(AnswerProblem, ValueError)


@pytest.mark.parametrize("value, empty", [
    (None, True), (..., True), ("", True), (" \n", True), ({}, True), ({"a": ..., "b": None}, True),
    ([], True), ((), True), (set(), True),
    ("b", False), (0, False), ({"a": ..., "b": 1}, False), ([...], False), (pd.Series(dtype=int), True), (pd.Series([0]), False),
])
def test_is_unanswered_spots_template_placeholders(value, empty):
    assert is_unanswered(value) is empty


def test_an_answer_whose_methods_raise_is_a_problem_not_a_crash():
    class Hostile(dict):
        def values(self):
            raise RuntimeError("boom")

        def items(self):
            raise RuntimeError("boom")

    assert check("01.spectrum", Hostile(P1=1)).problem
    assert points("01.spectrum", Hostile(P1=1)) == 0.0
