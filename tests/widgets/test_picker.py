"""Does the label picker show every item of a registered question with one labeled drop-down of
that question's labels, save the learner's picks into the assignment folder, show them again when
reopened, and does the answer cell read back exactly what earns the check's points?"""

from __future__ import annotations

import json

import ipywidgets as widgets
import pytest

from grader.checks import points, spec
from grader.domain.plan_file import PlanFileError
from grader.widgets.picker import LabelPicker, load_choice, load_labels, picking, save_labels
from tests.support.answer_keys import CHOICES, PLACEMENTS
from tests.support.keys_02 import LEVERS
from tests.support.keys_06 import LABELS
from tests.support.keys_07 import DECISIONS


def descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def keyed(check_id: str) -> dict[str, str] | str:
    """The model answer of a check, as the picker's values."""
    if check_id in CHOICES:
        return CHOICES[check_id]
    if check_id in PLACEMENTS:
        return {item: str(number) for item, number in PLACEMENTS[check_id].items()}
    if check_id in LABELS:
        return dict(LABELS[check_id])
    return {item: values[0] for item, values in {**LEVERS, **DECISIONS}[check_id].items()}


PICKERS = ["ex02.levers", "ex06.statements", "ex07.requests", "ex00.root", "ex00.mechanism", "ex00.spectrum"]


@pytest.mark.parametrize("check_id", PICKERS)
def test_the_model_answer_picked_and_saved_earns_full_points_when_read_back(tmp_path, store, check_id):
    picker = LabelPicker(check_id, folder=tmp_path, store=store)
    answer = keyed(check_id)
    for item, value in (answer.items() if isinstance(answer, dict) else [("answer", answer)]):
        picker.choose(item, value)
    picker.save_button.click()
    assert "Saved your" in picker.status.value and f"{check_id}.json" in picker.status.value
    read = load_choice(tmp_path / f"{check_id}.json") if isinstance(answer, str) else \
        load_labels(tmp_path / f"{check_id}.json")
    assert points(check_id, read) == spec(check_id).max_points
    assert points(check_id, picker.answer) == spec(check_id).max_points
    picker.check_button.click()
    assert "Ready to submit" in picker.feedback.value


@pytest.mark.parametrize("check_id", PICKERS)
def test_every_drop_down_is_labeled_offers_every_label_and_starts_unchosen(tmp_path, store, check_id):
    picker = LabelPicker(check_id, folder=tmp_path, store=store)
    found = picking(check_id)
    drop_downs = [child for child in descendants(picker) if isinstance(child, widgets.Dropdown)]
    assert len(drop_downs) == len(found.items)
    for box in drop_downs:
        assert box.description.endswith(":") and box.value is None
        assert [value for _, value in box.options] == [None, *(value for _, value in found.options)]
    for child in descendants(picker):
        if isinstance(child, widgets.Button):
            assert child.description and child.tooltip


def test_the_labels_are_the_questions_own(tmp_path, store):
    levers = LabelPicker("ex02.levers", folder=tmp_path, store=store)
    assert levers.choices["E1"].description == "Lever for E1:"
    assert {value for _, value in levers.picking.options} == {"data", "regulatory authority", "relationships",
                                                              "funding"}
    narratives = picking("ex06.statements")
    assert {value for _, value in narratives.options} == {"dominant", "transformative", "individualism",
                                                          "market-only", "anti-government"}
    requests = picking("ex07.requests")
    assert requests.options[0][1] == "may share"
    choice = LabelPicker("ex00.root", folder=tmp_path, store=store)
    assert list(choice.choices) == ["answer"] and choice.choices["answer"].description == "Your answer:"
    assert [value for _, value in choice.picking.options] == ["a", "b", "c"]
    assert [value for _, value in picking("ex00.spectrum").options][2] == "Consult"


