"""Is a saved plan written whole, read back as it was, and named with a fix when damaged?"""

from __future__ import annotations

import pytest

from grader.domain.plan_file import (
    AnswerFileMissing,
    PlanFileError,
    empty_parts,
    read_answer,
    read_plan,
    table_of_parts,
    write_plan,
)


def test_a_plan_is_read_back_as_it_was_written(tmp_path):
    path = write_plan(tmp_path / "deep" / "plan.json", {"title": "Año uno", "items": [1, 2]})
    assert read_plan(path, dict, dict) == {"title": "Año uno", "items": [1, 2]}
    assert not list(path.parent.glob(".*.tmp")), "the temporary file is renamed, not left behind"


def test_no_file_yet_gives_a_blank_plan(tmp_path):
    assert read_plan(tmp_path / "missing.json", dict, lambda: "blank") == "blank"


@pytest.mark.parametrize("text", ["{not json", '"a string"', "\udcff"])
def test_a_damaged_file_is_named_with_what_to_do(tmp_path, text):
    path = tmp_path / "plan.json"
    path.write_text(text, encoding="utf-8", errors="surrogateescape")

    def from_dict(data):  # type: ignore[no-untyped-def]
        if not isinstance(data, dict):
            raise ValueError("a plan should be a dictionary")
        return data

    with pytest.raises(PlanFileError, match="plan.json could not be read.*delete plan.json to start afresh"):
        read_plan(path, from_dict, dict)


# ---- answers an exercise reads from a file ----

def test_a_missing_answer_file_says_which_file_where_and_how_to_make_it(tmp_path):
    with pytest.raises(AnswerFileMissing) as raised:
        read_answer(tmp_path / "one-to-one-plan.json", dict, what="one-to-one plan", builder="one-to-one planner")
    message = str(raised.value)
    assert "one-to-one-plan.json" in message and str(tmp_path) in message
    assert "one-to-one planner above" in message and "Save button" in message and "Python" in message
    # IPython shows the message alone, not a traceback through the course's code
    assert raised.value._render_traceback_() == [f"AnswerFileMissing: {message}"]


def test_a_saved_answer_is_read_back_and_a_damaged_one_named(tmp_path):
    path = write_plan(tmp_path / "answer.json", {"E1": "Consult"})
    assert read_answer(path, dict, what="placements", builder="spectrum mapper") == {"E1": "Consult"}
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PlanFileError, match="answer.json could not be read") as raised:
        read_answer(path, dict, what="placements", builder="spectrum mapper")
    assert raised.value._render_traceback_()[0].startswith("PlanFileError: The plan in answer.json")


def test_empty_parts_names_blank_text_unchosen_items_and_empty_lists():
    data = {"partner": "Rosa", "purpose": " ", "questions": [], "minutes": 40, "E1": None,
            "allies": [{"name": "Union", "kind": ""}, {"name": "", "kind": "funder"}]}
    assert empty_parts(data) == ["purpose", "questions", "E1", "allies 1: kind", "allies 2: name"]
    assert empty_parts({"partner": "Rosa", "questions": ["Why?"]}) == []


def test_a_saved_plan_that_is_not_a_table_of_its_parts_is_named_as_damaged(tmp_path):
    path = write_plan(tmp_path / "plan.json", {"title": "x"})
    path.write_text('["a list"]', encoding="utf-8")
    with pytest.raises(PlanFileError, match="a plan should be a table of its parts, not a list"):
        read_answer(path, table_of_parts(dict), what="plan", builder="planner")
    write_plan(path, {"title": "x"})
    assert read_answer(path, table_of_parts(dict), what="plan", builder="planner") == {"title": "x"}
