"""Is a saved plan written whole, read back as it was, and named with a fix when damaged?"""

from __future__ import annotations

import pytest

from grader.domain.plan_file import PlanFileError, read_plan, write_plan


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
