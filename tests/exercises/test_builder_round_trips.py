"""Does every answer a builder saves in a learner's released exercise folder travel with the
submission through nbgrader's exchange and earn, in the gradebook, exactly the score the course's
check gives the saved answer (the score the learner's self-check was computed from)?

Each builder is filled in part, so a score is neither zero nor full marks (ex00's one-item pickers
are each right or wrong, so one is answered wrong and scores zero); the data-analysis
parts are left untouched, so the builders' parts are the whole automatic score.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from grader.checks import points, spec
from grader.domain.equity_review import CONTRACTING_POLICY
from grader.learner.store import LearnerStore
from grader.widgets.alliance_plan import AlliancePlanBuilder, load_alliance_plan
from grader.widgets.ally_map import AllyMapBuilder, load_ally_map
from grader.widgets.equity_review import EquityReviewBuilder, StatementMatcher, load_equity_review, load_statement_matches
from grader.widgets.one_to_one import OneToOnePlanner, load_one_to_one
from grader.widgets.picker import LabelPicker, load_choice, load_labels
from grader.widgets.spectrum import SpectrumMapper, load_spectrum
from grader.widgets.upstream import UpstreamSorter, load_upstream
from tests.support.answer_keys import CHOICES, PLACEMENTS
from tests.support.builders import full_map, good_plan
from tests.support.keys_02 import LEVERS
from tests.support.keys_04 import good_alliance_plan
from tests.support.keys_06 import LABELS
from tests.support.keys_07 import DECISIONS
from tests.support.keys_08 import STATEMENTS, good_review
from tests.support.keys_09 import ORDERS, SORTS
from tests.support.nbgrader_runs import nbgrader, released_to_a_learner, scores, trainer_step

pytestmark = pytest.mark.nbgrader

# (test cell's grade id, check id, file, how the answer cell reads it)
Part = tuple[str, str, str, Callable[[Path], object]]


def spectrum(folder: Path, store: LearnerStore) -> None:
    mapper = SpectrumMapper("ex01.spectrum", store=store, folder=folder)
    for number, (scenario, level) in enumerate(PLACEMENTS["ex01.spectrum"].items()):
        mapper.place(scenario, (level + 1) % 6 if number < 2 else level)  # two placed elsewhere
    mapper.save_button.click()


def one_to_one(folder: Path, store: LearnerStore) -> None:
    planner = OneToOnePlanner("ex01.one_to_one", store=store, folder=folder)
    planner.fill(good_plan())
    planner.minutes.value = 90  # too long for a first meeting
    planner.save_button.click()


def alliance(folder: Path, store: LearnerStore) -> None:
    builder = AlliancePlanBuilder("ex04.alliance_plan", store=store, folder=folder)
    builder.fill(good_alliance_plan())
    builder.boxes["offers"].value = ""
    builder.save_button.click()


def allies(folder: Path, store: LearnerStore) -> None:
    builder = AllyMapBuilder("ex05.allies", store=store, folder=folder)
    for ally in full_map()[:3]:
        builder.fill(ally)
        builder.add_button.click()
    builder.save_button.click()


def review(folder: Path, store: LearnerStore) -> None:
    builder = EquityReviewBuilder("ex08.review", policy=CONTRACTING_POLICY, store=store, folder=folder)
    builder.fill(good_review())
    builder.boxes["communication"].value = ""
    builder.save_button.click()


def matches(folder: Path, store: LearnerStore) -> None:
    matcher = StatementMatcher("ex08.statements", store=store, folder=folder)
    for sid, name in list(STATEMENTS["ex08.statements"].items())[:4]:
        matcher.choose(sid, name)
    matcher.save_button.click()


def sorts(folder: Path, store: LearnerStore) -> None:
    for check_id in ("ex09.housing", "ex09.work"):
        sorter = UpstreamSorter(check_id, store=store, folder=folder)
        for number, (intervention, level, reason) in enumerate(sorter.rows[:3]):
            item = ORDERS[check_id].split()[number]
            intervention.value, level.value = item, SORTS[check_id][item]
            reason.value = f"It changes conditions for people in a way {item} alone can show"
        sorter.save_button.click()


def picked(check_id: str, answers: dict[str, str | None]) -> Callable[[Path, LearnerStore], None]:
    """Choose ``answers`` in a label picker's drop-downs (None: left unchosen) and press Save."""
    def fill(folder: Path, store: LearnerStore) -> None:
        picker = LabelPicker(check_id, folder=folder, store=store)
        for item, value in answers.items():
            picker.choose(item, value)
        picker.save_button.click()
    return fill