def test_a_saved_answer_is_shown_again_and_a_part_answer_scores_in_part(tmp_path, store):
    first = LabelPicker("ex07.requests", folder=tmp_path, store=store)
    first.choose("R1", "may share")
    first.choose("R2", "authority to control")
    first.save()
    saved = json.loads((tmp_path / "ex07.requests.json").read_text(encoding="utf-8"))
    assert saved == {"R1": "may share", "R2": "authority to control", "R3": None, "R4": None, "R5": None}
    again = LabelPicker("ex07.requests", folder=tmp_path, store=store)
    assert again.choices["R1"].value == "may share" and again.choices["R3"].value is None
    assert "reloaded from ex07.requests.json" in again.status.value
    assert 0 < points("ex07.requests", load_labels(tmp_path / "ex07.requests.json")) < 5


def test_with_no_file_the_answer_cell_says_what_to_do_and_gives_a_blank_worth_nothing(tmp_path, capsys):
    assert load_labels(tmp_path / "ex02.levers.json") == {}
    assert load_choice(tmp_path / "ex00.root.json") is None
    said = capsys.readouterr().out
    assert "ex02.levers.json is not in" in said and "Save button" in said and "ex00.root.json" in said
    assert points("ex02.levers", {}) == 0 and points("ex00.root", None) == 0


def test_items_left_unchosen_are_named_below_the_answer_cell(tmp_path, capsys):
    save_labels({"E1": "data", "E2": ..., "E3": ""}, tmp_path / "ex02.levers.json")
    assert load_labels(tmp_path / "ex02.levers.json") == {"E1": "data"}
    assert "Still empty: E2, E3, E4, E5, E6" in capsys.readouterr().out


def test_the_python_route_takes_the_learners_words_and_refuses_what_is_not_a_label(tmp_path):
    save_labels({"E1": "Regulation", "E2": "Data and evidence"}, tmp_path / "ex02.levers.json")
    assert read_back(tmp_path / "ex02.levers.json") == {"E1": "regulatory authority", "E2": "data"}
    save_labels("(B)", tmp_path / "ex00.root.json")
    assert load_choice(tmp_path / "ex00.root.json") == "b"
    with pytest.raises(ValueError, match="E1"):
        save_labels({"E1": "prayer"}, tmp_path / "ex02.levers.json")
    with pytest.raises(ValueError, match="Z9 is not an item of ex02.levers"):
        save_labels({"Z9": "data"}, tmp_path / "ex02.levers.json")
    with pytest.raises(PlanFileError, match="not named after a question"):
        save_labels({"E1": "data"}, tmp_path / "levers.json")


def test_a_damaged_file_says_which_file_and_what_to_do(tmp_path, store):
    (tmp_path / "ex06.statements.json").write_text('{"E1": "sunshine"}', encoding="utf-8")
    with pytest.raises(PlanFileError, match="ex06.statements.json could not be read"):
        load_labels(tmp_path / "ex06.statements.json")
    picker = LabelPicker("ex06.statements", folder=tmp_path, store=store)
    assert "could not be read" in picker.status.value and picker.choices["E1"].value is None


def test_an_id_the_picker_cannot_show_names_the_ones_it_can():
    with pytest.raises(KeyError, match="ex02.levers"):
        picking("ex02.plan")


def read_back(path) -> dict[str, str]:
    return {item: value for item, value in json.loads(path.read_text(encoding="utf-8")).items() if value}


@pytest.mark.parametrize("check_id", ["02.levers", "07.requests"])
def test_a_module_practice_picker_has_no_save_button_and_its_check_counts_in_progress(tmp_path, store, check_id,
                                                                                      monkeypatch):
    monkeypatch.chdir(tmp_path)
    picker = LabelPicker(check_id, store=store)
    assert picker.save_button not in descendants(picker) and picker.check_button in descendants(picker)
    for item, value in keyed(check_id).items():  # type: ignore[union-attr]
        picker.choose(item, value)
    picker.check_button.click()
    assert "Well done" in picker.feedback.value or "holds up" in picker.feedback.value
    progress, _ = store.load_progress()
    assert progress[check_id]["passed"] is True
    with pytest.raises(ValueError, match='practice and saves no file.*folder="."'):
        picker.save()
    assert list(tmp_path.glob("*.json")) == []