def first(keys: dict[str, tuple[str, ...]]) -> dict[str, str | None]:
    return {item: values[0] for item, values in keys.items()}


EXERCISES: dict[str, tuple[list[Callable[[Path, LearnerStore], None]], list[Part]]] = {
    "ex00": ([picked("ex00.root", {"answer": CHOICES["ex00.root"]}),
              picked("ex00.mechanism", {"answer": "c"}),  # not the model answer
              picked("ex00.spectrum", {"X1": str(PLACEMENTS["ex00.spectrum"]["X1"])})], [
        ("root_answer-test", "ex00.root", "ex00.root.json", load_choice),
        ("mechanism_answer-test", "ex00.mechanism", "ex00.mechanism.json", load_choice),
        ("spectrum-test", "ex00.spectrum", "ex00.spectrum.json", load_labels)]),
    "ex01": ([spectrum, one_to_one], [
        ("spectrum-test", "ex01.spectrum", "spectrum-placements.json", load_spectrum),
        ("plan-test", "ex01.one_to_one", "one-to-one-plan.json", load_one_to_one)]),
    "ex02": ([picked("ex02.levers", {**first(LEVERS["ex02.levers"]), "E6": None})],
             [("levers-test", "ex02.levers", "ex02.levers.json", load_labels)]),
    "ex04": ([alliance], [("plan-test", "ex04.alliance_plan", "alliance-plan.json", load_alliance_plan)]),
    "ex05": ([allies], [("allies-test", "ex05.allies", "ally-map.json", load_ally_map)]),
    "ex06": ([picked("ex06.statements", {**LABELS["ex06.statements"], "E2": "dominant"})],
             [("statements-test", "ex06.statements", "ex06.statements.json", load_labels)]),
    "ex07": ([picked("ex07.requests", {**first(DECISIONS["ex07.requests"]), "R5": None})],
             [("requests-test", "ex07.requests", "ex07.requests.json", load_labels)]),
    "ex08": ([matches, review], [
        ("statements-test", "ex08.statements", "statement-matches.json", load_statement_matches),
        ("review-test", "ex08.review", "equity-review.json", load_equity_review)]),
    "ex09": ([sorts], [
        ("housing-test", "ex09.housing", "upstream-housing.json", load_upstream),
        ("work-test", "ex09.work", "upstream-work.json", load_upstream)]),
}


@pytest.mark.parametrize("assignment", sorted(EXERCISES))
def test_answers_saved_with_the_builders_are_graded_from_the_submission(tmp_path, assignment):
    workspace, released = released_to_a_learner(tmp_path, assignment)
    fill_in, parts = EXERCISES[assignment]
    assert not any((released / file).exists() for _, _, file, _ in parts), "the release holds no answer file"
    store = LearnerStore(tmp_path / "my-work")
    for fill in fill_in:  # the learner fills the builders in the released folder and presses Save
        fill(released, store)
    expected = {grade_id: points(check_id, read(released / file)) for grade_id, check_id, file, read in parts}
    # every part that earns automatic points scores some (ex08's review is all hints: 0 automatic
    # points), except ex00's one-item pickers, each simply right or wrong
    hints_only = {grade_id for grade_id, check_id, _, _ in parts if spec(check_id).max_points == 0}  # not graded cells
    scored = [score for grade_id, score in expected.items() if grade_id not in hints_only]
    assert all(score > 0 for score in scored) or assignment == "ex00", expected
    assert sum(expected.values()) > 0, expected

    nbgrader(released.parent, "submit", assignment)
    trainer_step(workspace, "collect", assignment)
    trainer_step(workspace, "autograde", assignment)
    student = next((workspace / "submitted").iterdir()).name
    graded = {grade_id: score for grade_id, score in expected.items() if grade_id not in hints_only}
    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        got = {grade_id: gradebook.find_grade(grade_id, assignment, assignment, student).score
               for grade_id in graded}
    assert got == pytest.approx(graded)
    maxima = {grade_id: spec_max(check_id) for grade_id, check_id, _, _ in parts}
    assert any(graded[g] < maxima[g] for g in graded), "partial answers should not earn full marks"
    assert scores(workspace, assignment, student)["code"] == pytest.approx(sum(expected.values()))


def spec_max(check_id: str) -> float:
    from grader.checks import spec

    return spec(check_id).max_points
